"""The Tensors panel and its NumPy table model: clicks, cell edits, errors, rank ≥ 3 views,
the heatmap, the message area, the words of every explanation in English and Chinese."""

import json
import string
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.ui.fresh_python import run_alone
from tfintro_gui.core.tensors import CODES, SCRIPT_HEADER, Explanation
from tfintro_gui.ui import i18n
from tfintro_gui.ui.tensors import words
from tfintro_gui.ui.tensors.heatmap import index_ticks
from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE, TensorsPanel
from tfintro_gui.ui.widgets.array_table_model import ArrayTableModel, format_value

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


# -- the table model ---------------------------------------------------------------------
@pytest.mark.parametrize("array", [
    np.float32(3.5), np.arange(5), np.ones((2, 3), np.float32), np.arange(24).reshape(2, 3, 4),
    np.zeros((0, 3)), np.zeros((2, 0, 3)), np.array([True, False]),
    np.array([np.nan, np.inf, -1.0]),
])
def test_table_model_passes_the_model_tester(qtmodeltester, array):
    model = ArrayTableModel()
    model.set_array(array, lambda index, text: None)
    qtmodeltester.check(model)


def test_model_shapes_rank_0_1_2():
    model = ArrayTableModel()
    model.set_array(np.float64(2.5))
    assert (model.rowCount(), model.columnCount()) == (1, 1)
    assert model.data(model.index(0, 0)) == "2.5" and model.full_index(0, 0) == ()
    model.set_array(np.arange(4))
    assert (model.rowCount(), model.columnCount()) == (4, 1) and model.full_index(3, 0) == (3,)
    model.set_array(np.arange(6).reshape(2, 3))
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.data(model.index(1, 2)) == "5" and model.full_index(1, 2) == (1, 2)


@pytest.mark.parametrize("value, dtype, text", [
    (1.0, np.float32, "1.0"), (42, np.int32, "42"), (True, np.bool_, "True"),
    (1 / 3, np.float64, "0.3333333333"), (1 / 3, np.float32, "0.333333"),
    (np.nan, np.float32, "nan"), (-np.inf, np.float64, "-inf"), (1e20, np.float32, "1e+20"),
    (-2.0, np.float16, "-2.0"),
])
def test_values_are_formatted_per_dtype(value, dtype, text):
    assert format_value(np.array(value, dtype=dtype)[()], np.dtype(dtype)) == text


def test_non_finite_cells_get_a_background():
    model = ArrayTableModel()
    model.set_array(np.array([np.nan, 1.0]))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_rank_3_view_through_axis_and_index(qtmodeltester):
    array = np.arange(24).reshape(2, 3, 4)
    model = ArrayTableModel()
    model.set_array(array)
    np.testing.assert_array_equal(model.displayed(), array[0])
    model.set_view(1, 2, {0: 1})
    np.testing.assert_array_equal(model.displayed(), array[1])
    model.set_view(2, 0, {1: 2})  # rows along axis 2, columns along axis 0
    np.testing.assert_array_equal(model.displayed(), array[:, 2, :].T)
    assert model.full_index(3, 1) == (1, 2, 3)
    assert model.data(model.index(3, 1)) == str(array[1, 2, 3])
    qtmodeltester.check(model)
    with pytest.raises(ValueError, match="outside axis"):
        model.set_view(1, 2, {0: 2})
    with pytest.raises(ValueError, match="two different axes"):
        model.set_view(1, 1, {0: 0, 2: 0})


