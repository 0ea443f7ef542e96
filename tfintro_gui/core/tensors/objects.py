"""What the workspace knows about the objects it holds: kind, dtype, shape, device, a NumPy
copy, and operands (an entry or a typed literal) ready for an operation."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field

import lazy_loader

from tfintro_gui.core.tensors.errors import Explanation
from tfintro_gui.core.tensors.literals import Literal

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


def dtype_name(obj) -> str:
    """The dtype's name (``"float32"``); the type's name for objects without a dtype."""
    dtype = getattr(obj, "dtype", None)
    if dtype is None:
        return type(obj).__name__
    return getattr(dtype, "name", str(dtype))


def shape_of(obj) -> tuple[int, ...]:
    """The shape as a tuple of ints."""
    return tuple(int(size) for size in obj.shape)


def short_device(device: str) -> str:
    """``"/job:localhost/replica:0/task:0/device:CPU:0"`` → ``"CPU:0"``; ``"—"`` if empty."""
    marker = "device:"
    return device[device.rfind(marker) + len(marker):] if marker in device else device or "—"


def kind_of(tf, obj) -> str | None:
    """``"variable"``, ``"constant"``, ``"ndarray"``, ``"numpy scalar"``, or None for
    anything the workspace cannot hold."""
    if isinstance(obj, tf.Variable):
        return "variable"
    if isinstance(obj, tf.Tensor):
        return "constant"
    if isinstance(obj, np.ndarray):
        return "ndarray"
    if isinstance(obj, np.generic):
        return "numpy scalar"
    return None


def is_numpy_kind(kind: str | None) -> bool:
    """True for ``"ndarray"`` and ``"numpy scalar"``."""
    return kind in ("ndarray", "numpy scalar")


def numpy_copy(obj) -> np.ndarray:
    """A NumPy copy of a tensor's, variable's or NumPy object's values."""
    if isinstance(obj, (np.ndarray, np.generic)):
        return np.array(obj, copy=True)
    return np.array(obj.numpy(), copy=True)


def resolve(tf, path: str):
    """The function named by ``path``: ``"tf.math.log"``, ``"np.add"``, ``"operator.add"``.

    Args:
        tf: the TensorFlow module.
        path: a dotted name starting with ``tf``, ``np`` or ``operator``.
    """
    root, *attributes = path.split(".")
    target = {"tf": tf, "np": np, "operator": operator}[root]
    for attribute in attributes:
        target = getattr(target, attribute)
    return target


@dataclass(frozen=True)
class Operand:
    """One input of an action: an entry, or a literal the student typed.

    Attributes:
        obj: what is passed to TensorFlow: the stored object, or the literal's Python value.
        code: how it is written in the generated code: the name, or the literal's code.
        name: the entry's name; None for a literal.
        dtype: the dtype's name (a literal's is NumPy's: int64, float64 or bool).
        shape: the shape.
        reproducible: False when it depends on an unseeded random draw.
        values: a NumPy copy of the values.
    """

    obj: object
    code: str
    name: str | None
    dtype: str
    shape: tuple[int, ...]
    reproducible: bool
    values: np.ndarray = field(repr=False)


def literal_operand(literal: Literal) -> Operand:
    """An :class:`Operand` for a typed literal."""
    return Operand(obj=literal.value, code=literal.code, name=None,
                   dtype=literal.array.dtype.name, shape=literal.shape, reproducible=True,
                   values=literal.array)


def entry_operand(name: str, obj, reproducible: bool) -> Operand:
    """An :class:`Operand` for the entry ``name`` holding ``obj``."""
    return Operand(obj=obj, code=name, name=name, dtype=dtype_name(obj), shape=shape_of(obj),
                   reproducible=reproducible, values=numpy_copy(obj))


@dataclass(frozen=True)
class Change:
    """What a successful action will store; the workspace commits it whole or not at all.

    Attributes:
        action: the :attr:`ActionResult.action` label.
        name: the entry made or replaced.
        obj: the new object (``tf.Tensor``, ``tf.Variable`` or NumPy).
        values: a NumPy copy of its values, taken before anything is stored.
        code: the line(s) of code.
        reproducible: whether the code rebuilds the same values.
        summary: an :class:`~.errors.Explanation` of what happened.
        warnings: explanations of silent surprises.
        notes: further explanations.
    """

    action: str
    name: str
    obj: object
    values: np.ndarray = field(repr=False)
    code: tuple[str, ...]
    reproducible: bool
    summary: Explanation
    warnings: tuple[Explanation, ...] = ()
    notes: tuple[Explanation, ...] = ()
