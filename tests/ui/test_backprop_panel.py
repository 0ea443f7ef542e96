"""The Backprop panel: stepping the notebook example, the three-way check, bad input, export."""

import itertools
import subprocess
import sys

import numpy as np
import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTableWidget

from tfintro_gui.core.autodiff.presets import PRESETS
from tfintro_gui.ui.backprop.graph_layout import compact_matrix
from tfintro_gui.ui.backprop.panel import BackpropPanel
from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def panel(backprop_panel):
    return backprop_panel


def choose_preset(panel, key):
    panel.preset_input.setCurrentIndex([preset.key for preset in PRESETS].index(key))


def label(panel, name):
    return panel.drawing.boxes[panel.graph.node(name).index].get_text()


def test_controls_wait_for_tensorflow(qtbot):
    widget = BackpropPanel()
    qtbot.addWidget(widget)
    assert not widget.step_controls.step_forward_button.isEnabled()
    assert not widget.expression_box.build_button.isEnabled()
    assert "Loading TensorFlow" in widget.step_controls.step_forward_button.toolTip()
    assert "Loading TensorFlow" in widget.message_bar.text()
    assert "loss_val = abs(y_true - x2)" in widget.expression_box.expression()
    assert widget.graph is None
    assert widget.drawing is None  # Matplotlib waits for the first paint


def test_importing_the_panel_does_not_import_matplotlib():
    code = ("import sys; import tfintro_gui.ui.backprop.panel; "
            "print('matplotlib' in sys.modules)")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=120, check=True)
    assert completed.stdout.strip() == "False"


def test_step_forward_evaluates_the_notebook_one_node_at_a_time(panel):
    assert [row[0] for row in panel.input_rows()] == ["w", "x", "b", "y_true"]
    assert "value ?" in label(panel, "x1")
    controls = panel.step_controls
    controls.step_forward_button.click()
    assert "= 6" in label(panel, "x1")
    assert "value ?" in label(panel, "x2")
    assert panel.step_detail.text().splitlines()[1] == "x1 = w * x = 3 * 2 = 6"
    assert not controls.step_backward_button.isEnabled()
    for _ in range(3):
        controls.step_forward_button.click()
    assert "= 7" in label(panel, "x2") and "= 3" in label(panel, "loss_val")
    assert not controls.step_forward_button.isEnabled()
    assert controls.step_backward_button.isEnabled()
    assert "∂L ?" in label(panel, "w")  # not computed yet, never a made-up 0


def test_step_backward_shows_the_chain_rule_and_ends_with_three_ticks(panel):
    controls = panel.step_controls
    controls.run_forward_button.click()
    controls.step_backward_button.click()
    assert "∂L = 1" in label(panel, "loss_val")
    assert "∂L ?" in label(panel, "x2")
    controls.step_backward_button.click()
    text = panel.step_detail.text()
    assert "upstream  ∂loss_val/∂loss_val = 1" in text
    assert "∂|t1|/∂t1 = sign(t1) = -1 at t1 = -3" in text
    assert "product   1 × -1 = -1" in text
    assert panel.results() == {}
    while controls.step_backward_button.isEnabled():
        controls.step_backward_button.click()
    results = panel.results()
    assert results["w"] == ("2", "2", "2", "✓")
    assert results["b"] == ("1", "1", "1", "✓")
    assert results["x1"] == ("1", "1", "1", "✓")
    assert results["x2"] == ("1", "1", "1", "✓")
    assert results["x"] == ("None", "None", "None", "✓ None")
    assert "∂L = 2" in label(panel, "w")
    assert "∂L None" in label(panel, "x")
    printed = panel.printout_view.toPlainText().splitlines()
    # TensorFlow's own words, as the notebook prints them.
    assert printed[0] == "grads = tape.gradient(loss_val, [w, x, b, y_true, x1, x2])"
    w_at = printed.index(">>> print(grads[0])  # w")
    assert printed[w_at + 1] == "tf.Tensor(2.0, shape=(), dtype=float32)"
    assert printed[w_at + 3] == "deriv of loss_val w.r.t. w =  2.0"
    assert "deriv of loss_val w.r.t. b =  1.0" in printed
    x_at = printed.index(">>> print(grads[1])  # x")
    assert printed[x_at + 1:x_at + 3] == ["None", ""]  # a constant: not watched, no .numpy()


