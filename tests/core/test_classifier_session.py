"""The classifier's part of a session file: checked field by field before anything changes."""

import copy
import json

import numpy as np
import pytest

from tfintro_gui.core.classifier import session as session_module
from tfintro_gui.core.classifier.recipe import DataRecipe
from tfintro_gui.core.classifier.session import check_classifier_state, weights_state


def _state(**training):
    return {
        "data": DataRecipe("xor", 20, 3).with_edit("split", 0.2, 3).to_state(),
        "inputs": {"data_set": "xor", "num_samples_per_class": 20, "mean_0": "[0, 3]",
                   "mean_1": "[3, 0]", "covariance": "[[1, 0.5], [0.5, 1]]", "noise": 0.2,
                   "seed": 3, "test_percent": 20, "click_class": 1},
        "training": {"mode": "tape", "hidden_units": 0, "activation": "relu",
                     "loss": "logistic", "learning_rate": 0.1, "num_steps": 100,
                     "batch_size": None, "shuffle": True, "speed": 0, **training},
        "weights": [[[0.5], [-1.25]], [0.125]],
        "start_weights": [[[0.25], [0.75]], [0.0]],
        "num_steps_done": 40,
    }


@pytest.fixture(autouse=True)
def _tensorflow_loaded(monkeypatch):
    monkeypatch.setattr(session_module, "is_tensorflow_imported", lambda: True)


def test_a_good_state_gives_the_data_weights_and_model():
    checked = check_classifier_state(json.loads(json.dumps(_state())))
    assert checked.points.shape == (40, 2) and checked.is_test.sum() == 8
    np.testing.assert_array_equal(checked.weights[0], np.float32([[0.5], [-1.25]]))
    assert checked.weights[1].shape == (1,)
    assert checked.model_spec.is_linear and checked.num_steps_done == 40
    assert checked.training.learning_rate == 0.1 and checked.training.loss == "logistic"
    assert checked.data_settings.click_class == 1 and checked.data_settings.data_set == "xor"


def test_keras_with_a_hidden_layer_takes_four_weight_arrays():
    rng = np.random.default_rng(0)
    weights = weights_state([rng.normal(size=(2, 3)), np.zeros(3), rng.normal(size=(3, 1)),
                             np.zeros(1)])
    state = {**_state(mode="keras", hidden_units=3, activation="tanh"),
             "weights": weights, "start_weights": weights}
    checked = check_classifier_state(state)
    assert checked.model_spec.hidden_units == 3
    assert [w.shape for w in checked.weights] == [(2, 3), (3,), (3, 1), (1,)]


def _with(path, value):
    state = copy.deepcopy(_state())
    target = state
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return state


@pytest.mark.parametrize("state, message", [
    (_with(("weights",), [[[1.0], [2.0], [3.0]], [0.0]]), r"W must have shape \(2, 1\)"),
    (_with(("weights",), [[[1.0], [2.0]]]), "Expected 2 weight arrays"),
    (_with(("start_weights",), [[[float("nan")], [2.0]], [0.0]]), "not finite"),
    (_with(("training", "learning_rate"), float("nan")), "learning_rate"),
    (_with(("training", "learning_rate"), 0), "learning_rate must be a number from 0.0001"),
    (_with(("training", "loss"), "hinge"), "Unknown loss 'hinge'"),
    (_with(("training", "mode"), "pytorch"), "Unknown training mode"),
    (_with(("training", "hidden_units"), 8), "needs the 'keras' mode"),
    (_with(("training", "num_steps"), 0), "num_steps"),
    (_with(("training", "batch_size"), 0), "batch_size"),
    (_with(("training", "speed"), 7), "speed"),
    (_with(("num_steps_done",), 1.5), "num_steps_done"),
    (_with(("inputs", "test_percent"), 95), "test share"),
    (_with(("inputs", "noise"), 5.0), "noise must be a number from 0 to 2"),
    (_with(("weights",), [[[1e39], [2.0]], [0.0]]), "not finite"),
    (_with(("weights",), [[[10**400], [2.0]], [0.0]]), "float32's range"),
    (_with(("data", "mean_0"), [10**400, 0]), "too large"),
    (_with(("data", "num_samples_per_class"), 10**9), "points per class"),
    ({k: v for k, v in _state().items() if k != "weights"}, "has no 'weights'"),
    ("not a dict", "JSON object"),
])
def test_bad_states_are_refused_with_a_clear_reason(state, message):
    with pytest.raises(ValueError, match=message):
        check_classifier_state(state)


def test_nothing_is_restored_before_tensorflow_is_loaded(monkeypatch):
    monkeypatch.setattr(session_module, "is_tensorflow_imported", lambda: False)
    with pytest.raises(ValueError, match="TensorFlow is still loading"):
        check_classifier_state(_state())


@pytest.mark.parametrize("learning_rate", [1e308, 100.5, 1e-9])
def test_a_learning_rate_the_controls_cannot_show_is_refused_not_clamped(learning_rate):
    """Regression: a session's learning rate of 1e308 was clamped silently to 100."""
    with pytest.raises(ValueError, match=r"learning_rate must be a number from 0.0001 to 100"):
        check_classifier_state(_with(("training", "learning_rate"), learning_rate))
