"""Classifier panel: its notebook cells redo the training; its session part comes back."""

import json

import nbformat
import numpy as np
import pytest

from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tensorflow_info):
    window = MainWindow(initial_panel="classifier", load_tensorflow=False)
    qtbot.addWidget(window)
    window.panel("classifier").tensorflow_ready(tensorflow_info)
    yield window
    window.panel("classifier").shutdown()


def _train(qtbot, panel, num_steps):
    panel.training_box.num_steps_input.setValue(num_steps)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=60000)


def _step(qtbot, panel):
    panel.run_controls.step_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=60000)


def _exported_values(window, tmp_path, run_code_cells, names=("W", "b")):
    path = tmp_path / "session.ipynb"
    assert window.export_notebook(str(path)), window.message_bar.text()
    return run_code_cells(nbformat.read(path, as_version=4), names)


def test_no_cells_before_tensorflow_is_loaded(qtbot):
    window = MainWindow(initial_panel="classifier", load_tensorflow=False)
    qtbot.addWidget(window)
    assert window.panel("classifier").notebook_cells() == []
    assert window.panel("classifier").session_state() == {}


def test_the_notebook_redoes_runs_with_changed_settings_and_an_added_point(
        qtbot, window, tmp_path, run_code_cells):
    panel = window.panel("classifier")
    _train(qtbot, panel, 20)
    panel.data_actions.insert_point(len(panel.lab.data.inputs), np.float32([4.5, 4.5]), 0.0, False)
    panel.training_box.loss_input.setCurrentIndex(panel.training_box.loss_input.findData("squared"))
    panel.training_box.learning_rate_input.setValue(0.05)
    _train(qtbot, panel, 17)
    assert panel.lab.trainer.num_steps_done == 37
    W, b = panel.lab.trainer.get_weights()
    values, output = _exported_values(window, tmp_path, run_code_cells)
    np.testing.assert_allclose(values["W"], W, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(values["b"], b, rtol=1e-4, atol=1e-6)
    # The notebook prints the log the panel showed, step for step.
    printed = [line for line in output.splitlines() if line.startswith("Loss at step")]
    assert printed == panel.log_tabs.log_text().splitlines()
    assert printed[-1].startswith("Loss at step 29: ")
    assert "2000 training points, 0 test points" in output


def _choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_earlier_starts_stay_in_the_notebook(qtbot, window, tmp_path, run_code_cells):
    """A run, Reset to same start, another mode and a run: the notebook redoes both."""
    from tfintro_gui.core.classifier.notebook_code import NEW_START_TEXT

    panel = window.panel("classifier")
    _train(qtbot, panel, 20)
    first_log = [line for line in panel.log_tabs.log_text().splitlines()
                 if line.startswith("Loss at step")]
    panel.run_controls.reset_button.click()
    _choose(panel.training_box.mode_input, "keras")
    _train(qtbot, panel, 12)
    second_log = [line for line in panel.log_tabs.log_text().splitlines()
                  if line.startswith("Loss at step")]
    assert (len(first_log), len(second_log)) == (2, 1)  # steps 9, 19; then 9 again
    names = panel.lab.model_spec.weight_names
    path = tmp_path / "session.ipynb"
    assert window.export_notebook(str(path))
    notebook = nbformat.read(path, as_version=4)
    assert [cell.source for cell in notebook.cells].count(NEW_START_TEXT) == 1
    values, output = run_code_cells(notebook, names)
    printed = [line for line in output.splitlines() if line.startswith("Loss at step")]
    assert printed == [*first_log, *second_log]  # both starts, in order, step for step
    for name, expected in zip(names, panel.lab.trainer.get_weights(), strict=True):
        np.testing.assert_allclose(values[name], expected, rtol=1e-4, atol=1e-6)


def test_shuffled_mini_batches_resume_mid_epoch_in_the_notebook(qtbot, window, tmp_path,
                                                                 run_code_cells):
    """Steps, a removed point and a run that starts inside an epoch: the notebook takes
    the same batches in the same order."""
    panel = window.panel("classifier")
    _choose(panel.data_box.data_input, "moons")
    panel.data_box.num_samples_input.setValue(60)
    panel.data_box.seed_input.setValue(-1)  # random: a seed is drawn and written out
    panel.data_box.test_split_input.setValue(25)
    panel.data_box.regenerate_button.click()
    panel.training_box.batch_size_input.setValue(16)
    panel.training_box.shuffle_input.setChecked(True)
    panel.training_box.learning_rate_input.setValue(0.5)
    for _ in range(3):
        _step(qtbot, panel)
    panel.data_actions.delete_point(5)
    _step(qtbot, panel)
    _train(qtbot, panel, 21)
    assert panel.lab.trainer.num_steps_done == 25
    W, b = panel.lab.trainer.get_weights()
    values, output = _exported_values(window, tmp_path, run_code_cells)
    np.testing.assert_allclose(values["W"], W, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(values["b"], b, rtol=1e-4, atol=1e-6)
    assert "90 training points, 30 test points" in output


@pytest.mark.parametrize("batch_size", [0, 24])
def test_keras_mode_is_redone_with_model_fit(qtbot, window, tmp_path, run_code_cells,
                                             batch_size):
    panel = window.panel("classifier")
    _choose(panel.data_box.data_input, "xor")
    panel.data_box.num_samples_input.setValue(50)
    panel.data_box.regenerate_button.click()
    _choose(panel.training_box.mode_input, "keras")
    panel.training_box.hidden_units_input.setValue(4)
    panel.training_box.batch_size_input.setValue(batch_size)
    panel.training_box.learning_rate_input.setValue(0.3)
    _train(qtbot, panel, 7)
    _step(qtbot, panel)
    _train(qtbot, panel, 5)
    weights = panel.lab.trainer.get_weights()
    names = panel.lab.model_spec.weight_names
    values, output = _exported_values(window, tmp_path, run_code_cells, names)
    for name, expected in zip(names, weights, strict=True):
        np.testing.assert_allclose(values[name], expected, rtol=1e-4, atol=1e-6,
                                   err_msg=name)
    printed = [line for line in output.splitlines() if line.startswith("Loss at step")]
    assert [line.split(":")[0] for line in printed] == ["Loss at step 9"]


def test_a_saved_classifier_opens_with_the_same_data_weights_and_settings(
        qtbot, window, tensorflow_info, tmp_path):
    panel = window.panel("classifier")
    _choose(panel.data_box.data_input, "circles")
    panel.data_box.num_samples_input.setValue(80)
    panel.data_box.noise_input.setValue(0.1)
    panel.data_box.seed_input.setValue(-1)
    panel.data_box.test_split_input.setValue(20)
    panel.data_box.regenerate_button.click()
    panel.training_box.learning_rate_input.setValue(0.07)
    panel.training_box.batch_size_input.setValue(32)
    _choose(panel.training_box.speed_input, 10)
    _train(qtbot, panel, 12)
    assert panel.lab.trainer.num_steps_done == 12
    _choose(panel.training_box.loss_input, "squared")  # settings changed after the run are kept too
    panel.training_box.shuffle_input.setChecked(False)
    panel.data_actions.insert_point(3, np.float32([0.5, -0.25]), 1.0, False)
    path = tmp_path / "session.json"
    assert window.save_session(str(path)), window.message_bar.text()
    W, b = panel.lab.trainer.get_weights()

    other = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(other)
    restored = other.panel("classifier")
    restored.tensorflow_ready(tensorflow_info)
    assert other.open_session(str(path)), other.message_bar.text()
    assert other.current_panel_key() == "classifier"
    W2, b2 = restored.lab.trainer.get_weights()
    np.testing.assert_array_equal(W2, W)
    np.testing.assert_array_equal(b2, b)
    assert restored.lab.trainer.num_steps_done == 12
    assert restored.now_box.text("step") == "11"
    np.testing.assert_array_equal(restored.lab.data.inputs, panel.lab.data.inputs)
    np.testing.assert_array_equal(restored.lab.data.targets, panel.lab.data.targets)
    np.testing.assert_array_equal(restored.lab.data.test_mask, panel.lab.data.test_mask)
    assert restored.lab.data.inputs[3].tolist() == [0.5, -0.25]
    assert restored.data_box.settings() == panel.data_box.settings()
    assert restored.training_box.settings() == panel.training_box.settings()
    assert restored.training_box.learning_rate_input.value() == 0.07
    assert restored.training_box.batch_size_input.value() == 32
    assert not restored.training_box.shuffle_input.isChecked()
    assert restored.data_box.seed_input.value() == -1
    assert restored.data_box.test_split_input.value() == 20
    assert restored.session_state() == panel.session_state()
    # Reset to same start goes back to the saved run's start.
    restored.run_controls.restart_button.click()
    np.testing.assert_array_equal(restored.lab.trainer.get_weights()[0], panel.lab.start_weights[0])


def _session_file(tmp_path, state):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "tfintro-gui-session", "version": 1,
                                "panels": {"classifier": state}}), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, message", [
    (lambda s: s.__setitem__("weights", [[[1.0], [2.0], [3.0]], [0.0]]), "shape"),
    (lambda s: s["training"].__setitem__("learning_rate", float("nan")), "learning_rate"),
    (lambda s: s["training"].__setitem__("learning_rate", -0.1), "learning_rate"),
    (lambda s: s["training"].__setitem__("loss", "hinge"), "Unknown loss"),
    (lambda s: s["training"].__setitem__("mode", "jax"), "Unknown training mode"),
    (lambda s: s.__setitem__("num_steps_done", -4), "num_steps_done"),
    (lambda s: s["weights"][0].__setitem__(0, [float("inf")]), "not finite"),
    (lambda s: s["data"].__setitem__("edits", [["delete", 10_000]]), "removes point"),
    (lambda s: s["training"].__setitem__("learning_rate", 1e308), "from 0.0001 to 100"),
    (lambda s: s["data"].__setitem__("mean_0", [1e39, 0]), "too large"),
])
def test_a_bad_classifier_part_is_refused_and_changes_nothing(qtbot, window, tmp_path,
                                                              change, message):
    panel = window.panel("classifier")
    _step(qtbot, panel)
    state = json.loads(json.dumps(panel.session_state()))
    change(state)
    weights = panel.lab.trainer.get_weights()
    inputs = panel.lab.data.inputs.copy()
    learning_rate = panel.training_box.learning_rate_input.value()
    assert not window.open_session(str(_session_file(tmp_path, state)))
    assert window.message_bar.level == "error"
    assert message in window.message_bar.text() and "Nothing was changed" in \
        window.message_bar.text()
    for before, after in zip(weights, panel.lab.trainer.get_weights(), strict=True):
        np.testing.assert_array_equal(before, after)
    np.testing.assert_array_equal(panel.lab.data.inputs, inputs)
    assert panel.training_box.learning_rate_input.value() == learning_rate
    assert panel.lab.trainer.num_steps_done == 1
