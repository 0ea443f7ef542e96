"""Keeping a lab's locked controls disabled and its hidden controls hidden.

A panel enables and shows its own widgets as its state changes (TensorFlow ready, a run
finished, a mode chosen). :class:`ControlLocks` watches each locked widget with an event
filter: when the panel enables (or shows) it, the lock disables (or hides) it again and
remembers what the panel wanted, so :meth:`ControlLocks.release` gives the panel back
the state it asked for last. Qt tells nothing when a panel disables a widget that is
disabled already, so the host also calls the panel's ``update_controls()`` after a
release (:class:`~tfintro_gui.ui.labs.host.WindowLabHost`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _Lock:
    """One widget's lock: whether it is hidden, and what the panel wants for it."""

    def __init__(self, widget: QWidget, hidden: bool):
        self.widget = widget
        self.hidden = hidden
        self.wanted_enabled = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        self.wanted_visible = not widget.isHidden()


class ControlLocks(QObject):
    """The controls a lab step locks or hides; one per lab pane."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._locks: dict[QWidget, _Lock] = {}
        self._applying = False

    def lock(self, widgets, hidden: bool = False) -> None:
        """Disable ``widgets`` (and hide them when ``hidden``) until :meth:`release`."""
        for widget in widgets:
            lock = self._locks.get(widget)
            if lock is None:
                lock = self._locks[widget] = _Lock(widget, hidden)
                widget.installEventFilter(self)
                widget.destroyed.connect(self._on_widget_destroyed)
            lock.hidden = lock.hidden or hidden
            self._enforce(lock)

    def locked(self) -> list[QWidget]:
        """The widgets locked now."""
        return list(self._locks)

    def release(self) -> None:
        """Give every widget back the enabled and visible state its panel wants."""
        locks, self._locks = self._locks, {}
        for widget, lock in locks.items():
            widget.removeEventFilter(self)
            widget.destroyed.disconnect(self._on_widget_destroyed)
            self._applying = True
            try:
                widget.setEnabled(lock.wanted_enabled)
                if lock.hidden:
                    widget.setVisible(lock.wanted_visible)
            finally:
                self._applying = False

    def _enforce(self, lock: _Lock) -> None:
        self._applying = True
        try:
            lock.widget.setEnabled(False)
            if lock.hidden:
                lock.widget.setVisible(False)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        lock = self._locks.get(watched)
        if lock is None or self._applying:
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            forced = watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            lock.wanted_enabled = not forced
            if not forced:
                self._enforce(lock)
        elif lock.hidden and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            lock.wanted_visible = kind == QEvent.Type.ShowToParent
            if lock.wanted_visible:
                self._enforce(lock)
        return False

    def _on_widget_destroyed(self, widget: QObject) -> None:
        self._locks.pop(widget, None)
