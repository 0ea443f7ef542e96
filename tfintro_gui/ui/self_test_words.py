"""``--self-test`` in the chosen language: a ``"message"`` beside each part of the report.

:func:`tfintro_gui.core.self_test.run_self_test` returns data (keys and values that
scripts read, which stay the same in every language). :func:`add_messages` adds, beside
them, a ``"message"`` for a teacher to read, worded through ``tr()`` (context
``SelfTest``), and the no-GPU reasons in words (``"no_gpu_explanations"``). Error texts
from Python and TensorFlow are quoted as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.devices.diagnosis import NoGpuReason
from tfintro_gui.ui.devices.texts import word_reason


def _devices_message(result: dict) -> str:
    matmul = result.get("matmul", {})
    wrong = [device for device, check in matmul.items() if not check.get("ok")]
    if wrong:
        return QCoreApplication.translate(
            "SelfTest", "A float32 matrix product does not match NumPy on {devices}.").format(
            devices=", ".join(wrong))
    if not result.get("ok"):
        return QCoreApplication.translate("SelfTest", "TensorFlow lists no CPU device.")
    return QCoreApplication.translate(
        "SelfTest", "TensorFlow lists {count} GPU(s); a float32 matrix product matches NumPy "
                    "on {devices}.").format(count=result.get("num_gpus", 0),
                                            devices=", ".join(matmul) or "—")


def _tensors_message(result: dict) -> str:
    if result.get("ok"):
        return QCoreApplication.translate(
            "SelfTest", "Creating, assigning, slicing and multiplying tensors gives "
                        "TensorFlow's own values, and assigning into a constant is refused as "
                        "in TensorFlow.")
    failed = [name for name, passed in result.get("checks", {}).items() if not passed]
    return QCoreApplication.translate(
        "SelfTest", "These steps gave other values than TensorFlow: {names}.").format(
        names=", ".join(failed) or "—")


def _backprop_message(result: dict) -> str:
    if result.get("ok"):
        return QCoreApplication.translate(
            "SelfTest", "The chain rule, tf.GradientTape and finite differences all give the "
                        "notebook's gradients: ∂loss_val/∂w = 2, ∂loss_val/∂b = 1, "
                        "∂loss_val/∂x1 = 1, ∂loss_val/∂x2 = 1.")
    return QCoreApplication.translate(
        "SelfTest", "The notebook example's gradients differ from ∂loss_val/∂w = 2, "
                    "∂loss_val/∂b = 1, ∂loss_val/∂x1 = 1, ∂loss_val/∂x2 = 1: compare "
                    "chain_rule, tape and finite_difference.")


def _classifier_message(result: dict) -> str:
    values = {"loss": result.get("final_loss", "—"), "accuracy": result.get("accuracy", "—"),
              "speed": result.get("steps_per_s", "—"), "device": result.get("device", "—")}
    if result.get("ok"):
        return QCoreApplication.translate(
            "SelfTest", "The classifier learned: final loss {loss}, accuracy {accuracy}; it "
                        "trains at {speed} steps per second on {device}.").format(**values)
    return QCoreApplication.translate(
        "SelfTest", "The classifier did not learn well enough: final loss {loss}, accuracy "
                    "{accuracy}.").format(**values)


def _window_message(result: dict) -> str:
    if result.get("ok"):
        return QCoreApplication.translate(
            "SelfTest", "The window opened every panel (PySide6 {version}).").format(
            version=result.get("pyside6", "—"))
    return QCoreApplication.translate("SelfTest", "The window could not show its panels.")


_PANEL_MESSAGES = {
    "devices": _devices_message,
    "tensors": _tensors_message,
    "backprop": _backprop_message,
    "classifier": _classifier_message,
    "window": _window_message,
}


def panel_message(name: str, result: dict) -> str:
    """What the check ``name`` found, in the interface's language.

    Args:
        name: ``"devices"``, ``"tensors"``, ``"backprop"``, ``"classifier"`` or
            ``"window"``.
        result: that check's part of the report.

    Returns:
        One or two sentences; an error is quoted as Python or TensorFlow wrote it.
    """
    if "error" in result:
        return QCoreApplication.translate(
            "SelfTest", "The check stopped with an error: {error}").format(error=result["error"])
    wording = _PANEL_MESSAGES.get(name)
    if wording is not None:
        return wording(result)
    if result.get("ok"):
        return QCoreApplication.translate("SelfTest", "The check passed.")
    return QCoreApplication.translate("SelfTest", "The check failed.")


def summary_message(report: dict) -> str:
    """The whole self-test in one sentence, in the interface's language."""
    panels = report.get("panels", {})
    if not panels and "error" in report:
        return QCoreApplication.translate(
            "SelfTest", "TensorFlow could not be imported, so nothing was checked: "
                        "{error}").format(error=report["error"])
    failed = [name for name, result in panels.items() if result.get("ok") is not True]
    if not failed:
        return QCoreApplication.translate(
            "SelfTest", "Every check passed: this computer is ready for the lab.")
    return QCoreApplication.translate(
        "SelfTest", "{failed} of {count} checks failed: {names}. Each part's message says "
                    "what went wrong.").format(failed=len(failed), count=len(panels),
                                               names=", ".join(failed))


