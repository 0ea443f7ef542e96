"""Probes: the real answers come from TensorFlow, never from the lab file."""

import pytest

from tfintro_gui.core.labs.expression import ExpressionError, parse_program
from tfintro_gui.core.labs.probe_args import ARGS_SCHEMAS
from tfintro_gui.core.labs.probes import PROBES, ProbeError, run_probe
from tfintro_gui.core.runtime import import_tensorflow

NOTEBOOK = {"expression": "x1 = w * x\nx2 = x1 + b\nloss_val = abs(y_true - x2)",
            "inputs": {"w": {"value": 3}, "x": {"value": 2, "kind": "constant"},
                       "b": {"value": 1}, "y_true": {"value": 4, "kind": "constant"}}}


def test_every_probe_has_an_argument_schema():
    assert set(PROBES) == set(ARGS_SCHEMAS)


# -- backprop ----------------------------------------------------------------------
def test_the_notebook_forward_value_is_3():
    assert run_probe("backprop.value", NOTEBOOK) == pytest.approx(3.0, abs=1e-6)
    assert run_probe("backprop.value", {**NOTEBOOK, "target": "x2"}) == \
        pytest.approx(7.0, abs=1e-6)


@pytest.mark.parametrize("wrt, gradient", [("w", 2.0), ("b", 1.0), ("x1", 1.0), ("x2", 1.0)])
def test_the_notebook_gradients_match_the_tape(wrt, gradient):
    """The course's `tape.gradient(loss_val, [w, b, x1, x2])` gives 2, 1, 1, 1."""
    assert run_probe("backprop.gradient", {**NOTEBOOK, "wrt": wrt}) == \
        pytest.approx(gradient, rel=1e-6, abs=1e-6)


@pytest.mark.parametrize("kind, gradient", [("constant", None), ("watched", 6.0),
                                            ("variable", 6.0)])
def test_a_constant_needs_tape_watch(kind, gradient):
    args = {"expression": "r = square(x)", "inputs": {"x": {"value": 3, "kind": kind}},
            "wrt": "x"}
    result = run_probe("backprop.gradient", args)
    assert result == (None if gradient is None else pytest.approx(gradient, abs=1e-6))


def test_float64_inputs_and_functions():
    args = {"expression": "y = sigmoid(z) + maximum(z, 0) - 1",
            "inputs": {"z": {"value": 0.0, "dtype": "float64"}}, "wrt": "z"}
    # sigmoid'(0) = 0.25; TensorFlow's maximum(z, 0) at the tie passes the gradient to z.
    assert run_probe("backprop.gradient", args) == pytest.approx(1.25, abs=1e-9)


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')", "x.real", "lambda: 1", "[x for x in y]",
    "open('f')", "x if y else z", "a = 1\nb\nc = 2", "(" * 40 + "x" + ")" * 40, "x" * 3000,
    "y = z\nz = 2",
])
def test_expressions_outside_the_allow_list_are_refused(text):
    with pytest.raises(ExpressionError):
        parse_program(text)


def test_a_dtype_clash_is_tensorflows_refusal_said_as_a_probe_error():
    args = {"expression": "r = a + b", "inputs": {"a": {"value": 1, "dtype": "float32"},
                                                  "b": {"value": 1, "dtype": "float64"}}}
    with pytest.raises(ProbeError, match="refused"):
        run_probe("backprop.value", args)


# -- tensors ----------------------------------------------------------------------
def ones(name, shape, **extra):
    return {"op": "create", "name": name, "source": "tf.ones", "shape": shape, **extra}


def test_matmul_shape():
    operations = [ones("a", [2, 3]), ones("b", [3, 4]),
                  {"op": "apply", "name": "c", "fn": "matmul", "x": "a", "y": "b"}]
    assert run_probe("tensors.shape", {"operations": operations, "of": "c"}) == [2, 4]


def test_numpy_keeps_float64_and_numpy_functions_give_ndarrays():
    operations = [{"op": "create", "name": "x", "source": "np.ones", "shape": [3, 3]},
                  {"op": "apply", "name": "t", "fn": "tf.multiply", "x": "x", "y": 42},
                  {"op": "apply", "name": "n", "fn": "np.add", "x": "t", "y": 1}]
    assert run_probe("tensors.dtype", {"operations": operations, "of": "t"}) == "float64"
    assert run_probe("tensors.kind", {"operations": operations, "of": "t"}) == "constant"
    assert run_probe("tensors.kind", {"operations": operations, "of": "n"}) == "ndarray"
    assert run_probe("tensors.value", {"operations": operations, "of": "n",
                                       "index": [1, 1]}) == 43.0


