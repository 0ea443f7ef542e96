"""The Classifier's "Model and training" box: mode, model, loss, learning rate, batching.

The box reads and writes a :class:`~tfintro_gui.core.classifier.settings.TrainingSettings`
and shows what they mean: the model in Keras terms and the loss's formula.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from tfintro_gui.core.classifier.data import MAX_NUM_SAMPLES_PER_CLASS
from tfintro_gui.core.classifier.losses import loss_formula
from tfintro_gui.core.classifier.model import ACTIVATIONS, MAX_HIDDEN_UNITS
from tfintro_gui.core.classifier.settings import (
    MAX_LEARNING_RATE,
    MAX_NUM_STEPS,
    MIN_LEARNING_RATE,
    TrainingSettings,
)
from tfintro_gui.ui.classifier.texts import formula_lines

MODE_CHOICES = (
    (QT_TRANSLATE_NOOP("TrainingBox", "Hand-written loop (GradientTape)"), "tape"),
    (QT_TRANSLATE_NOOP("TrainingBox", "Keras model.fit"), "keras"),
)
LOSS_CHOICES = (
    (QT_TRANSLATE_NOOP("TrainingBox", "Logistic loss (the course's)"), "logistic"),
    (QT_TRANSLATE_NOOP("TrainingBox", "Squared loss (the book's)"), "squared"),
)
SPEEDS = (
    (QT_TRANSLATE_NOOP("TrainingBox", "As fast as possible"), 0),
    (QT_TRANSLATE_NOOP("TrainingBox", "30 steps/s"), 30),
    (QT_TRANSLATE_NOOP("TrainingBox", "10 steps/s"), 10),
    (QT_TRANSLATE_NOOP("TrainingBox", "5 steps/s"), 5),
    (QT_TRANSLATE_NOOP("TrainingBox", "2 steps/s"), 2),
    (QT_TRANSLATE_NOOP("TrainingBox", "1 step/s"), 1),
)


def _combo(choices, tooltip: str) -> QComboBox:
    combo = QComboBox()
    for label, key in choices:
        combo.addItem(QCoreApplication.translate("TrainingBox", label), key)
    combo.setToolTip(tooltip)
    return combo


class TrainingBox(QGroupBox):
    """The training settings and what they mean.

    Signals:
        model_changed(): the mode, hidden layer or activation changed (a new trainer).
        loss_changed(): the loss changed.
        speed_changed(): the pace changed.
        settings_changed(): any setting changed (the code shown follows).
        parameter_view_toggled(bool): the parameter view was switched on or off.
    """

    model_changed = Signal()
    loss_changed = Signal()
    speed_changed = Signal()
    settings_changed = Signal()
    parameter_view_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Model and training"))
        self._running = False
        self.mode_input = _combo(MODE_CHOICES, self.tr(
            "Train with the notebook's GradientTape loop or with Keras's model.fit (same "
            "start, same steps)"))
        self.hidden_units_input = QSpinBox()
        self.hidden_units_input.setRange(0, MAX_HIDDEN_UNITS)
        self.hidden_units_input.setSpecialValueText(self.tr("none (linear)"))
        self.activation_input = QComboBox()  # Keras's names, not translated
        for name in ACTIVATIONS:
            self.activation_input.addItem(name, name)
        self.activation_input.setToolTip(self.tr("Activation of the hidden layer"))
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.parameter_view_input = QCheckBox(self.tr("Parameter view: loss surface over W"))
        self.parameter_view_input.setToolTip(
            self.tr("Show the loss over (W[0], W[1]) at the current b with the path of gradient "
                    "descent; drag the point to set W (linear model)"))
        self.parameter_view_input.toggled.connect(self.parameter_view_toggled)
        self.loss_input = _combo(LOSS_CHOICES, self.tr("Loss minimised by gradient descent"))
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.learning_rate_input = QDoubleSpinBox()
        self.learning_rate_input.setDecimals(4)
        self.learning_rate_input.setRange(MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        self.learning_rate_input.setSingleStep(0.05)
        self.learning_rate_input.setToolTip(
            self.tr("learning_rate: W.assign_sub(grad_W * learning_rate)"))
        self.num_steps_input = QSpinBox()
        self.num_steps_input.setRange(1, MAX_NUM_STEPS)
        self.num_steps_input.setToolTip(
            self.tr("Steps that Run performs (num_steps); a step is a batch"))
        self.batch_size_input = QSpinBox()
        self.batch_size_input.setRange(0, 2 * MAX_NUM_SAMPLES_PER_CLASS)
        self.batch_size_input.setSpecialValueText(self.tr("full batch"))
        self.batch_size_input.setToolTip(
            self.tr("Samples per step; 'full batch' uses them all, as the notebook does"))
        self.shuffle_input = QCheckBox(self.tr("Shuffle every epoch"))
        self.shuffle_input.setToolTip(self.tr("With mini-batches, visit the samples in a new "
                                              "order every epoch"))
        self.speed_input = _combo(SPEEDS, self.tr("Steps per second, or as fast as TensorFlow "
                                                  "can"))
        self._connect()
        self._build_layout()
        self.set_settings(TrainingSettings())

    def _connect(self) -> None:
        for signal in (self.mode_input.currentIndexChanged,
                       self.hidden_units_input.valueChanged,
                       self.activation_input.currentIndexChanged):
            signal.connect(self._update_model_fields)
            signal.connect(self.model_changed)
        self.loss_input.currentIndexChanged.connect(self._update_formula)
        self.loss_input.currentIndexChanged.connect(self.loss_changed)
        self.speed_input.currentIndexChanged.connect(self.speed_changed)
        self.batch_size_input.valueChanged.connect(self._update_shuffle)
        for signal in (self.mode_input.currentIndexChanged,
                       self.hidden_units_input.valueChanged,
                       self.activation_input.currentIndexChanged,
                       self.loss_input.currentIndexChanged,
                       self.learning_rate_input.valueChanged, self.num_steps_input.valueChanged,
                       self.batch_size_input.valueChanged, self.shuffle_input.toggled):
            signal.connect(self.settings_changed)

    def _build_layout(self) -> None:
        hidden = QHBoxLayout()
        hidden.addWidget(self.hidden_units_input, 1)
        hidden.addWidget(self.activation_input)
        batch = QHBoxLayout()
        batch.addWidget(self.batch_size_input, 1)
        batch.addWidget(self.shuffle_input)
        form = QFormLayout(self)
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

    def settings(self) -> TrainingSettings:
        """The settings as the controls show them."""
        return TrainingSettings(
            mode=self.mode_input.currentData(), hidden_units=self.hidden_units_input.value(),
            activation=self.activation_input.currentData(), loss=self.loss_input.currentData(),
            learning_rate=self.learning_rate_input.value(),
            num_steps=self.num_steps_input.value(),
            batch_size=self.batch_size_input.value() or None,
            shuffle=self.shuffle_input.isChecked(), speed=self.speed_input.currentData())

    def set_settings(self, settings: TrainingSettings) -> None:
        """Show ``settings`` without emitting any of the box's signals."""
        blocker = QSignalBlocker(self)
        self.mode_input.setCurrentIndex(self.mode_input.findData(settings.mode))
        self.hidden_units_input.setValue(settings.hidden_units)
        self.activation_input.setCurrentIndex(
            self.activation_input.findData(settings.activation))
        self.loss_input.setCurrentIndex(self.loss_input.findData(settings.loss))
        self.learning_rate_input.setValue(settings.learning_rate)
        self.num_steps_input.setValue(settings.num_steps)
        self.batch_size_input.setValue(settings.batch_size or 0)
        self.shuffle_input.setChecked(settings.shuffle)
        self.speed_input.setCurrentIndex(self.speed_input.findData(settings.speed))
        blocker.unblock()
        self._update_model_fields()
        self._update_shuffle()
        self._update_formula()

    def set_running(self, running: bool) -> None:
        """While training runs, the settings it uses cannot change (the pace can)."""
        self._running = running
        for widget in (self.loss_input, self.learning_rate_input, self.num_steps_input,
                       self.mode_input, self.batch_size_input, self.shuffle_input):
            widget.setEnabled(not running)
        self._update_model_fields()
        self._update_shuffle()

    def _update_shuffle(self) -> None:
        # The full batch has no order to shuffle.
        self.shuffle_input.setEnabled(not self._running and self.batch_size_input.value() > 0)

    def _update_model_fields(self) -> None:
        keras_mode = self.mode_input.currentData() == "keras"
        editable = keras_mode and not self._running
        self.hidden_units_input.setEnabled(editable)
        self.activation_input.setEnabled(editable and self.hidden_units_input.value() > 0)
        self.hidden_units_input.setToolTip(
            self.tr("Units of one hidden Dense layer; with it the boundary can bend")
            if keras_mode else self.tr("A hidden layer needs Keras mode: the hand-written loop "
                                       "trains X @ W + b"))
        self.model_label.setText(self.settings().model_spec.describe())
        self._update_formula()

    def _update_formula(self) -> None:
        # One formula a line: side by side, a narrow column broke the second one inside
        # (Chinese: "exp(−o))" on a line of its own). With a hidden layer, o is its output.
        model = None if self.settings().model_spec.is_linear else "o = model(X)"
        self.formula_label.setText("\n".join(
            formula_lines(loss_formula(self.loss_input.currentData()), model)))
