"""Classifier panel beyond the notebook: Keras mode, hidden layer, data, replay, edits, files."""

import csv
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.ui.classifier_helpers import choose, click_scatter, run_steps
from tfintro_gui.ui.run_controller import running_threads

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy")


@pytest.fixture
def panel(classifier_panel):
    return classifier_panel


def keras_fit_threads():
    return [thread for thread in threading.enumerate() if thread.name == "keras-fit"]


def test_keras_mode_from_the_same_start_overlays_the_same_loss_curve(qtbot, panel):
    start = [w.copy() for w in panel.lab.trainer.get_weights()]
    run_steps(qtbot, panel, 30)
    tape_losses = panel.lab.history.losses.copy()
    choose(panel.training_box.mode_input, "keras")
    assert panel.lab.trainer.mode == "keras"
    for now, then in zip(panel.lab.trainer.get_weights(), start, strict=True):
        np.testing.assert_array_equal(now, then)  # switching mode keeps the start
    previous = panel.plots.previous_loss_line
    np.testing.assert_array_equal(previous.get_ydata(), tape_losses)
    assert "GradientTape" in previous.get_label() and "lr 0.1" in previous.get_label()
    run_steps(qtbot, panel, 30)
    assert len(panel.lab.history) == 30
    np.testing.assert_allclose(panel.lab.history.losses, tape_losses, atol=1e-5)
    assert panel.log_tabs.log_text().splitlines()[-1].startswith("Loss at step 29: ")
    assert not keras_fit_threads()


def test_hidden_layer_bends_the_boundary_on_xor(qtbot, panel):
    choose(panel.data_box.data_input, "xor")
    panel.data_box.num_samples_input.setValue(150)
    panel.data_box.regenerate_button.click()
    choose(panel.training_box.mode_input, "keras")
    assert panel.training_box.hidden_units_input.isEnabled()
    panel.training_box.hidden_units_input.setValue(12)
    choose(panel.training_box.activation_input, "tanh")
    assert panel.lab.model_spec.hidden_units == 12 and panel.lab.model_spec.activation == "tanh"
    assert [w.shape for w in panel.lab.trainer.get_weights()] == [(2, 12), (12,), (12, 1), (1,)]
    panel.training_box.learning_rate_input.setValue(0.5)
    panel.training_box.batch_size_input.setValue(30)
    run_steps(qtbot, panel, 400)
    xs, ys = (np.asarray(values, float) for values in panel.plots.boundary.get_data())
    assert len(xs) > 10  # a traced contour, not a straight segment
    assert panel.plots.field.get_array().shape == (100, 100)
    misclassified = len(panel.plots.misclassified.get_offsets())
    assert misclassified < 0.1 * 300
    assert panel.now_box.text("W") == "49 parameters"
    assert 'layers.Dense(12, activation="tanh")' in panel.log_tabs.keras_code_view.code()


def test_hand_written_mode_has_no_hidden_layer(qtbot, panel):
    choose(panel.training_box.mode_input, "keras")
    panel.training_box.hidden_units_input.setValue(4)
    choose(panel.training_box.mode_input, "tape")
    assert not panel.training_box.hidden_units_input.isEnabled()
    assert panel.lab.model_spec.is_linear
    assert panel.lab.trainer.mode == "tape"


@pytest.mark.parametrize("mode", ["tape", "keras"])
def test_test_split_shows_test_points_and_curves(qtbot, panel, mode):
    choose(panel.training_box.mode_input, mode)
    panel.data_box.test_split_input.setValue(25)
    assert len(panel.plots.test_points.get_offsets()) == 500
    assert len(panel.plots.class_0.get_offsets()) + len(panel.plots.class_1.get_offsets()) \
        == 1500
    assert panel.lab.trainer.num_samples == 1500
    run_steps(qtbot, panel, 20)
    assert len(panel.plots.test_loss_line.get_xdata()) == 20
    assert np.all(np.isfinite(panel.lab.history.test_losses))
    assert panel.now_box.text("test_loss") != "—"
    assert "test" in panel.plots.test_loss_line.get_label()


def test_mini_batches_make_a_step_one_batch(qtbot, panel):
    panel.training_box.batch_size_input.setValue(100)
    panel.training_box.shuffle_input.setChecked(False)
    run_steps(qtbot, panel, 25)
    assert panel.lab.trainer.batch_size == 100 and not panel.lab.trainer.shuffle
    assert panel.lab.trainer.num_steps_done == 25 and len(panel.lab.history) == 25
    assert "batch_size = 100" in panel.log_tabs.code_view.code()
    assert ".batch(100)" in panel.log_tabs.keras_code_view.code()


