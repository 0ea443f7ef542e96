"""The classifier's part of a session file: data recipe, settings, weights, step count.

Layout (JSON)::

    {"data": {...DataRecipe.to_state()...},
     "inputs": {"data_set": "gaussians", "num_samples_per_class": 1000, "mean_0": "[0, 3]",
                "mean_1": "[3, 0]", "covariance": "[[1, 0.5], [0.5, 1]]", "noise": 0.2,
                "seed": 0, "test_percent": 0, "click_class": 0},
     "training": {"mode": "tape", "hidden_units": 0, "activation": "relu",
                  "loss": "logistic", "learning_rate": 0.1, "num_steps": 100,
                  "batch_size": null, "shuffle": true, "speed": 0},
     "weights": [[[0.63], [0.27]], [0.0]], "start_weights": [...], "num_steps_done": 100}

:func:`check_classifier_state` checks all of it (and rebuilds the data) before the panel
changes anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tfintro_gui.core.classifier.data import MAX_NUM_SAMPLES_PER_CLASS
from tfintro_gui.core.classifier.losses import LOSSES
from tfintro_gui.core.classifier.model import ACTIVATIONS, MAX_HIDDEN_UNITS, ModelSpec
from tfintro_gui.core.classifier.notebook_code import MODES
from tfintro_gui.core.classifier.recipe import SOURCES, DataRecipe, recipe_from_state
from tfintro_gui.core.runtime import is_tensorflow_imported

MAX_NUM_STEPS = 1_000_000
SPEEDS = (0, 30, 10, 5, 2, 1)


@dataclass(frozen=True)
class ClassifierSession:
    """A checked classifier state.

    Attributes:
        recipe: how the data were made (see :class:`DataRecipe`).
        points, labels, is_test: the data the recipe builds, `(n, 2)`, `(n, 1)`, `(n,)`.
        inputs: the data inputs as typed (texts for the Gaussian means and covariance).
        training: the training settings (mode, hidden_units, activation, loss,
            learning_rate, num_steps, batch_size, shuffle, speed).
        model_spec: the model of ``training``.
        weights: the current weights, float32 arrays of ``model_spec.weight_shapes``.
        start_weights: the weights the run started from, same shapes.
        num_steps_done: steps trained from ``start_weights`` to ``weights``.
    """

    recipe: DataRecipe
    points: np.ndarray
    labels: np.ndarray
    is_test: np.ndarray
    inputs: dict
    training: dict
    model_spec: ModelSpec
    weights: list
    start_weights: list
    num_steps_done: int


def _whole(value, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"The classifier's {what} must be a whole number from {low:,} to "
                         f"{high:,}, got {value!r}.")
    return value


def _finite(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value):
        raise ValueError(f"The classifier's {what} must be a finite number, got {value!r}.")
    return float(value)


def _weights(value, spec: ModelSpec, what: str) -> list[np.ndarray]:
    if not isinstance(value, list):
        raise ValueError(f"The classifier's {what} are a list of arrays "
                         f"({', '.join(spec.weight_names)}).")
    try:
        weights = spec.check_weights(value)
    except ValueError as error:
        raise ValueError(f"The classifier's {what}: {error}") from None
    for name, array in zip(spec.weight_names, weights, strict=True):
        if not np.all(np.isfinite(array)):
            raise ValueError(f"The classifier's {what}: {name} holds a number that is not "
                             "finite (NaN or infinity).")
    return weights


def _check_inputs(inputs) -> dict:
    if not isinstance(inputs, dict):
        raise ValueError("The classifier's 'inputs' is a JSON object.")
    if inputs.get("data_set") not in SOURCES[:-1]:
        raise ValueError(f"The classifier's data set {inputs.get('data_set')!r} is not one of "
                         f"{', '.join(SOURCES[:-1])}.")
    _whole(inputs.get("num_samples_per_class"), "points per class", 1,
           MAX_NUM_SAMPLES_PER_CLASS)
    for key in ("mean_0", "mean_1", "covariance"):
        if not isinstance(inputs.get(key), str):
            raise ValueError(f"The classifier's '{key}' input is text, got "
                             f"{inputs.get(key)!r}.")
    _finite(inputs.get("noise"), "noise")
    _whole(inputs.get("seed"), "seed input (-1 for random)", -1, 2**31 - 1)
    _whole(inputs.get("test_percent"), "test share in percent", 0, 90)
    if inputs.get("click_class") not in (0, 1) or isinstance(inputs.get("click_class"), bool):
        raise ValueError(f"The classifier's click class is 0 or 1, got "
                         f"{inputs.get('click_class')!r}.")
    return dict(inputs)


def _check_training(training) -> tuple[dict, ModelSpec]:
    if not isinstance(training, dict):
        raise ValueError("The classifier's 'training' is a JSON object.")
    mode = training.get("mode")
    if mode not in MODES:
        raise ValueError(f"Unknown training mode {mode!r}; expected one of "
                         f"{', '.join(MODES)}.")
    loss = training.get("loss")
    if loss not in LOSSES:
        raise ValueError(f"Unknown loss {loss!r}; expected one of {', '.join(LOSSES)}.")
    learning_rate = _finite(training.get("learning_rate"), "learning_rate")
    if learning_rate <= 0:
        raise ValueError(f"The classifier's learning_rate must be > 0, got {learning_rate!r}.")
    units = _whole(training.get("hidden_units", 0), "hidden units", 0, MAX_HIDDEN_UNITS)
    activation = training.get("activation", ACTIVATIONS[0])
    if activation not in ACTIVATIONS:
        raise ValueError(f"Unknown activation {activation!r}; expected one of "
                         f"{', '.join(ACTIVATIONS)}.")
    if mode == "tape" and units:
        raise ValueError("The hand-written loop trains the linear model: a hidden layer "
                         "needs the 'keras' mode.")
    _whole(training.get("num_steps"), "num_steps", 1, MAX_NUM_STEPS)
    batch_size = training.get("batch_size")
    if batch_size is not None:
        _whole(batch_size, "batch_size (null for the full batch)", 1,
               2 * MAX_NUM_SAMPLES_PER_CLASS)
    if not isinstance(training.get("shuffle"), bool):
        raise ValueError(f"The classifier's 'shuffle' is true or false, got "
                         f"{training.get('shuffle')!r}.")
    if training.get("speed") not in SPEEDS or isinstance(training.get("speed"), bool):
        raise ValueError(f"The classifier's speed is one of {SPEEDS} steps per second "
                         f"(0: as fast as possible), got {training.get('speed')!r}.")
    return dict(training), ModelSpec(units, activation)


def check_classifier_state(state) -> ClassifierSession:
    """Check the classifier's part of a session and rebuild its data.

    Args:
        state: the decoded JSON (see the module's docstring for the layout).

    Returns:
        A :class:`ClassifierSession`.

    Raises:
        ValueError: TensorFlow is not loaded yet, or a field is missing or wrong (wrong
            shape, not finite, unknown loss or mode, learning_rate ≤ 0, bad count); the
            message names the field and what is expected.
    """
    if not isinstance(state, dict):
        raise ValueError(f"The classifier's state is a JSON object, not "
                         f"{type(state).__name__}.")
    if not is_tensorflow_imported():
        raise ValueError("TensorFlow is still loading; open the session once the status bar "
                         "shows its version.")
    for key in ("data", "inputs", "training", "weights", "start_weights", "num_steps_done"):
        if key not in state:
            raise ValueError(f"The classifier's state has no {key!r}.")
    recipe = recipe_from_state(state["data"])
    points, labels, is_test = recipe.build()
    inputs = _check_inputs(state["inputs"])
    training, spec = _check_training(state["training"])
    weights = _weights(state["weights"], spec, "weights")
    start_weights = _weights(state["start_weights"], spec, "starting weights")
    num_steps_done = _whole(state["num_steps_done"], "num_steps_done", 0, 2**53)
    return ClassifierSession(recipe, points, labels, is_test, inputs, training, spec,
                             weights, start_weights, num_steps_done)


def weights_state(weights) -> list:
    """Weight arrays as nested lists of floats (JSON)."""
    return [np.asarray(w, np.float32).tolist() for w in weights]
