"""Is a line of code one the Tensors workspace could have written? (session files)

A session file carries the workspace's code lines; they go into the code view and into
exported scripts and notebooks, which students run. A line is accepted only if it has the
shape of the lines the workspace writes — ``a = tf.ones(shape=(2, 2))``,
``e *= d``, ``v[0:2, 0].assign(3.0)``, ``x = np.random.default_rng(3).normal(0.0, 1.0,
size=(2, 2))`` — read with :mod:`ast` (never run): the calls it makes are the sources,
operations and conversions of :mod:`tfintro_gui.core.tensors.specs`, and its names are
entries, ``tf`` and ``np``. Anything else (an import of ``os``, ``__import__``, a call of
``tf.io.write_file``, an attribute of an entry other than ``assign``…) is refused.
"""

from __future__ import annotations

import ast
import keyword

from tfintro_gui.core.tensors.specs import CONVERSIONS, DTYPES, OPS, SOURCES

#: Module-level functions the workspace's code calls.
CALLS = frozenset(
    {key for key in SOURCES}
    | {spec.function for spec in OPS.values() if not spec.function.startswith("operator.")}
    | {spec.key for spec in CONVERSIONS.values() if "." in spec.key}
    | {"tf.Variable", "tf.constant", "tf.cast", "tf.random.stateless_normal",
       "tf.random.stateless_uniform", "np.random.default_rng"})
#: Methods called on an entry (or a slice of one) and on a NumPy random generator.
ENTRY_METHODS = frozenset({"assign", "assign_add", "assign_sub", "numpy"})
GENERATOR_METHODS = frozenset({"normal", "uniform"})
IMPORTS = {("numpy", "np"), ("tensorflow", "tf")}
_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.MatMult)


def dotted_name(node: ast.AST) -> str | None:
    """``"tf.random.normal"`` for the attribute chain ``tf.random.normal``, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def _is_entry_name(name: str) -> bool:
    return (name.isidentifier() and not keyword.iskeyword(name)
            and not name.startswith("__") and name not in ("tf", "np"))


def _check_call(node: ast.Call) -> bool:
    function = node.func
    name = dotted_name(function)
    if name in CALLS:
        pass
    elif isinstance(function, ast.Attribute) and function.attr in ENTRY_METHODS:
        target = function.value
        if isinstance(target, ast.Subscript):
            if not _check_expression(target):
                return False
        elif not (isinstance(target, ast.Name) and _is_entry_name(target.id)):
            return False
    elif isinstance(function, ast.Attribute) and function.attr in GENERATOR_METHODS:
        inner = function.value
        if not (isinstance(inner, ast.Call) and dotted_name(inner.func)
                == "np.random.default_rng" and _check_call(inner)):
            return False
    else:
        return False
    return (all(_check_expression(argument) for argument in node.args)
            and all(item.arg is not None and _check_expression(item.value)
                    for item in node.keywords))


def _check_expression(node: ast.AST) -> bool:  # noqa: C901 - one case per node type
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float, complex, str, bool, type(None)))
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_check_expression(element) for element in node.elts)
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.op, (ast.USub, ast.UAdd)) and _check_expression(node.operand)
    if isinstance(node, ast.BinOp):
        return (isinstance(node.op, _OPERATORS) and _check_expression(node.left)
                and _check_expression(node.right))
    if isinstance(node, ast.Name):
        return _is_entry_name(node.id)
    if isinstance(node, ast.Attribute):  # a dtype: tf.float32, np.float64
        name = dotted_name(node)
        return name is not None and name.split(".")[0] in ("tf", "np") \
            and name.split(".", 1)[1] in DTYPES
    if isinstance(node, ast.Subscript):
        return (isinstance(node.value, ast.Name) and _is_entry_name(node.value.id)
                and _check_expression(node.slice))
    if isinstance(node, ast.Slice):
        return all(part is None or _check_expression(part)
                   for part in (node.lower, node.upper, node.step))
    if isinstance(node, ast.Call):
        return _check_call(node)
    return False


def _check_statement(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Import):
        return all((alias.name, alias.asname) in IMPORTS for alias in statement.names)
    if isinstance(statement, ast.Assign):
        return (len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)
                and _is_entry_name(statement.targets[0].id)
                and _check_expression(statement.value))
    if isinstance(statement, ast.AugAssign):
        return (isinstance(statement.target, ast.Name) and _is_entry_name(statement.target.id)
                and isinstance(statement.op, _OPERATORS) and _check_expression(statement.value))
    if isinstance(statement, ast.Expr):
        call = statement.value
        return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in ENTRY_METHODS and _check_call(call))
    return False


def is_workspace_code(line: str) -> bool:
    """True if ``line`` is a line of the shape the workspace writes (see the module).

    Args:
        line: one line of Python, as stored in a session file.

    Returns:
        False for anything else, including text that is not Python.
    """
    try:
        tree = ast.parse(line, mode="exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return all(_check_statement(statement) for statement in tree.body)