def test_replay_slider_shows_an_earlier_step_and_returns_to_live(qtbot, panel):
    run_steps(qtbot, panel, 50)
    live_boundary = np.array(panel.plots.boundary.get_data(), float)
    assert panel.replay_bar.slider.maximum() == 50 == panel.replay_bar.slider.value()
    panel.replay_bar.slider.setValue(10)
    W = panel.lab.history.parameters[10, :2].reshape(2, 1)
    b = panel.lab.history.parameters[10, 2:]
    from tfintro_gui.ui.classifier.plot_parts import boundary_segment

    expected = boundary_segment(W, b, 0.0, panel.plots.scatter_axes.get_xlim(),
                                panel.plots.scatter_axes.get_ylim())
    np.testing.assert_allclose(np.array(panel.plots.boundary.get_data(), float),
                               np.array(expected, float), rtol=1e-5)
    assert panel.now_box.text("step") == "10 (replay)"
    assert panel.now_box.text("loss") == f"{panel.lab.history.losses[10]:.4f}"
    assert all(marker.get_visible() for marker in panel.plots.replay_markers)
    assert panel.plots.replay_markers[0].get_xdata()[0] == 10
    panel.replay_bar.slider.setValue(panel.replay_bar.slider.maximum())
    np.testing.assert_allclose(np.array(panel.plots.boundary.get_data(), float), live_boundary)
    assert not any(marker.get_visible() for marker in panel.plots.replay_markers)


def test_replay_during_training_pauses_it(qtbot, panel):
    choose(panel.training_box.speed_input, 30)
    panel.training_box.num_steps_input.setValue(1000)
    panel.run_controls.run_button.click()
    # The slider reaches the recorded rows with the next frame, as a student sees it.
    qtbot.waitUntil(lambda: panel.replay_bar.slider.maximum() >= 3, timeout=10000)
    panel.replay_bar.slider.setValue(1)
    assert not panel.is_training()
    assert panel.run_controls.run_button.text() == "Resume"
    assert panel.now_box.text("step") == "1 (replay)"


def test_reset_to_same_start_compares_two_learning_rates(qtbot, panel):
    start = [w.copy() for w in panel.lab.trainer.get_weights()]
    run_steps(qtbot, panel, 20)
    first_run = panel.lab.history.losses.copy()
    panel.run_controls.restart_button.click()
    for now, then in zip(panel.lab.trainer.get_weights(), start, strict=True):
        np.testing.assert_array_equal(now, then)
    assert len(panel.lab.history) == 0
    np.testing.assert_array_equal(panel.plots.previous_loss_line.get_ydata(), first_run)
    panel.training_box.learning_rate_input.setValue(0.5)
    run_steps(qtbot, panel, 20)
    assert panel.lab.history.losses[0] == pytest.approx(first_run[0], abs=1e-6)  # same start
    assert panel.lab.history.losses[-1] < first_run[-1]  # the larger rate gets further
    assert panel.plots.loss_legend is not None


def test_new_random_start_also_keeps_the_previous_curve(qtbot, panel):
    run_steps(qtbot, panel, 10)
    before = panel.lab.trainer.get_weights()[0].copy()
    panel.run_controls.reset_button.click()
    assert not np.array_equal(before, panel.lab.trainer.get_weights()[0])
    assert len(panel.plots.previous_loss_line.get_xdata()) == 10
    panel.data_box.regenerate_button.click()  # other data: nothing to compare with
    assert len(panel.plots.previous_loss_line.get_xdata()) == 0


def test_a_short_run_after_a_long_one_gets_its_own_step_axis(qtbot, panel):
    """Regression: after 18 000 steps, a new 100-step run was drawn on an 18k step axis,
    squeezed into its first 1 %."""
    panel.training_box.learning_rate_input.setValue(2.5)  # a spike early, then learning
    run_steps(qtbot, panel, 3000)
    panel.training_box.learning_rate_input.setValue(0.1)
    panel.run_controls.restart_button.click()
    previous = panel.plots.previous_loss_line
    assert previous.get_xdata()[-1] == 2999  # the long run is kept for comparison
    run_steps(qtbot, panel, 100)
    assert panel.plots.loss_axes.get_xlim() == (0, 100)
    steps, losses = previous.get_xdata(), previous.get_ydata()
    top = max(losses[steps <= 100].max(), panel.lab.history.losses.max())
    assert panel.plots.loss_axes.get_ylim()[1] <= max(1.0, 1.2 * top)


