"""Safe readers for what a student types: literals, index/slice expressions, shapes, axes, names.

Nothing here evaluates user text. Literals go through :func:`ast.literal_eval` and are then
checked against an allow-list of types (numbers, ``True``/``False``, nested lists); slices
are parsed with :func:`ast.parse` and only a fixed set of node types is accepted. Every
reader raises :class:`ValueError` with a message that says what was received, what was
expected and how to fix it — never anything else.
"""

from __future__ import annotations

import ast
import keyword
import math
from dataclasses import dataclass

import numpy as np

#: Largest number of elements a tensor of the lab may hold (about 4 MB as float32).
MAX_ELEMENTS = 1_000_000
#: Longest text a literal, slice or shape may be, in characters.
MAX_TEXT_LENGTH = 20_000
#: Highest rank accepted for shapes and literals.
MAX_RANK = 8
#: Names that would hide the modules the generated code uses.
RESERVED_NAMES = frozenset({"tf", "np"})

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1


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
        return tuple(self.array.shape)

    @property
    def is_scalar(self) -> bool:
        return self.array.ndim == 0


def _check_text(text, what: str, hint: str | None = None) -> str:
    if not isinstance(text, str):
        raise ValueError(f"{what}: expected text, got {type(text).__name__}.")
    if len(text) > MAX_TEXT_LENGTH:
        raise ValueError(
            f"{what}: the text is {len(text):,} characters long; at most "
            f"{MAX_TEXT_LENGTH:,} are accepted. Make the value smaller.")
    if "\x00" in text:
        raise ValueError(f"{what}: the text contains a null character; retype it.")
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"{what}: nothing was typed. {hint or _LITERAL_HINT}")
    return stripped


_LITERAL_HINT = "Type a number such as 3.0, or nested lists such as [[1, 2], [3, 4]]."


def _number_code(value) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


def _normalise(value, what: str, depth: int = 0):
    """Check the types inside a literal and turn tuples into lists.

    Returns:
        ``(normalised_value, code)``.
    """
    if depth > MAX_RANK:
        raise ValueError(
            f"{what}: lists are nested more than {MAX_RANK} deep; the lab handles rank "
            f"≤ {MAX_RANK}.")
    if isinstance(value, bool):
        return value, _number_code(value)
    if isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise ValueError(
                f"{what}: {value} does not fit in 64 bits (int64 holds about ±9.2e18). "
                "Type a smaller number or a float such as 1e20.")
        return value, _number_code(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(
                f"{what}: {value} is not a finite number. Type a finite number "
                "(NaN or infinity can be made by an operation, e.g. tf.sqrt(-1.0)).")
        return value, _number_code(value)
    if isinstance(value, (list, tuple)):
        items = [_normalise(item, what, depth + 1) for item in value]
        return [item for item, _ in items], "[" + ", ".join(code for _, code in items) + "]"
    if isinstance(value, complex):
        raise ValueError(f"{what}: complex numbers such as {value!r} are not supported here. "
                         "Type real numbers.")
    raise ValueError(
        f"{what}: {type(value).__name__} values such as {value!r:.40} are not numbers. "
        f"{_LITERAL_HINT}")


def parse_literal(text: str, what: str = "Value") -> Literal:
    """Read a number or nested list typed by the student, without evaluating it.

    Args:
        text: e.g. ``"3."``, ``"-2"``, ``"True"``, ``"[[1, 2], [3, 4]]"``, ``"(1.5, 2)"``.
        what: the field's name, used at the start of error messages.

    Returns:
        A :class:`Literal`; tuples are read as lists.

    Raises:
        ValueError: the text is not a literal of numbers/booleans, holds a non-finite
            number, rows of different lengths, or more than :data:`MAX_ELEMENTS` elements.
    """
    stripped = _check_text(text, what)
    try:
        value = ast.literal_eval(stripped)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, OverflowError):
        raise ValueError(
            f"{what}: could not read {stripped!r:.60} as a number or a list of numbers. "
            f"{_LITERAL_HINT}") from None
    try:
        value, code = _normalise(value, what)
    except RecursionError:
        raise ValueError(f"{what}: lists are nested too deeply. {_LITERAL_HINT}") from None
    try:
        array = np.array(value)
    except (ValueError, TypeError, OverflowError):
        raise ValueError(
            f"{what}: the rows have different lengths, e.g. [[1, 2], [3]]. A tensor is a "
            "rectangular block: give every row the same number of items.") from None
    if array.dtype == object or array.dtype.kind not in "biuf":
        raise ValueError(
            f"{what}: the rows have different lengths or depths. A tensor is a rectangular "
            "block: give every row the same number of items.")
    if array.size > MAX_ELEMENTS:
        raise ValueError(f"{what}: {array.size:,} elements; at most {MAX_ELEMENTS:,} are "
                         "accepted.")
    return Literal(value=value, array=array, code=code)


