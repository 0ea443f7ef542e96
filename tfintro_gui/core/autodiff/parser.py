"""Parse a student's expression into a checked, executable-free description of a graph.

The text goes through Python's :mod:`ast` and an allow-list: numbers, names, simple
assignments, ``+ - * / ** @``, unary minus and plus, and calls of the functions in
:data:`FUNCTIONS`. Nothing is ever passed to ``eval`` or ``exec``. The length and the
nesting depth are checked *before* :func:`ast.parse` runs, because the parser itself can
exhaust the stack or memory on hostile input.
"""

from __future__ import annotations

import ast
import keyword
import math
import re
from dataclasses import dataclass, replace

#: Longest accepted expression, in characters.
MAX_EXPRESSION_LENGTH = 2000
#: Deepest accepted bracket nesting, checked on the raw text before parsing.
MAX_BRACKET_DEPTH = 32
#: Deepest accepted syntax tree (counted in ``ast`` nodes from a statement down).
MAX_TREE_DEPTH = 48
#: Most operations and numbers the graph may hold.
MAX_OPERATIONS = 120
#: Most statements (lines or ``;``-separated parts).
MAX_STATEMENTS = 30
#: Largest accepted magnitude of an exponent in ``a ** p``.
MAX_EXPONENT = 10
#: Largest accepted magnitude of a number in the expression.
MAX_LITERAL = 1e12

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

_BINARY_OPS = {
    ast.Add: "add",
    ast.Sub: "subtract",
    ast.Mult: "multiply",
    ast.Div: "divide",
    ast.Pow: "pow",
    ast.MatMult: "matmul",
}
_BINARY_SYMBOLS = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "matmul": "@"}
_ALLOWED_TEXT = "numbers, names, name = … lines, + - * / ** @, unary minus and calls of " + (
    ", ".join(FUNCTIONS))
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


def check_name(name: str, what: str = "Input name") -> str:
    """Check that ``name`` can name an input or an intermediate result.

    Args:
        name: the proposed name.
        what: how to call it in the message.

    Returns:
        ``name`` unchanged.

    Raises:
        TypeError: ``name`` is not a string.
        ValueError: it is not a plain identifier of letters, digits and ``_`` starting with
            a letter, or it is a Python keyword or the name of an allowed function.
    """
    if not isinstance(name, str):
        raise TypeError(f"{what} must be a string, got {type(name).__name__}.")
    if not _NAME_PATTERN.match(name) or len(name) > 40:
        raise ValueError(f"{what} {name!r} is not allowed: use letters, digits and '_', "
                         "starting with a letter (at most 40 characters), e.g. 'w' or 'y_true'.")
    if keyword.iskeyword(name):
        raise ValueError(f"{what} {name!r} is a Python keyword; pick another name.")
    if name in FUNCTIONS:
        raise ValueError(f"{what} {name!r} is the name of a function; pick another name.")
    return name


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for character in text:
        if character in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in ")]}":
            depth = max(depth - 1, 0)
    return deepest


def _tree_depth(tree: ast.AST) -> tuple[int, int]:
    """Depth and size of ``tree``, walked without recursion."""
    deepest = count = 0
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        deepest = max(deepest, depth)
        if deepest > MAX_TREE_DEPTH:
            break
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest, count


