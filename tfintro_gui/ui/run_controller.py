"""The one way the lab runs long work: a core generator driven in a worker ``QThread``.

A core function that takes long (training, a benchmark, an export, the TensorFlow import)
is a generator that yields one item per step. :class:`RunController` drives it in a
worker thread and hands the items to the GUI thread:

- ``produced(item)`` for every item of the current run, in order (a view that keeps a
  history needs each one);
- ``frame(item)`` with the newest item at most ``frames_per_s`` times a second (a view
  that draws needs only the latest; drawing speed and work speed stay independent,
  DESIGN.md "How data flows");
- ``failed(message)`` if the generator raised, then ``finished(False)``;
- ``finished(completed)`` once the run ends: ``completed`` is True when the generator ran
  out by itself, False when it was stopped or failed.

**The stop rule.** :meth:`RunController.stop` asks the generator to stop after the item
it is computing, then waits (bounded) for the thread. With ``drain=True`` (the default)
the items the worker had already queued are still delivered (their work was done, e.g.
trained steps) before ``finished``; with ``drain=False`` they are dropped. Items of an
older run never reach the views: every run has an id and stale ids are filtered.

House rules (DESIGN.md): only the GUI thread touches widgets; every thread has one owner;
``QThread.terminate()`` is never used. A thread that does not end within the bounded wait
(a compiled call still finishing) is kept in a registry until it ends, so it is never
destroyed while running; :func:`running_threads` lists them and
:func:`wait_for_threads` joins them before the process exits.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot

#: How often a view is handed the newest item, at most: a little over DESIGN.md's ~30
#: redraws a second, so that a frame or two the busy window delays still leave 30.
DEFAULT_FRAMES_PER_S = 32
#: How long :meth:`RunController.stop` waits for the worker thread, in milliseconds.
DEFAULT_STOP_TIMEOUT_MS = 3000

_run_ids = itertools.count(1)
#: Threads started by any controller that have not finished yet, each with its worker:
#: strong references, so neither is destroyed while the thread runs.
_live_threads: dict[QThread, QObject] = {}


def running_threads() -> list[QThread]:
    """The worker threads started by a :class:`RunController` that are still running."""
    for thread in [thread for thread in _live_threads if thread.isFinished()]:
        _live_threads.pop(thread, None)
    return [thread for thread in _live_threads if thread.isRunning()]


def wait_for_threads(timeout_ms: int = 10_000) -> bool:
    """Wait for every worker thread to end (before the process exits).

    Args:
        timeout_ms: the longest wait for each thread, in milliseconds.

    Returns:
        True if no worker thread is left running.
    """
    for thread in running_threads():
        thread.wait(timeout_ms)
    return not running_threads()


def pace(period: float, due: float | None, made: float, making: float) -> tuple[float, float]:
    """The pause after an item of a paced run, so that items come ``period`` apart.

    The time an item takes to make counts toward its pause: at 10 items a second, an item
    that takes 30 ms to make is followed by a 70 ms pause, not a 100 ms one.

    Args:
        period: the wanted time between items, seconds (> 0).
        due: when the item just made was due (None for the first item), on the clock of
            ``made``.
        made: when it was made (``time.monotonic()``), seconds.
        making: how long it took to make, seconds; the next is expected to take as long.

    Returns:
        ``(pause, next_due)``: seconds to wait before making the next item (≥ 0), and when
        the next item is due. An item a period or more late does not make later ones hurry:
        the next is due one period after it was made.
    """
    next_due = made + period if due is None or made >= due + period else due + period
    return max(0.0, next_due - made - making), next_due


class _GeneratorWorker(QObject):
    """Lives in the worker thread: drives the generator and emits what it yields."""

    produced = Signal(int, object)
    failed = Signal(int, str)
    done = Signal(int)

    def __init__(self, run_id: int, make_generator: Callable[[], Iterator],
                 seconds_between_items: float):
        super().__init__()
        self.run_id = run_id
        self._make_generator = make_generator
        self._seconds_between_items = seconds_between_items
        self._stop = threading.Event()

    def request_stop(self) -> None:
        """Stop after the item being computed (thread-safe)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        items = None
        try:
            items = self._make_generator()
            period = self._seconds_between_items
            due = None
            asked = time.monotonic()
            for item in items:
                made = time.monotonic()
                # Emitted even after a stop request: the item's work is already done.
                self.produced.emit(self.run_id, item)
                pause = 0.0
                if period > 0:
                    pause, due = pace(period, due, made, made - asked)
                # Waiting on the event keeps a paced run stoppable at once.
                if self._stop.wait(pause) if pause > 0 else self._stop.is_set():
                    break
                asked = time.monotonic()
        except Exception as error:  # said to the view as data, never a crash
            self.failed.emit(self.run_id, f"{type(error).__name__}: {error}")
        finally:
            try:
                close = getattr(items, "close", None)
                if close is not None:
                    close()  # the generator's clean-up runs here, before done
            finally:
                self.done.emit(self.run_id)


