"""Generated inputs (seeded recipes) and the notebook's Keras model at its real sizes."""

import math
import re
import subprocess
import sys

import numpy as np
import pytest

from tfintro_gui.core.autodiff import BackpropLab, GraphInputError, build_graph
from tfintro_gui.core.autodiff.checks import (
    FINITE_DIFFERENCE_SAMPLES,
    compare_gradients,
    numeric_gradients,
    sample_indices,
    tape_gradients,
)
from tfintro_gui.core.autodiff.generated import glorot_limit, parse_recipe
from tfintro_gui.core.autodiff.limits import MAX_INPUT_ELEMENTS, MAX_NODE_ELEMENTS
from tfintro_gui.core.autodiff.presets import preset

KERAS = preset("keras_two_layer")
RTOL, ATOL = 1e-4, 1e-6


@pytest.fixture(scope="module")
def keras_graph():
    return build_graph(KERAS.expression, KERAS.inputs)


def test_recipes_read_back_as_written():
    recipe = parse_recipe("glorot_uniform( (784, 512) , seed = 2)")
    assert recipe.shape == (784, 512)
    assert recipe.text == "glorot_uniform((784, 512), seed=2)"
    assert parse_recipe("one_hot([5, 0, 4, 1], 10)").shape == (4, 10)
    assert parse_recipe("random_normal((3,), stddev=0.5)").text == \
        "random_normal((3,), stddev=0.5)"


def test_the_preset_has_its_real_sizes(keras_graph):
    shapes = {name: spec.value.shape for name, spec in keras_graph.inputs.items()}
    assert shapes == {"x": (4, 784), "W1": (784, 512), "b1": (512,), "W2": (512, 10),
                      "b2": (10,), "y_true": (4, 10)}
    kinds = {name: spec.kind for name, spec in keras_graph.inputs.items()}
    assert kinds == {"x": "constant", "W1": "variable", "b1": "variable", "W2": "variable",
                     "b2": "variable", "y_true": "constant"}


def test_recipes_make_the_same_numbers_every_time(keras_graph):
    again = build_graph(KERAS.expression, KERAS.inputs)
    for name, spec in keras_graph.inputs.items():
        np.testing.assert_array_equal(spec.value, again.inputs[name].value)
    w1 = keras_graph.inputs["W1"].value
    limit = math.sqrt(6 / (784 + 512))
    assert glorot_limit((784, 512)) == pytest.approx(limit)
    assert w1.dtype == np.float32 and np.abs(w1).max() <= limit
    assert np.abs(w1).max() > 0.99 * limit  # spread over the whole range, not a constant
    assert np.all(keras_graph.inputs["b1"].value == 0)
    x = keras_graph.inputs["x"].value
    assert 0 <= x.min() and x.max() < 1 and 0.45 < x.mean() < 0.55
    np.testing.assert_array_equal(keras_graph.inputs["y_true"].value.argmax(axis=1),
                                  [5, 0, 4, 1])


def test_chain_rule_matches_the_tape_on_every_entry(keras_graph):
    chain = keras_graph.chain_rule_gradients()
    tape = tape_gradients(keras_graph)
    for name in ("W1", "b1", "W2", "b2", "h", "probs"):
        assert chain[name].shape == keras_graph.shapes[keras_graph.node(name).index]
        np.testing.assert_allclose(chain[name], tape[name], rtol=RTOL, atol=ATOL,
                                   err_msg=name)
    assert chain["x"] is None and tape["x"] is None  # constants are not watched
    assert np.abs(chain["W1"]).max() > 1e-3  # a real gradient, not zeros


def test_sampled_finite_differences_agree_with_the_chain_rule(keras_graph):
    chain = keras_graph.chain_rule_gradients()
    numeric = numeric_gradients(keras_graph)
    sample = numeric["W1"]
    assert sample.size == 784 * 512
    assert len(sample.indices) == FINITE_DIFFERENCE_SAMPLES == 16
    assert sample.indices == sample_indices((784, 512))  # the same entries every run
    assert len(set(sample.indices)) == 16
    np.testing.assert_allclose(sample.entries(chain["W1"]), sample.values, rtol=1e-3,
                               atol=1e-5)
    assert np.abs(sample.values).max() > 0  # some sampled entries feed the loss
    assert numeric["b2"].shape == (10,)  # small sources are checked on every entry
    np.testing.assert_allclose(chain["b2"], numeric["b2"], rtol=1e-3, atol=1e-5)


def test_the_three_way_check_agrees_and_says_what_was_sampled(keras_graph):
    rows = {row.name: row for row in compare_gradients(keras_graph)}
    assert all(row.agrees for row in rows.values()), rows
    assert rows["W1"].numeric is None and rows["W1"].sample.size == 401408
    assert rows["b2"].sample is None and rows["b2"].numeric.shape == (10,)
    assert rows["x"].status == "none" and rows["x"].none_reason == "not watched"