class _Builder:
    """Turns a checked ``ast.Module`` into :class:`ParsedNode` records."""

    def __init__(self, source: str, all_names: set[str]):
        self.source = source
        self.nodes: list[ParsedNode] = []
        self.scope: dict[str, int] = {}
        self.input_names: list[str] = []
        self.assigned: list[str] = []
        self.all_names = all_names
        self.counter = 0
        self.operations = 0
        self.assigned_later: set[str] = set()

    # -- messages -------------------------------------------------------------------------
    def _where(self, node: ast.AST) -> str:
        line = getattr(node, "lineno", 1)
        column = getattr(node, "col_offset", 0) + 1
        segment = ast.get_source_segment(self.source, node) or ""
        segment = " ".join(segment.split())
        if len(segment) > 40:
            segment = segment[:37] + "…"
        return f"Line {line}, column {column}, `{segment}`"

    def fail(self, node: ast.AST, reason: str) -> ValueError:
        return ValueError(f"{self._where(node)}: {reason} Allowed: {_ALLOWED_TEXT}.")

    # -- nodes ----------------------------------------------------------------------------
    def _text(self, node: ast.AST) -> str:
        return " ".join((ast.get_source_segment(self.source, node) or ast.unparse(node)).split())

    def _fresh_name(self) -> str:
        while True:
            self.counter += 1
            name = f"t{self.counter}"
            if name not in self.all_names:
                return name

    def _add(self, op: str, operands: tuple[int, ...], source_node: ast.AST, **extra) -> int:
        self.operations += 1
        if self.operations > MAX_OPERATIONS:
            raise self.fail(source_node, f"the expression has more than {MAX_OPERATIONS} "
                                         "operations and numbers; keep graphs small.")
        name = extra.pop("name", None) or self._fresh_name()
        node = ParsedNode(index=len(self.nodes), op=op, operands=operands, name=name,
                          text=self._text(source_node), line=source_node.lineno,
                          column=source_node.col_offset + 1, **extra)
        self.nodes.append(node)
        return node.index

    def _input(self, name: str) -> int:
        node = ParsedNode(index=len(self.nodes), op="input", operands=(), name=name, text=name)
        self.nodes.append(node)
        self.scope[name] = node.index
        self.input_names.append(name)
        return node.index

    def _number(self, node: ast.AST) -> float | int | None:
        """The number of a literal, or of a signed literal (``-2``), else None."""
        sign = 1
        while isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            if isinstance(node.op, ast.USub):
                sign = -sign
            node = node.operand
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return sign * node.value
        return None

    def _check_number(self, value, node: ast.AST) -> float | int:
        try:
            magnitude = abs(float(value))
        except OverflowError:
            magnitude = math.inf
        if not math.isfinite(magnitude) or magnitude > MAX_LITERAL:
            raise self.fail(node, f"numbers must be finite and at most {MAX_LITERAL:g} in size.")
        return value

    def expression(self, node: ast.AST, name: str | None = None) -> int:
        if isinstance(node, ast.Constant):
            if type(node.value) not in (int, float):
                raise self.fail(node, f"{type(node.value).__name__} values are not allowed; "
                                      "only numbers are.")
            value = self._check_number(node.value, node)
            return self._add("literal", (), node, literal=value, name=f"{value:g}")
        if isinstance(node, ast.Name):
            if node.id in self.scope:
                return self.scope[node.id]
            if node.id in FUNCTIONS:
                raise self.fail(node, f"{node.id!r} is a function; call it, e.g. "
                                      f"{node.id}(x).")
            try:
                check_name(node.id, "Name")
            except ValueError as error:
                raise self.fail(node, str(error)) from None
            if node.id in self.assigned_later:
                raise self.fail(node, f"{node.id!r} is used before the line that assigns it.")
            return self._input(node.id)
        if isinstance(node, ast.UnaryOp):
            number = self._number(node)
            if number is not None:
                value = self._check_number(number, node)
                return self._add("literal", (), node, literal=value, name=f"{value:g}")
            if isinstance(node.op, ast.UAdd):
                return self.expression(node.operand, name)
            if isinstance(node.op, ast.USub):
                operand = self.expression(node.operand)
                return self._add("negative", (operand,), node, name=name)
            raise self.fail(node, f"the operator {type(node.op).__name__} is not allowed.")
        if isinstance(node, ast.BinOp):
            op = _BINARY_OPS.get(type(node.op))
            if op is None:
                raise self.fail(node, f"the operator {type(node.op).__name__} is not allowed.")
            if op == "pow":
                exponent = self._number(node.right)
                if exponent is None or abs(exponent) > MAX_EXPONENT:
                    raise self.fail(node.right, "the exponent of ** must be a plain number "
                                                f"between -{MAX_EXPONENT} and {MAX_EXPONENT} "
                                                "(huge powers overflow; write exp(...) for e^x).")
                base = self.expression(node.left)
                return self._add("pow", (base,), node, exponent=exponent, name=name)
            left = self.expression(node.left)
            right = self.expression(node.right)
            return self._add(op, (left, right), node, name=name)
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                raise self.fail(function, f"attribute access is not allowed; write "
                                          f"{function.attr}(...) instead of "
                                          f"{self._text(function)}(...).")
            if not isinstance(function, ast.Name) or function.id not in FUNCTIONS:
                called = function.id if isinstance(function, ast.Name) else self._text(function)
                raise self.fail(node, f"calling {called!r} is not allowed.")
            if node.keywords:
                raise self.fail(node, "keyword arguments are not allowed.")
            if any(isinstance(argument, ast.Starred) for argument in node.args):
                raise self.fail(node, "*arguments are not allowed.")
            expected = FUNCTIONS[function.id]
            if len(node.args) != expected:
                raise self.fail(node, f"{function.id} takes {expected} argument"
                                      f"{'s' if expected > 1 else ''}, got {len(node.args)}.")
            operands = tuple(self.expression(argument) for argument in node.args)
            return self._add(function.id, operands, node, name=name)
        if isinstance(node, ast.Attribute):
            raise self.fail(node, "attribute access (a.b) is not allowed.")
        if isinstance(node, (ast.Subscript, ast.Slice)):
            raise self.fail(node, "subscripts (a[i]) are not allowed.")
        if isinstance(node, ast.Lambda):
            raise self.fail(node, "lambda is not allowed.")
        raise self.fail(node, f"{type(node).__name__} is not allowed.")

    def statement(self, statement: ast.stmt, last: bool) -> tuple[str, int]:
        if isinstance(statement, ast.Assign):
            if len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name):
                raise self.fail(statement, "assign to exactly one plain name, e.g. x1 = w * x.")
            name = statement.targets[0].id
            try:
                check_name(name, "Assigned name")
            except ValueError as error:
                raise self.fail(statement.targets[0], str(error)) from None
            if name in self.scope:
                raise self.fail(statement.targets[0], f"{name!r} already has a value; each "
                                                      "name may be assigned once.")
            if isinstance(statement.value, ast.Name) or self._number(statement.value) is not None:
                raise self.fail(statement.value, "a line must compute something: put plain "
                                                 "numbers in the inputs table and use names "
                                                 "directly instead of copying them.")
            index = self.expression(statement.value, name=name)
            if self.nodes[index].name != name:
                raise self.fail(statement.value, "a line must compute something; use the "
                                                 "name directly instead of copying it.")
            self.assigned_later.discard(name)
            self.nodes[index] = replace(self.nodes[index], assigned=True)
            self.scope[name] = index
            self.assigned.append(name)
            return name, index
        if isinstance(statement, ast.Expr):
            if not last:
                raise self.fail(statement, "only the last line may be a bare expression; "
                                           "give this one a name (name = …).")
            value = statement.value
            if isinstance(value, ast.Name) or self._number(value) is not None:
                raise self.fail(value, "the output must be computed by at least one operation.")
            return "output", self.expression(value, name=None if "output" in self.all_names
                                             else "output")
        kind = type(statement).__name__
        raise self.fail(statement, f"the statement {kind} is not allowed.")


