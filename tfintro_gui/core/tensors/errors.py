"""Explanations as data, the errors that carry them, and readers of TensorFlow's messages.

The core never writes a sentence for the student. Every refusal, warning and summary is an
:class:`Explanation`: a stable code from :data:`~.codes.CODES` and the values to fill in
(names, shapes, dtypes, numbers, code). The user interface words it in the student's
language (``tfintro_gui.ui.tensors.words``); a script can print ``str(explanation)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from tfintro_gui.core.explained_error import ExplainedError
from tfintro_gui.core.tensors.codes import CODES

#: TensorFlow's kernel names for dtypes, as they appear in its error messages.
_KERNEL_DTYPE_NAMES = {
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "bfloat16": "bfloat16",
    "int32": "int32",
    "int64": "int64",
    "bool": "bool",
}
#: The longest TensorFlow message kept, in characters (its own text can echo huge input).
MAX_TENSORFLOW_TEXT = 600
#: The longest piece of the student's own text echoed back in an explanation.
MAX_ECHO = 60


@dataclass(frozen=True)
class Explanation:
    """One sentence for the student, as data: a stable code and the values to fill in.

    Attributes:
        code: a key of :data:`~.codes.CODES`, e.g. ``"assign.shape_mismatch"``.
        values: the values that code names, e.g. ``{"name": "v", "shape": "(3, 1)"}``:
            strings (names, shapes and code written as Python source), ints or floats.

    Raises:
        KeyError: the code is not in the catalogue.
        ValueError: the values are not exactly the ones the code names.
    """

    code: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self):
        expected = CODES[self.code]
        if set(self.values) != set(expected):
            raise ValueError(f"{self.code} takes {sorted(expected)}, got {sorted(self.values)}")
        object.__setattr__(self, "values", dict(self.values))

    def __str__(self) -> str:
        inside = ", ".join(f"{key}={value!r}" for key, value in self.values.items())
        return f"{self.code}({inside})"


def explain(code: str, /, **values) -> Explanation:
    """Shorthand for ``Explanation(code, values)``."""
    return Explanation(code, values)


class TensorInputError(ExplainedError, ValueError):
    """Input the workspace refuses before calling TensorFlow; nothing was changed.

    Args:
        code: a key of :data:`~.codes.CODES`.
        details: further explanations shown after the first (e.g. which names exist).
        **values: the values the code names.

    Attributes:
        explanation: the :class:`Explanation`.
        details: a tuple of further :class:`Explanation`.
    """

    def __init__(self, code: str, /, *, details: tuple[Explanation, ...] = (), **values):
        self.explanation = Explanation(code, values)
        self.details = tuple(details)
        super().__init__(str(self.explanation))

    def with_details(self, *details: Explanation) -> TensorInputError:
        """This error with ``details`` added (for re-raising with more context)."""
        self.details = (*self.details, *details)
        return self


class TensorActionError(TensorInputError):
    """TensorFlow (or NumPy) refused an action; the workspace is unchanged.

    Args:
        code: a key of :data:`~.codes.CODES`.
        tensorflow_error: TensorFlow's or NumPy's own message, ``"TypeName: text"``
            (see :func:`error_text`); shown as it is, since it is TensorFlow's words.
        statement: the refused Python line; default the ``code`` value.
        **values: the values the code names.
    """

    def __init__(self, code: str, tensorflow_error: str = "", /, *,
                 statement: str | None = None, **values):
        self.tensorflow_error = tensorflow_error
        #: The refused line of Python, whole (the ``code`` value may be shortened for the
        #: message); an export repeats it inside ``try``/``except`` as the notebook does.
        self.statement = str(values.get("code", "")) if statement is None else statement
        super().__init__(code, **values)


def echo(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` cut to ``limit`` characters (with "…"), to quote the student's input."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def error_text(error: BaseException) -> str:
    """TensorFlow's or NumPy's message without the kernel-name noise.

    ``{{function_node __wrapped__AddV2_device_/job:...}} Incompatible shapes: [2,3] vs. [2]
    [Op:AddV2] name: `` becomes ``InvalidArgumentError: Incompatible shapes: [2,3] vs. [2]
    [Op:AddV2]``. Cut to :data:`MAX_TENSORFLOW_TEXT` characters.

    Args:
        error: the exception raised by TensorFlow or NumPy.

    Returns:
        ``"TypeName: message"``.
    """
    text = str(error)
    text = re.sub(r"\{\{function_node [^}]*\}\}\s*", "", text)
    text = re.sub(r"\s*name:[^\n]*$", "", text.strip())
    text = text.split("\n\t; NodeDef")[0].strip()
    return echo(f"{type(error).__name__}: {text}", MAX_TENSORFLOW_TEXT)


def kernel_dtypes(message: str) -> tuple[str, str] | None:
    """The two dtypes of an "expected to be a float tensor but is a double tensor" error.

    Returns:
        ``(expected, received)`` in TensorFlow's dtype names (``float32``, ``float64``…),
        or None when the message is not of that kind.
    """
    match = re.search(r"expected to be an? (\w+) tensor but is an? (\w+) tensor", message)
    if match is None:
        return None
    return tuple(_KERNEL_DTYPE_NAMES.get(name, name) for name in match.groups())


def is_float_dtype(dtype: str | None) -> bool:
    """True for ``float16/32/64`` and ``bfloat16``."""
    return bool(dtype) and dtype.startswith(("float", "bfloat"))


def is_int_dtype(dtype: str | None) -> bool:
    """True for signed and unsigned integer dtypes."""
    return bool(dtype) and dtype.startswith(("int", "uint"))


def cast_target(left_dtype: str, right_dtype: str) -> tuple[str, str]:
    """Which operand to cast, and to which dtype, so that a binary op can run.

    float32 is TensorFlow's default and float64 NumPy's; the lab casts float64 down to
    float32 and ints up to the float side's dtype.

    Args:
        left_dtype: dtype name of the left operand.
        right_dtype: dtype name of the right operand.

    Returns:
        ``("left" | "right", target_dtype)``.
    """
    if is_float_dtype(left_dtype) and is_float_dtype(right_dtype):
        if left_dtype == "float32":
            return "right", "float32"
        if right_dtype == "float32":
            return "left", "float32"
        return "right", left_dtype
    if is_float_dtype(left_dtype):
        return "right", left_dtype
    if is_float_dtype(right_dtype):
        return "left", right_dtype
    return "right", left_dtype
