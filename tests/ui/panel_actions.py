"""Each panel's main action and a refused action, driven through its widgets as a student
clicks them: shared by the tests that look at every panel (language, layout, random walks).

Every function takes ``(panel, qtbot)`` and returns when the panel shows the outcome.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE


def _wait_for_run(qtbot, panel, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: not panel.controller.is_running(), timeout=timeout)


# -- Tensors -------------------------------------------------------------------------------
def tensors_main(panel, qtbot) -> None:
    """The notebook's cells: v, a (3, 1) variable, then a = tf.ones((2, 2)) … e *= d."""
    panel.build_deferred()
    panel.run_sequence(NOTEBOOK_SEQUENCE)
    panel.select_entry("v")


def tensors_refused(panel, qtbot) -> None:
    """Assign into the constant ``a``: TensorFlow's error, explained."""
    tensors_main(panel, qtbot)
    panel.run_sequence([("assign", {"name": "a", "value": "[[0., 0.], [0., 0.]]"})])
    assert panel.message_bar.level == "error"


# -- Backprop ------------------------------------------------------------------------------
def backprop_main(panel, qtbot) -> None:
    """The notebook's example stepped all the way forward, then all the way backward."""
    panel.build_deferred()
    controls = panel.step_controls
    while controls.step_forward_button.isEnabled():
        controls.step_forward_button.click()
    while controls.step_backward_button.isEnabled():
        controls.step_backward_button.click()


def backprop_refused(panel, qtbot) -> None:
    """An expression that does not parse: the graph stays, the bar says why."""
    backprop_main(panel, qtbot)
    panel.expression_box.expression_input.setPlainText("loss = abs(w * (x + b)")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level == "error"


def backprop_not_a_number(panel, qtbot) -> None:
    """A value typed in the inputs table that is not a number: the input is named."""
    backprop_main(panel, qtbot)
    panel.set_input("w", value="three")
    assert panel.message_bar.level == "error"


def backprop_unknown_name(panel, qtbot) -> None:
    """A function the expression language does not know (``sin``)."""
    backprop_main(panel, qtbot)
    panel.expression_box.expression_input.setPlainText("loss = sin(w * x + b)")
    panel.expression_box.build_button.click()
    assert panel.message_bar.level == "error"


def backprop_too_large(panel, qtbot) -> None:
    """A value beyond float32's range (3.4e38)."""
    backprop_main(panel, qtbot)
    panel.set_input("w", value="1e39")
    assert panel.message_bar.level == "error"


# -- Devices -------------------------------------------------------------------------------
def devices_main(panel, qtbot) -> None:
    """A small benchmark (n = 128, one repeat), then a placement."""
    panel.build_deferred()
    box = panel.benchmark_box
    box.sizes_input.setText("128")
    box.repeats_input.setValue(1)
    box.run_button.click()
    _wait_for_run(qtbot, panel)
    panel.placement_box.run_button.click()


def devices_refused(panel, qtbot) -> None:
    """A typo in the MirroredStrategy values."""
    devices_main(panel, qtbot)
    panel.distribution_box.values_input.setText("1, 2, three")
    panel.distribution_box.run_button.click()
    assert panel.message_bar.level == "error"


# -- Classifier ----------------------------------------------------------------------------
def classifier_main(panel, qtbot) -> None:
    """Train 30 steps and wait for the run to end."""
    panel.build_deferred()
    panel.training_box.num_steps_input.setValue(30)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=60000)


def classifier_refused(panel, qtbot) -> None:
    """A covariance that is not a 2×2 matrix."""
    classifier_main(panel, qtbot)
    panel.data_box.covariance_input.setText("[[1, 0.5], [0.5]]")
    panel.data_box.regenerate_button.click()
    assert panel.message_bar.level == "error"


def classifier_diverged(panel, qtbot) -> None:
    """The squared loss at learning rate 50: training diverges and says so."""
    panel.build_deferred()
    box = panel.training_box
    index = box.loss_input.findData("squared")
    box.loss_input.setCurrentIndex(index)
    box.learning_rate_input.setValue(50.0)
    box.num_steps_input.setValue(30)
    panel.run_controls.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=60000)


def classifier_mean_out_of_range(panel, qtbot) -> None:
    """A class mean beyond ±1,000,000: refused, the previous data kept."""
    classifier_main(panel, qtbot)
    panel.data_box.mean_0_input.setText("[0, 3e7]")
    panel.data_box.regenerate_button.click()
    assert panel.message_bar.level == "error"


def classifier_bad_csv(panel, qtbot) -> None:
    """A CSV file with a bad number, a bad label and a short line: every line said."""
    classifier_main(panel, qtbot)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.csv"
        path.write_text("x,y,label\n1,2,0\nabc,2,1\n3,4,7\n5,6\n1e9,0,1\n",
                        encoding="utf-8")
        assert not panel.data_actions.import_points(path)
    assert panel.message_bar.level == "error"


def classifier_keras_hidden(panel, qtbot) -> None:
    """Keras mode with a hidden layer of 4 tanh units, trained 30 steps."""
    panel.build_deferred()
    box = panel.training_box
    box.mode_input.setCurrentIndex(box.mode_input.findData("keras"))
    box.hidden_units_input.setValue(4)
    box.activation_input.setCurrentIndex(box.activation_input.findText("tanh"))
    classifier_main(panel, qtbot)


def classifier_test_split(panel, qtbot) -> None:
    """A test set of 20 % held out, then 30 steps: test loss and accuracy shown."""
    panel.build_deferred()
    panel.data_box.test_split_input.setValue(20)
    classifier_main(panel, qtbot)


#: panel key → (name, action) pairs: the main action and the refusals a student meets.
ACTIONS = {
    "tensors": (("main", tensors_main), ("refused", tensors_refused)),
    "backprop": (("main", backprop_main), ("refused", backprop_refused),
                 ("not_a_number", backprop_not_a_number), ("unknown_name", backprop_unknown_name),
                 ("too_large", backprop_too_large)),
    "devices": (("main", devices_main), ("refused", devices_refused)),
    "classifier": (("main", classifier_main), ("refused", classifier_refused),
                   ("diverged", classifier_diverged),
                   ("mean_out_of_range", classifier_mean_out_of_range),
                   ("bad_csv", classifier_bad_csv), ("keras_hidden", classifier_keras_hidden),
                   ("test_split", classifier_test_split)),
}
