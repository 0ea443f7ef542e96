"""The classifier panel: live training in a worker thread, controls, bad input, closing."""

import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.ui import classifier_panel as panel_module
from tfintro_gui.ui.classifier_panel import ClassifierPanel
from tfintro_gui.ui.classifier_plots import ClassifierPlots
from tfintro_gui.ui.widgets.message_bar import MessageBar


@pytest.fixture
def panel(qtbot, tensorflow_info):
    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def wait_until_idle(qtbot, panel, timeout=20000):
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=timeout)


def test_controls_wait_for_tensorflow(qtbot):
    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    assert not widget.run_button.isEnabled() and not widget.step_button.isEnabled()
    assert "Loading TensorFlow" in widget.message_bar.text()
    assert len(widget.plots.class_0.get_offsets()) == 1000  # data shown before TF is ready


def test_run_trains_and_moves_the_boundary(qtbot, panel):
    boundary_before = np.array(panel.plots.boundary.get_data(), dtype=float).copy()
    panel.speed_input.setCurrentIndex(0)  # as fast as possible
    panel.num_steps_input.setValue(100)
    qtbot.mouseClick(panel.run_button, panel_module.Qt.MouseButton.LeftButton)
    assert panel.is_training()
    wait_until_idle(qtbot, panel)
    assert len(panel.history) == 100
    assert len(panel.plots.loss_line.get_xdata()) == 100
    boundary_after = np.array(panel.plots.boundary.get_data(), dtype=float)
    assert not np.allclose(boundary_before, boundary_after)
    assert panel.history.losses[-1] < 0.1
    assert panel.readouts["step"].text() == "99"
    log = panel.log_view.toPlainText().splitlines()
    assert log[0].startswith("Loss at step 9: ") and log[-1].startswith("Loss at step 99: ")
    assert len(log) == 10
    assert panel.run_button.text() == "Run"


def test_step_advances_exactly_one_step(qtbot, panel):
    for expected in (1, 2, 3):
        panel.step_button.click()
        wait_until_idle(qtbot, panel)
        assert len(panel.history) == expected
        assert panel.trainer.num_steps_done == expected


def test_pause_stops_progress_and_run_resumes_to_the_target(qtbot, panel):
    panel.speed_input.setCurrentIndex(panel.speed_input.findData(30))
    panel.num_steps_input.setValue(1000)
    panel.run_button.click()
    qtbot.waitUntil(lambda: len(panel.history) >= 3, timeout=10000)
    panel.pause_button.click()
    assert not panel.is_training()
    paused_at = len(panel.history)
    QApplication.processEvents()
    assert len(panel.history) == paused_at  # no snapshot arrives after Pause
    assert panel.run_button.text() == "Resume"
    panel.speed_input.setCurrentIndex(0)
    panel.run_button.click()
    wait_until_idle(qtbot, panel)
    assert len(panel.history) == 1000


def test_reset_gives_new_weights_and_clears_history(qtbot, panel):
    panel.step_button.click()
    wait_until_idle(qtbot, panel)
    W_before, _ = panel.trainer.parameters()
    inputs_before = panel._data.inputs.copy()
    panel.reset_button.click()
    W_after, b_after = panel.trainer.parameters()
    assert len(panel.history) == 0 and panel.trainer.num_steps_done == 0
    assert not np.array_equal(W_before, W_after)
    np.testing.assert_array_equal(b_after, [0.0])
    np.testing.assert_array_equal(panel._data.inputs, inputs_before)
    assert panel.log_view.toPlainText() == ""


@pytest.mark.parametrize("field, text, message", [
    ("covariance_input", "[[1, 2], [2, 1]]", "positive semi-definite"),
    ("covariance_input", "[[1, 0.5], [0.1, 1]]", "symmetric"),
    ("mean_0_input", "[0, three]", "could not read"),
    ("mean_1_input", "[1, 2, 3]", "expected (2,)"),
])
def test_bad_data_settings_show_a_message_and_keep_the_data(qtbot, panel, field, text, message):
    before = panel._data.inputs.copy()
    getattr(panel, field).setText(text)
    panel.regenerate_button.click()
    assert panel.message_bar.level == "error"
    assert message in panel.message_bar.text()
    assert "previous data are kept" in panel.message_bar.text()
    np.testing.assert_array_equal(panel._data.inputs, before)


def test_regenerate_while_training_stops_the_worker_and_draws_new_data(qtbot, panel):
    panel.speed_input.setCurrentIndex(panel.speed_input.findData(10))
    panel.num_steps_input.setValue(1000)
    panel.run_button.click()
    qtbot.waitUntil(lambda: len(panel.history) >= 1, timeout=10000)
    panel.num_samples_input.setValue(300)
    panel.regenerate_button.click()
    assert not panel.is_training()
    assert len(panel._data.inputs) == 600 and len(panel.history) == 0


