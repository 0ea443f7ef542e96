"""Turns a checked ``ast.Module`` into :class:`~tfintro_gui.core.autodiff.syntax.ParsedNode`
records, refusing everything outside the allow-list with the line, column and text at fault.

Only :func:`tfintro_gui.core.autodiff.parser.parse_expression` uses it, after the raw text
has passed the length and nesting caps.
"""

from __future__ import annotations

import ast
import math
from dataclasses import replace

from tfintro_gui.core.autodiff.limits import (
    MAX_EXPONENT,
    MAX_LITERAL,
    MAX_OPERATIONS,
    excerpt,
    shorten,
)
from tfintro_gui.core.autodiff.syntax import FUNCTIONS, ParsedNode, check_name

BINARY_OPS = {
    ast.Add: "add",
    ast.Sub: "subtract",
    ast.Mult: "multiply",
    ast.Div: "divide",
    ast.Pow: "pow",
    ast.MatMult: "matmul",
}
#: What the messages list as allowed.
ALLOWED_TEXT = "numbers, names, name = … lines, + - * / ** @, unary minus and calls of " + (
    ", ".join(FUNCTIONS))
#: Syntax refused outright: ``ast`` type -> the reason.
_REFUSED = {
    ast.Attribute: "attribute access (a.b) is not allowed.",
    ast.Subscript: "subscripts (a[i]) are not allowed.",
    ast.Slice: "subscripts (a[i]) are not allowed.",
    ast.Lambda: "lambda is not allowed.",
}


