"""Classifier panel: the notebook's classifier trained live, by hand or with Keras.

Wiring only. The state and its rules live in :class:`~tfintro_gui.core.classifier.lab.
ClassifierLab` (``self.lab``); the controls are small views that read and write frozen
settings (:class:`DataBox`, :class:`TrainingBox`, :class:`RunControls`); training runs in
a worker thread through :class:`TrainingDriver`; :class:`LabView` draws the lab into the
figures, the Now readouts, the replay slider and the log. A click calls one lab action,
then the views show the result; what the lab refuses comes back as a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tfintro_gui.core.classifier.example_code import keras_code, training_code
from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.ui.classifier.data_actions import DataActions
from tfintro_gui.ui.classifier.data_box import DataBox
from tfintro_gui.ui.classifier.figures import FigureArea
from tfintro_gui.ui.classifier.lab_view import LabView
from tfintro_gui.ui.classifier.log_tabs import LogArea, LogTabs
from tfintro_gui.ui.classifier.model_export import ModelExporter
from tfintro_gui.ui.classifier.now_box import NowBox
from tfintro_gui.ui.classifier.replay_bar import ReplayBar
from tfintro_gui.ui.classifier.run_controls import RunControls
from tfintro_gui.ui.classifier.saving import SaveActions
from tfintro_gui.ui.classifier.texts import (
    divergence_text,
    refusal_text,
    refusals_worded,
    tensorflow_failure_text,
)
from tfintro_gui.ui.classifier.training_box import TrainingBox
from tfintro_gui.ui.classifier.training_driver import TrainingDriver
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.share_splitter import ShareSplitter

#: The narrowest column of controls, in pixels (it widens to what its boxes need).
COLUMN_WIDTH = 330
#: The shares of the right column's height for the plots (with the readouts) and the log.
PLOTS_AND_LOG_SHARES = (0.77, 0.23)


class ClassifierPanel(Panel):
    """Data, a model trained by gradient descent (by hand or by Keras), and live plots."""

    title = "Classifier"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab = ClassifierLab()
        self.data_box = DataBox()
        self.training_box = TrainingBox()
        self.run_controls = RunControls()
        self.now_box = NowBox()
        self.replay_bar = ReplayBar()
        self.model_exporter = ModelExporter(self._model_for_export)
        self.figures = FigureArea()
        self.log_tabs = LogTabs(self.model_exporter, self.figures.sigmoid_page)
        self.view = LabView(self.lab, self.figures, self.now_box, self.replay_bar,
                            self.log_tabs, self.is_training, self.data_box)
        self._training = TrainingDriver(self.lab, self)
        self.data_actions = DataActions(self.lab, self.data_box, self.training_box, self.view,
                                        self.figures, self.message_bar, self._stop_training,
                                        self._after_new_trainer, self.update_controls, self)
        self.save_actions = SaveActions(self.lab, self.figures, self.log_tabs,
                                        self.message_bar, self.build_deferred, self)
        self._on_screenshot_ready: Callable[[], None] | None = None
        self._build_layout()
        self._connect()
        self._build_undo_actions()
        controls = self.run_controls
        self.requires_tensorflow(controls.step_button, controls.run_button, controls.pause_button,
                                 controls.restart_button, controls.reset_button,
                                 self.model_exporter.button, self.log_tabs.save_history_button)
        self.loading_message = self.tr("Loading TensorFlow… Training starts once it is "
                                       "ready; you can already change and regenerate the data.")
        self.show_waiting_message()

    def _build_layout(self) -> None:
        column = controls_column((self.data_box, self.training_box), COLUMN_WIDTH, self)
        self.run_controls.setFixedWidth(column.width())  # and it follows View → Zoom
        column.width_changed.connect(self.run_controls.setFixedWidth)
        left = QVBoxLayout()
        left.addWidget(column, 1)
        left.addWidget(self.run_controls)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)  # the readouts' frame and title keep them apart
        top_layout.addWidget(self.figures, 1)
        top_layout.addWidget(self.now_box)
        bottom = LogArea(self.replay_bar, self.log_tabs)
        # The log and the code can be dragged taller; the plots get most of the room.
        stack = ShareSplitter(Qt.Orientation.Vertical, PLOTS_AND_LOG_SHARES)
        stack.addWidget(top)
        stack.addWidget(bottom)
        stack.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.setSpacing(2)  # every pixel of height goes to the plots on a 720-pixel screen
        right.addWidget(self.message_bar)
        right.addWidget(stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def _connect(self) -> None:
        self.training_box.model_changed.connect(self._on_training_box_model_changed)
        self.training_box.loss_changed.connect(self._on_training_box_loss_changed)
        self.training_box.speed_changed.connect(self._on_training_box_speed_changed)
        self.training_box.settings_changed.connect(self._update_code)
        self.training_box.parameter_view_toggled.connect(
            self._on_training_box_parameter_view_toggled)
        self.run_controls.step_clicked.connect(self._on_run_controls_step_clicked)
        self.run_controls.run_clicked.connect(self._on_run_controls_run_clicked)
        self.run_controls.pause_clicked.connect(self._on_run_controls_pause_clicked)
        self.run_controls.restart_clicked.connect(self._on_run_controls_restart_clicked)
        self.run_controls.reset_clicked.connect(self._on_run_controls_reset_clicked)
        self.replay_bar.row_chosen.connect(self._on_replay_bar_row_chosen)
        self.model_exporter.busy_changed.connect(self._on_model_exporter_busy_changed)
        self.model_exporter.message.connect(self.message_bar.show_message)
        self.model_exporter.logged.connect(self.log_tabs.append_line)
        self.figures.weights_dragged.connect(self._on_figures_weights_dragged)
        self._training.snapshot_taken.connect(self._on_training_snapshot_taken)
        self._training.frame.connect(self.view.show_frame)
        self._training.failed.connect(self._on_training_failed)
        self._training.finished.connect(self._on_training_finished)
        self._training.running_changed.connect(self._on_training_running_changed)
        self._training.running_changed.connect(self.model_exporter.forget_results)
        self._training.compiling.connect(self.now_box.show_compiling)
        self.data_actions.points_replaced.connect(self.show_waiting_message)

    def _build_undo_actions(self) -> None:
        undo_stack = self.data_actions.undo_stack
        for action, keys in ((undo_stack.createUndoAction(self, self.tr("Undo")),
                              QKeySequence.StandardKey.Undo),
                             (undo_stack.createRedoAction(self, self.tr("Redo")),
                              QKeySequence.StandardKey.Redo)):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- Panel interface --------------------------------------------------------------------
    def _build_deferred(self) -> None:
        self._draw_first_data()
        self.figures.build()
        self.view.show_everything()

    def _draw_first_data(self) -> None:
        # The points (NumPy) are drawn after the controls' first paint, with the plots,
        # or when TensorFlow comes first (a panel on its own).
        if not self.lab.data.has_points:
            self.lab.draw_data(self.data_box.settings(), self.training_box.settings())
            self._update_code()

    def on_tensorflow_ready(self, info: dict) -> None:
        self._draw_first_data()
        self.lab.start(self.training_box.settings())
        self.view.show_new_trainer(self.training_box.settings().num_steps)

    def on_tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(tensorflow_failure_text(
            self.tr("TensorFlow could not be loaded, so the classifier cannot train."),
            message), "error")

    def update_controls(self) -> None:
        running, exporting = self.is_training(), self.model_exporter.is_exporting()
        ready = self.lab.trainer is not None
        self.run_controls.update_state(ready, running, exporting, self.lab.is_paused)
        self.training_box.set_running(running)
        self.model_exporter.button.setEnabled(ready and not running and not exporting)
        self.log_tabs.save_history_button.setEnabled(ready)
        if not running:  # the code shows the next Run from the weights now
            self._update_code()

    def shutdown(self) -> None:
        self._training.stop()
        self.model_exporter.shutdown()

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        steps = int(options.get("train_steps") or 0)
        if steps <= 0 or self.lab.trainer is None:
            on_ready()
            return
        self.training_box.num_steps_input.setValue(steps)
        self._on_screenshot_ready = on_ready
        self._on_run_controls_run_clicked()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The data, the starting weights and every run since, as code that redoes them.

        Training is paused first, so that the cells end at the weights shown. Before
        TensorFlow is loaded there is nothing to export.
        """
        self._stop_training()
        return self.lab.notebook_cells()

    def session_state(self) -> dict:
        """The data recipe, the settings, the weights and the step count (training is
        paused first). Nothing before TensorFlow is loaded."""
        self._stop_training()
        return self.lab.session_state(self.data_box.settings(), self.training_box.settings())

    def check_session_state(self, state: dict) -> None:
        """Check the classifier's part (and rebuild its data) without changing anything.

        Raises:
            ValueError: see :func:`~tfintro_gui.core.classifier.session.check_classifier_state`;
                its text is the refusal in the interface's language.
        """
        super().check_session_state(state)
        if state:
            with refusals_worded():
                ClassifierLab.check_session_state(state)

    def restore_session(self, state: dict) -> None:
        """Stop training, set the settings, the data, the weights and the step count.

        Raises:
            ValueError: ``state`` is not valid (nothing is changed then).
        """
        super().check_session_state(state)
        if not state:
            return
        with refusals_worded():
            session = ClassifierLab.check_session_state(state)
        self._stop_training()
        self.data_box.set_settings(session.data_settings)
        self.training_box.set_settings(session.training)
        self.lab.restore(session)
        self.data_actions.undo_stack.clear()
        self.message_bar.clear()
        self.view.show_data()
        self.view.show_new_trainer(session.training.num_steps)
        if session.num_steps_done:
            self.now_box.show_step(session.num_steps_done - 1)
        self._update_code()
        self.update_controls()

    # -- state ------------------------------------------------------------------------------
    def is_training(self) -> bool:
        """True from Run/Step until the run's last snapshot has been taken in."""
        return self._training.is_running()

    @property
    def plots(self):
        """The live figure (:class:`ClassifierPlots`), or None before it is built."""
        return self.figures.plots

    @property
    def parameter_view(self):
        """The parameter view (:class:`ParameterView`), or None before it is built."""
        return self.figures.parameter_view

    def _stop_training(self) -> None:
        self._training.stop()

    def _after_new_trainer(self) -> None:
        self.view.show_new_trainer(self.training_box.settings().num_steps)
        self.update_controls()

    def _on_figures_weights_dragged(self, w1: float, w2: float) -> None:
        """The parameter view's point was dragged: W follows it, and so does the boundary."""
        if self.lab.trainer is None or not self.lab.model_spec.is_linear:
            return
        self._stop_training()
        self.lab.set_linear_weights(w1, w2)
        self.view.show_live()
        self._update_code()

    def _model_for_export(self):
        """What the exporter saves: the live model's weights and its logits on the data."""
        if self.lab.trainer is None:
            return None
        self._stop_training()
        self.view.show_live()
        return self.lab.model_for_export()

    # -- training ---------------------------------------------------------------------------
    def _start(self, start: Callable) -> None:
        self.message_bar.clear()
        if self.view.replay_row is not None:
            self.view.show_live()
        try:
            plan = start(self.training_box.settings())
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(refusal_text(error), "error")
            return
        if self.plots is not None and len(self.lab.history) == 0:
            self.plots.clear_history(plan.end_step)  # a first run: its axis, not the last one's
        elif self.plots is not None:
            self.plots.set_step_range(plan.end_step)

    def _on_run_controls_step_clicked(self) -> None:
        self._start(self._training.step)

    def _on_run_controls_run_clicked(self) -> None:
        self._start(self._training.run)

    def _on_run_controls_pause_clicked(self) -> None:
        self._stop_training()

    def _start_over(self, action: Callable) -> None:
        self._stop_training()
        self.message_bar.clear()
        action(self.training_box.settings())
        self._after_new_trainer()

    def _on_run_controls_restart_clicked(self) -> None:
        """Reset to the same start: keep this run's curve for comparison."""
        self._start_over(self.lab.restart)

    def _on_run_controls_reset_clicked(self) -> None:
        """New random start on the same data."""
        self._start_over(self.lab.new_random_start)

    def _on_training_box_model_changed(self) -> None:
        """Mode or hidden layer changed: same start if the model is the same, else new."""
        if self.lab.trainer is not None and not self.is_training():
            self._start_over(self.lab.change_model)

    def _on_training_box_loss_changed(self) -> None:
        if self.lab.trainer is not None and not self.is_training():
            self.lab.set_loss(self.training_box.settings().loss)
            self.now_box.clear_metrics()
            self.view.update_parameter_view_data()
            self.view.show_live()

    def _on_training_box_speed_changed(self) -> None:
        if self.is_training() and self.lab.target_step is not None:
            # The pace decides how many steps each TensorFlow call runs: restart the run.
            self._stop_training()
            self._on_run_controls_run_clicked()

    def _on_training_box_parameter_view_toggled(self, checked: bool) -> None:
        if self.parameter_view is None:
            self.build_deferred()
        self.parameter_view.setVisible(checked)
        if checked and self.lab.trainer is not None:
            self.view.update_parameter_view_data()
            if self.view.replay_row is None:
                self.view.show_live()
            else:
                self.view.show_replay(self.view.replay_row)

    def _on_replay_bar_row_chosen(self, row) -> None:
        if self.lab.trainer is None:
            return
        if row is None:
            self.view.show_live()
            return
        self._stop_training()
        self.view.show_replay(row)

    def _on_training_snapshot_taken(self, report) -> None:
        self.log_tabs.queue_lines(report.log)
        if report.divergence is not None:
            self.message_bar.show_message(divergence_text(report.divergence), "warning")

    def _on_training_running_changed(self, running: bool) -> None:
        self.update_controls()

    def _on_model_exporter_busy_changed(self, busy: bool) -> None:
        self.update_controls()

    def _on_training_failed(self, message: str) -> None:
        self.message_bar.show_message(tensorflow_failure_text(
            self.tr("Training stopped with an error; the steps trained before it are kept."),
            message), "error")

    def _on_training_finished(self) -> None:
        self.log_tabs.flush()
        self.update_controls()
        if self._on_screenshot_ready is not None:
            callback, self._on_screenshot_ready = self._on_screenshot_ready, None
            callback()

    def _update_code(self) -> None:
        settings = self.training_box.settings()
        data = self.lab.data
        num_samples = data.num_training_points if data.has_points else 2000
        batch_size = settings.batch_size
        if batch_size is not None and batch_size >= num_samples:
            batch_size = None
        common = {"learning_rate": settings.learning_rate, "num_steps": settings.num_steps,
                  "loss": settings.loss, "batch_size": batch_size, "shuffle": settings.shuffle}
        # Whole programs (the data, the weights now, the next Run); before TF, the loops.
        lab = self.lab
        self.log_tabs.code_view.set_code(
            lab.next_run_program(settings, "tape") or training_code(**common))
        self.log_tabs.keras_code_view.set_code(
            lab.next_run_program(settings, "keras") or keras_code(
                model_spec=settings.model_spec, num_samples=max(num_samples, 1), **common))

