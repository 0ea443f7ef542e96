"""Imports TensorFlow off the GUI thread, once, after the window has painted."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal

from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.devices.settings import apply_saved_device_settings
from tfintro_gui.ui.run_controller import RunController


def load_tensorflow() -> Iterator[dict]:
    """Apply the saved device set-up, import TensorFlow and yield what it runs on.

    Yields:
        One ``{"version": str, "device": str}`` (e.g. ``"2.21.0"``, ``"/CPU:0"``).

    Raises:
        ImportError: TensorFlow is not installed or fails to import.
    """
    apply_saved_device_settings()  # device set-up must precede TensorFlow's start
    tf = import_tensorflow()
    yield {"version": tf.__version__, "device": default_device()}


class TensorFlowLoader(QObject):
    """Runs :func:`load_tensorflow` in a worker thread through a :class:`RunController`.

    Signals:
        loaded(dict): ``{"version", "device"}`` once TensorFlow is usable.
        failed(str): why TensorFlow could not be imported.
    """

    loaded = Signal(dict)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._controller = RunController(self)
        self._controller.produced.connect(self._on_controller_produced)
        self._controller.failed.connect(self._on_controller_failed)

    def start(self) -> None:
        """Begin the import (once; a second call while it runs restarts nothing)."""
        if not self._controller.is_running():
            # The core loads NumPy on first use (a lazy module, not thread-safe before
            # Python 3.12); it is loaded here, on the GUI thread, before TensorFlow's thread.
            importlib.import_module("numpy").ndarray  # noqa: B018 (the access loads it)
            self._controller.start(load_tensorflow)

    def is_running(self) -> bool:
        """True while the import is under way."""
        return self._controller.is_running()

    def _on_controller_produced(self, info: dict) -> None:
        self.loaded.emit(info)

    def _on_controller_failed(self, message: str) -> None:
        self.failed.emit(message)

    def cancel(self, timeout_ms: int = 5000) -> bool:
        """Forget the import's result (the window is closing).

        An import cannot be interrupted: this waits up to ``timeout_ms`` milliseconds for
        it; past that, the thread ends on its own and
        :func:`~tfintro_gui.ui.run_controller.wait_for_threads` joins it before exit.

        Returns:
            True if the import thread has ended.
        """
        return self._controller.stop(drain=False, timeout_ms=timeout_ms)
