"""The computation graph against the notebook's numbers (Chollet, ch. 3) and TensorFlow."""

import runpy

import numpy as np
import pytest

from tfintro_gui.core.autodiff import (
    build_graph,
    compare_gradients,
    numeric_gradients,
    second_gradient_call,
    tape_gradients,
)
from tfintro_gui.core.autodiff.presets import PRESETS, preset

NOTEBOOK = "x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)"
NOTEBOOK_INPUTS = {"w": 3.0, "b": 1.0, "x": {"value": 2.0, "kind": "constant"},
                   "y_true": {"value": 4.0, "kind": "constant"}}


@pytest.fixture
def notebook():
    return build_graph(NOTEBOOK, NOTEBOOK_INPUTS)


def test_forward_steps_evaluate_one_node_at_a_time(notebook):
    assert notebook.value("w") == 3.0  # inputs are known at once
    assert notebook.value("x1") is None  # not evaluated yet
    steps = notebook.forward_steps()
    first = next(steps)
    assert first.node.name == "x1"
    assert float(first.value) == 6.0
    assert (first.expression, first.substituted, first.code) == ("w * x", "3 * 2", "x1 = w * x")
    assert notebook.value("x2") is None
    rest = list(steps)
    assert [float(step.value) for step in rest] == [7.0, -3.0, 3.0]
    assert rest[-1].node.name == "loss_val"
    assert rest[-1].code == "loss_val = tf.abs(t1)"
    assert notebook.forward_done
    assert notebook.step_forward() is None


def test_step_forward_resumes_where_it_stopped(notebook):
    assert notebook.step_forward().node.name == "x1"
    assert notebook.step_forward().node.name == "x2"
    assert float(notebook.value("x2")) == 7.0


def test_backward_gives_the_notebook_gradients(notebook):
    gradients = notebook.chain_rule_gradients()
    assert float(gradients["w"]) == 2.0
    assert float(gradients["b"]) == 1.0
    assert float(gradients["x1"]) == 1.0
    assert float(gradients["x2"]) == 1.0
    assert gradients["x"] is None and gradients["y_true"] is None


def test_gradients_not_reached_are_not_computed_never_zero(notebook):
    assert not notebook.gradient("w").computed and notebook.gradient("w").value is None
    steps = notebook.backward_steps()  # runs the forward pass first
    seed = next(steps)
    assert seed.seed and seed.node.name == "loss_val" and float(seed.gradient) == 1.0
    assert notebook.gradient("loss_val").computed
    assert float(notebook.gradient("loss_val").value) == 1.0
    assert not notebook.gradient("w").computed
    assert not notebook.gradient("b").computed
    list(steps)
    assert float(notebook.gradient("w").value) == 2.0
    x = notebook.gradient("x")
    assert x.computed and x.value is None and x.none_reason == "not watched"


def test_backward_step_carries_upstream_local_and_product(notebook):
    steps = {step.node.name: step for step in notebook.run_backward()}
    (term,) = steps["t1"].terms
    assert term.consumer.name == "loss_val" and term.consumer_expression == "loss_val = abs(t1)"
    assert float(term.upstream) == 1.0
    assert term.formula == "∂|t1|/∂t1 = sign(t1)" and not term.rule_is_constant
    assert float(term.local) == -1.0 and term.operand_values == "t1 = -3"
    assert float(term.contribution) == -1.0 and term.is_scalar
    (w_term,) = steps["w"].terms
    assert w_term.formula == "∂(w·x)/∂w = x" and float(w_term.local) == 2.0
    assert float(steps["w"].gradient) == 2.0
    assert steps["x"].gradient is None and steps["x"].none_reason == "not watched"
    (x2_term,) = steps["x2"].terms
    assert x2_term.formula == "∂(y_true − x2)/∂x2 = −1" and x2_term.rule_is_constant


def test_node_details_hold_value_gradient_and_path(notebook):
    notebook.run_backward()
    details = notebook.node_details("b")
    assert details.node.name == "b" and float(details.value) == 1.0
    assert (details.shape, details.dtype, details.output_name) == ((), "float32", "loss_val")
    assert float(details.gradient.value) == 1.0
    assert details.path == ("b", "x2", "t1", "loss_val")
    assert details.backward is not None and details.forward is None
    x1 = notebook.node_details("x1")
    assert x1.code == "x1 = w * x" and x1.forward.substituted == "3 * 2"


def test_backward_order_is_reverse_topological(notebook):
    names = [step.node.name for step in notebook.run_backward()]
    assert names[0] == "loss_val"
    for earlier, later in (("loss_val", "t1"), ("t1", "x2"), ("x2", "x1"), ("x1", "w")):
        assert names.index(earlier) < names.index(later)


def test_path_from_the_loss_to_w(notebook):
    index = {node.name: node.index for node in notebook.nodes}
    edges = notebook.path_edges("w")
    assert edges == {(index["w"], index["x1"]), (index["x1"], index["x2"]),
                     (index["x2"], index["t1"]), (index["t1"], index["loss_val"])}


