"""The Classifier core's refusals as data: a stable code plus values, never a sentence.

Everything a student or a teacher can meet (a typed mean or covariance, a CSV file, a
session file, an edit of the points) is refused with a :class:`ClassifierInputError`
carrying an :class:`Explanation`: a code of :data:`~.messages.MESSAGES` and the values its
template names. ``str(error)`` is the English sentence (for scripts, notebooks and logs);
the panel words the same explanation in the interface's language
(``tfintro_gui/ui/classifier/message_texts.py``).

Mistakes only a programmer calling the core can make (a count that is not an ``int``,
arrays of the wrong shape passed by code) stay plain ``TypeError``/``ValueError`` with an
English message.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from tfintro_gui.core.classifier.messages import MESSAGES
from tfintro_gui.core.explained_error import ExplainedError


def template_names(template: str) -> set[str]:
    """The names a ``str.format`` template fills, e.g. ``{"field", "limit"}``."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Explanation:
    """A refusal (or a part of one) as data.

    Attributes:
        code: a key of :data:`~.messages.MESSAGES`, e.g. ``"data.wrong_shape"``.
        values: exactly the names the code's template fills: numbers, short strings
            (shapes, echoed input, file names, written as Python writes them) or nested
            :class:`Explanation` objects (a field's name, a line's reason).

    Raises:
        KeyError: an unknown code.
        ValueError: values that are not the ones the template names.
    """

    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self):
        expected = template_names(MESSAGES[self.code])
        if set(self.values) != expected:
            raise ValueError(f"{self.code} takes {sorted(expected)}, got {sorted(self.values)}")
        object.__setattr__(self, "values", dict(self.values))

    def english(self) -> str:
        """The explanation in English (nested explanations worded too)."""
        values = {name: value.english() if isinstance(value, Explanation) else value
                  for name, value in self.values.items()}
        return MESSAGES[self.code].format(**values)

    def __str__(self) -> str:
        return self.english()


def explain(code: str, /, **values) -> Explanation:
    """Shorthand for ``Explanation(code, values)``."""
    return Explanation(code, values)


def field_name(code: str) -> Explanation:
    """A field's name as an explanation, e.g. ``field_name("mean_0")`` ("Class 0 mean")."""
    return Explanation(f"field.{code}")


class ClassifierInputError(ExplainedError, ValueError):
    """Input the Classifier core refuses; nothing was changed.

    Args:
        code: a key of :data:`~.messages.MESSAGES`.
        details: further explanations shown one per line after the first (a CSV file's
            bad lines).
        **values: the values the code's template names.

    Attributes:
        explanation: the :class:`Explanation`.
        details: a tuple of :class:`Explanation`.

    ``str(error)`` is the English: the explanation, then each detail on its own line.
    """

    def __init__(self, code: str, /, *, details: tuple[Explanation, ...] = (), **values):
        self.explanation = Explanation(code, values)
        self.details = tuple(details)
        super().__init__("\n".join(part.english() for part in (self.explanation,
                                                               *self.details)))
