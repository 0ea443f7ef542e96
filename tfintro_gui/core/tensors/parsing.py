"""Safe readers for what a student types besides values: slices, shapes, axes and names.

Nothing here evaluates user text: slices are parsed with :func:`ast.parse` and only a
fixed set of node types is accepted; shapes and axes go through :func:`ast.literal_eval`.
Sizes are capped before anything is made: at most :data:`~.literals.MAX_RANK` axes, each at
most :data:`~.literals.MAX_ELEMENTS` long, at most :data:`~.literals.MAX_ELEMENTS` elements
in all. Every reader raises :class:`~.errors.TensorInputError` (a ``ValueError``) with a
code from :data:`~.codes.CODES` — never anything else. Numbers and lists are read by
:mod:`~.literals`.
"""

from __future__ import annotations

import ast
import keyword
import math

import lazy_loader

from tfintro_gui.core.tensors.errors import TensorInputError, echo
from tfintro_gui.core.tensors.literals import (
    INT64_MAX,
    INT64_MIN,
    MAX_ELEMENTS,
    MAX_RANK,
    check_text,
)

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Names that would hide what the generated code uses: its modules and ``print``.
RESERVED_NAMES = frozenset({"tf", "np", "print"})
#: Longest name, in characters.
MAX_NAME_LENGTH = 64
#: Longest slice or axis text, in characters.
MAX_INDEX_LENGTH = 1000


# -- indices and slices ------------------------------------------------------------------
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
        if not INT64_MIN <= value <= INT64_MAX:
            raise TensorInputError("index.too_large", text=echo(text), number=echo(value))
        return value
    raise TensorInputError("index.not_whole", text=echo(text))


def _index_item(element: ast.AST, text: str):
    if isinstance(element, ast.Slice):
        start = _index_int(element.lower, text)
        stop = _index_int(element.upper, text)
        step = _index_int(element.step, text)
        if step == 0:
            raise TensorInputError("index.zero_step", text=echo(text))
        return slice(start, stop, step)
    if isinstance(element, ast.Constant) and element.value is Ellipsis:
        return Ellipsis
    return _index_int(element, text)


