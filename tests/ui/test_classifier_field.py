"""The probability field: a slow layer of the blitted figure, redrawn at most 10 times a
second while the boundary follows every frame, and always brought up to date."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.losses import probability
from tfintro_gui.core.classifier.trainer import LINEAR_MODEL
from tfintro_gui.ui.classifier import plots as plots_module
from tfintro_gui.ui.classifier.plots import FIELD_RESOLUTION, ClassifierPlots


@pytest.fixture
def plots(qtbot):
    widget = ClassifierPlots()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    inputs = np.array([[-1.0, -1.0], [2.0, 2.0], [0.0, 3.0]], np.float32)
    widget.show_data(inputs, np.array([[0], [1], [1]], np.float32))
    widget.canvas.draw()
    return widget


def expected_field(plots, weights):
    _, _, points = plots._grid(FIELD_RESOLUTION)
    logits = LINEAR_MODEL.logits(weights, points).reshape(FIELD_RESOLUTION, FIELD_RESOLUTION)
    return probability("logistic", logits)


def show(plots, weights):
    wrong = np.zeros(3, bool)
    plots.show_model(LINEAR_MODEL, weights, "logistic", 0.0, wrong)
    plots.refresh()


def count_draws(artist, monkeypatch):
    calls = []
    original = artist.draw
    monkeypatch.setattr(artist, "draw", lambda renderer: (calls.append(1), original(renderer)))
    return calls


def test_the_field_follows_the_weights_at_most_every_interval(qtbot, plots, monkeypatch):
    monkeypatch.setattr(plots_module, "FIELD_INTERVAL_S", 0.5)
    first = [np.array([[1.0], [0.0]], np.float32), np.zeros(1, np.float32)]
    second = [np.array([[0.0], [-2.0]], np.float32), np.array([0.5], np.float32)]

    def field_is(weights):
        return np.allclose(plots.field.get_array(), expected_field(plots, weights),
                           rtol=1e-6, atol=1e-7)

    plots._field_drawn_at = -1e9  # long ago: the field follows in the next turn
    show(plots, first)
    qtbot.waitUntil(lambda: field_is(first), timeout=5000)
    field_draws = count_draws(plots.field, monkeypatch)
    boundary_draws = count_draws(plots.boundary, monkeypatch)
    show(plots, second)  # within the interval: the boundary moves, the field waits
    assert boundary_draws and not field_draws and field_is(first)
    assert plots._field_timer.isActive()
    qtbot.waitUntil(lambda: bool(field_draws), timeout=5000)
    assert field_is(second)


def test_a_frame_never_redraws_the_field_in_the_same_turn(plots, monkeypatch):
    # The field's redraw is the slow part: in its own turn of the event loop it does not
    # lengthen a frame's pause (the panel's stall while training).
    weights = [np.array([[1.0], [0.0]], np.float32), np.zeros(1, np.float32)]
    plots._field_drawn_at = -1e9
    field_draws = count_draws(plots.field, monkeypatch)
    show(plots, weights)
    assert not field_draws and plots._field_timer.isActive()


def test_a_full_redraw_always_shows_the_newest_field(plots):
    weights = [np.array([[0.0], [3.0]], np.float32), np.array([-1.0], np.float32)]
    plots._field_drawn_at = 1e18  # as if it had just been drawn
    plots.show_model(LINEAR_MODEL, weights, "logistic", 0.0, np.zeros(3, bool))
    plots.refresh(full=True)
    np.testing.assert_allclose(plots.field.get_array(), expected_field(plots, weights),
                               rtol=1e-6, atol=1e-7)
    # P(class 1) at the top of the view, far above x[1] = 1/3, is close to 1.
    assert plots.field.get_array()[-1].min() > 0.99
