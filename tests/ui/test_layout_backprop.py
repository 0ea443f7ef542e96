"""The Backprop panel fits: nothing cut, collapsed or off-screen in a window maximised on a
1280×720 screen and at 1920×1080,
in English and Chinese, before stepping and after the notebook's example was stepped all
the way forward and backward (the three-way table full)."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.layout_check import WINDOW_SIZES, render_and_check
from tests.ui.panel_actions import backprop_main


def _built(panel, qtbot):
    panel.build_deferred()  # the main window does this after its first paint


def _stepped_through(panel, qtbot):
    """The notebook example, every step forward then every step backward, by the buttons."""
    backprop_main(panel, qtbot)
    assert panel.results()["w"] == ("2", "2", "2", "✓")
    assert len(panel.results()) == 6


@pytest.mark.parametrize("size", WINDOW_SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize(("stage", "action"), [("before", _built), ("after", _stepped_through)])
def test_backprop_fits_the_window(qtbot, tensorflow_info, size, language, stage, action):
    problems = render_and_check(qtbot, tensorflow_info, "backprop", size, language, action,
                                stage)
    assert problems == []


def _keras_model_stepped(panel, qtbot):
    """The notebook's two-layer Keras model (784 → 512 → 10), run forward and backward."""
    from tfintro_gui.core.autodiff.presets import PRESETS

    panel.build_deferred()
    panel.preset_input.setCurrentIndex([preset.key for preset in PRESETS]
                                       .index("keras_two_layer"))
    panel.step_controls.run_backward_button.click()
    assert len(panel.results()) == 8  # x, W1, b1, W2, b2, y_true, h, probs


@pytest.mark.parametrize("size", WINDOW_SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_keras_model_fits_without_scrolling_the_graph(qtbot, tensorflow_info, size,
                                                          language):
    seen = {}

    def action(panel, qtbot):
        _keras_model_stepped(panel, qtbot)
        QApplication.processEvents()
        seen["graph_minimum_width"] = panel.drawing.canvas.minimumWidth()

    problems = render_and_check(qtbot, tensorflow_info, "backprop", size, language, action,
                                "keras")
    assert problems == []
    assert seen["graph_minimum_width"] == 0  # the whole graph in view, no scroll bar


def _settle():
    for _ in range(3):  # resizes and layout requests take a few rounds of the event loop
        QApplication.processEvents()


def _place(widget):
    return widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_step_buttons_stay_under_the_mouse_while_stepping(backprop_panel, language):
    """Regression: the control column changed width as the status text changed, moving the
    Step buttons under the mouse."""
    from tfintro_gui.ui.i18n import install_language

    install_language(language)
    try:
        panel = backprop_panel
        panel.resize(1100, 1000)  # the column fits: the inputs box takes the spare height
        panel.expression_box.expression_input.setPlainText(
            "product_of_w_and_x = w * x\nsum_with_the_bias_b = product_of_w_and_x + b\n"
            "loss_val = abs(y_true - sum_with_the_bias_b)")
        panel.expression_box.build_button.click()
        _settle()
        controls = panel.step_controls
        buttons = (controls.step_forward_button, controls.step_backward_button,
                   controls.run_backward_button, controls.reset_button)
        places = {_place(button) for button in buttons}
        texts = {controls.status_label.text()}
        while controls.step_forward_button.isEnabled() or controls.step_backward_button \
                .isEnabled():
            button = (controls.step_forward_button if controls.step_forward_button.isEnabled()
                      else controls.step_backward_button)
            button.click()
            _settle()
            texts.add(controls.status_label.text())
            assert {_place(button) for button in buttons} == places
        assert len(texts) > 5  # the status said something new at every step
    finally:
        install_language("en")


def test_the_graph_caption_wraps_in_a_narrow_drawing(backprop_panel, qtbot):
    """Regression: "Forward: 0 of 4 operations evaluated · backward pa…" stuck out of the
    figure beside the lesson at 1280×720."""
    from tests.ui.layout_check import layout_problems

    panel = backprop_panel
    panel.resize(900, 640)
    qtbot.waitUntil(lambda: panel.drawing.canvas.width() < 600)
    panel.step_controls.step_forward_button.click()
    panel.drawing.canvas.draw()
    assert "\n" in panel.drawing.title.get_text()  # wrapped, not cut
    assert [problem for problem in layout_problems(panel) if "figure" in problem] == []


def test_a_long_chain_folds_into_two_bands_rather_than_scroll(backprop_panel, qtbot):
    """Twelve operations in a row do not fit side by side in a narrow drawing: the second
    half of the chain runs back underneath the first (a snake), with nothing to scroll."""
    panel = backprop_panel
    panel.resize(900, 900)
    qtbot.waitUntil(lambda: panel.drawing.canvas.width() < 600)
    lines = ["t1 = w * x"] + [f"t{i} = t{i - 1} + b" for i in range(2, 12)]
    panel.expression_box.expression_input.setPlainText("\n".join(
        [*lines, "loss_val = abs(y_true - t11)"]))
    panel.expression_box.build_button.click()
    _settle()
    drawing = panel.drawing
    assert drawing.canvas.minimumWidth() == 0
    names = {panel.graph.nodes[index].name: position
             for index, position in drawing.positions.items()}
    assert names["t1"][1] > names["loss_val"][1]  # the chain's end lies in the lower band
    assert names["loss_val"][0] < names["t6"][0]  # ...and runs back towards the left


def test_folding_puts_the_second_half_of_the_layers_under_the_first_backwards():
    from tfintro_gui.ui.backprop.graph_layout import folded

    positions = {layer: (float(layer), 0.0) for layer in range(6)}
    assert folded(positions) == {0: (0.0, 0.0), 1: (1.0, 0.0), 2: (2.0, 0.0),
                                 3: (2.0, -1.5), 4: (1.0, -1.5), 5: (0.0, -1.5)}
    few = {layer: (float(layer), 0.0) for layer in range(3)}
    assert folded(few) == few  # three layers always fit side by side
