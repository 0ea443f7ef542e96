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

from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.classifier.errors import ClassifierInputError, field_name
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.recipe import DataRecipe, recipe_from_state
from tfintro_gui.core.classifier.settings import DataSettings, TrainingSettings
from tfintro_gui.core.runtime import is_tensorflow_imported

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: The most steps a session may say were done (a float64 counts them exactly).
MAX_NUM_STEPS_DONE = 2**53


@dataclass(frozen=True)
class ClassifierSession:
    """A checked classifier state.

    Attributes:
        recipe: how the data were made (see :class:`DataRecipe`).
        points, labels, is_test: the data the recipe builds, `(n, 2)`, `(n, 1)`, `(n,)`.
        data_settings: the data inputs as typed (texts for the Gaussian means and
            covariance).
        training: the training settings.
        weights: the current weights, float32 arrays of ``training.model_spec``'s shapes.
        start_weights: the weights the run started from, same shapes.
        num_steps_done: steps trained from ``start_weights`` to ``weights``.
    """

    recipe: DataRecipe
    points: np.ndarray
    labels: np.ndarray
    is_test: np.ndarray
    data_settings: DataSettings
    training: TrainingSettings
    weights: list
    start_weights: list
    num_steps_done: int

    @property
    def model_spec(self) -> ModelSpec:
        """The model trained."""
        return self.training.model_spec


def _weights(value, spec: ModelSpec, field: str) -> list[np.ndarray]:
    if not isinstance(value, list):
        raise ClassifierInputError("session.weights_not_list", field=field_name(field),
                                   names=", ".join(spec.weight_names))
    try:
        weights = spec.check_weights(value)
    except ClassifierInputError as error:
        raise ClassifierInputError("session.weights_refused", field=field_name(field),
                                   reason=error.explanation) from None
    for name, array in zip(spec.weight_names, weights, strict=True):
        if not np.all(np.isfinite(array)):
            raise ClassifierInputError("session.weight_not_finite", field=field_name(field),
                                       name=name)
    return weights


def check_classifier_state(state) -> ClassifierSession:
    """Check the classifier's part of a session and rebuild its data.

    Args:
        state: the decoded JSON (see the module's docstring for the layout).

    Returns:
        A :class:`ClassifierSession`.

    Raises:
        ClassifierInputError: TensorFlow is not loaded yet, or a field is missing or wrong
            (wrong shape, not finite, unknown loss or mode, a learning rate or step count
            outside what the controls take, bad data); the explanation names the field and
            what is expected.
    """
    if not isinstance(state, dict):
        raise ClassifierInputError("session.not_object", type=type(state).__name__)
    if not is_tensorflow_imported():
        raise ClassifierInputError("session.tensorflow_loading")
    for key in ("data", "inputs", "training", "weights", "start_weights", "num_steps_done"):
        if key not in state:
            raise ClassifierInputError("session.missing", key=repr(key))
    recipe = recipe_from_state(state["data"])
    points, labels, is_test = recipe.build()
    data_settings = DataSettings.from_state(state["inputs"])
    training = TrainingSettings.from_state(state["training"])
    spec = training.model_spec
    weights = _weights(state["weights"], spec, "weights")
    start_weights = _weights(state["start_weights"], spec, "start_weights")
    num_steps_done = state["num_steps_done"]
    if isinstance(num_steps_done, bool) or not isinstance(num_steps_done, int) \
            or not 0 <= num_steps_done <= MAX_NUM_STEPS_DONE:
        raise ClassifierInputError("session.steps_done", maximum=MAX_NUM_STEPS_DONE,
                                   value=str(num_steps_done)[:40])
    return ClassifierSession(recipe, points, labels, is_test, data_settings, training,
                             weights, start_weights, num_steps_done)


def weights_state(weights) -> list:
    """Weight arrays as nested lists of floats (JSON)."""
    return [np.asarray(w, np.float32).tolist() for w in weights]
