"""What the Tensors workspace offers, written once: dtypes, sources, operations, conversions,
and the data an action returns.

The user interface builds its menus from these tables and words their descriptions itself
(keyed by :attr:`SourceSpec.key`, :attr:`OpSpec.key` and :attr:`ConversionSpec.key`).
The calls follow Chollet, Deep Learning with Python (2nd ed.), ch. 3.
"""

from __future__ import annotations

from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.tensors.errors import Explanation

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Dtypes offered for new tensors; the first is TensorFlow's default.
DTYPES = ("float32", "float64", "float16", "int32", "int64", "bool")
FLOAT_DTYPES = ("float32", "float64", "float16")

#: The header every generated script starts with.
SCRIPT_HEADER = ("import numpy as np", "import tensorflow as tf")

#: What an entry can be: an immutable ``tf.Tensor``, a ``tf.Variable``, a NumPy array or a
#: NumPy scalar.
KINDS = ("constant", "variable", "ndarray", "numpy scalar")


@dataclass(frozen=True)
class SourceSpec:
    """One way to create an entry.

    Attributes:
        key: the name passed to :meth:`Workspace.create`, e.g. ``"tf.random.normal"``.
        library: ``"tf"`` or ``"np"``.
        needs: which arguments it reads: any of ``shape``, ``literal``, ``normal``
            (mean, stddev), ``uniform`` (minval, maxval), ``seed``.
        default_dtype: the dtype used when none is given; None = inferred from a literal.
    """

    key: str
    library: str
    needs: frozenset
    default_dtype: str | None


_SHAPE = frozenset({"shape"})
_LITERAL = frozenset({"literal"})
_NORMAL = frozenset({"shape", "normal", "seed"})
_UNIFORM = frozenset({"shape", "uniform", "seed"})

SOURCES: dict[str, SourceSpec] = {spec.key: spec for spec in (
    SourceSpec("tf.ones", "tf", _SHAPE, "float32"),
    SourceSpec("tf.zeros", "tf", _SHAPE, "float32"),
    SourceSpec("tf.random.normal", "tf", _NORMAL, "float32"),
    SourceSpec("tf.random.uniform", "tf", _UNIFORM, "float32"),
    SourceSpec("tf.constant", "tf", _LITERAL, None),
    SourceSpec("np.ones", "np", _SHAPE, "float64"),
    SourceSpec("np.zeros", "np", _SHAPE, "float64"),
    SourceSpec("np.random.normal", "np", _NORMAL, "float64"),
    SourceSpec("np.random.uniform", "np", _UNIFORM, "float64"),
    SourceSpec("np.array", "np", _LITERAL, None),
)}


@dataclass(frozen=True)
class OpSpec:
    """One operation of the Operations box; the one table the workspace dispatches on.

    Attributes:
        key: the name passed to :meth:`Workspace.apply`: ``"square"``, ``"+"``…
        arity: 1 or 2 operands.
        parameter: ``None``, ``"axis"``, ``"shape"`` or ``"dtype"`` (the second argument).
        function: what runs it, as code: ``"tf.square"``, ``"tf.math.log"``, or
            ``"operator.add"`` for the Python operators (written ``x + y``).
        result_shape: how the result's shape follows from the operands' (checked against
            the size cap before the work): ``"same"`` (at most x's size), ``"broadcast"``
            or ``"matmul"``.
    """

    key: str
    arity: int
    parameter: str | None
    function: str
    result_shape: str = "same"

    @property
    def is_operator(self) -> bool:
        """True for ``+ - * /``, written as Python operators and allowed in place."""
        return self.function.startswith("operator.")

    @property
    def label(self) -> str:
        """What the student sees: ``"tf.matmul(x, y)"``, ``"x + y"``, ``"tf.cast(x, dtype)"``."""
        if self.is_operator:
            return f"x {self.key} y"
        arguments = "x, y" if self.arity == 2 else "x" + (
            f", {self.parameter}" if self.parameter else "")
        return f"{self.function}({arguments})"


