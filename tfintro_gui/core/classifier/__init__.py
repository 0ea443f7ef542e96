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

import lazy_loader

# Submodules load on first use, so a panel's controls paint before NumPy is imported.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "data": [
            "DEFAULT_COVARIANCE", "DEFAULT_MEAN_0", "DEFAULT_MEAN_1",
            "DEFAULT_NUM_SAMPLES_PER_CLASS", "MAX_ABS_COORDINATE", "MAX_NUM_SAMPLES_PER_CLASS",
            "Dataset", "TwoGaussians", "make_two_gaussians", "parse_covariance", "parse_mean",
            "split_train_test"
        ],
        "data_files": ["CsvFormatError", "read_points_csv", "write_points_csv"],
        "errors": ["ClassifierInputError", "Explanation"],
        "events": ["DataEdited", "LossLogged", "Notice", "TrainingRun", "WeightsSet"],
        "example_code": ["keras_code", "training_code"],
        "export": ["ExportResult", "export_model"],
        "history": ["TrainingHistory"],
        "keras_training": ["KerasClassifierTrainer"],
        "lab": ["ClassifierLab"],
        "losses": ["LOSSES", "LossFormula", "loss_formula"],
        "model": ["ModelSpec"],
        "presets": ["PRESETS", "make_preset"],
        "runs": ["PreviousRun", "RunPlan", "SnapshotReport"],
        "settings": ["DataSettings", "TrainingSettings"],
        "trainer": ["Divergence", "Trainer", "TrainingSnapshot", "find_divergence"],
        "training": ["LinearClassifierTrainer", "initial_parameters"],
    },
)
