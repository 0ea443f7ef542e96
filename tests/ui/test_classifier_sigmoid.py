"""The σ(o) tab: the standard logistic function with every training point at its logit."""

import numpy as np
import pytest

from tests.ui.classifier_helpers import run_steps
from tfintro_gui.ui.classifier.sigmoid_plot import MIN_HALF_WIDTH, half_width_for, sigmoid


def test_sigmoid_is_the_standard_logistic_function():
    np.testing.assert_allclose(sigmoid([0.0, 2.0, -2.0]),
                               [0.5, 1 / (1 + np.exp(-2.0)), 1 / (1 + np.exp(2.0))],
                               rtol=1e-12, atol=1e-15)
    assert sigmoid([1000.0])[0] == 1.0 and sigmoid([-1000.0])[0] == 0.0  # no overflow
    assert half_width_for(np.array([0.5, -3.0])) == MIN_HALF_WIDTH
    assert half_width_for(np.array([13.0, np.inf])) == 4 * MIN_HALF_WIDTH


def test_the_points_sit_on_the_curve_at_the_models_logits(qtbot, classifier_panel):
    panel = classifier_panel
    tabs = panel.log_tabs
    tabs.setCurrentIndex(1)
    assert tabs.tabText(1) == "σ(o)"
    run_steps(qtbot, panel, 20)
    plot = panel.figures.sigmoid_plot
    assert plot.isVisible()
    weights = panel.lab.trainer.get_weights()
    inputs, targets = panel.lab.data.inputs, panel.lab.data.targets
    logits = inputs @ weights[0] + weights[1]
    for points, label in zip(plot.points, (0, 1), strict=True):
        mine = logits[targets[:, 0] == label, 0]
        offsets = np.asarray(points.get_offsets())
        assert len(offsets) == len(mine) == 1000
        np.testing.assert_allclose(offsets[:, 0], mine, rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(offsets[:, 1], 1 / (1 + np.exp(-offsets[:, 0])),
                                   rtol=1e-9, atol=1e-12)
    # After 20 steps from a random start, class 1 lies to the right of class 0 on average.
    class_0, class_1 = (np.asarray(points.get_offsets())[:, 0].mean() for points in plot.points)
    assert class_1 > class_0
    assert plot.note.get_text() == ""


@pytest.mark.parametrize("loss", ["squared"])
def test_the_squared_loss_gets_a_note(qtbot, classifier_panel, loss):
    from tests.ui.classifier_helpers import choose

    panel = classifier_panel
    panel.log_tabs.setCurrentIndex(1)
    choose(panel.training_box.loss_input, loss)
    run_steps(qtbot, panel, 1)
    assert "squared loss" in panel.figures.sigmoid_plot.note.get_text()