@pytest.mark.parametrize("source, variable, error", [
    ("tf.ones", False, "TypeError"), ("tf.ones", True, "TypeError"), ("np.ones", False, None)])
def test_item_assignment_works_only_on_numpy(source, variable, error):
    operations = [{"op": "create", "name": "x", "source": source, "shape": [2, 2],
                   "variable": variable},
                  {"op": "set_item", "name": "x", "index": [0, 0], "value": 0}]
    assert run_probe("tensors.error", {"operations": operations}) == error


def test_variable_slice_assign_and_assign_add():
    operations = [ones("v", [3, 1], variable=True),
                  {"op": "assign", "name": "v", "index": [[0, 2], 0], "value": 3.0}]
    values = [run_probe("tensors.value", {"operations": operations, "of": "v",
                                          "index": [row, 0]}) for row in range(3)]
    assert values == [3.0, 3.0, 1.0]
    # assign_add needs the variable's shape, as the notebook says (a scalar is refused).
    operations.append({"op": "assign", "name": "v", "method": "assign_add",
                       "value": [[1.0], [1.0], [1.0]]})
    assert run_probe("tensors.value", {"operations": operations, "of": "v",
                                       "index": [2, 0]}) == 2.0
    operations[-1]["value"] = 1.0
    with pytest.raises(ProbeError, match="shapes must be equal"):
        run_probe("tensors.value", {"operations": operations, "of": "v", "index": [2, 0]})


def test_the_notebook_chain_of_operations_gives_4():
    operations = [ones("a", [2, 2]),
                  {"op": "apply", "name": "b", "fn": "square", "x": "a"},
                  {"op": "apply", "name": "c", "fn": "sqrt", "x": "a"},
                  {"op": "apply", "name": "d", "fn": "+", "x": "b", "y": "c"},
                  {"op": "apply", "name": "e", "fn": "matmul", "x": "a", "y": "b"},
                  {"op": "apply", "name": "e", "fn": "*", "x": "e", "y": "d"}]
    assert run_probe("tensors.value", {"operations": operations, "of": "e",
                                       "index": [1, 0]}) == 4.0


def test_a_result_over_the_size_cap_is_refused_before_it_is_made():
    operations = [ones("a", [100_000, 1]), ones("b", [1, 100_000]),
                  {"op": "apply", "name": "c", "fn": "matmul", "x": "a", "y": "b"}]
    with pytest.raises(ProbeError, match="elements"):
        run_probe("tensors.shape", {"operations": operations, "of": "c"})


def test_an_index_of_the_wrong_length_is_a_probe_error():
    with pytest.raises(ProbeError, match="index"):
        run_probe("tensors.value", {"operations": [ones("a", [2, 2])], "of": "a",
                                    "index": [0]})


# -- classifier ----------------------------------------------------------------------
def test_the_notebook_setting_trains_and_the_squared_loss_at_0_5_diverges():
    notebook = {"learning_rate": 0.1, "num_steps": 100}
    assert run_probe("classifier.loss_goes_down", notebook) is True
    loss = run_probe("classifier.final_loss", notebook)
    assert 0.0 < loss < 0.1  # the notebook printed 0.0432 for its own draw
    assert run_probe("classifier.accuracy", notebook) > 0.95
    diverging = {"learning_rate": 0.5, "num_steps": 100, "loss": "squared"}
    assert run_probe("classifier.loss_goes_down", diverging) is False
    with pytest.raises(ProbeError, match="not a finite number"):
        run_probe("classifier.final_loss", diverging)


def test_the_same_seed_gives_the_same_loss():
    args = {"learning_rate": 1.0, "num_steps": 5, "seed": 7, "num_samples_per_class": 50}
    assert run_probe("classifier.final_loss", args) == run_probe("classifier.final_loss", args)


# -- devices ----------------------------------------------------------------------
def test_device_probes_agree_with_tensorflow():
    tf = import_tensorflow()
    gpus = len(tf.config.list_physical_devices("GPU"))
    assert run_probe("devices.num_gpus", {}) == gpus
    assert run_probe("devices.op_device_type", {}) == ("GPU" if gpus else "CPU")
    assert run_probe("devices.built_with_cuda", {}) is tf.test.is_built_with_cuda()
    assert run_probe("devices.num_logical_devices", {"device_type": "CPU"}) == \
        len(tf.config.list_logical_devices("CPU")) >= 1
