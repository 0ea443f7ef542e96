"""Main window: navigation, remembered settings, TensorFlow loading and its failure."""

from PySide6.QtCore import QSettings

from tfintro_gui.ui import tensorflow_loader
from tfintro_gui.ui.main_window import LOADING_TEXT, PANEL_KEYS, MainWindow
from tfintro_gui.ui.run_controller import running_threads


def test_all_four_panels_are_reachable(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    for key in PANEL_KEYS:
        window.show_panel(key)
        assert window.current_panel_key() == key
        assert window._stack.currentWidget() is window.panel(key)
    assert PANEL_KEYS == ("devices", "tensors", "backprop", "classifier")


def test_last_panel_and_size_are_remembered(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("backprop")
    # A size the 800×600 offscreen screen holds, above every panel's minimum.
    width = max(window.minimumSizeHint().width(), 700) + 10
    assert width <= 790, "a panel needs more width than a small laptop screen offers"
    window.resize(width, 520)
    window.close()
    assert QSettings().value("window/panel") == "backprop"
    again = MainWindow(load_tensorflow=False)
    qtbot.addWidget(again)
    assert again.current_panel_key() == "backprop"
    assert (again.width(), again.height()) == (width, 520)


def test_status_bar_says_loading_then_shows_version_and_device(qtbot, tensorflow_info):
    window = MainWindow(initial_panel="classifier")
    qtbot.addWidget(window)
    assert window._status_label.text() == LOADING_TEXT
    assert not window.panel("classifier").run_button.isEnabled()
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    text = window._status_label.text()
    assert tensorflow_info["version"] in text and tensorflow_info["device"] in text
    assert window.panel("classifier").run_button.isEnabled()
    window.close()


def test_failed_import_is_said_in_words_and_the_window_stays(qtbot, monkeypatch):
    def broken_import():
        raise ImportError("TensorFlow could not be imported (simulated). Install it with pip.")

    monkeypatch.setattr(tensorflow_loader, "import_tensorflow", broken_import)
    window = MainWindow(initial_panel="classifier")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.tensorflow_failed, timeout=10000):
        window.show()
    assert window.isVisible()
    assert window._status_label.text() == "TensorFlow could not be loaded"
    panel = window.panel("classifier")
    assert panel.message_bar.level == "error"
    assert "simulated" in panel.message_bar.text()
    assert not panel.run_button.isEnabled()
    window.close()


def test_closing_from_the_loaded_signal_does_not_deadlock(qtbot):
    """Regression: close() inside a tensorflow_loaded slot waited on the loader forever."""
    window = MainWindow(initial_panel="devices")
    qtbot.addWidget(window)
    window.tensorflow_loaded.connect(window.close)
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not running_threads(), timeout=10000)


def test_a_panel_failing_at_tensorflow_ready_does_not_stop_the_window(qtbot, monkeypatch,
                                                                      capsys):
    """Regression: --screenshot waited for its time-out when a panel raised here."""
    from tfintro_gui.ui.classifier_panel import ClassifierPanel

    def broken(self, info):
        raise RuntimeError("simulated panel failure")

    monkeypatch.setattr(ClassifierPanel, "tensorflow_ready", broken)
    window = MainWindow(initial_panel="classifier")
    qtbot.addWidget(window)
    window.panel("classifier")
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    assert "simulated panel failure" in window.statusBar().currentMessage()
    window.close()


def test_screenshot_and_self_test_windows_leave_the_remembered_panel_alone(qtbot):
    """Regression: --screenshot and --self-test saved their panel as the student's last."""
    QSettings().setValue("window/panel", "tensors")
    window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("backprop")
    window.close()
    assert QSettings().value("window/panel") == "tensors"


def test_ctrl_c_in_the_terminal_closes_the_window(qtbot):
    """Regression: SIGINT left `python -m tfintro_gui` running."""
    import signal

    from tfintro_gui.app import _close_on_interrupt

    window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.show()
    previous = signal.getsignal(signal.SIGINT)
    try:
        _close_on_interrupt(window)
        signal.raise_signal(signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        signal.signal(signal.SIGINT, previous)