def test_edits_go_through_the_handler_and_refusals_change_nothing():
    calls = []

    def handler(index, text):
        calls.append((index, text))
        if text == "bad":
            return None
        changed = np.arange(6.0).reshape(2, 3)
        changed[index] = float(text)
        return changed

    model = ArrayTableModel()
    model.set_array(np.arange(6.0).reshape(2, 3), handler)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "bad")
    assert model.data(model.index(0, 1)) == "1.0"
    assert model.setData(model.index(1, 2), "9.5")
    assert model.data(model.index(1, 2)) == "9.5"
    assert calls == [((0, 1), "bad"), ((1, 2), "9.5")]
    read_only = ArrayTableModel()
    read_only.set_array(np.ones(2))
    assert not read_only.flags(read_only.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not read_only.setData(read_only.index(0, 0), "3")


# -- the panel ---------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot, tensorflow_info):
    widget = TensorsPanel()
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    widget.build_deferred()
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def code_lines(panel):
    """The action lines of the code view (after its imports, which come first)."""
    lines = [line for line in panel.code_view.code().splitlines() if line]
    if lines:
        assert tuple(lines[:2]) == SCRIPT_HEADER
    return lines[2:]


def table_cell(panel, row, column):
    model = panel.value_view.table_model
    return model.data(model.index(row, column))


def apply(panel, op, result, x, y="", parameter=""):
    form = panel.ops_form
    form.op_input.setCurrentIndex(form.op_input.findData(op))
    form.x_input.setEditText(x)
    form.y_input.setEditText(y)
    form.parameter_input.setText(parameter)
    form.result_input.setText(result)
    form.apply_button.click()


def test_controls_wait_for_tensorflow(qtbot):
    widget = TensorsPanel()
    qtbot.addWidget(widget)
    assert not widget.create_form.isEnabled() and not widget.ops_form.isEnabled()
    assert not widget.assign_form.isEnabled()
    assert "Loading TensorFlow" in widget.create_form.toolTip()
    assert "Loading TensorFlow" in widget.message_bar.text()
    widget.create_form.create_button.click()
    assert widget.workspace is None


def test_importing_the_panel_does_not_import_matplotlib():
    """The window paints before Matplotlib is imported: the panel builds its heatmap in
    _build_deferred."""
    code = ("import sys, tfintro_gui.ui.tensors.panel; "
            "print('matplotlib' in sys.modules)")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "False"


def test_every_control_has_a_tooltip(panel):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTabBar,
    )

    checked = 0
    for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox):
        for widget in panel.findChildren(kind):
            if widget.objectName().startswith("qt_") or isinstance(
                    widget.parent(), (QComboBox, QAbstractSpinBox, QTabBar)):
                continue  # Qt's own parts of a table view, combo box, spin box or tab bar
            label = getattr(widget, "text", lambda: "")()
            assert widget.toolTip(), f"{type(widget).__name__} {label!r} has no tooltip"
            checked += 1
    assert checked > 30


def test_create_shows_the_tensor_its_code_and_the_workspace_row(panel):
    form = panel.create_form
    form.source_input.setCurrentIndex(form.source_input.findData("tf.ones"))
    form.name_input.setText("x")
    form.shape_input.setText("(2, 3)")
    form.create_button.click()
    assert panel.message_bar.level == "info", panel.message_bar.text()
    assert panel.message_bar.text() == "x = tf.ones(shape=(2, 3)): constant, shape (2, 3), float32"
    assert code_lines(panel) == ["x = tf.ones(shape=(2, 3))"]
    table = panel.workspace_list.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["x", "constant", "(2, 3)", "float32"]
    assert panel.selected_name == "x"
    model = panel.value_view.table_model
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert table_cell(panel, 1, 2) == "1.0"
    assert panel.value_view.heatmap_shown()
    assert panel.value_view.heatmap.image.get_array().shape == (2, 3)
    assert form.name_input.text() == "t1"  # a fresh name, none of the notebook's
    assert panel.ops_form.result_input.text() == "t2"  # never the same as Name's


