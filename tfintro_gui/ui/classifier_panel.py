"""Classifier panel: the notebook's classifier trained live, by hand or with Keras.

Training runs in a worker thread driving a core generator
(:meth:`LinearClassifierTrainer.run` for the hand-written ``GradientTape`` loop,
:meth:`KerasClassifierTrainer.run` for ``model.fit``); the panel keeps the newest snapshot
and redraws from it at most ~30 times a second. Every step goes into a bounded
:class:`TrainingHistory`, which the replay slider shows again and which can be saved as CSV.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.classifier.data import (
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    MAX_NUM_SAMPLES_PER_CLASS,
    Dataset,
    parse_covariance,
    parse_mean,
    split_train_test,
)
from tfintro_gui.core.classifier.data_files import read_points_csv, write_points_csv
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer, keras_code
from tfintro_gui.core.classifier.losses import decision_threshold, loss_formula
from tfintro_gui.core.classifier.model import ACTIVATIONS, MAX_HIDDEN_UNITS, ModelSpec
from tfintro_gui.core.classifier.notebook_code import TrainingRun, classifier_notebook_cells
from tfintro_gui.core.classifier.presets import DEFAULT_NOISE, MAX_NOISE
from tfintro_gui.core.classifier.recipe import MAX_SEED, DataRecipe
from tfintro_gui.core.classifier.session import check_classifier_state, weights_state
from tfintro_gui.core.classifier.training import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    LinearClassifierTrainer,
    TrainingSnapshot,
    training_code,
)
from tfintro_gui.ui.classifier_model_export import ModelExporter
from tfintro_gui.ui.classifier_parameter_view import ParameterView
from tfintro_gui.ui.classifier_plots import ClassifierPlots
from tfintro_gui.ui.classifier_point_edits import AddPointCommand, RemovePointCommand
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.message_bar import MessageBar
from tfintro_gui.ui.workers import GeneratorWorker, WorkerThread

REDRAW_INTERVAL_MS = 33  # at most ~30 redraws a second, however fast training runs
LOG_EVERY = 10  # the notebook prints "Loss at step 9: …" every 10 steps
SPEEDS = (
    (QT_TRANSLATE_NOOP("ClassifierPanel", "As fast as possible"), 0),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "30 steps/s"), 30),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "10 steps/s"), 10),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "5 steps/s"), 5),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "2 steps/s"), 2),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "1 step/s"), 1),
)
LOSS_CHOICES = (
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Logistic loss (the course's)"), "logistic"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Squared loss (the book's)"), "squared"),
)
MODE_CHOICES = (
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Hand-written loop (GradientTape)"), "tape"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Keras model.fit"), "keras"),
)
DATA_CHOICES = (
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Two Gaussians (the notebook's)"), "gaussians"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "XOR"), "xor"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Circles"), "circles"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Moons"), "moons"),
    (QT_TRANSLATE_NOOP("ClassifierPanel", "Spirals"), "spirals"),
)
#: Names of the readouts in the "Now" box.
READOUTS = (
    ("device", QT_TRANSLATE_NOOP("ClassifierPanel", "Device")),
    ("step", QT_TRANSLATE_NOOP("ClassifierPanel", "Step")),
    ("loss", QT_TRANSLATE_NOOP("ClassifierPanel", "Loss")),
    ("accuracy", QT_TRANSLATE_NOOP("ClassifierPanel", "Accuracy")),
    ("test_loss", QT_TRANSLATE_NOOP("ClassifierPanel", "Test loss")),
    ("test_accuracy", QT_TRANSLATE_NOOP("ClassifierPanel", "Test accuracy")),
    ("misclassified", QT_TRANSLATE_NOOP("ClassifierPanel", "Misclassified")),
    ("W", "W"), ("b", "b"), ("grad_W", "∂loss/∂W"), ("grad_b", "∂loss/∂b"),
    ("steps_per_s", QT_TRANSLATE_NOOP("ClassifierPanel", "Steps/s")),
)
MODE_NAMES = {"tape": "GradientTape", "keras": "model.fit"}
CLICK_RADIUS_PX = 15  # a right click removes the nearest point within this distance


def _translate(text: str) -> str:
    return QCoreApplication.translate("ClassifierPanel", text)


def _format_array(array: np.ndarray) -> str:
    return np.array2string(np.asarray(array).ravel(), precision=4, suppress_small=True)


class ClassifierPanel(Panel):
    """Data, a model trained by gradient descent (by hand or by Keras), and live plots."""

    title = "Classifier"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._trainer: LinearClassifierTrainer | KerasClassifierTrainer | None = None
        self._data: Dataset | None = None
        self._test_mask = np.zeros(0, dtype=bool)
        self._spec = ModelSpec()
        self._start_weights: list[np.ndarray] | None = None
        self._worker: WorkerThread | None = None
        self._draining = False
        self._target_step: int | None = None
        self._history = TrainingHistory()
        self._replay_row: int | None = None
        self._latest: TrainingSnapshot | None = None
        self._dirty = False
        self._pending_log: list[str] = []
        self._rate_start: tuple[float, int] | None = None
        self._steps_per_s = 0.0
        self._on_run_finished: Callable[[], None] | None = None
        # What the notebook export redoes: the data and weights at the trainer's start,
        # then the runs, point edits and weights set by hand since (see notebook_cells).
        self._recipe: DataRecipe | None = None
        self._start_recipe: DataRecipe | None = None
        self._events: list[tuple] = []
        self._run: TrainingRun | None = None

        self.undo_stack = QUndoStack(self)
        self.message_bar = MessageBar(self)
        self.plots = ClassifierPlots(self)
        self.plots.point_clicked.connect(self._on_plots_point_clicked)
        self.parameter_view = ParameterView(self)
        self.parameter_view.setVisible(False)
        self.parameter_view.weights_dragged.connect(self._on_parameter_view_weights_dragged)
        self._build_data_box()
        self._build_training_box()
        self._build_files_box()
        self._build_readouts()
        self._build_undo_actions()
        self.log_view = QPlainTextEdit(self)
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(5000)
        self.log_view.setAccessibleName(self.tr("Training log"))
        self.log_view.setToolTip(self.tr("The loss every 10 steps, as the notebook prints it, "
                                         "and what the model export did"))
        self.code_view = CodeView(self)
        self.keras_code_view = CodeView(self)
        code_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for title, view in ((self.tr("Hand-written loop (tf.GradientTape)"), self.code_view),
                            (self.tr("The same with Keras (model.fit)"),
                             self.keras_code_view)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(2, 2, 2, 2)
            box_layout.addWidget(view)
            code_splitter.addWidget(box)
        tabs = QTabWidget(self)
        tabs.addTab(self.log_view, self.tr("Log"))
        tabs.addTab(code_splitter, self.tr("Code"))

        self.replay_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.replay_slider.setRange(0, 0)
        self.replay_slider.setToolTip(
            self.tr("Replay: show any earlier step's model and mark it on the curves (pauses "
                    "training). At the right end the plots are live again."))
        self.replay_slider.setAccessibleName(self.tr("Replay step"))
        self.replay_slider.valueChanged.connect(self._on_replay_slider_changed)
        self.replay_label = QLabel(self.tr("Live"))
        self.replay_label.setMinimumWidth(190)
        replay_row = QHBoxLayout()
        replay_row.addWidget(QLabel(self.tr("Replay")))
        replay_row.addWidget(self.replay_slider, 1)
        replay_row.addWidget(self.replay_label)

        scroll = controls_column((self._data_box, self._training_box, self._files_box,
                                  self._readout_box), 370, self)
        figures = QSplitter(Qt.Orientation.Horizontal, self)
        figures.addWidget(self.plots)
        figures.addWidget(self.parameter_view)
        figures.setStretchFactor(0, 3)
        figures.setStretchFactor(1, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(replay_row)
        bottom_layout.addWidget(tabs, 1)
        # The log and the code can be dragged taller; the plots get the room at first.
        stack = QSplitter(Qt.Orientation.Vertical, self)
        stack.addWidget(figures)
        stack.addWidget(bottom)
        stack.setStretchFactor(0, 1)
        stack.setStretchFactor(1, 0)
        stack.setSizes([640, 220])
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self._redraw_timer.timeout.connect(self._on_redraw_timer_timeout)

        self._set_tensorflow_controls_enabled(False)
        self.message_bar.show_message(
            self.tr("Loading TensorFlow… Training starts once it is ready; "
                    "you can already change and regenerate the data."), "info")
        self._update_data_inputs()
        self._update_model_inputs()
        self._regenerate_data()
        self._update_formula()

    # -- construction ---------------------------------------------------------------------
    def _build_data_box(self) -> None:
        self.data_input = QComboBox()
        for label, key in DATA_CHOICES:
            self.data_input.addItem(_translate(label), key)
        self.data_input.setToolTip(self.tr("Which points to draw; a straight line cannot separate "
                                           "XOR, circles, moons or spirals"))
        self.data_input.currentIndexChanged.connect(self._update_data_inputs)
        self.num_samples_input = QSpinBox()
        self.num_samples_input.setRange(1, MAX_NUM_SAMPLES_PER_CLASS)
        self.num_samples_input.setValue(DEFAULT_NUM_SAMPLES_PER_CLASS)
        self.num_samples_input.setToolTip(self.tr("Points drawn per class"))
        self.mean_0_input = QLineEdit("[0, 3]")
        self.mean_0_input.setToolTip(self.tr("Mean of class 0, two numbers, e.g. [0, 3]"))
        self.mean_1_input = QLineEdit("[3, 0]")
        self.mean_1_input.setToolTip(self.tr("Mean of class 1, two numbers, e.g. [3, 0]"))
        self.covariance_input = QLineEdit("[[1, 0.5], [0.5, 1]]")
        self.covariance_input.setToolTip(
            self.tr("Covariance shared by both classes: symmetric positive semi-definite 2×2"))
        self.noise_input = QDoubleSpinBox()
        self.noise_input.setRange(0.0, MAX_NOISE)
        self.noise_input.setSingleStep(0.05)
        self.noise_input.setValue(DEFAULT_NOISE)
        self.noise_input.setToolTip(
            self.tr("Standard deviation of the Gaussian noise added to every "
                    "coordinate of the preset shapes"))
        self.seed_input = QSpinBox()
        self.seed_input.setRange(-1, 2**31 - 1)
        self.seed_input.setSpecialValueText(self.tr("random"))
        self.seed_input.setValue(0)
        self.seed_input.setToolTip(self.tr("Random seed of the data and the split; 'random' draws "
                                           "new data each time"))
        self.test_split_input = QSpinBox()
        self.test_split_input.setRange(0, 90)
        self.test_split_input.setSuffix(" %")
        self.test_split_input.setSpecialValueText(self.tr("none"))
        self.test_split_input.setToolTip(
            self.tr("Share of the points held out as a test set; their "
                    "loss and accuracy are plotted dashed"))
        self.test_split_input.valueChanged.connect(self._on_test_split_changed)
        self.regenerate_button = QPushButton(self.tr("Regenerate data"))
        self.regenerate_button.setToolTip(
            self.tr("Draw new points with these settings (stops training)"))
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        self.click_class_input = QComboBox()
        self.click_class_input.addItem(self.tr("class 0"), 0.0)
        self.click_class_input.addItem(self.tr("class 1"), 1.0)
        self.click_class_input.setToolTip(
            self.tr("A left click on the scatter adds a training point of this class; a right "
                    "click removes the nearest point. Ctrl+Z undoes, Ctrl+Shift+Z redoes."))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Read points from a CSV file of lines x, y, label"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Write the points as x, y, label"))
        self.export_button.clicked.connect(self._on_export_clicked)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        form = QFormLayout()
        form.addRow(self.tr("Data set"), self.data_input)
        form.addRow(self.tr("Points per class"), self.num_samples_input)
        form.addRow(self.tr("Class 0 mean"), self.mean_0_input)
        form.addRow(self.tr("Class 1 mean"), self.mean_1_input)
        form.addRow(self.tr("Covariance"), self.covariance_input)
        form.addRow(self.tr("Noise"), self.noise_input)
        form.addRow(self.tr("Seed"), self.seed_input)
        form.addRow(self.tr("Test set"), self.test_split_input)
        form.addRow(self.regenerate_button)
        form.addRow(self.tr("Click adds"), self.click_class_input)
        form.addRow(files)
        self._data_box = QGroupBox(self.tr("Data"))
        self._data_box.setLayout(form)

    def _build_training_box(self) -> None:
        self.mode_input = QComboBox()
        for label, key in MODE_CHOICES:
            self.mode_input.addItem(_translate(label), key)
        self.mode_input.setToolTip(self.tr("Train with the notebook's GradientTape loop or with "
                                           "Keras's model.fit (same start, same steps)"))
        self.mode_input.currentIndexChanged.connect(self._on_model_input_changed)
        self.hidden_units_input = QSpinBox()
        self.hidden_units_input.setRange(0, MAX_HIDDEN_UNITS)
        self.hidden_units_input.setSpecialValueText(self.tr("none (linear)"))
        self.hidden_units_input.valueChanged.connect(self._on_model_input_changed)
        self.activation_input = QComboBox()
        for name in ACTIVATIONS:
            self.activation_input.addItem(name, name)
        self.activation_input.setToolTip(self.tr("Activation of the hidden layer"))
        self.activation_input.currentIndexChanged.connect(self._on_model_input_changed)
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.parameter_view_input = QCheckBox(self.tr("Parameter view: loss surface over W"))
        self.parameter_view_input.setToolTip(
            self.tr("Show the loss over (W[0], W[1]) at the current b with the path of gradient "
                    "descent; drag the point to set W (linear model)"))
        self.parameter_view_input.toggled.connect(self._on_parameter_view_toggled)
        self.loss_input = QComboBox()
        for label, key in LOSS_CHOICES:
            self.loss_input.addItem(_translate(label), key)
        self.loss_input.setToolTip(self.tr("Loss minimised by gradient descent"))
        self.loss_input.currentIndexChanged.connect(self._on_loss_input_changed)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.learning_rate_input = QDoubleSpinBox()
        self.learning_rate_input.setDecimals(4)
        self.learning_rate_input.setRange(0.0001, 100.0)
        self.learning_rate_input.setSingleStep(0.05)
        self.learning_rate_input.setValue(DEFAULT_LEARNING_RATE)
        self.learning_rate_input.setToolTip(
            self.tr("learning_rate: W.assign_sub(grad_W * learning_rate)"))
        self.num_steps_input = QSpinBox()
        self.num_steps_input.setRange(1, 1_000_000)
        self.num_steps_input.setValue(DEFAULT_NUM_STEPS)
        self.num_steps_input.setToolTip(
            self.tr("Steps that Run performs (num_steps); a step is a batch"))
        self.batch_size_input = QSpinBox()
        self.batch_size_input.setRange(0, 2 * MAX_NUM_SAMPLES_PER_CLASS)
        self.batch_size_input.setSpecialValueText(self.tr("full batch"))
        self.batch_size_input.setToolTip(
            self.tr("Samples per step; 'full batch' uses them all, as the "
                    "notebook does"))
        self.batch_size_input.valueChanged.connect(self._update_formula)
        self.shuffle_input = QCheckBox(self.tr("Shuffle every epoch"))
        self.shuffle_input.setChecked(True)
        self.shuffle_input.setToolTip(self.tr("With mini-batches, visit the samples in a new order "
                                              "every epoch"))
        self.shuffle_input.toggled.connect(self._update_formula)
        self.speed_input = QComboBox()
        for label, rate in SPEEDS:
            self.speed_input.addItem(_translate(label), rate)
        self.speed_input.setToolTip(self.tr("Steps per second, or as fast as TensorFlow can"))
        self.speed_input.currentIndexChanged.connect(self._on_speed_input_changed)
        self.step_button = QPushButton(self.tr("Step", "button: run one step"))
        self.step_button.setToolTip(self.tr("Run exactly one gradient-descent step (one batch)"))
        self.step_button.clicked.connect(self._on_step_clicked)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run num_steps steps (or resume a paused run)"))
        self.run_button.clicked.connect(self._on_run_clicked)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Stop after the current step; Run resumes"))
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.restart_button = QPushButton(self.tr("Reset to same start"))
        self.restart_button.setToolTip(
            self.tr("Back to this run's initial weights, to compare a "
                    "learning rate or mode from the same start; the loss "
                    "curve stays as 'previous run'"))
        self.restart_button.clicked.connect(self._on_restart_clicked)
        self.reset_button = QPushButton(self.tr("New random start"))
        self.reset_button.setToolTip(
            self.tr("New random initial weights (W uniform in [0, 1), b = 0 "
                    "for the linear model); same data"))
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.pause_button):
            buttons.addWidget(button)
        resets = QHBoxLayout()
        resets.addWidget(self.restart_button)
        resets.addWidget(self.reset_button)
        hidden = QHBoxLayout()
        hidden.addWidget(self.hidden_units_input, 1)
        hidden.addWidget(self.activation_input)
        batch = QHBoxLayout()
        batch.addWidget(self.batch_size_input, 1)
        batch.addWidget(self.shuffle_input)
        form = QFormLayout()
        form.addRow(self.tr("Mode"), self.mode_input)
        form.addRow(self.tr("Hidden layer"), hidden)
        form.addRow(self.model_label)
        form.addRow(self.parameter_view_input)
        form.addRow(self.tr("Loss"), self.loss_input)
        form.addRow(self.formula_label)
        form.addRow(self.tr("Learning rate"), self.learning_rate_input)
        form.addRow(self.tr("Steps"), self.num_steps_input)
        form.addRow(self.tr("Batch size"), batch)
        form.addRow(self.tr("Speed"), self.speed_input)
        form.addRow(buttons)
        form.addRow(resets)
        self._training_box = QGroupBox(self.tr("Model and training"))
        self._training_box.setLayout(form)

    def _build_files_box(self) -> None:
        self.save_plots_button = QPushButton(self.tr("Save plots…"))
        self.save_plots_button.setToolTip(self.tr("Save the figure as PNG or SVG"))
        self.save_plots_button.clicked.connect(self._on_save_plots_clicked)
        self.save_history_button = QPushButton(self.tr("Save history CSV…"))
        self.save_history_button.setToolTip(self.tr("Every recorded step: loss, accuracy, test "
                                                    "metrics and parameters"))
        self.save_history_button.clicked.connect(self._on_save_history_clicked)
        self.model_exporter = ModelExporter(self._model_for_export, self)
        self.model_exporter.busy_changed.connect(self._on_model_exporter_busy_changed)
        self.model_exporter.message.connect(self._on_model_exporter_message)
        self.model_exporter.logged.connect(self._on_model_exporter_logged)
        row = QHBoxLayout()
        row.addWidget(self.save_plots_button)
        row.addWidget(self.save_history_button)
        layout = QVBoxLayout()
        layout.addLayout(row)
        layout.addWidget(self.model_exporter)
        self._files_box = QGroupBox(self.tr("Save and export"))
        self._files_box.setLayout(layout)

    def _build_readouts(self) -> None:
        self.readouts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in READOUTS:
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(_translate(label))
            self.readouts[key] = value
            form.addRow(_translate(label), value)
        self._readout_box = QGroupBox(self.tr("Now"))
        self._readout_box.setLayout(form)

    def _build_undo_actions(self) -> None:
        for action, keys in ((self.undo_stack.createUndoAction(self, self.tr("Undo")),
                              QKeySequence.StandardKey.Undo),
                             (self.undo_stack.createRedoAction(self, self.tr("Redo")),
                              QKeySequence.StandardKey.Redo)):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- Panel interface ------------------------------------------------------------------
    def tensorflow_ready(self, info: dict) -> None:
        self.message_bar.clear()
        self._new_trainer()
        self._set_tensorflow_controls_enabled(True)
        self._update_buttons()

    def tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so the classifier cannot train.")
            + f"\n{message}", "error")

    def shutdown(self) -> None:
        self._stop_worker()
        self.model_exporter.shutdown()
        self._redraw_timer.stop()

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        steps = int(options.get("train_steps") or 0)
        if steps <= 0 or self._trainer is None:
            on_ready()
            return
        self.num_steps_input.setValue(steps)
        self._on_run_finished = on_ready
        self._on_run_clicked()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The data, the starting weights and every run since, as code that redoes them.

        Training is paused first, so that the cells end at the weights shown. Before
        TensorFlow is loaded there is nothing to export.
        """
        if self._trainer is None or self._data is None:
            return []
        if self.is_training():
            self._stop_worker()
            self._update_buttons()
        return classifier_notebook_cells(self._start_recipe, self._trainer_mode(), self._spec,
                                         self._notebook_weights, self._events)

    def session_state(self) -> dict:
        """The data recipe, the inputs, the training settings, the weights and the step
        count (training is paused first). Nothing before TensorFlow is loaded."""
        if self._trainer is None or self._data is None:
            return {}
        if self.is_training():
            self._stop_worker()
            self._update_buttons()
        batch_size = self._selected_batch_size()
        return {
            "data": self._recipe.to_state(),
            "inputs": {"data_set": self.data_input.currentData(),
                       "num_samples_per_class": self.num_samples_input.value(),
                       "mean_0": self.mean_0_input.text(), "mean_1": self.mean_1_input.text(),
                       "covariance": self.covariance_input.text(),
                       "noise": self.noise_input.value(), "seed": self.seed_input.value(),
                       "test_percent": self.test_split_input.value(),
                       "click_class": int(self.click_class_input.currentData())},
            "training": {"mode": self._trainer_mode(), "hidden_units": self._spec.hidden_units,
                         "activation": self._spec.activation, "loss": self._selected_loss(),
                         "learning_rate": self.learning_rate_input.value(),
                         "num_steps": self.num_steps_input.value(), "batch_size": batch_size,
                         "shuffle": self.shuffle_input.isChecked(),
                         "speed": self.speed_input.currentData()},
            "weights": weights_state(self._trainer.get_weights()),
            "start_weights": weights_state(self._start_weights),
            "num_steps_done": int(self._trainer.num_steps_done),
        }

    def check_session_state(self, state: dict) -> None:
        """Check the classifier's part (and rebuild its data) without changing anything.

        Raises:
            ValueError: see :func:`~tfintro_gui.core.classifier.session.check_classifier_state`.
        """
        super().check_session_state(state)
        if state:
            check_classifier_state(state)

    def restore_session(self, state: dict) -> None:
        """Stop training, set the inputs, the data, the weights and the step count.

        Raises:
            ValueError: ``state`` is not valid (nothing is changed then).
        """
        super().check_session_state(state)
        if not state:
            return
        checked = check_classifier_state(state)
        self._stop_worker()
        inputs, training = checked.inputs, checked.training
        widgets = (self.data_input, self.num_samples_input, self.mean_0_input,
                   self.mean_1_input, self.covariance_input, self.noise_input, self.seed_input,
                   self.test_split_input, self.click_class_input, self.mode_input,
                   self.hidden_units_input, self.activation_input, self.loss_input,
                   self.learning_rate_input, self.num_steps_input, self.batch_size_input,
                   self.shuffle_input, self.speed_input)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.data_input.setCurrentIndex(self.data_input.findData(inputs["data_set"]))
            self.num_samples_input.setValue(inputs["num_samples_per_class"])
            self.mean_0_input.setText(inputs["mean_0"])
            self.mean_1_input.setText(inputs["mean_1"])
            self.covariance_input.setText(inputs["covariance"])
            self.noise_input.setValue(inputs["noise"])
            self.seed_input.setValue(inputs["seed"])
            self.test_split_input.setValue(inputs["test_percent"])
            self.click_class_input.setCurrentIndex(inputs["click_class"])
            self.mode_input.setCurrentIndex(self.mode_input.findData(training["mode"]))
            self.hidden_units_input.setValue(checked.model_spec.hidden_units)
            self.activation_input.setCurrentIndex(
                self.activation_input.findData(checked.model_spec.activation))
            self.loss_input.setCurrentIndex(self.loss_input.findData(training["loss"]))
            self.learning_rate_input.setValue(training["learning_rate"])
            self.num_steps_input.setValue(training["num_steps"])
            self.batch_size_input.setValue(training["batch_size"] or 0)
            self.shuffle_input.setChecked(training["shuffle"])
            self.speed_input.setCurrentIndex(self.speed_input.findData(training["speed"]))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._data = Dataset(checked.points, checked.labels,
                             checked.recipe.name or checked.recipe.source, checked.recipe.seed)
        self._test_mask = checked.is_test
        self._recipe = checked.recipe
        self.undo_stack.clear()
        self.message_bar.clear()
        self.plots.show_data(self._data.inputs, self._data.targets, self._test_mask)
        self.plots.set_previous_run([], [], "")
        self._update_data_inputs()
        # The notebook export starts from the weights restored; Reset to same start goes
        # back to the saved run's start.
        self._new_trainer(checked.weights)
        self._start_weights = [w.copy() for w in checked.start_weights]
        self._trainer.num_steps_done = checked.num_steps_done
        if checked.num_steps_done:
            self.readouts["step"].setText(str(checked.num_steps_done - 1))
        self._update_formula()
        self._update_buttons()

    # -- state ----------------------------------------------------------------------------
    @property
    def trainer(self) -> LinearClassifierTrainer | KerasClassifierTrainer | None:
        """The trainer, once TensorFlow is loaded."""
        return self._trainer

    @property
    def history(self) -> TrainingHistory:
        return self._history

    @property
    def model_spec(self) -> ModelSpec:
        """The architecture being trained."""
        return self._spec

    def is_training(self) -> bool:
        """True from Run/Step until the run's last snapshot has been taken in."""
        return self._worker is not None

    def _selected_loss(self) -> str:
        return self.loss_input.currentData()

    def _selected_mode(self) -> str:
        return self.mode_input.currentData()

    def _selected_spec(self) -> ModelSpec:
        units = self.hidden_units_input.value() if self._selected_mode() == "keras" else 0
        return ModelSpec(units, self.activation_input.currentData())

    def _selected_batch_size(self) -> int | None:
        return self.batch_size_input.value() or None

    def _train_test_arrays(self):
        inputs, targets, test = self._data.inputs, self._data.targets, self._test_mask
        if not test.any():
            return inputs, targets, None, None
        return inputs[~test], targets[~test], inputs[test], targets[test]

    def _new_trainer(self, weights: list[np.ndarray] | None = None) -> None:
        """A trainer for the selected mode and model, starting from ``weights`` (default a
        new random start); the progress is cleared."""
        self._spec = self._selected_spec()
        if weights is None:
            weights = self._spec.initial_weights()
        self._start_weights = [w.copy() for w in weights]
        self._notebook_weights = [w.copy() for w in weights]
        self._start_recipe, self._events, self._run = self._recipe, [], None
        inputs, targets, test_inputs, test_targets = self._train_test_arrays()
        settings = {"loss": self._selected_loss(),
                    "learning_rate": self.learning_rate_input.value(),
                    "test_inputs": test_inputs, "test_targets": test_targets}
        if self._selected_mode() == "keras":
            self._trainer = KerasClassifierTrainer(inputs, targets, weights=weights,
                                                   model_spec=self._spec, **settings)
        else:
            self._trainer = LinearClassifierTrainer(inputs, targets, W=weights[0],
                                                    b=weights[1], **settings)
        # The device chosen in the Devices panel applies from each new start.
        self.readouts["device"].setText(self._trainer.device)
        self._clear_progress()
        self._update_model_inputs()
        self._update_parameter_view_data()
        self._show_weights(weights)

    def _clear_progress(self) -> None:
        self._history.clear(self._spec.num_parameters)
        self._latest = None
        self._target_step = None
        self._replay_row = None
        self._pending_log.clear()
        self.log_view.clear()
        self.plots.clear_history(self.num_steps_input.value())
        self._update_replay_slider()
        for key in ("step", "loss", "accuracy", "test_loss", "test_accuracy", "grad_W",
                    "grad_b", "steps_per_s"):
            self.readouts[key].setText("—")

    def _keep_as_previous_run(self) -> None:
        """Show the current run's loss curve as 'previous run' (for comparisons)."""
        if len(self._history) == 0:
            return
        batch = self._trainer.batch_size
        batching = self.tr("full batch") if batch is None else self.tr(
                           "batch {size}").format(size=batch)
        label = self.tr("previous: {mode}, lr {learning_rate}, {batching}").format(
            mode=MODE_NAMES[self._trainer_mode()],
            learning_rate=f"{self._trainer.learning_rate:g}", batching=batching)
        self.plots.set_previous_run(self._history.steps.copy(), self._history.losses.copy(),
                                    label)

    def _trainer_mode(self) -> str:
        return "keras" if isinstance(self._trainer, KerasClassifierTrainer) else "tape"

    def _set_tensorflow_controls_enabled(self, enabled: bool) -> None:
        tooltip = "" if enabled else self.tr("Loading TensorFlow…")
        for button in (self.step_button, self.run_button, self.pause_button, self.reset_button,
                       self.restart_button, self.save_history_button,
                       self.model_exporter.button):
            button.setEnabled(enabled)
            button.setStatusTip(tooltip)

    def _update_buttons(self) -> None:
        if self._trainer is None:
            return
        running = self.is_training()
        exporting = self.model_exporter.is_exporting()
        self.step_button.setEnabled(not running and not exporting)
        self.run_button.setEnabled(not running and not exporting)
        self.pause_button.setEnabled(running)
        self.model_exporter.button.setEnabled(not running and not exporting)
        self.reset_button.setEnabled(True)
        self.restart_button.setEnabled(True)
        for widget in (self.loss_input, self.learning_rate_input, self.num_steps_input,
                       self.mode_input, self.batch_size_input, self.shuffle_input):
            widget.setEnabled(not running)
        self._update_model_inputs()
        paused = self._target_step is not None and not running
        self.run_button.setText(self.tr("Resume") if paused else self.tr("Run"))

    def _update_model_inputs(self) -> None:
        keras_mode = self._selected_mode() == "keras"
        editable = keras_mode and not self.is_training()
        self.hidden_units_input.setEnabled(editable)
        self.activation_input.setEnabled(editable and self.hidden_units_input.value() > 0)
        self.hidden_units_input.setToolTip(
            self.tr("Units of one hidden Dense layer; with it the boundary can bend")
            if keras_mode else self.tr("A hidden layer needs Keras mode: the hand-written loop "
                                       "trains X @ W + b"))
        self.model_label.setText(self._selected_spec().describe())

    def _update_data_inputs(self) -> None:
        gaussians = self.data_input.currentData() == "gaussians"
        for widget in (self.mean_0_input, self.mean_1_input, self.covariance_input):
            widget.setEnabled(gaussians)
        self.noise_input.setEnabled(not gaussians)

    # -- data -----------------------------------------------------------------------------
    def _chosen_seed(self) -> int:
        """The seed input, or a seed drawn now when it says 'random' (so that the data can
        be drawn again by a notebook or a session)."""
        seed = self.seed_input.value()
        return int(np.random.default_rng().integers(MAX_SEED)) if seed < 0 else seed

    def _regenerate_data(self) -> bool:
        key = self.data_input.currentData()
        try:
            recipe = DataRecipe(key, self.num_samples_input.value(), self._chosen_seed(),
                                noise=self.noise_input.value())
            if key == "gaussians":
                recipe = dataclasses.replace(
                    recipe, mean_0=tuple(parse_mean(self.mean_0_input.text(),
                                                    "Class 0 mean").tolist()),
                    mean_1=tuple(parse_mean(self.mean_1_input.text(), "Class 1 mean").tolist()),
                    covariance=tuple(map(tuple, parse_covariance(
                        self.covariance_input.text()).tolist())))
            inputs, targets = recipe.base()
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(
                f"{error}\n" + self.tr("The previous data are kept."), "error")
            return False
        name = "two Gaussians" if key == "gaussians" else key
        self._set_data(Dataset(inputs, targets, name, recipe.seed), recipe)
        return True

    def _set_data(self, data: Dataset, recipe: DataRecipe) -> None:
        """Take new points: a new split and an empty undo stack; the plots fit the view.

        ``recipe`` makes ``data``'s points; the split is added to it."""
        fraction = self.test_split_input.value() / 100
        split_seed = self.seed_input.value() if self.seed_input.value() >= 0 else recipe.seed
        self._data = data
        self._test_mask = split_train_test(len(data.inputs), fraction, seed=split_seed)
        self._recipe = recipe.with_edit("split", fraction, split_seed)
        self.undo_stack.clear()
        self.plots.show_data(data.inputs, data.targets, self._test_mask)

    def _after_data_replaced(self) -> None:
        """New data: a new random start, empty history, no previous run to compare."""
        self.message_bar.clear()
        self.plots.set_previous_run([], [], "")
        if self._trainer is not None:
            self._new_trainer()
        self._update_buttons()

    def _on_regenerate_clicked(self) -> None:
        self._stop_worker()
        if self._regenerate_data():
            self._after_data_replaced()
        self._update_buttons()

    def _on_test_split_changed(self) -> None:
        if self._data is None:
            return
        self._stop_worker()
        self._set_data(self._data, self._recipe)
        if self._trainer is not None:
            self.plots.set_previous_run([], [], "")
            self._new_trainer(self._start_weights)
        self._update_buttons()

    def import_points(self, path: str | Path) -> bool:
        """Replace the data by the points of a CSV file; on any problem keep the old data.

        Returns:
            True if the file was imported.
        """
        try:
            data = read_points_csv(path)
        except (ValueError, OSError) as error:
            self.message_bar.show_message(str(error), "error")
            return False
        self._stop_worker()
        self._set_data(data, DataRecipe("points", seed=self._chosen_seed(),
                                        points=data.inputs, labels=data.targets,
                                        name=data.name))
        self._after_data_replaced()
        self.message_bar.show_message(
            self.tr("Imported {count} points from {name} ({positive} of class 1).").format(
                count=len(data.inputs), name=data.name, positive=int(data.targets.sum())),
            "info")
        return True

    def export_points(self, path: str | Path) -> bool:
        """Write the points (training and test) as CSV ``x,y,label``."""
        try:
            write_points_csv(path, self._data.inputs, self._data.targets)
        except (ValueError, OSError) as error:
            self.message_bar.show_message(
                self.tr("The points could not be saved: {reason}").format(reason=error),
                        "error")
            return False
        self.message_bar.show_message(
            self.tr("Saved {count} points to {path}.").format(count=len(self._data.inputs),
                                                               path=path), "info")
        return True

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import points"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_points(path)

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export points"), "points.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_points(path)

    # -- point editing (undoable) ---------------------------------------------------------
    def point_at(self, index: int) -> tuple[np.ndarray, float, bool]:
        return (self._data.inputs[index].copy(), float(self._data.targets[index, 0]),
                bool(self._test_mask[index]))

    def insert_point(self, index: int, point: np.ndarray, label: float, is_test: bool) -> None:
        data = self._data
        point = np.asarray(point, np.float32)
        self._replace_points(Dataset(np.insert(data.inputs, index, point, axis=0),
                                     np.insert(data.targets, index, [label], axis=0),
                                     data.name, data.seed),
                             np.insert(self._test_mask, index, is_test),
                             ("insert", index, float(point[0]), float(point[1]), float(label),
                              bool(is_test)))

    def delete_point(self, index: int) -> None:
        data = self._data
        self._replace_points(Dataset(np.delete(data.inputs, index, axis=0),
                                     np.delete(data.targets, index, axis=0),
                                     data.name, data.seed),
                             np.delete(self._test_mask, index), ("delete", index))

    def _replace_points(self, data: Dataset, test_mask: np.ndarray, edit: tuple) -> None:
        """Edited points: training goes on from the current weights on the new points."""
        self._stop_worker()
        self._data, self._test_mask = data, test_mask
        self._recipe = self._recipe.with_edit(*edit)
        if self._trainer is not None:
            self._events.append(("edit", self._recipe.edits[-1]))
        self.plots.show_data(data.inputs, data.targets, test_mask, keep_limits=True)
        if self._trainer is not None:
            self._trainer.set_data(*self._train_test_arrays())
            self._update_parameter_view_data()
            self._show_live()
        self._update_buttons()

    def _on_plots_point_clicked(self, x: float, y: float, button: int) -> None:
        if button == 1:
            self.undo_stack.push(AddPointCommand(self, len(self._data.inputs), (x, y),
                                                 self.click_class_input.currentData()))
            return
        pixels = self.plots.scatter_axes.transData.transform(self._data.inputs)
        clicked = self.plots.scatter_axes.transData.transform([(x, y)])[0]
        distances = np.hypot(*(pixels - clicked).T)
        nearest = int(np.argmin(distances))
        train_left = int((~self._test_mask).sum()) - (0 if self._test_mask[nearest] else 1)
        if distances[nearest] > CLICK_RADIUS_PX:
            self.message_bar.show_message(
                self.tr("No point near the right click to remove."), "info")
        elif train_left < 2:
            self.message_bar.show_message(
                self.tr("The last two training points cannot be removed: "
                        "a model needs something to train on."), "warning")
        else:
            self.undo_stack.push(RemovePointCommand(self, nearest))

    # -- training controls ----------------------------------------------------------------
    def _on_step_clicked(self) -> None:
        self._target_step = None
        self._start_worker(1)

    def _on_run_clicked(self) -> None:
        done = self._trainer.num_steps_done
        if self._target_step is None or self._target_step <= done:
            self._target_step = done + self.num_steps_input.value()
        self._start_worker(self._target_step - done)

    def _on_pause_clicked(self) -> None:
        self._stop_worker()
        self._update_buttons()

    def _on_restart_clicked(self) -> None:
        """Reset to the same start: keep this run's curve for comparison."""
        self._stop_worker()
        self.message_bar.clear()
        self._keep_as_previous_run()
        self._new_trainer(self._start_weights)
        self._update_buttons()

    def _on_reset_clicked(self) -> None:
        """New random start on the same data."""
        self._stop_worker()
        self.message_bar.clear()
        self._keep_as_previous_run()
        self._new_trainer()
        self._update_buttons()

    def _on_model_input_changed(self) -> None:
        """Mode or hidden layer changed: same start if the model is the same, else new."""
        self._update_formula()
        if self._trainer is None or self.is_training():
            self._update_model_inputs()
            return
        spec = self._selected_spec()
        self._keep_as_previous_run()
        self._new_trainer(self._start_weights if spec == self._spec else None)
        self._update_buttons()

    def _on_loss_input_changed(self) -> None:
        self._update_formula()
        if self._trainer is not None and not self.is_training():
            self._trainer.loss = self._selected_loss()
            self._update_parameter_view_data()
            self._show_live()

    def _on_speed_input_changed(self) -> None:
        if self.is_training() and self._target_step is not None:
            # The pace decides how many steps each TensorFlow call runs: restart the run.
            self._stop_worker()
            self._on_run_clicked()

    def _update_formula(self) -> None:
        loss = self._selected_loss()
        self.formula_label.setText(loss_formula(loss))
        batch_size = self._selected_batch_size()
        num_samples = int((~self._test_mask).sum()) if self._data is not None else 2000
        if batch_size is not None and batch_size >= num_samples:
            batch_size = None
        settings = {"learning_rate": self.learning_rate_input.value(),
                    "num_steps": self.num_steps_input.value(), "loss": loss,
                    "batch_size": batch_size, "shuffle": self.shuffle_input.isChecked()}
        self.code_view.set_code(training_code(**settings))
        self.keras_code_view.set_code(keras_code(model_spec=self._selected_spec(),
                                                 num_samples=max(num_samples, 1), **settings))

    # -- parameter view -------------------------------------------------------------------
    def _update_parameter_view_data(self) -> None:
        if self._data is None or not self.parameter_view.isVisibleTo(self):
            return
        inputs, targets, _, _ = self._train_test_arrays()
        self.parameter_view.set_data(inputs, targets, self._selected_loss())
        self.parameter_view.set_linear(self._spec.is_linear)

    def _on_parameter_view_toggled(self, checked: bool) -> None:
        self.parameter_view.setVisible(checked)
        if checked and self._trainer is not None:
            self._update_parameter_view_data()
            if self._replay_row is None:
                self._show_weights(self._trainer.get_weights())
            else:
                self._show_replay(self._replay_row)

    def _on_parameter_view_weights_dragged(self, w1: float, w2: float) -> None:
        """The point was dragged: W follows it, and so does the boundary."""
        if self._trainer is None or not self._spec.is_linear:
            return
        if self.is_training():
            self._stop_worker()
            self._update_buttons()
        _, b = self._trainer.get_weights()
        self._trainer.set_weights([np.array([[w1], [w2]], np.float32), b])
        self._events.append(("weights", self._trainer.get_weights()))
        self._show_live()

    def _update_parameter_view(self, weights, last_row: int | None = None) -> None:
        """Point at ``weights``, path of the recorded steps up to ``last_row``."""
        if not (self._spec.is_linear and self.parameter_view.isVisibleTo(self)):
            return
        end = len(self._history) if last_row is None else last_row + 1
        self.parameter_view.show_parameters(weights[0], weights[1],
                                            self._history.parameters[:end, :2],
                                            training=self.is_training())

    # -- replay ---------------------------------------------------------------------------
    def _update_replay_slider(self) -> None:
        slider = self.replay_slider
        slider.blockSignals(True)
        slider.setMaximum(len(self._history))
        if self._replay_row is None:
            slider.setValue(len(self._history))
        slider.blockSignals(False)
        if self._replay_row is None:
            self.replay_label.setText(self.tr("Live"))

    def _on_replay_slider_changed(self, value: int) -> None:
        if self._trainer is None:
            return
        if value >= len(self._history):
            self._replay_row = None
            self._show_live()
            return
        self._replay_row = value
        if self.is_training():
            self._stop_worker()
            self._update_buttons()
        self.replay_slider.blockSignals(True)
        self.replay_slider.setValue(value)
        self.replay_slider.blockSignals(False)
        self._show_replay(value)

    def _show_replay(self, row: int) -> None:
        history = self._history
        step = int(history.steps[row])
        weights = self._spec.unflatten(history.parameters[row])
        self.replay_label.setText(self.tr("Step {step} of {count} (replay)").format(
            step=step, count=history.num_steps))
        self.readouts["step"].setText(self.tr("{step} (replay)").format(step=step))
        self.readouts["loss"].setText(f"{history.losses[row]:.4f}")
        self.readouts["accuracy"].setText(f"{history.accuracies[row]:.3f}")
        if history.has_test:
            self.readouts["test_loss"].setText(f"{history.test_losses[row]:.4f}")
            self.readouts["test_accuracy"].setText(f"{history.test_accuracies[row]:.3f}")
        self.plots.show_replay_marker(step)
        self._show_weights(weights, row=row)

    def _show_live(self) -> None:
        """Show the trainer's current weights (not a replayed step)."""
        self._replay_row = None
        self.plots.show_replay_marker(None)
        self._update_replay_slider()
        if self._trainer is not None:
            self._show_weights(self._trainer.get_weights())

    # -- worker ---------------------------------------------------------------------------
    def _start_worker(self, num_steps: int) -> None:
        self._stop_worker()
        self.message_bar.clear()
        if self._replay_row is not None:
            self._show_live()
        trainer = self._trainer
        try:
            trainer.loss = self._selected_loss()
            trainer.learning_rate = self.learning_rate_input.value()
            trainer.set_batching(self._selected_batch_size(), self.shuffle_input.isChecked())
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(str(error), "error")
            return
        self._update_formula()
        keras_mode = isinstance(trainer, KerasClassifierTrainer)
        self._run = TrainingRun(
            trainer.loss, trainer.learning_rate, trainer.batch_size, trainer.shuffle,
            first_step=trainer.num_steps_done, num_steps=0,
            batch_counter=0 if keras_mode else trainer.batch_counter,
            shuffle_seed=trainer.run_shuffle_seed if keras_mode else trainer.shuffle_seed)
        rate = self.speed_input.currentData()
        steps_per_call = "auto" if rate == 0 else 1
        worker = GeneratorWorker(lambda: trainer.run(num_steps, steps_per_call=steps_per_call),
                                 seconds_between_items=0 if rate == 0 else 1.0 / rate)
        worker.produced.connect(self._on_worker_produced)
        worker.failed.connect(self._on_worker_failed)
        worker.done.connect(self._on_worker_done)
        self._worker = WorkerThread(worker)
        self._rate_start = None
        self.plots.set_step_range(trainer.num_steps_done + num_steps)
        self._worker.start()
        self._redraw_timer.start()
        self._update_buttons()

    def _stop_worker(self) -> None:
        if self._worker is None:
            return
        worker = self._worker
        if not worker.stop(timeout_ms=1000):
            worker.thread.wait()  # a compiled call is finishing; it ends within a frame
        # Take the snapshots it queued before stopping: their steps were trained.
        self._draining = True
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        self._draining = False
        self._worker = None
        for signal in (worker.worker.produced, worker.worker.failed, worker.worker.done):
            signal.disconnect()
        self._flush()
        run, self._run = self._run, None
        if run is not None and self._trainer.num_steps_done > run.first_step:
            self._events.append(("train", dataclasses.replace(
                run, num_steps=self._trainer.num_steps_done - run.first_step)))

    def _is_current_run(self, run_id: int) -> bool:
        return self._worker is not None and self._worker.worker.run_id == run_id

    def _on_worker_produced(self, run_id: int, snapshot: TrainingSnapshot) -> None:
        if not self._is_current_run(run_id):
            return
        self._history.append_snapshot(snapshot)
        for step in range(snapshot.first_step, snapshot.step + 1):
            if step % LOG_EVERY == LOG_EVERY - 1:
                loss = snapshot.losses[step - snapshot.first_step]
                self._pending_log.append(self.tr("Loss at step {step}: {loss}").format(
                    step=step, loss=f"{loss:.4f}"))
        if self._rate_start is None:
            self._rate_start = (snapshot.timestamp, snapshot.step)
        else:
            start_time, start_step = self._rate_start
            elapsed = snapshot.timestamp - start_time
            if elapsed > 0:
                self._steps_per_s = (snapshot.step - start_step) / elapsed
        self._latest = snapshot
        self._dirty = True
        if snapshot.divergence:
            self._target_step = None
            self.message_bar.show_message(snapshot.divergence, "warning")

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        if self._is_current_run(run_id):
            self._target_step = None
            self.message_bar.show_message(
                self.tr("Training stopped with an error: {message}").format(message=message),
                        "error")

    def _on_worker_done(self, run_id: int) -> None:
        if self._draining or not self._is_current_run(run_id):
            return
        self._stop_worker()
        if self._target_step is not None and self._trainer.num_steps_done >= self._target_step:
            self._target_step = None
        self._update_buttons()
        if self._on_run_finished is not None:
            callback, self._on_run_finished = self._on_run_finished, None
            callback()

    # -- drawing --------------------------------------------------------------------------
    def _on_redraw_timer_timeout(self) -> None:
        self._flush()
        if not self.is_training():
            self._redraw_timer.stop()

    def _flush(self) -> None:
        """Show the newest snapshot and the pending log lines."""
        if self._pending_log:
            self.log_view.appendPlainText("\n".join(self._pending_log))
            self._pending_log.clear()
        if not self._dirty or self._latest is None:
            return
        self._dirty = False
        snapshot = self._latest
        self.readouts["step"].setText(str(snapshot.step))
        self.readouts["loss"].setText(f"{snapshot.loss:.4f}")
        self.readouts["accuracy"].setText(f"{snapshot.accuracy:.3f}")
        if snapshot.test_losses is not None:
            self.readouts["test_loss"].setText(f"{snapshot.test_losses[-1]:.4f}")
            self.readouts["test_accuracy"].setText(f"{snapshot.test_accuracies[-1]:.3f}")
        if self._spec.is_linear:
            self.readouts["grad_W"].setText(_format_array(snapshot.grad_W))
            self.readouts["grad_b"].setText(_format_array(snapshot.grad_b))
        if self._steps_per_s:
            self.readouts["steps_per_s"].setText(f"{self._steps_per_s:,.0f}")
        self._update_replay_slider()
        rescaled = self.plots.show_history(self._history)
        if self._replay_row is None:
            self._show_weights(list(snapshot.weights), full_redraw=rescaled)
        elif rescaled:
            self.plots.refresh(full=True)

    def _show_weights(self, weights, full_redraw: bool = True, row: int | None = None) -> None:
        """Readouts and plots for the model with ``weights`` (those of history ``row`` when
        replaying)."""
        if self._spec.is_linear:
            self.readouts["W"].setText(_format_array(weights[0]))
            self.readouts["b"].setText(_format_array(weights[1]))
        else:
            text = self.tr("hidden layer: {count} parameters").format(
                count=self._spec.num_parameters)
            for key in ("W", "b", "grad_W", "grad_b"):
                self.readouts[key].setText(text if key == "W" else "—")
        loss = self._selected_loss()
        wrong = self.plots.show_model(self._spec, weights, loss, decision_threshold(loss))
        self.readouts["misclassified"].setText(self.tr("{wrong} of {count}").format(
            wrong=wrong, count=len(self._data.inputs)))
        self.plots.refresh(full=full_redraw)
        self._update_parameter_view(weights, row)

    # -- saving ---------------------------------------------------------------------------
    def save_plots(self, path: str | Path) -> bool:
        """Save the figure (PNG, SVG or PDF by extension); a message says how it went."""
        try:
            self.plots.save(str(path))
        except (ValueError, OSError) as error:
            self.message_bar.show_message(
                self.tr("The plots could not be saved: {reason}").format(reason=error), "error")
            return False
        self.message_bar.show_message(self.tr("Saved the plots to {path}.").format(path=path),
                                              "info")
        return True

    def save_history(self, path: str | Path) -> bool:
        """Save the recorded steps as CSV; a message says how it went."""
        if len(self._history) == 0:
            self.message_bar.show_message(
                self.tr("There is no history yet: train first."), "warning")
            return False
        try:
            self._history.write_csv(path, self._spec.parameter_names())
        except (ValueError, OSError) as error:
            self.message_bar.show_message(
                self.tr("The history could not be saved: {reason}").format(reason=error),
                        "error")
            return False
        if self._history.stride > 1:
            text = self.tr("Saved {count} steps (one in {stride} of {total} steps) to "
                           "{path}.").format(count=len(self._history),
                                             stride=self._history.stride,
                                             total=self._history.num_steps, path=path)
        else:
            text = self.tr("Saved {count} steps to {path}.").format(count=len(self._history),
                                                                     path=path)
        self.message_bar.show_message(text, "info")
        return True

    def _model_for_export(self):
        """What the exporter saves: the live model's weights and its logits on the data."""
        if self._trainer is None:
            return None
        self._stop_worker()
        self._show_live()
        inputs = self._data.inputs.copy()
        return (self._trainer.get_weights(), self._spec, inputs,
                self._trainer.predict_logits(inputs))

    def _on_model_exporter_busy_changed(self, busy: bool) -> None:
        self._update_buttons()

    def _on_model_exporter_message(self, text: str, level: str) -> None:
        self.message_bar.show_message(text, level)

    def _on_model_exporter_logged(self, text: str) -> None:
        self.log_view.appendPlainText(text)

    def _on_save_plots_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plots"), "classifier.png",
                                              self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path:
            self.save_plots(path)

    def _on_save_history_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save history"), "history.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_history(path)


def main() -> int:
    """Run the panel on its own: ``python -m tfintro_gui.ui.classifier_panel``."""
    from tfintro_gui.app import run_single_panel

    return run_single_panel(ClassifierPanel)


if __name__ == "__main__":
    sys.exit(main())
