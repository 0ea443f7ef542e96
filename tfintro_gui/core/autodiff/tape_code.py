"""The ``with tf.GradientTape() as tape:`` script a graph corresponds to.

The student's statements are rewritten into TensorFlow's spelling through :mod:`ast`
(``relu(x)`` -> ``tf.nn.relu(x)``); nothing is executed here.
"""

from __future__ import annotations

import ast

from tfintro_gui.core.autodiff.formatting import python_literal
from tfintro_gui.core.autodiff.inputs import InputSpec
from tfintro_gui.core.autodiff.ops import TF_FUNCTIONS
from tfintro_gui.core.autodiff.structure import GraphStructure


class _ToTensorFlow(ast.NodeTransformer):
    """Rewrites allowed calls into TensorFlow's spelling (``relu(x)`` -> ``tf.nn.relu(x)``)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = node.func.id
        if name == "crossentropy":
            y_true, y_pred = (ast.unparse(argument) for argument in node.args)
            text = f"-tf.reduce_mean(tf.reduce_sum({y_true} * tf.math.log({y_pred}), axis=-1))"
            return ast.parse(text, mode="eval").body
        node.func = ast.parse(TF_FUNCTIONS[name], mode="eval").body
        return node


def tensorflow_statements(source: str, output_name: str) -> list[str]:
    """The checked source's statements in TensorFlow spelling, a bare last expression
    assigned to ``output_name``."""
    tree = _ToTensorFlow().visit(ast.parse(source))
    lines = []
    for statement in tree.body:
        if isinstance(statement, ast.Expr):
            statement = ast.Assign(targets=[ast.Name(output_name, ast.Store())],
                                   value=statement.value, lineno=0)
        lines.append(ast.unparse(statement))
    return lines


def _input_line(name: str, spec: InputSpec) -> str:
    """``w = tf.Variable(3.0)``, or a generated input made by its recipe's TensorFlow call."""
    comments = []
    if spec.recipe is not None:
        made = spec.recipe.code(spec.dtype)
        line = f"{name} = tf.Variable({made})" if spec.kind == "variable" else f"{name} = {made}"
        comments.append(spec.recipe.comment)
    else:
        dtype = "" if spec.dtype in ("float32", "int32") else f", dtype=tf.{spec.dtype}"
        maker = "tf.Variable" if spec.kind == "variable" else "tf.constant"
        line = f"{name} = {maker}({python_literal(spec.value)}{dtype})"
    if spec.kind == "constant":
        comments.append("not watched: its gradient will be None")
    comment = "; ".join(part for part in comments if part)
    return f"{line}  # {comment}" if comment else line


def tape_code(graph: GraphStructure) -> str:
    """The ``with tf.GradientTape() as tape:`` block ``graph`` corresponds to.

    Args:
        graph: a graph built from a checked expression.

    Returns:
        A runnable Python script: the inputs (``tf.Variable`` or ``tf.constant``), the tape
        block with ``tape.watch`` for watched constants and the student's lines in
        TensorFlow spelling, one ``tape.gradient`` call for all sources (the notebook's
        ``tape.gradient(loss_val, [w, b, x1, x2])``), and prints. Generated inputs are
        made by their recipe's TensorFlow call (the same numbers, seeded), and the output's
        value is printed too.
    """
    lines = ["import tensorflow as tf", ""]
    for name, spec in graph.inputs.items():
        lines.append(_input_line(name, spec))
    lines += ["", "with tf.GradientTape() as tape:"]
    lines += [f"    tape.watch({name})" for name, spec in graph.inputs.items()
              if spec.kind == "watched"]
    lines += ["    " + line for line in tensorflow_statements(graph.parsed.source,
                                                            graph.output.name)]
    sources = ", ".join(graph.source_names)
    output = graph.output.name
    if any(spec.recipe is not None for spec in graph.inputs.values()):
        lines.append(f"print(\"{output} =\", {output}.numpy())")
    lines += [f"gradients = tape.gradient({output}, [{sources}])",
              f"for name, gradient in zip({list(graph.source_names)!r}, gradients):",
              f"    print(f\"d{output}/d{{name}} =\", gradient)"]
    return "\n".join(lines)