def test_notebook_sequence_through_the_controls_ends_in_fours(panel):
    form = panel.create_form
    form.source_input.setCurrentIndex(form.source_input.findData("tf.ones"))
    form.name_input.setText("a")
    form.shape_input.setText("(2, 2)")
    form.create_button.click()
    for op, result, x, y in (("square", "b", "a", ""), ("sqrt", "c", "a", ""),
                             ("+", "d", "b", "c"), ("matmul", "e", "a", "b"),
                             ("*", "e", "e", "d")):
        apply(panel, op, result, x, y)
        assert panel.message_bar.level == "info", panel.message_bar.text()
    assert code_lines(panel)[-1] == "e *= d"
    assert panel.message_bar.text() == "e *= d: (2, 2) * (2, 2) → (2, 2), float32, constant"
    assert panel.selected_name == "e"
    np.testing.assert_array_equal(panel.value_view.table_model.array(), np.full((2, 2), 4.0))
    assert code_lines(panel) == panel.workspace.script().splitlines()[len(SCRIPT_HEADER) + 1:]


def test_editing_a_constant_cell_shows_tensorflows_error_and_changes_nothing(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])  # a = tf.ones((2, 2))
    panel.select_entry("a")
    code_before = panel.code_view.code()
    model = panel.value_view.table_model
    assert not model.setData(model.index(0, 1), "5")
    text = panel.message_bar.text().replace("\u200b", "")
    assert panel.message_bar.level == "error"
    assert "'tensorflow.python.framework.ops.EagerTensor' object does not support item " \
           "assignment" in text
    assert "a[0, 1] = 5: a is a constant; it was not changed." in text
    assert "v = tf.Variable(a); v[0, 1].assign(5)" in text
    assert "a2 = tf.tensor_scatter_nd_update(a, [[0, 1]], [5])" in text
    assert "immutable" in text and text.endswith("Nothing was changed.")
    assert table_cell(panel, 0, 1) == "1.0"
    np.testing.assert_array_equal(panel.workspace.value("a"), np.ones((2, 2)))
    assert panel.code_view.code() == code_before


def test_editing_a_variable_cell_assigns_and_updates_table_and_heatmap(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:3])  # v, v.assign(ones), v[0:2, 0].assign(3.)
    panel.select_entry("v")
    model = panel.value_view.table_model
    assert [table_cell(panel, row, 0) for row in range(3)] == ["3.0", "3.0", "1.0"]
    assert model.setData(model.index(2, 0), "-0.5")
    assert code_lines(panel)[-1] == "v[2, 0].assign(-0.5)"
    np.testing.assert_array_equal(panel.workspace.value("v"), [[3.0], [3.0], [-0.5]])
    assert table_cell(panel, 2, 0) == "-0.5"
    assert panel.value_view.heatmap.image.get_array()[2, 0] == -0.5


def test_assign_buttons_and_slice_assign(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:1])
    form = panel.assign_form
    assert form.target_input.currentText() == "v"
    form.value_input.setText("[[1.], [1.], [1.]]")
    form.index_input.setText("")
    form.assign_button.click()
    form.value_input.setText("3.")
    form.index_input.setText("0:2, 0")
    form.assign_button.click()
    form.value_input.setText("[[1.], [1.], [1.]]")
    form.assign_add_button.click()
    assert code_lines(panel)[-3:] == ["v.assign([[1.0], [1.0], [1.0]])", "v[0:2, 0].assign(3.0)",
                                      "v.assign_add([[1.0], [1.0], [1.0]])"]
    np.testing.assert_array_equal(panel.workspace.value("v"), [[4.0], [4.0], [2.0]])


def _set(form, **texts):
    for field, text in texts.items():
        getattr(form, field).setText(text)


