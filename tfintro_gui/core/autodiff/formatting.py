"""Numbers, arrays and shapes as short text for steps, labels, tables and code.

Numbers are not words: they are written the same in every language.
"""

from __future__ import annotations

import lazy_loader

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


def format_number(value: float) -> str:
    """A scalar in at most four significant digits: ``6``, ``0.5``, ``-0.1192``, ``inf``."""
    value = float(value)
    if value == 0:
        return "0"  # also turns -0.0 into 0
    return f"{value:.4g}"


def format_value(value, precision: int = 3) -> str:
    """A scalar as :func:`format_number`, an array as a small matrix.

    Args:
        value: a number or a NumPy array (any rank, any dtype).
        precision: decimals shown for the elements of an array.

    Returns:
        ``"6"`` for a scalar; for an array, NumPy's bracketed layout, one row per line.
    """
    array = np.asarray(value)
    if array.ndim == 0:
        if array.dtype.kind in "iub":
            return str(array.item())
        return format_number(array.item())
    if array.dtype.kind == "f":
        array = array + 0.0  # -0.0 -> 0.0
    return np.array2string(array, precision=precision, suppress_small=True,
                           floatmode="maxprec", separator=" ", max_line_width=200)


def format_shape(value) -> str:
    """``"(1, 4)"`` for an array of that shape, ``"()"`` for a scalar."""
    shape = np.shape(value)
    return "(" + ", ".join(str(size) for size in shape) + ("," if len(shape) == 1 else "") + ")"


def python_literal(value) -> str:
    """A value as Python source that :func:`ast.literal_eval` reads back exactly.

    Floats use the shortest text that round-trips in their own dtype (``0.1``, not
    ``0.10000000149011612`` for float32).

    Args:
        value: a number or a NumPy array of rank 0 to 2.

    Returns:
        ``"3.0"``, ``"[1.0, -2.0]"`` or ``"[[0.2, -0.5], [0.4, 0.1]]"``; integers without a
        decimal point.
    """
    if type(value) is int or (type(value) is float and "e" not in repr(value)):
        return repr(value)  # the same text, without importing NumPy before first paint
    array = np.asarray(value)
    if array.dtype.kind in "iub":
        return repr(array.tolist())

    def element(item) -> str:
        return np.format_float_positional(item, unique=True, trim="0")

    if array.ndim == 0:
        return element(array[()])
    if array.ndim == 1:
        return "[" + ", ".join(element(item) for item in array) + "]"
    return "[" + ", ".join(python_literal(row) for row in array) + "]"
