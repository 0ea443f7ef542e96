"""Shows the Classifier lab's state in the panel's views: figures, readouts, replay, log.

Every drawing decision that follows from the lab's state is here, in one place: the
panel calls :meth:`LabView.show_data` after the points change, :meth:`show_new_trainer`
after a new start, :meth:`show_frame` for the newest snapshot while training, and
:meth:`show_live` / :meth:`show_replay` for the replay slider. The figures may not exist
yet (see :class:`~tfintro_gui.ui.classifier.figures.FigureArea`); :meth:`show_everything`
draws the whole state once they do.
"""

from __future__ import annotations

from collections.abc import Callable

from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.core.classifier.losses import decision_threshold
from tfintro_gui.core.classifier.trainer import TrainingSnapshot
from tfintro_gui.ui.classifier.data_box import DataBox
from tfintro_gui.ui.classifier.figures import FigureArea
from tfintro_gui.ui.classifier.log_tabs import LogTabs
from tfintro_gui.ui.classifier.now_box import NowBox
from tfintro_gui.ui.classifier.replay_bar import ReplayBar
from tfintro_gui.ui.classifier.texts import compiler_text, previous_run_label


class LabView:
    """Draws ``lab`` into the views.

    Args:
        lab: the model shown.
        figures, now_box, replay_bar, log_tabs, data_box: the views.
        is_training: tells whether a run is in progress (the parameter view refreshes its
            surface less often then).

    Attributes:
        replay_row: the history row shown by the replay slider, or None when live.
    """

    def __init__(self, lab: ClassifierLab, figures: FigureArea, now_box: NowBox,
                 replay_bar: ReplayBar, log_tabs: LogTabs, is_training: Callable[[], bool],
                 data_box: DataBox):
        self._lab = lab
        self._data_box = data_box
        self._figures = figures
        self._now_box = now_box
        self._replay_bar = replay_bar
        self._log_tabs = log_tabs
        self._is_training = is_training
        self.replay_row: int | None = None

    @property
    def _plots(self):
        return self._figures.plots

    def show_data(self, keep_limits: bool = False) -> None:
        """The points, by class, test points as crosses."""
        data = self._lab.data
        if self._plots is not None:
            self._plots.show_data(data.inputs, data.targets, data.test_mask, keep_limits)
        self._data_box.show_shapes(data.num_training_points)
        self.update_parameter_view_data()

    def show_new_trainer(self, num_steps_hint: int) -> None:
        """A new start: no progress, the device, the previous run, the starting model."""
        trainer = self._lab.trainer
        self.replay_row = None
        self._now_box.show_device(trainer.device)
        self._now_box.clear_progress()
        self._log_tabs.clear_log()
        self.show_previous_run()
        if self._plots is not None:
            self._plots.clear_history(num_steps_hint)
        self._replay_bar.show_live(0)
        self.update_parameter_view_data()
        self.show_weights(trainer.get_weights())

    def show_previous_run(self) -> None:
        """The loss curve kept for comparison, or none."""
        if self._plots is None:
            return
        previous = self._lab.previous_run
        if previous is None:
            self._plots.set_previous_run([], [], "")
        else:
            self._plots.set_previous_run(previous.steps, previous.losses,
                                         previous_run_label(previous))

    def show_weights(self, weights, full: bool = True, row: int | None = None) -> None:
        """Readouts and plots for the model with ``weights`` (history ``row``'s when
        replaying)."""
        lab = self._lab
        spec = lab.model_spec
        wrong = lab.misclassified(weights)  # every point: test points are ringed too
        wrong_in_training = wrong[~lab.data.test_mask]  # what the readout counts
        self._now_box.show_weights(spec, weights, int(wrong_in_training.sum()),
                                   len(wrong_in_training))
        if self._plots is not None:
            loss = lab.trainer.loss
            self._plots.show_model(spec, weights, loss, decision_threshold(loss), wrong)
            self._plots.refresh(full=full)
            inputs, targets, _, _ = lab.data.train_test_arrays()
            self._figures.sigmoid_plot.show_logits(spec.logits(weights, inputs), targets, loss)
        self._update_parameter_view(weights, row)

    def show_frame(self, snapshot: TrainingSnapshot) -> None:
        """The newest snapshot: log lines, readouts, curves and (when live) the model."""
        lab = self._lab
        self._log_tabs.flush()
        self._now_box.show_snapshot(snapshot, lab.model_spec, lab.steps_per_s,
                                    compiler_text(lab.trainer),
                                    batched=lab.trainer.batch_size is not None)
        if self.replay_row is None:
            self._replay_bar.show_live(len(lab.history))
        else:
            self._replay_bar.set_num_rows(len(lab.history))
        rescaled = self._plots.show_history(lab.history) if self._plots is not None else False
        if self.replay_row is None:
            self.show_weights(list(snapshot.weights), full=rescaled)
        elif rescaled:
            self._plots.refresh(full=True)

    def show_live(self) -> None:
        """The trainer's current weights (not a replayed step)."""
        self.replay_row = None
        if self._plots is not None:
            self._plots.show_replay_marker(None)
        self._replay_bar.show_live(len(self._lab.history))
        if self._lab.trainer is not None:
            self.show_weights(self._lab.trainer.get_weights())

    def show_replay(self, row: int) -> None:
        """History row ``row``: its model, its metrics and a marker on the curves."""
        history = self._lab.history
        self.replay_row = row
        step = int(history.steps[row])
        self._replay_bar.show_replay(row, step, history.num_steps)
        self._now_box.show_replay(history, row)
        if self._plots is not None:
            self._plots.show_replay_marker(step)
        self.show_weights(self._lab.weights_at(row), row=row)

    def show_everything(self) -> None:
        """The whole state, once the figures were built."""
        self.show_data()
        if self._lab.trainer is None:
            return
        self.show_previous_run()
        self._plots.clear_history(max(self._lab.history.num_steps, 100))
        self._plots.show_history(self._lab.history)
        if self.replay_row is None:
            self.show_live()
        else:
            self.show_replay(self.replay_row)

    # -- the parameter view -----------------------------------------------------------------
    def update_parameter_view_data(self) -> None:
        """The surface's points, loss and model kind (when the view is shown)."""
        lab = self._lab
        view = self._figures.parameter_view
        if not self._figures.parameter_view_shown() or lab.trainer is None:
            return
        inputs, targets, _, _ = lab.data.train_test_arrays()
        view.set_data(inputs, targets, lab.trainer.loss)
        view.set_linear(lab.model_spec.is_linear)

    def _update_parameter_view(self, weights, last_row: int | None = None) -> None:
        """Point at ``weights``, path of the recorded steps up to ``last_row``."""
        if not (self._figures.parameter_view_shown() and self._lab.model_spec.is_linear):
            return
        history = self._lab.history
        end = len(history) if last_row is None else last_row + 1
        self._figures.parameter_view.show_parameters(weights[0], weights[1],
                                                     history.parameters[:end, :2],
                                                     training=self._is_training())
