"""Scalar expressions of the backprop probes, read through ``ast`` and an allow-list.

A lab question such as "∂loss_val/∂w at w = 3?" names an expression in the Backprop
panel's notation — ``x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)`` — and its
inputs. This module reads the text with :mod:`ast` (never ``eval``/``exec``), keeps only
numbers, names, ``name = …`` statements, ``+ - * / **``, unary minus/plus and calls of
:data:`FUNCTIONS`, and evaluates it with TensorFlow under a ``tf.GradientTape``, so the
answer is TensorFlow's own (Chollet, Deep Learning with Python, ch. 3, "GradientTape").
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.text_checks import bracket_depth

#: Longest expression, in characters.
MAX_EXPRESSION_LENGTH = 2000
#: Deepest bracket nesting, checked on the raw text before ``ast.parse`` runs.
MAX_BRACKET_DEPTH = 16
#: Most ``ast`` nodes over all statements.
MAX_NODES = 300
#: Most statements (lines or ``;``-separated parts).
MAX_STATEMENTS = 30
#: Largest magnitude of a number in the text or of an input's value.
MAX_MAGNITUDE = 1e12
#: The kinds of input, as in the Backprop panel: a ``tf.Variable`` (watched by the tape),
#: a ``tf.constant`` (not watched) or a constant passed to ``tape.watch``.
INPUT_KINDS = ("variable", "constant", "watched")
#: The floating-point dtypes an input may have.
INPUT_DTYPES = ("float32", "float64")

#: Allowed functions: name -> (number of arguments, TensorFlow function path).
FUNCTIONS = {
    "abs": (1, "abs"),
    "square": (1, "square"),
    "sqrt": (1, "sqrt"),
    "exp": (1, "exp"),
    "log": (1, "math.log"),
    "relu": (1, "nn.relu"),
    "sigmoid": (1, "sigmoid"),
    "tanh": (1, "tanh"),
    "softplus": (1, "math.softplus"),
    "maximum": (2, "maximum"),
    "minimum": (2, "minimum"),
}
_BINARY = {ast.Add: "add", ast.Sub: "subtract", ast.Mult: "multiply", ast.Div: "divide",
           ast.Pow: "pow"}
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


class ExpressionError(ValueError):
    """The expression or its inputs break a rule; the message says which and how to fix."""


@dataclass(frozen=True)
class Program:
    """A checked expression: its statements in order.

    Attributes:
        statements: ``(name, expression)`` pairs; ``name`` is None for a bare final
            expression.
        names_read: the names read before any statement assigns them: the inputs.
        names_assigned: the names the statements assign, in order.
    """

    statements: tuple[tuple[str | None, ast.expr], ...]
    names_read: frozenset[str]
    names_assigned: tuple[str, ...]


def parse_program(text: str) -> Program:
    """Read ``text`` into a :class:`Program` without running anything.

    Args:
        text: statements separated by new lines or ``;``; every one but the last is
            ``name = expression``.

    Returns:
        The checked program.

    Raises:
        ExpressionError: too long, too deep, not Python syntax, or something outside the
            allow-list (the message names it).
    """
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("The expression is empty; write e.g. 'loss_val = abs(y - w*x)'.")
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"The expression has {len(text):,} characters; at most "
                              f"{MAX_EXPRESSION_LENGTH:,} are read.")
    if bracket_depth(text) > MAX_BRACKET_DEPTH:
        raise ExpressionError(f"The expression nests brackets more than {MAX_BRACKET_DEPTH} "
                              "deep; split it into named lines.")
    try:
        module = ast.parse(text, mode="exec")
    except SyntaxError as error:
        raise ExpressionError(f"The expression is not valid: {error.msg} (line "
                              f"{error.lineno}).") from None
    if not module.body or len(module.body) > MAX_STATEMENTS:
        raise ExpressionError(f"The expression has {len(module.body)} statements; it needs "
                              f"1 to {MAX_STATEMENTS}.")
    if sum(1 for _ in ast.walk(module)) > MAX_NODES:
        raise ExpressionError(f"The expression has more than {MAX_NODES} parts; keep a lab's "
                              "expression small.")
    statements, free, assigned = [], set(), []
    for position, statement in enumerate(module.body):
        name, expression = _statement(statement, position == len(module.body) - 1)
        free |= _check_expression(expression) - set(assigned)
        if name is not None:
            if name in free:
                raise ExpressionError(f"{name} is read before the line that assigns it.")
            assigned.append(name)
        statements.append((name, expression))
    return Program(tuple(statements), frozenset(free), tuple(assigned))


def _statement(statement: ast.stmt, last: bool) -> tuple[str | None, ast.expr]:
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
            and isinstance(statement.targets[0], ast.Name):
        name = statement.targets[0].id
        if not _NAME.match(name):
            raise ExpressionError(f"{name!r} is not a plain name (letters, digits, _).")
        return name, statement.value
    if isinstance(statement, ast.Expr) and last:
        return None, statement.value
    raise ExpressionError(f"Line {statement.lineno} is neither 'name = expression' nor the "
                          "final expression.")


def _check_expression(node: ast.expr) -> set[str]:
    """Raise for anything outside the allow-list; return the names read."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)) \
                or not math.isfinite(node.value) or abs(node.value) > MAX_MAGNITUDE:
            raise ExpressionError(f"{node.value!r} is not a number the expression accepts "
                                  f"(finite, at most {MAX_MAGNITUDE:g} in magnitude).")
        return set()
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _check_expression(node.left) | _check_expression(node.right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _check_expression(node.operand)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and node.func.id in FUNCTIONS and not node.keywords:
        arity = FUNCTIONS[node.func.id][0]
        if len(node.args) != arity:
            raise ExpressionError(f"{node.func.id}() takes {arity} argument(s), got "
                                  f"{len(node.args)}.")
        names = set()
        for argument in node.args:
            names |= _check_expression(argument)
        return names
    raise ExpressionError(f"{ast.unparse(node)!r} is not allowed; use numbers, names, "
                          f"+ - * / **, and {', '.join(FUNCTIONS)}.")


def check_inputs(program: Program, inputs: dict) -> None:
    """Check that ``inputs`` gives every name the program reads and nothing it assigns.

    Raises:
        ExpressionError: a name is missing, assigned and given, or a value is not a
            finite number.
    """
    missing = sorted(program.names_read - set(inputs) - set(program.names_assigned))
    if missing:
        raise ExpressionError(f"The expression reads {', '.join(missing)}, which the inputs "
                              "do not give.")
    for name, spec in inputs.items():
        if name in program.names_assigned:
            raise ExpressionError(f"{name} is both an input and assigned by the expression.")
        value = spec.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
            raise ExpressionError(f"The input {name}'s value {value!r} is not a finite number.")


def evaluate(program: Program, inputs: dict, target: str | None = None,
             wrt: str | None = None) -> tuple[float, float | None]:
    """Run the program with TensorFlow under a ``tf.GradientTape``.

    Args:
        program: from :func:`parse_program`.
        inputs: name -> ``{"value": number, "kind": one of INPUT_KINDS, "dtype": one of
            INPUT_DTYPES}`` (kind defaults to ``"variable"``, dtype to ``"float32"``).
        target: the name whose value (and gradient) is asked; None = the last statement.
        wrt: the input or assigned name to differentiate by; None = no gradient.

    Returns:
        ``(value, gradient)``: the target's value and ``tape.gradient(target, wrt)`` as
        Python floats; the gradient is None when TensorFlow gives None (no path, or a
        constant that was not watched).

    Raises:
        ExpressionError: bad inputs, an unknown target or wrt, or TensorFlow refused
            (e.g. float32 mixed with float64).
    """
    check_inputs(program, inputs)
    tf = import_tensorflow()
    known = set(inputs) | set(program.names_assigned)
    for role, name in (("target", target), ("wrt", wrt)):
        if name is not None and name not in known:
            raise ExpressionError(f"The {role} {name!r} is neither an input nor assigned.")
    tensors = {}
    try:
        with tf.GradientTape() as tape:
            for name, spec in inputs.items():
                tensors[name] = _make_input(tf, tape, spec)
            result = None
            for name, expression in program.statements:
                result = _run(tf, expression, tensors)
                if name is not None:
                    tensors[name] = result
            output = tf.convert_to_tensor(tensors[target] if target is not None else result)
        gradient = tape.gradient(output, tensors[wrt]) if wrt is not None else None
    except (tf.errors.InvalidArgumentError, TypeError, ValueError) as error:
        raise ExpressionError(f"TensorFlow refused the expression: {error}") from None
    value = float(output.numpy())
    return value, (None if gradient is None else float(gradient.numpy()))


def _make_input(tf, tape, spec: dict):
    kind, dtype = spec.get("kind", "variable"), spec.get("dtype", "float32")
    if kind not in INPUT_KINDS or dtype not in INPUT_DTYPES:
        raise ExpressionError(f"An input's kind is one of {', '.join(INPUT_KINDS)} and its "
                              f"dtype one of {', '.join(INPUT_DTYPES)}; got {kind!r}, "
                              f"{dtype!r}.")
    if kind == "variable":
        return tf.Variable(spec["value"], dtype=dtype)
    tensor = tf.constant(spec["value"], dtype=dtype)
    if kind == "watched":
        tape.watch(tensor)
    return tensor


def _run(tf, node: ast.expr, tensors: dict):
    if isinstance(node, ast.Constant):
        return float(node.value)  # `exp(0)` is exp of 0.0, as the panel reads it
    if isinstance(node, ast.Name):
        return tensors[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = _run(tf, node.operand, tensors)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        left, right = _run(tf, node.left, tensors), _run(tf, node.right, tensors)
        return getattr(tf.math, _BINARY[type(node.op)])(left, right)
    function = tf
    for part in FUNCTIONS[node.func.id][1].split("."):
        function = getattr(function, part)
    return function(*(_run(tf, argument, tensors) for argument in node.args))
