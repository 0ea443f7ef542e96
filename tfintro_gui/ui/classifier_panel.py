"""Classifier panel: the notebook's linear classifier trained live by gradient descent.

Training runs in a worker thread driving
:meth:`~tfintro_gui.core.classifier.training.LinearClassifierTrainer.run`; the panel keeps
the newest snapshot and redraws from it at most ~30 times a second.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.classifier.data import (
    DEFAULT_NUM_SAMPLES_PER_CLASS,
    MAX_NUM_SAMPLES_PER_CLASS,
    make_two_gaussians,
)
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.losses import decision_threshold, loss_formula
from tfintro_gui.core.classifier.training import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    LinearClassifierTrainer,
    TrainingSnapshot,
    initial_parameters,
    training_code,
)
from tfintro_gui.ui.classifier_plots import ClassifierPlots
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.message_bar import MessageBar
from tfintro_gui.ui.workers import GeneratorWorker, WorkerThread

REDRAW_INTERVAL_MS = 33  # at most ~30 redraws a second, however fast training runs
LOG_EVERY = 10  # the notebook prints "Loss at step 9: …" every 10 steps
SPEEDS = (("As fast as possible", 0), ("30 steps/s", 30), ("10 steps/s", 10),
          ("5 steps/s", 5), ("2 steps/s", 2), ("1 step/s", 1))
LOSS_CHOICES = (("Logistic loss (the course's)", "logistic"),
                ("Squared loss (the book's)", "squared"))


def _format_array(array: np.ndarray) -> str:
    return np.array2string(np.asarray(array).ravel(), precision=4, suppress_small=True)


class ClassifierPanel(Panel):
    """Two Gaussian classes, a linear model ``X @ W + b`` and live gradient descent."""

    title = "Classifier"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._trainer: LinearClassifierTrainer | None = None
        self._data = None
        self._worker: WorkerThread | None = None
        self._draining = False
        self._target_step: int | None = None
        self._history = TrainingHistory()
        self._latest: TrainingSnapshot | None = None
        self._dirty = False
        self._pending_log: list[str] = []
        self._rate_start: tuple[float, int] | None = None
        self._steps_per_s = 0.0
        self._on_run_finished: Callable[[], None] | None = None

        self.message_bar = MessageBar(self)
        self.plots = ClassifierPlots(self)
        self._build_controls()
        self._build_readouts()
        self.log_view = QPlainTextEdit(self)
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(5000)
        self.code_view = CodeView(self)
        tabs = QTabWidget(self)
        tabs.addTab(self.log_view, "Log")
        tabs.addTab(self.code_view, "Code")
        tabs.setMaximumHeight(190)

        controls = QWidget()
        controls_layout = QVBoxLayout(controls)
        controls_layout.addWidget(self._data_box)
        controls_layout.addWidget(self._training_box)
        controls_layout.addWidget(self._readout_box)
        controls_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(360)
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(self.plots, 1)
        right.addWidget(tabs)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self._redraw_timer.timeout.connect(self._on_redraw_timer_timeout)

        self._set_tensorflow_controls_enabled(False)
        self.message_bar.show_message("Loading TensorFlow… Training starts once it is ready; "
                                      "you can already change and regenerate the data.", "info")
        self._regenerate_data()
        self._update_formula()

    # -- construction ---------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.num_samples_input = QSpinBox()
        self.num_samples_input.setRange(1, MAX_NUM_SAMPLES_PER_CLASS)
        self.num_samples_input.setValue(DEFAULT_NUM_SAMPLES_PER_CLASS)
        self.num_samples_input.setToolTip("Points drawn per class (np.random.multivariate_normal)")
        self.mean_0_input = QLineEdit("[0, 3]")
        self.mean_0_input.setToolTip("Mean of class 0, two numbers, e.g. [0, 3]")
        self.mean_1_input = QLineEdit("[3, 0]")
        self.mean_1_input.setToolTip("Mean of class 1, two numbers, e.g. [3, 0]")
        self.covariance_input = QLineEdit("[[1, 0.5], [0.5, 1]]")
        self.covariance_input.setToolTip(
            "Covariance shared by both classes: symmetric positive semi-definite 2×2")
        self.seed_input = QSpinBox()
        self.seed_input.setRange(-1, 2**31 - 1)
        self.seed_input.setSpecialValueText("random")
        self.seed_input.setValue(0)
        self.seed_input.setToolTip("Random seed of the data; 'random' draws new data each time")
        self.regenerate_button = QPushButton("Regenerate data")
        self.regenerate_button.setToolTip("Draw new points with these settings (stops training)")
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        form = QFormLayout()
        form.addRow("Points per class", self.num_samples_input)
        form.addRow("Class 0 mean", self.mean_0_input)
        form.addRow("Class 1 mean", self.mean_1_input)
        form.addRow("Covariance", self.covariance_input)
        form.addRow("Seed", self.seed_input)
        form.addRow(self.regenerate_button)
        self._data_box = QGroupBox("Data: two Gaussian classes")
        self._data_box.setLayout(form)

        self.loss_input = QComboBox()
        for label, key in LOSS_CHOICES:
            self.loss_input.addItem(label, key)
        self.loss_input.setToolTip("Loss minimised by gradient descent")
        self.loss_input.currentIndexChanged.connect(self._on_loss_input_changed)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.learning_rate_input = QDoubleSpinBox()
        self.learning_rate_input.setDecimals(4)
        self.learning_rate_input.setRange(0.0001, 100.0)
        self.learning_rate_input.setSingleStep(0.05)
        self.learning_rate_input.setValue(DEFAULT_LEARNING_RATE)
        self.learning_rate_input.setToolTip("learning_rate: W.assign_sub(grad_W * learning_rate)")
        self.num_steps_input = QSpinBox()
        self.num_steps_input.setRange(1, 1_000_000)
        self.num_steps_input.setValue(DEFAULT_NUM_STEPS)
        self.num_steps_input.setToolTip("Steps that Run performs (num_steps)")
        self.speed_input = QComboBox()
        for label, rate in SPEEDS:
            self.speed_input.addItem(label, rate)
        self.speed_input.setToolTip("Steps per second, or as fast as TensorFlow can")
        self.speed_input.currentIndexChanged.connect(self._on_speed_input_changed)
        self.step_button = QPushButton("Step")
        self.step_button.setToolTip("Run exactly one gradient-descent step")
        self.step_button.clicked.connect(self._on_step_clicked)
        self.run_button = QPushButton("Run")
        self.run_button.setToolTip("Run num_steps steps (or resume a paused run)")
        self.run_button.clicked.connect(self._on_run_clicked)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Stop after the current step; Run resumes")
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("New random W (uniform in [0, 1)) and b = 0; same data")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.pause_button, self.reset_button):
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow("Loss", self.loss_input)
        form.addRow(self.formula_label)
        form.addRow("Learning rate", self.learning_rate_input)
        form.addRow("Steps", self.num_steps_input)
        form.addRow("Speed", self.speed_input)
        form.addRow(buttons)
        self._training_box = QGroupBox("Model logits = X @ W + b, gradient descent")
        self._training_box.setLayout(form)

    def _build_readouts(self) -> None:
        self.readouts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("device", "Device"), ("step", "Step"), ("loss", "Loss"),
                           ("accuracy", "Accuracy"), ("misclassified", "Misclassified"),
                           ("W", "W"), ("b", "b"), ("grad_W", "∂loss/∂W"),
                           ("grad_b", "∂loss/∂b"), ("steps_per_s", "Steps/s")):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.readouts[key] = value
            form.addRow(label, value)
        self._readout_box = QGroupBox("Now")
        self._readout_box.setLayout(form)

    # -- Panel interface ------------------------------------------------------------------
    def tensorflow_ready(self, info: dict) -> None:
        self.message_bar.clear()
        self._new_trainer()
        self.readouts["device"].setText(self._trainer.device)
        self._set_tensorflow_controls_enabled(True)
        self._update_buttons()

    def tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            f"TensorFlow could not be loaded, so the classifier cannot train.\n{message}",
            "error")

    def shutdown(self) -> None:
        self._stop_worker()
        self._redraw_timer.stop()

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        steps = int(options.get("train_steps") or 0)
        if steps <= 0 or self._trainer is None:
            on_ready()
            return
        self.num_steps_input.setValue(steps)
        self._on_run_finished = on_ready
        self._on_run_clicked()

    # -- state ----------------------------------------------------------------------------
    @property
    def trainer(self) -> LinearClassifierTrainer | None:
        """The trainer, once TensorFlow is loaded."""
        return self._trainer

    @property
    def history(self) -> TrainingHistory:
        return self._history

    def is_training(self) -> bool:
        """True from Run/Step until the run's last snapshot has been taken in."""
        return self._worker is not None

    def _selected_loss(self) -> str:
        return self.loss_input.currentData()

    def _new_trainer(self, W=None, b=None) -> None:
        if W is None:
            W, b = initial_parameters()
        self._trainer = LinearClassifierTrainer(
            self._data.inputs, self._data.targets, W=W, b=b, loss=self._selected_loss(),
            learning_rate=self.learning_rate_input.value())
        self._clear_progress()
        self._show_parameters(W, b)

    def _clear_progress(self) -> None:
        self._history.clear()
        self._latest = None
        self._target_step = None
        self._pending_log.clear()
        self.log_view.clear()
        self.plots.clear_history(self.num_steps_input.value())
        for key in ("step", "loss", "accuracy", "grad_W", "grad_b", "steps_per_s"):
            self.readouts[key].setText("—")

    def _set_tensorflow_controls_enabled(self, enabled: bool) -> None:
        tooltip = "" if enabled else "Loading TensorFlow…"
        for button in (self.step_button, self.run_button, self.pause_button, self.reset_button):
            button.setEnabled(enabled)
            button.setStatusTip(tooltip)

    def _update_buttons(self) -> None:
        if self._trainer is None:
            return
        running = self.is_training()
        self.step_button.setEnabled(not running)
        self.run_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.reset_button.setEnabled(True)
        for widget in (self.loss_input, self.learning_rate_input, self.num_steps_input):
            widget.setEnabled(not running)
        paused = self._target_step is not None and not running
        self.run_button.setText("Resume" if paused else "Run")

    # -- data -----------------------------------------------------------------------------
    def _regenerate_data(self) -> bool:
        seed = self.seed_input.value()
        try:
            data = make_two_gaussians(self.num_samples_input.value(), self.mean_0_input.text(),
                                      self.mean_1_input.text(), self.covariance_input.text(),
                                      seed=None if seed < 0 else seed)
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(f"{error}\nThe previous data are kept.", "error")
            return False
        self._data = data
        self.plots.show_data(data.inputs, data.targets)
        return True

    def _on_regenerate_clicked(self) -> None:
        self._stop_worker()
        if self._regenerate_data():
            self.message_bar.clear()
            if self._trainer is not None:
                self._new_trainer()
        self._update_buttons()

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

    def _on_reset_clicked(self) -> None:
        self._stop_worker()
        self.message_bar.clear()
        W, b = initial_parameters()
        self._trainer.reset(W, b)
        self._clear_progress()
        self._show_parameters(W, b)
        self._update_buttons()

    def _on_loss_input_changed(self) -> None:
        self._update_formula()
        if self._trainer is not None and not self.is_training():
            self._trainer.loss = self._selected_loss()
            self._show_parameters(*self._trainer.parameters())

    def _on_speed_input_changed(self) -> None:
        if self.is_training() and self._target_step is not None:
            # The pace decides how many steps each TensorFlow call runs: restart the run.
            self._stop_worker()
            self._on_run_clicked()

    def _update_formula(self) -> None:
        loss = self._selected_loss()
        self.formula_label.setText(loss_formula(loss))
        self.code_view.set_code(training_code(
            learning_rate=self.learning_rate_input.value(),
            num_steps=self.num_steps_input.value(), loss=loss))

    # -- worker ---------------------------------------------------------------------------
    def _start_worker(self, num_steps: int) -> None:
        self._stop_worker()
        self.message_bar.clear()
        trainer = self._trainer
        trainer.loss = self._selected_loss()
        trainer.learning_rate = self.learning_rate_input.value()
        self._update_formula()
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

    def _is_current_run(self, run_id: int) -> bool:
        return self._worker is not None and self._worker.worker.run_id == run_id

    def _on_worker_produced(self, run_id: int, snapshot: TrainingSnapshot) -> None:
        if not self._is_current_run(run_id):
            return
        self._history.append(snapshot.losses, snapshot.accuracies)
        for step in range(snapshot.first_step, snapshot.step + 1):
            if step % LOG_EVERY == LOG_EVERY - 1:
                loss = snapshot.losses[step - snapshot.first_step]
                self._pending_log.append(f"Loss at step {step}: {loss:.4f}")
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
            self.message_bar.show_message(f"Training stopped with an error: {message}", "error")

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
        self.readouts["grad_W"].setText(_format_array(snapshot.grad_W))
        self.readouts["grad_b"].setText(_format_array(snapshot.grad_b))
        if self._steps_per_s:
            self.readouts["steps_per_s"].setText(f"{self._steps_per_s:,.0f}")
        rescaled = self.plots.show_history(self._history.steps, self._history.losses,
                                           self._history.accuracies)
        self._show_parameters(snapshot.W, snapshot.b, full_redraw=rescaled)

    def _show_parameters(self, W: np.ndarray, b: np.ndarray, full_redraw: bool = True) -> None:
        self.readouts["W"].setText(_format_array(W))
        self.readouts["b"].setText(_format_array(b))
        loss = self._selected_loss()
        wrong = self.plots.show_model(W, b, loss, decision_threshold(loss))
        self.readouts["misclassified"].setText(f"{wrong} of {len(self._data.inputs)}")
        self.plots.refresh(full=full_redraw)


def main() -> int:
    """Run the panel on its own: ``python -m tfintro_gui.ui.classifier_panel``."""
    from tfintro_gui.app import run_single_panel

    return run_single_panel(ClassifierPanel)


if __name__ == "__main__":
    sys.exit(main())