def test_clicks_add_and_remove_points_and_ctrl_z_undoes(qtbot, panel):
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    inputs_before = panel.lab.data.inputs.copy()
    choose(panel.data_box.click_class_input, 1)
    click_scatter(qtbot, panel, -2.0, -2.0, Qt.MouseButton.LeftButton)
    assert len(panel.lab.data.inputs) == 2001
    np.testing.assert_allclose(panel.lab.data.inputs[-1], [-2.0, -2.0], atol=0.05)
    assert panel.lab.data.targets[-1, 0] == 1.0
    assert panel.lab.trainer.num_samples == 2001
    assert len(panel.plots.class_1.get_offsets()) == 1001
    click_scatter(qtbot, panel, *inputs_before[5], Qt.MouseButton.RightButton)
    assert len(panel.lab.data.inputs) == 2000
    assert not np.any(np.all(panel.lab.data.inputs == inputs_before[5], axis=1))
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(panel.lab.data.inputs[5], inputs_before[5])
    assert len(panel.lab.data.inputs) == 2001
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(panel.lab.data.inputs, inputs_before)
    assert panel.lab.trainer.num_samples == 2000
    panel.data_actions.undo_stack.redo()
    assert len(panel.lab.data.inputs) == 2001


def test_right_click_far_from_every_point_removes_nothing(qtbot, panel):
    xlim = panel.plots.scatter_axes.get_xlim()
    ylim = panel.plots.scatter_axes.get_ylim()
    click_scatter(qtbot, panel, xlim[0] + 0.05, ylim[1] - 0.05, Qt.MouseButton.RightButton)
    assert len(panel.lab.data.inputs) == 2000
    assert "No point near" in panel.message_bar.text()


def test_editing_points_keeps_training_going_from_the_current_weights(qtbot, panel):
    run_steps(qtbot, panel, 10)
    weights = panel.lab.trainer.get_weights()
    panel.data_actions.insert_point(2000, np.array([9.0, 9.0], np.float32), 0.0, False)
    for now, then in zip(panel.lab.trainer.get_weights(), weights, strict=True):
        np.testing.assert_array_equal(now, then)
    run_steps(qtbot, panel, 5)
    assert panel.lab.history.num_steps == 15


def test_bad_csv_is_reported_with_line_numbers_and_changes_nothing(qtbot, panel, tmp_path):
    before = panel.lab.data.inputs.copy()
    path = tmp_path / "bad.csv"
    path.write_text("x,y,label\n1,2,0\n1,two,1\n3,4,5\n")
    assert not panel.data_actions.import_points(path)
    assert panel.message_bar.level == "error"
    text = panel.message_bar.text()
    assert "line 3:" in text and "line 4: the label must be 0 or 1" in text
    np.testing.assert_array_equal(panel.lab.data.inputs, before)


def test_csv_export_and_import_round_trip(qtbot, panel, tmp_path):
    choose(panel.data_box.data_input, "moons")
    panel.data_box.num_samples_input.setValue(40)
    panel.data_box.regenerate_button.click()
    moons = panel.lab.data.inputs.copy()
    path = tmp_path / "moons.csv"
    assert panel.data_actions.export_points(path)
    choose(panel.data_box.data_input, "circles")
    panel.data_box.regenerate_button.click()
    run_steps(qtbot, panel, 5)
    assert panel.data_actions.import_points(path)
    np.testing.assert_array_equal(panel.lab.data.inputs, moons)
    assert panel.lab.trainer.num_samples == 80 and len(panel.lab.history) == 0
    assert "Imported 80 points from moons.csv" in panel.message_bar.text()


