"""What's this?: every control of the window and of the Devices, Tensors, Backprop and
Classifier panels says what it does in a tool tip, and has a name for screen readers."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from tfintro_gui.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces: a combo box's or spin box's line edit, tab-bar scroll arrows, the
    table corner button, the dock title bar's and a tool bar's overflow buttons."""
    parent = widget.parentWidget()
    return (isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar))
            or widget.objectName().startswith("qt_")
            or type(widget).__name__ in ("QTableCornerButton", "QDockWidgetTitleButton")
            or widget.metaObject().className() in ("QTableCornerButton",
                                                   "QDockWidgetTitleButton"))


def controls_without_tooltip(root: QWidget) -> list[str]:
    """Enabled controls under ``root`` with no tool tip, described for the failure message."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _is_part_of_another_control(widget):
            continue
        if widget.isEnabled() and not widget.toolTip().strip():
            text = widget.text() if hasattr(widget, "text") else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def test_the_check_finds_a_control_without_a_tooltip(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    described, bare = QPushButton("Run"), QPushButton("Mystery")
    described.setToolTip("Runs it")
    layout.addWidget(described)
    layout.addWidget(bare)
    assert controls_without_tooltip(root) == ["QPushButton '' 'Mystery'"]
    from PySide6.QtWidgets import QPlainTextEdit as TextArea

    layout.addWidget(TextArea())
    assert controls_without_name(root) == ["QPlainTextEdit ''"]


@pytest.mark.parametrize("key", ["devices", "tensors", "backprop", "classifier"])
def test_every_enabled_control_has_a_tooltip(qtbot, tensorflow_info, key):
    window = MainWindow(initial_panel=key, load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    panel = window.panel(key)
    window.show_panel(key)
    panel.tensorflow_ready(tensorflow_info)  # every control enabled, tables filled
    assert not controls_without_tooltip(panel)
    assert not controls_without_tooltip(window.lesson_pane)
    assert not controls_without_tooltip(window.message_bar)


def test_every_menu_action_says_what_it_does(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    missing = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            # Qt shows an action's text as its tool tip when it has none of its own.
            if not action.statusTip() and action.toolTip() == action.text().replace("&", ""):
                missing.append(action.text())
    assert not missing


def controls_without_name(root: QWidget) -> list[str]:
    """Controls, views and text areas under ``root`` that a screen reader cannot name (no
    accessible name, no text, no label whose buddy they are)."""
    missing = []
    kinds = (*CONTROLS, QAbstractItemView, QPlainTextEdit)
    for widget in root.findChildren(QWidget):
        if (not isinstance(widget, kinds) or isinstance(widget, QHeaderView)
                or _is_part_of_another_control(widget) or widget.window() is not root.window()
                or isinstance(widget.parentWidget(), QComboBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.toolTip()[:40]!r}")
    return missing


@pytest.mark.parametrize("key", ["devices", "tensors", "backprop", "classifier"])
def test_every_control_has_an_accessible_name(qtbot, tensorflow_info, key):
    window = MainWindow(initial_panel=key, load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel(key)
    window.show_panel(key)
    panel.tensorflow_ready(tensorflow_info)
    assert not controls_without_name(panel)
    assert not controls_without_name(window.lesson_pane)
    assert not controls_without_name(window._navigation.parentWidget())


def test_benchmark_lines_differ_by_marker_shape_as_well_as_colour(qtbot):
    from tfintro_gui.core.devices.matmul import NUMPY_TARGET, MatmulTiming
    from tfintro_gui.ui.devices.plots import BenchmarkPlots

    plots = BenchmarkPlots()
    qtbot.addWidget(plots)
    timings = tuple(MatmulTiming(target, size, (0.01 * size / 256,))
                    for target in ("/CPU:0", "/CPU:1", "/GPU:0", NUMPY_TARGET)
                    for size in (256, 512))
    plots.show_timings(timings)
    lines = plots.speed_lines
    markers = [lines[target].get_marker() for target in ("/CPU:0", "/CPU:1", "/GPU:0",
                                                          NUMPY_TARGET)]
    colours = [lines[target].get_color() for target in lines]
    assert len(set(markers)) == 4 and len(set(colours)) == 4
