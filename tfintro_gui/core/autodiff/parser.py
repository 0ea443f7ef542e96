"""Parse a student's expression into a checked, executable-free description of a graph.

The text goes through Python's :mod:`ast` and an allow-list: numbers, names, simple
assignments, ``+ - * / ** @``, unary minus and plus, and calls of the functions in
:data:`~tfintro_gui.core.autodiff.syntax.FUNCTIONS`. Nothing is ever passed to ``eval`` or
``exec``. The length and the nesting depth are checked *before* :func:`ast.parse` runs,
because the parser itself can exhaust the stack or memory on hostile input.
"""

from __future__ import annotations

import ast

from tfintro_gui.core.autodiff.builder import ALLOWED, GraphBuilder
from tfintro_gui.core.autodiff.errors import GraphInputError, GraphTypeError, Place
from tfintro_gui.core.autodiff.limits import (
    MAX_BRACKET_DEPTH,
    MAX_EXPRESSION_LENGTH,
    MAX_STATEMENTS,
    MAX_TREE_DEPTH,
    bracket_depth,
)
from tfintro_gui.core.autodiff.syntax import (
    FUNCTIONS,
    ParsedExpression,
    ParsedNode,
    check_name,
)

__all__ = ["FUNCTIONS", "MAX_EXPRESSION_LENGTH", "ParsedExpression", "ParsedNode",
           "check_name", "check_expression_text", "parse_expression"]

def check_expression_text(source: str) -> None:
    """Refuse text that is not a string, empty, too long or too deeply bracketed.

    These checks take time proportional to the text at most and run before anything
    else, so the GUI can call this on every change without freezing.

    Raises:
        GraphTypeError: ``source`` is not a string (a ``TypeError``).
        GraphInputError: the text is empty, longer than
            :data:`~tfintro_gui.core.autodiff.limits.MAX_EXPRESSION_LENGTH` characters or
            nests brackets deeper than
            :data:`~tfintro_gui.core.autodiff.limits.MAX_BRACKET_DEPTH`.
    """
    if not isinstance(source, str):
        raise GraphTypeError("expression.not_text", type=type(source).__name__)
    if len(source) > MAX_EXPRESSION_LENGTH:
        raise GraphInputError("expression.too_long", length=len(source),
                              limit=MAX_EXPRESSION_LENGTH)
    if not source.strip():
        raise GraphInputError("expression.empty")
    depth = bracket_depth(source)
    if depth > MAX_BRACKET_DEPTH:
        raise GraphInputError("expression.brackets", depth=depth, limit=MAX_BRACKET_DEPTH)


def _tree_depth(tree: ast.AST) -> int:
    """Depth of ``tree``, walked without recursion (stops once past the cap)."""
    deepest = 0
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_TREE_DEPTH:
            break
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _syntax_tree(source: str) -> ast.Module:
    try:
        tree = ast.parse(source, mode="exec")
    except SyntaxError as error:  # Python's own words are kept verbatim, marked as such
        place = Place(error.lineno or 0, error.offset or 0)
        raise GraphInputError("syntax.invalid", python_error=f"{type(error).__name__}: "
                              f"{error.msg}").at(place, ALLOWED) from None
    except (RecursionError, MemoryError):
        raise GraphInputError("expression.unreadable") from None
    if _tree_depth(tree) > MAX_TREE_DEPTH:
        raise GraphInputError("expression.too_deep", limit=MAX_TREE_DEPTH)
    if not tree.body:
        raise GraphInputError("expression.empty")
    if len(tree.body) > MAX_STATEMENTS:
        raise GraphInputError("expression.statements", count=len(tree.body),
                              limit=MAX_STATEMENTS)
    return tree


def parse_expression(source: str) -> ParsedExpression:
    """Parse and check an expression without evaluating anything.

    Args:
        source: one expression (``abs(y_true - (w * x + b))``) or several ``name = …``
            statements separated by newlines or ``;``, the last one giving the output, e.g.
            ``"x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)"`` (Chollet, Deep
            Learning with Python, ch. 3).

    Returns:
        A :class:`~tfintro_gui.core.autodiff.syntax.ParsedExpression`.

    Raises:
        GraphTypeError: ``source`` is not a string (a ``TypeError``).
        GraphInputError: the text is empty, too long, too deeply nested, not valid Python,
            or uses anything outside the allow-list (a ``ValueError``); its
            :attr:`~tfintro_gui.core.autodiff.errors.GraphError.place` names the line, the
            column and the offending text.
    """
    check_expression_text(source)
    tree = _syntax_tree(source)
    all_names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assigned_later = {target.id for statement in tree.body if isinstance(statement, ast.Assign)
                      for target in statement.targets if isinstance(target, ast.Name)}
    builder = GraphBuilder(source, all_names, assigned_later)
    statements = []
    output = -1
    for position, statement in enumerate(tree.body):
        name, output = builder.statement(statement, last=position == len(tree.body) - 1)
        value = statement.value if isinstance(statement, (ast.Assign, ast.Expr)) else statement
        statements.append((name, builder.text(value)))
    return ParsedExpression(source=source, nodes=tuple(builder.nodes), output=output,
                            input_names=tuple(builder.input_names),
                            assigned_names=tuple(builder.assigned),
                            statements=tuple(statements))