OPS: dict[str, OpSpec] = {spec.key: spec for spec in (
    OpSpec("square", 1, None, "tf.square"),
    OpSpec("sqrt", 1, None, "tf.sqrt"),
    OpSpec("exp", 1, None, "tf.exp"),
    OpSpec("log", 1, None, "tf.math.log"),
    OpSpec("relu", 1, None, "tf.nn.relu"),
    OpSpec("abs", 1, None, "tf.abs"),
    OpSpec("+", 2, None, "operator.add", "broadcast"),
    OpSpec("-", 2, None, "operator.sub", "broadcast"),
    OpSpec("*", 2, None, "operator.mul", "broadcast"),
    OpSpec("/", 2, None, "operator.truediv", "broadcast"),
    OpSpec("matmul", 2, None, "tf.matmul", "matmul"),
    OpSpec("transpose", 1, None, "tf.transpose"),
    OpSpec("reshape", 1, "shape", "tf.reshape"),
    OpSpec("reduce_sum", 1, "axis", "tf.reduce_sum"),
    OpSpec("reduce_mean", 1, "axis", "tf.reduce_mean"),
    OpSpec("cast", 1, "dtype", "tf.cast"),
)}


@dataclass(frozen=True)
class ConversionSpec:
    """One of the notebook's NumPy ⇄ TensorFlow cells, applied to an entry.

    Attributes:
        key: the name passed to :meth:`Workspace.convert`.
        function: ``"numpy"`` (the ``x.numpy()`` method) or a function as code,
            ``"np.add"``, ``"tf.multiply"``, ``"tf.Variable"``, ``"tf.constant"``.
        argument: the second argument as code (``"1"``, ``"42"``), or None.
    """

    key: str
    function: str
    argument: str | None = None

    def expression(self, x: str) -> str:
        """The call as code, for operand ``x``: ``"x.numpy()"``, ``"np.add(x, 1)"``."""
        if self.function == "numpy":
            return f"{x}.numpy()"
        return f"{self.function}({x}" + (f", {self.argument}" if self.argument else "") + ")"

    @property
    def label(self) -> str:
        """What the button shows: ``".numpy()"``, ``"np.add(x, 1)"``…"""
        return ".numpy()" if self.function == "numpy" else self.expression("x")


CONVERSIONS: dict[str, ConversionSpec] = {spec.key: spec for spec in (
    ConversionSpec("numpy", "numpy"),
    ConversionSpec("np.add", "np.add", "1"),
    ConversionSpec("tf.multiply", "tf.multiply", "42"),
    ConversionSpec("tf.Variable", "tf.Variable"),
    ConversionSpec("tf.constant", "tf.constant"),
)}


@dataclass(frozen=True)
class EntryInfo:
    """What the workspace list shows for one entry.

    Attributes:
        name: the Python name.
        kind: one of :data:`KINDS`.
        shape: the shape.
        dtype: the dtype's name, e.g. ``"float32"``.
        device: where the value lives, e.g. ``"CPU:0"``; ``"host"`` for NumPy values (in
            the computer's memory, outside TensorFlow).
        reproducible: True when the generated code rebuilds the same value (False for
            values that depend on an unseeded random draw).
    """

    name: str
    kind: str
    shape: tuple[int, ...]
    dtype: str
    device: str
    reproducible: bool


@dataclass(frozen=True)
class ActionResult:
    """The outcome of a successful action.

    Attributes:
        action: a short label, e.g. ``"tf.ones"``, ``"assign"``, ``"matmul"``.
        name: the entry made or changed; None after a delete.
        kind: that entry's kind (see :data:`KINDS`), or None.
        value: a NumPy copy of that entry's value (any shape; NumPy dtype), or None.
        dtype: the dtype's name, or None.
        shape: the shape, or None.
        code: the Python line(s) that do the same, in order.
        summary: what happened, e.g. ``result.op`` with ``code="d = b + c"``,
            ``shapes="(2, 2) + (2, 2)"``, ``shape="(2, 2)"``, ``dtype="float32"``.
        warnings: silent surprises worth flagging (NaN from ``tf.sqrt``, an ndarray where a
            tensor was expected, a float truncated into an int array…).
        notes: more about what happened (how broadcasting stretched the shapes).
        removed: names that no longer exist after the action (delete, rename).
    """

    action: str
    name: str | None
    kind: str | None
    value: np.ndarray | None
    dtype: str | None
    shape: tuple[int, ...] | None
    code: tuple[str, ...]
    summary: Explanation
    warnings: tuple[Explanation, ...] = ()
    notes: tuple[Explanation, ...] = ()
    removed: tuple[str, ...] = ()
