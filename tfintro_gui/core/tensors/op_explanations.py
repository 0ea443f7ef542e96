"""Why an operation failed, and what it did silently, as explanations (code + values).

:func:`op_error` tries one reader per kind of failure, in order (dtypes, a number that does
not fit, broadcasting, matmul, allowed dtypes, reshape, reduction axis, in-place
operators); the first that recognises TensorFlow's message explains it. :func:`op_warnings`
flags NaN and inf that appeared, true division of ints, and NumPy arrays converted
silently.
"""

from __future__ import annotations

import math

import lazy_loader

from tfintro_gui.core.tensors.errors import (
    TensorActionError,
    cast_target,
    echo,
    error_text,
    explain,
    is_float_dtype,
    is_int_dtype,
    kernel_dtypes,
)
from tfintro_gui.core.tensors.objects import dtype_name, is_numpy_kind, kind_of
from tfintro_gui.core.tensors.parsing import shape_code

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


def _dtype_problem(message: str) -> bool:
    return kernel_dtypes(message) is not None or "Tensor conversion requested dtype" in \
        message or ("Cannot convert" in message and "dtype" in message)


def _dtype_mismatch(call, message, tf_text):
    left, right = call.left, call.right
    if not (_dtype_problem(message) and right is not None and left.name and right.name
            and left.dtype != right.dtype):
        return None
    side, target = cast_target(left.dtype, right.dtype)
    cast = right if side == "right" else left
    casted = f"tf.cast({cast.code}, tf.{target})"
    fixed = call.render(casted, right.code) if side == "left" else call.render(left.code,
                                                                               casted)
    return TensorActionError("op.dtype_mismatch", tf_text, code=call.code, left=left.code,
                             left_dtype=left.dtype, right=right.code, right_dtype=right.dtype,
                             label=call.spec.label, fixed=fixed, casted=casted)


def _number_dtype(call, message, tf_text):
    left, right = call.left, call.right
    if not (_dtype_problem(message) and right is not None
            and (left.name is None or right.name is None)):
        return None
    entry, number = (left, right) if left.name else (right, left)
    return TensorActionError("op.number_dtype", tf_text, code=call.code,
                             number=echo(number.code, 40), entry=entry.code, dtype=entry.dtype)


def _broadcast(call, message, tf_text):
    if "Incompatible shapes" not in message:
        return None
    left, right = call.left, call.right
    return TensorActionError("op.broadcast", tf_text, code=call.code,
                             left_shape=shape_code(left.shape),
                             right_shape=shape_code(right.shape), right=right.code,
                             reshaped=shape_code((*right.shape, 1)))


def _matmul(call, message, tf_text):
    if call.spec.key != "matmul" or not ("size-incompatible" in message or "ndims" in message
                                         or "rank" in message.lower()):
        return None
    left, right = call.left, call.right
    if len(left.shape) < 2 or len(right.shape) < 2:
        small = left if len(left.shape) < 2 else right
        return TensorActionError("op.matmul_rank", tf_text, code=call.code, name=small.code,
                                 shape=shape_code(small.shape))
    values = {"code": call.code, "left": left.code, "left_shape": shape_code(left.shape),
              "right": right.code, "right_shape": shape_code(right.shape),
              "left_size": left.shape[-1], "right_size": right.shape[-2]}
    if left.shape[-1] == right.shape[-1]:
        return TensorActionError("op.matmul_transpose", tf_text, **values, transposed=right.code,
                                 fixed=call.render(left.code, f"tf.transpose({right.code})"))
    if left.shape[-2] == right.shape[-2]:
        return TensorActionError("op.matmul_transpose", tf_text, **values, transposed=left.code,
                                 fixed=call.render(f"tf.transpose({left.code})", right.code))
    return TensorActionError("op.matmul_inner", tf_text, **values)


def _not_allowed(call, message, tf_text):
    if "not in the list of allowed values" not in message:
        return None
    left, right = call.left, call.right
    bad = left if right is None or left.name else right
    return TensorActionError("op.dtype_not_allowed", tf_text, code=call.code,
                             label=call.spec.label, dtype=bad.dtype, name=left.code)


