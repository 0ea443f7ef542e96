"""The words for what the Classifier's core returns as data: log lines, divergence,
notices, refusals, TensorFlow's failures, the loss formula, the previous run's label, and
numbers formatted for the readouts.

The log mirrors the notebook's ``print(f"Loss at step {step}: {loss:.4f}")``, but it is the
interface's text, so it is worded in the interface's language ("第 9 步的损失：0.2128"); the
exported notebook keeps the printout as code, in English."""

from __future__ import annotations

import math
from contextlib import contextmanager

import lazy_loader
from PySide6.QtCore import QCoreApplication

from tfintro_gui.core.classifier.errors import ClassifierInputError
from tfintro_gui.core.classifier.events import LossLogged, Notice
from tfintro_gui.core.classifier.losses import LossFormula
from tfintro_gui.core.classifier.runs import PreviousRun
from tfintro_gui.core.classifier.trainer import Divergence
from tfintro_gui.ui.classifier.message_texts import refusal_words
from tfintro_gui.ui.widgets.file_dialogs import reason_of

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: ``model.fit`` or ``GradientTape``: how each mode is named in the previous run's label.
MODE_NAMES = {"tape": "GradientTape", "keras": "model.fit"}
#: Above this size a readout switches to scientific notation (a diverged loss of 1e30
#: would otherwise show 31 digits).
SCIENTIFIC_ABOVE = 1e5


def format_number(value: float, decimals: int = 4) -> str:
    """``value`` with ``decimals`` decimals, or in scientific notation when it is huge;
    ``nan`` and ``inf`` as such. Never wider than about 12 characters."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= SCIENTIFIC_ABOVE:
        return f"{value:.3e}"
    return f"{value:.{decimals}f}"


def format_array(array) -> str:
    """A small array on one line, 4 decimals, e.g. ``[0.1759 0.3161]``; a value that
    rounds to zero reads ``0.``, never ``-0.``."""
    shown = np.round(np.asarray(array, dtype=float).ravel(), 4) + 0.0  # -0.0 + 0.0 is 0.0
    return np.array2string(shown, precision=4, suppress_small=True, max_line_width=10_000)


def log_line(line: LossLogged) -> str:
    """The notebook's log line, ``Loss at step 9: 0.2153`` (same digits as it prints)."""
    return QCoreApplication.translate("ClassifierTexts", "Loss at step {step}: {loss}").format(
        step=line.step, loss=f"{line.loss:.4f}")


def divergence_text(divergence: Divergence) -> str:
    """Why training stopped, and what to do."""
    hint = QCoreApplication.translate(
        "ClassifierTexts", "The learning rate {learning_rate} is probably too large: lower it "
                           "(the notebook uses 0.1), reset and run again.").format(
        learning_rate=f"{divergence.learning_rate:g}")
    if divergence.reason == "not_finite":
        why = QCoreApplication.translate(
            "ClassifierTexts", "Training diverged: the loss or the weights are no longer "
                               "finite numbers.")
    else:
        why = QCoreApplication.translate(
            "ClassifierTexts", "Training diverged: the loss grew from {start} to {newest} "
                               "(over {factor}× its start).").format(
            start=f"{divergence.reference_loss:.4g}", newest=f"{divergence.newest_loss:.4g}",
            factor=f"{divergence.growth_factor:g}")
    return QCoreApplication.translate("ClassifierTexts", "{why} {hint}").format(why=why,
                                                                              hint=hint)


def notice_text(notice: Notice) -> str:
    """A notice of the lab in words."""
    if notice.code == "no_point_near":
        return QCoreApplication.translate("ClassifierTexts",
                                          "No point near the right click to remove.")
    if notice.code == "keep_two_training_points":
        return QCoreApplication.translate(
            "ClassifierTexts", "The last two training points cannot be removed: a model needs "
                               "something to train on.")
    if notice.code == "point_out_of_range":
        return QCoreApplication.translate(
            "ClassifierTexts", "A point can be added only between −{limit} and {limit} on "
                               "both axes; zoom back in.").format(
            limit=f"{notice.values['limit']:,.0f}")
    return QCoreApplication.translate("ClassifierTexts",
                                      "There is no history yet: train first.")


def previous_run_label(run: PreviousRun) -> str:
    """The legend of the previous run's loss curve, e.g. ``previous: GradientTape, lr 0.1,
    full batch``."""
    batching = (QCoreApplication.translate("ClassifierTexts", "full batch")
                if run.batch_size is None else
                QCoreApplication.translate("ClassifierTexts", "batch {size}").format(
                    size=run.batch_size))
    return QCoreApplication.translate(
        "ClassifierTexts", "previous: {mode}, lr {learning_rate}, {batching}").format(
        mode=MODE_NAMES[run.mode], learning_rate=f"{run.learning_rate:g}", batching=batching)


def compiler_text(trainer) -> str:
    """How the trainer's fast runs are compiled, for the Steps/s readout: ``"XLA"``,
    ``"tf.function"`` (with why XLA could not compile, if it was tried) or ``"model.fit"``;
    empty without a trainer."""
    if trainer is None:
        return ""
    if trainer.xla_unavailable:
        return QCoreApplication.translate(
            "ClassifierTexts", "{compiler}; XLA could not compile: {reason}").format(
            compiler=trainer.compiler, reason=trainer.xla_unavailable)
    return trainer.compiler


def refusal_text(error: Exception) -> str:
    """What the lab refused, in words: the core's explanation (and a CSV file's lines), a
    file that could not be opened (with the system's reason), or, for a mistake only code
    can make, the exception's own English text."""
    if isinstance(error, ClassifierInputError):
        return refusal_words(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ClassifierTexts", "{path} could not be opened: {reason}.").format(
            path=error.filename or "", reason=reason_of(error))
    return str(error)


@contextmanager
def refusals_worded():
    """Re-raise a refusal of the core as a ``ValueError`` whose text is in the interface's
    language (for the window, which shows an error's text as it is)."""
    try:
        yield
    except ClassifierInputError as error:
        raise ValueError(refusal_text(error)) from error


def tensorflow_failure_text(summary: str, error: str) -> str:
    """``summary`` (in the interface's language), then TensorFlow's own message, verbatim,
    on a line of its own after a marker.

    Args:
        summary: what stopped and what is kept, already worded.
        error: ``"ErrorType: message"`` as TensorFlow (or Keras) raised it.
    """
    return summary + "\n" + QCoreApplication.translate(
        "ClassifierTexts", "TensorFlow says: {error}").format(error=error)


def formula_lines(formula: LossFormula, model: str | None = None) -> list[str]:
    """The loss, the model's output and the prediction rule, a line each: the formulas are
    code; "class 1 when o > 0.5" is worded. ``model`` replaces ``formula.model`` (a hidden
    layer's ``"o = model(X)"``)."""
    prediction = formula.prediction
    if formula.rule == "threshold":
        prediction = QCoreApplication.translate(
            "ClassifierTexts", "class 1 when {condition}").format(condition=prediction)
    return [formula.loss, model or formula.model, prediction]


def formula_text(formula: LossFormula) -> str:
    """The loss formula in two lines, as ``str(formula)`` but worded in the interface's
    language."""
    loss, model, prediction = formula_lines(formula)
    return f"{loss}\n{model},  {prediction}"