def test_a_node_used_twice_sums_its_paths():
    example = preset("logistic")
    graph = build_graph(example.expression, example.inputs)
    steps = {step.node.name: step for step in graph.run_backward()}
    logit = steps["logit"]
    assert len(logit.terms) == 2
    total = sum(float(term.contribution) for term in logit.terms)
    sigmoid = 1 / (1 + np.exp(-0.7))
    assert float(logit.gradient) == pytest.approx(total, rel=1e-6, abs=1e-6)
    assert float(logit.gradient) == pytest.approx(sigmoid - 1.0, rel=1e-5, abs=1e-6)
    assert len({term.consumer.name for term in logit.terms}) == 2  # two consumers


def test_square_of_a_variable_is_six():
    graph = build_graph("r = x**2", {"x": 3.0})
    assert float(graph.chain_rule_gradients()["x"]) == 6.0
    assert float(tape_gradients(graph)["x"]) == 6.0
    assert float(numeric_gradients(graph)["x"]) == pytest.approx(6.0, rel=1e-6)


def test_constant_needs_tape_watch():
    unwatched = build_graph("r = square(x)", {"x": {"value": 3.0, "kind": "constant"}})
    assert unwatched.chain_rule_gradients()["x"] is None
    assert tape_gradients(unwatched)["x"] is None
    assert numeric_gradients(unwatched)["x"] is None
    assert unwatched.none_reason("x") == "not watched"
    watched = build_graph("r = square(x)", {"x": {"value": 3.0, "kind": "watched"}})
    assert float(watched.chain_rule_gradients()["x"]) == 6.0
    assert float(tape_gradients(watched)["x"]) == 6.0
    assert "tape.watch(x)" in watched.tape_code()


def test_integer_variable_gives_none():
    graph = build_graph("r = x * x", {"x": {"value": 3, "dtype": "int32"}})
    graph.run_forward()
    assert int(graph.value("r")) == 9
    assert graph.chain_rule_gradients()["x"] is None
    assert tape_gradients(graph)["x"] is None
    assert graph.none_reason("x") == "integer dtype"


def test_none_is_not_zero():
    example = preset("none_vs_zero")
    graph = build_graph(example.expression, example.inputs)
    gradients = graph.chain_rule_gradients()
    assert gradients["w"] is not None and float(gradients["w"]) == 0.0
    assert gradients["d"] is None and gradients["side"] is None
    assert float(graph.gradient("w").value) == 0.0
    d = graph.gradient("d")
    assert d.computed and d.value is None and d.none_reason == "no path"
    tape = tape_gradients(graph)
    assert tape["d"] is None and float(tape["w"]) == 0.0


def test_matrix_nodes_use_matrix_forms():
    example = preset("two_layer")
    graph = build_graph(example.expression, example.inputs)
    steps = {step.node.name: step for step in graph.run_backward()}
    w1 = steps["W1"]
    assert w1.terms[0].formula == "∂L/∂W1 = xᵀ · ∂L/∂t1" and w1.terms[0].local is None
    upstream = w1.terms[0].upstream
    x = example.inputs["x"]["value"]
    np.testing.assert_allclose(w1.gradient, np.array(x, np.float32).T @ upstream, rtol=1e-6,
                               atol=1e-6)
    assert w1.gradient.shape == (3, 4)
    b1 = steps["b1"]
    assert b1.gradient.shape == (4,)
    assert b1.terms[0].summed_axes == (0,)
    tape = tape_gradients(graph)
    for name, gradient in graph.chain_rule_gradients().items():
        if gradient is None:
            assert tape[name] is None
        else:
            np.testing.assert_allclose(gradient, tape[name], rtol=1e-5, atol=1e-6)


def test_kinks_are_explained_not_flagged():
    example = preset("kinks")
    graph = build_graph(example.expression, example.inputs)
    rows = {row.name: row for row in compare_gradients(graph)}
    assert float(rows["z"].chain_rule) == 0.0 and float(rows["z"].tape) == 0.0
    assert float(rows["z"].numeric) == pytest.approx(0.5)
    assert rows["z"].status == "kink" and rows["z"].agrees
    (kink,) = rows["z"].kinks
    assert (kink.node.name, kink.expression, kink.rule.where) == ("t1", "relu(z)", "z = 0")
    assert (kink.rule.left, kink.rule.right, kink.rule.tensorflow) == (0.0, 1.0, 0.0)
    assert kink.rule.central == 0.5
    assert float(rows["u"].chain_rule) == 0.0 and rows["u"].status == "agree"
    (abs_kink,) = rows["u"].kinks
    assert (abs_kink.rule.left, abs_kink.rule.right, abs_kink.rule.central) == (-1.0, 1.0, 0.0)


def test_every_preset_agrees_three_ways():
    for example in PRESETS:
        graph = build_graph(example.expression, example.inputs)
        rows = compare_gradients(graph)
        assert rows, example.key
        assert all(row.agrees for row in rows), (example.key, [r for r in rows if not r.agrees])


def test_second_gradient_call_raises_runtime_error(notebook):
    reuse = second_gradient_call(notebook)
    assert reuse.error_type == "RuntimeError"
    assert "non-persistent" in reuse.error_message
    assert float(reuse.first["w"]) == 2.0
    assert float(reuse.persistent_first["w"]) == 2.0
    assert float(reuse.persistent_second["w"]) == 2.0
    assert "persistent=True" in reuse.code


