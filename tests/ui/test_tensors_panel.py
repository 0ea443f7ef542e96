"""The Tensors panel and its NumPy table model: clicks, cell edits, errors, rank ≥ 3 views."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tfintro_gui.core.tensors import SCRIPT_HEADER
from tfintro_gui.ui.tensors_panel import NOTEBOOK_SEQUENCE, TensorsPanel
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
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def code_lines(panel):
    return [line for line in panel.code_view.code().splitlines() if line]


def test_controls_wait_for_tensorflow(qtbot):
    widget = TensorsPanel()
    qtbot.addWidget(widget)
    assert not widget.create_button.isEnabled() and not widget.apply_button.isEnabled()
    assert not widget.assign_button.isEnabled()
    assert "Loading TensorFlow" in widget.message_bar.text()
    widget.create_button.click()
    assert widget.workspace is None


def test_every_control_has_a_tooltip(panel):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    checked = 0
    for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox):
        for widget in panel.findChildren(kind):
            if widget.objectName().startswith("qt_") or isinstance(
                    widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # Qt's own parts of a table view, combo box or spin box
            label = getattr(widget, "text", lambda: "")()
            assert widget.toolTip(), f"{type(widget).__name__} {label!r} has no tooltip"
            checked += 1
    assert checked > 30


def test_create_shows_the_tensor_its_code_and_the_workspace_row(panel):
    panel.source_input.setCurrentIndex(panel.source_input.findData("tf.ones"))
    panel.name_input.setText("x")
    panel.shape_input.setText("(2, 3)")
    panel.create_button.click()
    assert panel.message_bar.level == "info", panel.message_bar.text()
    assert code_lines(panel) == ["x = tf.ones(shape=(2, 3))"]
    assert panel.workspace_table.rowCount() == 1
    assert [panel.workspace_table.item(0, c).text() for c in range(4)] == [
        "x", "constant", "(2, 3)", "float32"]
    assert panel.selected_name == "x"
    assert (panel.table_model.rowCount(), panel.table_model.columnCount()) == (2, 3)
    assert panel.table_model.data(panel.table_model.index(1, 2)) == "1.0"
    assert panel.heatmap.image.get_array().shape == (2, 3)
    assert panel.name_input.text() == "a"  # a fresh name is suggested


def test_notebook_sequence_through_the_controls_ends_in_fours(panel):
    panel.source_input.setCurrentIndex(panel.source_input.findData("tf.ones"))
    panel.name_input.setText("a")
    panel.shape_input.setText("(2, 2)")
    panel.create_button.click()

    def apply(op, result, x, y=""):
        panel.op_input.setCurrentIndex(panel.op_input.findData(op))
        panel.x_input.setEditText(x)
        panel.y_input.setEditText(y)
        panel.result_input.setText(result)
        panel.apply_button.click()
        assert panel.message_bar.level == "info", panel.message_bar.text()

    apply("square", "b", "a")
    apply("sqrt", "c", "a")
    apply("+", "d", "b", "c")
    apply("matmul", "e", "a", "b")
    apply("*", "e", "e", "d")
    assert code_lines(panel)[-1] == "e *= d"
    assert panel.selected_name == "e"
    np.testing.assert_array_equal(panel.table_model.array(), np.full((2, 2), 4.0))
    assert code_lines(panel) == panel.workspace.script().splitlines()[len(SCRIPT_HEADER) + 1:]


def test_editing_a_constant_cell_shows_tensorflows_error_and_changes_nothing(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:4])  # a = tf.ones((2, 2))
    panel.select_entry("a")
    code_before = panel.code_view.code()
    model = panel.table_model
    assert not model.setData(model.index(0, 1), "5")
    text = panel.message_bar.text()
    assert panel.message_bar.level == "error"
    assert "'tensorflow.python.framework.ops.EagerTensor' object does not support item " \
           "assignment" in text
    assert "tf.Variable(a)" in text and "tf.tensor_scatter_nd_update" in text
    assert model.data(model.index(0, 1)) == "1.0"
    np.testing.assert_array_equal(panel.workspace.value("a"), np.ones((2, 2)))
    assert panel.code_view.code() == code_before


def test_editing_a_variable_cell_assigns_and_updates_table_and_heatmap(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:3])  # v, v.assign(ones), v[0:2, 0].assign(3.)
    panel.select_entry("v")
    model = panel.table_model
    assert [model.data(model.index(row, 0)) for row in range(3)] == ["3.0", "3.0", "1.0"]
    assert model.setData(model.index(2, 0), "-0.5")
    assert code_lines(panel)[-1] == "v[2, 0].assign(-0.5)"
    np.testing.assert_array_equal(panel.workspace.value("v"), [[3.0], [3.0], [-0.5]])
    assert model.data(model.index(2, 0)) == "-0.5"
    assert panel.heatmap.image.get_array()[2, 0] == -0.5


def test_assign_buttons_and_slice_assign(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:1])
    panel.target_input.setCurrentText("v")
    panel.value_input.setText("[[1.], [1.], [1.]]")
    panel.index_input.setText("")
    panel.assign_button.click()
    panel.value_input.setText("3.")
    panel.index_input.setText("0:2, 0")
    panel.assign_button.click()
    panel.value_input.setText("[[1.], [1.], [1.]]")
    panel.assign_add_button.click()
    assert code_lines(panel)[-3:] == ["v.assign([[1.0], [1.0], [1.0]])", "v[0:2, 0].assign(3.0)",
                                      "v.assign_add([[1.0], [1.0], [1.0]])"]
    np.testing.assert_array_equal(panel.workspace.value("v"), [[4.0], [4.0], [2.0]])


@pytest.mark.parametrize("setup, expected", [
    (lambda p: (p.value_input.setText("5."), p.index_input.setText(""),
                p.assign_button.click()), "Shape mismatch"),
    (lambda p: (p.value_input.setText("[1., 2., 3.]"), p.index_input.setText("0:2, 0"),
                p.assign_button.click()), "Cannot broadcast"),
    (lambda p: (p.value_input.setText("1."), p.index_input.setText("0:2; import os"),
                p.assign_button.click()), "Index"),
    (lambda p: (p.shape_input.setText("(2, -1)"), p.create_button.click()), "negative"),
    (lambda p: (p.name_input.setText("class"), p.create_button.click()), "keyword"),
    (lambda p: (p.op_input.setCurrentIndex(p.op_input.findData("matmul")),
                p.x_input.setEditText("v"), p.y_input.setEditText("v"),
                p.result_input.setText("r"), p.apply_button.click()), "size-incompatible"),
], ids=["assign scalar", "slice broadcast", "bad slice", "negative shape", "keyword name",
        "matmul shapes"])
def test_bad_input_shows_a_message_and_changes_nothing(panel, setup, expected):
    panel.run_sequence(NOTEBOOK_SEQUENCE[:1])
    panel.target_input.setCurrentText("v")
    before = (panel.workspace.entries(), panel.workspace.value("v"), panel.code_view.code())
    setup(panel)
    assert panel.message_bar.level == "error"
    assert expected in panel.message_bar.text()
    assert "Nothing was changed" in panel.message_bar.text()
    assert panel.workspace.entries() == before[0]
    np.testing.assert_array_equal(panel.workspace.value("v"), before[1])
    assert panel.code_view.code() == before[2]


def test_dtype_mismatch_message_names_both_dtypes_and_the_cast(panel):
    panel.run_sequence([("create", {"name": "a", "source": "tf.ones", "shape": (3, 3)}),
                        ("create", {"name": "n", "source": "np.ones", "shape": (3, 3)}),
                        ("convert", {"conversion": "tf.multiply", "source": "n",
                                     "result": "t"})])
    panel.op_input.setCurrentIndex(panel.op_input.findData("+"))
    panel.x_input.setEditText("a")
    panel.y_input.setEditText("t")
    panel.result_input.setText("s")
    panel.apply_button.click()
    text = panel.message_bar.text()
    assert panel.message_bar.level == "error"
    assert "float32" in text and "float64" in text and "s = a + tf.cast(t, tf.float32)" in text
    # A float64 NumPy array, unlike a float64 tensor, is converted silently: flagged.
    panel.y_input.setEditText("n")
    panel.apply_button.click()
    assert panel.message_bar.level == "warning"
    assert "converted to float32 silently" in panel.message_bar.text()


def test_sqrt_of_a_negative_is_flagged_in_the_panel(panel):
    panel.op_input.setCurrentIndex(panel.op_input.findData("sqrt"))
    panel.x_input.setEditText("[-1., 4.]")
    panel.result_input.setText("r")
    panel.apply_button.click()
    assert panel.message_bar.level == "warning" and "NaN" in panel.message_bar.text()
    assert panel.table_model.data(panel.table_model.index(0, 0)) == "nan"


def test_the_three_conversion_buttons(panel):
    panel.run_sequence([("create", {"name": "x", "source": "np.ones", "shape": (3, 3)})])
    panel.select_entry("x")
    panel.conversion_buttons["tf.multiply"].click()
    tensor = panel.selected_name
    assert code_lines(panel)[-1] == f"{tensor} = tf.multiply(x, 42)"
    assert panel.workspace.info(tensor).dtype == "float64"
    panel.conversion_buttons["np.add"].click()
    added = panel.selected_name
    assert panel.workspace.info(added).kind == "ndarray"
    assert "ndarray" in panel.message_bar.text()
    np.testing.assert_array_equal(panel.table_model.array(), np.full((3, 3), 43.0))
    panel.select_entry(tensor)
    panel.conversion_buttons["numpy"].click()
    assert code_lines(panel)[-1].endswith(f"= {tensor}.numpy()")


def test_rename_and_delete(panel):
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:5])  # a, b
    panel.select_entry("a")
    panel.rename_input.setText("ones")
    panel.rename_button.click()
    assert panel.workspace.names() == ["ones", "b"] and panel.selected_name == "ones"
    assert code_lines(panel)[-2:] == ["ones = a", "del a"]
    panel.rename_input.setText("b")
    panel.rename_button.click()
    assert panel.message_bar.level == "error" and "already taken" in panel.message_bar.text()
    panel.delete_button.click()
    assert panel.workspace.names() == ["b"] and code_lines(panel)[-1] == "del ones"
    panel.clear_button.click()
    assert panel.workspace_table.rowCount() == 0 and panel.code_view.code() == ""
    assert panel.table_model.rowCount() == 0


def test_rank_3_entries_get_axis_selectors(panel):
    panel.run_sequence([("create", {"name": "t", "source": "tf.random.uniform",
                                    "shape": (2, 3, 4), "seed": 1})])
    assert not panel._axes_row.isHidden()
    assert [spin.isHidden() for spin in panel._axis_spins] == [False, True, True]
    value = panel.workspace.value("t")
    np.testing.assert_array_equal(panel.table_model.displayed(), value[0])
    panel._axis_spins[0].setValue(1)
    np.testing.assert_array_equal(panel.table_model.displayed(), value[1])
    panel.set_table_axes(0, 1)
    assert panel.table_axes() == (0, 1)
    assert [spin.isHidden() for spin in panel._axis_spins] == [True, True, False]
    panel._axis_spins[2].setValue(3)
    np.testing.assert_array_equal(panel.table_model.displayed(), value[:, :, 3])
    np.testing.assert_array_equal(panel.heatmap.image.get_array(), value[:, :, 3])


def test_prepare_screenshot_replays_the_notebook(panel):
    ready = []
    panel.prepare_screenshot({}, lambda: ready.append(True))
    assert ready == [True]
    assert panel.workspace.names() == ["v", "a", "b", "c", "d", "e"]
    assert panel.selected_name == "e"
    np.testing.assert_array_equal(panel.table_model.array(), np.full((2, 2), 4.0))
