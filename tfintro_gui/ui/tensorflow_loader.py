"""Imports TensorFlow, then Matplotlib, off the GUI thread, once, after the first paint.

Both imports are mostly Python work under the interpreter's lock: run side by side they
slow each other down. So one worker thread imports TensorFlow first (the panels can then
compute) and Matplotlib's figure modules right after (the panels then build their plots on
the GUI thread, which stays free to answer clicks meanwhile).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal

from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.devices.settings import apply_saved_device_settings
from tfintro_gui.ui.plain_imports import plain_imports
from tfintro_gui.ui.run_controller import RunController

#: The Matplotlib modules the panels' canvases and the lessons' formulas use; importing
#: them in the worker leaves the GUI thread only the figures to build. ``font_manager``
#: reads (or, on the first start, builds) Matplotlib's font list when it is imported.
PLOTTING_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.font_manager",
    "matplotlib.mathtext",
)


def load_tensorflow() -> Iterator[tuple[str, object]]:
    """Apply the saved device set-up, import TensorFlow, then the plotting modules.

    Yields:
        ``("tensorflow", {"version": str, "device": str})`` (e.g. ``"2.21.0"``,
        ``"/CPU:0"``) or ``("tensorflow_failed", reason)`` when TensorFlow cannot be
        imported; then ``("plotting", None)`` once :data:`PLOTTING_MODULES` are imported.

    Raises:
        ImportError: Matplotlib is missing or fails to import.
    """
    apply_saved_device_settings()  # device set-up must precede TensorFlow's start
    try:
        with plain_imports():  # see plain_imports: PySide6's hook costs 0.3–0.6 s here
            tf = import_tensorflow()
    except ImportError as error:
        yield "tensorflow_failed", str(error)
    else:
        yield "tensorflow", {"version": tf.__version__, "device": default_device()}
    with plain_imports():
        for name in PLOTTING_MODULES:
            importlib.import_module(name)
    yield "plotting", None


class TensorFlowLoader(QObject):
    """Runs :func:`load_tensorflow` in a worker thread through a :class:`RunController`.

    Signals:
        loaded(dict): ``{"version", "device"}`` once TensorFlow is usable.
        failed(str): why TensorFlow could not be imported.
        plotting_loaded(): Matplotlib's modules are imported (after ``loaded`` or
            ``failed``; also when their import failed, so the plots are tried and the
            error is shown where they would be).
    """

    loaded = Signal(dict)
    failed = Signal(str)
    plotting_loaded = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._controller = RunController(self)
        self._controller.produced.connect(self._on_controller_produced)
        self._controller.failed.connect(self._on_controller_failed)
        self._tensorflow_said = False
        self._plotting_said = False

    def start(self) -> None:
        """Begin the imports (once; a second call while they run restarts nothing)."""
        if not self._controller.is_running():
            # The core loads NumPy on first use (a lazy module, not thread-safe before
            # Python 3.12); it is loaded here, on the GUI thread, before the worker starts.
            importlib.import_module("numpy").ndarray  # noqa: B018 (the access loads it)
            self._controller.start(load_tensorflow)

    def is_running(self) -> bool:
        """True while an import is under way."""
        return self._controller.is_running()

    def _on_controller_produced(self, item: tuple[str, object]) -> None:
        kind, value = item
        if kind == "tensorflow":
            self._tensorflow_said = True
            self.loaded.emit(value)
        elif kind == "tensorflow_failed":
            self._tensorflow_said = True
            self.failed.emit(value)
        else:
            self._plotting_said = True
            self.plotting_loaded.emit()

    def _on_controller_failed(self, message: str) -> None:
        if not self._tensorflow_said:
            self.failed.emit(message)
        if not self._plotting_said:
            self.plotting_loaded.emit()

    def cancel(self, timeout_ms: int = 5000) -> bool:
        """Forget the imports' results (the window is closing).

        An import cannot be interrupted: this waits up to ``timeout_ms`` milliseconds for
        it; past that, the thread ends on its own and
        :func:`~tfintro_gui.ui.run_controller.wait_for_threads` joins it before exit.

        Returns:
            True if the import thread has ended.
        """
        return self._controller.stop(drain=False, timeout_ms=timeout_ms)
