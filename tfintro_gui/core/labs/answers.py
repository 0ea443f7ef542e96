"""Predictions and real values: reading what the student typed, computing the real value,
comparing the two within the question's tolerance.

Errors come back as data: :class:`PredictionError` carries a stable ``code`` and the
text received, and the interface words it in the student's language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from tfintro_gui.core.labs.model import Question
from tfintro_gui.core.labs.probes import ProbeError, run_probe

#: Longest prediction read, in characters.
MAX_PREDICTION_LENGTH = 200
#: Dtype names a prediction may give (with or without ``tf.`` / ``np.``).
DTYPE_NAMES = ("float16", "bfloat16", "float32", "float64", "int8", "int16", "int32",
               "int64", "uint8", "bool", "string", "complex64", "complex128")
_SHAPE_SEPARATORS = re.compile(r"\s*(?:,|x|×|\*)\s*")


class PredictionError(ValueError):
    """A prediction that cannot be read.

    Attributes:
        code: ``"empty"``, ``"too_long"``, ``"not_a_number"``, ``"not_a_shape"``,
            ``"not_a_dtype"`` or ``"not_a_choice"``.
        received: the text (cut to 40 characters).
    """

    def __init__(self, code: str, received: str):
        super().__init__(f"{code}: {received!r}")
        self.code = code
        self.received = received[:40]


@dataclass(frozen=True)
class Answer:
    """The real value of a question.

    Attributes:
        value: a float (number), a tuple of ints (shape), a dtype name (dtype), or the
            probe's value (choice).
        choice: for a choice question, the index of the right choice; else None.
    """

    value: object
    choice: int | None = None

    def to_json(self):
        """The value as JSON (a shape as a list)."""
        return list(self.value) if isinstance(self.value, tuple) else self.value


def _same_choice_value(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def answer_from_value(question: Question, value) -> Answer:
    """Turn a probe's value into the question's :class:`Answer`.

    Raises:
        ProbeError: the value does not fit the question (a None for a number question, a
            value none of the choices holds).
    """
    kind = question.kind
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            raise ProbeError(f"The probe gave {value!r}, not a finite number.")
        return Answer(float(value))
    if kind == "shape":
        if not isinstance(value, (list, tuple)):
            raise ProbeError(f"The probe gave {value!r}, not a shape.")
        return Answer(tuple(int(size) for size in value))
    if kind == "dtype":
        if not isinstance(value, str):
            raise ProbeError(f"The probe gave {value!r}, not a dtype.")
        return Answer(value)
    matches = [index for index, choice in enumerate(question.choices)
               if _same_choice_value(choice.value, value)]
    if len(matches) != 1:
        raise ProbeError(f"The probe gave {value!r}, which {'none' if not matches else 'more'}"
                         f" of the choices hold{'s' if not matches else ''}.")
    return Answer(value, matches[0])


def compute_answer(question: Question) -> Answer:
    """Run the question's probe with TensorFlow and return the real value.

    Raises:
        ProbeError: the probe failed or its value does not fit the question.
    """
    return answer_from_value(question, run_probe(question.probe, question.args))


def parse_prediction(question: Question, prediction):
    """Read a prediction.

    Args:
        question: the question.
        prediction: text for number, shape and dtype questions (full-width digits and
            commas are read too); the index of the chosen answer for a choice question.

    Returns:
        A float, a tuple of sizes, a dtype name, or a choice index.

    Raises:
        PredictionError: the prediction cannot be read as the question's kind.
    """
    if question.kind == "choice":
        if isinstance(prediction, bool) or not isinstance(prediction, int) \
                or not 0 <= prediction < len(question.choices):
            raise PredictionError("not_a_choice", str(prediction))
        return prediction
    text = unicodedata.normalize("NFKC", str(prediction)).strip()
    if not text:
        raise PredictionError("empty", text)
    if len(text) > MAX_PREDICTION_LENGTH:
        raise PredictionError("too_long", text)
    return {"number": _number, "shape": _shape, "dtype": _dtype}[question.kind](text)


def _number(text: str) -> float:
    try:
        value = float(text.replace("−", "-"))
    except ValueError:
        raise PredictionError("not_a_number", text) from None
    if not math.isfinite(value):
        raise PredictionError("not_a_number", text)
    return value


def _shape(text: str) -> tuple[int, ...]:
    inner = re.sub(r"^tensorshape\(", "", text.lower()).strip("()[] ")
    if inner.endswith(","):
        inner = inner[:-1]
    if not inner:
        return ()
    sizes = []
    for part in _SHAPE_SEPARATORS.split(inner):
        if not part.isdigit() or len(part) > 9:
            raise PredictionError("not_a_shape", text)
        sizes.append(int(part))
    return tuple(sizes)


def _dtype(text: str) -> str:
    name = text.lower().removeprefix("tf.").removeprefix("np.").removeprefix("dtypes.")
    name = name.strip("'\"")
    if name not in DTYPE_NAMES:
        raise PredictionError("not_a_dtype", text)
    return name


def is_right(question: Question, prediction, answer: Answer) -> bool:
    """Whether a read prediction (:func:`parse_prediction`) matches the real value.

    A number is right when ``|prediction − value| ≤ atol + rtol·|value|`` (the question's
    tolerance, as ``numpy.isclose``); shapes, dtypes and choices must be equal.
    """
    if question.kind == "number":
        return abs(prediction - answer.value) <= question.atol + question.rtol * abs(
            answer.value)
    if question.kind == "choice":
        return prediction == answer.choice
    return prediction == answer.value


def format_value(question: Question, value, language: str = "en") -> str:
    """A real value or a prediction as the student would write it.

    Args:
        question: the question.
        value: a float, a shape tuple, a dtype name, or (choice) an index.
        language: for a choice's label.
    """
    if question.kind == "number":
        return f"{value:.6g}"
    if question.kind == "shape":
        sizes = tuple(value)
        return f"({sizes[0]},)" if len(sizes) == 1 else f"({', '.join(map(str, sizes))})"
    if question.kind == "choice":
        label = question.choices[value].label
        return label.get(language) or label["en"]
    return str(value)
