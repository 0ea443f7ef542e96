"""Automatic differentiation taught step by step: parse, step forward, step backward, check.

``build_graph(expression, inputs)`` is the entry point; see
:func:`tfintro_gui.core.autodiff.graph.build_graph`.
"""

from tfintro_gui.core.autodiff.checks import (
    GradientComparison,
    TapeReuse,
    compare_gradients,
    numeric_gradients,
    second_gradient_call,
    tape_gradients,
)
from tfintro_gui.core.autodiff.formatting import NOT_COMPUTED, format_gradient, format_value
from tfintro_gui.core.autodiff.graph import (
    INPUT_DTYPES,
    INPUT_KINDS,
    NONE_EXPLANATIONS,
    BackwardStep,
    BackwardTerm,
    ComputationGraph,
    ForwardStep,
    GradientInfo,
    InputSpec,
    Kink,
    Node,
    build_graph,
    parse_input_value,
)
from tfintro_gui.core.autodiff.parser import FUNCTIONS, ParsedExpression, parse_expression

__all__ = [
    "FUNCTIONS",
    "INPUT_DTYPES",
    "INPUT_KINDS",
    "NONE_EXPLANATIONS",
    "NOT_COMPUTED",
    "BackwardStep",
    "BackwardTerm",
    "ComputationGraph",
    "ForwardStep",
    "GradientComparison",
    "GradientInfo",
    "InputSpec",
    "Kink",
    "Node",
    "ParsedExpression",
    "TapeReuse",
    "build_graph",
    "compare_gradients",
    "format_gradient",
    "format_value",
    "numeric_gradients",
    "parse_expression",
    "parse_input_value",
    "second_gradient_call",
    "tape_gradients",
]
