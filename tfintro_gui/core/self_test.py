"""``--self-test``: run each panel's main action headless and report one JSON object.

A teacher's "is this laptop ready?" check. Each entry of :data:`CHECKS` names a panel and
a function returning a dict with at least ``"ok"``. The report is data (keys and values
that scripts read); ``tfintro-gui --self-test`` adds a ``"message"`` beside each part in
the chosen language (:mod:`tfintro_gui.ui.self_test_words`).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from tfintro_gui.core.autodiff.self_check import self_check as backprop_self_check
from tfintro_gui.core.classifier.self_check import self_check as classifier_self_check
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.diagnosis import explain_no_gpu
from tfintro_gui.core.devices.environment import probe_gpu_environment
from tfintro_gui.core.devices.self_check import self_check as devices_self_check
from tfintro_gui.core.runtime import import_tensorflow, versions
from tfintro_gui.core.tensors.self_check import self_check as tensors_self_check


def devices_check() -> dict:
    """The devices check, plus ``"no_gpu_details"`` when TensorFlow lists no GPU.

    Returns:
        :func:`~tfintro_gui.core.devices.self_check.self_check`'s dict; without a GPU also
        ``"no_gpu_details"``: ``[{"code": str, "values": dict}]``, each reason's code and
        the values its words need (the command to run, the versions found, …).
    """
    result = devices_self_check()
    if result.get("num_gpus") == 0:
        reasons = explain_no_gpu(probe_gpu_environment(TensorFlowDeviceConfig()))
        result["no_gpu_details"] = [{"code": reason.code, "values": dict(reason.values)}
                                    for reason in reasons]
    return result


CHECKS: dict[str, Callable[[], dict]] = {
    "devices": devices_check,
    "tensors": tensors_self_check,
    "backprop": backprop_self_check,
    "classifier": classifier_self_check,
}


def run_self_test(progress: Callable[[str], None] | None = None) -> dict:
    """Import TensorFlow and run every check; never raises.

    Args:
        progress: called with ``"tensorflow"`` before the import and with each check's
            name before it runs (the command line says what it is doing: the first
            import after a restart can take most of a minute).

    Returns:
        ``{"ok": bool, "versions": {...}, "panels": {name: {"ok": bool, ...}}}``; ``ok`` is
        True only when TensorFlow imported and every check passed. A failed check carries
        ``"error"`` with the exception text.
    """
    progress = progress or (lambda stage: None)
    report = {"ok": False, "versions": versions(), "panels": {}}
    progress("tensorflow")
    try:
        import_tensorflow()
    except ImportError as error:
        report["error"] = str(error)
        return report
    for name, check in CHECKS.items():
        progress(name)
        try:
            report["panels"][name] = check()
        except Exception as error:
            report["panels"][name] = {
                "ok": False,
                "error": f"{type(error).__name__}: {error}",
                "traceback": traceback.format_exc(limit=5),
            }
    report["ok"] = all(entry.get("ok") is True for entry in report["panels"].values())
    return report
