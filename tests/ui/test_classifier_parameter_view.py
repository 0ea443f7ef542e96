"""The parameter view: loss surface over W, the live path, and dragging the weights."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tfintro_gui.core.classifier.losses import loss_surface
from tfintro_gui.ui.classifier_panel import ClassifierPanel
from tfintro_gui.ui.classifier_parameter_view import GRID_SIZE, ParameterView
from tfintro_gui.ui.classifier_plots import boundary_segment


@pytest.fixture
def panel(qtbot, tensorflow_info):
    widget = ClassifierPanel()
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def run_steps(qtbot, panel, num_steps):
    panel.num_steps_input.setValue(num_steps)
    panel.run_button.click()
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=30000)


def pixel_of(view, w1, w2):
    view.canvas.draw()
    x, y = view.axes.transData.transform((w1, w2))
    ratio = view.canvas.device_pixel_ratio
    return QPoint(int(round(x / ratio)), int(round((view.canvas.figure.bbox.height - y) / ratio)))


def test_the_view_is_off_by_default_and_costs_nothing(qtbot, panel, monkeypatch):
    calls = []
    monkeypatch.setattr(ParameterView, "show_parameters", lambda *args, **kw: calls.append(1))
    assert not panel.parameter_view.isVisible()
    run_steps(qtbot, panel, 20)
    assert calls == []


def test_surface_path_and_point_follow_training(qtbot, panel):
    panel.parameter_view_input.setChecked(True)
    assert panel.parameter_view.isVisible()
    run_steps(qtbot, panel, 40)
    view = panel.parameter_view
    W, b = panel.trainer.get_weights()
    np.testing.assert_allclose(np.ravel(view.point.get_data()), W.ravel())
    xs, ys = view.path.get_data()
    assert len(xs) == 41  # 40 recorded steps and the current weights
    np.testing.assert_allclose([xs[0], ys[0]], panel.history.parameters[0, :2])
    w1_values = np.linspace(*view.axes.get_xlim(), GRID_SIZE)
    w2_values = np.linspace(*view.axes.get_ylim(), GRID_SIZE)
    expected = loss_surface("logistic", panel._data.inputs[::2], panel._data.targets[::2],
                            w1_values, w2_values, float(b[0]))
    np.testing.assert_allclose(view.surface.get_array(), expected, rtol=1e-6)
    # The path ends where the loss is lower than where it began.
    assert panel.history.losses[-1] < panel.history.losses[0]


def test_dragging_the_point_sets_w_and_moves_the_boundary(qtbot, panel):
    panel.parameter_view_input.setChecked(True)
    view = panel.parameter_view
    W, b = panel.trainer.get_weights()
    xlim, ylim = view.axes.get_xlim(), view.axes.get_ylim()
    target = (xlim[0] + 0.3 * (xlim[1] - xlim[0]), ylim[0] + 0.8 * (ylim[1] - ylim[0]))
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *W.ravel()))
    qtbot.mouseMove(view.canvas, pos=pixel_of(view, *target))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *target))
    W_after, b_after = panel.trainer.get_weights()
    np.testing.assert_allclose(W_after.ravel(), target, atol=0.05 * (xlim[1] - xlim[0]))
    np.testing.assert_array_equal(b_after, b)
    expected = boundary_segment(W_after, b_after, 0.0, panel.plots.scatter_axes.get_xlim(),
                                panel.plots.scatter_axes.get_ylim())
    np.testing.assert_allclose(np.array(panel.plots.boundary.get_data(), float),
                               np.array(expected, float), rtol=1e-5)
    assert panel.readouts["W"].text() == np.array2string(W_after.ravel(), precision=4,
                                                         suppress_small=True)
    run_steps(qtbot, panel, 1)  # training goes on from the dragged weights
    np.testing.assert_allclose(panel.history.parameters[0, :2], W_after.ravel())


def test_a_press_away_from_the_point_does_not_drag(qtbot, panel):
    panel.parameter_view_input.setChecked(True)
    view = panel.parameter_view
    W, _ = panel.trainer.get_weights()
    xlim, ylim = view.axes.get_xlim(), view.axes.get_ylim()
    far = (xlim[1] - 0.05 * (xlim[1] - xlim[0]), ylim[0] + 0.05 * (ylim[1] - ylim[0]))
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=pixel_of(view, *far))
    qtbot.mouseMove(view.canvas, pos=pixel_of(view, *W.ravel()))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(panel.trainer.get_weights()[0], W)


def test_replay_moves_the_point_back_along_the_path(qtbot, panel):
    panel.parameter_view_input.setChecked(True)
    run_steps(qtbot, panel, 30)
    panel.replay_slider.setValue(5)
    view = panel.parameter_view
    np.testing.assert_allclose(np.ravel(view.point.get_data()), panel.history.parameters[5, :2])
    assert len(view.path.get_data()[0]) == 7  # steps 0..5 and the point


def test_hidden_layer_has_no_parameter_view(qtbot, panel):
    panel.parameter_view_input.setChecked(True)
    panel.mode_input.setCurrentIndex(panel.mode_input.findData("keras"))
    panel.hidden_units_input.setValue(3)
    view = panel.parameter_view
    assert not view.point.get_visible() and "linear model" in view.note.get_text()
    panel.hidden_units_input.setValue(0)
    assert view.point.get_visible() and view.note.get_text() == ""
