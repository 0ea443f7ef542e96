"""What an expression may contain, and the checked form the parser gives it.

:data:`FUNCTIONS` is the allow-list of calls, :func:`check_name` the rule for names, and
:class:`ParsedExpression` (a tuple of :class:`ParsedNode`) the parser's result: a graph
description without any value, made without ``eval`` or ``exec``.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

from tfintro_gui.core.autodiff.errors import GraphInputError, GraphTypeError
from tfintro_gui.core.autodiff.limits import MAX_NAME_LENGTH, shorten

#: Allowed functions: name -> number of arguments. Each maps to one TensorFlow op
#: (see :mod:`tfintro_gui.core.autodiff.ops`).
FUNCTIONS = {
    "abs": 1,
    "square": 1,
    "sqrt": 1,
    "exp": 1,
    "log": 1,
    "relu": 1,
    "sigmoid": 1,
    "tanh": 1,
    "softplus": 1,
    "softmax": 1,
    "reduce_sum": 1,
    "reduce_mean": 1,
    "maximum": 2,
    "matmul": 2,
    "crossentropy": 2,
}

_NAME_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class ParsedNode:
    """One operation or number of a parsed expression, before any value is known.

    Attributes:
        index: position in :attr:`ParsedExpression.nodes`; operands come before users.
        op: ``"input"``, ``"literal"``, a binary op (``"add"``, ``"subtract"``,
            ``"multiply"``, ``"divide"``, ``"pow"``, ``"matmul"``), ``"negative"`` or a
            function name from :data:`FUNCTIONS`.
        operands: indices of the nodes this one reads.
        name: the input's name, the assigned name, or a generated ``t1``, ``t2``… for
            unnamed intermediate results.
        text: the source text of the node (``"y_true - x2"``), for messages and labels.
        line: 1-based line of the source, 0 for inputs.
        column: 1-based column of the source, 0 for inputs.
        literal: the number of a ``"literal"`` node, else None.
        exponent: ``p`` of a ``"pow"`` node ``a ** p``, else None.
        assigned: True when the student gave the name with ``name = …``.
    """

    index: int
    op: str
    operands: tuple[int, ...]
    name: str
    text: str
    line: int = 0
    column: int = 0
    literal: float | int | None = None
    exponent: float | int | None = None
    assigned: bool = False


@dataclass(frozen=True)
class ParsedExpression:
    """The checked form of an expression.

    Attributes:
        source: the text as received.
        nodes: every node, operands before the nodes that use them (a topological order).
        output: index of the node whose value is the result (the last statement).
        input_names: names read but never assigned, in order of first use.
        assigned_names: names given with ``name = …``, in order.
        statements: ``(name, expression_text)`` per statement; the name of a final bare
            expression is ``"output"``.
    """

    source: str
    nodes: tuple[ParsedNode, ...]
    output: int
    input_names: tuple[str, ...]
    assigned_names: tuple[str, ...]
    statements: tuple[tuple[str, str], ...]


def check_name(name: str, role: str = "input") -> str:
    """Check that ``name`` can name an input or an intermediate result.

    Args:
        name: the proposed name.
        role: what the name is, for the message: ``"input"`` (an input name),
            ``"name"`` (a name read by the expression) or ``"assigned"`` (``name = …``).

    Returns:
        ``name`` unchanged.

    Raises:
        GraphTypeError: ``name`` is not a string.
        GraphInputError: it is not a plain identifier of letters, digits and ``_`` starting
            with a letter, or it is a Python keyword or the name of an allowed function.
    """
    if not isinstance(name, str):
        raise GraphTypeError("name.not_text", role=role, type=type(name).__name__)
    if len(name) > MAX_NAME_LENGTH or not _NAME_PATTERN.match(name):
        raise GraphInputError("name.not_allowed", role=role, name=shorten(name),
                              limit=MAX_NAME_LENGTH)
    if keyword.iskeyword(name):
        raise GraphInputError("name.keyword", role=role, name=repr(name))
    if name in FUNCTIONS:
        raise GraphInputError("name.function", role=role, name=repr(name))
    return name
