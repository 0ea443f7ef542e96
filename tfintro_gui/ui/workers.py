"""Worker objects that run core code in a ``QThread`` and hand results to the GUI thread.

House rules (DESIGN.md): every thread has one owner that keeps a reference and stops it
(stop flag, ``quit()``, ``wait()``) before a new run and on close; workers emit NumPy
copies, never live TensorFlow objects; ``QThread.terminate()`` is never used.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.devices.settings import apply_saved_device_settings

_started_threads: list[QThread] = []
_run_ids = itertools.count(1)


def running_threads() -> list[QThread]:
    """The threads started by :class:`WorkerThread` that are still running."""
    _started_threads[:] = [thread for thread in _started_threads if thread.isRunning()]
    return list(_started_threads)


class TensorFlowLoader(QObject):
    """Imports TensorFlow off the GUI thread.

    Signals:
        loaded(dict): ``{"version": str, "device": str}`` once TensorFlow is usable.
        failed(str): a message saying why TensorFlow could not be imported.
        done(): after either.
    """

    loaded = Signal(dict)
    failed = Signal(str)
    done = Signal()

    @Slot()
    def run(self) -> None:
        try:
            apply_saved_device_settings()  # device set-up must precede TensorFlow's start
            tf = import_tensorflow()
            self.loaded.emit({"version": tf.__version__, "device": default_device()})
        except Exception as error:  # any failure is reported in words, never a crash
            self.failed.emit(str(error))
        finally:
            self.done.emit()


class GeneratorWorker(QObject):
    """Drives a core generator and emits each item it yields.

    Args:
        make_generator: called in the worker thread; returns the iterator to drive.
        seconds_between_items: pause after each item, for a watchable pace; 0 = no pause.

    Signals:
        produced(int, object): the run id and one yielded item.
        failed(int, str): the run id and an error message, if the generator raised.
        done(int): the run id, when the generator ends, is stopped or fails.
    """

    produced = Signal(int, object)
    failed = Signal(int, str)
    done = Signal(int)

    def __init__(self, make_generator: Callable[[], Iterator], seconds_between_items=0.0):
        super().__init__()
        self.run_id = next(_run_ids)
        self._make_generator = make_generator
        self._stop = threading.Event()
        self.seconds_between_items = float(seconds_between_items)

    def request_stop(self) -> None:
        """Ask the worker to stop after the item it is computing (thread-safe)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        items = None
        try:
            items = self._make_generator()
            for item in items:
                # An item is emitted even after a stop request: its work is already done.
                self.produced.emit(self.run_id, item)
                pause = self.seconds_between_items
                # Waiting on the stop event keeps a paced run stoppable at once.
                stopped = self._stop.wait(pause) if pause > 0 else self._stop.is_set()
                if stopped:
                    break
        except Exception as error:
            traceback.print_exc()
            self.failed.emit(self.run_id, f"{type(error).__name__}: {error}")
        finally:
            # Close a generator here, in this thread, so its clean-up runs before done.
            try:
                close = getattr(items, "close", None)
                if close is not None:
                    close()
            finally:
                self.done.emit(self.run_id)


class WorkerThread:
    """Owns one worker and the ``QThread`` it runs in.

    Args:
        worker: a QObject with a ``run()`` slot, a ``done`` signal and, optionally,
            ``request_stop()``.
    """

    def __init__(self, worker: QObject):
        self.worker = worker
        self.thread = QThread()
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        # quit() is thread-safe; a direct call ends the loop even while the GUI thread waits.
        worker.done.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        """Start the thread; the worker's ``run`` begins in it."""
        _started_threads.append(self.thread)
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def stop(self, timeout_ms: int = 1000) -> bool:
        """Ask the worker to stop, end the thread's event loop and wait for it.

        Args:
            timeout_ms: how long to wait, in milliseconds.

        Returns:
            True if the thread has finished.
        """
        if hasattr(self.worker, "request_stop"):
            self.worker.request_stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
