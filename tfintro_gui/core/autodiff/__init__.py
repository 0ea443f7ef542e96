"""Automatic differentiation taught step by step: parse, step forward, step backward, check.

Where things are:

- ``limits`` — caps on text, sizes and counts, checked before any work;
- ``errors`` — refusals as data (a code, values, where), worded by the UI;
- ``syntax``, ``builder``, ``parser`` — the allow-listed expression language, turned into
  node records by :mod:`ast` (never ``eval``);
- ``inputs`` — input values, kinds and dtypes;
- ``ops`` — each op's TensorFlow call and local backward rule;
- ``nodes`` — the records handed out (nodes, forward and backward steps, kinks), as data;
- ``structure``, ``graph`` — the graph, its tape rules, and stepping it
  (:func:`build_graph` is the entry point);
- ``checks`` — the chain rule against ``tape.gradient`` and finite differences;
- ``tape_code`` — the equivalent ``tf.GradientTape`` script;
- ``lab`` — the panel's model (:class:`BackpropLab`); ``presets``, ``self_check``.
"""

from tfintro_gui.core.autodiff.checks import (
    GradientComparison,
    TapeReuse,
    compare_gradients,
    numeric_gradients,
    second_gradient_call,
    tape_gradients,
)
from tfintro_gui.core.autodiff.errors import (
    MESSAGE_TEMPLATES,
    Explanation,
    GraphError,
    GraphInputError,
    GraphTypeError,
    Place,
)
from tfintro_gui.core.autodiff.formatting import format_shape, format_value, python_literal
from tfintro_gui.core.autodiff.graph import ComputationGraph, build_graph
from tfintro_gui.core.autodiff.inputs import (
    INPUT_DTYPES,
    INPUT_KINDS,
    InputSpec,
    parse_input_value,
)
from tfintro_gui.core.autodiff.lab import BackpropLab, BuildOutcome, Detail, InputRow, Progress
from tfintro_gui.core.autodiff.nodes import (
    NONE_REASONS,
    BackwardStep,
    BackwardTerm,
    ForwardStep,
    GradientInfo,
    Kink,
    Node,
    NodeDetails,
)
from tfintro_gui.core.autodiff.parser import FUNCTIONS, ParsedExpression, parse_expression

__all__ = [
    "FUNCTIONS",
    "INPUT_DTYPES",
    "INPUT_KINDS",
    "MESSAGE_TEMPLATES",
    "NONE_REASONS",
    "BackpropLab",
    "BackwardStep",
    "BackwardTerm",
    "BuildOutcome",
    "ComputationGraph",
    "Detail",
    "Explanation",
    "ForwardStep",
    "GradientComparison",
    "GradientInfo",
    "GraphError",
    "GraphInputError",
    "GraphTypeError",
    "InputRow",
    "InputSpec",
    "Kink",
    "Node",
    "NodeDetails",
    "ParsedExpression",
    "Place",
    "Progress",
    "TapeReuse",
    "build_graph",
    "compare_gradients",
    "format_shape",
    "format_value",
    "numeric_gradients",
    "parse_expression",
    "parse_input_value",
    "python_literal",
    "second_gradient_call",
    "tape_gradients",
]
