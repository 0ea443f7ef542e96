"""Run a callback right after a window's first paint has gone to the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: How long after the first paint the callback waits, in ms: the window system draws the
#: frame meanwhile, before the work (and the threads it starts) takes the processor.
SETTLE_MS = 30
#: How long after the window is shown the callback runs even without a paint, in ms (a
#: window that starts minimised or hidden behind others is painted only when it is seen).
FALLBACK_MS = 3000


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after ``widget``'s first paint.

    Qt paints a top-level widget and flushes its backing store to the window system in
    the same event (the window's first expose on X11); the ``Paint`` event of ``widget``
    is seen here before that, and a timer started from it (:data:`SETTLE_MS`, so the
    window system has drawn the frame too) runs after both. Work done in ``callback``
    therefore no longer delays what the user first sees. The main window uses it to start
    the TensorFlow import and build the panels' plots (Matplotlib) only once its controls
    are on the screen. If no paint comes within ``fallback_ms`` of the
    window being shown, ``callback`` runs then.

    Args:
        widget: a top-level widget, before it is shown.
        callback: called without arguments, once.
        fallback_ms: see above, in milliseconds.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None],
                 fallback_ms: int = FALLBACK_MS):
        super().__init__(widget)
        self._callback = callback
        self._fallback_ms = fallback_ms
        self._shown = False
        self._has_run = False
        widget.installEventFilter(self)

    def has_run(self) -> bool:
        """True once ``callback`` has been called (it may still be running)."""
        return self._has_run

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            QTimer.singleShot(self._fallback_ms, self, self._run)
        elif event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self, self._run)
        return False

    def _run(self) -> None:
        if not self._has_run:
            self._has_run = True
            self._callback()
