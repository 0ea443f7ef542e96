"""Automatic differentiation taught step by step: parse, step forward, step backward, check.

Where things are:

- ``limits`` — caps on text, sizes and counts, checked before any work;
- ``errors`` — refusals as data (a code, values, where), worded by the UI;
- ``syntax``, ``builder``, ``parser`` — the allow-listed expression language, turned into
  node records by :mod:`ast` (never ``eval``);
- ``inputs`` — input values, kinds and dtypes; ``generated`` — seeded recipes for inputs
  too large to type;
- ``ops`` — each op's TensorFlow call and local backward rule;
- ``nodes`` — the records handed out (nodes, forward and backward steps, kinks), as data;
- ``structure``, ``graph`` — the graph, its tape rules, and stepping it
  (:func:`build_graph` is the entry point);
- ``checks`` — the chain rule against ``tape.gradient`` and finite differences;
- ``tape_code`` — the equivalent ``tf.GradientTape`` script;
- ``lab`` — the panel's model (:class:`BackpropLab`); ``presets``, ``self_check``.
"""

import lazy_loader

# Submodules load on first use, so a panel's controls paint before NumPy is imported.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "checks": [
            "GradientComparison", "SampledDifferences", "TapeReuse", "compare_gradients",
            "numeric_gradients", "second_gradient_call", "tape_gradients"
        ],
        "errors": [
            "MESSAGE_TEMPLATES", "Explanation", "GraphError", "GraphInputError",
            "GraphTypeError", "Place"
        ],
        "formatting": ["format_shape", "format_value", "python_literal"],
        "graph": ["ComputationGraph", "build_graph"],
        "inputs": ["INPUT_DTYPES", "INPUT_KINDS", "InputSpec", "parse_input_value"],
        "lab": ["BackpropLab", "BuildOutcome", "Detail", "InputRow", "Progress"],
        "nodes": [
            "NONE_REASONS", "BackwardStep", "BackwardTerm", "ForwardStep", "GradientInfo",
            "Kink", "Node", "NodeDetails"
        ],
        "parser": ["FUNCTIONS", "ParsedExpression", "parse_expression"],
    },
)