@pytest.mark.parametrize("setup, expected", [
    (lambda p: (_set(p.assign_form, value_input="5.", index_input=""),
                p.assign_form.assign_button.click()),
     ["Shape mismatch", "v has shape (3, 1), the value has shape ()", "v[...].assign(5.0)"]),
    (lambda p: (_set(p.assign_form, value_input="[1., 2., 3.]", index_input="0:2, 0"),
                p.assign_form.assign_button.click()),
     ["Cannot broadcast", "the slice v[0:2, 0] has shape (2,)"]),
    (lambda p: (_set(p.assign_form, value_input="1.", index_input="0:2; import os"),
                p.assign_form.assign_button.click()), ["Slice '0:2; import os'"]),
    (lambda p: (_set(p.create_form, shape_input="(2, -1)"),
                p.create_form.create_button.click()), ["negative"]),
    (lambda p: (_set(p.create_form, name_input="class"), p.create_form.create_button.click()),
     ["keyword", "class_"]),
    (lambda p: apply(p, "matmul", "r", "v", "v"), ["size-incompatible", "1 ≠ 3"]),
    (lambda p: (_set(p.create_form, shape_input="(0, 9223372036854775807)"),
                p.create_form.create_button.click()), ["an axis of size 9223372036854775807"]),
], ids=["assign scalar", "slice broadcast", "bad slice", "negative shape", "keyword name",
        "matmul shapes", "huge axis"])
def test_bad_input_shows_a_message_and_changes_nothing(panel, setup, expected):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:1])
    before = (panel.workspace.entries(), panel.workspace.value("v"), panel.code_view.code())
    setup(panel)
    text = panel.message_bar.text().replace("\u200b", "")
    assert panel.message_bar.level == "error"
    for part in expected:
        assert part in text
    assert text.endswith("Nothing was changed.")
    assert panel.workspace.entries() == before[0]
    np.testing.assert_array_equal(panel.workspace.value("v"), before[1])
    assert panel.code_view.code() == before[2]


def test_a_refused_shape_adds_no_entry_and_the_session_still_saves(panel):
    """Issue 14: tf.ones with shape (0, 9223372036854775807) said "Nothing was changed"
    but added entry z, which could not be selected or deleted and broke Save session."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])
    _set(panel.create_form, name_input="z", shape_input="(0, 9223372036854775807)")
    panel.create_form.create_button.click()
    assert panel.message_bar.level == "error"
    assert panel.workspace.names() == ["a"] and panel.workspace_list.table.rowCount() == 1
    state = panel.session_state()
    assert [entry["name"] for entry in state["workspace"]["entries"]] == ["a"]
    panel.workspace_list.delete_button.click()
    assert panel.workspace.names() == []


def test_a_long_typo_does_not_widen_the_panel(panel):
    """Issue 14: an error message that echoed a long token without spaces made the message
    bar, then the window, as wide as the token."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])
    width = panel.minimumSizeHint().width()
    apply(panel, "+", "r", "a", "[" + "9" * 30000 + "]")
    assert panel.message_bar.level == "error"
    assert panel.minimumSizeHint().width() == width
    assert len(panel.message_bar.text()) < 2000


def test_dtype_mismatch_message_names_both_dtypes_and_the_cast(panel):
    panel.run_sequence([("create", {"name": "a", "source": "tf.ones", "shape": (3, 3)}),
                        ("create", {"name": "n", "source": "np.ones", "shape": (3, 3)}),
                        ("convert", {"conversion": "tf.multiply", "source": "n",
                                     "result": "t"})])
    apply(panel, "+", "s", "a", "t")
    text = panel.message_bar.text().replace("\u200b", "")
    assert panel.message_bar.level == "error"
    assert "s = a + t: a is float32 and t is float64." in text
    assert "s = a + tf.cast(t, tf.float32)" in text
    # A float64 NumPy array, unlike a float64 tensor, is converted silently: flagged.
    apply(panel, "+", "s", "a", "n")
    assert panel.message_bar.level == "warning"
    assert "converted to float32 silently" in panel.message_bar.text()


def test_sqrt_of_a_negative_is_flagged_in_the_panel(panel):
    apply(panel, "sqrt", "r", "[-1., 4.]")
    assert panel.message_bar.level == "warning" and "NaN" in panel.message_bar.text()
    assert table_cell(panel, 0, 0) == "nan"


