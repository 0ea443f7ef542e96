"""The Tensors panel's words: the core's explanations (a code and values) as sentences in
the interface's language.

Each code of :data:`tfintro_gui.core.tensors.CODES` has :class:`Words` — a summary, and
for refusals why and how to fix it — in one of three catalogues (:mod:`.words_inputs`,
:mod:`.words_actions`, :mod:`.words_results`: ``code: (summary, why, fix)``), each a Qt
translation context. :func:`error_text` and :func:`result_text` put them together with
TensorFlow's own message. Long unbroken runs of the student's text get invisible break
points, so a message always wraps (a long token once widened the window without limit).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.tensors import ActionResult, Explanation, TensorInputError
from tfintro_gui.ui.tensors import words_actions, words_inputs, words_results


class Words(NamedTuple):
    """The sentences of one code; ``{name}`` placeholders are the code's values.

    Attributes:
        summary: what happened, e.g. ``"{code}: {name} is a constant, not a variable."``
        why: the rule behind it (may be empty).
        fix: how to do what was meant (may be empty).
    """

    summary: str
    why: str = ""
    fix: str = ""


CONTEXT = "TensorsWords"
_TENSORFLOW_SAYS = QT_TRANSLATE_NOOP("TensorsWords", "TensorFlow says: {error}")
_WHY = QT_TRANSLATE_NOOP("TensorsWords", "Why: {why}")
_FIX = QT_TRANSLATE_NOOP("TensorsWords", "How to fix it: {fix}")
_NOTHING_CHANGED = QT_TRANSLATE_NOOP("TensorsWords", "Nothing was changed.")
_WARNING = QT_TRANSLATE_NOOP("TensorsWords", "⚠ {warning}")
_NONE_YET = QT_TRANSLATE_NOOP("TensorsWords", "none yet")
_HOST = QT_TRANSLATE_NOOP("TensorsWords", "host (NumPy)")

#: What each kind of entry is called (the core's ``KINDS``).
KIND_WORDS = {
    "constant": QT_TRANSLATE_NOOP("TensorsWords", "constant"),
    "variable": QT_TRANSLATE_NOOP("TensorsWords", "variable"),
    "ndarray": QT_TRANSLATE_NOOP("TensorsWords", "ndarray"),
    "numpy scalar": QT_TRANSLATE_NOOP("TensorsWords", "numpy scalar"),
}
#: What each input field is called in a message (the ``field`` value of an explanation).
FIELD_WORDS = {
    "value": QT_TRANSLATE_NOOP("TensorsWords", "Value"),
    "x": "x",
    "y": "y",
    "cell": QT_TRANSLATE_NOOP("TensorsWords", "Cell value"),
    "index": QT_TRANSLATE_NOOP("TensorsWords", "Slice"),
    "shape": QT_TRANSLATE_NOOP("TensorsWords", "Shape"),
    "axis": QT_TRANSLATE_NOOP("TensorsWords", "Axis"),
    "name": QT_TRANSLATE_NOOP("TensorsWords", "Name"),
    "mean": "mean",
    "stddev": "stddev",
    "minval": "minval",
    "maxval": "maxval",
    "normal": QT_TRANSLATE_NOOP("TensorsWords", "mean ± 10·stddev"),
    "uniform": QT_TRANSLATE_NOOP("TensorsWords", "minval, maxval and maxval − minval"),
}
#: Values shown with thousands separators.
_COUNTS = frozenset({"count", "limit", "length", "total"})
#: A run of this many characters without a space gets break points.
_LONG_RUN = 30
_ZERO_WIDTH_SPACE = "\u200b"


def translate(text: str) -> str:
    """``text`` (a message of this module) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def kind_word(kind: str | None) -> str:
    """The shown name of an entry kind, e.g. ``"constant"`` → ``"常量"`` in Chinese."""
    return translate(KIND_WORDS[kind]) if kind in KIND_WORDS else str(kind or "")


def device_word(device: str) -> str:
    """The shown name of where an entry lives: ``"CPU:0"``, or ``"host (NumPy)"`` for the
    core's ``"host"``."""
    return translate(_HOST) if device == "host" else device


def breakable(text: str) -> str:
    """``text`` with invisible break points in every run of :data:`_LONG_RUN` characters
    without a space, so that a label that wraps words can always wrap it."""
    pattern = re.compile(r"\S{" + str(_LONG_RUN) + "}")
    return "\n".join(pattern.sub(lambda match: match.group(0) + _ZERO_WIDTH_SPACE, line)
                     for line in text.split("\n"))


def _shown_value(key: str, value) -> str:
    if key in ("kind", "new_kind"):
        return kind_word(value)
    if key == "field":
        return translate(FIELD_WORDS[value]) if value in FIELD_WORDS else str(value)
    if key == "known" and value == "":
        return translate(_NONE_YET)
    if key == "text":  # the student's own text, quoted
        return f"'{value}'"
    if key in _COUNTS and isinstance(value, int):
        return f"{value:,}"
    return str(value)


#: Every code's translation context and words (English, not filled in).
CATALOGUE: dict[str, tuple[str, Words]] = {
    code: (module.CONTEXT, Words(*texts))
    for module in (words_inputs, words_actions, words_results)
    for code, texts in module.WORDS.items()
}


def words_for(code: str) -> Words:
    """The words of ``code``, translated (not filled in).

    Raises:
        KeyError: the code has no words.
    """
    context, words = CATALOGUE[code]
    return Words(*(QCoreApplication.translate(context, text) if text else ""
                   for text in words))


def sentences(explanation: Explanation) -> Words:
    """The explanation's words with its values filled in."""
    values = {key: _shown_value(key, value) for key, value in explanation.values.items()}
    return Words(*(text.format(**values) for text in words_for(explanation.code)))


def explanation_text(explanation: Explanation) -> str:
    """The explanation as one paragraph: summary, why, how to fix it."""
    words = sentences(explanation)
    lines = [words.summary]
    if words.why:
        lines.append(translate(_WHY).format(why=words.why))
    if words.fix:
        lines.append(translate(_FIX).format(fix=words.fix))
    return "\n".join(lines)


def error_text(error: TensorInputError) -> str:
    """A refusal as shown in the message bar: what was wrong, TensorFlow's own message,
    why, how to fix it, the details, and "Nothing was changed."."""
    words = sentences(error.explanation)
    lines = [words.summary]
    tensorflow_error = getattr(error, "tensorflow_error", "")
    if tensorflow_error:
        lines.append(translate(_TENSORFLOW_SAYS).format(error=tensorflow_error))
    if words.why:
        lines.append(translate(_WHY).format(why=words.why))
    if words.fix:
        lines.append(translate(_FIX).format(fix=words.fix))
    lines += [explanation_text(detail) for detail in error.details]
    lines.append(translate(_NOTHING_CHANGED))
    return breakable("\n".join(lines))


def result_text(result: ActionResult) -> str:
    """A successful action as shown in the message bar: summary, notes, ⚠ warnings."""
    lines = [explanation_text(result.summary)]
    lines += [explanation_text(note) for note in result.notes]
    lines += [translate(_WARNING).format(warning=explanation_text(warning))
              for warning in result.warnings]
    return breakable("\n".join(lines))


def unexpected_text(error: BaseException) -> str:
    """An error the core did not explain (a bug): its type and text, cut short."""
    text = f"{type(error).__name__}: {error}"
    text = text if len(text) <= 600 else text[:599] + "…"
    return breakable(QCoreApplication.translate("TensorsWords", "Unexpected error: {error}")
                     .format(error=text) + "\n" + translate(_NOTHING_CHANGED))