def test_clicking_a_node_selects_it_and_highlights_its_path(qtbot, panel):
    panel.step_controls.run_backward_button.click()
    panel.drawing.canvas.draw()
    box = panel.drawing.boxes[panel.graph.node("b").index]
    x, y = panel.drawing.axes.transData.transform(box.get_position())
    with qtbot.waitSignal(panel.drawing.node_clicked) as clicked:
        MouseEvent("button_press_event", panel.drawing.canvas, x, y, button=1)._process()
    assert clicked.args == [panel.graph.node("b").index]
    assert panel.selected_node == panel.graph.node("b").index
    assert panel.drawing.highlighted_edges == panel.graph.path_edges("b")
    details = panel.step_detail.text()
    assert "gradient ∂loss_val/∂b: 1" in details
    assert "path to the output: b → x2 → t1 → loss_val" in details


def test_bad_expression_is_refused_and_the_graph_is_kept(panel):
    graph = panel.graph
    rows = panel.input_rows()
    panel.expression_box.expression_input.setPlainText("__import__('os').system('echo hi')")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level == "error"
    assert "not allowed" in panel.message_bar.text()
    assert "previous graph is kept" in panel.message_bar.text()
    assert panel.graph is graph
    assert panel.input_rows() == rows


def test_bad_value_changes_nothing(panel):
    graph = panel.graph
    panel.set_input("w", value="[[1, 2], [3]]")
    assert panel.message_bar.level == "error"
    assert "Input 'w'" in panel.message_bar.text()
    assert panel.graph is graph
    assert dict((row[0], row[3]) for row in panel.input_rows())["w"] == "3.0"


def test_new_names_get_rows_and_values_are_kept(panel):
    panel.expression_box.expression_input.setPlainText("x1 = w * x\nloss_val = square(x1 - c)")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level is None
    rows = {row[0]: row[1:] for row in panel.input_rows()}
    assert list(rows) == ["w", "x", "c"]
    assert rows["w"] == ("variable", "float32", "3.0")
    assert rows["x"] == ("constant", "float32", "2.0")
    assert rows["c"] == ("variable", "float32", "1.0")
    panel.step_controls.run_backward_button.click()
    # d/dw (w x - c)^2 = 2 (w x - c) x = 2 * 5 * 2
    assert panel.results()["w"][0] == "20"


def test_watching_a_constant_gives_its_gradient(panel):
    choose_preset(panel, "watch")
    panel.step_controls.run_backward_button.click()
    assert panel.results()["x"] == ("None", "None", "None", "✓ None")
    assert panel.three_ways.note("x") == "None: not watched"
    panel.set_input("x", kind="watched")
    assert "tape.watch(x)" in panel.code_view.code()
    panel.step_controls.run_backward_button.click()
    assert panel.results()["x"] == ("6", "6", "6", "✓")
    assert "tf.Tensor(6.0, shape=(), dtype=float32)" in panel.printout_view.toPlainText()


def test_integer_dtype_gives_none(panel):
    choose_preset(panel, "integer")
    panel.step_controls.run_backward_button.click()
    assert panel.results()["x"][3] == "✓ None"
    assert "integer dtype" in panel.three_ways.note("x")
    panel.set_input("x", dtype="float32")
    panel.step_controls.run_backward_button.click()
    assert panel.results()["x"] == ("6", "6", "6", "✓")


def test_kink_is_explained(panel):
    choose_preset(panel, "kinks")
    panel.step_controls.run_backward_button.click()
    assert panel.results()["z"] == ("0", "0", "0.5", "✓ kink")
    assert "central finite difference averages both sides to 0.5" in panel.three_ways.note("z")
    assert "slope is -1 on the left and 1 on the right" in panel.three_ways.note("u")


def test_second_gradient_call_shows_runtime_error(panel):
    panel.tape_rules.button.click()
    text = panel.tape_rules.text()
    assert "Second call: RuntimeError: A non-persistent GradientTape" in text
    assert "persistent=True" in text


def test_code_view_shows_the_tape_block(panel):
    code = panel.code_view.code()
    assert "with tf.GradientTape() as tape:" in code
    assert "    loss_val = tf.abs(y_true - x2)" in code
    assert "w = tf.Variable(3.0)" in code


def test_export_png_and_svg(panel, tmp_path):
    assert panel.export_drawing(tmp_path / "graph.png")
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert panel.export_drawing(tmp_path / "graph.svg")
    assert "<svg" in (tmp_path / "graph.svg").read_text()
    assert not panel.export_drawing(tmp_path / "graph.gif")
    assert panel.message_bar.level == "error"


def _overlaps(panel):
    renderer = panel.drawing.canvas.get_renderer()
    extents = [box.get_bbox_patch().get_window_extent(renderer)
               for box in panel.drawing.boxes.values()]
    return [(a, b) for a, b in itertools.combinations(range(len(extents)), 2)
            if extents[a].overlaps(extents[b])]


