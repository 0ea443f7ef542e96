"""The notebook's linear classifier in pure TensorFlow: data, loss, training loop."""

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
from tfintro_gui.core.classifier.losses import LOSSES, loss_formula
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
    "LOSSES",
    "MAX_NUM_SAMPLES_PER_CLASS",
    "LinearClassifierTrainer",
    "TrainingSnapshot",
    "TwoGaussians",
    "divergence_message",
    "initial_parameters",
    "loss_formula",
    "make_two_gaussians",
    "parse_covariance",
    "parse_mean",
    "training_code",
]
