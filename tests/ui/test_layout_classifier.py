"""The Classifier panel fits: nothing cut, collapsed or off-screen at 1280×720 and 1920×1080,
in English and Chinese, before and after training (issue: "the first five minutes")."""

import pytest

from tests.ui.classifier_helpers import wait_until_idle
from tests.ui.layout_check import WINDOW_SIZES, layout_problems, render_and_check


def _show_figures(panel, qtbot) -> None:
    """Before the main action: the figures are built (as after the window's first paint)."""
    panel.build_deferred()
    qtbot.waitUntil(lambda: panel.plots is not None)


def _train_100_steps(panel, qtbot) -> None:
    """The main action: train 100 steps and wait for the run to finish."""
    _show_figures(panel, qtbot)
    panel.training_box.num_steps_input.setValue(100)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel, 60000)
    assert panel.lab.history.num_steps == 100


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("stage", ["before", "after"])
def test_the_classifier_fits(qtbot, tensorflow_info, size, language, stage):
    action = _train_100_steps if stage == "after" else _show_figures
    problems = render_and_check(qtbot, tensorflow_info, "classifier", size, language,
                                action, stage)
    assert problems == []


def _train_and_show_the_sigmoid(panel, qtbot) -> None:
    _train_100_steps(panel, qtbot)
    panel.log_tabs.setCurrentIndex(1)  # σ(o): the smallest plot, in the log's room
    qtbot.wait(100)
    panel.figures.sigmoid_plot.canvas.draw()  # as its paint does: laid out at its new size


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_sigmoid_plot_fits_the_log_area_of_a_small_screen(qtbot, tensorflow_info,
                                                               language):
    problems = render_and_check(qtbot, tensorflow_info, "classifier", (1280, 720), language,
                                _train_and_show_the_sigmoid, "sigmoid")
    assert problems == []


def test_the_classifier_fits_with_the_parameter_view_and_a_test_set(qtbot, classifier_panel):
    """The busiest state: parameter view on, a test set, a hidden layer's readouts."""
    panel = classifier_panel
    panel.resize(1150, 680)  # the panel's share of a 1280×720 window
    panel.training_box.parameter_view_input.setChecked(True)
    panel.data_box.test_split_input.setValue(20)
    panel.training_box.num_steps_input.setValue(30)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel, 60000)
    qtbot.wait(50)
    assert layout_problems(panel) == []
    panel.log_tabs.setCurrentIndex(1)  # the σ(o) plot in the same small space
    qtbot.wait(50)
    assert layout_problems(panel) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_classifier_fits_at_1366_beside_the_lesson(qtbot, tensorflow_info, language):
    """Regression: beside the lesson at 1366×768 the title read "ata, model probability…",
    the legend was cut and the scatter squeezed."""
    from PySide6.QtWidgets import QApplication

    from tfintro_gui.ui.i18n import install_language
    from tfintro_gui.ui.main_window import MainWindow

    install_language(language)
    try:
        window = MainWindow(initial_panel="classifier", load_tensorflow=False, remember=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.set_lesson_visible(True)
        window.show_panel("classifier")
        panel = window.panel("classifier")
        panel.tensorflow_ready(tensorflow_info)
        _train_100_steps(panel, qtbot)
        QApplication.processEvents()
        qtbot.wait(50)
        assert window.lesson_visible()
        assert layout_problems(window) == []
        scatter = panel.plots.scatter_axes.get_window_extent()
        assert scatter.width >= 180 and scatter.height >= 180
        window.close()
    finally:
        install_language("en")
