"""What every panel offers the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class Panel(QWidget):
    """Base class of the four panels.

    The main window calls :meth:`tensorflow_ready` or :meth:`tensorflow_failed` once the
    background import of TensorFlow ends, and :meth:`shutdown` before it closes. It asks
    :meth:`notebook_cells` when the session is exported, and :meth:`session_state` /
    :meth:`restore_session` when it is saved or opened; the defaults contribute nothing.
    """

    #: Shown in the navigation list and the window title.
    title = ""

    def tensorflow_ready(self, info: dict) -> None:
        """TensorFlow is importable. ``info`` has ``"version"`` and ``"device"``."""

    def tensorflow_failed(self, message: str) -> None:
        """TensorFlow could not be imported; ``message`` says why."""

    def shutdown(self) -> None:
        """Stop every thread the panel owns; called before the window closes."""

    def notebook_cells(self) -> list[tuple[str, str]]:
        """What was done in this panel, as notebook cells in order.

        Returns:
            ``(kind, text)`` pairs, ``kind`` ``"markdown"`` or ``"code"``. The code runs
            after ``import numpy as np`` and ``import tensorflow as tf`` in a fresh kernel
            and reproduces the values the panel shows. Default: no cells.
        """
        return []

    def session_state(self) -> dict:
        """What a session file keeps of this panel: JSON types only (dict, list, str,
        int, float, bool, None). Default: nothing (``{}``)."""
        return {}

    def restore_session(self, state: dict) -> None:
        """Bring the panel into ``state`` (as returned by :meth:`session_state`).

        The main window validates every panel's state (:meth:`check_session_state`)
        before it restores any, so a bad file changes nothing.

        Raises:
            ValueError: ``state`` is not one this panel can restore.
        """

    def check_session_state(self, state: dict) -> None:
        """Raise ``ValueError`` (saying what is wrong) if :meth:`restore_session` would
        refuse ``state``; change nothing. Default: any dict is accepted."""
        if not isinstance(state, dict):
            raise ValueError(f"A panel's state is a JSON object, not {type(state).__name__}.")

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        """Bring the panel into the state a ``--screenshot`` shows, then call ``on_ready``.

        Args:
            options: command-line options, e.g. ``{"train_steps": 100}``.
            on_ready: called (in the GUI thread) when the panel is ready to be grabbed.
        """
        on_ready()
