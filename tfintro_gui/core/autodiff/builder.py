"""Turns a checked ``ast.Module`` into :class:`~tfintro_gui.core.autodiff.syntax.ParsedNode`
records, refusing everything outside the allow-list with the line, column and text at fault.

Only :func:`tfintro_gui.core.autodiff.parser.parse_expression` uses it, after the raw text
has passed the length and nesting caps.
"""

from __future__ import annotations

import ast
import math
from dataclasses import replace

from tfintro_gui.core.autodiff.errors import Explanation, GraphInputError, Place
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
#: What the messages list as allowed (after every refusal of the expression's syntax).
ALLOWED = Explanation("allowed", {"functions": ", ".join(FUNCTIONS)})
#: Syntax refused outright: ``ast`` type -> the code of the reason.
_REFUSED = {
    ast.Attribute: "syntax.attribute",
    ast.Subscript: "syntax.subscript",
    ast.Slice: "syntax.subscript",
    ast.Lambda: "syntax.lambda",
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
    def place(self, node: ast.AST) -> Place:
        """Where ``node`` is: its line, column and text (cut short)."""
        return Place(getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1,
                     excerpt(ast.get_source_segment(self.source, node) or ""))

    def fail(self, node: ast.AST, code: str, /, **values) -> GraphInputError:
        """The error for ``node``: where it is, why it is refused (``code`` and
        ``values``), what is allowed."""
        return GraphInputError(code, **values).at(self.place(node), ALLOWED)

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
            raise self.fail(source_node, "syntax.too_many_operations", limit=MAX_OPERATIONS)
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
            raise self.fail(node, "syntax.number", limit=f"{MAX_LITERAL:g}")
        return self._add("literal", (), node, literal=value, name=f"{value:g}")

    def expression(self, node: ast.AST, name: str | None = None) -> int:
        """Add the nodes of ``node`` (operands first); return the index of its result.

        Raises:
            GraphInputError: ``node`` uses anything outside the allow-list.
        """
        handlers = {ast.Constant: self._constant, ast.Name: self._name,
                    ast.UnaryOp: self._unary, ast.BinOp: self._binary, ast.Call: self._call}
        handler = handlers.get(type(node))
        if handler is not None:
            return handler(node, name)
        if type(node) in _REFUSED:
            raise self.fail(node, _REFUSED[type(node)])
        raise self.fail(node, "syntax.construct", construct=type(node).__name__)

    def _constant(self, node: ast.Constant, name: str | None) -> int:
        if type(node.value) not in (int, float):
            raise self.fail(node, "syntax.value_type", type=type(node.value).__name__)
        return self._literal(node.value, node)

    def _name(self, node: ast.Name, name: str | None) -> int:
        if node.id in self.scope:
            return self.scope[node.id]
        if node.id in FUNCTIONS:
            raise self.fail(node, "syntax.function_not_called", name=repr(node.id),
                            function=node.id)
        try:
            check_name(node.id, "name")
        except GraphInputError as error:
            raise error.at(self.place(node), ALLOWED) from None
        if node.id in self.assigned_later:
            raise self.fail(node, "syntax.used_before_assigned", name=repr(node.id))
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
        raise self.fail(node, "syntax.operator", operator=type(node.op).__name__)

    def _binary(self, node: ast.BinOp, name: str | None) -> int:
        op = BINARY_OPS.get(type(node.op))
        if op is None:
            raise self.fail(node, "syntax.operator", operator=type(node.op).__name__)
        if op == "pow":
            exponent = self.number(node.right)
            if exponent is None or abs(exponent) > MAX_EXPONENT:
                raise self.fail(node.right, "syntax.exponent", limit=MAX_EXPONENT)
            base = self.expression(node.left)
            return self._add("pow", (base,), node, exponent=exponent, name=name)
        left = self.expression(node.left)
        right = self.expression(node.right)
        return self._add(op, (left, right), node, name=name)

    def _call(self, node: ast.Call, name: str | None) -> int:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in FUNCTIONS:
            # tf.square(x): suggest square(x), an allowed function.
            raise self.fail(function, "syntax.method", attribute=excerpt(function.attr),
                            call=excerpt(self.text(function)))
        if isinstance(function, ast.Attribute):  # os.system(…): nothing to suggest
            raise self.fail(function, "syntax.attribute")
        if not isinstance(function, ast.Name) or function.id not in FUNCTIONS:
            called = function.id if isinstance(function, ast.Name) else self.text(function)
            raise self.fail(node, "syntax.call", name=shorten(called))
        if node.keywords:
            raise self.fail(node, "syntax.keyword_arguments")
        if any(isinstance(argument, ast.Starred) for argument in node.args):
            raise self.fail(node, "syntax.starred")
        expected = FUNCTIONS[function.id]
        if len(node.args) != expected:
            if expected == 1:
                raise self.fail(node, "syntax.one_argument", function=function.id,
                                count=len(node.args))
            raise self.fail(node, "syntax.arguments", function=function.id, expected=expected,
                            count=len(node.args))
        operands = tuple(self.expression(argument) for argument in node.args)
        return self._add(function.id, operands, node, name=name)

    # -- statements -----------------------------------------------------------------------
    def statement(self, statement: ast.stmt, last: bool) -> tuple[str, int]:
        """Add one statement's nodes; return ``(name, index)`` of its result.

        Raises:
            GraphInputError: the statement is not ``name = …`` or (last only) a bare
                expression.
        """
        if isinstance(statement, ast.Assign):
            return self._assignment(statement)
        if isinstance(statement, ast.Expr):
            if not last:
                raise self.fail(statement, "syntax.bare_expression")
            value = statement.value
            if isinstance(value, ast.Name) or self.number(value) is not None:
                raise self.fail(value, "syntax.no_operation")
            return "output", self.expression(value, name=None if "output" in self.all_names
                                             else "output")
        raise self.fail(statement, "syntax.statement", statement=type(statement).__name__)

    def _assignment(self, statement: ast.Assign) -> tuple[str, int]:
        if len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name):
            raise self.fail(statement, "syntax.assign_target")
        name = statement.targets[0].id
        try:
            check_name(name, "assigned")
        except GraphInputError as error:
            raise error.at(self.place(statement.targets[0]), ALLOWED) from None
        if name in self.scope:
            raise self.fail(statement.targets[0], "syntax.assigned_twice", name=repr(name))
        if isinstance(statement.value, ast.Name) or self.number(statement.value) is not None:
            raise self.fail(statement.value, "syntax.copy")
        index = self.expression(statement.value, name=name)
        if self.nodes[index].name != name:
            raise self.fail(statement.value, "syntax.copy_name")
        self.assigned_later.discard(name)
        self.nodes[index] = replace(self.nodes[index], assigned=True)
        self.scope[name] = index
        self.assigned.append(name)
        return name, index