# -- indices and slices ------------------------------------------------------------------
_INDEX_HINT = 'Use integers and slices separated by commas, e.g. "0:2, 0", "1, :" or "::2".'


def _index_int(node: ast.AST, text: str) -> int | None:
    """An integer from a Constant or a signed Constant node; None for a missing bound."""
    if node is None:
        return None
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        sign = -1 if isinstance(node.op, ast.USub) else 1
        node = node.operand
    if isinstance(node, ast.Constant) and type(node.value) is int:
        value = sign * node.value
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise ValueError(f"Index {text!r:.60}: {value} is too large for an index.")
        return value
    raise ValueError(f"Index {text!r:.60}: only whole numbers may appear in an index. "
                     f"{_INDEX_HINT}")


def parse_index(text: str) -> tuple:
    """Read a NumPy-style index or slice such as ``"0:2, 0"`` without evaluating it.

    Args:
        text: what goes between the brackets of ``v[...]``: integers (``1``, ``-1``),
            slices (``0:2``, ``::2``, ``:``) and at most one ``...``, comma separated.

    Returns:
        A tuple of ``int``, ``slice`` and ``Ellipsis`` items, e.g. ``(slice(0, 2, None), 0)``.

    Raises:
        ValueError: anything else (names, calls, floats, a zero step, two ``...``).
    """
    stripped = _check_text(text, "Index", _INDEX_HINT)
    if len(stripped) > 1000:
        raise ValueError(f"Index: {len(stripped):,} characters is too long. {_INDEX_HINT}")
    try:
        tree = ast.parse(f"_[{stripped}]", mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        raise ValueError(f"Index {stripped!r:.60} could not be read. {_INDEX_HINT}") from None
    body = tree.body
    if not (isinstance(body, ast.Subscript) and isinstance(body.value, ast.Name)
            and body.value.id == "_"):
        raise ValueError(f"Index {stripped!r:.60} could not be read. {_INDEX_HINT}")
    node = body.slice
    elements = node.elts if isinstance(node, ast.Tuple) else [node]
    if len(elements) > MAX_RANK + 1:
        raise ValueError(f"Index {stripped!r:.60}: more than {MAX_RANK} axes.")
    index = []
    for element in elements:
        if isinstance(element, ast.Slice):
            start = _index_int(element.lower, stripped)
            stop = _index_int(element.upper, stripped)
            step = _index_int(element.step, stripped)
            if step == 0:
                raise ValueError(f"Index {stripped!r:.60}: a slice step cannot be zero. "
                                 "Use 1 (every item) or 2 (every other item).")
            index.append(slice(start, stop, step))
        elif isinstance(element, ast.Constant) and element.value is Ellipsis:
            index.append(Ellipsis)
        else:
            index.append(_index_int(element, stripped))
    if index.count(Ellipsis) > 1:
        raise ValueError(f"Index {stripped!r:.60}: '...' may appear only once.")
    return tuple(index)


def index_code(index: tuple) -> str:
    """Write an index from :func:`parse_index` back as Python source, e.g. ``"0:2, 0"``.

    Args:
        index: a tuple of ``int``, ``slice`` and ``Ellipsis``.

    Returns:
        The text between the brackets; ``"..."`` for an empty tuple.
    """
    if not index:
        return "..."
    parts = []
    for item in index:
        if item is Ellipsis:
            parts.append("...")
        elif isinstance(item, slice):
            text = ("" if item.start is None else str(item.start)) + ":" + (
                "" if item.stop is None else str(item.stop))
            if item.step is not None:
                text += ":" + str(item.step)
            parts.append(text)
        else:
            parts.append(str(int(item)))
    return ", ".join(parts)


# -- shapes, axes, names -----------------------------------------------------------------
_SHAPE_HINT = "Type whole numbers ≥ 0, e.g. (2, 3), 3 or () for a scalar."


def parse_shape(value, allow_unknown: bool = False) -> tuple[int, ...]:
    """Read a shape such as ``"(2, 3)"``, ``"2, 3"``, ``"3"`` or ``"()"``.

    Args:
        value: text, an int or a sequence of ints.
        allow_unknown: accept one ``-1`` (an axis whose size ``tf.reshape`` works out).

    Returns:
        The shape as a tuple of ints.

    Raises:
        ValueError: not whole numbers, a negative size, rank above :data:`MAX_RANK`, or
            more than :data:`MAX_ELEMENTS` elements.
    """
    if isinstance(value, str):
        stripped = _check_text(value, "Shape", _SHAPE_HINT)
        if stripped.startswith(("(", "[")) or "," in stripped:
            text = stripped if stripped.startswith(("(", "[")) else f"({stripped})"
        else:
            text = stripped
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            raise ValueError(f"Shape {stripped!r:.60} could not be read. {_SHAPE_HINT}") from None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        value = (int(value),)
    if not isinstance(value, (tuple, list)):
        raise ValueError(f"Shape {value!r:.60} is not a list of sizes. {_SHAPE_HINT}")
    if len(value) > MAX_RANK:
        raise ValueError(f"Shape {tuple(value)!r:.60} has rank {len(value)}; the lab handles "
                         f"rank ≤ {MAX_RANK}.")
    sizes = []
    for size in value:
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
            raise ValueError(f"Shape {tuple(value)!r:.60}: {size!r:.20} is not a whole number. "
                             f"{_SHAPE_HINT}")
        size = int(size)
        if size < 0 and not (allow_unknown and size == -1):
            raise ValueError(f"Shape {tuple(value)!r:.60}: sizes cannot be negative"
                             + (" (only one -1, for 'work it out', is allowed)."
                                if allow_unknown else f". {_SHAPE_HINT}"))
        sizes.append(size)
    if sizes.count(-1) > 1:
        raise ValueError(f"Shape {tuple(sizes)}: only one axis may be -1.")
    known = math.prod(size for size in sizes if size != -1)
    if known > MAX_ELEMENTS:
        raise ValueError(
            f"Shape {tuple(sizes)} holds {known:,} elements; at most {MAX_ELEMENTS:,} are "
            "accepted, to keep the lab responsive. Use a smaller shape.")
    return tuple(sizes)


def shape_code(shape: tuple[int, ...]) -> str:
    """Python source of a shape tuple: ``"(2, 3)"``, ``"(3,)"``, ``"()"``."""
    return repr(tuple(int(size) for size in shape))


def parse_axis(value) -> int | tuple[int, ...] | None:
    """Read a reduction axis: ``""``/``"None"`` (all axes), ``"0"``, ``"-1"``, ``"(0, 2)"``.

    Args:
        value: text, None, an int or a sequence of ints.

    Returns:
        None, an int or a tuple of ints.

    Raises:
        ValueError: anything else.
    """
    if value is None:
        return None
    if isinstance(value, str):
        stripped = value.strip()
        if stripped in ("", "None"):
            return None
        if len(stripped) > 200:
            raise ValueError("Axis: the text is too long. Type e.g. 0, -1 or (0, 1).")
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            raise ValueError(f"Axis {stripped!r:.60} could not be read. Type an integer such "
                             "as 0 or -1, a tuple such as (0, 1), or leave it empty for all "
                             "axes.") from None
    if value is None:
        return None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (tuple, list)) and value and all(
            isinstance(item, (int, np.integer)) and not isinstance(item, bool)
            for item in value) and len(value) <= MAX_RANK:
        return tuple(int(item) for item in value)
    raise ValueError(f"Axis {value!r:.60} is not an integer or a tuple of integers. Type e.g. "
                     "0, -1 or (0, 1), or leave it empty for all axes.")


def validate_name(name) -> str:
    """Check a workspace name: a Python identifier that is not a keyword, ``tf`` or ``np``.

    Args:
        name: the name typed by the student (spaces around it are removed).

    Returns:
        The name, stripped.

    Raises:
        ValueError: it is empty, not an identifier, a keyword or reserved.
    """
    if not isinstance(name, str):
        raise ValueError(f"Name: expected text, got {type(name).__name__}.")
    stripped = name.strip()
    if not stripped:
        raise ValueError("Name: nothing was typed. Type a Python name such as a, v or weights.")
    if len(stripped) > 64:
        raise ValueError(f"Name {stripped[:20]!r}…: at most 64 characters.")
    if not stripped.isidentifier() or not stripped.isascii():
        raise ValueError(
            f"Name {stripped!r} is not a Python name: use letters, digits and _, not starting "
            "with a digit, e.g. my_tensor.")
    if keyword.iskeyword(stripped):
        raise ValueError(f"Name {stripped!r} is a Python keyword; pick another, e.g. "
                         f"{stripped}_.")
    if stripped in RESERVED_NAMES:
        raise ValueError(f"Name {stripped!r} would hide the module the code uses "
                         "(import tensorflow as tf, import numpy as np); pick another.")
    return stripped
