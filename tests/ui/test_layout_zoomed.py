"""Projector mode on a laptop: at 150 % in a window maximised on a 1366×768 screen, zoomed
before or after the panel's main action, the Classifier's and Backprop's plots keep a
useful size and nothing is cut; the panel scrolls instead (issue: "the first five
minutes")."""

import pytest

from tests.ui.layout_check import LAPTOP_WINDOW_SIZE, render_and_check
from tests.ui.test_layout_backprop import _stepped_through
from tests.ui.test_layout_classifier import _train_100_steps


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("zoom_after_action", [False, True], ids=["zoomed-first",
                                                                  "zoomed-after"])
@pytest.mark.parametrize(("key", "action"), [("classifier", _train_100_steps),
                                             ("backprop", _stepped_through)],
                         ids=["classifier", "backprop"])
def test_a_panel_at_150_percent_keeps_its_plots_and_cuts_nothing(
        qtbot, tensorflow_info, key, action, language, zoom_after_action):
    problems = render_and_check(qtbot, tensorflow_info, key, LAPTOP_WINDOW_SIZE, language,
                                action, "after", zoom=1.5, zoom_after_action=zoom_after_action)
    assert problems == []


def test_a_graph_drawn_before_the_zoom_is_fitted_again_at_the_new_size(qtbot,
                                                                        tensorflow_info):
    """Zoomed after drawing and squeezed, the graph keeps a useful height, has the fit a
    fresh drawing gets at 150 %, and no two boxes overlap (a reviewer saw ``w`` hidden
    under ``x`` after zooming with Backprop open)."""
    from PySide6.QtWidgets import QApplication

    from tfintro_gui.ui.main_window import MainWindow

    window = MainWindow(initial_panel="backprop", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.resize(*LAPTOP_WINDOW_SIZE)
    window.show()
    panel = window.panel("backprop")
    panel.tensorflow_ready(tensorflow_info)
    _stepped_through(panel, qtbot)
    QApplication.processEvents()
    drawing = panel.drawing
    for factor in (1.1, 1.25, 1.5):  # Ctrl+= three times, the panel in view
        window.set_zoom(factor)
        for _ in range(3):
            QApplication.processEvents()
    # The step pane below grew with its fonts and took the graph's height (a reviewer saw
    # the graph folded into 100 px): however squeezed, the graph keeps room for its boxes.
    panel._splitter.setSizes([40, 2000])
    for _ in range(3):
        QApplication.processEvents()
    assert drawing.canvas.height() >= 250
    zoomed = (drawing.font_scale, drawing.canvas.minimumWidth(), dict(drawing.positions))
    drawing.show_graph(*drawing._last)  # a fresh fit at 150 %
    try:
        assert zoomed == (drawing.font_scale, drawing.canvas.minimumWidth(),
                          drawing.positions)
        renderer = drawing.canvas.get_renderer()
        extents = [box.get_window_extent(renderer) for box in drawing.boxes.values()]
        for i, first in enumerate(extents):
            assert not any(first.overlaps(other) for other in extents[i + 1:])
    finally:
        window.set_zoom(1.0)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_three_ways_table_keeps_rows_at_150_percent(qtbot, tensorflow_info, language):
    """Regression: zoomed to 150 % with Backprop open, the results table showed one row."""
    from PySide6.QtWidgets import QApplication

    from tfintro_gui.ui.i18n import install_language
    from tfintro_gui.ui.main_window import MainWindow

    install_language(language)
    window = MainWindow(initial_panel="backprop", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    try:
        window.resize(*LAPTOP_WINDOW_SIZE)
        window.show()
        panel = window.panel("backprop")
        panel.tensorflow_ready(tensorflow_info)
        _stepped_through(panel, qtbot)
        for factor in (1.1, 1.25, 1.5):
            window.set_zoom(factor)
            for _ in range(3):
                QApplication.processEvents()
        table = panel.three_ways.table
        assert table.viewport().height() >= 3 * table.rowHeight(0)
    finally:
        window.set_zoom(1.0)
        install_language("en")
