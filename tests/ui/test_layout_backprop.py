"""The Backprop panel fits: nothing cut, collapsed or off-screen at 1280×720 and 1920×1080,
in English and Chinese, before stepping and after the notebook's example was stepped all
the way forward and backward (the three-way table full)."""

import pytest

from tests.ui.layout_check import WINDOW_SIZES, render_and_check


def _built(panel, qtbot):
    panel.build_deferred()  # the main window does this after its first paint


def _stepped_through(panel, qtbot):
    """The notebook example, every step forward then every step backward, by the buttons."""
    panel.build_deferred()
    controls = panel.step_controls
    while controls.step_forward_button.isEnabled():
        controls.step_forward_button.click()
    while controls.step_backward_button.isEnabled():
        controls.step_backward_button.click()
    assert panel.results()["w"] == ("2", "2", "2", "✓")
    assert len(panel.results()) == 6


@pytest.mark.parametrize("size", WINDOW_SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize(("stage", "action"), [("before", _built), ("after", _stepped_through)])
def test_backprop_fits_the_window(qtbot, tensorflow_info, size, language, stage, action):
    problems = render_and_check(qtbot, tensorflow_info, "backprop", size, language, action,
                                stage)
    assert problems == []