def test_the_conversion_buttons_work_on_the_selected_entry(panel):
    buttons = panel.conversion_box.buttons
    assert not buttons["numpy"].isEnabled()  # nothing selected yet
    panel.run_sequence([("create", {"name": "x", "source": "np.ones", "shape": (3, 3)})])
    panel.select_entry("x")
    assert buttons["numpy"].isEnabled()
    buttons["tf.multiply"].click()
    tensor = panel.selected_name
    assert code_lines(panel)[-1] == f"{tensor} = tf.multiply(x, 42)"
    assert panel.workspace.info(tensor).dtype == "float64"
    buttons["np.add"].click()
    added = panel.selected_name
    assert panel.workspace.info(added).kind == "ndarray"
    assert "ndarray" in panel.message_bar.text()
    np.testing.assert_array_equal(panel.value_view.table_model.array(), np.full((3, 3), 43.0))
    panel.select_entry(tensor)
    buttons["numpy"].click()
    assert code_lines(panel)[-1].endswith(f"= {tensor}.numpy()")


def test_rename_and_delete(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:5])  # a, b
    panel.select_entry("a")
    listing = panel.workspace_list
    listing.rename_input.setText("ones")
    listing.rename_button.click()
    assert panel.workspace.names() == ["ones", "b"] and panel.selected_name == "ones"
    assert code_lines(panel)[-2:] == ["ones = a", "del a"]
    listing.rename_input.setText("b")
    listing.rename_button.click()
    assert panel.message_bar.level == "error" and "already taken" in panel.message_bar.text()
    listing.delete_button.click()
    assert panel.workspace.names() == ["b"] and code_lines(panel)[-1] == "del ones"
    assert panel.selected_name == "b"
    listing.clear_button.click()
    assert listing.table.rowCount() == 0 and panel.code_view.code() == ""
    assert panel.value_view.table_model.rowCount() == 0
    assert not listing.delete_button.isEnabled() and not listing.clear_button.isEnabled()


def test_rank_3_entries_get_axis_selectors(panel):
    panel.run_sequence([("create", {"name": "t", "source": "tf.random.uniform",
                                    "shape": (2, 3, 4), "seed": 1})])
    view = panel.value_view
    assert view.axes_row_visible()
    assert [spin.isHidden() for spin in view.axis_spins] == [False, True, True]
    value = panel.workspace.value("t")
    np.testing.assert_array_equal(view.table_model.displayed(), value[0])
    view.axis_spins[0].setValue(1)
    np.testing.assert_array_equal(view.table_model.displayed(), value[1])
    assert view.heatmap.axes.get_title() == "t[1, :, :]"
    view.set_table_axes(0, 1)
    assert view.table_axes() == (0, 1)
    assert [spin.isHidden() for spin in view.axis_spins] == [True, True, False]
    view.axis_spins[2].setValue(3)
    np.testing.assert_array_equal(view.table_model.displayed(), value[:, :, 3])
    np.testing.assert_array_equal(view.heatmap.image.get_array(), value[:, :, 3])
    with pytest.raises(ValueError):
        view.set_table_axes(0, 0)


def test_prepare_screenshot_replays_the_notebook(panel):
    ready = []
    panel.prepare_screenshot({}, lambda: ready.append(True))
    assert ready == [True]
    assert panel.workspace.names() == ["v", "a", "b", "c", "d", "e"]
    assert panel.selected_name == "e"
    np.testing.assert_array_equal(panel.value_view.table_model.array(), np.full((2, 2), 4.0))


# -- the heatmap, the message area, saving the code --------------------------------------
def test_the_heatmap_waits_for_a_tensor_instead_of_showing_empty_axes(panel):
    view = panel.value_view
    assert not view.heatmap_shown() and "Select a tensor" in view.hint_text()
    panel.run_sequence([("create", {"name": "z", "source": "tf.zeros", "shape": (0, 3)})])
    assert not view.heatmap_shown() and "no values" in view.hint_text()
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])
    assert view.heatmap_shown() and view.hint_text() == ""