@pytest.mark.parametrize("key", [preset.key for preset in PRESETS])
def test_every_preset_draws_without_overlaps_and_agrees(panel, key):
    choose_preset(panel, key)
    panel.step_controls.run_backward_button.click()
    panel.drawing.canvas.draw()
    assert _overlaps(panel) == []
    assert all(row[3].startswith("✓") for row in panel.results().values())
    assert panel.drawing.font_scale >= 0.7


def test_matrices_are_drawn_with_their_shape(panel):
    choose_preset(panel, "two_layer")
    panel.step_controls.run_forward_button.click()
    text = label(panel, "W1")
    assert text.startswith("W1  (3, 4)")
    assert "[[ 0.2 -0.5  0.3  0.1]" in text
    assert compact_matrix([[0.85, -0.2, 0.95, 0.5]]) == "[[0.85 -0.2 0.95 0.5]]"
    assert compact_matrix(np.arange(10.0)) == "[0 1 2 … 7 8 9]"  # a Keras bias, summarised
    assert compact_matrix(np.ones((2, 9), np.int32)) == "[[1 1 1 … 1 1 1]\n [1 1 1 … 1 1 1]]"


def test_every_control_has_a_tooltip(panel):
    widgets = panel.findChildren(QAbstractButton) + panel.findChildren(QComboBox) + \
        panel.findChildren(QTableWidget) + panel.findChildren(QPlainTextEdit)
    missing = [widget for widget in widgets
               if widget.isVisibleTo(panel) and not widget.toolTip()
               and widget.parent() is not panel.drawing.toolbar
               and not type(widget).__name__.startswith("QTabBar")]
    assert missing == []


def test_prepare_screenshot_shows_the_notebook_with_the_path_to_w(panel):
    choose_preset(panel, "logistic")
    done = []
    panel.prepare_screenshot({}, lambda: done.append(True))
    assert done == [True]
    assert panel.graph.backward_done
    assert panel.selected_node == panel.graph.node("w").index
    assert panel.drawing.highlighted_edges == panel.graph.path_edges("w")
    assert panel.results()["w"] == ("2", "2", "2", "✓")


def test_main_window_builds_the_panel(qtbot):
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    assert isinstance(window.panel("backprop"), BackpropPanel)


def test_new_expression_that_needs_matrices_can_be_fixed_in_the_table(panel):
    graph = panel.graph
    panel.expression_box.expression_input.setPlainText("r = reduce_sum(x @ W)")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level == "error"
    assert "matmul needs matrices" in panel.message_bar.text()
    assert panel.graph is graph  # the notebook graph is still shown
    assert [row[0] for row in panel.input_rows()] == ["x", "W"]  # rows ready to fill in
    panel.set_input("x", value="[[1, 2]]")
    assert panel.graph is graph
    panel.set_input("W", value="[[3], [4]]")
    assert panel.message_bar.level is None
    assert panel.graph is not graph
    panel.step_controls.run_backward_button.click()
    assert panel.results()["W"][:3] == ("[[1.]\n [2.]]",) * 3


def test_save_png_and_svg_from_the_toolbar_go_through_the_file_dialog_helper(
        panel, tmp_path, monkeypatch):
    chosen = []

    def ask(parent, title, default_name, file_filter):
        chosen.append((default_name, file_filter))
        return str(tmp_path / default_name)

    monkeypatch.setattr("tfintro_gui.ui.backprop.panel.ask_save_path", ask)
    panel.drawing.save_png_action.trigger()
    panel.drawing.save_svg_action.trigger()
    assert [name for name, _ in chosen] == ["graph.png", "graph.svg"]
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "graph.svg").read_text()
    assert panel.message_bar.level == "info" and "graph.svg" in panel.message_bar.text()


def test_saving_into_a_missing_folder_says_so_and_writes_nothing(panel, tmp_path):
    assert not panel.export_drawing(tmp_path / "missing" / "graph.png")
    assert panel.message_bar.level == "error"
    assert "could not be written" in panel.message_bar.text()
    assert not (tmp_path / "missing").exists()


def test_a_failed_tensorflow_is_said_in_the_bar_and_the_drawing(qtbot):
    widget = BackpropPanel()
    qtbot.addWidget(widget)
    widget.tensorflow_failed("No module named 'tensorflow'")
    widget.build_deferred()
    assert widget.message_bar.level == "error"
    assert "No module named 'tensorflow'" in widget.message_bar.text()
    texts = [text.get_text() for text in widget.drawing.axes.texts]
    assert texts == ["TensorFlow could not be loaded."]
    assert not widget.step_controls.step_forward_button.isEnabled()


