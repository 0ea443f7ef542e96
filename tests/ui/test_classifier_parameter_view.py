"""The parameter view: loss surface over W, the live path, and dragging the weights."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.classifier_helpers import choose, run_steps
from tfintro_gui.core.classifier.losses import loss_surface
from tfintro_gui.ui.classifier.parameter_view import GRID_SIZE, ParameterView
from tfintro_gui.ui.classifier.plot_parts import boundary_segment


@pytest.fixture
def panel(classifier_panel):
    classifier_panel.resize(1400, 860)
    return classifier_panel


def pixel_of(view, w1, w2):
    view.canvas.draw()
    x, y = view.axes.transData.transform((w1, w2))
    ratio = view.canvas.device_pixel_ratio
    return QPoint(int(round(x / ratio)), int(round((view.canvas.figure.bbox.height - y) / ratio)))


def test_the_view_is_off_by_default_and_costs_nothing(qtbot, panel, monkeypatch):
    calls = []
    monkeypatch.setattr(ParameterView, "show_parameters", lambda *args, **kw: calls.append(1))
    assert not panel.parameter_view.isVisible()
    assert not panel.figures.parameter_view_shown()
    run_steps(qtbot, panel, 20)
    assert calls == []


def test_surface_path_and_point_follow_training(qtbot, panel):
    panel.training_box.parameter_view_input.setChecked(True)
    assert panel.parameter_view.isVisible()
    run_steps(qtbot, panel, 40)
    view = panel.parameter_view
    W, b = panel.lab.trainer.get_weights()
    np.testing.assert_allclose(np.ravel(view.point.get_data()), W.ravel())
    xs, ys = view.path.get_data()
    assert len(xs) == 41  # 40 recorded steps and the current weights
    np.testing.assert_allclose([xs[0], ys[0]], panel.lab.history.parameters[0, :2])
    w1_values = np.linspace(*view.axes.get_xlim(), GRID_SIZE)
    w2_values = np.linspace(*view.axes.get_ylim(), GRID_SIZE)
    expected = loss_surface("logistic", panel.lab.data.inputs[::2], panel.lab.data.targets[::2],
                            w1_values, w2_values, float(b[0]))
    np.testing.assert_allclose(view.surface.get_array(), expected, rtol=1e-6)
    # The path ends where the loss is lower than where it began.
    assert panel.lab.history.losses[-1] < panel.lab.history.losses[0]


def test_dragging_the_point_sets_w_and_moves_the_boundary(qtbot, panel):
    panel.training_box.parameter_view_input.setChecked(True)
    view = panel.parameter_view
    W, b = panel.lab.trainer.get_weights()
    xlim, ylim = view.axes.get_xlim(), view.axes.get_ylim()
    target = (xlim[0] + 0.3 * (xlim[1] - xlim[0]), ylim[0] + 0.8 * (ylim[1] - ylim[0]))
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *W.ravel()))
    qtbot.mouseMove(view.canvas, pos=pixel_of(view, *target))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *target))
    W_after, b_after = panel.lab.trainer.get_weights()
    np.testing.assert_allclose(W_after.ravel(), target, atol=0.05 * (xlim[1] - xlim[0]))
    np.testing.assert_array_equal(b_after, b)
    expected = boundary_segment(W_after, b_after, 0.0, panel.plots.scatter_axes.get_xlim(),
                                panel.plots.scatter_axes.get_ylim())
    np.testing.assert_allclose(np.array(panel.plots.boundary.get_data(), float),
                               np.array(expected, float), rtol=1e-5)
    assert panel.now_box.text("W") == np.array2string(W_after.ravel(), precision=4,
                                                         suppress_small=True)
    run_steps(qtbot, panel, 1)  # training goes on from the dragged weights
    np.testing.assert_allclose(panel.lab.history.parameters[0, :2], W_after.ravel())


def test_a_press_away_from_the_point_does_not_drag(qtbot, panel):
    panel.training_box.parameter_view_input.setChecked(True)
    view = panel.parameter_view
    W, _ = panel.lab.trainer.get_weights()
    xlim, ylim = view.axes.get_xlim(), view.axes.get_ylim()
    far = (xlim[1] - 0.05 * (xlim[1] - xlim[0]), ylim[0] + 0.05 * (ylim[1] - ylim[0]))
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *far))
    qtbot.mouseMove(view.canvas, pos=pixel_of(view, *W.ravel()))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.lab.trainer.get_weights()[0], W)


def test_replay_moves_the_point_back_along_the_path(qtbot, panel):
    panel.training_box.parameter_view_input.setChecked(True)
    run_steps(qtbot, panel, 30)
    panel.replay_bar.slider.setValue(5)
    view = panel.parameter_view
    np.testing.assert_allclose(np.ravel(view.point.get_data()), panel.lab.history.parameters[5, :2])
    assert len(view.path.get_data()[0]) == 7  # steps 0..5 and the point


def test_hidden_layer_has_no_parameter_view(qtbot, panel):
    panel.training_box.parameter_view_input.setChecked(True)
    choose(panel.training_box.mode_input, "keras")
    panel.training_box.hidden_units_input.setValue(3)
    view = panel.parameter_view
    assert not view.point.get_visible() and not view.canvas.isVisible()
    assert view.note.isVisible() and "linear model" in view.note.text()
    panel.training_box.hidden_units_input.setValue(0)
    assert view.point.get_visible() and view.canvas.isVisible() and not view.note.isVisible()
