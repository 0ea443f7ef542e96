"""Operations and conversions, dispatched through the tables of :mod:`~.specs`.

An :class:`~.specs.OpSpec` says everything the workspace needs: the function to call
(``tf.square``, ``operator.add``…), its arity, its parameter (axis, shape or dtype, read by
one reader per kind) and how the result's shape follows from the operands' (checked
against the size cap before the work). No operation is written twice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.tensors.errors import (
    TensorActionError,
    TensorInputError,
    echo,
    error_text,
    explain,
)
from tfintro_gui.core.tensors.literals import MAX_ELEMENTS, check_fits_dtype
from tfintro_gui.core.tensors.objects import (
    Change,
    Operand,
    dtype_name,
    is_numpy_kind,
    kind_of,
    numpy_copy,
    resolve,
    shape_of,
)
from tfintro_gui.core.tensors.op_explanations import op_error, op_warnings
from tfintro_gui.core.tensors.parsing import parse_axis, parse_shape, shape_code
from tfintro_gui.core.tensors.specs import CONVERSIONS, DTYPES, OPS, OpSpec

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


# -- parameters: (tf, typed value) -> (value passed to TensorFlow, code) ------------------
def _no_parameter(tf, value):
    return None, ""


def _axis_parameter(tf, value):
    axis = parse_axis(value)
    return axis, "" if axis is None else f", axis={axis!r}"


def _shape_parameter(tf, value):
    if value is None:
        raise TensorInputError("op.needs_shape")
    shape = parse_shape(value, allow_unknown=True)
    return shape, f", {shape_code(shape)}"


def _dtype_parameter(tf, value):
    if value not in DTYPES:
        raise TensorInputError("op.needs_dtype", dtype=echo(repr(value)), known=", ".join(DTYPES))
    return tf.as_dtype(value), f", tf.{value}"


PARAMETERS = {None: _no_parameter, "axis": _axis_parameter, "shape": _shape_parameter,
              "dtype": _dtype_parameter}


# -- the result's shape, predicted before the work ----------------------------------------
def _same_shape(left, right):
    return left


def _broadcast_shape(left, right):
    try:
        return tuple(np.broadcast_shapes(tuple(left), tuple(right)))
    except ValueError:
        return None  # TensorFlow raises its own "Incompatible shapes" error


def _matmul_shape(left, right):
    if len(left) < 2 or len(right) < 2:
        return None
    try:
        batch = np.broadcast_shapes(tuple(left[:-2]), tuple(right[:-2]))
    except ValueError:
        return None
    return (*batch, left[-2], right[-1])


RESULT_SHAPES = {"same": _same_shape, "broadcast": _broadcast_shape, "matmul": _matmul_shape}


@dataclass(frozen=True)
class OpCall:
    """One operation ready to run: its code and the call.

    Attributes:
        spec: the operation.
        result: the result's name.
        left, right: the operands (``right`` None for unary operations).
        parameter: the value of the axis/shape/dtype parameter (None if none).
        parameter_code: how it is written, e.g. ``", axis=0"``.
    """

    spec: OpSpec
    result: str
    left: Operand
    right: Operand | None
    parameter: object
    parameter_code: str

    @property
    def in_place(self) -> bool:
        """``e *= d``: an operator whose result name is its left operand's."""
        return self.spec.is_operator and self.result == self.left.name

    def render(self, left_code: str, right_code: str | None = None) -> str:
        """The line of code for these operand codes (used for fixes too)."""
        spec, result = self.spec, self.result
        if spec.is_operator:
            if left_code == result:
                return f"{result} {spec.key}= {right_code}"
            return f"{result} = {left_code} {spec.key} {right_code}"
        arguments = left_code + (f", {right_code}" if spec.arity == 2 else self.parameter_code)
        return f"{result} = {spec.function}({arguments})"

    @property
    def code(self) -> str:
        """The operation's line of code."""
        return self.render(self.left.code, self.right.code if self.right else None)

    def run(self, tf):
        """Call TensorFlow (or NumPy, through Python's operators)."""
        left = self.left.obj
        if self.spec.is_operator:
            name = self.spec.function.split(".")[1]
            function = resolve(tf, f"operator.i{name}" if self.in_place else self.spec.function)
            first = left.copy() if self.in_place and isinstance(left, np.ndarray) else left
            return function(first, self.right.obj)
        function = resolve(tf, self.spec.function)
        if self.spec.arity == 2:
            return function(left, self.right.obj)
        if self.spec.parameter is None:
            return function(left)
        return function(left, self.parameter)


def _literal_dtype(literal: Operand, other: Operand | None) -> str | None:
    """The dtype a literal operand becomes: the entry's beside it, else TensorFlow's own
    (float32 for floats; ints become int32 or int64 as they fit)."""
    if other is not None and other.name is not None:
        return other.dtype
    return "float32" if literal.values.dtype.kind == "f" else None


