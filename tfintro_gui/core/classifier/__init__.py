"""The notebook's classifier: data, model, losses, the hand-written loop and Keras's fit."""

from tfintro_gui.core.classifier.data import (
    DEFAULT_COVARIANCE,
    DEFAULT_MEAN_0,
    DEFAULT_MEAN_1,
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    MAX_NUM_SAMPLES_PER_CLASS,
    TwoGaussians,
    make_two_gaussians,
    parse_covariance,
    parse_mean,
)
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer, keras_code
from tfintro_gui.core.classifier.losses import LOSSES, loss_formula
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.training import (
    LinearClassifierTrainer,
    TrainingSnapshot,
    divergence_message,
    initial_parameters,
    training_code,
)

__all__ = [
    "DEFAULT_COVARIANCE",
    "DEFAULT_MEAN_0",
    "DEFAULT_MEAN_1",
    "DEFAULT_NUM_SAMPLES_PER_CLASS",
    "KerasClassifierTrainer",
    "LOSSES",
    "MAX_NUM_SAMPLES_PER_CLASS",
    "LinearClassifierTrainer",
    "ModelSpec",
    "TrainingSnapshot",
    "TwoGaussians",
    "divergence_message",
    "initial_parameters",
    "keras_code",
    "loss_formula",
    "make_two_gaussians",
    "parse_covariance",
    "parse_mean",
    "training_code",
]