def test_history_and_plots_are_saved(qtbot, panel, tmp_path):
    assert not panel.save_actions.save_history(tmp_path / "empty.csv")
    run_steps(qtbot, panel, 12)
    assert panel.save_actions.save_history(tmp_path / "history.csv")
    rows = list(csv.reader((tmp_path / "history.csv").open()))
    assert rows[0] == ["step", "loss", "accuracy", "W[0]", "W[1]", "b[0]"] and len(rows) == 13
    assert float(rows[1][1]) == pytest.approx(panel.lab.history.losses[0], rel=1e-6)
    for name in ("plots.png", "plots.svg"):
        assert panel.save_actions.save_plots(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "plots.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "plots.svg").read_text()[:500]
    assert not panel.save_actions.save_plots(tmp_path / "plots.xyz")
    assert panel.message_bar.level == "error"


def test_pausing_and_closing_keras_training_end_the_fit_thread(qtbot, panel):
    choose(panel.training_box.mode_input, "keras")
    panel.training_box.batch_size_input.setValue(50)
    choose(panel.training_box.speed_input, 30)
    panel.training_box.num_steps_input.setValue(100_000)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: len(panel.lab.history) >= 2, timeout=30000)
    panel.run_controls.pause_button.click()
    assert not panel.is_training() and not keras_fit_threads()
    assert panel.lab.trainer.num_steps_done == panel.lab.history.num_steps
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: panel.lab.history.num_steps >= 4, timeout=30000)
    panel.shutdown()
    assert not panel.is_training() and not keras_fit_threads()


@pytest.mark.parametrize("mode", ["tape", "keras"])
def test_export_to_other_runtimes_shows_that_every_copy_agrees(qtbot, panel, tmp_path, mode):
    choose(panel.training_box.mode_input, mode)
    run_steps(qtbot, panel, 10)
    exporter = panel.model_exporter
    assert exporter.export_to(tmp_path)
    assert exporter.is_exporting() and not panel.run_controls.run_button.isEnabled()
    assert not exporter.button.isEnabled()
    qtbot.waitUntil(lambda: not exporter.is_exporting(), timeout=120000)
    assert [r.format for r in exporter.results] == ["keras", "saved_model", "tflite"]
    assert all(r.max_abs_difference < 1e-5 for r in exporter.results)
    assert len(exporter.results_label.text().splitlines()) == 3
    assert "max |Δ logit|" in exporter.results_label.text()
    assert (tmp_path / "classifier.tflite").is_file()
    assert panel.message_bar.level == "info" and "three ways" in panel.message_bar.text()
    worst = max(r.max_abs_difference for r in exporter.results)
    assert ("exactly" in panel.message_bar.text()) == (worst == 0)  # never "within 0"
    assert panel.run_controls.run_button.isEnabled() and exporter.button.isEnabled()
    assert "tf.saved_model.load" in panel.log_tabs.log_text()
    run_steps(qtbot, panel, 5)  # another model: the figures under the button go
    assert exporter.results == [] and exporter.results_label.text() == ""
    assert "tf.saved_model.load" in panel.log_tabs.log_text()


def test_export_into_a_missing_folder_is_refused(qtbot, panel, tmp_path):
    assert not panel.model_exporter.export_to(tmp_path / "missing")
    assert not panel.model_exporter.is_exporting()
    assert "not a folder" in panel.message_bar.text()


def test_shutdown_during_export_joins_the_thread(qtbot, panel, tmp_path):
    assert panel.model_exporter.export_to(tmp_path)
    assert running_threads()
    panel.shutdown()
    assert not running_threads() and not panel.model_exporter.is_exporting()
    assert panel.run_controls.run_button.isEnabled()


@pytest.mark.parametrize("content", ["huge", "long field", "dev zero", "fifo", "folder"])
def test_bad_files_are_refused_with_a_message_and_change_nothing(qtbot, panel, tmp_path,
                                                                  content):
    """Regression: a CSV with 3.5e38, a field over 131 072 characters (_csv.Error),
    /dev/zero (read until MemoryError) and a FIFO (blocked forever)."""
    import os
    from pathlib import Path

    path = tmp_path / "points.csv"
    if content == "huge":
        path.write_text("x,y,label\n3.5e38,0,1\n1,2,0\n")
    elif content == "long field":
        path.write_text("x,y,label\n1,2,0\n" + "1" * 140_000 + ",0,1\n")
    elif content == "dev zero":
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    elif content == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    else:
        path = tmp_path
    before = panel.lab.data.inputs.copy()
    assert not panel.data_actions.import_points(path)
    assert panel.message_bar.level == "error" and "was not imported" in panel.message_bar.text()
    np.testing.assert_array_equal(panel.lab.data.inputs, before)
    assert panel.lab.trainer.num_samples == len(before)


def test_a_click_far_outside_the_range_adds_no_point(qtbot, panel):
    panel.figures.point_clicked.emit(2e6, 0.0, 1)
    assert len(panel.lab.data.inputs) == 2000
    assert panel.message_bar.level == "warning" and "between −1,000,000" in \
        panel.message_bar.text()
    assert panel.data_actions.undo_stack.count() == 0
