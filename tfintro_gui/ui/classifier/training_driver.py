"""Training in a worker thread: the lab's run plans driven by a :class:`RunController`.

The stop rule (the lab's, kept from the first version of the panel): Pause, Regenerate,
an edit or closing the window stop the run after the step being computed, and the
snapshots already trained are still taken in (``stop(drain=True)``): the history, the
step count and the notebook export agree with the weights shown. Every snapshot reaches
:meth:`ClassifierLab.take_snapshot <tfintro_gui.core.classifier.lab.ClassifierLab.
take_snapshot>` (``produced``); the views redraw from the newest one at most ~30 times a
second (``frame``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.core.classifier.runs import RunPlan
from tfintro_gui.core.classifier.settings import TrainingSettings
from tfintro_gui.core.classifier.trainer import TrainingSnapshot
from tfintro_gui.ui.run_controller import RunController

#: The longest wait for a stopped run's worker: a compiled call (auto-sized to a frame) or
#: the first trace of the training step ends well within it.
STOP_TIMEOUT_MS = 30_000
#: How often a run looks whether its trainer is compiling (no snapshot comes then).
COMPILING_POLL_MS = 150


class TrainingDriver(QObject):
    """Runs the lab's training plans one at a time.

    Args:
        lab: the lab whose trainer trains.
        parent: the panel.

    Signals:
        snapshot_taken(object): a :class:`~tfintro_gui.core.classifier.runs.SnapshotReport`
            for every snapshot, in order, after the lab recorded it.
        frame(object): the newest :class:`TrainingSnapshot`, at most ~30 times a second
            and once at the end.
        failed(str): the run raised; ``"ErrorType: message"``.
        finished(): the run ended (ran out, stopped or failed) and the lab recorded it.
        running_changed(bool): a run started (True) or ended (False).
        compiling(str): the trainer is compiling a call, ``"XLA"`` or ``"tf.function"``
            (checked every :data:`COMPILING_POLL_MS` while a run runs; no frame comes
            meanwhile).
    """

    snapshot_taken = Signal(object)
    frame = Signal(object)
    failed = Signal(str)
    finished = Signal()
    running_changed = Signal(bool)
    compiling = Signal(str)

    def __init__(self, lab: ClassifierLab, parent: QObject | None = None):
        super().__init__(parent)
        self._lab = lab
        self._runs = RunController(self)
        self._runs.produced.connect(self._on_runs_produced)
        self._runs.frame.connect(self.frame)
        self._runs.failed.connect(self._on_runs_failed)
        self._runs.finished.connect(self._on_runs_finished)
        self._runs.running_changed.connect(self.running_changed)
        self._runs.running_changed.connect(self._on_runs_running_changed)
        self._compiling_poll = QTimer(self)
        self._compiling_poll.setInterval(COMPILING_POLL_MS)
        self._compiling_poll.timeout.connect(self._on_compiling_poll_timeout)

    def is_running(self) -> bool:
        """True from a start until ``finished``."""
        return self._runs.is_running()

    def step(self, settings: TrainingSettings) -> RunPlan:
        """Start exactly one step (stopping a run first).

        Raises:
            ValueError, TypeError: settings the trainer refuses (nothing starts).
        """
        self.stop()
        return self._start(self._lab.plan_step(settings))

    def run(self, settings: TrainingSettings) -> RunPlan:
        """Start a run of ``settings.num_steps`` steps, or resume a paused one.

        Raises:
            ValueError, TypeError: settings the trainer refuses (nothing starts).
        """
        self.stop()
        return self._start(self._lab.plan_run(settings))

    def _start(self, plan: RunPlan) -> RunPlan:
        self._runs.start(plan.make_generator, plan.seconds_between_items)
        return plan

    def stop(self) -> None:
        """Stop after the step being computed; the steps already trained are taken in."""
        self._runs.stop(drain=True, timeout_ms=STOP_TIMEOUT_MS)

    def _on_runs_running_changed(self, running: bool) -> None:
        if running:
            self._compiling_poll.start()
        else:
            self._compiling_poll.stop()

    def _on_compiling_poll_timeout(self) -> None:
        trainer = self._lab.trainer
        kind = trainer.compiling if trainer is not None else None  # set by the worker
        if kind:
            self.compiling.emit(kind)

    def _on_runs_produced(self, snapshot: TrainingSnapshot) -> None:
        self.snapshot_taken.emit(self._lab.take_snapshot(snapshot))

    def _on_runs_failed(self, message: str) -> None:
        self._lab.fail_run()
        self.failed.emit(message)

    def _on_runs_finished(self, completed: bool) -> None:
        self._lab.end_run()
        self.finished.emit()
