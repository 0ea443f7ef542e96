"""Short sequences of the Tensors panel's operations, run for the tensors probes.

A lab question such as "what shape does ``tf.matmul(a, b)`` have?" describes the tensors
it needs as a list of operations in the Tensors panel's words (``create``, ``apply``,
``assign``, ``set_item``), each a JSON object. :func:`run_operations` runs them with
TensorFlow and NumPy directly and returns the named results, so the answer is what
TensorFlow really gives (its dtype rules, its refusal to assign into a constant).
"""

from __future__ import annotations

import math
import operator

import numpy as np

from tfintro_gui.core.runtime import import_tensorflow

#: The most elements one tensor of a probe may hold (a lab's examples are small).
MAX_ELEMENTS = 100_000
#: The most operations of one probe.
MAX_OPERATIONS = 20
#: Where a new tensor comes from (the Tensors panel's "Create" sources).
SOURCES = ("tf.ones", "tf.zeros", "tf.random.normal", "tf.random.uniform", "tf.constant",
           "np.ones", "np.zeros", "np.array")
#: The dtypes an operation may ask for.
DTYPES = ("float16", "float32", "float64", "int32", "int64", "bool")
#: Functions of one operand (``x``); ``reshape`` reads ``shape``, the reductions ``axis``,
#: ``cast`` ``dtype``.
UNARY = ("square", "sqrt", "exp", "log", "relu", "abs", "transpose", "reshape",
         "reduce_sum", "reduce_mean", "cast", "numpy", "tf.constant", "tf.Variable")
#: Functions of two operands (``x`` and ``y``, each a name or a number).
BINARY = ("+", "-", "*", "/", "matmul", "tf.multiply", "tf.add", "np.add", "np.multiply")
#: The ways of changing a variable.
ASSIGN_METHODS = ("assign", "assign_add", "assign_sub")
_OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


class OperationError(ValueError):
    """An operation cannot run; ``position`` is its index in the list (or None)."""

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


def check_operations(operations: list) -> list[tuple[int, str, str]]:
    """Check the names of a list of operations without running it.

    Args:
        operations: the operations, already checked against the lab schema (types and
            fields).

    Returns:
        ``(position, field, message)`` for every name read before an operation made it,
        every shape over :data:`MAX_ELEMENTS` and every creation without its field.
    """
    problems, defined = [], set()
    for position, operation in enumerate(operations):
        changes = operation["op"] in ("assign", "set_item")
        for field in ("name", "value") if changes else ("x", "y"):
            value = operation.get(field)
            if isinstance(value, str) and value not in defined:
                problems.append((position, field, f"{value!r} is not made by an earlier "
                                                  "operation."))
        shape = operation.get("shape")
        if shape is not None and math.prod(size for size in shape if size > 0) > MAX_ELEMENTS:
            problems.append((position, "shape", f"{shape} holds more than {MAX_ELEMENTS:,} "
                                                "elements."))
        needs = _needed_field(operation)
        if needs and needs not in operation:
            problems.append((position, needs, f"this operation needs {needs!r}."))
        defined.add(operation["name"])
    return problems


def _needed_field(operation: dict) -> str | None:
    kind = operation["op"]
    if kind == "create":
        return "value" if operation["source"] in ("tf.constant", "np.array") else "shape"
    if kind == "apply":
        function = operation["fn"]
        if function in BINARY:
            return "y"
        return {"reshape": "shape", "cast": "dtype"}.get(function)
    return None


def run_operations(operations: list, fail_at_last: bool = False):
    """Run ``operations`` in order; return the values by name and the last one's error.

    Args:
        operations: checked operations (see :func:`check_operations`).
        fail_at_last: when True, an exception of the last operation is returned instead
            of raised (the ``tensors.error`` probe asks what TensorFlow says).

    Returns:
        ``(values, error)``: name -> tensor, variable or NumPy value; ``error`` is the
        exception the last operation raised (only with ``fail_at_last``), else None.

    Raises:
        OperationError: an operation failed (with its position), or a result would hold
            more than :data:`MAX_ELEMENTS` elements.
    """
    tf = import_tensorflow()
    values: dict = {}
    for position, operation in enumerate(operations):
        try:
            result = _RUNNERS[operation["op"]](tf, operation, values)
        except Exception as error:  # TensorFlow's and NumPy's own refusals
            if fail_at_last and position == len(operations) - 1:
                return values, error
            what = " ".join(str(operation[key]) for key in ("op", "fn", "source", "method")
                            if key in operation)
            raise OperationError(f"operation {position + 1} ({what}) failed: "
                                 f"{type(error).__name__}: {_short(error)}", position) \
                from None
        if result is not None:
            if int(np.prod(np.shape(result))) > MAX_ELEMENTS:
                raise OperationError(f"operation {position + 1} makes more than "
                                     f"{MAX_ELEMENTS:,} elements.", position)
            values[operation["name"]] = result
    return values, None


