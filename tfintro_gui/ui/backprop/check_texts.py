"""Words for the gradient checks: why a gradient is None, corners, the three-way table and
the tape's rules. The core hands out codes and values; these functions say them in the
interface's language (context ``BackpropTexts`` of the translations)."""

from __future__ import annotations

import lazy_loader
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.autodiff import (
    GradientComparison,
    GradientInfo,
    Kink,
    TapeReuse,
    format_value,
)
from tfintro_gui.ui.backprop.tensor_texts import cell_text, sample_note, sampled_summary

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Why ``tape.gradient`` gives None, in a few words (for tables and labels).
NONE_REASON_WORDS = {
    "no path": QT_TRANSLATE_NOOP("BackpropTexts", "no path"),
    "not watched": QT_TRANSLATE_NOOP("BackpropTexts", "not watched"),
    "integer dtype": QT_TRANSLATE_NOOP("BackpropTexts", "integer dtype"),
    "not recorded": QT_TRANSLATE_NOOP("BackpropTexts", "not recorded"),
}
#: Why ``tape.gradient`` gives None, in sentences (for the details and tool tips).
NONE_EXPLANATIONS = {
    "no path": QT_TRANSLATE_NOOP(
        "BackpropTexts", "There is no path from this tensor to the output, so tape.gradient "
                         "returns None (not 0: 0 would mean a path with zero slope)."),
    "not watched": QT_TRANSLATE_NOOP(
        "BackpropTexts", "Constants are not watched by default (to save memory), so the tape "
                         "did not record what was computed from them and tape.gradient returns "
                         "None. Set its kind to 'watched' (tape.watch(x)) to get the gradient."),
    "integer dtype": QT_TRANSLATE_NOOP(
        "BackpropTexts", "Gradients are defined for floating-point tensors only; the tape does "
                         "not watch integer tensors, so tape.gradient returns None. Use "
                         "float32."),
    "not recorded": QT_TRANSLATE_NOOP(
        "BackpropTexts", "This result was computed only from tensors the tape does not watch, "
                         "so the tape did not record it and tape.gradient returns None."),
}
#: The check column's marks by status.
STATUS_MARKS = {
    "agree": "✓",
    "none": "✓ None",
    "kink": QT_TRANSLATE_NOOP("BackpropTexts", "✓ kink"),
    "not finite": "—",
    "differ": "✗",
}


def _words(text: str) -> str:
    return QCoreApplication.translate("BackpropTexts", text)


def none_reason_words(code: str | None) -> str:
    """``"not watched"`` in the interface's language; empty for None."""
    return _words(NONE_REASON_WORDS[code]) if code else ""


def none_explanation(code: str) -> str:
    """Why ``tape.gradient`` gives None, in sentences."""
    return _words(NONE_EXPLANATIONS[code])


def gradient_text(info: GradientInfo) -> str:
    """``"not computed yet"``, ``"None (not watched)"`` or the number(s) — an unreached or
    missing gradient is never shown as ``0``."""
    if not info.computed:
        return QCoreApplication.translate("BackpropTexts", "not computed yet")
    if info.value is None:
        reason = none_reason_words(info.none_reason)
        return f"None ({reason})" if reason else "None"
    return format_value(info.value)


def value_text(value) -> str:
    """A gradient in a table cell: ``"None"``, up to four decimals, or a large tensor's
    shape and range (:func:`~tfintro_gui.ui.backprop.tensor_texts.cell_text`)."""
    return cell_text(value)


def kink_text(kink: Kink) -> str:
    """One sentence: the corner, both slopes, TensorFlow's choice, a finite difference's."""
    rule = kink.rule
    return QCoreApplication.translate(
        "BackpropTexts",
        "{name} = {expression} sits at its kink ({where}): the slope is {left} on the left "
        "and {right} on the right. TensorFlow's gradient uses {tensorflow} there; a central "
        "finite difference averages both sides to {central}.").format(
        name=kink.node.name, expression=kink.expression, where=rule.where,
        left=f"{rule.left:g}", right=f"{rule.right:g}", tensorflow=f"{rule.tensorflow:g}",
        central=f"{rule.central:g}")


