"""The operations a graph may hold.

Each :class:`Operation` carries what one node needs, micrograd-style: the TensorFlow op that
computes its value, and its *local* backward rule — the derivative of the node with respect
to each operand, as a formula (text) and as numbers. The rules are written out by hand with
NumPy so that the step-by-step chain rule is an independent check of ``tf.GradientTape``;
where TensorFlow makes a choice (``abs`` and ``relu`` at 0, ties of ``maximum``) the rule
makes the same one, as TensorFlow's registered gradients do
(``tensorflow/python/ops/math_grad.py`` and ``nn_grad.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import lazy_loader

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


@dataclass(frozen=True)
class KinkRule:
    """Slopes around a point where a function has a corner.

    Attributes:
        where: the condition in words, e.g. ``"z = 0"``.
        left: slope just left of the kink.
        right: slope just right of it.
        tensorflow: the value TensorFlow's gradient uses at the kink.
    """

    where: str
    left: float
    right: float
    tensorflow: float

    @property
    def central(self) -> float:
        """What a central finite difference measures at the kink: the mean of both sides."""
        return (self.left + self.right) / 2


@dataclass(frozen=True)
class Operation:
    """How one kind of node computes, differentiates and describes itself.

    Attributes:
        name: the op's name in the graph (``"multiply"``, ``"abs"``).
        label: short label drawn on the node (``"×"``, ``"abs"``).
        code: the TensorFlow function used in generated code; empty for operators.
        forward: ``(tf, operands, node) -> tf.Tensor``, the TensorFlow op.
        symbolic: ``(operand_names, node) -> str``, the expression in operand names.
        formula: ``(position, operand_names, output_name, node) -> str``, the local rule for
            the operand at ``position``.
        local: ``(position, operand_values, output_value, node) -> ndarray``: the local
            derivative, elementwise, in the broadcast shape of the operands (or of the
            operand for reductions); None for ops that only have a matrix form.
        vector_jacobian: ``(position, operand_values, output_value, upstream, node) ->
            ndarray``: the operand's gradient contribution for ops without an elementwise
            local derivative (``matmul``, ``softmax``); None otherwise.
        kink: ``(position, operand_names) -> KinkRule`` for ops with a corner, and
            ``kink_mask(position, operand_values, tolerance) -> bool ndarray`` tells where.
    """

    name: str
    label: str
    code: str
    forward: Callable[..., Any]
    symbolic: Callable[[list[str], Any], str]
    formula: Callable[[int, list[str], str, Any], str]
    local: Callable[..., np.ndarray] | None = None
    vector_jacobian: Callable[..., np.ndarray] | None = None
    kink: Callable[[int, list[str]], KinkRule] | None = None
    kink_mask: Callable[..., np.ndarray] | None = None


def _d(expression: str, variable: str) -> str:
    return f"∂{expression}/∂{variable}"


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * values))  # stable for large |values|


def _broadcast(values: list[np.ndarray]) -> tuple[int, ...]:
    return np.broadcast_shapes(*(np.shape(value) for value in values))


def _ones(values: list[np.ndarray]) -> np.ndarray:
    return np.ones(_broadcast(values), dtype=np.result_type(*values))


def _crossentropy_count(values: list[np.ndarray]) -> int:
    shape = _broadcast(values)
    return int(np.prod(shape[:-1])) if len(shape) > 1 else 1


def _exponent(node) -> str:
    return f"{node.exponent:g}"


def _pow_formula(position, names, output, node) -> str:
    p = node.exponent
    a = names[0]
    if p - 1 == 0:
        rule = f"{p:g}"
    elif p - 1 == 1:
        rule = f"{p:g}·{a}"
    else:
        rule = f"{p:g}·{a}^{p - 1:g}"
    return f"{_d(f'({a}^{p:g})', a)} = {rule}"


def _crossentropy_forward(tf, operands, node):
    y_true, y_pred = operands
    return -tf.reduce_mean(tf.reduce_sum(y_true * tf.math.log(y_pred), axis=-1))


def _crossentropy_formula(position, names, output, node) -> str:
    y, p = names
    if position == 1:
        return f"{_d(output, p)} = −{y} / (n·{p}), n = samples"
    return f"{_d(output, y)} = −log({p}) / n, n = samples"


def _crossentropy_local(position, values, output, node) -> np.ndarray:
    y, p = values
    n = _crossentropy_count(values)
    with np.errstate(all="ignore"):
        if position == 1:
            return -y / (n * p) * np.ones_like(p)
        return -np.log(p) / n * np.ones_like(y)


def _matmul_vector_jacobian(position, values, output, upstream, node) -> np.ndarray:
    a, b = values
    if position == 0:
        return np.matmul(upstream, np.swapaxes(b, -1, -2))
    return np.matmul(np.swapaxes(a, -1, -2), upstream)


def _matmul_formula(position, names, output, node) -> str:
    a, b = names
    if position == 0:
        return f"∂L/∂{a} = ∂L/∂{output} · {b}ᵀ"
    return f"∂L/∂{b} = {a}ᵀ · ∂L/∂{output}"


def _softmax_vector_jacobian(position, values, output, upstream, node) -> np.ndarray:
    return output * (upstream - np.sum(upstream * output, axis=-1, keepdims=True))


def _written(name: str, operand: str) -> str:
    """How a function of ``operand`` is written in formulas: ``|a|``, ``a²``, ``√a``."""
    return {"abs": f"|{operand}|", "square": f"{operand}²", "sqrt": f"√{operand}",
            "sigmoid": f"σ({operand})"}.get(name, f"{name}({operand})")


def _unary(name, label, code, forward, derivative_text, local, kink=None, kink_mask=None):
    """An elementwise function of one operand; ``derivative_text(a)`` is its derivative."""
    return Operation(
        name=name, label=label, code=code, forward=forward,
        symbolic=lambda names, node: f"{name}({names[0]})",
        formula=lambda position, names, output, node: (
            f"{_d(_written(name, names[0]), names[0])} = {derivative_text(names[0])}"),
        local=local, kink=kink, kink_mask=kink_mask)


def _zero_mask(position, values, tolerance):
    return np.abs(values[0]) <= tolerance


def _tie_mask(position, values, tolerance):
    a, b = np.broadcast_arrays(*values)
    return np.abs(a - b) <= tolerance


def _maximum_local(position, values, output, node) -> np.ndarray:
    a, b = np.broadcast_arrays(*values)
    chosen = a >= b if position == 0 else a < b  # TensorFlow gives ties to the first operand
    return chosen.astype(np.result_type(*values))


def _maximum_formula(position, names, output, node) -> str:
    a, b = names
    if position == 0:
        return f"{_d(f'max({a}, {b})', a)} = 1 where {a} ≥ {b}, else 0"
    return f"{_d(f'max({a}, {b})', b)} = 1 where {b} > {a}, else 0"


def _maximum_kink(position, names) -> KinkRule:
    a, b = names
    if position == 0:
        return KinkRule(where=f"{a} = {b}", left=0.0, right=1.0, tensorflow=1.0)
    return KinkRule(where=f"{a} = {b}", left=0.0, right=1.0, tensorflow=0.0)


def _binary(name, label, symbol, code, forward, formulas, locals_):
    return Operation(
        name=name, label=label, code=code, forward=forward,
        symbolic=lambda names, node: f"{names[0]} {symbol} {names[1]}",
        formula=lambda position, names, output, node: formulas[position](*names),
        local=lambda position, values, output, node: locals_[position](*values))


def _reduction(name, code, forward, formula, scale):
    return Operation(
        name=name, label=name, code=code, forward=forward,
        symbolic=lambda names, node: f"{name}({names[0]})",
        formula=lambda position, names, output, node: formula(names[0], output),
        local=lambda position, values, output, node: np.full(
            np.shape(values[0]), scale(values[0]), dtype=np.result_type(values[0])))


OPERATIONS: dict[str, Operation] = {}


def _register(operation: Operation) -> None:
    OPERATIONS[operation.name] = operation


_register(_binary(
    "add", "+", "+", "", lambda tf, o, node: tf.add(o[0], o[1]),
    (lambda a, b: f"{_d(f'({a} + {b})', a)} = 1", lambda a, b: f"{_d(f'({a} + {b})', b)} = 1"),
    (lambda a, b: _ones([a, b]), lambda a, b: _ones([a, b]))))
_register(_binary(
    "subtract", "−", "-", "", lambda tf, o, node: tf.subtract(o[0], o[1]),
    (lambda a, b: f"{_d(f'({a} − {b})', a)} = 1", lambda a, b: f"{_d(f'({a} − {b})', b)} = −1"),
    (lambda a, b: _ones([a, b]), lambda a, b: -_ones([a, b]))))
_register(_binary(
    "multiply", "×", "*", "", lambda tf, o, node: tf.multiply(o[0], o[1]),
    (lambda a, b: f"{_d(f'({a}·{b})', a)} = {b}", lambda a, b: f"{_d(f'({a}·{b})', b)} = {a}"),
    (lambda a, b: b * _ones([a, b]), lambda a, b: a * _ones([a, b]))))
_register(_binary(
    "divide", "÷", "/", "", lambda tf, o, node: tf.math.truediv(o[0], o[1]),
    (lambda a, b: f"{_d(f'({a}/{b})', a)} = 1/{b}",
     lambda a, b: f"{_d(f'({a}/{b})', b)} = −{a}/{b}²"),
    (lambda a, b: (1 / b) * _ones([a, b]), lambda a, b: (-a / b / b) * _ones([a, b]))))
_register(Operation(
    name="pow", label="**", code="",
    forward=lambda tf, o, node: tf.pow(o[0], tf.constant(node.exponent, dtype=o[0].dtype)),
    symbolic=lambda names, node: f"{names[0]} ** {_exponent(node)}",
    formula=_pow_formula,
    local=lambda position, values, output, node: (
        node.exponent * np.power(values[0], node.exponent - 1)).astype(values[0].dtype)))
_register(Operation(
    name="matmul", label="@", code="tf.matmul",
    forward=lambda tf, o, node: tf.matmul(o[0], o[1]),
    symbolic=lambda names, node: f"{names[0]} @ {names[1]}",
    formula=_matmul_formula, vector_jacobian=_matmul_vector_jacobian))
_register(Operation(
    name="negative", label="neg", code="",
    forward=lambda tf, o, node: tf.negative(o[0]),
    symbolic=lambda names, node: f"-{names[0]}",
    formula=lambda position, names, output, node: f"{_d(f'(−{names[0]})', names[0])} = −1",
    local=lambda position, values, output, node: -np.ones_like(values[0])))
_register(_unary("abs", "abs", "tf.abs", lambda tf, o, node: tf.abs(o[0]),
                 lambda a: f"sign({a})", lambda position, v, out, node: np.sign(v[0]),
                 kink=lambda position, names: KinkRule(f"{names[0]} = 0", -1.0, 1.0, 0.0),
                 kink_mask=_zero_mask))
_register(_unary("square", "square", "tf.square", lambda tf, o, node: tf.square(o[0]),
                 lambda a: f"2·{a}", lambda position, v, out, node: 2 * v[0]))
_register(_unary("sqrt", "sqrt", "tf.sqrt", lambda tf, o, node: tf.sqrt(o[0]),
                 lambda a: f"1/(2·√{a})", lambda position, v, out, node: 0.5 / out))
_register(_unary("exp", "exp", "tf.exp", lambda tf, o, node: tf.exp(o[0]),
                 lambda a: f"exp({a})", lambda position, v, out, node: out.copy()))
_register(_unary("log", "log", "tf.math.log", lambda tf, o, node: tf.math.log(o[0]),
                 lambda a: f"1/{a}", lambda position, v, out, node: 1 / v[0]))
_register(_unary("relu", "relu", "tf.nn.relu", lambda tf, o, node: tf.nn.relu(o[0]),
                 lambda a: f"1 if {a} > 0 else 0",
                 lambda position, v, out, node: (v[0] > 0).astype(v[0].dtype),
                 kink=lambda position, names: KinkRule(f"{names[0]} = 0", 0.0, 1.0, 0.0),
                 kink_mask=_zero_mask))
_register(_unary("sigmoid", "sigmoid", "tf.sigmoid", lambda tf, o, node: tf.sigmoid(o[0]),
                 lambda a: f"σ({a})·(1 − σ({a}))",
                 lambda position, v, out, node: out * (1 - out)))
_register(_unary("tanh", "tanh", "tf.tanh", lambda tf, o, node: tf.tanh(o[0]),
                 lambda a: f"1 − tanh²({a})", lambda position, v, out, node: 1 - out * out))
_register(_unary("softplus", "softplus", "tf.nn.softplus",
                 lambda tf, o, node: tf.nn.softplus(o[0]), lambda a: f"σ({a})",
                 lambda position, v, out, node: _sigmoid(v[0]).astype(v[0].dtype)))
_register(Operation(
    name="softmax", label="softmax", code="tf.nn.softmax",
    forward=lambda tf, o, node: tf.nn.softmax(o[0]),
    symbolic=lambda names, node: f"softmax({names[0]})",
    formula=lambda position, names, output, node: (
        f"∂L/∂{names[0]} = {output} ⊙ (∂L/∂{output} − Σⱼ ∂L/∂{output}ⱼ·{output}ⱼ)"),
    vector_jacobian=_softmax_vector_jacobian))
_register(_reduction("reduce_sum", "tf.reduce_sum", lambda tf, o, node: tf.reduce_sum(o[0]),
                     lambda a, out: f"∂{out}/∂{a}ᵢ = 1 for every element",
                     lambda value: 1.0))
_register(_reduction("reduce_mean", "tf.reduce_mean", lambda tf, o, node: tf.reduce_mean(o[0]),
                     lambda a, out: f"∂{out}/∂{a}ᵢ = 1/n, n = number of elements",
                     lambda value: 1.0 / max(np.size(value), 1)))
_register(Operation(
    name="maximum", label="max", code="tf.maximum",
    forward=lambda tf, o, node: tf.maximum(o[0], o[1]),
    symbolic=lambda names, node: f"maximum({names[0]}, {names[1]})",
    formula=_maximum_formula, local=_maximum_local, kink=_maximum_kink, kink_mask=_tie_mask))
_register(Operation(
    name="crossentropy", label="crossentropy", code="",
    forward=_crossentropy_forward,
    symbolic=lambda names, node: f"crossentropy({names[0]}, {names[1]})",
    formula=_crossentropy_formula, local=_crossentropy_local))

#: TensorFlow spelling of each function in generated code.
TF_FUNCTIONS = {name: operation.code for name, operation in OPERATIONS.items() if operation.code}


def unbroadcast(values: np.ndarray, shape: tuple[int, ...]) -> tuple[np.ndarray, tuple[int, ...]]:
    """Sum ``values`` over the axes that broadcasting added or stretched to reach ``shape``.

    The gradient of an operand that was broadcast (``b1`` of shape `(4,)` added to `(1, 4)`)
    is the sum of the gradient over the broadcast axes, as in TensorFlow's gradients of
    ``add`` and ``multiply``.

    Args:
        values: an array whose shape broadcasts from ``shape``.
        shape: the operand's shape.

    Returns:
        ``(reduced, axes)``: the array in ``shape`` and the axes (of ``values``) summed.
    """
    values = np.asarray(values)
    extra = values.ndim - len(shape)
    axes = list(range(extra))
    for axis, size in enumerate(shape):
        if size == 1 and values.shape[extra + axis] != 1:
            axes.append(extra + axis)
    reduced = np.sum(values, axis=tuple(axes), keepdims=True) if axes else values
    return reduced.reshape(shape), tuple(axes)