def no_gpu_explanations(details: list[dict]) -> list[dict]:
    """The no-GPU reasons (``[{"code", "values"}]``) in words.

    Returns:
        ``[{"code", "detected", "what_to_do"}]`` in the interface's language; a code this
        version does not know is left out.
    """
    explanations = []
    for detail in details:
        try:
            detected, remedy = word_reason(NoGpuReason(detail["code"], detail["values"]))
        except (KeyError, IndexError, TypeError):
            continue
        explanations.append({"code": detail["code"], "detected": detected,
                             "what_to_do": remedy})
    return explanations


#: What ``--self-test`` says on standard error before each stage (the JSON comes last).
PROGRESS_TEXTS = {
    "tensorflow": QT_TRANSLATE_NOOP(
        "SelfTest", "Importing TensorFlow… (the first time after a restart can take a "
                    "minute)"),
    "devices": QT_TRANSLATE_NOOP("SelfTest", "Checking the Devices panel…"),
    "tensors": QT_TRANSLATE_NOOP("SelfTest", "Checking the Tensors panel…"),
    "backprop": QT_TRANSLATE_NOOP("SelfTest", "Checking the Backprop panel…"),
    "classifier": QT_TRANSLATE_NOOP("SelfTest", "Checking the Classifier panel (training)…"),
    "window": QT_TRANSLATE_NOOP("SelfTest", "Opening the window and every panel…"),
}


def progress_text(stage: str) -> str:
    """The line ``--self-test`` prints before ``stage`` (a key of :data:`PROGRESS_TEXTS`)."""
    return QCoreApplication.translate("SelfTest", PROGRESS_TEXTS[stage])


def add_messages(report: dict, language: str) -> dict:
    """``report`` with a ``"message"`` beside each part, in the interface's language.

    Args:
        report: from :func:`tfintro_gui.core.self_test.run_self_test` (plus the window
            check); changed in place.
        language: the language of the messages (``"en"`` or ``"zh_CN"``), recorded as
            ``"language"``.

    Returns:
        ``report``, with ``"language"``, ``"message"``, each panel's ``"message"`` and,
        without a GPU, the devices part's ``"no_gpu_explanations"``.
    """
    report["language"] = language
    report["message"] = summary_message(report)
    for name, result in report.get("panels", {}).items():
        result["message"] = panel_message(name, result)
    devices = report.get("panels", {}).get("devices", {})
    if devices.get("no_gpu_details"):
        devices["no_gpu_explanations"] = no_gpu_explanations(devices["no_gpu_details"])
    return report
