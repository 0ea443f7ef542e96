"""Backprop: every input is capped before any work (issue 14: a 1 MB line pasted into the
expression box froze the window for minutes although anything over 2 000 characters was
refused), and a refused input changes nothing and is not echoed in full."""

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from tfintro_gui.core.autodiff.limits import MAX_EXPRESSION_LENGTH, MAX_VALUE_TEXT

MEGABYTE_LINE = "w * x + " * (1_000_000 // 8)


def test_a_1_mb_line_pasted_into_the_expression_box_is_refused_before_any_work(
        backprop_panel):
    panel = backprop_panel
    graph, editor = panel.graph, panel.expression_box.expression_input
    before = editor.toPlainText()
    QGuiApplication.clipboard().setText(MEGABYTE_LINE)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.paste()
    assert editor.toPlainText() == before  # the text never reached the document
    assert panel.message_bar.level == "error"
    assert f"at most {MAX_EXPRESSION_LENGTH}" in panel.message_bar.text()
    assert len(panel.message_bar.text()) < 400  # the line is not echoed
    assert panel.graph is graph  # nothing was parsed or built
    panel.expression_box.build_button.click()
    assert panel.graph.parsed.source == before


def test_a_1_mb_line_dropped_into_the_expression_box_is_refused(backprop_panel):
    editor = backprop_panel.expression_box.expression_input
    before = editor.toPlainText()
    data = QMimeData()
    data.setText(MEGABYTE_LINE)
    editor.insertFromMimeData(data)
    assert editor.toPlainText() == before


def test_typing_past_the_longest_expression_is_refused(backprop_panel, qtbot):
    editor = backprop_panel.expression_box.expression_input
    editor.setPlainText("w" * MAX_EXPRESSION_LENGTH)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert len(editor.toPlainText()) == MAX_EXPRESSION_LENGTH
    assert backprop_panel.message_bar.level == "error"
    editor.selectAll()  # replacing a selection by shorter text is fine
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert editor.toPlainText() == "a"


def test_a_short_paste_still_works(backprop_panel):
    editor = backprop_panel.expression_box.expression_input
    editor.setPlainText("")
    QGuiApplication.clipboard().setText("r = x ** 2")
    editor.paste()
    assert editor.toPlainText() == "r = x ** 2"


def test_the_value_editor_holds_at_most_the_longest_value(backprop_panel):
    table = backprop_panel.inputs_table.table
    index = table.model().index(0, 3)
    editor = table.itemDelegateForColumn(3).createEditor(table.viewport(),
                                                         QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit) and editor.maxLength() == MAX_VALUE_TEXT


def test_a_1_mb_value_is_refused_changes_nothing_and_is_not_echoed(backprop_panel):
    panel = backprop_panel
    graph = panel.graph
    panel.set_input("w", value="1" * 1_000_000)
    assert panel.message_bar.level == "error"
    assert "too long" in panel.message_bar.text()
    assert len(panel.message_bar.text()) < 400
    assert panel.graph is graph
    assert dict((row[0], row[3]) for row in panel.input_rows())["w"] == "3.0"


def test_a_value_too_large_for_float32_is_refused(backprop_panel):
    panel = backprop_panel
    graph = panel.graph
    panel.set_input("w", value="1e39")
    assert "larger than float32" in panel.message_bar.text()
    assert panel.graph is graph
    assert dict((row[0], row[3]) for row in panel.input_rows())["w"] == "3.0"


def test_a_long_name_is_not_echoed_in_full(backprop_panel):
    panel = backprop_panel
    name = "a" * 1500
    panel.expression_box.expression_input.setPlainText(f"r = {name} * 2")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level == "error"
    assert "at most 40 characters" in panel.message_bar.text()
    assert name not in panel.message_bar.text()
