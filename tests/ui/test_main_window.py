"""Main window: navigation, remembered settings, TensorFlow loading and its failure, a size
that fits the screen, and settings that may be corrupted."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings

from tfintro_gui.ui import tensorflow_loader
from tfintro_gui.ui.i18n import saved_language
from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow
from tfintro_gui.ui.run_controller import running_threads
from tfintro_gui.ui.window.geometry import first_start_placement, fit_into
from tfintro_gui.ui.window.tensorflow_status import LOADING_TEXT


def test_all_four_panels_are_reachable(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    for key in PANEL_KEYS:
        window.show_panel(key)
        assert window.current_panel_key() == key
        assert window.current_panel() is window.panel(key)
    assert PANEL_KEYS == ("devices", "tensors", "backprop", "classifier")


def test_last_panel_and_size_are_remembered(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # a first start on the small offscreen screen is maximised
    window.show_panel("backprop")
    # A size the 1280×720 test screen holds, above every panel's minimum.
    width = max(window.minimumSizeHint().width(), 700) + 10
    assert width <= 1200, "a panel needs more width than a small laptop screen offers"
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
    assert window.status_text() == LOADING_TEXT
    assert not window.panel("classifier").run_controls.run_button.isEnabled()
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    text = window.status_text()
    assert tensorflow_info["version"] in text and tensorflow_info["device"] in text
    assert window.panel("classifier").run_controls.run_button.isEnabled()
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
    assert window.status_text() == "TensorFlow could not be loaded"
    panel = window.panel("classifier")
    assert panel.message_bar.level == "error"
    assert "simulated" in panel.message_bar.text()
    assert not panel.run_controls.run_button.isEnabled()
    window.close()
    # The worker goes on to import Matplotlib after the failure: let it wind down.
    qtbot.waitUntil(lambda: not running_threads(), timeout=60000)


def test_closing_from_the_loaded_signal_does_not_deadlock(qtbot):
    """Regression: close() inside a tensorflow_loaded slot waited on the loader forever."""
    window = MainWindow(initial_panel="devices")
    qtbot.addWidget(window)
    window.tensorflow_loaded.connect(window.close)
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not running_threads(), timeout=10000)


def test_each_panel_builds_its_plots_after_its_first_paint(qtbot):
    """Regression: the main window never called build_deferred, so the Backprop drawing
    and the Tensors heatmap stayed empty placeholders in the lab (only --screenshot and
    the tests built them)."""
    window = MainWindow(initial_panel="tensors", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    assert window.panel("tensors").value_view.heatmap is None  # not before the paint
    window.show()
    qtbot.waitUntil(lambda: window.panel("tensors").value_view.heatmap is not None)
    window.show_panel("backprop")
    qtbot.waitUntil(lambda: window.panel("backprop").drawing is not None)
    assert window.panel("backprop").drawing.isVisibleTo(window)


def test_a_panel_failing_at_tensorflow_ready_does_not_stop_the_window(qtbot, monkeypatch,
                                                                      capsys):
    """Regression: --screenshot waited for its time-out when a panel raised here."""
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    def broken(self, info):
        raise RuntimeError("simulated panel failure")

    monkeypatch.setattr(ClassifierPanel, "tensorflow_ready", broken)
    window = MainWindow(initial_panel="classifier")
    qtbot.addWidget(window)
    window.panel("classifier")
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    assert window.message_bar.level == "error"
    assert "simulated panel failure" in window.message_bar.text()
    assert "report this" in window.message_bar.text()
    assert "Traceback" in window.message_bar.details()
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


# -- a window that fits the screen (issue 11, item 2) -----------------------------------------
@pytest.mark.parametrize(("screen", "maximised"), [
    ((1280, 720), True), ((1366, 768), True), ((1920, 1080), False)])
def test_a_first_start_fits_the_screen_with_its_status_bar(screen, maximised):
    """Regression: the window always opened at 1280×800, so at 1366×768 the status bar
    was off-screen. Each screen size runs in its own process (tests/ui/screen_probe.py)."""
    probe = Path(__file__).with_name("screen_probe.py")
    result = subprocess.run([sys.executable, str(probe), str(screen[0]), str(screen[1])],
                            capture_output=True, text=True, timeout=180, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["available"] == [0, 0, *screen]
    for key, seen in report["panels"].items():
        x, y, width, height = seen["frame"]
        assert 0 <= x and 0 <= y and x + width <= screen[0] and y + height <= screen[1], key
        assert seen["maximised"] is maximised, key
        assert seen["status_bar_bottom"] < screen[1], key
        assert seen["minimum"][0] <= screen[0] and seen["minimum"][1] <= screen[1], key
    if not maximised:  # a large screen: most of it, centred, with the lesson beside
        assert width >= 0.8 * screen[0] and height >= 0.8 * screen[1]
        assert abs((x + width / 2) - screen[0] / 2) <= 1
        assert seen["lesson_visible"] and seen["lesson_mode"] == "beside"
    else:  # a small one: the panel gets the room, F1 opens the lesson over it
        assert not seen["lesson_visible"] and seen["lesson_mode"] == "drawer"


@pytest.mark.parametrize(("available", "expected", "maximised"), [
    (QRect(0, 0, 1280, 720), QRect(0, 0, 1280, 720), True),
    (QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 768), True),
    (QRect(0, 0, 1920, 1080), QRect(144, 81, 1632, 918), False),
    (QRect(1920, 30, 2560, 1410), QRect(2112, 136, 2176, 1198), False),
])
def test_the_first_start_placement_comes_from_the_available_area(available, expected,
                                                                 maximised):
    placement = first_start_placement(available)
    assert placement.rect == expected and placement.maximised is maximised
    assert available.contains(placement.rect)


def test_a_rectangle_is_shrunk_and_moved_into_the_screen():
    screen = QRect(0, 0, 1366, 768)
    assert fit_into(QRect(5000, -300, 3000, 2000), screen) == screen
    assert fit_into(QRect(1000, 500, 800, 600), screen) == QRect(566, 168, 800, 600)
    assert fit_into(QRect(10, 20, 300, 200), screen) == QRect(10, 20, 300, 200)


def test_a_remembered_geometry_too_big_for_the_screen_is_clamped(qtbot):
    """A window saved on a large monitor reopens on a small laptop screen: it fits."""
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.setGeometry(3000, 2000, 2500, 1500)
    window.close()
    again = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    assert available.contains(again.geometry())


@pytest.mark.parametrize("geometry", [
    ["1", "2", "3"],  # geometry=1, 2, 3 in the settings file
    QRect(0, 0, -5, -5),  # geometry=@Rect(0 0 -5 -5)
    QByteArray(b"\x01\xd9\xd0\xcb garbage"),
    "hello",
])
def test_a_corrupted_settings_file_never_stops_the_lab(qtbot, geometry):
    """Issue 14 #3: geometry=1, 2, 3 or @Rect(0 0 -5 -5) made restoreGeometry raise
    TypeError: exit 1, --screenshot crashed, --self-test reported not ok."""
    from tfintro_gui.app import _window_check

    settings = QSettings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/panel", ["tensors", "backprop"])
    settings.setValue("window/lesson_visible", "banana")
    settings.setValue("view/zoom", "1e308")
    settings.setValue("interface/language", ["zh_CN"])
    settings.sync()
    try:
        window = MainWindow(load_tensorflow=False)
        qtbot.addWidget(window)
        window.show()
        assert window.current_panel_key() == "classifier"
        assert window.zoom() == 1.0
        available = window.screen().availableGeometry()
        qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
        assert saved_language() is None
        window.close()
        assert _window_check()["ok"]
    finally:
        for key in ("window/geometry", "window/panel", "view/zoom", "interface/language"):
            settings.remove(key)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_menu_gives_each_action_its_own_access_key(qtbot, language):
    import re

    from PySide6.QtWidgets import QMenu

    from tfintro_gui.ui.i18n import install_language

    install_language(language)
    try:
        window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
        qtbot.addWidget(window)
        window.install_labs()
        menus = [action.menu() for action in window.menuBar().actions()]
        menus += [action.menu() for menu in list(menus) for action in menu.actions()
                  if isinstance(action.menu(), QMenu)]
        for menu in menus:
            keys = [match.group(1).lower() for action in menu.actions()
                    if (match := re.search(r"&([^&\s])", action.text()))]
            assert len(keys) == len(set(keys)), (menu.title(), keys)
    finally:
        install_language("en")