def test_the_drawing_waits_for_the_first_paint_and_then_shows_the_graph(qtbot,
                                                                          tensorflow_info):
    widget = BackpropPanel()
    qtbot.addWidget(widget)
    widget.tensorflow_ready(tensorflow_info)
    widget.step_controls.run_forward_button.click()  # works without a drawing
    assert widget.drawing is None and widget.graph.forward_done
    widget.build_deferred()
    assert "= 6" in widget.drawing.boxes[widget.graph.node("x1").index].get_text()


def test_keras_preset_draws_pooled_heatmaps_and_says_what_was_sampled(panel):
    from tfintro_gui.ui.backprop.graph_layout import pooled

    choose_preset(panel, "keras_two_layer")
    assert panel.graph.inputs["W1"].value.shape == (784, 512)
    assert ("W1", "variable", "float32", "glorot_uniform((784, 512), seed=2)") in \
        panel.input_rows()
    panel.step_controls.run_backward_button.click()
    panel.drawing.canvas.draw()
    w1 = panel.graph.node("W1").index
    value_image, gradient_image = panel.drawing.heatmaps[w1]
    assert value_image.get_array().shape == (16, 16)
    block = panel.graph.inputs["W1"].value[:49, :32].astype(float).mean()
    assert value_image.get_array()[0, 0] == pytest.approx(block, rel=1e-6, abs=1e-9)
    assert pooled(np.arange(10.0)).shape == (1, 10)  # short axes are kept
    assert panel.drawing.heatmaps[panel.graph.node("x").index][0].get_array().shape == (4, 16)
    assert label(panel, "W1").startswith("W1  (784, 512)")
    assert "0.0" not in label(panel, "W1").splitlines()[2]  # no printed numbers
    assert _overlaps(panel) == []
    results = panel.results()
    assert results["W1"][2] == "16 sampled of 401 408"
    assert all(row[3].startswith("✓") for row in results.values())
    assert panel.three_ways.note("W1").startswith(
        "Finite differences on 16 sampled entries of W1 (of 401 408)")
    assert "sampled" in panel.three_ways.summary_label.text()
    panel.drawing.node_clicked.emit(w1)
    details = panel.step_detail.text()
    assert "shape (784, 512), float32: min" in details and "first entries" in details
    assert len(details) < 5000  # summarised, not 401 408 numbers


def test_a_bad_recipe_in_the_table_keeps_the_graph_and_says_why(panel):
    choose_preset(panel, "keras_two_layer")
    graph = panel.graph
    panel.set_input("W1", value="glorot_uniform((784, 0))")
    assert panel.graph is graph
    assert "a shape is a tuple of 1 or 2 positive whole numbers" in panel.message_bar.text()
    assert dict((row[0], row[3]) for row in panel.input_rows())["W1"] == \
        "glorot_uniform((784, 512), seed=2)"


def test_the_preset_text_says_when_the_expression_is_the_students_own(panel):
    box = panel.expression_box
    assert "worked example" in box.description_label.text()
    box.expression_input.setPlainText("loss = sqrt(w - 10)")
    assert box.description_label.text().startswith("Your own expression")
    box.expression_input.setPlainText("x1 = w * x\nx2 = x1 + b\nloss_val = abs(y_true - x2)")
    assert "worked example" in box.description_label.text()  # the preset's own again


def test_the_keras_models_nodes_stay_put_through_build_forward_and_backward(panel):
    panel.resize(1220, 700)  # the panel's share of a 1366×768 window
    choose_preset(panel, "keras_two_layer")
    placed = []
    for button in (None, panel.step_controls.run_forward_button,
                   panel.step_controls.run_backward_button):
        if button is not None:
            button.click()
        drawing = panel.drawing
        placed.append((drawing.font_scale, dict(drawing.positions)))
    assert placed[0] == placed[1] == placed[2]
    assert panel.drawing.canvas.minimumWidth() == 0  # it fits: no scroll bar
    assert label(panel, "b2").splitlines()[-1].startswith("∂L ±")  # one line, as "∂L ?"


def test_a_pass_shows_the_wait_cursor_while_it_computes(panel, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    seen = []
    run_backward = panel.lab.run_backward

    def watched():
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        run_backward()

    monkeypatch.setattr(panel.lab, "run_backward", watched)
    panel.step_controls.run_backward_button.click()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None  # restored afterwards
    assert panel.graph.backward_done
