"""Backprop panel: Space / Ctrl+R / Ctrl+Backspace, its notebook cell and its session part."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tensorflow_info):
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("backprop")
    window.panel("backprop").build_deferred()
    window.panel("backprop").tensorflow_ready(tensorflow_info)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _forward_evaluated(graph) -> int:
    return sum(graph.value(node.index) is not None for node in graph.nodes
               if node.is_operation)


def test_space_steps_forward_then_backward_and_ctrl_r_runs(window, qtbot):
    panel = window.panel("backprop")
    button = panel.step_controls.step_forward_button
    button.setFocus()
    graph = panel.graph
    operations = sum(node.is_operation for node in graph.nodes)
    for expected in range(1, operations + 1):
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert _forward_evaluated(panel.graph) == expected
    assert panel.graph.forward_done and not panel.graph.backward_started
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert panel.graph.backward_started
    qtbot.keyClick(panel, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert _forward_evaluated(panel.graph) == 0
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.graph.backward_done
    assert panel.results()["w"][:2] == ("2", "2")
    assert "Space" in button.toolTip()
    assert "Ctrl+R" in panel.step_controls.run_backward_button.toolTip()
    assert "Space = next step" in panel.step_controls.keys_label.text()


def test_space_in_the_expression_types_a_space(window, qtbot):
    editor = window.panel("backprop").expression_box.expression_input
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    before = editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert editor.toPlainText() == before + " "
    panel = window.panel("backprop")
    assert _forward_evaluated(panel.graph) == 0


def test_the_tape_code_cell_runs_and_prints_the_gradients(window, tmp_path):
    cells = window.panel("backprop").notebook_cells()
    assert [kind for kind, _ in cells] == ["code"]
    path = tmp_path / "session.py"
    assert window.export_notebook(str(path), script=True)
    completed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                               timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "dloss_val/dw = tf.Tensor(2.0" in completed.stdout
    assert "dloss_val/db = tf.Tensor(1.0" in completed.stdout


def test_the_graph_and_its_inputs_come_back_from_a_session(window, qtbot, tensorflow_info,
                                                          tmp_path):
    panel = window.panel("backprop")
    panel.set_input("w", value="5.0")
    panel.set_input("x", kind="watched")
    path = tmp_path / "s.json"
    assert window.save_session(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))["panels"]["backprop"]
    assert ["w", "variable", "float32", "5.0"] in saved["inputs"]

    other = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(other)
    other.panel("backprop").tensorflow_ready(tensorflow_info)
    assert other.open_session(str(path)), other.message_bar.text()
    restored = other.panel("backprop")
    assert restored.input_rows() == panel.input_rows()
    assert restored.expression_box.expression() == panel.expression_box.expression()
    assert restored.code_view.code() == panel.code_view.code()
    assert "w = tf.Variable(5.0)" in restored.code_view.code()


@pytest.mark.parametrize(("part", "message"), [
    ({"expression": "__import__('os')", "inputs": []}, ""),
    ({"expression": "w * x", "inputs": [["w", "variable", "float32", "[1, 2"]]}, ""),
    ({"expression": "w * x", "inputs": "w"}, "lists of text"),
    ({"expression": 3, "inputs": []}, "is text"),
])
def test_a_bad_backprop_part_changes_nothing(window, tmp_path, part, message):
    panel = window.panel("backprop")
    before = (panel.expression_box.expression(), panel.input_rows(), panel.code_view.code())
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "tfintro-gui-session", "version": 1,
                                "panels": {"backprop": part}}), encoding="utf-8")
    assert not window.open_session(str(path))
    assert window.message_bar.level == "error" and message in window.message_bar.text()
    assert (panel.expression_box.expression(), panel.input_rows(),
            panel.code_view.code()) == before