def check_operands(spec: OpSpec, left: Operand, right: Operand | None) -> None:
    """Refuse two literals for an operator, and a literal that does not fit the dtype it
    becomes (see :func:`_literal_dtype`).

    Raises:
        TensorInputError: ``op.two_literals`` or ``value.out_of_range``.
    """
    if spec.is_operator and left.name is None and right.name is None:
        # Python would join two lists, or compute two numbers without TensorFlow.
        raise TensorInputError("op.two_literals", label=spec.label, left=echo(left.code, 40),
                               right=echo(right.code, 40))
    for literal, other, field in ((left, right, "x"), (right, left, "y")):
        if literal is not None and literal.name is None:
            check_fits_dtype(literal.values, _literal_dtype(literal, other), field)


def plan_op(tf, op: str, result: str, left: Operand, right: Operand | None, *, axis=None,
            shape=None, dtype=None) -> OpCall:
    """Check the operation and its parameter, and cap the result's size.

    Raises:
        TensorInputError: unknown op, a missing operand or parameter, or a result over
            :data:`~.literals.MAX_ELEMENTS` elements.
    """
    spec = OPS[op]
    check_operands(spec, left, right)
    typed = {"axis": axis, "shape": shape, "dtype": dtype}.get(spec.parameter)
    parameter, parameter_code = PARAMETERS[spec.parameter](tf, typed)
    call = OpCall(spec, result, left, right, parameter, parameter_code)
    out_shape = RESULT_SHAPES[spec.result_shape](left.shape, right.shape if right else ())
    if out_shape is not None and math.prod(out_shape) > MAX_ELEMENTS:
        raise TensorInputError("op.too_large", code=call.code, shape=shape_code(out_shape),
                               count=math.prod(out_shape), limit=MAX_ELEMENTS)
    return call


def _shapes_code(call: OpCall) -> str:
    left, right = call.left, call.right
    if call.spec.is_operator:
        return f"{shape_code(left.shape)} {call.spec.key} {shape_code(right.shape)}"
    return ", ".join(shape_code(operand.shape) for operand in (left, right) if operand)


def run_op(tf, call: OpCall) -> Change:
    """Run the operation and describe its result; nothing is stored here.

    Raises:
        TensorActionError: TensorFlow refused (explained by :func:`~.op_explanations.op_error`),
            or it returned something the workspace cannot hold.
    """
    try:
        obj = call.run(tf)
        values = numpy_copy(obj)
    except Exception as error:  # TensorFlow's or NumPy's refusal, explained
        raise op_error(call, error) from None
    kind = kind_of(tf, obj)
    if kind is None:
        raise TensorActionError("result.unsupported", code=call.code, type=type(obj).__name__)
    operands = [operand for operand in (call.left, call.right) if operand is not None]
    notes = ()
    if call.spec.result_shape == "broadcast" and call.left.shape != call.right.shape:
        notes = (explain("note.broadcast", left_shape=shape_code(call.left.shape),
                         right_shape=shape_code(call.right.shape),
                         shape=shape_code(shape_of(obj))),)
    summary = explain("result.op", code=call.code, shapes=_shapes_code(call),
                      shape=shape_code(shape_of(obj)), dtype=dtype_name(obj), kind=kind)
    return Change(action=call.spec.key, name=call.result, obj=obj, values=values,
                  code=(call.code,), reproducible=all(o.reproducible for o in operands),
                  summary=summary, warnings=tuple(op_warnings(tf, call, values, obj)),
                  notes=notes)


# -- conversions --------------------------------------------------------------------------
def _conversion_call(tf, key: str, obj) -> Callable[[], object]:
    spec = CONVERSIONS[key]
    if spec.function == "numpy":
        return lambda: obj.numpy()
    function = resolve(tf, spec.function)
    if spec.argument is None:
        return lambda: function(obj)
    return lambda: function(obj, int(spec.argument))


def _conversion_warnings(key, kind, new, result, source, new_dtype):
    warnings = []
    if key == "np.add" and kind in ("constant", "variable"):
        warnings.append(explain("warn.numpy_function", type=type(new).__name__, result=result))
    if key == "tf.multiply" and is_numpy_kind(kind):
        warnings.append(explain("warn.keeps_numpy_dtype", dtype=new_dtype))
    if key == "numpy":
        warnings.append(explain("warn.numpy_copy", result=result, source=source))
    return warnings


def convert(tf, key: str, source: Operand, result: str) -> Change:
    """Apply one of :data:`~.specs.CONVERSIONS` to the entry ``source``.

    Raises:
        TensorActionError: the conversion failed; nothing is stored.
    """
    code = f"{result} = {CONVERSIONS[key].expression(source.code)}"
    kind = kind_of(tf, source.obj)
    try:
        new = _conversion_call(tf, key, source.obj)()
        values = numpy_copy(new)
    except Exception as error:  # explained below
        if key == "numpy":
            raise TensorActionError("convert.no_numpy", error_text(error), code=code,
                                    name=source.code, kind=kind) from None
        raise TensorActionError("convert.failed", error_text(error), code=code) from None
    new_kind = kind_of(tf, new)
    if new_kind is None:
        raise TensorActionError("result.unsupported", code=code, type=type(new).__name__)
    summary = explain("result.converted", code=code, kind=kind, new_kind=new_kind,
                      shape=shape_code(shape_of(new)), dtype=dtype_name(new))
    warnings = _conversion_warnings(key, kind, new, result, source.code, dtype_name(new))
    return Change(action=key, name=result, obj=new, values=values, code=(code,),
                  reproducible=source.reproducible, summary=summary, warnings=tuple(warnings))
