"""The classifier panel: live training in a worker thread, controls, bad input, closing."""

import re
import subprocess
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.classifier_helpers import choose, run_steps, step_once, wait_until_idle
from tests.ui.fresh_python import run_alone
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.ui.classifier.texts import format_number
from tfintro_gui.ui.run_controller import running_threads
from tfintro_gui.ui.widgets.message_bar import MessageBar


@pytest.fixture
def panel(classifier_panel):
    return classifier_panel


def test_controls_wait_for_tensorflow(qtbot):
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    controls = widget.run_controls
    assert not controls.run_button.isEnabled() and not controls.step_button.isEnabled()
    assert controls.run_button.toolTip() == "Loading TensorFlow…"
    assert "Loading TensorFlow" in widget.message_bar.text()
    assert not widget.lab.data.has_points  # NumPy waits for the controls' first paint
    widget.build_deferred()
    assert len(widget.lab.data.inputs) == 2000  # data drawn before TF is ready
    assert len(widget.plots.class_0.get_offsets()) == 1000  # and shown


def test_importing_the_panel_does_not_import_matplotlib():
    """The controls paint before Matplotlib is imported: the canvases come later."""
    script = ("import sys\n"
              "from tfintro_gui.app import create_application\n"
              "app = create_application(offscreen=True)\n"
              "from tfintro_gui.ui.classifier.panel import ClassifierPanel\n"
              "panel = ClassifierPanel()\n"
              "print(sorted(n for n in ('matplotlib', 'tensorflow') if n in sys.modules))\n"
              "panel.build_deferred()\n"
              "print('matplotlib' in sys.modules, panel.plots is not None)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.split("\n")[:2] == ["[]", "True True"]


def test_the_figures_are_built_after_the_first_paint_if_nobody_asked(qtbot):
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    assert widget.plots is None
    widget.show()
    qtbot.waitUntil(lambda: widget.plots is not None, timeout=10000)
    assert len(widget.plots.class_1.get_offsets()) == 1000


def test_run_trains_and_moves_the_boundary(qtbot, panel):
    boundary_before = np.array(panel.plots.boundary.get_data(), dtype=float).copy()
    choose(panel.training_box.speed_input, 0)  # as fast as possible
    panel.training_box.num_steps_input.setValue(100)
    qtbot.mouseClick(panel.run_controls.run_button, Qt.MouseButton.LeftButton)
    assert panel.is_training()
    wait_until_idle(qtbot, panel)
    history = panel.lab.history
    assert len(history) == 100
    assert len(panel.plots.loss_line.get_xdata()) == 100
    boundary_after = np.array(panel.plots.boundary.get_data(), dtype=float)
    assert not np.allclose(boundary_before, boundary_after)
    assert history.losses[-1] < 0.1
    assert panel.now_box.text("step") == "99"
    assert panel.now_box.text("loss") == f"{history.losses[-1]:.4f}"
    log = panel.log_tabs.log_text().splitlines()
    assert log[0].startswith("Loss at step 9: ") and log[-1].startswith("Loss at step 99: ")
    assert len(log) == 10
    assert panel.run_controls.run_button.text() == "Run"


def test_step_advances_exactly_one_step(qtbot, panel):
    for expected in (1, 2, 3):
        step_once(qtbot, panel)
        assert len(panel.lab.history) == expected
        assert panel.lab.trainer.num_steps_done == expected


def test_pause_stops_progress_and_run_resumes_to_the_target(qtbot, panel):
    choose(panel.training_box.speed_input, 30)
    panel.training_box.num_steps_input.setValue(1000)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: len(panel.lab.history) >= 3, timeout=10000)
    panel.run_controls.pause_button.click()
    assert not panel.is_training()
    paused_at = len(panel.lab.history)
    assert panel.lab.trainer.num_steps_done == paused_at  # every trained step was taken in
    QApplication.processEvents()
    assert len(panel.lab.history) == paused_at  # no snapshot arrives after Pause
    assert panel.run_controls.run_button.text() == "Resume"
    choose(panel.training_box.speed_input, 0)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel)
    assert len(panel.lab.history) == 1000


def test_reset_gives_new_weights_and_clears_history(qtbot, panel):
    step_once(qtbot, panel)
    W_before = panel.lab.trainer.get_weights()[0]
    inputs_before = panel.lab.data.inputs.copy()
    panel.run_controls.reset_button.click()
    W_after, b_after = panel.lab.trainer.get_weights()
    assert len(panel.lab.history) == 0 and panel.lab.trainer.num_steps_done == 0
    assert not np.array_equal(W_before, W_after)
    np.testing.assert_array_equal(b_after, [0.0])
    np.testing.assert_array_equal(panel.lab.data.inputs, inputs_before)
    assert panel.log_tabs.log_text() == ""


