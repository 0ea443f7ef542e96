"""Changing an entry in place: ``v.assign(x)``, ``v[0:2, 0].assign(x)``, ``assign_add``,
``assign_sub``, and one element at a time (a cell edit of the table).

TensorFlow's rules hold (Chollet, ch. 3, "Constant tensors and variables"): only a
``tf.Variable`` changes; ``assign``/``assign_add``/``assign_sub`` need a value of exactly
the variable's shape and a dtype it converts to without loss; a slice assign broadcasts.
A constant is asked for real, so the student sees TensorFlow's own error. A variable that
TensorFlow changed halfway is put back, so a refused action changes nothing.
"""

from __future__ import annotations

import lazy_loader

from tfintro_gui.core.tensors.errors import (
    TensorActionError,
    TensorInputError,
    echo,
    error_text,
    explain,
    is_int_dtype,
)
from tfintro_gui.core.tensors.literals import Literal, check_fits_dtype
from tfintro_gui.core.tensors.objects import (
    Change,
    Operand,
    dtype_name,
    kind_of,
    literal_operand,
    numpy_copy,
    shape_of,
)
from tfintro_gui.core.tensors.parsing import index_code, shape_code

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

METHODS = ("assign", "assign_add", "assign_sub")


def _slice_shape(shape, index):
    try:
        return np.broadcast_to(np.zeros((), dtype=np.int8), shape)[index].shape
    except (IndexError, TypeError, ValueError):
        return None


def assign_error(name, obj, method, index, operand: Operand, code, error) -> TensorActionError:
    """Explain why TensorFlow refused an assignment into the variable ``name``."""
    message, tf_text = str(error), error_text(error)
    shape, dtype = shape_code(shape_of(obj)), dtype_name(obj)
    if "Shape mismatch" in message or "shapes must be equal" in message:
        mismatch = ("assign.shape_mismatch_array" if operand.shape  # no broadcast helps
                    else "assign.shape_mismatch" if method == "assign"
                    else "assign.shape_mismatch_update")
        return TensorActionError(mismatch, tf_text, code=code, name=name, shape=shape,
                                 value_shape=shape_code(operand.shape), value=operand.code)
    if "Cannot broadcast" in message:
        slice_shape = _slice_shape(shape_of(obj), index)
        if slice_shape is None:
            return TensorActionError("assign.slice_broadcast_unknown", tf_text, code=code,
                                     value_shape=shape_code(operand.shape))
        return TensorActionError("assign.slice_broadcast", tf_text, code=code, name=name,
                                 index=index_code(index), slice_shape=shape_code(slice_shape),
                                 value_shape=shape_code(operand.shape))
    if ("Cannot convert" in message and "dtype" in message) or \
            "Tensor conversion requested dtype" in message:
        if is_int_dtype(dtype) and operand.name is None:
            return TensorActionError("assign.int_value", tf_text, code=code, name=name,
                                     dtype=dtype, value=echo(operand.code, 40))
        return TensorActionError("assign.dtype", tf_text, code=code, name=name, dtype=dtype,
                                 value_dtype=operand.dtype, method=method, value=operand.code)
    if "out of bounds" in message or "out of range" in message:
        return TensorActionError("assign.out_of_range", tf_text, code=code, name=name,
                                 shape=shape)
    return TensorActionError("assign.failed", tf_text, code=code, name=name, shape=shape,
                             dtype=dtype)


def _not_a_variable(tf, name, obj, method, index, code, operand) -> TensorActionError:
    """Ask Python/TensorFlow for real (so its own error is shown), then explain it. The
    advice repeats the call when the value fits, else names a value of the right shape."""
    kind = kind_of(tf, obj)
    try:
        getattr(obj if index is None else obj.__getitem__(index), method)
    except Exception as error:  # the AttributeError a constant or array really raises
        tf_text = error_text(error)
    else:  # pragma: no cover - only variables have assign methods
        tf_text = ""
    if kind in ("ndarray", "numpy scalar"):
        return TensorActionError("assign.not_variable_numpy", tf_text, code=code, name=name,
                                 kind=kind)
    target_shape = tuple(np.shape(obj if index is None else numpy_copy(obj)[index]))
    call = (code.split(".", 1)[1] if tuple(operand.shape) in (target_shape, ())
            else f"{method}(tf.ones(shape={target_shape}))")
    return TensorActionError("assign.not_variable", tf_text, code=code, name=name, call=call)


def _restore(obj, before: np.ndarray) -> None:
    if not np.array_equal(numpy_copy(obj), before, equal_nan=before.dtype.kind in "fc"):
        obj.assign(before)


def _changed(tf, name, obj, code, reproducible, action, warnings=()) -> Change:
    values = numpy_copy(obj)
    summary = explain("result.changed", code=code, kind=kind_of(tf, obj),
                      shape=shape_code(values.shape), dtype=dtype_name(obj))
    return Change(action=action, name=name, obj=obj, values=values, code=(code,),
                  reproducible=reproducible, summary=summary, warnings=tuple(warnings))


