"""Random allow-listed expressions: the step-by-step chain rule equals ``tape.gradient``."""

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tfintro_gui.core.autodiff import (
    build_graph,
    numeric_gradients,
    parse_expression,
    tape_gradients,
)

NAMES = ("a", "b", "c")

leaves = st.sampled_from(NAMES) | st.sampled_from(("2", "0.5", "3"))


#: One-operand forms; functions with a restricted domain get an argument inside it.
UNARY = ("abs({})", "square({})", "tanh({})", "sigmoid({})", "softplus({})", "relu({})",
         "(-{})", "log(square({}) + 1)", "sqrt(square({}) + 1)", "exp(tanh({}))", "({}) ** 2",
         "({}) ** 3", "reduce_mean({})")
BINARY = ("({} + {})", "({} - {})", "({} * {})", "maximum({}, {})", "({} / (square({}) + 1))")


def _extend(children):
    return st.one_of(
        st.tuples(st.sampled_from(UNARY), children).map(lambda pair: pair[0].format(pair[1])),
        st.tuples(st.sampled_from(BINARY), children, children).map(
            lambda triple: triple[0].format(triple[1], triple[2])),
    )


expressions = st.recursive(leaves, _extend, max_leaves=6)
values = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False, width=32)
kinds = st.sampled_from(("variable", "variable", "variable", "constant", "watched"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expression=expressions, point=st.tuples(values, values, values),
       input_kinds=st.tuples(kinds, kinds, kinds), use_statements=st.booleans())
def test_chain_rule_matches_gradient_tape(expression, point, input_kinds, use_statements):
    source = f"hidden = 1.0 * ({expression})\nloss_val = hidden * hidden + a" if use_statements \
        else f"{expression} + a"
    parsed = parse_expression(source)
    inputs = {name: {"value": point[NAMES.index(name)], "kind": input_kinds[NAMES.index(name)]}
              for name in parsed.input_names}
    graph = build_graph(source, inputs)
    graph.run_forward()
    assume(all(np.all(np.isfinite(graph.value(node.index))) for node in graph.nodes))
    assume(not graph.kinks(tolerance=1e-3))  # away from corners of abs, relu, maximum

    chain = graph.chain_rule_gradients()
    tape = tape_gradients(graph)
    assert chain.keys() == tape.keys()
    for name, gradient in chain.items():
        if tape[name] is None:
            assert gradient is None, name
            continue
        assert gradient is not None, name
        assert gradient.dtype == tape[name].dtype
        np.testing.assert_allclose(gradient, tape[name], rtol=1e-4, atol=1e-5, err_msg=name)


@settings(max_examples=25, deadline=None)
@given(expression=expressions, point=st.tuples(values, values, values))
def test_finite_differences_match_the_chain_rule_away_from_kinks(expression, point):
    source = f"{expression} + a * b"
    parsed = parse_expression(source)
    inputs = {name: point[NAMES.index(name)] for name in parsed.input_names}
    graph = build_graph(source, inputs)
    graph.run_forward()
    assume(not graph.kinks(tolerance=1e-2))
    chain = graph.chain_rule_gradients()
    numeric = numeric_gradients(graph)
    for name, gradient in chain.items():
        assume(np.all(np.isfinite(gradient)))
        scale = max(1.0, float(np.max(np.abs(gradient))))
        np.testing.assert_allclose(gradient, numeric[name], rtol=1e-3, atol=1e-3 * scale,
                                   err_msg=name)
