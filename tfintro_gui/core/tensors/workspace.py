"""A workspace of named tensors, variables and NumPy arrays, changed one action at a time.

Every action calls real TensorFlow (or NumPy) on the stored objects and returns an
:class:`ActionResult` with a NumPy copy of the value and the exact Python line(s) that
do the same thing. The lines of all successful actions, run top to bottom after
``import numpy as np`` and ``import tensorflow as tf``, rebuild the workspace
(:meth:`Workspace.script`). A failed action raises :class:`TensorActionError` (a
``ValueError``) and changes nothing: neither the entries nor the code.

The calls and the values they print follow Chollet, Deep Learning with Python (2nd ed.),
ch. 3, "Introduction to Keras and TensorFlow": ``tf.ones``, ``tf.zeros``,
``tf.random.normal``/``uniform``, ``tf.Variable`` with ``assign``, slice ``assign``,
``assign_add``/``assign_sub``, and the ops ``tf.square``, ``tf.sqrt``, ``+``, ``tf.matmul``.
"""

from __future__ import annotations

import dataclasses
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tensors.errors import (
    IMMUTABLE_EXPLANATION,
    TensorActionError,
    cast_target,
    error_text,
    is_float_dtype,
    is_int_dtype,
    kernel_dtypes,
)
from tfintro_gui.core.tensors.parsing import (
    MAX_ELEMENTS,
    Literal,
    index_code,
    parse_axis,
    parse_index,
    parse_literal,
    parse_shape,
    shape_code,
    validate_name,
)

#: Dtypes offered for new tensors; the first is TensorFlow's default.
DTYPES = ("float32", "float64", "float16", "int32", "int64", "bool")
FLOAT_DTYPES = ("float32", "float64", "float16")