@pytest.mark.parametrize("field, text, message", [
    ("covariance_input", "[[1, 2], [2, 1]]", "positive semi-definite"),
    ("covariance_input", "[[1, 0.5], [0.1, 1]]", "symmetric"),
    ("mean_0_input", "[0, three]", "could not read"),
    ("mean_1_input", "[1, 2, 3]", "expected (2,)"),
    ("mean_0_input", "[1e39, 0]", "too large"),
    ("covariance_input", "[[1e80, 0], [0, 1]]", "too large"),
    ("mean_1_input", "[1" + "0" * 400 + ", 0]", "too large"),
])
def test_bad_data_settings_show_a_message_and_keep_the_data(qtbot, panel, field, text, message):
    before = panel.lab.data.inputs.copy()
    getattr(panel.data_box, field).setText(text)
    panel.data_box.regenerate_button.click()
    assert panel.message_bar.level == "error"
    assert message in panel.message_bar.text()
    assert "previous data are kept" in panel.message_bar.text()
    np.testing.assert_array_equal(panel.lab.data.inputs, before)


def test_shuffle_is_offered_with_mini_batches_only(qtbot, panel):
    box = panel.training_box
    assert box.batch_size_input.value() == 0 and not box.shuffle_input.isEnabled()
    box.batch_size_input.setValue(32)
    assert box.shuffle_input.isEnabled()
    box.batch_size_input.setValue(0)
    run_steps(qtbot, panel, 5)  # a run's end enables its settings again: still not this
    assert not box.shuffle_input.isEnabled()


def test_choosing_a_data_set_draws_it_at_once(panel):
    before = panel.lab.data.inputs.copy()
    combo = panel.data_box.data_input
    index = combo.findData("circles")
    combo.setCurrentIndex(index)  # as a session or a lab sets it: nothing is drawn yet
    np.testing.assert_array_equal(panel.lab.data.inputs, before)
    combo.activated.emit(index)  # the student picked it from the list
    assert panel.lab.data.recipe.source == "circles"
    radii = np.linalg.norm(panel.lab.data.inputs, axis=1)
    assert radii[panel.lab.data.targets[:, 0] == 0].mean() < 1.5 < radii[
        panel.lab.data.targets[:, 0] == 1].mean()  # class 0 inside, class 1 on the ring


def test_the_notebooks_np_random_draw_is_a_data_set(qtbot, panel):
    choose(panel.data_box.data_input, "gaussians_np_random")
    assert panel.data_box.mean_0_input.isVisibleTo(panel.data_box)  # its means, covariance
    panel.data_box.seed_input.setValue(5)
    panel.data_box.regenerate_button.click()
    legacy = np.random.RandomState(5)  # what np.random.seed(5) sets up in a notebook
    negative = legacy.multivariate_normal([0, 3], [[1, 0.5], [0.5, 1]], size=1000)
    positive = legacy.multivariate_normal([3, 0], [[1, 0.5], [0.5, 1]], size=1000)
    np.testing.assert_array_equal(panel.lab.data.inputs,
                                  np.vstack((negative, positive)).astype(np.float32))
    qtbot.waitUntil(lambda: "np.random.seed(5)" in panel.log_tabs.code_view.code(),
                    timeout=20000)
    assert "np.random.multivariate_normal(mean=[0.0, 3.0]" in panel.log_tabs.code_view.code()


def test_regenerate_while_training_stops_the_worker_and_draws_new_data(qtbot, panel):
    choose(panel.training_box.speed_input, 10)
    panel.training_box.num_steps_input.setValue(1000)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: len(panel.lab.history) >= 1, timeout=10000)
    panel.data_box.num_samples_input.setValue(300)
    panel.data_box.regenerate_button.click()
    assert not panel.is_training()
    assert len(panel.lab.data.inputs) == 600 and len(panel.lab.history) == 0


def test_divergence_pauses_with_a_message_naming_the_learning_rate(qtbot, panel):
    choose(panel.training_box.loss_input, "squared")
    panel.training_box.learning_rate_input.setValue(5.0)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel)
    assert panel.message_bar.level == "warning"
    assert "Training diverged" in panel.message_bar.text()
    assert "learning rate 5 is probably too large" in panel.message_bar.text()
    assert len(panel.lab.history) < 100
    assert panel.run_controls.run_button.text() == "Run"  # a new run, not a resume