class GraphBuilder:
    """Collects the nodes of one expression, statement by statement.

    Args:
        source: the expression's text (for the text of each node and the messages).
        all_names: every name the text mentions (generated names avoid them).
        assigned_later: names some statement assigns (reading one earlier is refused).
    """

    def __init__(self, source: str, all_names: set[str], assigned_later: set[str]):
        self.source = source
        self.nodes: list[ParsedNode] = []
        self.scope: dict[str, int] = {}
        self.input_names: list[str] = []
        self.assigned: list[str] = []
        self.all_names = all_names
        self.assigned_later = set(assigned_later)
        self.counter = 0
        self.operations = 0

    # -- messages -------------------------------------------------------------------------
    def _where(self, node: ast.AST) -> str:
        line = getattr(node, "lineno", 1)
        column = getattr(node, "col_offset", 0) + 1
        segment = excerpt(ast.get_source_segment(self.source, node) or "")
        return f"Line {line}, column {column}, `{segment}`"

    def fail(self, node: ast.AST, reason: str) -> ValueError:
        """The error for ``node``: where it is, why it is refused, what is allowed."""
        return ValueError(f"{self._where(node)}: {reason} Allowed: {ALLOWED_TEXT}.")

    # -- nodes ----------------------------------------------------------------------------
    def text(self, node: ast.AST) -> str:
        """The source text of ``node`` on one line."""
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
                          text=self.text(source_node), line=source_node.lineno,
                          column=source_node.col_offset + 1, **extra)
        self.nodes.append(node)
        return node.index

    def _input(self, name: str) -> int:
        node = ParsedNode(index=len(self.nodes), op="input", operands=(), name=name, text=name)
        self.nodes.append(node)
        self.scope[name] = node.index
        self.input_names.append(name)
        return node.index

    @staticmethod
    def number(node: ast.AST) -> float | int | None:
        """The number of a literal, or of a signed literal (``-2``), else None."""
        sign = 1
        while isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            if isinstance(node.op, ast.USub):
                sign = -sign
            node = node.operand
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return sign * node.value
        return None

    def _literal(self, value, node: ast.AST) -> int:
        try:
            magnitude = abs(float(value))
        except OverflowError:
            magnitude = math.inf
        if not math.isfinite(magnitude) or magnitude > MAX_LITERAL:
            raise self.fail(node, f"numbers must be finite and at most {MAX_LITERAL:g} in size.")
        return self._add("literal", (), node, literal=value, name=f"{value:g}")

    def expression(self, node: ast.AST, name: str | None = None) -> int:
        """Add the nodes of ``node`` (operands first); return the index of its result.

        Raises:
            ValueError: ``node`` uses anything outside the allow-list.
        """
        handlers = {ast.Constant: self._constant, ast.Name: self._name,
                    ast.UnaryOp: self._unary, ast.BinOp: self._binary, ast.Call: self._call}
        handler = handlers.get(type(node))
        if handler is not None:
            return handler(node, name)
        reason = _REFUSED.get(type(node), f"{type(node).__name__} is not allowed.")
        raise self.fail(node, reason)

    def _constant(self, node: ast.Constant, name: str | None) -> int:
        if type(node.value) not in (int, float):
            raise self.fail(node, f"{type(node.value).__name__} values are not allowed; "
                                  "only numbers are.")
        return self._literal(node.value, node)

    def _name(self, node: ast.Name, name: str | None) -> int:
        if node.id in self.scope:
            return self.scope[node.id]
        if node.id in FUNCTIONS:
            raise self.fail(node, f"{node.id!r} is a function; call it, e.g. {node.id}(x).")
        try:
            check_name(node.id, "Name")
        except ValueError as error:
            raise self.fail(node, str(error)) from None
        if node.id in self.assigned_later:
            raise self.fail(node, f"{node.id!r} is used before the line that assigns it.")
        return self._input(node.id)

    def _unary(self, node: ast.UnaryOp, name: str | None) -> int:
        number = self.number(node)
        if number is not None:
            return self._literal(number, node)
        if isinstance(node.op, ast.UAdd):
            return self.expression(node.operand, name)
        if isinstance(node.op, ast.USub):
            operand = self.expression(node.operand)
            return self._add("negative", (operand,), node, name=name)
        raise self.fail(node, f"the operator {type(node.op).__name__} is not allowed.")

    def _binary(self, node: ast.BinOp, name: str | None) -> int:
        op = BINARY_OPS.get(type(node.op))
        if op is None:
            raise self.fail(node, f"the operator {type(node.op).__name__} is not allowed.")
        if op == "pow":
            exponent = self.number(node.right)
            if exponent is None or abs(exponent) > MAX_EXPONENT:
                raise self.fail(node.right, "the exponent of ** must be a plain number "
                                            f"between -{MAX_EXPONENT} and {MAX_EXPONENT} "
                                            "(huge powers overflow; write exp(...) for e^x).")
            base = self.expression(node.left)
            return self._add("pow", (base,), node, exponent=exponent, name=name)
        left = self.expression(node.left)
        right = self.expression(node.right)
        return self._add(op, (left, right), node, name=name)

    def _call(self, node: ast.Call, name: str | None) -> int:
        function = node.func
        if isinstance(function, ast.Attribute):
            raise self.fail(function, f"attribute access is not allowed; write "
                                      f"{excerpt(function.attr)}(...) instead of "
                                      f"{excerpt(self.text(function))}(...).")
        if not isinstance(function, ast.Name) or function.id not in FUNCTIONS:
            called = function.id if isinstance(function, ast.Name) else self.text(function)
            raise self.fail(node, f"calling {shorten(called)} is not allowed.")
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

    # -- statements -----------------------------------------------------------------------
    def statement(self, statement: ast.stmt, last: bool) -> tuple[str, int]:
        """Add one statement's nodes; return ``(name, index)`` of its result.

        Raises:
            ValueError: the statement is not ``name = …`` or (last only) a bare expression.
        """
        if isinstance(statement, ast.Assign):
            return self._assignment(statement)
        if isinstance(statement, ast.Expr):
            if not last:
                raise self.fail(statement, "only the last line may be a bare expression; "
                                           "give this one a name (name = …).")
            value = statement.value
            if isinstance(value, ast.Name) or self.number(value) is not None:
                raise self.fail(value, "the output must be computed by at least one operation.")
            return "output", self.expression(value, name=None if "output" in self.all_names
                                             else "output")
        kind = type(statement).__name__
        raise self.fail(statement, f"the statement {kind} is not allowed.")

    def _assignment(self, statement: ast.Assign) -> tuple[str, int]:
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
        if isinstance(statement.value, ast.Name) or self.number(statement.value) is not None:
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