def parse_index(text: str) -> tuple:
    """Read a NumPy-style index or slice such as ``"0:2, 0"`` without evaluating it.

    Args:
        text: what goes between the brackets of ``v[...]``: integers (``1``, ``-1``),
            slices (``0:2``, ``::2``, ``:``) and at most one ``...``, comma separated.

    Returns:
        A tuple of ``int``, ``slice`` and ``Ellipsis`` items, e.g. ``(slice(0, 2, None), 0)``.

    Raises:
        TensorInputError: anything else (names, calls, floats, a zero step, two ``...``).
    """
    stripped = check_text(text, "index", "index.empty")
    if len(stripped) > MAX_INDEX_LENGTH:
        raise TensorInputError("text.too_long", field="index", length=len(stripped),
                               limit=MAX_INDEX_LENGTH)
    try:
        tree = ast.parse(f"_[{stripped}]", mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        raise TensorInputError("index.unreadable", text=echo(stripped)) from None
    body = tree.body
    if not (isinstance(body, ast.Subscript) and isinstance(body.value, ast.Name)
            and body.value.id == "_"):
        raise TensorInputError("index.unreadable", text=echo(stripped))
    node = body.slice
    elements = node.elts if isinstance(node, ast.Tuple) else [node]
    if len(elements) > MAX_RANK + 1:
        raise TensorInputError("index.too_many_axes", text=echo(stripped), limit=MAX_RANK)
    index = tuple(_index_item(element, stripped) for element in elements)
    if index.count(Ellipsis) > 1:
        raise TensorInputError("index.two_ellipses", text=echo(stripped))
    return index


def _slice_code(item: slice) -> str:
    text = ("" if item.start is None else str(item.start)) + ":" + (
        "" if item.stop is None else str(item.stop))
    if item.step is not None:
        text += ":" + str(item.step)
    return text


def index_code(index: tuple) -> str:
    """Write an index from :func:`parse_index` back as Python source, e.g. ``"0:2, 0"``.

    Args:
        index: a tuple of ``int``, ``slice`` and ``Ellipsis``.

    Returns:
        The text between the brackets; ``"()"`` for an empty tuple (``x[()]``, which
        reads back as the same empty index).
    """
    if not index:
        return "()"
    parts = []
    for item in index:
        if item is Ellipsis:
            parts.append("...")
        elif isinstance(item, slice):
            parts.append(_slice_code(item))
        else:
            parts.append(str(int(item)))
    return ", ".join(parts)


# -- shapes, axes, names -----------------------------------------------------------------
def _shape_value(value):
    """A typed shape as a Python value (text read with ``ast.literal_eval``)."""
    if not isinstance(value, str):
        return value
    stripped = check_text(value, "shape", "shape.empty")
    if stripped.startswith(("(", "[")) or "," in stripped:
        text = stripped if stripped.startswith(("(", "[")) else f"({stripped})"
    else:
        text = stripped
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise TensorInputError("shape.unreadable", text=echo(stripped)) from None


def _shape_size(size, shown: str, allow_unknown: bool) -> int:
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
        raise TensorInputError("shape.not_whole", shape=shown, item=echo(repr(size), 20))
    size = int(size)
    if size < 0 and not (allow_unknown and size == -1):
        raise TensorInputError("shape.negative_reshape" if allow_unknown else "shape.negative",
                               shape=shown)
    if size > MAX_ELEMENTS:
        raise TensorInputError("shape.axis_too_large", shape=shown, size=echo(size, 30),
                               limit=MAX_ELEMENTS)
    return size


def parse_shape(value, allow_unknown: bool = False) -> tuple[int, ...]:
    """Read a shape such as ``"(2, 3)"``, ``"2, 3"``, ``"3"`` or ``"()"``.

    Every size is capped before the product is taken, so ``(0, 9223372036854775807)``
    (no elements, but an axis no array can have) is refused like ``(1001, 1000)``.

    Args:
        value: text, an int or a sequence of ints.
        allow_unknown: accept one ``-1`` (an axis whose size ``tf.reshape`` works out).

    Returns:
        The shape as a tuple of ints.

    Raises:
        TensorInputError: not whole numbers, a negative size, rank above
            :data:`~.literals.MAX_RANK`, an axis or an element count above
            :data:`~.literals.MAX_ELEMENTS`.
    """
    value = _shape_value(value)
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        value = (int(value),)
    if not isinstance(value, (tuple, list)):
        raise TensorInputError("shape.not_sizes", text=echo(repr(value)))
    shown = echo(repr(tuple(value)))
    if len(value) > MAX_RANK:
        raise TensorInputError("shape.rank", shape=shown, rank=len(value), limit=MAX_RANK)
    sizes = tuple(_shape_size(size, shown, allow_unknown) for size in value)
    if sizes.count(-1) > 1:
        raise TensorInputError("shape.two_unknown", shape=shape_code(sizes))
    known = math.prod(size for size in sizes if size != -1)
    if known > MAX_ELEMENTS:
        raise TensorInputError("shape.too_many_elements", shape=shape_code(sizes), count=known,
                               limit=MAX_ELEMENTS)
    return sizes


def shape_code(shape: tuple[int, ...]) -> str:
    """Python source of a shape tuple: ``"(2, 3)"``, ``"(3,)"``, ``"()"``."""
    return repr(tuple(int(size) for size in shape))


def _axis_value(value):
    if not isinstance(value, str):
        return value
    stripped = value.strip()
    if stripped in ("", "None"):
        return None
    if len(stripped) > 200:
        raise TensorInputError("text.too_long", field="axis", length=len(stripped), limit=200)
    try:
        return ast.literal_eval(stripped)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise TensorInputError("axis.unreadable", text=echo(stripped)) from None


def _is_whole(item) -> bool:
    return isinstance(item, (int, np.integer)) and not isinstance(item, bool) and \
        abs(int(item)) <= MAX_RANK


def parse_axis(value) -> int | tuple[int, ...] | None:
    """Read a reduction axis: ``""``/``"None"`` (all axes), ``"0"``, ``"-1"``, ``"(0, 2)"``.

    Args:
        value: text, None, an int or a sequence of ints (each within ±:data:`MAX_RANK`).

    Returns:
        None, an int or a tuple of ints.

    Raises:
        TensorInputError: anything else.
    """
    value = _axis_value(value)
    if value is None:
        return None
    if _is_whole(value):
        return int(value)
    if isinstance(value, (tuple, list)) and value and len(value) <= MAX_RANK and all(
            _is_whole(item) for item in value):
        return tuple(int(item) for item in value)
    raise TensorInputError("axis.invalid", text=echo(repr(value)))


def validate_name(name) -> str:
    """Check a workspace name: a Python identifier, not a keyword, not one of
    :data:`RESERVED_NAMES`.

    Args:
        name: the name typed by the student (spaces around it are removed).

    Returns:
        The name, stripped.

    Raises:
        TensorInputError: it is empty, too long, not an identifier, a keyword or reserved.
    """
    if not isinstance(name, str):
        raise TensorInputError("text.not_text", field="name", type=type(name).__name__)
    stripped = name.strip()
    if not stripped:
        raise TensorInputError("name.empty")
    if len(stripped) > MAX_NAME_LENGTH:
        raise TensorInputError("name.too_long", start=stripped[:20], limit=MAX_NAME_LENGTH)
    if not stripped.isidentifier() or not stripped.isascii():
        raise TensorInputError("name.not_identifier", name=echo(stripped))
    if keyword.iskeyword(stripped):
        raise TensorInputError("name.keyword", name=stripped)
    if stripped in RESERVED_NAMES:
        raise TensorInputError("name.reserved", name=stripped)
    return stripped