def test_after_divergence_the_loss_readout_is_short(qtbot, panel):
    """Regression: after divergence the loss readout showed a 30-digit number."""
    choose(panel.training_box.loss_input, "squared")
    panel.training_box.learning_rate_input.setValue(100.0)
    choose(panel.training_box.speed_input, 30)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel)
    loss = float(panel.lab.history.losses[-1])
    assert loss > 1e3 or not np.isfinite(loss)  # it diverged (where it stops varies)
    text = panel.now_box.text("loss")
    assert len(text) <= 12
    assert text == format_number(loss)


def test_huge_losses_are_written_short():
    assert format_number(1e30) == "1.000e+30"
    assert format_number(float("inf")) == "inf"
    assert format_number(0.04321) == "0.0432"


def test_loss_choice_changes_the_formula(qtbot, panel):
    assert "log(1 + exp(o))" in panel.training_box.formula_label.text()
    choose(panel.training_box.loss_input, "squared")
    assert "(y − o)²" in panel.training_box.formula_label.text()
    assert "tf.square(targets - logits)" in panel.log_tabs.code_view.code()


def test_another_loss_clears_the_readouts_measured_with_the_old_one(qtbot, panel):
    """Regression: after 30 steps of the logistic loss, choosing the squared loss kept
    the logistic loss's value in the Loss readout."""
    panel.training_box.num_steps_input.setValue(30)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=60000)
    logistic = float(panel.now_box.text("loss"))
    assert 0 < logistic < 0.69  # below log(2), the loss at o = 0
    choose(panel.training_box.loss_input, "squared")
    assert panel.now_box.text("loss") == panel.now_box.text("grad_W") == "—"
    assert panel.now_box.text("step") == "29" and panel.now_box.text("W").startswith("[")
    panel.run_controls.step_button.click()
    qtbot.waitUntil(lambda: panel.now_box.text("loss") != "—", timeout=60000)
    assert float(panel.now_box.text("loss")) != logistic