def _short(error: Exception) -> str:
    """TensorFlow's message without its internal ``{{function_node …}}`` prefix."""
    message = str(error)
    return message.rsplit("}} ", 1)[-1].strip() if "}} " in message else message


def kind_of(tf, value) -> str:
    """The workspace kind of ``value``, as the Tensors panel's list calls it:
    ``"constant"``, ``"variable"``, ``"ndarray"`` or ``"numpy scalar"``."""
    if isinstance(value, tf.Variable):
        return "variable"
    if isinstance(value, np.ndarray):
        return "ndarray"
    if isinstance(value, np.generic):
        return "numpy scalar"
    return "constant"


def dtype_name(value) -> str:
    """The dtype's name of a tensor, variable or NumPy value, e.g. ``"float64"``."""
    dtype = value.dtype
    return getattr(dtype, "name", str(dtype))


def as_array(value) -> np.ndarray:
    """A NumPy copy of a tensor, variable or NumPy value."""
    return np.array(value.numpy() if hasattr(value, "numpy") else value)


def _create(tf, operation: dict, values: dict):
    source, dtype = operation["source"], operation.get("dtype")
    shape = tuple(operation.get("shape", ()))
    if source in ("tf.constant", "np.array"):
        library = tf.constant if source == "tf.constant" else np.array
        value = library(operation["value"], dtype=dtype)
        if int(np.prod(np.shape(value))) > MAX_ELEMENTS:
            raise ValueError(f"the value holds more than {MAX_ELEMENTS:,} elements")
    elif source.startswith("np."):
        value = getattr(np, source[3:])(shape, dtype=dtype or "float64")
    elif source.startswith("tf.random."):
        seed = (operation.get("seed", 0), 0)
        function = (tf.random.stateless_normal if source.endswith("normal")
                    else tf.random.stateless_uniform)
        value = function(shape, seed=seed, dtype=dtype or "float32")
    else:
        value = getattr(tf, source[3:])(shape, dtype=dtype or "float32")
    return tf.Variable(value) if operation.get("variable") else value


def _operand(values: dict, operand):
    return values[operand] if isinstance(operand, str) else operand


def _apply(tf, operation: dict, values: dict):
    function = operation["fn"]
    x = _operand(values, operation["x"])
    if function in BINARY:
        y = _operand(values, operation["y"])
        _check_result_size(function, x, y)
        if function in _OPERATORS:
            return _OPERATORS[function](x, y)
        if function == "matmul":
            return tf.matmul(x, y)
        library = np if function.startswith("np.") else tf
        return getattr(library, function.split(".")[1])(x, y)
    return _apply_unary(tf, function, x, operation)


def _apply_unary(tf, function: str, x, operation: dict):
    if function in ("square", "sqrt", "exp", "abs", "transpose"):
        return getattr(tf, function)(x)
    if function == "log":
        return tf.math.log(x)
    if function == "relu":
        return tf.nn.relu(x)
    if function == "reshape":
        return tf.reshape(x, operation["shape"])
    if function in ("reduce_sum", "reduce_mean"):
        return getattr(tf, function)(x, axis=operation.get("axis"))
    if function == "cast":
        return tf.cast(x, operation["dtype"])
    if function == "numpy":
        return x.numpy()
    if function == "tf.Variable":
        return tf.Variable(x)
    return tf.constant(x)


def _check_result_size(function: str, x, y) -> None:
    shape_x, shape_y = np.shape(x), np.shape(y)
    if function == "matmul" and len(shape_x) >= 2 and len(shape_y) >= 2:
        size = math.prod(shape_x[:-1]) * shape_y[-1]
    else:
        try:
            size = math.prod(np.broadcast_shapes(shape_x, shape_y))
        except ValueError:
            return  # TensorFlow says why the shapes do not fit
    if size > MAX_ELEMENTS:
        raise ValueError(f"the result would hold {size:,} elements (at most "
                         f"{MAX_ELEMENTS:,})")


def _index(index: list):
    return tuple(slice(*item) if isinstance(item, list) else item for item in index)


def _assign(tf, operation: dict, values: dict):
    target = values[operation["name"]]
    value = _operand(values, operation["value"])
    if "index" in operation:
        target = target[_index(operation["index"])]
    getattr(target, operation.get("method", "assign"))(value)
    return None


def _set_item(tf, operation: dict, values: dict):
    target = values[operation["name"]]
    target[_index(operation["index"])] = _operand(values, operation["value"])
    return None


_RUNNERS = {"create": _create, "apply": _apply, "assign": _assign, "set_item": _set_item}