def _reshape(call, message, tf_text):
    if call.spec.key != "reshape":
        return None
    return TensorActionError("op.reshape", tf_text, code=call.code, name=call.left.code,
                             count=math.prod(call.left.shape))


def _reduce(call, message, tf_text):
    if call.spec.key not in ("reduce_sum", "reduce_mean"):
        return None
    rank = len(call.left.shape)
    return TensorActionError("op.reduce_axis", tf_text, code=call.code, name=call.left.code,
                             rank=rank, low=-rank, high=rank - 1)


def _in_place(call, error, tf_text):
    left, right, key = call.left, call.right, call.spec.key
    if isinstance(error, RuntimeError) and "Variable" in str(error):
        return TensorActionError("op.in_place_variable", tf_text, code=call.code,
                                 name=left.code, op=key, right=right.code)
    if type(error).__name__ == "UFuncTypeError":
        return TensorActionError("op.in_place_numpy", tf_text, code=call.code, name=left.code,
                                 dtype=left.dtype, op=key, right=right.code)
    return None


_READERS = (_dtype_mismatch, _number_dtype, _broadcast, _matmul, _not_allowed, _reshape,
            _reduce)


def op_error(call, error: BaseException) -> TensorActionError:
    """Explain why TensorFlow (or NumPy) refused ``call`` (an :class:`~.operations.OpCall`).

    Returns:
        A :class:`TensorActionError` with TensorFlow's own message and the first matching
        explanation; ``op.failed`` when none matches.
    """
    message, tf_text = str(error), error_text(error)
    for reader in _READERS:
        explained = reader(call, message, tf_text)
        if explained is not None:
            return explained
    explained = _in_place(call, error, tf_text)
    if explained is not None:
        return explained
    names = ", ".join(echo(operand.code, 30) for operand in (call.left, call.right) if operand)
    return TensorActionError("op.failed", tf_text, code=call.code, names=names)


def _count(values: np.ndarray, test) -> int:
    if values.dtype.kind not in "fc":
        return 0
    return int(np.count_nonzero(test(values)))


_NAN_CODES = {"sqrt": "warn.sqrt_nan", "log": "warn.log_nan"}
_INF_CODES = {"log": "warn.log_inf", "/": "warn.division_inf", "exp": "warn.exp_inf"}


def _non_finite_warnings(call, values, operands):
    warnings = []
    key, total = call.spec.key, int(values.size)
    new_nan = _count(values, np.isnan) - sum(_count(o.values, np.isnan) for o in operands)
    new_inf = _count(values, np.isinf) - sum(_count(o.values, np.isinf) for o in operands)
    if new_nan > 0 and key == "sqrt":
        warnings.append(explain("warn.sqrt_nan", count=new_nan, total=total,
                                name=call.left.code))
    elif new_nan > 0:
        warnings.append(explain(_NAN_CODES.get(key, "warn.nan"), count=new_nan, total=total))
    if new_inf > 0:
        warnings.append(explain(_INF_CODES.get(key, "warn.inf"), count=new_inf, total=total))
    return warnings


def op_warnings(tf, call, values: np.ndarray, obj) -> list:
    """The silent surprises of a successful operation, as explanations.

    Args:
        tf: the TensorFlow module.
        call: the :class:`~.operations.OpCall` that ran.
        values: a NumPy copy of the result.
        obj: the result.
    """
    operands = [operand for operand in (call.left, call.right) if operand is not None]
    warnings = _non_finite_warnings(call, values, operands)
    result_dtype, result_kind = dtype_name(obj), kind_of(tf, obj)
    if call.spec.key == "/" and all(is_int_dtype(o.dtype) for o in operands if o.name) and \
            is_float_dtype(result_dtype):
        warnings.append(explain("warn.int_division", dtype=result_dtype))
    if result_kind in ("constant", "variable") and call.spec.key != "cast":
        for operand in operands:
            if operand.name and is_numpy_kind(kind_of(tf, operand.obj)) \
                    and operand.dtype != result_dtype:
                warnings.append(explain("warn.numpy_converted", name=operand.code,
                                        dtype=operand.dtype, result_dtype=result_dtype))
    if is_numpy_kind(result_kind) and any(
            kind_of(tf, o.obj) in ("constant", "variable") for o in operands):
        warnings.append(explain("warn.numpy_result"))
    return warnings
