"""Uncaught exceptions, anywhere, are shown in the window and the lab keeps running.

An exception that nothing catches (in a slot, a timer, a paint, a ``QThread`` or a
Python thread) ends up in ``sys.excepthook`` or ``threading.excepthook``. The app calls
:func:`install_exception_handlers` once its window exists; from then on such an
exception is printed to stderr as before *and* shown in the window's message bar with a
"report this" note, its traceback and the versions behind Copy. The handler may be
called from any thread: it only emits a signal, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal, Slot, qVersion

from tfintro_gui import __version__
from tfintro_gui.ui.widgets.message_bar import MessageBar


class ExceptionReporter(QObject):
    """Shows uncaught exceptions in ``message_bar``; installed by
    :func:`install_exception_handlers`.

    Signals:
        caught(str, str): the exception's one-line summary and its report (traceback and
            versions), emitted from the thread that raised.
    """

    caught = Signal(str, str)

    def __init__(self, message_bar: MessageBar, parent: QObject | None = None):
        super().__init__(parent)
        self._message_bar = message_bar
        self._previous = (sys.excepthook, threading.excepthook)
        self._showing = False
        self.caught.connect(self._on_caught)

    def handle(self, kind, value, trace, thread_name: str | None = None) -> None:
        """Report one exception (the signature of ``sys.excepthook``)."""
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, trace)
            return
        lines = traceback.format_exception(kind, value, trace)
        sys.stderr.write("".join(lines))
        summary = "".join(traceback.format_exception_only(kind, value)).strip()
        where = f"Thread: {thread_name}\n" if thread_name else ""
        report = (f"{where}{''.join(lines)}\ntfintro-gui {__version__} · Python "
                  f"{platform.python_version()} · Qt {qVersion()} · {platform.platform()}")
        try:
            self.caught.emit(summary, report)
        except RuntimeError:  # the window is gone (the app is closing): stderr was enough
            pass

    def handle_thread(self, arguments) -> None:
        """Report an exception of a Python thread (the signature of
        ``threading.excepthook``)."""
        if arguments.exc_type is SystemExit:
            return
        name = arguments.thread.name if arguments.thread is not None else None
        self.handle(arguments.exc_type, arguments.exc_value, arguments.exc_traceback, name)

    def uninstall(self) -> None:
        """Put back the hooks that were there before :func:`install_exception_handlers`."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous[1]

    @Slot(str, str)
    def _on_caught(self, summary: str, report: str) -> None:
        if self._showing:  # showing the message failed and came back here: stderr only
            return
        self._showing = True
        try:
            self._message_bar.show_message(
                self.tr("Something went wrong inside the lab: {error}. The lab keeps "
                        "running, but what you just did may not have finished. Please "
                        "report this to your teacher: Copy puts the details on the "
                        "clipboard.").format(error=summary), "error", details=report)
        finally:
            self._showing = False


def install_exception_handlers(window) -> ExceptionReporter:
    """Show every uncaught exception in ``window``'s message bar from now on.

    Replaces ``sys.excepthook`` and ``threading.excepthook``; the exceptions are still
    printed to stderr. Call it where the app creates its window.

    Args:
        window: a widget with a ``message_bar`` (:class:`MessageBar`), e.g. the main
            window.

    Returns:
        The reporter; its ``uninstall()`` restores the previous hooks.
    """
    reporter = ExceptionReporter(window.message_bar, window)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