#: The header every generated script starts with.
SCRIPT_HEADER = ("import numpy as np", "import tensorflow as tf")

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
        description: one sentence for a tooltip.
    """

    key: str
    library: str
    needs: frozenset
    default_dtype: str | None
    description: str


SOURCES: dict[str, SourceSpec] = {spec.key: spec for spec in (
    SourceSpec("tf.ones", "tf", frozenset({"shape"}), "float32",
               "tf.ones(shape): a tensor of ones, float32 unless a dtype is given."),
    SourceSpec("tf.zeros", "tf", frozenset({"shape"}), "float32",
               "tf.zeros(shape): a tensor of zeros."),
    SourceSpec("tf.random.normal", "tf", frozenset({"shape", "normal", "seed"}), "float32",
               "tf.random.normal(shape, mean, stddev): random values from a normal "
               "distribution; with a seed, tf.random.stateless_normal gives the same values "
               "on every run."),
    SourceSpec("tf.random.uniform", "tf", frozenset({"shape", "uniform", "seed"}), "float32",
               "tf.random.uniform(shape, minval, maxval): random values in [minval, maxval); "
               "with a seed, tf.random.stateless_uniform gives the same values on every run."),
    SourceSpec("tf.constant", "tf", frozenset({"literal"}), None,
               "tf.constant(value): a tensor from the numbers typed, e.g. [[1, 2], [3, 4]] "
               "(ints give int32, floats float32)."),
    SourceSpec("np.ones", "np", frozenset({"shape"}), "float64",
               "np.ones(shape): a NumPy array of ones; NumPy's default dtype is float64."),
    SourceSpec("np.zeros", "np", frozenset({"shape"}), "float64",
               "np.zeros(shape): a NumPy array of zeros, float64."),
    SourceSpec("np.random.normal", "np", frozenset({"shape", "normal", "seed"}), "float64",
               "np.random.default_rng(seed).normal(mean, stddev, size=shape): NumPy random "
               "values, float64."),
    SourceSpec("np.random.uniform", "np", frozenset({"shape", "uniform", "seed"}), "float64",
               "np.random.default_rng(seed).uniform(minval, maxval, size=shape): NumPy "
               "random values in [minval, maxval), float64."),
    SourceSpec("np.array", "np", frozenset({"literal"}), None,
               "np.array(value): a NumPy array from the numbers typed (ints give int64, "
               "floats float64)."),
)}


@dataclass(frozen=True)
class OpSpec:
    """One operation of the Operations box.

    Attributes:
        key: the name passed to :meth:`Workspace.apply`, e.g. ``"matmul"``.
        label: what the student sees, e.g. ``"tf.matmul(x, y)"``.
        arity: 1 or 2 operands.
        parameter: ``None``, ``"axis"``, ``"shape"`` or ``"dtype"``.
        description: one sentence for a tooltip.
    """

    key: str
    label: str
    arity: int
    parameter: str | None
    description: str


OPS: dict[str, OpSpec] = {spec.key: spec for spec in (
    OpSpec("square", "tf.square(x)", 1, None, "tf.square: each element squared."),
    OpSpec("sqrt", "tf.sqrt(x)", 1, None,
           "tf.sqrt: each element's square root; negative elements give NaN, not an error."),
    OpSpec("exp", "tf.exp(x)", 1, None, "tf.exp: e to the power of each element."),
    OpSpec("log", "tf.math.log(x)", 1, None,
           "tf.math.log: natural logarithm; log(0) is -inf and log of a negative is NaN."),
    OpSpec("relu", "tf.nn.relu(x)", 1, None, "tf.nn.relu: max(x, 0) for each element."),
    OpSpec("abs", "tf.abs(x)", 1, None, "tf.abs: absolute value of each element."),
    OpSpec("+", "x + y", 2, None, "x + y (tf.add): element-wise sum, with broadcasting."),
    OpSpec("-", "x - y", 2, None, "x - y (tf.subtract): element-wise difference."),
    OpSpec("*", "x * y", 2, None, "x * y (tf.multiply): element-wise product, not matmul."),
    OpSpec("/", "x / y", 2, None, "x / y (tf.divide): element-wise true division."),
    OpSpec("matmul", "tf.matmul(x, y)", 2, None,
           "tf.matmul: matrix product; x's last axis must equal y's second-to-last."),
    OpSpec("transpose", "tf.transpose(x)", 1, None, "tf.transpose: reverses the axes."),
    OpSpec("reshape", "tf.reshape(x, shape)", 1, "shape",
           "tf.reshape: same elements in a new shape; one size may be -1."),
    OpSpec("reduce_sum", "tf.reduce_sum(x, axis)", 1, "axis",
           "tf.reduce_sum: sum over an axis (empty = over all elements)."),
    OpSpec("reduce_mean", "tf.reduce_mean(x, axis)", 1, "axis",
           "tf.reduce_mean: mean over an axis (empty = over all elements)."),
    OpSpec("cast", "tf.cast(x, dtype)", 1, "dtype",
           "tf.cast: the same values converted to another dtype (floats to ints truncate)."),
)}

_UNARY_CODE = {
    "square": "tf.square", "sqrt": "tf.sqrt", "exp": "tf.exp", "log": "tf.math.log",
    "relu": "tf.nn.relu", "abs": "tf.abs", "transpose": "tf.transpose",
}
_BINARY_OPERATORS = {
    "+": (operator.add, operator.iadd),
    "-": (operator.sub, operator.isub),
    "*": (operator.mul, operator.imul),
    "/": (operator.truediv, operator.itruediv),
}

#: The notebook's three conversion cells plus the two constructors, as :meth:`convert` keys.
CONVERSIONS = {
    "numpy": "x.numpy(): the tensor's values as a NumPy ndarray (a copy).",
    "np.add": "np.add(x, 1): a NumPy function applied to a tensor returns an ndarray.",
    "tf.multiply": "tf.multiply(x, 42): a TensorFlow op applied to an ndarray returns a tensor "
                   "and keeps its dtype (float64 from NumPy).",
    "tf.Variable": "tf.Variable(x): a variable whose initial value is x; it can be assigned to.",
    "tf.constant": "tf.constant(x): an immutable tensor with x's values and dtype.",
}


@dataclass(frozen=True)
class EntryInfo:
    """What the workspace list shows for one entry.

    Attributes:
        name: the Python name.
        kind: ``"constant"`` (an immutable ``tf.Tensor``), ``"variable"`` (``tf.Variable``),
            ``"ndarray"`` or ``"numpy scalar"``.
        shape: the shape.
        dtype: the dtype's name, e.g. ``"float32"``.
        device: where the value lives, e.g. ``"CPU:0"``; ``"host (NumPy)"`` for arrays.
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
        kind: that entry's kind (see :class:`EntryInfo`), or None.
        value: a NumPy copy of that entry's value (any shape; NumPy dtype), or None.
        dtype: the dtype's name, or None.
        shape: the shape, or None.
        code: the Python line(s) that do the same, in order.
        summary: one line in plain words, e.g. ``"d = b + c: (2, 2) + (2, 2) → (2, 2),
            float32"``.
        warnings: silent surprises worth flagging (NaN from ``tf.sqrt``, an ndarray where a
            tensor was expected, a float truncated into an int array…).
        removed: names that no longer exist after the action (delete, rename).
    """

    action: str
    name: str | None
    kind: str | None
    value: np.ndarray | None
    dtype: str | None
    shape: tuple[int, ...] | None
    code: tuple[str, ...]
    summary: str
    warnings: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass
class _Entry:
    obj: object
    reproducible: bool


@dataclass(frozen=True)
class _Operand:
    obj: object
    code: str
    name: str | None
    dtype: str
    shape: tuple[int, ...]
    reproducible: bool
    values: np.ndarray = field(repr=False)


def _dtype_name(obj) -> str:
    dtype = getattr(obj, "dtype", None)
    if dtype is None:
        return type(obj).__name__
    return getattr(dtype, "name", str(dtype))


def _shape_of(obj) -> tuple[int, ...]:
    return tuple(int(size) for size in obj.shape)


def _short_device(device: str) -> str:
    marker = "device:"
    return device[device.rfind(marker) + len(marker):] if marker in device else device or "—"


def _np_dtype_code(dtype_name: str) -> str:
    # np.bool_ exists in NumPy 1.x and 2.x alike; np.bool only in 2.x.
    return "np.bool_" if dtype_name == "bool" else f"np.{dtype_name}"


def _float_code(value: float) -> str:
    return repr(float(value))


def _count(values: np.ndarray, test: Callable[[np.ndarray], np.ndarray]) -> int:
    if values.dtype.kind not in "fc":
        return 0
    return int(np.count_nonzero(test(values)))


def _broadcast_note(left_shape, right_shape, result_shape) -> str:
    if tuple(left_shape) == tuple(right_shape):
        return ""
    return (f"Broadcasting: {shape_code(left_shape)} and {shape_code(right_shape)} → "
            f"{shape_code(result_shape)}. Shapes are compared from the last axis; an axis of "
            "size 1, or a missing one, is stretched to match.")


class Workspace:
    """Named tensors, variables and NumPy arrays, and the code that made them.

    TensorFlow is imported (once) when the workspace is created. Example::

        workspace = Workspace()
        workspace.create("a", "tf.ones", shape=(2, 2))
        workspace.apply("square", "b", "a")           # b = tf.square(a)
        workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
        workspace.assign("v", "3.", index="0:2, 0")   # v[0:2, 0].assign(3.0)
        print(workspace.script())
    """

    def __init__(self):
        self._tf = import_tensorflow()
        self._entries: dict[str, _Entry] = {}
        self._code: list[str] = []

    # -- reading --------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The entry names, oldest first."""
        return list(self._entries)

    def __contains__(self, name) -> bool:
        return name in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[EntryInfo]:
        """An :class:`EntryInfo` per entry, oldest first."""
        return [self.info(name) for name in self._entries]

    def info(self, name: str) -> EntryInfo:
        """What the workspace list shows for ``name``.

        Raises:
            ValueError: there is no such entry.
        """
        entry = self._entry(name)
        obj = entry.obj
        kind = self._kind(obj)
        device = "host (NumPy)" if kind in ("ndarray", "numpy scalar") else _short_device(
            str(getattr(obj, "device", "") or ""))
        return EntryInfo(name=name, kind=kind, shape=_shape_of(obj), dtype=_dtype_name(obj),
                         device=device, reproducible=entry.reproducible)

    def value(self, name: str) -> np.ndarray:
        """A NumPy copy of ``name``'s value (a 0-d array for scalars).

        Raises:
            ValueError: there is no such entry.
        """
        return self._numpy_copy(self._entry(name).obj)

    def object(self, name: str):
        """The stored object itself (``tf.Tensor``, ``tf.Variable`` or NumPy), for scripts.

        Raises:
            ValueError: there is no such entry.
        """
        return self._entry(name).obj

    def code_lines(self) -> list[str]:
        """The code of every successful action so far, one line per item."""
        return list(self._code)

    def script(self) -> str:
        """A runnable Python script: the imports, then every action's code in order."""
        return "\n".join((*SCRIPT_HEADER, "", *self._code)) + "\n"

    def unused_name(self) -> str:
        """A free name: the first of ``a``…``z`` not taken, else ``t1``, ``t2``…"""
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if letter not in self._entries:
                return letter
        number = 1
        while f"t{number}" in self._entries:
            number += 1
        return f"t{number}"

    def clear(self) -> None:
        """Remove every entry and forget the code."""
        self._entries.clear()
        self._code.clear()

    def replace_all(self, entries: list[tuple[str, object, bool]], code: list[str]) -> None:
        """Replace every entry and the code at once (opening a saved session).

        Args:
            entries: ``(name, obj, reproducible)`` in order; ``obj`` a ``tf.Tensor``,
                ``tf.Variable``, NumPy array or NumPy scalar.
            code: the code lines that made them.

        Raises:
            ValueError: a name is invalid or repeated, or an object is of another type.
                The workspace is unchanged then.
        """
        new: dict[str, _Entry] = {}
        for name, obj, reproducible in entries:
            name = validate_name(name)
            if name in new:
                raise ValueError(f"The name {name!r} appears twice.")
            if self._kind(obj) is None:
                raise ValueError(f"{name} is a {type(obj).__name__}, which the workspace "
                                 "cannot hold.")
            new[name] = _Entry(obj=obj, reproducible=bool(reproducible))
        self._entries = new
        self._code = [str(line) for line in code]

    # -- creating -------------------------------------------------------------------------
    def create(self, name: str, source: str, *, shape=None, dtype: str | None = None,
               literal: str | None = None, mean: float = 0.0, stddev: float = 1.0,
               minval: float = 0.0, maxval: float = 1.0, seed: int | None = None,
               variable: bool = False) -> ActionResult:
        """Make a new entry from one of :data:`SOURCES`.

        Args:
            name: a new Python name (see :func:`~.parsing.validate_name`).
            source: a key of :data:`SOURCES`: ``"tf.ones"``, ``"tf.zeros"``,
                ``"tf.random.normal"``, ``"tf.random.uniform"``, ``"tf.constant"``,
                ``"np.ones"``, ``"np.zeros"``, ``"np.random.normal"``,
                ``"np.random.uniform"`` or ``"np.array"``.
            shape: for the shape-based sources: text such as ``"(2, 3)"`` or a tuple; at
                most :data:`~.parsing.MAX_ELEMENTS` elements.
            dtype: one of :data:`DTYPES`; None = the source's default (float32 for tf,
                float64 for np, inferred from a literal).
            literal: for ``tf.constant``/``np.array``: text such as ``"[[1, 2], [3, 4]]"``.
            mean, stddev: of the normal sources.
            minval, maxval: of the uniform sources (whole numbers for int dtypes).
            seed: None for a new draw every run; an int in ``[0, 2**31)`` makes the draw
                reproducible (``tf.random.stateless_normal(..., seed=(seed, 0))`` or
                ``np.random.default_rng(seed)``).
            variable: wrap the value in ``tf.Variable(initial_value=...)``.

        Returns:
            An :class:`ActionResult` for the new entry.

        Raises:
            ValueError: bad name or arguments, or TensorFlow refused (then a
                :class:`TensorActionError` with TensorFlow's message).
        """
        tf = self._tf
        if source not in SOURCES:
            raise ValueError(f"Source {source!r} is unknown; expected one of "
                             f"{', '.join(SOURCES)}.")
        spec = SOURCES[source]
        name = self._new_name(name)
        if dtype is not None and dtype not in DTYPES:
            raise ValueError(f"Dtype {dtype!r} is not offered; pick one of {', '.join(DTYPES)}.")
        dtype_name = dtype or spec.default_dtype
        seed = self._check_seed(seed) if "seed" in spec.needs else None
        reproducible = seed is not None or "seed" not in spec.needs
        lit: Literal | None = None
        if "literal" in spec.needs:
            if literal is None:
                raise ValueError(f"{source} needs a value, e.g. [[1, 2], [3, 4]].")
            lit = parse_literal(literal, "Value")
        else:
            if shape is None:
                raise ValueError(f"{source} needs a shape, e.g. (2, 3).")
            shape = parse_shape(shape)
        if "normal" in spec.needs:
            mean = self._check_number(mean, "mean")
            stddev = self._check_number(stddev, "stddev")
            if stddev < 0:
                raise ValueError(f"stddev is {stddev}; a standard deviation cannot be negative. "
                                 "Use 1.0 for the standard normal distribution.")
            if dtype_name not in FLOAT_DTYPES:
                raise ValueError(f"{source} draws floating-point numbers; dtype {dtype_name} is "
                                 "not possible. Pick float32, float64 or float16, and cast "
                                 "afterwards if you need another dtype.")
        if "uniform" in spec.needs:
            minval = self._check_number(minval, "minval")
            maxval = self._check_number(maxval, "maxval")
            if not minval < maxval:
                raise ValueError(f"minval ({minval}) must be smaller than maxval ({maxval}); "
                                 "values are drawn from [minval, maxval).")
            if is_int_dtype(dtype_name):
                if spec.library == "np":
                    raise ValueError(f"{source} draws floats; pick a float dtype (NumPy's "
                                     "integers() draws whole numbers).")
                if minval != int(minval) or maxval != int(maxval):
                    raise ValueError(
                        f"With dtype {dtype_name}, minval and maxval must be whole numbers; "
                        f"got {minval} and {maxval}. Type e.g. 0 and 10.")
                minval, maxval = int(minval), int(maxval)
            elif dtype_name not in FLOAT_DTYPES:
                raise ValueError(f"{source} cannot draw {dtype_name} values; pick a float or "
                                 "int dtype.")

        if spec.library == "tf":
            expression, make = self._tf_source(source, shape, dtype_name, dtype, lit, mean,
                                               stddev, minval, maxval, seed)
        else:
            expression, make = self._np_source(source, shape, dtype_name, dtype, lit, mean,
                                               stddev, minval, maxval, seed)
        if variable:
            expression = f"tf.Variable(initial_value={expression})"
        code = f"{name} = {expression}"
        what = f"{source}" + (" as a variable" if variable else "")
        try:
            obj = make()
            if variable:
                obj = tf.Variable(initial_value=obj)
        except Exception as error:  # TensorFlow's or NumPy's refusal, explained below
            raise self._create_error(what, error, dtype_name, lit) from None
        warnings = []
        if seed is None and "seed" in spec.needs:
            warnings.append("No seed: the code draws new random numbers each time it runs. "
                            "Give a seed to get the same numbers every time.")
        return self._commit(source, name, obj, (code,), reproducible, warnings=warnings,
                            summary=f"{code}: {self._describe(obj)}")

    def _tf_source(self, source, shape, dtype_name, dtype, lit, mean, stddev, minval, maxval,
                   seed):
        tf = self._tf
        tf_dtype = tf.as_dtype(dtype_name) if dtype_name else None
        dtype_code = f", dtype=tf.{dtype_name}" if dtype_name and (
            dtype is not None and (lit is not None or dtype_name != "float32")) else ""
        if source in ("tf.ones", "tf.zeros"):
            function = tf.ones if source == "tf.ones" else tf.zeros
            return (f"{source}(shape={shape_code(shape)}{dtype_code})",
                    lambda: function(shape=shape, dtype=tf_dtype))
        if source == "tf.random.normal":
            arguments = f"mean={_float_code(mean)}, stddev={_float_code(stddev)}{dtype_code}"
            if seed is None:
                return (f"tf.random.normal(shape={shape_code(shape)}, {arguments})",
                        lambda: tf.random.normal(shape=shape, mean=mean, stddev=stddev,
                                                 dtype=tf_dtype))
            return (f"tf.random.stateless_normal(shape={shape_code(shape)}, seed=({seed}, 0), "
                    f"{arguments})",
                    lambda: tf.random.stateless_normal(shape=shape, seed=(seed, 0), mean=mean,
                                                       stddev=stddev, dtype=tf_dtype))
        if source == "tf.random.uniform":
            bounds = (f"minval={minval!r}, maxval={maxval!r}" if isinstance(minval, int)
                      else f"minval={_float_code(minval)}, maxval={_float_code(maxval)}")
            if seed is None:
                return (f"tf.random.uniform(shape={shape_code(shape)}, {bounds}{dtype_code})",
                        lambda: tf.random.uniform(shape=shape, minval=minval, maxval=maxval,
                                                  dtype=tf_dtype))
            return (f"tf.random.stateless_uniform(shape={shape_code(shape)}, seed=({seed}, 0), "
                    f"{bounds}{dtype_code})",
                    lambda: tf.random.stateless_uniform(shape=shape, seed=(seed, 0),
                                                        minval=minval, maxval=maxval,
                                                        dtype=tf_dtype))
        # tf.constant
        return (f"tf.constant({lit.code}{dtype_code})",
                lambda: tf.constant(lit.value, dtype=tf_dtype))

    @staticmethod
    def _np_source(source, shape, dtype_name, dtype, lit, mean, stddev, minval, maxval, seed):
        np_dtype = np.dtype(dtype_name) if dtype_name else None
        custom = dtype is not None and (lit is not None or dtype_name != "float64")
        dtype_code = f", dtype={_np_dtype_code(dtype_name)}" if custom else ""
        if source in ("np.ones", "np.zeros"):
            function = np.ones if source == "np.ones" else np.zeros
            return (f"{source}({shape_code(shape)}{dtype_code})",
                    lambda: function(shape, dtype=np_dtype))
        if source == "np.array":
            return (f"np.array({lit.code}{dtype_code})",
                    lambda: np.array(lit.value, dtype=np_dtype))
        generator = "np.random.default_rng()" if seed is None else (
            f"np.random.default_rng({seed})")
        astype = f".astype({_np_dtype_code(dtype_name)})" if custom else ""

        def draw():
            rng = np.random.default_rng(seed)
            if source == "np.random.normal":
                values = rng.normal(mean, stddev, size=shape)
            else:
                values = rng.uniform(minval, maxval, size=shape)
            return values.astype(np_dtype) if custom else values

        if source == "np.random.normal":
            call = f"normal({_float_code(mean)}, {_float_code(stddev)}, size={shape_code(shape)})"
        else:
            call = (f"uniform({_float_code(minval)}, {_float_code(maxval)}, "
                    f"size={shape_code(shape)})")
        return f"{generator}.{call}{astype}", draw

    def _create_error(self, what, error, dtype_name, lit) -> TensorActionError:
        message = str(error)
        if lit is not None and "Cannot convert" in message:
            return TensorActionError(
                f"{what} could not make a {dtype_name} tensor from {lit.code:.80}.",
                error_text(error),
                f"TensorFlow does not drop fractions silently: a {dtype_name} tensor accepts "
                "whole numbers only, written without a decimal point.",
                "Pick a float dtype, or type whole numbers (2, not 2.0 or 2.5).")
        if lit is not None and "mixed types" in message:
            return TensorActionError(
                f"{what} could not make a tensor from {lit.code:.80}.", error_text(error),
                "A tensor has one dtype; True/False and numbers cannot be mixed.",
                "Use only numbers, or only True/False.")
        return TensorActionError(f"{what} failed.", error_text(error),
                                 "TensorFlow refused these arguments; its message says which.",
                                 "Check the shape, dtype and values.")

    # -- variables ------------------------------------------------------------------------
    def assign(self, name: str, value: str, *, method: str = "assign",
               index=None) -> ActionResult:
        """Change a variable in place: ``v.assign(x)``, ``v[index].assign(x)``,
        ``v.assign_add(x)`` or ``v.assign_sub(x)``.

        TensorFlow's rules hold: ``assign``/``assign_add``/``assign_sub`` need a value of
        exactly the variable's shape (a scalar is not broadcast) and a dtype it converts to
        without loss; a slice assign broadcasts the value to the slice's shape.

        Args:
            name: the variable's name.
            value: the name of an entry, or a literal such as ``"3."`` or ``"[[1.], [2.]]"``.
            method: ``"assign"``, ``"assign_add"`` or ``"assign_sub"``.
            index: for ``assign`` only: NumPy-style slice text such as ``"0:2, 0"`` (see
                :func:`~.parsing.parse_index`), a tuple, or None for the whole variable.

        Returns:
            An :class:`ActionResult` for the variable.

        Raises:
            ValueError: bad arguments, ``name`` is not a variable, or TensorFlow refused
                (a :class:`TensorActionError`); the variable is unchanged.
        """
        if method not in ("assign", "assign_add", "assign_sub"):
            raise ValueError(f"Method {method!r} is unknown; expected assign, assign_add or "
                             "assign_sub.")
        entry = self._entry(name)
        if isinstance(index, str):
            index = parse_index(index)
        if index is not None and method != "assign":
            raise ValueError(f"{method} changes the whole variable; a slice works with assign "
                             f"only, e.g. {name}[0:2, 0].assign(3.0).")
        operand = self._operand(value, "Value")
        target = f"{name}[{index_code(index)}]" if index is not None else name
        code = f"{target}.{method}({operand.code})"
        obj = entry.obj
        kind = self._kind(obj)
        if kind != "variable":
            # Let Python/TensorFlow raise what it really raises, then explain it.
            try:
                getattr(obj if index is None else obj.__getitem__(index), method)
            except Exception as error:
                raise self._not_a_variable_error(name, kind, code, error) from None
        before = self._numpy_copy(obj) if kind == "variable" else None
        try:
            if index is not None:
                obj[index].assign(operand.obj)
            else:
                getattr(obj, method)(operand.obj)
        except Exception as error:
            if before is not None and not np.array_equal(self._numpy_copy(obj), before,
                                                         equal_nan=before.dtype.kind in "fc"):
                obj.assign(before)
            raise self._assign_error(name, entry, method, index, operand, code,
                                     error) from None
        entry.reproducible = entry.reproducible and operand.reproducible
        self._code.append(code)
        return self._result(method if index is None else "slice assign", name, (code,),
                            summary=f"{code}: {self._describe(obj)}")

    def set_item(self, name: str, index, text: str) -> ActionResult:
        """Change one element, as a cell edit in the table does.

        A constant cannot change: this tries ``t[index] = value`` for real and raises
        TensorFlow's ``'EagerTensor' object does not support item assignment``, explained.
        A variable does ``v[i, j].assign(value)``; a NumPy array does ``x[i, j] = value``.

        Args:
            name: the entry.
            index: a tuple of ints, one per axis, inside the shape.
            text: the new value, a number such as ``"3.5"``, ``"-2"`` or ``"True"``.

        Returns:
            An :class:`ActionResult` for the entry.

        Raises:
            ValueError: bad index or value, or the change was refused (a
                :class:`TensorActionError`); the entry is unchanged.
        """
        entry = self._entry(name)
        obj = entry.obj
        shape = _shape_of(obj)
        index = self._check_element_index(index, shape)
        literal = parse_literal(text, "Cell value")
        if not literal.is_scalar:
            raise ValueError(f"A cell holds one number; got {literal.code:.60} with shape "
                             f"{shape_code(literal.shape)}. Type a single number.")
        kind = self._kind(obj)
        position = index_code(index) if index else "..."
        if kind == "variable":
            code = (f"{name}[{position}].assign({literal.code})" if index
                    else f"{name}.assign({literal.code})")
            try:
                if index:
                    obj[index].assign(literal.value)
                else:
                    obj.assign(literal.value)
            except Exception as error:
                raise self._assign_error(name, entry, "assign", index or None,
                                         self._literal_operand(literal), code, error) from None
            self._code.append(code)
            return self._result("cell assign", name, (code,),
                                summary=f"{code}: {self._describe(obj)}")
        code = f"{name}[{position}] = {literal.code}"
        if kind == "ndarray":
            changed = obj.copy()
            try:
                changed[index] = literal.value
            except Exception as error:
                raise TensorActionError(
                    f"{code} was refused by NumPy.", error_text(error),
                    f"{name} is {_dtype_name(obj)}; the value does not fit in it.",
                    "Type a value that fits the dtype, or convert the array with .astype().",
                ) from None
            warnings = []
            stored = changed[index]
            if obj.dtype.kind in "iub" and float(stored) != float(literal.value):
                warnings.append(
                    f"NumPy stored {stored.item()!r} because {name} is {obj.dtype.name}: it "
                    f"converted {literal.code} silently. TensorFlow would refuse instead.")
            entry.obj = changed
            self._code.append(code)
            return self._result("item assignment", name, (code,), warnings=warnings,
                                summary=f"{code}: {self._describe(changed)}")
        # A constant (or a NumPy scalar): do it for real, so the student sees the real error.
        try:
            trial = obj
            trial[index] = literal.value
        except Exception as error:
            raise self._immutable_error(name, kind, code, index, literal, error) from None
        raise TensorActionError(f"{code} is not allowed on a {kind}.")  # pragma: no cover

    # -- operations -----------------------------------------------------------------------
    def apply(self, op: str, result: str, x: str, y: str | None = None, *, axis=None,
              shape=None, dtype: str | None = None) -> ActionResult:
        """Apply one of :data:`OPS` and store the result under ``result``.

        Args:
            op: a key of :data:`OPS`.
            result: the result's name: a new name, or one of the operands' (``e *= d``
                when ``result`` is ``x`` and op is ``+ - * /``).
            x: the first operand: an entry name or a literal such as ``"2."``.
            y: the second operand of binary ops.
            axis: for ``reduce_sum``/``reduce_mean``: None, an int, a tuple, or text.
            shape: for ``reshape``: the new shape (text or tuple; one -1 allowed).
            dtype: for ``cast``: one of :data:`DTYPES`.

        Returns:
            An :class:`ActionResult` for the result entry; ``summary`` shows the shapes in
            and out (and broadcasting), ``warnings`` flags NaN/inf that appeared and
            int-to-float division.

        Raises:
            ValueError: bad arguments, a result over the size cap, or TensorFlow refused
                (a :class:`TensorActionError`); the workspace is unchanged.
        """
        tf = self._tf
        if op not in OPS:
            raise ValueError(f"Operation {op!r} is unknown; expected one of {', '.join(OPS)}.")
        spec = OPS[op]
        if spec.arity == 2 and y is None:
            raise ValueError(f"{spec.label} needs two operands, x and y.")
        left = self._operand(x, "x")
        right = self._operand(y, "y") if spec.arity == 2 else None
        operand_names = {operand.name for operand in (left, right)
                         if operand is not None and operand.name}
        if op in _BINARY_OPERATORS and not operand_names:
            # Python would add two lists by joining them, or two numbers without TensorFlow.
            raise ValueError(
                f"{spec.label}: at least one operand must be a workspace entry (its name); "
                f"got {left.code:.40} and {right.code:.40}. With two plain numbers or lists "
                "Python computes without TensorFlow. Create a tensor first.")
        result = validate_name(result)
        if result in self._entries and result not in operand_names:
            raise ValueError(self._taken_message(result))

        def render(left_code, right_code):
            if op == "matmul":
                return f"{result} = tf.matmul({left_code}, {right_code})"
            if left_code == result:
                return f"{result} {op}= {right_code}"
            return f"{result} = {left_code} {op} {right_code}"

        if op in _BINARY_OPERATORS:
            in_place = result == left.name
            code = render(left.code, right.code)
            function = _BINARY_OPERATORS[op][1 if in_place else 0]
            first = left.obj.copy() if in_place and isinstance(left.obj, np.ndarray) else left.obj
            out_shape = self._predict_broadcast(left.shape, right.shape)

            def run():
                return function(first, right.obj)
        elif op == "matmul":
            code = render(left.code, right.code)
            out_shape = self._predict_matmul(left.shape, right.shape)

            def run():
                return tf.matmul(left.obj, right.obj)
        elif op in _UNARY_CODE:
            function = {"square": tf.square, "sqrt": tf.sqrt, "exp": tf.exp,
                        "log": tf.math.log, "relu": tf.nn.relu, "abs": tf.abs,
                        "transpose": tf.transpose}[op]
            code = f"{result} = {_UNARY_CODE[op]}({left.code})"
            out_shape = left.shape

            def run():
                return function(left.obj)
        elif op == "reshape":
            if shape is None:
                raise ValueError("tf.reshape needs a shape, e.g. (4, 1) or (-1,).")
            new_shape = parse_shape(shape, allow_unknown=True)
            code = f"{result} = tf.reshape({left.code}, {shape_code(new_shape)})"
            out_shape = left.shape

            def run():
                return tf.reshape(left.obj, new_shape)
        elif op in ("reduce_sum", "reduce_mean"):
            reduce_axis = parse_axis(axis)
            function = tf.reduce_sum if op == "reduce_sum" else tf.reduce_mean
            axis_code = "" if reduce_axis is None else f", axis={reduce_axis!r}"
            code = f"{result} = tf.{op}({left.code}{axis_code})"
            out_shape = left.shape

            def run():
                return function(left.obj, axis=reduce_axis)
        else:  # cast
            if dtype not in DTYPES:
                raise ValueError(f"tf.cast needs a dtype, one of {', '.join(DTYPES)}; got "
                                 f"{dtype!r}.")
            code = f"{result} = tf.cast({left.code}, tf.{dtype})"
            out_shape = left.shape
            target = tf.as_dtype(dtype)

            def run():
                return tf.cast(left.obj, target)

        if out_shape is not None and math.prod(out_shape) > MAX_ELEMENTS:
            raise ValueError(
                f"{code}: the result would have shape {shape_code(out_shape)}, "
                f"{math.prod(out_shape):,} elements; at most {MAX_ELEMENTS:,} are accepted. "
                "Use smaller operands.")
        try:
            obj = run()
        except Exception as error:
            raise self._op_error(spec, op, code, left, right, error, render) from None
        if self._kind(obj) is None:
            raise TensorActionError(f"{code} returned a {type(obj).__name__}, which the "
                                    "workspace cannot hold.")
        values = self._numpy_copy(obj)
        warnings = self._op_warnings(op, left, right, values, obj)
        inputs = ", ".join(shape_code(operand.shape) for operand in (left, right) if operand)
        if op in _BINARY_OPERATORS:
            shapes = f"{shape_code(left.shape)} {op} {shape_code(right.shape)}"
        else:
            shapes = inputs
        summary = (f"{code}: {shapes} → {shape_code(_shape_of(obj))}, {_dtype_name(obj)}"
                   + ("" if self._kind(obj) == "constant" else f" ({self._kind(obj)})"))
        if op in _BINARY_OPERATORS:
            note = _broadcast_note(left.shape, right.shape, _shape_of(obj))
            if note:
                summary += "\n" + note
        reproducible = left.reproducible and (right is None or right.reproducible)
        return self._commit(op, result, obj, (code,), reproducible, warnings=warnings,
                            summary=summary, values=values)

    # -- conversions ----------------------------------------------------------------------
    def convert(self, conversion: str, source: str, result: str) -> ActionResult:
        """One of :data:`CONVERSIONS`, applied to the entry ``source``.

        Args:
            conversion: ``"numpy"`` (``x.numpy()``), ``"np.add"`` (``np.add(x, 1)``),
                ``"tf.multiply"`` (``tf.multiply(x, 42)``), ``"tf.Variable"`` or
                ``"tf.constant"``.
            source: the entry's name.
            result: the new entry's name (or ``source`` to replace it).

        Returns:
            An :class:`ActionResult`; ``warnings`` says when a NumPy function turned a
            tensor into an ndarray, or a TensorFlow op kept NumPy's float64.

        Raises:
            ValueError: bad arguments or the conversion failed (a
                :class:`TensorActionError`); the workspace is unchanged.
        """
        tf = self._tf
        if conversion not in CONVERSIONS:
            raise ValueError(f"Conversion {conversion!r} is unknown; expected one of "
                             f"{', '.join(CONVERSIONS)}.")
        entry = self._entry(source)
        result = validate_name(result)
        if result in self._entries and result != source:
            raise ValueError(self._taken_message(result))
        obj = entry.obj
        calls = {
            "numpy": (f"{source}.numpy()", lambda: obj.numpy()),
            "np.add": (f"np.add({source}, 1)", lambda: np.add(obj, 1)),
            "tf.multiply": (f"tf.multiply({source}, 42)", lambda: tf.multiply(obj, 42)),
            "tf.Variable": (f"tf.Variable({source})", lambda: tf.Variable(obj)),
            "tf.constant": (f"tf.constant({source})", lambda: tf.constant(obj)),
        }
        expression, make = calls[conversion]
        code = f"{result} = {expression}"
        kind = self._kind(obj)
        try:
            new = make()
        except Exception as error:
            if conversion == "numpy":
                raise TensorActionError(
                    f"{code}: {source} is a {kind}, which has no .numpy() method.",
                    error_text(error),
                    ".numpy() turns a TensorFlow tensor or variable into a NumPy array; "
                    f"{source} already is NumPy.",
                    f"Use {source} directly, or make a tensor: tf.constant({source}).",
                ) from None
            raise TensorActionError(f"{code} failed.", error_text(error),
                                    "TensorFlow could not convert this value.",
                                    "Check the entry's dtype.") from None
        warnings = []
        new_kind = self._kind(new)
        if conversion == "np.add" and kind in ("constant", "variable"):
            warnings.append(
                f"np.add returned a NumPy {type(new).__name__}, not a tensor: NumPy functions "
                f"turn tensors into arrays. type({result}) is numpy.{type(new).__name__}.")
        if conversion == "tf.multiply" and kind in ("ndarray", "numpy scalar"):
            warnings.append(
                f"tf.multiply returned a tensor, and it kept NumPy's dtype "
                f"{_dtype_name(new)}; TensorFlow's own default is float32.")
        if conversion == "numpy":
            warnings.append(f"{result} is a copy: changing it does not change {source}.")
        summary = (f"{code}: {kind} → {new_kind}, shape {shape_code(_shape_of(new))}, "
                   f"{_dtype_name(new)}")
        return self._commit(conversion, result, new, (code,), entry.reproducible,
                            warnings=warnings, summary=summary)

    # -- managing entries -----------------------------------------------------------------
    def delete(self, name: str) -> ActionResult:
        """Remove ``name`` (``del name``).

        Raises:
            ValueError: there is no such entry.
        """
        self._entry(name)
        code = f"del {name}"
        del self._entries[name]
        self._code.append(code)
        return ActionResult(action="delete", name=None, kind=None, value=None, dtype=None,
                            shape=None, code=(code,), summary=f"{code}: {name} is gone.",
                            removed=(name,))

    def rename(self, name: str, new_name: str) -> ActionResult:
        """Give ``name`` a new name (``new_name = name; del name``); its place in the list
        and its value stay.

        Raises:
            ValueError: there is no such entry, or the new name is invalid or taken.
        """
        entry = self._entry(name)
        new_name = validate_name(new_name)
        if new_name == name:
            raise ValueError(f"{name} already has that name; type a different one.")
        if new_name in self._entries:
            raise ValueError(self._taken_message(new_name))
        code = (f"{new_name} = {name}", f"del {name}")
        self._entries = {(new_name if key == name else key): value
                         for key, value in self._entries.items()}
        self._code.extend(code)
        del entry
        result = self._result("rename", new_name, code,
                              summary=f"{name} is now called {new_name}.")
        return dataclasses.replace(result, removed=(name,))

    # -- helpers --------------------------------------------------------------------------
    def _entry(self, name) -> _Entry:
        if not isinstance(name, str) or name not in self._entries:
            known = ", ".join(self._entries) or "none yet"
            raise ValueError(f"There is no entry named {name!r}. Entries: {known}.")
        return self._entries[name]

    def _kind(self, obj) -> str | None:
        tf = self._tf
        if isinstance(obj, tf.Variable):
            return "variable"
        if isinstance(obj, tf.Tensor):
            return "constant"
        if isinstance(obj, np.ndarray):
            return "ndarray"
        if isinstance(obj, np.generic):
            return "numpy scalar"
        return None

    def _numpy_copy(self, obj) -> np.ndarray:
        if isinstance(obj, (np.ndarray, np.generic)):
            return np.array(obj, copy=True)
        return np.array(obj.numpy(), copy=True)

    def _describe(self, obj) -> str:
        return f"{self._kind(obj)}, shape {shape_code(_shape_of(obj))}, {_dtype_name(obj)}"

    def _new_name(self, name) -> str:
        name = validate_name(name)
        if name in self._entries:
            raise ValueError(self._taken_message(name))
        return name

    @staticmethod
    def _taken_message(name: str) -> str:
        return (f"The name {name!r} is already taken. Pick another name, or delete or rename "
                f"the existing {name} first. (An operation may reuse one of its inputs' "
                "names, as in e *= d.)")

    @staticmethod
    def _check_seed(seed):
        if seed is None:
            return None
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
            raise ValueError(f"Seed {seed!r} is not a whole number; type e.g. 42, or leave it "
                             "empty for a new draw each time.")
        if not 0 <= int(seed) < 2**31:
            raise ValueError(f"Seed {seed} is out of range; use 0 to {2**31 - 1}.")
        return int(seed)

    @staticmethod
    def _check_number(value, what: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer,
                                                             np.floating)):
            raise ValueError(f"{what} must be a number; got {value!r:.40}.")
        value = float(value)
        if not math.isfinite(value):
            raise ValueError(f"{what} must be finite; got {value}.")
        return value

    @staticmethod
    def _check_element_index(index, shape) -> tuple[int, ...]:
        if isinstance(index, (int, np.integer)) and not isinstance(index, bool):
            index = (index,)
        if not isinstance(index, tuple) or any(
                isinstance(item, bool) or not isinstance(item, (int, np.integer))
                for item in index):
            raise ValueError(f"Element index {index!r:.60} must be a tuple of whole numbers, "
                             "one per axis.")
        if len(index) != len(shape):
            raise ValueError(f"Element index {index!r} has {len(index)} numbers; the shape "
                             f"{shape_code(shape)} needs {len(shape)}.")
        for axis, (item, size) in enumerate(zip(index, shape, strict=True)):
            if not -size <= item < size:
                raise ValueError(f"Element index {index!r}: {item} is outside axis {axis} "
                                 f"(size {size}).")
        return tuple(int(item) for item in index)

    def _operand(self, text, what: str) -> _Operand:
        if text is None:
            raise ValueError(f"{what}: nothing was given; type an entry name or a number.")
        if not isinstance(text, str):
            text = repr(text)
        stripped = text.strip()
        if stripped.isidentifier() and stripped not in ("True", "False"):
            entry = self._entry(stripped)
            obj = entry.obj
            return _Operand(obj=obj, code=stripped, name=stripped, dtype=_dtype_name(obj),
                            shape=_shape_of(obj), reproducible=entry.reproducible,
                            values=self._numpy_copy(obj))
        try:
            literal = parse_literal(stripped, what)
        except ValueError as error:
            raise ValueError(f"{error} Or type the name of an entry "
                             f"({', '.join(self._entries) or 'none yet'}).") from None
        return self._literal_operand(literal)

    @staticmethod
    def _literal_operand(literal: Literal) -> _Operand:
        return _Operand(obj=literal.value, code=literal.code, name=None,
                        dtype=literal.array.dtype.name, shape=literal.shape,
                        reproducible=True, values=literal.array)

    @staticmethod
    def _predict_broadcast(left_shape, right_shape):
        try:
            return tuple(np.broadcast_shapes(tuple(left_shape), tuple(right_shape)))
        except ValueError:
            return None  # TensorFlow raises its own "Incompatible shapes" error

    @staticmethod
    def _predict_matmul(left_shape, right_shape):
        if len(left_shape) < 2 or len(right_shape) < 2:
            return None
        try:
            batch = np.broadcast_shapes(tuple(left_shape[:-2]), tuple(right_shape[:-2]))
        except ValueError:
            return None
        return (*batch, left_shape[-2], right_shape[-1])

    def _commit(self, action, name, obj, code, reproducible, *, warnings=(), summary="",
                values=None) -> ActionResult:
        if self._kind(obj) is None:
            raise TensorActionError(f"{code[0]} made a {type(obj).__name__}, which the workspace "
                                    "cannot hold.")
        self._entries[name] = _Entry(obj=obj, reproducible=reproducible)
        self._code.extend(code)
        return self._result(action, name, code, warnings=warnings, summary=summary,
                            values=values)

    def _result(self, action, name, code, *, warnings=(), summary="", values=None):
        obj = self._entries[name].obj
        return ActionResult(action=action, name=name, kind=self._kind(obj),
                            value=self._numpy_copy(obj) if values is None else values,
                            dtype=_dtype_name(obj), shape=_shape_of(obj), code=tuple(code),
                            summary=summary, warnings=tuple(warnings))

    # -- explanations ---------------------------------------------------------------------
    def _op_warnings(self, op, left, right, values, obj) -> list[str]:
        warnings = []
        operands = [operand for operand in (left, right) if operand is not None]
        new_nan = _count(values, np.isnan) - sum(_count(o.values, np.isnan) for o in operands)
        new_inf = _count(values, np.isinf) - sum(_count(o.values, np.isinf) for o in operands)
        if new_nan > 0 and op == "sqrt":
            warnings.append(
                f"tf.sqrt of a negative number gives NaN (not a number), without an error: "
                f"{new_nan} of {values.size} values are NaN. Check for negatives first, e.g. "
                f"tf.reduce_min({left.code}), or use tf.abs.")
        elif new_nan > 0 and op == "log":
            warnings.append(f"tf.math.log of a negative number gives NaN, without an error: "
                            f"{new_nan} of {values.size} values are NaN.")
        elif new_nan > 0:
            warnings.append(f"{new_nan} of {values.size} values are NaN (not a number); "
                            "TensorFlow raised no error.")
        if new_inf > 0:
            cause = {"log": " (tf.math.log(0) is -inf)", "/": " (division by zero)",
                     "exp": " (the result is too large for the dtype)"}.get(op, "")
            warnings.append(f"{new_inf} of {values.size} values are infinite{cause}; "
                            "TensorFlow raised no error.")
        if op == "/" and all(is_int_dtype(o.dtype) for o in operands if o.name) and \
                is_float_dtype(_dtype_name(obj)):
            warnings.append(f"/ on int tensors is true division: the result is "
                            f"{_dtype_name(obj)}. Use tf.math.floordiv (//) for whole numbers.")
        result_dtype = _dtype_name(obj)
        if self._kind(obj) in ("constant", "variable"):
            for operand in operands:
                if operand.name and self._kind(operand.obj) in ("ndarray", "numpy scalar") \
                        and operand.dtype != result_dtype and op != "cast":
                    warnings.append(
                        f"The NumPy array {operand.code} ({operand.dtype}) was converted to "
                        f"{result_dtype} silently to match the tensor. A {operand.dtype} "
                        "tensor would have raised a dtype error instead.")
        if self._kind(obj) in ("ndarray", "numpy scalar") and any(
                self._kind(o.obj) in ("constant", "variable") for o in operands):
            warnings.append("The result is a NumPy array, not a tensor.")
        return warnings

    def _op_error(self, spec, op, code, left, right, error, render) -> TensorActionError:
        message = str(error)
        tf_text = error_text(error)
        names = f"{left.code:.30}" + (f" and {right.code:.30}" if right else "")
        dtypes = kernel_dtypes(message)
        dtype_problem = dtypes is not None or "Tensor conversion requested dtype" in message \
            or ("Cannot convert" in message and "dtype" in message)
        if dtype_problem and right is not None and left.name and right.name \
                and left.dtype != right.dtype:
            side, target = cast_target(left.dtype, right.dtype)
            cast = right if side == "right" else left
            other = left if side == "right" else right
            casted = f"tf.cast({cast.code}, tf.{target})"
            fixed = render(casted, right.code) if side == "left" else render(left.code, casted)
            return TensorActionError(
                f"{code}: {left.code} is {left.dtype} and {right.code} is {right.dtype}.",
                tf_text,
                f"TensorFlow never converts dtypes silently; both operands of {spec.label} "
                f"must have the same dtype. {other.code} is {other.dtype}"
                + (" (TensorFlow's default)" if other.dtype == "float32" else "")
                + f", {cast.code} is {cast.dtype}"
                + (" (NumPy's default)" if cast.dtype == "float64" else "") + ".",
                f"{fixed}   (or make {casted} first with the cast operation).")
        if dtype_problem and right is not None and (left.name is None or right.name is None):
            entry, number = (left, right) if left.name else (right, left)
            return TensorActionError(
                f"{code}: the number {number.code:.40} does not fit {entry.code}'s dtype "
                f"{entry.dtype}.", tf_text,
                f"TensorFlow converts a Python number to the tensor's dtype, and refuses when "
                f"that would drop a fraction ({entry.dtype} holds whole numbers).",
                f"Type a whole number, or cast first: tf.cast({entry.code}, tf.float32).")
        if "Incompatible shapes" in message:
            return TensorActionError(
                f"{code}: shapes {shape_code(left.shape)} and {shape_code(right.shape)} do not "
                "broadcast.", tf_text,
                "Broadcasting compares sizes from the last axis: each pair must be equal, or "
                "one of them 1 (or missing).",
                f"Reshape one operand so its sizes line up, e.g. tf.reshape({right.code}, "
                f"{shape_code((*right.shape, 1))}), or pick operands of the same shape.")
        if op == "matmul" and ("size-incompatible" in message or "ndims" in message
                               or "rank" in message.lower()):
            if len(left.shape) < 2 or len(right.shape) < 2:
                small = left if len(left.shape) < 2 else right
                return TensorActionError(
                    f"{code}: {small.code} has shape {shape_code(small.shape)}; tf.matmul "
                    "needs matrices (rank 2 or more).", tf_text,
                    "A matrix product pairs rows with columns, so both operands need two axes.",
                    f"Reshape it first: tf.reshape({small.code}, (1, -1)) for a row or "
                    f"tf.reshape({small.code}, (-1, 1)) for a column.")
            if left.shape[-1] == right.shape[-1]:
                fix = (f"Transpose {right.code}: {render(left.code, f'tf.transpose({right.code})')}"
                       ", or use * for an element-wise product.")
            elif left.shape[-2] == right.shape[-2]:
                fix = (f"Transpose {left.code}: {render(f'tf.transpose({left.code})', right.code)}"
                       ", or use * for an element-wise product.")
            else:
                fix = ("Pick operands whose inner sizes match, or reshape one of them; "
                       "use * for an element-wise product.")
            return TensorActionError(
                f"{code}: {left.code} is {shape_code(left.shape)} and {right.code} is "
                f"{shape_code(right.shape)}; {left.shape[-1]} ≠ {right.shape[-2]}.", tf_text,
                "tf.matmul(x, y) needs x's last axis to have the same size as y's "
                "second-to-last axis: (n, k) @ (k, m) → (n, m).", fix)
        if "not in the list of allowed values" in message:
            bad = left.dtype if right is None or left.name else right.dtype
            return TensorActionError(
                f"{code}: {spec.label} does not accept {bad} values.", tf_text,
                f"Each TensorFlow op works on a fixed set of dtypes; {bad} is not one of "
                f"{spec.label}'s.",
                f"Cast first: tf.cast({left.code}, tf.float32).")
        if op == "reshape":
            return TensorActionError(
                f"{code}: {left.code} has {math.prod(left.shape)} elements.", tf_text,
                "tf.reshape keeps every element, so the new sizes must multiply to the same "
                "number.",
                "Pick sizes whose product is the element count, or put -1 for one axis.")
        if op in ("reduce_sum", "reduce_mean"):
            rank = len(left.shape)
            return TensorActionError(
                f"{code}: {left.code} has rank {rank}, so axis must be between {-rank} and "
                f"{rank - 1}.", tf_text, "An axis numbers a dimension of the shape, from 0.",
                "Pick an axis in that range, or leave it empty to reduce over all elements.")
        if isinstance(error, RuntimeError) and "Variable" in message:
            return TensorActionError(
                f"{code}: {left.code} is a variable.", tf_text,
                "An in-place operator on a variable would silently replace it by a new "
                "tensor, so TensorFlow forbids it.",
                f"{left.code}.assign({left.code} {op} {right.code}) changes the variable; or "
                "pick a new result name.")
        if type(error).__name__ == "UFuncTypeError":
            return TensorActionError(
                f"{code}: NumPy cannot store the result in {left.code} ({left.dtype}) in "
                "place.", tf_text,
                "An in-place NumPy operator keeps the array's dtype and refuses a result that "
                "does not fit it.",
                f"Pick a new result name ({left.code} {op} {right.code} makes a new array).")
        return TensorActionError(f"{code} failed on {names}.", tf_text,
                                 "TensorFlow refused the operation; its message says why.",
                                 "Check the operands' shapes and dtypes.")

    def _assign_error(self, name, entry, method, index, operand, code,
                      error) -> TensorActionError:
        message = str(error)
        tf_text = error_text(error)
        obj = entry.obj
        shape = _shape_of(obj)
        dtype = _dtype_name(obj)
        if "Shape mismatch" in message or "shapes must be equal" in message:
            return TensorActionError(
                f"{code}: {name} has shape {shape_code(shape)}, the value has shape "
                f"{shape_code(operand.shape)}.", tf_text,
                f"{method} replaces or updates the whole variable, so the value must have "
                "exactly the variable's shape; a scalar is not broadcast.",
                f"Give a value of shape {shape_code(shape)}, e.g. {operand.code} * "
                f"tf.ones({shape_code(shape)})" + (
                    f", or assign through a slice, which broadcasts: {name}[...].assign("
                    f"{operand.code})." if method == "assign" else "."))
        if "Cannot broadcast" in message:
            try:
                slice_shape = np.broadcast_to(np.zeros((), dtype=np.int8), shape)[index].shape
            except (IndexError, TypeError, ValueError):
                slice_shape = None
            where = (f"the slice {name}[{index_code(index)}] has shape "
                     f"{shape_code(slice_shape)}" if slice_shape is not None else "the slice")
            return TensorActionError(
                f"{code}: {where}; the value has shape {shape_code(operand.shape)}.", tf_text,
                "A slice assign broadcasts the value to the slice's shape: the value may be a "
                "scalar or have a shape that stretches to it (sizes equal or 1, from the last "
                "axis), never more elements.",
                "Assign a scalar, or a value with the slice's shape"
                + (f" {shape_code(slice_shape)}" if slice_shape is not None else "") + ".")
        if ("Cannot convert" in message and "dtype" in message) or \
                "Tensor conversion requested dtype" in message:
            if is_int_dtype(dtype) and operand.name is None:
                return TensorActionError(
                    f"{code}: {name} is {dtype} and the value {operand.code:.40} is not written "
                    "as a whole number.", tf_text,
                    "TensorFlow does not convert floats into an int variable, not even 2.0: "
                    "int vs float must match.",
                    f"Type a whole number without a decimal point, or use a float variable: "
                    f"tf.Variable(tf.cast({name}, tf.float32)).")
            return TensorActionError(
                f"{code}: {name} is {dtype}, the value is {operand.dtype}.", tf_text,
                "A variable keeps its dtype; TensorFlow does not convert tensors between "
                "dtypes silently.",
                f"{name}.{method}(tf.cast({operand.code}, tf.{dtype})).")
        if "out of bounds" in message or "out of range" in message:
            return TensorActionError(
                f"{code}: the index is outside {name}'s shape {shape_code(shape)}.", tf_text,
                "Indices count from 0; an axis of size n has indices 0 … n-1 (or -n … -1).",
                "Use indices inside the shape.")
        return TensorActionError(f"{code} failed.", tf_text,
                                 "TensorFlow refused the assignment; its message says why.",
                                 f"Check the value's shape and dtype against {name}'s "
                                 f"{shape_code(shape)}, {dtype}.")

    def _not_a_variable_error(self, name, kind, code, error) -> TensorActionError:
        if kind in ("ndarray", "numpy scalar"):
            return TensorActionError(
                f"{code}: {name} is a NumPy {kind}, not a variable.", error_text(error),
                "assign belongs to tf.Variable. NumPy arrays change by item assignment.",
                f"{name}[...] = value, or make a variable: v = tf.Variable({name}).")
        return TensorActionError(
            f"{code}: {name} is a constant, not a variable.", error_text(error),
            IMMUTABLE_EXPLANATION + " Only a tf.Variable has assign, assign_add and assign_sub.",
            f"Make a variable from it first: {name}_var = tf.Variable({name}), then "
            f"{name}_var.{code.split('.', 1)[1] if '.' in code else 'assign(...)'}.")

    def _immutable_error(self, name, kind, code, index, literal, error) -> TensorActionError:
        if kind != "constant":
            return TensorActionError(
                f"{code}: {name} is a {kind}; it was not changed.", error_text(error),
                "A NumPy scalar is an immutable number, not an array.",
                f"Make an array: {name}_array = np.array({name}).")
        if not index:
            fix = (f"make a variable, v = tf.Variable({name}); v.assign({literal.code}) — or a "
                   f"new constant: {name}2 = tf.constant({literal.code}, dtype={name}.dtype).")
        else:
            fix = (f"make a variable, v = tf.Variable({name}); v[{index_code(index)}].assign("
                   f"{literal.code}) — or build a new tensor: {name}2 = "
                   f"tf.tensor_scatter_nd_update({name}, [{list(index)}], [{literal.code}]).")
        return TensorActionError(f"{code}: {name} is a constant; it was not changed.",
                                 error_text(error), IMMUTABLE_EXPLANATION, fix[0].upper() + fix[1:])