def test_a_3_by_1_tensor_gets_one_tick_per_cell(panel):
    """Issue 11: a (3, 1) tensor smeared its x tick labels (-0.5 … 0.5 run together)."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[:3])
    axes = panel.value_view.heatmap.axes
    assert list(axes.get_xticks()) == [0] and list(axes.get_yticks()) == [0, 1, 2]
    assert panel.value_view.heatmap.shows_values_in_cells()


@pytest.mark.parametrize("size, ticks", [
    (1, [0]), (3, [0, 1, 2]), (8, list(range(8))), (9, [0, 2, 4, 6, 8]),
    (100, list(range(0, 100, 20))), (1000, list(range(0, 1000, 200))),
])
def test_index_ticks_never_crowd_an_axis(size, ticks):
    assert index_ticks(size) == ticks


def test_an_error_does_not_move_the_workspace(panel, qtbot):
    """Issue 11: the red error banner pushed the workspace down (the layout jumped)."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])
    panel.message_bar.clear()
    qtbot.wait(10)
    listing = panel.workspace_list
    before = (listing.mapTo(panel, listing.rect().topLeft()), listing.size())
    panel.assign_form.target_input.setCurrentText("a")
    panel.assign_form.assign_button.click()  # a constant: refused, a long message
    qtbot.wait(10)
    assert panel.message_bar.level == "error"
    assert (listing.mapTo(panel, listing.rect().topLeft()), listing.size()) == before


def test_a_long_message_scrolls_in_the_message_area(panel, qtbot):
    """The Tensors panel keeps its messages in a scrolling area of constant size: a long
    one makes the bar as tall as its text there, and the area scrolls."""
    from PySide6.QtWidgets import QLabel

    area = panel.message_area
    panel.message_bar.show_message("\n".join(f"TensorFlow's line {line}." for line in
                                             range(8)), "error")
    qtbot.wait(50)
    label = panel.message_bar.findChild(QLabel, "messageText")
    assert label.height() >= label.heightForWidth(label.width())  # no line cut
    assert area.verticalScrollBar().maximum() > 0