def test_widget_slots_run_on_the_gui_thread(qtbot, classifier_panel, monkeypatch):
    """What the worker's snapshots reach (history, plots, labels) is touched on the GUI
    thread."""
    from tfintro_gui.ui.classifier.plots import ClassifierPlots

    on_main_thread = []

    def recording(original):
        def wrapper(*args, **kwargs):
            on_main_thread.append(threading.current_thread() is threading.main_thread())
            return original(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(TrainingHistory, "append", recording(TrainingHistory.append))
    monkeypatch.setattr(ClassifierPlots, "show_model", recording(ClassifierPlots.show_model))
    monkeypatch.setattr(MessageBar, "show_message", recording(MessageBar.show_message))
    widget = classifier_panel
    choose(widget.training_box.loss_input, "squared")
    widget.training_box.learning_rate_input.setValue(5.0)  # diverges: the message bar too
    choose(widget.training_box.speed_input, 30)
    widget.training_box.num_steps_input.setValue(5)
    on_main_thread.clear()
    widget.run_controls.run_button.click()
    wait_until_idle(qtbot, widget, 10000)
    assert len(on_main_thread) >= 3 and all(on_main_thread)


def test_closing_the_window_during_training_joins_the_thread(qtbot, tensorflow_info):
    from tfintro_gui.ui.main_window import MainWindow

    window = MainWindow(initial_panel="classifier", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel("classifier")
    panel.tensorflow_ready(tensorflow_info)
    panel.training_box.num_steps_input.setValue(1_000_000)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: len(panel.lab.history) > 0, timeout=10000)
    assert running_threads()
    window.close()
    assert not running_threads()
    assert not panel.is_training()
    assert panel.lab.trainer.num_steps_done == panel.lab.history.num_steps


def test_device_chosen_elsewhere_applies_from_a_new_start(qtbot, panel, monkeypatch):
    """Regression: the panel kept its first trainer's device for every later start."""
    from tfintro_gui.core.classifier import training

    monkeypatch.setattr(training, "default_device", lambda: "/device:CPU:0")
    panel.run_controls.reset_button.click()
    assert panel.lab.trainer.device == "/device:CPU:0"
    assert panel.now_box.text("device") == "/device:CPU:0"


def test_at_a_random_start_the_many_wrong_points_are_not_ringed(qtbot, panel):
    """Regression: about half the points were ringed as misclassified, a black blob."""
    panel.lab.set_linear_weights(-1.0, 1.0)  # the wrong way round: most points wrong
    panel.view.show_live()
    wrong = int(panel.now_box.text("misclassified").split()[0])
    assert wrong > 1000
    assert len(panel.plots.misclassified.get_offsets()) == 0
    run_steps(qtbot, panel, 100)  # trained: a few wrong points, ringed
    wrong = int(panel.now_box.text("misclassified").split()[0])
    assert 0 < wrong <= 200
    assert len(panel.plots.misclassified.get_offsets()) == wrong


def test_long_curves_are_decimated_for_drawing():
    from tfintro_gui.ui.classifier.plot_parts import MAX_CURVE_POINTS, decimated

    steps = np.arange(100_000)
    shown_steps, shown_losses = decimated(steps, steps * 2.0)
    assert len(shown_steps) <= MAX_CURVE_POINTS + 1
    assert shown_steps[0] == 0 and shown_steps[-1] == 99_999
    np.testing.assert_array_equal(shown_losses, shown_steps * 2.0)
    short = np.arange(10)
    assert decimated(short, short)[0] is short


def test_boundary_is_drawn_when_nearly_vertical():
    from tfintro_gui.ui.classifier.plot_parts import boundary_segment

    xs, ys = boundary_segment(np.array([[1.0], [1e-9]]), np.array([-2.0]), 0.0, (-5, 5), (-4, 4))
    np.testing.assert_allclose(xs, [2.0, 2.0], atol=1e-6)
    np.testing.assert_array_equal(ys, [-4, 4])
    xs, ys = boundary_segment(np.array([[1.0], [-1.0]]), np.array([0.0]), 0.5, (-5, 5), (-4, 4))
    np.testing.assert_allclose(ys, [-5.5, 4.5])  # x − y = 0.5 for the squared loss
    assert boundary_segment(np.zeros((2, 1)), np.zeros(1), 0.0, (0, 1), (0, 1)) == ([], [])


def test_a_fast_run_says_how_it_was_compiled_and_when_it_compiles(qtbot, panel):
    choose(panel.training_box.speed_input, 0)  # as fast as possible: XLA where it can
    panel.training_box.num_steps_input.setValue(3000)
    seen = []
    panel._training.compiling.connect(lambda: seen.append(panel.now_box.text("steps_per_s")))
    qtbot.mouseClick(panel.run_controls.run_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, panel)
    assert len(panel.lab.history) == 3000
    speed = panel.now_box.text("steps_per_s")
    trainer = panel.lab.trainer
    steps_per_s = float(speed.split(" ")[0].replace(",", ""))
    assert steps_per_s > 0
    if trainer.xla_unavailable is None:
        assert speed.endswith("(XLA)") and trainer.compile_seconds > 0
    else:
        assert "XLA could not compile" in speed
    # A new trainer traces its loop first (tf.function), then compiles it for XLA; a larger
    # call size later in the run is "recompiling".
    assert set(seen) <= {"tracing tf.function…", "compiling for XLA…", "recompiling for XLA…"}
    assert "recompiling for XLA…" not in seen[:1]


def test_the_compiling_readout_follows_the_trainer(qtbot, panel):
    panel.lab.trainer.compiling = "XLA"  # as the worker sets it around a compiling call
    with qtbot.waitSignal(panel._training.compiling, timeout=5000):
        panel._training._on_runs_running_changed(True)
    panel._training._on_runs_running_changed(False)
    panel.lab.trainer.compiling = None
    assert panel.now_box.text("steps_per_s") == "compiling for XLA…"
    panel.now_box.show_compiling("tf.function")
    assert panel.now_box.text("steps_per_s") == "tracing tf.function…"


def test_a_larger_call_compiled_mid_run_reads_as_recompiling_not_as_a_new_start(qtbot,
                                                                                panel):
    """Regression: when the call size grew to 8192 steps the readout went back to
    "compiling for XLA…", and the run looked as if it had started again."""
    run_steps(qtbot, panel, 30)
    assert panel.now_box.text("steps_per_s").endswith("(XLA)")
    panel.now_box.show_compiling("XLA")
    assert panel.now_box.text("steps_per_s") == "recompiling for XLA…"
    assert panel.now_box.text("step") == "29"
    panel.run_controls.reset_button.click()  # a new start compiles, it does not recompile
    panel.now_box.show_compiling("XLA")
    assert panel.now_box.text("steps_per_s") == "compiling for XLA…"


def loss_lines(text: str) -> dict[int, float]:
    """``{step: loss}`` from "Loss at step N: x" lines."""
    found = re.findall(r"Loss at step (\d+): ([0-9.eE+-]+)", text)
    return {int(step): float(loss) for step, loss in found}


def test_the_code_tabs_are_programs_that_redo_the_next_run(qtbot, panel):
    """Copied before Run, each Code tab runs alone in a fresh Python and prints the loss
    lines the lab then logs (same data, same start, same steps)."""
    choose(panel.training_box.speed_input, 0)
    panel.training_box.num_steps_input.setValue(30)
    step_once(qtbot, panel)  # the program starts from the weights now, not the first ones
    tape_program = panel.log_tabs.code_view.code()
    keras_program = panel.log_tabs.keras_code_view.code()
    assert tape_program.startswith("import numpy as np\nimport tensorflow as tf")
    qtbot.mouseClick(panel.run_controls.run_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, panel)
    logged = loss_lines(panel.log_tabs.log_text())
    assert sorted(logged) == [9, 19, 29]
    for program in (tape_program, keras_program):
        printed = loss_lines(run_alone(program))
        assert sorted(printed) == [9, 19, 29]
        np.testing.assert_allclose([printed[step] for step in (9, 19, 29)],
                                   [logged[step] for step in (9, 19, 29)],
                                   rtol=1e-3, atol=2e-4)


def test_the_data_box_shows_the_training_sets_shapes(qtbot, panel):
    """The notebook prints inputs.shape (2000, 2) and targets.shape (2000, 1)."""
    assert panel.data_box.shapes_label.text() == ("inputs.shape  = (2000, 2)\n"
                                                  "targets.shape = (2000, 1)")
    panel.data_box.test_split_input.setValue(20)  # a fifth held out for testing
    qtbot.waitUntil(lambda: "(1600, 2)" in panel.data_box.shapes_label.text(), timeout=10000)


def test_the_shapes_have_their_two_lines_before_any_points_are_drawn(qtbot):
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    fresh = ClassifierPanel()
    qtbot.addWidget(fresh)
    assert not fresh.lab.data.has_points
    assert fresh.data_box.shapes_label.text() == ("inputs.shape  = (…, 2)\n"
                                                  "targets.shape = (…, 1)")


def test_misclassified_counts_the_training_points_only(qtbot, panel):
    """Regression: with a test set the readout counted every point ("… of 2000")."""
    panel.data_box.test_split_input.setValue(20)
    panel.lab.set_linear_weights(-1.0, 1.0)  # the wrong way round: most points wrong
    panel.view.show_live()
    data = panel.lab.data
    training = ~data.test_mask
    assert training.sum() == 1600
    wrong = panel.lab.misclassified(panel.lab.trainer.get_weights())
    assert 0 < wrong[~training].sum() < wrong.sum()  # test points are wrong too
    assert panel.now_box.text("misclassified") == f"{wrong[training].sum()} of 1600"


def test_a_new_test_set_says_that_training_starts_again(qtbot, panel):
    """A teacher who changed the test share after training learns why the steps are gone."""
    panel.data_box.test_split_input.setValue(10)  # before any step: nothing to say
    assert "starts again" not in panel.message_bar.text()
    run_steps(qtbot, panel, 20)
    weights_at_start = panel.lab.weights_at(0)
    panel.data_box.test_split_input.setValue(20)
    assert panel.message_bar.level == "info"
    assert "starts again from step 0" in panel.message_bar.text()
    assert len(panel.lab.history) == 0 and (~panel.lab.data.test_mask).sum() == 1600
    for now, start in zip(panel.lab.trainer.get_weights(), weights_at_start, strict=True):
        np.testing.assert_allclose(now, start, rtol=1e-6, atol=1e-7)


def test_a_typed_test_share_splits_once_on_enter(qtbot, panel):
    """Regression: typing "30" split the data at 3 % first, and the message of that split
    was gone by the second key."""
    run_steps(qtbot, panel, 20)
    spin = panel.data_box.test_split_input
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    assert len(panel.lab.history) > 0 and panel.lab.data.test_mask.sum() == 0  # not yet
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert panel.lab.data.test_mask.sum() == 600 and len(panel.lab.history) == 0
    assert "starts again from step 0" in panel.message_bar.text()
