"""Keyboard: panels switch with Ctrl+1..4, and each panel's main actions have keys."""

import pytest
from PySide6.QtCore import Qt

from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_digit_switches_panels_and_menus_show_the_keys(window, qtbot):
    for index, key in enumerate(PANEL_KEYS):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_panel_key() == key
    shortcuts = {action.text(): action.shortcut().toString()
                 for menu in window.menuBar().actions() for action in menu.menu().actions()}
    assert shortcuts["Export session as &notebook…"] == "Ctrl+E"
    assert shortcuts["Save &session…"] == "Ctrl+S"
    assert shortcuts["&Open session…"] == "Ctrl+O"
    assert shortcuts["&Lesson"] == "F1"


def test_enter_creates_applies_and_delete_removes_in_the_tensors_panel(window, qtbot,
                                                                       tensorflow_info):
    window.show_panel("tensors")
    panel = window.panel("tensors")
    panel.tensorflow_ready(tensorflow_info)
    create, ops = panel.create_form, panel.ops_form
    create.name_input.setText("a")
    create.shape_input.setText("(2, 2)")
    qtbot.keyClick(create.shape_input, Qt.Key.Key_Return)
    assert panel.workspace.names() == ["a"]
    ops.op_input.setCurrentIndex(ops.op_input.findData("square"))
    ops.x_input.setEditText("a")
    ops.result_input.setText("b")
    qtbot.keyClick(ops.result_input, Qt.Key.Key_Return)
    assert panel.workspace.names() == ["a", "b"]
    panel.select_entry("a")
    table = panel.workspace_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert panel.workspace.names() == ["b"]


def test_ctrl_r_runs_the_benchmark_and_escape_cancels_it(window, qtbot, tensorflow_info):
    panel = window.panel("devices")
    panel.tensorflow_ready(tensorflow_info)
    panel.benchmark_box.sizes_input.setText("1024, 2048")
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.is_running()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30000)
    assert "Cancelled" in panel.benchmark_box.progress_label.text()
