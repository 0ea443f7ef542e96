"""Uncaught exceptions reach the window's message bar, and the lab keeps running."""

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from tfintro_gui.ui.error_handler import install_exception_handlers
from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.show()
    reporter = install_exception_handlers(window)
    yield window
    reporter.uninstall()


def _raise_in_a_timer() -> None:
    raise ZeroDivisionError("simulated failure in a timer")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_timer_slot_is_shown_and_the_window_lives_on(window, qtbot,
                                                                        capsys):
    QTimer.singleShot(0, _raise_in_a_timer)
    qtbot.waitUntil(lambda: window.message_bar.level == "error", timeout=5000)
    text = window.message_bar.text()
    assert "ZeroDivisionError: simulated failure in a timer" in text
    assert "report this" in text
    details = window.message_bar.details()
    assert "Traceback" in details and "_raise_in_a_timer" in details
    assert "tfintro-gui" in details and "Python" in details
    assert "simulated failure in a timer" in capsys.readouterr().err  # still logged
    assert window.isVisible()
    window.show_panel("tensors")  # and it still works
    assert window.current_panel_key() == "tensors"


def test_an_exception_in_a_python_thread_is_shown_in_the_gui_thread(window, qtbot):
    def work() -> None:
        raise ValueError("simulated failure in a worker thread")

    thread = threading.Thread(target=work, name="simulated-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: window.message_bar.level == "error", timeout=5000)
    assert "ValueError: simulated failure in a worker thread" in window.message_bar.text()
    assert "Thread: simulated-worker" in window.message_bar.details()


def test_uninstall_puts_the_previous_hooks_back(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    before = (sys.excepthook, threading.excepthook)
    reporter = install_exception_handlers(window)
    assert sys.excepthook == reporter.handle
    assert threading.excepthook == reporter.handle_thread
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