class RunController(QObject):
    """Runs one core generator at a time in a worker thread (see the module docstring).

    Args:
        parent: the owning QObject (a panel); the controller lives in the GUI thread.
        frames_per_s: the most ``frame`` signals a second.

    Signals:
        produced(object): every item of the current run, in the GUI thread.
        frame(object): the newest item, at most ``frames_per_s`` times a second, and once
            more when the run ends if an item arrived since the last frame.
        failed(str): ``"ErrorType: message"`` when the generator raised.
        finished(bool): the run ended; True if the generator ran out by itself.
        running_changed(bool): True when a run starts, False when it ends.
    """

    produced = Signal(object)
    frame = Signal(object)
    failed = Signal(str)
    finished = Signal(bool)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 frames_per_s: float = DEFAULT_FRAMES_PER_S):
        super().__init__(parent)
        self._run_id: int | None = None
        self._worker: _GeneratorWorker | None = None
        self._thread: QThread | None = None
        self._newest = None
        self._has_new_frame = False
        self._ending = False
        self._stop_requested = False
        self._failed = False
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(max(1, round(1000 / frames_per_s)))
        self._frame_timer.timeout.connect(self._on_frame_timer_timeout)

    @property
    def run_id(self) -> int | None:
        """The id of the current run, or None when nothing runs."""
        return self._run_id

    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` is emitted."""
        return self._run_id is not None

    def start(self, make_generator: Callable[[], Iterator],
              seconds_between_items: float = 0.0) -> int:
        """Stop the current run (draining it), then start a new one.

        Args:
            make_generator: called in the worker thread; returns the iterator to drive.
                It must yield plain copies (NumPy arrays, dataclasses), never live
                TensorFlow objects.
            seconds_between_items: a pause after each item for a watchable pace, in
                seconds; 0 = as fast as possible. A stop ends the pause at once.

        Returns:
            The new run's id.
        """
        self.stop()
        run_id = next(_run_ids)
        worker = _GeneratorWorker(run_id, make_generator, float(seconds_between_items))
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit() is thread-safe; called directly it ends the loop even while the GUI thread
        # waits in stop() (a queued call would wait for the blocked GUI thread).
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.produced.connect(self._on_worker_produced)
        worker.failed.connect(self._on_worker_failed)
        worker.done.connect(self._on_worker_done)
        thread.finished.connect(self._on_thread_finished)
        self._run_id, self._worker, self._thread = run_id, worker, thread
        self._newest, self._has_new_frame = None, False
        self._ending, self._stop_requested, self._failed = False, False, False
        _live_threads[thread] = worker
        thread.start()
        self._frame_timer.start()
        self.running_changed.emit(True)
        return run_id

    def stop(self, drain: bool = True, timeout_ms: int = DEFAULT_STOP_TIMEOUT_MS) -> bool:
        """Stop the current run (the stop rule is in the module docstring).

        Args:
            drain: deliver the items the worker already queued (True) or drop them.
            timeout_ms: the longest wait for the worker thread, in milliseconds.

        Returns:
            True if the worker thread has ended (or nothing ran); False if it is still
            finishing its current item and was left to end on its own.
        """
        if self._run_id is None or self._ending:
            return True
        worker, thread = self._worker, self._thread
        self._stop_requested = True
        worker.request_stop()
        ended = thread.wait(timeout_ms)
        if drain and ended:
            # Deliver what it queued before ending; done is among it and ends the run.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        if self._run_id == worker.run_id:
            self._end_run(completed=False)
        return ended

    # -- worker signals (queued into the GUI thread) ---------------------------------------
    def _is_current(self, run_id: int) -> bool:
        return run_id == self._run_id and not self._ending

    def _on_worker_produced(self, run_id: int, item) -> None:
        if not self._is_current(run_id):
            return
        self._newest, self._has_new_frame = item, True
        self.produced.emit(item)

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        if self._is_current(run_id):
            self._failed = True  # done follows and ends the run
            self.failed.emit(message)

    def _on_worker_done(self, run_id: int) -> None:
        if self._is_current(run_id):
            # done is the worker's last act: its thread is ending, so finished is said
            # only once the thread is gone (a view may start the next run at once).
            self._thread.wait(DEFAULT_STOP_TIMEOUT_MS)
            self._end_run(completed=not (self._stop_requested or self._failed))

    def _on_frame_timer_timeout(self) -> None:
        if self._has_new_frame:
            self._has_new_frame = False
            self.frame.emit(self._newest)

    def _end_run(self, completed: bool) -> None:
        self._ending = True
        self._frame_timer.stop()
        self._on_frame_timer_timeout()  # the last item is always shown
        worker = self._worker
        worker.produced.disconnect(self._on_worker_produced)
        worker.failed.disconnect(self._on_worker_failed)
        worker.done.disconnect(self._on_worker_done)
        self._run_id, self._worker, self._thread, self._newest = None, None, None, None
        self._ending = False
        self.running_changed.emit(False)
        self.finished.emit(completed)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait()  # finished is emitted just before the thread returns
            _live_threads.pop(thread, None)