def assign(tf, name: str, obj, reproducible: bool, method: str, index, operand: Operand
           ) -> Change:
    """``name.method(operand)`` or ``name[index].assign(operand)``, on the stored ``obj``.

    Args:
        tf: the TensorFlow module.
        name: the entry's name.
        obj: the stored object (only a ``tf.Variable`` accepts).
        reproducible: the entry's flag.
        method: one of :data:`METHODS`.
        index: a parsed index (see :func:`~.parsing.parse_index`) or None.
        operand: the value.

    Returns:
        The :class:`~.objects.Change` (the same variable, changed).

    Raises:
        TensorInputError: a slice with ``assign_add``/``assign_sub``, a slice that selects
            no element, or a literal outside the variable's dtype.
        TensorActionError: not a variable, or TensorFlow refused; the variable is as before.
    """
    if index is not None and method != "assign":
        raise TensorInputError("assign.slice_needs_assign", method=method, name=name)
    target = f"{name}[{index_code(index)}]" if index is not None else name
    code = f"{target}.{method}({operand.code})"
    if kind_of(tf, obj) != "variable":
        raise _not_a_variable(tf, name, obj, method, index, code, operand)
    if index is not None and 0 in (_slice_shape(shape_of(obj), index) or (1,)):
        # TensorFlow assigns to an empty slice without a word; the student meant something.
        raise TensorInputError("assign.empty_slice", code=code, name=name,
                               index=index_code(index), shape=shape_code(shape_of(obj)))
    if operand.name is None:
        check_fits_dtype(operand.values, dtype_name(obj), "value")
    before = numpy_copy(obj)
    try:
        if index is not None:
            obj[index].assign(operand.obj)
        else:
            getattr(obj, method)(operand.obj)
    except Exception as error:  # TensorFlow's refusal, explained
        _restore(obj, before)
        raise assign_error(name, obj, method, index, operand, code, error) from None
    return _changed(tf, name, obj, code, reproducible and operand.reproducible,
                    method if index is None else "slice assign")


def check_element_index(index, shape) -> tuple[int, ...]:
    """One whole number per axis, inside ``shape``.

    Raises:
        TensorInputError: ``cell.index_not_whole``, ``cell.index_rank`` or
            ``cell.index_outside``.
    """
    if isinstance(index, (int, np.integer)) and not isinstance(index, bool):
        index = (index,)
    if not isinstance(index, tuple) or any(
            isinstance(item, bool) or not isinstance(item, (int, np.integer)) for item in index):
        raise TensorInputError("cell.index_not_whole", index=echo(repr(index)))
    if len(index) != len(shape):
        raise TensorInputError("cell.index_rank", index=echo(repr(index)), count=len(index),
                               shape=shape_code(shape), rank=len(shape))
    for axis, (item, size) in enumerate(zip(index, shape, strict=True)):
        if not -size <= item < size:
            raise TensorInputError("cell.index_outside", index=repr(index), item=int(item),
                                   axis=axis, size=size)
    return tuple(int(item) for item in index)


def _set_numpy_item(tf, name, obj, reproducible, index, literal, code) -> Change:
    changed = obj.copy()
    try:
        changed[index] = literal.value
    except Exception as error:  # NumPy's refusal
        raise TensorActionError("cell.numpy_refused", error_text(error), code=code, name=name,
                                dtype=obj.dtype.name) from None
    warnings = []
    stored = changed[index]
    if obj.dtype.kind in "iub" and float(stored) != float(literal.value):
        warnings.append(explain("warn.numpy_stored", stored=repr(stored.item()), name=name,
                                dtype=obj.dtype.name, value=literal.code))
    return _changed(tf, name, changed, code, reproducible, "item assignment", warnings)


def _immutable_error(tf, name, obj, index, literal, code) -> TensorActionError:
    """Do ``t[index] = value`` for real, so the student sees TensorFlow's own error."""
    try:
        trial = obj
        trial[index] = literal.value
    except Exception as error:  # TypeError: ... does not support item assignment
        tf_text = error_text(error)
    else:  # pragma: no cover - tensors never support item assignment
        tf_text = ""
    if kind_of(tf, obj) != "constant":
        return TensorActionError("scalar.immutable", tf_text, code=code, name=name)
    if not index:
        return TensorActionError("constant.scalar_assignment", tf_text, code=code, name=name,
                                 value=literal.code)
    return TensorActionError("constant.item_assignment", tf_text, code=code, name=name,
                             index=index_code(index), index_list=repr(list(index)),
                             value=literal.code)


def set_item(tf, name: str, obj, reproducible: bool, index, literal: Literal) -> Change:
    """Change one element, as a cell edit in the table does.

    A variable does ``v[i, j].assign(value)``; a NumPy array does ``x[i, j] = value`` on a
    copy that replaces it; a constant refuses with TensorFlow's real error.

    Raises:
        TensorInputError: a bad index, a value that is not one number, or one outside the
            entry's dtype.
        TensorActionError: the change was refused; nothing changed.
    """
    index = check_element_index(index, shape_of(obj))
    if not literal.is_scalar:
        raise TensorInputError("cell.not_scalar", value=echo(literal.code),
                               shape=shape_code(literal.shape))
    check_fits_dtype(literal.array, dtype_name(obj), "cell")
    kind = kind_of(tf, obj)
    if kind == "variable":
        code = (f"{name}[{index_code(index)}].assign({literal.code})" if index
                else f"{name}.assign({literal.code})")
        before = numpy_copy(obj)
        try:
            obj[index].assign(literal.value) if index else obj.assign(literal.value)
        except Exception as error:  # TensorFlow's refusal, explained
            _restore(obj, before)
            raise assign_error(name, obj, "assign", index or None, literal_operand(literal),
                               code, error) from None
        return _changed(tf, name, obj, code, reproducible, "cell assign")
    code = f"{name}[{index_code(index) if index else '...'}] = {literal.code}"
    if kind == "ndarray":
        return _set_numpy_item(tf, name, obj, reproducible, index, literal, code)
    raise _immutable_error(tf, name, obj, index, literal, code)