_DIFFERENCES = {
    "one is None": QT_TRANSLATE_NOOP("BackpropTexts",
                                     "One method gives None and another a value."),
    "tape": QT_TRANSLATE_NOOP("BackpropTexts", "The chain rule and tape.gradient differ."),
    "numeric": QT_TRANSLATE_NOOP("BackpropTexts", "The finite difference differs from the "
                                                  "chain rule and the tape."),
}


def comparison_note(row: GradientComparison) -> str:
    """The full note of a row of the three-way table (its tool tip)."""
    if row.status == "none":
        return "None: " + none_explanation(row.none_reason or "no path")
    if row.status == "not finite":
        return QCoreApplication.translate(
            "BackpropTexts", "The gradient is inf or nan here (e.g. log or sqrt at 0, or a "
                             "division by 0): the function has no finite slope at this point.")
    if row.status == "differ":
        return _words(_DIFFERENCES[row.difference])
    parts = [kink_text(kink) for kink in row.kinks]
    return " ".join(parts + ([sample_note(row)] if row.sample is not None else []))


def comparison_cell(row: GradientComparison) -> str:
    """The note cell of a row: ``"None: not watched"`` or the note."""
    if row.status == "none":
        return "None: " + none_reason_words(row.none_reason or "no path")
    return comparison_note(row)


def status_mark(row: GradientComparison) -> str:
    """``"✓"``, ``"✓ None"``, ``"✓ kink"``, ``"—"`` or ``"✗"``."""
    return _words(STATUS_MARKS[row.status])


def status_words(row: GradientComparison) -> str:
    """The check mark's tool tip."""
    words = {
        "agree": QCoreApplication.translate(
            "BackpropTexts", "The chain rule, tape.gradient and the finite difference agree."),
        "none": QCoreApplication.translate("BackpropTexts", "All three are None."),
        "kink": QCoreApplication.translate(
            "BackpropTexts", "The chain rule and tape.gradient agree; the finite difference "
                             "differs at a corner."),
        "not finite": QCoreApplication.translate("BackpropTexts", "No finite slope here."),
    }
    return words.get(row.status) or comparison_note(row)


def check_summary(rows) -> str:
    """The line above the three-way table."""
    if not rows:
        return QCoreApplication.translate(
            "BackpropTexts", "Finish the backward pass (Run backward) to compare the chain rule "
                             "with tape.gradient and a finite difference.")
    agreeing = sum(row.agrees for row in rows)
    return QCoreApplication.translate(
        "BackpropTexts", "{agreeing} of {total} agree. ✓ = chain rule, tape.gradient and finite "
                         "difference match; ✓ None = all three are None, for the reason in the "
                         "note (None is not 0); ✓ kink = a corner, explained in the note.").format(
        agreeing=agreeing, total=len(rows)) + (" " + sampled_summary(rows)).rstrip()


def _listing(gradients) -> str:
    return ", ".join(f"{name}: {value_text(value)}" for name, value in gradients.items())


def tape_reuse_text(reuse: TapeReuse) -> str:
    """What the "Call tape.gradient twice" button shows: both calls, why, and the fix."""
    lines = [QCoreApplication.translate(
        "BackpropTexts", "First call on tf.GradientTape(): {gradients}").format(
        gradients=_listing(reuse.first))]
    if reuse.error_type:
        lines.append(QCoreApplication.translate("BackpropTexts", "Second call: {error}").format(
            error=f"{reuse.error_type}: {reuse.error_message}"))
    lines += ["", QCoreApplication.translate(
        "BackpropTexts",
        "A tf.GradientTape frees what it recorded as soon as gradient() returns, to save "
        "memory, so a second gradient() call on the same tape has nothing left to work with. "
        "Either compute all gradients in one call (tape.gradient(loss, [w, b, …])) or create "
        "the tape with tf.GradientTape(persistent=True), call gradient() as often as needed, "
        "and delete the tape afterwards (del tape)."), ""]
    lines.append(QCoreApplication.translate(
        "BackpropTexts", "tf.GradientTape(persistent=True), first call: {gradients}").format(
        gradients=_listing(reuse.persistent_first)))
    lines.append(QCoreApplication.translate(
        "BackpropTexts", "tf.GradientTape(persistent=True), second call: {gradients}").format(
        gradients=_listing(reuse.persistent_second)))
    return "\n".join([*lines, "", reuse.code])


def is_scalar(value) -> bool:
    """True for a single number (a 0-d array or a Python number)."""
    return value is not None and np.ndim(value) == 0
