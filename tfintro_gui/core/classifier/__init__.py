"""The notebook's classifier: data, model, losses, the hand-written loop and Keras's fit.

:class:`ClassifierLab` (``lab.py``) is the Classifier panel's model: the data
(``lab_data.py``), the trainer (``training.py`` or ``keras_training.py``, both a
:class:`Trainer`, ``trainer.py``), the runs (``runs.py``), the history (``history.py``),
typed events (``events.py``), notebook cells (``notebook_code.py``) and session files
(``session.py``, ``settings.py``). The rest are its parts: data sets (``data.py``,
``presets.py``, ``recipe.py``, ``data_files.py``), the model (``model.py``,
``keras_model.py``), losses (``losses.py``), refusals as a code plus values (``errors.py``,
``messages.py``: :class:`ClassifierInputError`), the code shown beside the training
(``example_code.py``), the export to other runtimes (``export.py``) and the self-test
(``self_check.py``).
"""

from tfintro_gui.core.classifier.data import (
    DEFAULT_COVARIANCE,
    DEFAULT_MEAN_0,
    DEFAULT_MEAN_1,
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    MAX_ABS_COORDINATE,
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
from tfintro_gui.core.classifier.errors import ClassifierInputError, Explanation
from tfintro_gui.core.classifier.events import (
    DataEdited,
    LossLogged,
    Notice,
    TrainingRun,
    WeightsSet,
)
from tfintro_gui.core.classifier.example_code import keras_code, training_code
from tfintro_gui.core.classifier.export import ExportResult, export_model
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer
from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.core.classifier.losses import LOSSES, LossFormula, loss_formula
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.presets import PRESETS, make_preset
from tfintro_gui.core.classifier.runs import PreviousRun, RunPlan, SnapshotReport
from tfintro_gui.core.classifier.settings import DataSettings, TrainingSettings
from tfintro_gui.core.classifier.trainer import (
    Divergence,
    Trainer,
    TrainingSnapshot,
    find_divergence,
)
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters

__all__ = [
    "ClassifierInputError",
    "ClassifierLab",
    "CsvFormatError",
    "DEFAULT_COVARIANCE",
    "DEFAULT_MEAN_0",
    "DEFAULT_MEAN_1",
    "DEFAULT_NUM_SAMPLES_PER_CLASS",
    "DataEdited",
    "DataSettings",
    "Dataset",
    "Divergence",
    "ExportResult",
    "Explanation",
    "KerasClassifierTrainer",
    "LOSSES",
    "LinearClassifierTrainer",
    "LossFormula",
    "LossLogged",
    "MAX_ABS_COORDINATE",
    "MAX_NUM_SAMPLES_PER_CLASS",
    "ModelSpec",
    "Notice",
    "PRESETS",
    "PreviousRun",
    "RunPlan",
    "SnapshotReport",
    "Trainer",
    "TrainingHistory",
    "TrainingRun",
    "TrainingSettings",
    "TrainingSnapshot",
    "TwoGaussians",
    "WeightsSet",
    "export_model",
    "find_divergence",
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
