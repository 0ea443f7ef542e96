"""The notebook's classifier: data, model, losses, the hand-written loop and Keras's fit."""

from tfintro_gui.core.classifier.data import (
    DEFAULT_COVARIANCE,
    DEFAULT_MEAN_0,
    DEFAULT_MEAN_1,
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    MAX_NUM_SAMPLES_PER_CLASS,
    Dataset,
    TwoGaussians,
    make_two_gaussians,
    parse_covariance,
    parse_mean,
    split_train_test,
)
from tfintro_gui.core.classifier.data_files import (
    CsvFormatError,
    read_points_csv,
    write_points_csv,
)
from tfintro_gui.core.classifier.export import ExportResult, export_model
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer, keras_code
from tfintro_gui.core.classifier.losses import LOSSES, loss_formula
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.presets import PRESETS, make_preset
from tfintro_gui.core.classifier.training import (
    LinearClassifierTrainer,
    TrainingSnapshot,
    divergence_message,
    initial_parameters,
    training_code,
)

__all__ = [
    "CsvFormatError",
    "DEFAULT_COVARIANCE",
    "DEFAULT_MEAN_0",
    "DEFAULT_MEAN_1",
    "DEFAULT_NUM_SAMPLES_PER_CLASS",
    "Dataset",
    "ExportResult",
    "KerasClassifierTrainer",
    "LOSSES",
    "LinearClassifierTrainer",
    "MAX_NUM_SAMPLES_PER_CLASS",
    "ModelSpec",
    "PRESETS",
    "TrainingHistory",
    "TrainingSnapshot",
    "TwoGaussians",
    "divergence_message",
    "export_model",
    "initial_parameters",
    "keras_code",
    "loss_formula",
    "make_preset",
    "make_two_gaussians",
    "parse_covariance",
    "parse_mean",
    "read_points_csv",
    "split_train_test",
    "training_code",
    "write_points_csv",
]
