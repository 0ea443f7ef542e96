"""The main window as the lab pane sees it: a narrow interface, so the pane does not
depend on how the window is built.

What a host offers (duck-typed; a test can pass its own object):

- ``show_panel(key)`` and ``panel(key)`` (a :class:`~tfintro_gui.ui.panel.Panel` with
  ``session_state()``, ``check_session_state()`` and ``restore_session()``);
- ``lock_controls(panel_key, control_names, hidden) -> missing names`` and
  ``unlock_controls()``;
- ``grab_window() -> QPixmap`` (the report's thumbnails), ``language() -> str``;
- ``tensorflow_info`` (None until TensorFlow is loaded) and the ``tensorflow_loaded``
  signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from tfintro_gui.ui.i18n import current_language
from tfintro_gui.ui.labs.controls import find_controls
from tfintro_gui.ui.labs.locks import ControlLocks


class WindowLabHost(QObject):
    """Adapts a main window (``show_panel``, ``panel``, ``tensorflow_loaded``,
    ``tensorflow_info``, optionally ``language``) to the lab pane's host interface.

    Args:
        window: the main window.

    Signals:
        tensorflow_loaded(dict): relayed from the window.
    """

    tensorflow_loaded = Signal(dict)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._locks = ControlLocks(self)
        self._locked_panels: set[str] = set()
        window.tensorflow_loaded.connect(self.tensorflow_loaded)

    @property
    def tensorflow_info(self) -> dict | None:
        """``{"version", "device"}`` once TensorFlow is loaded, else None."""
        return self._window.tensorflow_info

    def show_panel(self, key: str) -> None:
        """Switch the window to the panel ``key``."""
        self._window.show_panel(key)

    def panel(self, key: str):
        """The panel ``key`` (built if it was not yet)."""
        return self._window.panel(key)

    def language(self) -> str:
        """The language of the lessons shown, ``"en"`` or ``"zh_CN"``."""
        language = getattr(self._window, "language", None)
        return language() if callable(language) else current_language()

    def grab_window(self) -> QPixmap:
        """A picture of the whole window (for the report's thumbnails)."""
        return self._window.grab()

    def lock_controls(self, panel_key: str, control_names, hidden: bool) -> list[str]:
        """Disable (and with ``hidden`` hide) the named controls of a panel.

        Returns:
            The names this panel does not have (they stay free).
        """
        if not control_names:
            return []
        found, missing = find_controls(self.panel(panel_key), panel_key, control_names)
        self._locks.lock(found.values(), hidden)
        self._locked_panels.add(panel_key)
        return missing

    def unlock_controls(self) -> None:
        """Give every locked control back to its panel, then let each panel set its
        controls from its own state again (``update_controls``)."""
        self._locks.release()
        panels, self._locked_panels = self._locked_panels, set()
        for key in panels:
            self.panel(key).update_controls()
