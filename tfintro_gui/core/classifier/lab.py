"""The Classifier lab: data, trainer, runs, history and what the notebook export redoes.

:class:`ClassifierLab` is the Classifier panel's model, free of Qt: a plain script or a
notebook can drive it the way the panel does. It owns

- the data (:class:`~tfintro_gui.core.classifier.lab_data.LabData`: points, labels, test
  mask, recipe and the editing rules);
- the trainer, as a :class:`~tfintro_gui.core.classifier.trainer.Trainer` (the
  hand-written loop or Keras, chosen by the settings' mode; nothing checks which);
- the run in progress and the step Run aims at (so that Pause then Run resumes);
- the :class:`~tfintro_gui.core.classifier.history.TrainingHistory` and the previous
  run's loss curve, kept for comparison;
- the typed events since the trainer's start, from which :meth:`notebook_cells` writes
  code that redoes everything, and the session state (checked before it is restored).

Long work is a generator: :meth:`plan_run` returns one for a worker thread to drive;
the caller hands each snapshot back to :meth:`take_snapshot` (in order) and calls
:meth:`end_run` when the generator ends or is stopped. Everything it returns is data: log
lines, a :class:`~tfintro_gui.core.classifier.trainer.Divergence`, notices as codes.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import lazy_loader

from tfintro_gui.core.classifier.data import Dataset
from tfintro_gui.core.classifier.data_files import read_points_csv, write_points_csv
from tfintro_gui.core.classifier.errors import ClassifierInputError
from tfintro_gui.core.classifier.events import (
    DataEdited,
    LabEvent,
    LossLogged,
    TrainingRun,
    WeightsSet,
)
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.lab_data import LabData
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.notebook_code import (
    MAX_EARLIER_STARTS,
    classifier_notebook_cells,
    join_starts,
    next_run_program,
)
from tfintro_gui.core.classifier.runs import PreviousRun, RunPlan, SnapshotReport, next_trainer
from tfintro_gui.core.classifier.session import (
    ClassifierSession,
    check_classifier_state,
    weights_state,
)
from tfintro_gui.core.classifier.settings import DataSettings, TrainingSettings
from tfintro_gui.core.classifier.trainer import Trainer, TrainingSnapshot

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: The notebook prints "Loss at step 9: …" every 10 steps; so does the lab's log.
LOG_EVERY = 10


class ClassifierLab:
    """The Classifier's state and actions, without a user interface (see the module)."""

    def __init__(self):
        self.data = LabData()
        self._trainer: Trainer | None = None
        self._history = TrainingHistory()
        self._start_weights: list[np.ndarray] = []
        self._notebook_weights: list[np.ndarray] = []
        self._start_recipe = None
        self._events: list[LabEvent] = []
        self._earlier_starts: list[list[tuple[str, str]]] = []  # their notebook cells
        self._run: TrainingRun | None = None
        self._target_step: int | None = None
        self._previous_run: PreviousRun | None = None
        self._rate_start: tuple[float, int] | None = None
        self._steps_per_s = 0.0

    # -- reading ----------------------------------------------------------------------------
    @property
    def trainer(self) -> Trainer | None:
        """The trainer, once :meth:`start` was called (TensorFlow is needed)."""
        return self._trainer

    @property
    def model_spec(self) -> ModelSpec | None:
        """The architecture trained, or None before :meth:`start`."""
        return None if self._trainer is None else self._trainer.model_spec

    @property
    def history(self) -> TrainingHistory:
        """Every step since the trainer's start (thinned past its cap)."""
        return self._history

    @property
    def events(self) -> tuple[LabEvent, ...]:
        """Runs, point edits and weights set by hand since the trainer's start."""
        return tuple(self._events)

    @property
    def start_weights(self) -> list[np.ndarray]:
        """Copies of the weights "Reset to same start" goes back to."""
        return [w.copy() for w in self._start_weights]

    @property
    def previous_run(self) -> PreviousRun | None:
        """The loss curve kept for comparison, or None."""
        return self._previous_run

    @property
    def target_step(self) -> int | None:
        """The step count the current (or paused) Run aims at; None after a Step, at the
        end of a run, or after divergence."""
        return self._target_step

    @property
    def is_paused(self) -> bool:
        """True when a Run has not reached its target (outside a run: Run resumes it)."""
        return self._target_step is not None

    @property
    def steps_per_s(self) -> float:
        """Training speed over the current run, steps per second (0 before two snapshots)."""
        return self._steps_per_s

    def weights_at(self, row: int) -> list[np.ndarray]:
        """The weights of history row ``row`` (before that step's update)."""
        return self.model_spec.unflatten(self._history.parameters[row])

    def misclassified(self, weights) -> np.ndarray:
        """`(n,)` bool: the points (training and test) the model with ``weights`` gets
        wrong, with the trainer's loss deciding where the class flips."""
        return self.data.misclassified(self.model_spec, weights, self._trainer.loss)

    # -- the trainer ------------------------------------------------------------------------
    def start(self, training: TrainingSettings, weights=None) -> None:
        """A new trainer for ``training``'s mode and model, from ``weights`` (default: a new
        random start); history, events and the target step start again.

        Raises:
            ValueError, TypeError: settings or weights the trainer refuses.
        """
        spec = training.model_spec
        weights = spec.initial_weights() if weights is None else spec.check_weights(weights)
        inputs, targets, test_inputs, test_targets = self.data.train_test_arrays()
        if self._events:  # what was done since the last start stays in the notebook
            self._earlier_starts = [*self._earlier_starts,
                                    self._start_cells()][-MAX_EARLIER_STARTS:]
        self._trainer = next_trainer(self._trainer, training, weights, inputs, targets,
                                     test_inputs, test_targets)
        self._start_weights = [w.copy() for w in weights]
        self._notebook_weights = [w.copy() for w in weights]
        self._start_recipe = self.data.recipe
        self._events, self._run, self._target_step = [], None, None
        self._history.clear(spec.num_parameters)
        self._rate_start, self._steps_per_s = None, 0.0

    def restart(self, training: TrainingSettings) -> None:
        """Back to this run's start: the curve so far is kept as the previous run."""
        self._keep_as_previous_run()
        self.start(training, self._start_weights)

    def new_random_start(self, training: TrainingSettings) -> None:
        """New random weights on the same data; the curve so far is kept."""
        self._keep_as_previous_run()
        self.start(training)

    def change_model(self, training: TrainingSettings) -> None:
        """Another mode or hidden layer: the same start if the model is the same, else a
        new one; the curve so far is kept."""
        same = training.model_spec == self.model_spec
        self._keep_as_previous_run()
        self.start(training, self._start_weights if same else None)

    def set_loss(self, loss: str) -> None:
        """Train (and judge the points) with another loss from now on."""
        self._trainer.loss = loss

    def set_linear_weights(self, w1: float, w2: float) -> None:
        """Set the linear model's ``W`` by hand (``b`` stays); the notebook redoes it."""
        _, b = self._trainer.get_weights()
        self._trainer.set_weights([np.array([[w1], [w2]], np.float32), b])
        self._events.append(WeightsSet(tuple(self._trainer.get_weights())))

    def _keep_as_previous_run(self) -> None:
        if len(self._history) == 0 or self._trainer is None:
            return
        self._previous_run = PreviousRun(
            self._history.steps.copy(), self._history.losses.copy(), self._trainer.mode,
            self._trainer.learning_rate, self._trainer.batch_size)

    # -- the data ---------------------------------------------------------------------------
    def draw_data(self, data: DataSettings, training: TrainingSettings) -> None:
        """Draw new points; a new random start on them (nothing to compare with).

        Raises:
            ClassifierInputError: a bad mean or covariance (typed by the student); nothing
                changes. ValueError, TypeError: other settings out of range.
        """
        self.data.draw(data)
        self._after_new_points(training)

    def import_points(self, path: str | Path, data: DataSettings,
                      training: TrainingSettings) -> Dataset:
        """Replace the points by a CSV file's (see
        :func:`~tfintro_gui.core.classifier.data_files.read_points_csv`).

        Returns:
            The points read.

        Raises:
            CsvFormatError: a file that cannot be read as points (a
                :class:`~tfintro_gui.core.classifier.errors.ClassifierInputError`);
                OSError: it cannot be opened. Nothing changes then.
        """
        dataset = read_points_csv(path)
        self.data.load(dataset, data)
        self._after_new_points(training)
        return dataset

    def export_points(self, path: str | Path) -> int:
        """Write every point as CSV ``x,y,label``; returns how many."""
        write_points_csv(path, self.data.inputs, self.data.targets)
        return len(self.data.inputs)

    def change_split(self, data: DataSettings, training: TrainingSettings) -> None:
        """A new test share: the same points split again, training from the same start."""
        self.data.resplit(data)
        self._previous_run = None
        if self._trainer is not None:
            self.start(training, self._start_weights)

    def _after_new_points(self, training: TrainingSettings) -> None:
        self._previous_run = None
        if self._trainer is not None:
            self.start(training)

    def insert_point(self, index: int, point, label: float, is_test: bool) -> None:
        """Put a point at ``index``; training goes on from the current weights.

        Raises:
            ValueError: see :meth:`LabData.insert`.
        """
        self._edited(self.data.insert(index, point, label, is_test))

    def delete_point(self, index: int) -> None:
        """Remove the point at ``index``; training goes on from the current weights.

        Raises:
            ValueError: see :meth:`LabData.delete`.
        """
        self._edited(self.data.delete(index))

    def _edited(self, edit: tuple) -> None:
        if self._trainer is not None:
            self._events.append(DataEdited(edit))
            self._trainer.set_data(*self.data.train_test_arrays())

    # -- runs -------------------------------------------------------------------------------
    def plan_step(self, training: TrainingSettings) -> RunPlan:
        """Exactly one step with ``training``'s settings (forgets a paused Run and its speed)."""
        self._target_step, self._steps_per_s = None, 0.0
        return self._plan(training, 1)

    def plan_run(self, training: TrainingSettings) -> RunPlan:
        """``training.num_steps`` steps, or the rest of a paused run (Resume)."""
        done = self._trainer.num_steps_done
        if self._target_step is None or self._target_step <= done:
            self._target_step = done + training.num_steps
        return self._plan(training, self._target_step - done)

    def _plan(self, training: TrainingSettings, count: int) -> RunPlan:
        trainer = self._trainer
        trainer.loss = training.loss
        trainer.learning_rate = training.learning_rate
        trainer.set_batching(training.batch_size, training.shuffle)
        self._run = trainer.training_run()
        self._rate_start = None
        return RunPlan(functools.partial(trainer.run, count,
                                         steps_per_call=training.steps_per_call),
                       training.seconds_between_steps, trainer.num_steps_done + count)

    def take_snapshot(self, snapshot: TrainingSnapshot) -> SnapshotReport:
        """Record a snapshot of the current run (in order); a divergence ends the run's
        target, so that Run starts afresh."""
        self._history.append_snapshot(snapshot)
        first = snapshot.first_step
        log = tuple(LossLogged(step, float(snapshot.losses[step - first]))
                    for step in range(first, snapshot.step + 1)
                    if step % LOG_EVERY == LOG_EVERY - 1)
        if self._rate_start is None or snapshot.compiled:  # compiling is not training
            self._rate_start = (snapshot.timestamp, snapshot.step)
        elif snapshot.timestamp > self._rate_start[0]:
            start_time, start_step = self._rate_start
            self._steps_per_s = (snapshot.step - start_step) / (snapshot.timestamp - start_time)
        if snapshot.divergence is not None:
            self._target_step = None
        return SnapshotReport(log, snapshot.divergence)

    def end_run(self) -> None:
        """The run ended (ran out, stopped or failed): record the steps it trained."""
        run, self._run = self._run, None
        done = self._trainer.num_steps_done
        if run is not None and done > run.first_step:
            self._events.append(dataclasses.replace(run, num_steps=done - run.first_step))
        if self._target_step is not None and done >= self._target_step:
            self._target_step = None

    def fail_run(self) -> None:
        """The run raised: Run starts afresh next time."""
        self._target_step = None

    # -- files, notebook and sessions -------------------------------------------------------
    def write_history(self, path: str | Path) -> None:
        """Write the recorded steps as CSV with the model's parameter names.

        Raises:
            ClassifierInputError: nothing was trained yet. OSError: the file cannot be
                written.
        """
        if len(self._history) == 0:
            raise ClassifierInputError("data.no_history")
        self._history.write_csv(path, self.model_spec.parameter_names())

    def model_for_export(self) -> tuple:
        """``(weights, model_spec, inputs, live_logits)`` as NumPy copies, for
        :func:`~tfintro_gui.core.classifier.export.export_model`."""
        inputs = self.data.inputs.copy()
        return (self._trainer.get_weights(), self.model_spec, inputs,
                self._trainer.predict_logits(inputs))

    def next_run_program(self, training: TrainingSettings, mode: str) -> str | None:
        """The next Run with ``training`` as one program that runs alone: the data now,
        the weights now, the steps and their batches. In the trainer's own mode it prints
        the loss lines the lab will log; in the other mode, the same run done that way.
        None before :meth:`start`, or for ``"tape"`` with a hidden layer."""
        trainer = self._trainer
        if trainer is None or not self.data.has_points or (
                mode == "tape" and not trainer.model_spec.is_linear):
            return None
        batch_size = training.batch_size
        if batch_size is not None and batch_size >= self.data.num_training_points:
            batch_size = None
        run = trainer.training_run()
        if (batch_size, training.shuffle) != (trainer.batch_size, trainer.shuffle):
            run = dataclasses.replace(run, batch_counter=0)  # a new batching starts over
        run = dataclasses.replace(run, loss=training.loss, learning_rate=training.learning_rate,
                                  batch_size=batch_size, shuffle=training.shuffle,
                                  num_steps=training.num_steps)
        return next_run_program(self.data.recipe, mode, trainer.model_spec,
                                trainer.get_weights(), run)

    def notebook_cells(self) -> list[tuple[str, str]]:
        """Code cells that redo every start (its data, weights and events), the earlier
        starts first (:func:`classifier_notebook_cells`); none before :meth:`start`."""
        if self._trainer is None:
            return []
        return join_starts([*self._earlier_starts, self._start_cells()])

    def _start_cells(self) -> list[tuple[str, str]]:
        return classifier_notebook_cells(self._start_recipe, self._trainer.mode,
                                         self._trainer.model_spec, self._notebook_weights,
                                         self._events)

    def session_state(self, data: DataSettings, training: TrainingSettings) -> dict:
        """The recipe, the settings, the weights and the step count as JSON types (see
        :mod:`~tfintro_gui.core.classifier.session`); ``{}`` before :meth:`start`."""
        if self._trainer is None:
            return {}
        spec = self._trainer.model_spec
        return {
            "data": self.data.recipe.to_state(),
            "inputs": data.to_state(),
            "training": {**training.to_state(), "mode": self._trainer.mode,
                         "hidden_units": spec.hidden_units},
            "weights": weights_state(self._trainer.get_weights()),
            "start_weights": weights_state(self._start_weights),
            "num_steps_done": int(self._trainer.num_steps_done),
        }

    @staticmethod
    def check_session_state(state) -> ClassifierSession:
        """Check a session's classifier part and rebuild its data; changes nothing.

        Raises:
            ClassifierInputError: see :func:`check_classifier_state`.
        """
        return check_classifier_state(state)

    def restore(self, session: ClassifierSession) -> None:
        """Take a checked session: its data, a trainer at its weights and step count, and
        its start for "Reset to same start"."""
        self.data.restore(session.recipe, session.points, session.labels, session.is_test)
        self._previous_run = None
        self.start(session.training, session.weights)
        self._start_weights = [w.copy() for w in session.start_weights]
        self._trainer.num_steps_done = session.num_steps_done
