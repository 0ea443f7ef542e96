"""Numbers and nested lists typed by the student, read without evaluating them.

Literals go through :func:`ast.literal_eval` and are then checked against an allow-list of
types (numbers, ``True``/``False``, nested lists), a length, a nesting depth, an element
count and, once the target dtype is known, the range of that dtype
(:func:`check_fits_dtype`) — all before TensorFlow sees them. Every refusal is a
:class:`~.errors.TensorInputError` (a ``ValueError``) with a code from
:data:`~.codes.CODES`.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.tensors.errors import TensorInputError, echo

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Largest number of elements a tensor of the lab may hold (about 4 MB as float32).
MAX_ELEMENTS = 1_000_000
#: Longest text a literal, slice or shape may be, in characters.
MAX_TEXT_LENGTH = 20_000
#: Highest rank accepted for shapes and literals.
MAX_RANK = 8

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


@dataclass(frozen=True)
class Literal:
    """A value typed by the student, checked and ready to hand to TensorFlow or NumPy.

    Attributes:
        value: the Python object: a number, ``True``/``False`` or nested lists of them.
        array: ``np.array(value)``; its shape and NumPy dtype (int64, float64 or bool).
        code: the value written back as Python source, e.g. ``"[[1, 2], [3, 4]]"``. It is
            generated from ``value``, never copied from the typed text.
    """

    value: object
    array: np.ndarray
    code: str

    @property
    def shape(self) -> tuple[int, ...]:
        """The literal's shape, e.g. ``(2, 2)``; ``()`` for a number."""
        return tuple(self.array.shape)

    @property
    def is_scalar(self) -> bool:
        """True for a single number."""
        return self.array.ndim == 0


def check_text(text, field: str, empty_code: str) -> str:
    """The typed text, stripped, or a refusal (not text, too long, a null, empty).

    Args:
        text: what was typed.
        field: which field it came from (``"value"``, ``"x"``, ``"shape"``…).
        empty_code: the code to raise when nothing was typed.

    Raises:
        TensorInputError: ``text.not_text``, ``text.too_long``, ``text.null`` or
            ``empty_code``.
    """
    if not isinstance(text, str):
        raise TensorInputError("text.not_text", field=field, type=type(text).__name__)
    if len(text) > MAX_TEXT_LENGTH:
        raise TensorInputError("text.too_long", field=field, length=len(text),
                               limit=MAX_TEXT_LENGTH)
    if "\x00" in text:
        raise TensorInputError("text.null", field=field)
    stripped = text.strip()
    if not stripped:
        raise TensorInputError(empty_code, field=field)
    return stripped


def _number_code(value) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def _normalise_number(value, field: str):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            raise TensorInputError("literal.int_too_large", field=field, number=echo(value))
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TensorInputError("literal.not_finite", field=field, number=repr(value))
        return value
    if isinstance(value, complex):
        raise TensorInputError("literal.complex", field=field, number=echo(repr(value)))
    raise TensorInputError("literal.not_number", field=field, type=type(value).__name__,
                           text=echo(repr(value)))


def _normalise(value, field: str, depth: int = 0):
    """Check the types inside a literal and turn tuples into lists.

    Returns:
        ``(normalised_value, code)``.
    """
    if depth > MAX_RANK:
        raise TensorInputError("literal.too_deep", field=field, limit=MAX_RANK)
    if isinstance(value, (list, tuple)):
        items = [_normalise(item, field, depth + 1) for item in value]
        return [item for item, _ in items], "[" + ", ".join(code for _, code in items) + "]"
    value = _normalise_number(value, field)
    return value, _number_code(value)


def parse_literal(text: str, field: str = "value") -> Literal:
    """Read a number or nested list typed by the student, without evaluating it.

    Args:
        text: e.g. ``"3."``, ``"-2"``, ``"True"``, ``"[[1, 2], [3, 4]]"``, ``"(1.5, 2)"``.
        field: the field it came from (``"value"``, ``"x"``, ``"y"``, ``"cell"``), named
            in the explanation of a refusal.

    Returns:
        A :class:`Literal`; tuples are read as lists.

    Raises:
        TensorInputError: the text is not a literal of numbers/booleans (its brackets
            do not pair up: ``literal.unbalanced``), holds a
            non-finite number or an int outside int64, rows of different lengths, more
            than :data:`MAX_RANK` levels or more than :data:`MAX_ELEMENTS` elements.
    """
    stripped = check_text(text, field, "literal.empty")
    try:
        value = ast.literal_eval(stripped)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, OverflowError):
        for opening, closing in ("[]", "()"):
            opened, closed = stripped.count(opening), stripped.count(closing)
            if opened != closed:  # the likeliest slip in a typed list: say which bracket
                raise TensorInputError("literal.unbalanced", field=field, text=echo(stripped),
                                       opening=opening, closing=closing, opened=opened,
                                       closed=closed) from None
        raise TensorInputError("literal.unreadable", field=field, text=echo(stripped)) from None
    try:
        value, code = _normalise(value, field)
    except RecursionError:
        raise TensorInputError("literal.too_deep", field=field, limit=MAX_RANK) from None
    try:
        array = np.array(value)
    except (ValueError, TypeError, OverflowError):
        raise TensorInputError("literal.ragged", field=field) from None
    if array.dtype == object or array.dtype.kind not in "biuf":
        raise TensorInputError("literal.ragged", field=field)
    if array.size > MAX_ELEMENTS:
        raise TensorInputError("literal.too_many_elements", field=field, count=array.size,
                               limit=MAX_ELEMENTS)
    return Literal(value=value, array=array, code=code)


def dtype_range(dtype: str) -> tuple[float, float] | None:
    """The smallest and largest value ``dtype`` holds; None for ``bool``.

    Args:
        dtype: a NumPy/TensorFlow dtype name, e.g. ``"float16"`` (±65504) or ``"int32"``.
    """
    kind = np.dtype(dtype).kind
    if kind in "iu":
        info = np.iinfo(dtype)
        return int(info.min), int(info.max)
    if kind == "f":
        info = np.finfo(dtype)
        return float(info.min), float(info.max)
    return None


def check_fits_dtype(values, dtype: str | None, field: str) -> None:
    """Refuse numbers outside the range of ``dtype`` before TensorFlow sees them.

    TensorFlow turns ``tf.constant(1e39, dtype=tf.float32)`` into ``inf`` and
    ``tf.constant(2**40, dtype=tf.int32)`` into ``0`` without an error; the lab refuses
    instead.

    Args:
        values: a number or a NumPy array (int, float or bool); ±inf is out of range.
        dtype: the dtype the values go into; None or ``"bool"`` checks nothing.
        field: the field the values came from.

    Raises:
        TensorInputError: ``value.out_of_range`` with the dtype's bounds.
    """
    bounds = dtype_range(dtype) if dtype else None
    array = np.asarray(values)
    if bounds is None or array.size == 0 or array.dtype.kind not in "iuf":
        return
    low, high = bounds
    if array.dtype.kind in "iu" and np.dtype(dtype).kind in "iu":
        too_far = int(array.min()) < low or int(array.max()) > high
    else:
        too_far = not (low <= float(array.min()) and float(array.max()) <= high)
    if too_far:
        raise TensorInputError("value.out_of_range", field=field, dtype=dtype,
                               low=_number_code(low), high=_number_code(high))