def test_tape_code_runs_and_prints_the_notebook_gradients(notebook, tmp_path, capsys):
    code = notebook.tape_code()
    assert "with tf.GradientTape() as tape:" in code
    assert "    loss_val = tf.abs(y_true - x2)" in code
    script = tmp_path / "tape.py"
    script.write_text(code)
    runpy.run_path(str(script))
    printed = capsys.readouterr().out
    assert "dloss_val/dw = tf.Tensor(2.0" in printed
    assert "dloss_val/dx = None" in printed


@pytest.mark.parametrize("expression, inputs, fragment", [
    ("t = x @ W", {"x": [[1.0, 2.0, 3.0]], "W": [[1.0] * 4] * 4}, "matmul needs matrices"),
    ("t = a + b", {"a": {"value": 1.0, "dtype": "float64"}, "b": 1.0}, "dtypes differ"),
    ("t = a * 0.5", {"a": {"value": 2, "dtype": "int32"}}, "cannot be an int32"),
    ("t = a + b", {"a": [1.0, 2.0], "b": [1.0, 2.0, 3.0]}, "broadcastable"),
    ("t = a + b", {"a": 1.0}, "No value for 'b'"),
    ("t = a * 2", {"a": 1.0, "q": 2.0}, "'q' is not read"),
    ("t = a * 2", {"a": {"value": 1.0, "kind": "trainable"}}, "kind 'trainable' is unknown"),
])
def test_bad_graphs_raise_value_error_naming_the_problem(expression, inputs, fragment):
    with pytest.raises(ValueError) as caught:
        build_graph(expression, inputs)
    assert fragment in str(caught.value)


def test_shape_errors_point_at_the_line():
    with pytest.raises(ValueError) as caught:
        build_graph("h = x @ W1\nloss_val = reduce_sum(h @ W2)",
                    {"x": [[1.0, 2.0]], "W1": [[1.0, 2.0], [3.0, 4.0]], "W2": [[1.0, 2.0, 3.0]]})
    message = str(caught.value)
    assert "Line 2" in message and "`h @ W2`" in message
    assert "(1, 2) and (1, 3)" in message


def test_reset_forgets_values_and_gradients(notebook):
    notebook.run_backward()
    notebook.reset()
    assert notebook.value("x1") is None
    assert not notebook.gradient("w").computed
    assert float(notebook.value("w")) == 3.0


@pytest.mark.parametrize("expression", [
    "r = a + b", "r = a - b", "r = a * b", "r = a / b", "r = a ** 3", "r = a ** -2",
    "r = -a * b", "r = abs(a) * b", "r = square(a)", "r = sqrt(a)", "r = exp(a)", "r = log(a)",
    "r = relu(a) * b", "r = sigmoid(a)", "r = tanh(a)", "r = softplus(a)",
    "r = maximum(a, b)", "r = maximum(b, a)", "r = reduce_sum(a * b)", "r = reduce_mean(a * b)",
])
def test_each_local_rule_matches_the_tape_and_finite_differences(expression):
    graph = build_graph(expression, {name: value for name, value in
                                     (("a", 0.7), ("b", -1.3)) if name in expression})
    chain = graph.chain_rule_gradients()
    tape = tape_gradients(graph)
    numeric = numeric_gradients(graph)
    for name in chain:
        np.testing.assert_allclose(chain[name], tape[name], rtol=1e-6, atol=1e-6, err_msg=name)
        np.testing.assert_allclose(chain[name], numeric[name], rtol=1e-4, atol=1e-4,
                                   err_msg=name)


@pytest.mark.parametrize("expression", [
    "r = reduce_sum(matmul(A, B))", "r = reduce_sum((A @ B) * (A @ B))",
    "r = reduce_sum(softmax(A @ B) * C)", "r = crossentropy(C, softmax(A @ B))",
    "r = reduce_mean(A @ B + v)", "r = reduce_sum(s * A)",
])
def test_matrix_rules_match_the_tape_and_finite_differences(expression):
    values = {"A": [[0.5, -1.0, 2.0], [1.5, 0.2, -0.3]], "B": [[1.0, 0.3], [-0.4, 0.8],
                                                                [0.6, -0.2]],
              "C": [[0.0, 1.0], [1.0, 0.0]], "v": [0.1, -0.2], "s": 1.7}
    inputs = {name: value for name, value in values.items()
              if name in expression.replace("reduce_sum", "").replace("reduce_mean", "")
              .replace("softmax", "").replace("crossentropy", "").replace("matmul", "")}
    graph = build_graph(expression, inputs)
    chain = graph.chain_rule_gradients()
    tape = tape_gradients(graph)
    numeric = numeric_gradients(graph)
    for name in chain:
        np.testing.assert_allclose(chain[name], tape[name], rtol=1e-5, atol=1e-6, err_msg=name)
        np.testing.assert_allclose(chain[name], numeric[name], rtol=1e-3, atol=1e-4,
                                   err_msg=name)