def test_save_as_py_writes_the_code_and_a_bad_folder_is_a_message(panel, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from tfintro_gui.ui.tensors import code_pane

    panel.run_sequence(NOTEBOOK_SEQUENCE[3:5])
    save_button, = [button for button in panel.code_view.findChildren(QPushButton)
                    if button.text().startswith("Save as .py")]
    target = tmp_path / "tensors.py"
    monkeypatch.setattr(code_pane, "ask_save_path", lambda *arguments: str(target))
    save_button.click()
    assert target.read_text(encoding="utf-8") == panel.code_view.code() + "\n"
    assert panel.message_bar.level == "info" and "tensors.py" in panel.message_bar.text()
    missing = tmp_path / "no-such-folder" / "tensors.py"
    monkeypatch.setattr(code_pane, "ask_save_path", lambda *arguments: str(missing))
    save_button.click()  # an unwritable place: a message, no exception
    assert panel.message_bar.level == "error" and "could not be written" in \
        panel.message_bar.text()
    assert not missing.exists()


# -- the words: every explanation of the core, in English and Chinese ---------------------
def _dummy_values(code):
    return {name: ("constant" if name in ("kind", "new_kind") else
                   "value" if name == "field" else 3 if name in ("count", "limit") else
                   f"<{name}>") for name in CODES[code]}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_core_explanation_has_words_in_every_language(qapp, language):
    assert i18n.install_language(language)
    try:
        problems = []
        for code, names in CODES.items():
            for text in words.words_for(code):
                used = {field for _, field, _, _ in string.Formatter().parse(text) if field}
                if not used <= set(names):
                    problems.append(f"{code}: {sorted(used - set(names))}")
            filled = words.explanation_text(Explanation(code, _dummy_values(code)))
            assert filled.strip()
        assert not problems
    finally:
        i18n.install_language("en")


def test_explanations_are_worded_in_chinese(qapp):
    assert i18n.install_language("zh_CN")
    try:
        text = words.explanation_text(Explanation("assign.not_variable", {
            "code": "a.assign(1.0)", "name": "a", "call": "assign(1.0)"}))
        assert "a.assign(1.0)" in text and "a_var = tf.Variable(a)" in text
        assert "常量" in text and "Why:" not in text
        assert words.kind_word("variable") == "变量"
    finally:
        i18n.install_language("en")


def test_long_runs_get_break_points_and_nothing_else_changes():
    text = "x" * 100 + " short"
    broken = words.breakable(text)
    assert broken.replace("\u200b", "") == text
    assert max(len(part) for part in broken.replace(" ", "\u200b").split("\u200b")) <= 30


#: Runs a saved code view in a fresh Python, then writes every named value it made.
DUMP_VALUES = """
import json as _json, sys as _sys
_values = {name: np.asarray(value).tolist() for name, value in list(globals().items())
           if isinstance(value, (tf.Tensor, tf.Variable, np.ndarray))}
_sys.stdout.write(_json.dumps(_values))
"""


def test_the_saved_code_runs_alone_and_rebuilds_the_workspace(panel, tmp_path):
    """The notebook's cells, saved as .py: a fresh Python makes the same values (those
    of unseeded random draws aside)."""
    panel.run_sequence(NOTEBOOK_SEQUENCE)
    script = tmp_path / "tensors.py"
    panel.code_view.save(script)
    output = run_alone(script.read_text(encoding="utf-8") + DUMP_VALUES)
    values = json.loads(output.strip().splitlines()[-1])
    workspace = panel.workspace
    compared = 0
    for info in workspace.entries():
        if not info.reproducible:  # an unseeded random draw
            continue
        np.testing.assert_allclose(np.asarray(values[info.name], dtype=float),
                                   np.asarray(workspace.value(info.name), dtype=float),
                                   rtol=1e-6, atol=1e-6)
        compared += 1
    assert compared >= 4


def test_typing_the_notebooks_assign_in_the_value_field(panel):
    """v.assign(tf.ones((3, 1))), as the notebook writes it."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[:1])
    _set(panel.assign_form, value_input="tf.ones((3, 1))", index_input="")
    panel.assign_form.assign_button.click()
    assert panel.message_bar.level == "info"
    assert code_lines(panel)[-1] == "v.assign(tf.ones(shape=(3, 1)))"
    np.testing.assert_array_equal(panel.workspace.value("v"), np.ones((3, 1)))
    _set(panel.assign_form, value_input="os.system('rm -rf /')")
    panel.assign_form.assign_button.click()
    assert panel.message_bar.level == "error"
    assert "never run" in panel.message_bar.text()
    np.testing.assert_array_equal(panel.workspace.value("v"), np.ones((3, 1)))


def test_the_printout_is_what_print_shows_in_tensorflow(panel):
    """Compared with the notebook character for character: TensorFlow's own str()."""
    panel.run_sequence(NOTEBOOK_SEQUENCE[:4])  # v (a variable of ones and threes), a
    panel.select_entry("a")
    assert panel.value_view.printout_view.toPlainText() == (
        ">>> print(a)\ntf.Tensor(\n[[1. 1.]\n [1. 1.]], shape=(2, 2), dtype=float32)")
    panel.select_entry("v")
    printed = panel.value_view.printout_view.toPlainText()
    assert printed.startswith(">>> print(v)\n<tf.Variable '")
    assert "shape=(3, 1) dtype=float32, numpy=\narray([[3.],\n       [3.],\n       [1.]]" \
        in printed