def test_a_wrong_chain_rule_value_is_caught_at_the_sampled_entries(keras_graph):
    from tfintro_gui.core.autodiff.checks import _status

    chain = keras_graph.chain_rule_gradients()
    sample = numeric_gradients(keras_graph)["W1"]
    wrong = chain["W1"].copy()
    wrong[sample.indices[0]] += 1.0
    assert _status((wrong, wrong, sample), ()) == ("differ", "numeric")
    assert _status((wrong, chain["W1"], sample), ()) == ("differ", "tape")


def test_exported_code_reproduces_the_loss_in_a_fresh_python(keras_graph, tmp_path):
    keras_graph.run_forward()
    loss = float(keras_graph.value("loss_val"))
    script = tmp_path / "keras_two_layer.py"
    script.write_text(keras_graph.tape_code())
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300, check=True)
    printed = re.search(r"^loss_val = (\S+)$", done.stdout, re.MULTILINE)
    assert printed, done.stdout
    assert float(printed.group(1)) == pytest.approx(loss, rel=1e-6, abs=1e-7)
    assert 2.0 < loss < 2.7  # about log(10) for an untrained 10-class model
    b2 = re.search(r"dloss_val/db2 = tf.Tensor\(\s*\[([^\]]*)\]", done.stdout)
    np.testing.assert_allclose(np.array(b2.group(1).split(), dtype=float),
                               keras_graph.chain_rule_gradients()["b2"], rtol=1e-3, atol=1e-6)


@pytest.mark.parametrize(("text", "code"), [
    ("__import__('os')", "recipe.unreadable"),
    ("random_normal((4, 784), seed=x)", "recipe.unreadable"),
    ("random_normal((4, 784), sneed=1)", "recipe.unreadable"),
    ("zeros((0, 3))", "recipe.shape"),
    ("zeros((2, 3, 4))", "recipe.shape"),
    ("zeros(5)", "recipe.shape"),
    ("random_normal((3,), seed=-1)", "recipe.integer"),
    ("random_normal((3,), stddev=1e400)", "recipe.number"),
    ("one_hot([5, 10], 10)", "recipe.labels"),
    ("zeros((1024, 1024))", "recipe.too_many_elements"),
])
def test_bad_recipes_are_refused_with_a_reason(text, code):
    with pytest.raises(GraphInputError) as caught:
        build_graph("r = reduce_sum(w)", {"w": text})
    assert caught.value.code == code
    assert caught.value.input_name == "'w'"


def test_recipes_make_floats_only():
    with pytest.raises(GraphInputError) as caught:
        build_graph("r = reduce_sum(w)", {"w": {"value": "zeros((3,))", "dtype": "int32"}})
    assert caught.value.code == "recipe.dtype"


def test_typed_values_keep_their_small_cap():
    with pytest.raises(GraphInputError) as caught:
        build_graph("r = reduce_sum(w)", {"w": str([0.0] * (MAX_INPUT_ELEMENTS + 1))})
    assert caught.value.code == "value.too_many_elements"


def test_a_broadcast_too_large_for_memory_is_refused_before_tensorflow_runs():
    with pytest.raises(GraphInputError) as caught:
        build_graph("r = a + b", {"a": "zeros((4096, 1))", "b": "zeros((1, 4096))"})
    assert caught.value.code == "evaluation.too_large"
    assert caught.value.values["count"] == 4096 * 4096 > MAX_NODE_ELEMENTS


def test_all_inputs_together_are_capped_before_any_recipe_runs():
    inputs = {f"w{i}": "zeros((784, 512))" for i in range(6)}
    with pytest.raises(GraphInputError) as caught:
        build_graph(" + ".join(inputs), inputs)
    assert caught.value.code == "inputs.too_many_elements"


def test_a_session_keeps_the_recipes_and_restores_the_same_numbers():
    lab = BackpropLab()
    lab.choose_preset("keras_two_layer")
    assert lab.build(lab.preset.expression).built
    state = lab.session_state()
    assert ["W1", "variable", "float32", "glorot_uniform((784, 512), seed=2)"] in \
        state["inputs"]
    other = BackpropLab()
    other.restore_session(state)
    np.testing.assert_array_equal(other.graph.inputs["W1"].value,
                                  lab.graph.inputs["W1"].value)


def test_a_refused_recipe_edit_keeps_the_graph_and_the_recipe_text():
    lab = BackpropLab()
    lab.choose_preset("keras_two_layer")
    lab.build(lab.preset.expression)
    graph = lab.graph
    rows = tuple(row if row.name != "W1" else row.__class__("W1", "variable", "float32",
                                                          "glorot_uniform((784, 0))")
                 for row in lab.rows)
    outcome = lab.edit_rows(rows)
    assert not outcome.built and outcome.error.code == "recipe.shape"
    assert lab.graph is graph
    assert dict((row.name, row.value) for row in lab.rows)["W1"] == \
        "glorot_uniform((784, 512), seed=2)"
