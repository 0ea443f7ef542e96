"""What every panel offers the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class Panel(QWidget):
    """Base class of the four panels.

    The main window calls :meth:`tensorflow_ready` or :meth:`tensorflow_failed` once the
    background import of TensorFlow ends, and :meth:`shutdown` before it closes.
    """

    #: Shown in the navigation list and the window title.
    title = ""

    def tensorflow_ready(self, info: dict) -> None:
        """TensorFlow is importable. ``info`` has ``"version"`` and ``"device"``."""

    def tensorflow_failed(self, message: str) -> None:
        """TensorFlow could not be imported; ``message`` says why."""

    def shutdown(self) -> None:
        """Stop every thread the panel owns; called before the window closes."""

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        """Bring the panel into the state a ``--screenshot`` shows, then call ``on_ready``.

        Args:
            options: command-line options, e.g. ``{"train_steps": 100}``.
            on_ready: called (in the GUI thread) when the panel is ready to be grabbed.
        """
        on_ready()
