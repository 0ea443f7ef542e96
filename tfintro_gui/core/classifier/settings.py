"""The Classifier's settings as the student chose them: the data's and the training's.

The panel's views read and write these frozen dataclasses; the lab takes them as
arguments; a session file keeps them (``"inputs"`` and ``"training"``) and
:meth:`DataSettings.from_state` / :meth:`TrainingSettings.from_state` check every field
before anything is restored, so a value the controls cannot show (a learning rate of
1e308) is refused with a message instead of being silently clamped.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from tfintro_gui.core.classifier.data import (
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    GAUSSIAN_GENERATORS,
    MAX_NUM_SAMPLES_PER_CLASS,
)
from tfintro_gui.core.classifier.errors import ClassifierInputError, field_name
from tfintro_gui.core.classifier.losses import LOSSES
from tfintro_gui.core.classifier.model import ACTIVATIONS, MAX_HIDDEN_UNITS, ModelSpec
from tfintro_gui.core.classifier.presets import DEFAULT_NOISE, MAX_NOISE, PRESETS
from tfintro_gui.core.classifier.trainer import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    MODES,
)

#: The data sets the panel draws (imported points are not a setting).
DATA_SETS = (*GAUSSIAN_GENERATORS, *PRESETS)
#: Steps per second a run may be paced at; 0 = as fast as possible.
SPEEDS = (0, 30, 10, 5, 2, 1)
#: The learning rates the controls take (4 decimals).
MIN_LEARNING_RATE = 1e-4
MAX_LEARNING_RATE = 100.0
MAX_NUM_STEPS = 1_000_000
#: The most of the points held out as a test set, in percent.
MAX_TEST_PERCENT = 90
MAX_SEED = 2**31 - 1


def _whole(value, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ClassifierInputError("settings.whole", field=field_name(field), low=low,
                                   high=high, value=str(value)[:40])
    return value


def _number(value, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or not low <= value <= high:
        raise ClassifierInputError("settings.number", field=field_name(field), low=low,
                                   high=high, value=str(value)[:40])
    return float(value)


def _choice(value, field: str, choices: tuple) -> object:
    if value not in choices or isinstance(value, bool):
        raise ClassifierInputError("settings.choice", field=field_name(field),
                                   value=repr(str(value)[:40]),
                                   choices=", ".join(str(choice) for choice in choices))
    return value


@dataclass(frozen=True)
class DataSettings:
    """How the data are drawn and split.

    Attributes:
        data_set: ``"gaussians"`` (the notebook's), ``"gaussians_np_random"`` (the same
            drawn as the notebook's ``np.random`` calls after ``np.random.seed``) or a
            preset (``"xor"``, ``"circles"``, ``"moons"``, ``"spirals"``).
        num_samples_per_class: points per class, 1 to 100 000.
        mean_0, mean_1: the Gaussian class means as typed, e.g. ``"[0, 3]"``.
        covariance: the shared covariance as typed, e.g. ``"[[1, 0.5], [0.5, 1]]"``.
        noise: the presets' noise, 0 to 2 (in the data's units).
        seed: 0 to 2³¹ − 1, or −1 for a new random draw each time.
        test_percent: share of the points held out as a test set, 0 to 90 %.
        click_class: the class a left click adds, 0 or 1.
    """

    data_set: str = "gaussians"
    num_samples_per_class: int = DEFAULT_NUM_SAMPLES_PER_CLASS
    mean_0: str = "[0, 3]"
    mean_1: str = "[3, 0]"
    covariance: str = "[[1, 0.5], [0.5, 1]]"
    noise: float = DEFAULT_NOISE
    seed: int = 0
    test_percent: int = 0
    click_class: int = 0

    def to_state(self) -> dict:
        """The settings as JSON types (a session file's ``"inputs"``)."""
        return asdict(self)

    @classmethod
    def from_state(cls, state) -> DataSettings:
        """Check a session file's ``"inputs"`` and return them.

        Raises:
            ClassifierInputError: a missing or bad field; the explanation names it.
        """
        if not isinstance(state, dict):
            raise ClassifierInputError("settings.inputs_not_object")
        for key in ("mean_0", "mean_1", "covariance"):
            if not isinstance(state.get(key), str):
                raise ClassifierInputError("settings.input_not_text", key=key,
                                           value=str(state.get(key))[:40])
        return cls(
            data_set=_choice(state.get("data_set"), "data_set", DATA_SETS),
            num_samples_per_class=_whole(state.get("num_samples_per_class"),
                                         "points_per_class", 1, MAX_NUM_SAMPLES_PER_CLASS),
            mean_0=state["mean_0"], mean_1=state["mean_1"], covariance=state["covariance"],
            noise=_number(state.get("noise"), "noise_setting", 0.0, MAX_NOISE),
            seed=_whole(state.get("seed"), "seed_input", -1, MAX_SEED),
            test_percent=_whole(state.get("test_percent"), "test_percent", 0,
                                MAX_TEST_PERCENT),
            click_class=_whole(state.get("click_class"), "click_class", 0, 1))


@dataclass(frozen=True)
class TrainingSettings:
    """How the model is trained.

    Attributes:
        mode: ``"tape"`` (hand-written ``GradientTape`` loop) or ``"keras"``
            (``model.fit``).
        hidden_units: units of one hidden ``Dense`` layer, 0 for none; used in Keras mode
            only (the hand-written loop trains the linear model).
        activation: the hidden layer's activation.
        loss: ``"logistic"`` or ``"squared"``.
        learning_rate: the step size, from :data:`MIN_LEARNING_RATE` to
            :data:`MAX_LEARNING_RATE`.
        num_steps: the steps Run performs, 1 to 1 000 000.
        batch_size: samples per step, or None for the full batch.
        shuffle: with mini-batches, a new order every epoch.
        speed: steps per second (one of :data:`SPEEDS`); 0 = as fast as possible.
    """

    mode: str = "tape"
    hidden_units: int = 0
    activation: str = ACTIVATIONS[0]
    loss: str = LOSSES[0]
    learning_rate: float = DEFAULT_LEARNING_RATE
    num_steps: int = DEFAULT_NUM_STEPS
    batch_size: int | None = None
    shuffle: bool = True
    speed: int = 0

    @property
    def model_spec(self) -> ModelSpec:
        """The model these settings train: a hidden layer only in Keras mode."""
        units = self.hidden_units if self.mode == "keras" else 0
        return ModelSpec(units, self.activation)

    @property
    def steps_per_call(self) -> int | str:
        """Steps per TensorFlow call: ``"auto"`` as fast as possible, else 1 (paced)."""
        return "auto" if self.speed == 0 else 1

    @property
    def seconds_between_steps(self) -> float:
        """The pause after each step at a watchable pace, in seconds (0 = none)."""
        return 0.0 if self.speed == 0 else 1.0 / self.speed

    def to_state(self) -> dict:
        """The settings as JSON types (a session file's ``"training"``)."""
        return {**asdict(self), "hidden_units": self.model_spec.hidden_units}

    @classmethod
    def from_state(cls, state) -> TrainingSettings:
        """Check a session file's ``"training"`` and return it.

        Raises:
            ClassifierInputError: a missing or bad field (an unknown loss or mode, a
                learning rate outside what the controls take, a hidden layer in the
                hand-written loop…); the explanation names it and what is expected.
        """
        if not isinstance(state, dict):
            raise ClassifierInputError("settings.training_not_object")
        mode = _choice(state.get("mode"), "training_mode", MODES)
        units = _whole(state.get("hidden_units", 0), "hidden_units", 0, MAX_HIDDEN_UNITS)
        if mode == "tape" and units:
            raise ClassifierInputError("settings.hidden_layer_needs_keras")
        batch_size = state.get("batch_size")
        if batch_size is not None:
            _whole(batch_size, "batch_size", 1, 2 * MAX_NUM_SAMPLES_PER_CLASS)
        if not isinstance(state.get("shuffle"), bool):
            raise ClassifierInputError("settings.shuffle", value=str(state.get("shuffle"))[:40])
        speed = state.get("speed")
        if speed not in SPEEDS or isinstance(speed, bool):
            raise ClassifierInputError("settings.speed", choices=str(SPEEDS),
                                       value=str(speed)[:40])
        return cls(
            mode=mode, hidden_units=units,
            activation=_choice(state.get("activation", ACTIVATIONS[0]), "activation",
                               ACTIVATIONS),
            loss=_choice(state.get("loss"), "loss", LOSSES),
            learning_rate=_number(state.get("learning_rate"), "learning_rate",
                                  MIN_LEARNING_RATE, MAX_LEARNING_RATE),
            num_steps=_whole(state.get("num_steps"), "num_steps", 1, MAX_NUM_STEPS),
            batch_size=batch_size, shuffle=state["shuffle"], speed=speed)