def parse_expression(source: str) -> ParsedExpression:
    """Parse and check an expression without evaluating anything.

    Args:
        source: one expression (``abs(y_true - (w * x + b))``) or several ``name = …``
            statements separated by newlines or ``;``, the last one giving the output, e.g.
            ``"x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)"`` (Chollet, Deep
            Learning with Python, ch. 3).

    Returns:
        A :class:`ParsedExpression`.

    Raises:
        TypeError: ``source`` is not a string.
        ValueError: the text is empty, too long, too deeply nested, not valid Python, or
            uses anything outside the allow-list. The message names the line, the column
            and the offending text.
    """
    if not isinstance(source, str):
        raise TypeError(f"The expression must be a string, got {type(source).__name__}.")
    if not source.strip():
        raise ValueError("The expression is empty. Type one, e.g. abs(y_true - (w * x + b)).")
    if len(source) > MAX_EXPRESSION_LENGTH:
        raise ValueError(f"The expression has {len(source)} characters; at most "
                         f"{MAX_EXPRESSION_LENGTH} are allowed. Keep graphs small.")
    depth = _bracket_depth(source)
    if depth > MAX_BRACKET_DEPTH:
        raise ValueError(f"The expression nests brackets {depth} deep; at most "
                         f"{MAX_BRACKET_DEPTH} levels are allowed.")
    try:
        tree = ast.parse(source, mode="exec")
    except SyntaxError as error:
        where = f"Line {error.lineno}, column {error.offset}" if error.lineno else "The text"
        raise ValueError(f"{where}: this is not valid Python syntax ({error.msg}). "
                         f"Allowed: {_ALLOWED_TEXT}.") from None
    except (RecursionError, MemoryError):
        raise ValueError("The expression is nested too deeply to read; simplify it.") from None
    tree_depth, size = _tree_depth(tree)
    if tree_depth > MAX_TREE_DEPTH:
        raise ValueError(f"The expression is nested more than {MAX_TREE_DEPTH} levels deep "
                         "(long chains of operators count too); simplify it.")
    if not tree.body:
        raise ValueError("The expression is empty. Type one, e.g. abs(y_true - (w * x + b)).")
    if len(tree.body) > MAX_STATEMENTS:
        raise ValueError(f"The expression has {len(tree.body)} statements; at most "
                         f"{MAX_STATEMENTS} are allowed.")
    all_names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    builder = _Builder(source, all_names)
    builder.assigned_later = {
        target.id for statement in tree.body if isinstance(statement, ast.Assign)
        for target in statement.targets if isinstance(target, ast.Name)}
    statements = []
    output = -1
    for position, statement in enumerate(tree.body):
        name, output = builder.statement(statement, last=position == len(tree.body) - 1)
        value = statement.value if isinstance(statement, (ast.Assign, ast.Expr)) else statement
        statements.append((name, builder._text(value)))
    return ParsedExpression(source=source, nodes=tuple(builder.nodes), output=output,
                            input_names=tuple(builder.input_names),
                            assigned_names=tuple(builder.assigned),
                            statements=tuple(statements))


def binary_symbol(op: str) -> str | None:
    """The Python operator of a binary op name (``"add"`` -> ``"+"``), or None."""
    return _BINARY_SYMBOLS.get(op)
