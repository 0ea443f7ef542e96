"""The model description: weight shapes, flattening, initialisation and NumPy logits."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.model import MAX_HIDDEN_UNITS, ModelSpec


def test_linear_model_is_the_notebooks():
    spec = ModelSpec()
    assert spec.is_linear and spec.weight_shapes == [(2, 1), (1,)]
    assert spec.parameter_names() == ["W[0]", "W[1]", "b[0]"]
    W, b = spec.initial_weights(seed=0)
    assert np.all((W >= 0) & (W < 1)) and np.all(b == 0)
    points = np.array([[1.0, 2.0], [-1.0, 0.5]], np.float32)
    np.testing.assert_allclose(spec.logits([W, b], points), points @ W + b)


def test_hidden_layer_weights_round_trip_through_a_flat_vector():
    spec = ModelSpec(hidden_units=5, activation="tanh")
    weights = spec.initial_weights(seed=1)
    assert [w.shape for w in weights] == [(2, 5), (5,), (5, 1), (1,)]
    assert spec.num_parameters == 10 + 5 + 5 + 1 == len(spec.parameter_names())
    vector = spec.flatten(weights)
    for restored, original in zip(spec.unflatten(vector), weights, strict=True):
        np.testing.assert_array_equal(restored, original)
    limit = np.sqrt(6 / 7)
    assert np.all(np.abs(weights[0]) <= limit) and np.all(weights[1] == 0)


@pytest.mark.parametrize("activation, function", [
    ("relu", lambda x: np.maximum(x, 0)),
    ("tanh", np.tanh),
    ("sigmoid", lambda x: 1 / (1 + np.exp(-x))),
])
def test_hidden_logits_apply_the_activation(activation, function):
    spec = ModelSpec(hidden_units=3, activation=activation)
    rng = np.random.default_rng(0)
    weights = [rng.normal(size=shape).astype(np.float32) for shape in spec.weight_shapes]
    points = rng.normal(size=(10, 2)).astype(np.float32)
    expected = function(points @ weights[0] + weights[1]) @ weights[2] + weights[3]
    np.testing.assert_allclose(spec.logits(weights, points), expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("kwargs, error", [
    ({"hidden_units": -1}, ValueError),
    ({"hidden_units": MAX_HIDDEN_UNITS + 1}, ValueError),
    ({"hidden_units": 2.0}, TypeError),
    ({"hidden_units": True}, TypeError),
    ({"activation": "softmax"}, ValueError),
])
def test_bad_model_specs_are_refused(kwargs, error):
    with pytest.raises(error):
        ModelSpec(**kwargs)


def test_weights_of_the_wrong_shape_are_refused():
    with pytest.raises(ValueError, match="W must have shape"):
        ModelSpec().check_weights([np.zeros((2, 2)), np.zeros(1)])
    with pytest.raises(ValueError, match="Expected 2 weight arrays"):
        ModelSpec().check_weights([np.zeros((2, 1))])