def test_divergence_pauses_with_a_message_naming_the_learning_rate(qtbot, panel):
    panel.loss_input.setCurrentIndex(panel.loss_input.findData("squared"))
    panel.learning_rate_input.setValue(5.0)
    panel.run_button.click()
    wait_until_idle(qtbot, panel)
    assert panel.message_bar.level == "warning"
    assert "learning rate 5" in panel.message_bar.text()
    assert len(panel.history) < 100


def test_loss_choice_changes_the_formula(qtbot, panel):
    assert "log(1 + exp(o))" in panel.formula_label.text()
    panel.loss_input.setCurrentIndex(panel.loss_input.findData("squared"))
    assert "(y − o)²" in panel.formula_label.text()
    assert "tf.square(targets - logits)" in panel.code_view.code()


def test_widget_slots_run_on_the_gui_thread(qtbot, tensorflow_info, monkeypatch):
    """What the worker's snapshots reach (history, plots, labels) is touched on the GUI thread."""
    on_main_thread = []

    def recording(original):
        def wrapper(*args, **kwargs):
            on_main_thread.append(threading.current_thread() is threading.main_thread())
            return original(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(TrainingHistory, "append", recording(TrainingHistory.append))
    monkeypatch.setattr(ClassifierPlots, "show_model", recording(ClassifierPlots.show_model))
    monkeypatch.setattr(MessageBar, "show_message", recording(MessageBar.show_message))
    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    widget.tensorflow_ready(tensorflow_info)
    widget.loss_input.setCurrentIndex(widget.loss_input.findData("squared"))
    widget.learning_rate_input.setValue(5.0)  # diverges: the message bar is used too
    widget.speed_input.setCurrentIndex(widget.speed_input.findData(30))
    widget.num_steps_input.setValue(5)
    on_main_thread.clear()
    widget.run_button.click()
    qtbot.waitUntil(lambda: not widget.is_training(), timeout=10000)
    assert len(on_main_thread) >= 3 and all(on_main_thread)


def test_closing_the_window_during_training_joins_the_thread(qtbot, tensorflow_info):
    from tfintro_gui.ui.main_window import MainWindow

    window = MainWindow(initial_panel="classifier", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel("classifier")
    panel.tensorflow_ready(tensorflow_info)
    panel.num_steps_input.setValue(1_000_000)
    panel.run_button.click()
    qtbot.waitUntil(lambda: len(panel.history) > 0, timeout=10000)
    thread = panel._worker.thread
    window.close()
    assert thread.isFinished()
    assert not panel.is_training()


def test_long_curves_are_decimated_for_drawing():
    from tfintro_gui.ui.classifier_plots import MAX_CURVE_POINTS, decimated

    steps = np.arange(100_000)
    shown_steps, shown_losses = decimated(steps, steps * 2.0)
    assert len(shown_steps) <= MAX_CURVE_POINTS + 1
    assert shown_steps[0] == 0 and shown_steps[-1] == 99_999
    np.testing.assert_array_equal(shown_losses, shown_steps * 2.0)
    short = np.arange(10)
    assert decimated(short, short)[0] is short


def test_boundary_is_drawn_when_nearly_vertical():
    from tfintro_gui.ui.classifier_plots import boundary_segment

    xs, ys = boundary_segment(np.array([[1.0], [1e-9]]), np.array([-2.0]), 0.0, (-5, 5), (-4, 4))
    np.testing.assert_allclose(xs, [2.0, 2.0], atol=1e-6)
    np.testing.assert_array_equal(ys, [-4, 4])
    xs, ys = boundary_segment(np.array([[1.0], [-1.0]]), np.array([0.0]), 0.5, (-5, 5), (-4, 4))
    np.testing.assert_allclose(ys, [-5.5, 4.5])  # x − y = 0.5 for the squared loss
    assert boundary_segment(np.zeros((2, 1)), np.zeros(1), 0.0, (0, 1), (0, 1)) == ([], [])


def test_device_chosen_elsewhere_applies_from_a_new_start(qtbot, panel, monkeypatch):
    """Regression: the panel kept its first trainer's device for every later start."""
    from tfintro_gui.core.classifier import training

    monkeypatch.setattr(training, "default_device", lambda: "/device:CPU:0")
    panel.reset_button.click()
    assert panel.trainer.device == "/device:CPU:0"
    assert panel.readouts["device"].text() == "/device:CPU:0"
