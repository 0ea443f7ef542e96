"""The Tensors panel is fully usable, with nothing cut, maximised on 1280×720 and 1366×768
screens and at 1920×1080,
in English and Chinese, with the lesson pane open: before its main action (a hint instead
of empty heatmap axes) and after it — the notebook's cell (a = tf.ones((2, 2)) … e *= d),
then a (3, 1) variable selected, then a refused assignment into a constant (the error in
the message area). Renders are saved under ``$TFINTRO_LAYOUT_RENDERS`` when it is set."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE


def _load_layout_check():
    path = Path(__file__).with_name("layout_check.py")
    spec = importlib.util.spec_from_file_location("layout_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout_check = _load_layout_check()
SIZES = (*layout_check.WINDOW_SIZES, layout_check.LAPTOP_WINDOW_SIZE)


def clipped_scroll_contents(root) -> list[str]:
    """Scroll areas that never scroll sideways but whose content is wider than their
    viewport: the right edge of every control in them is cut off."""
    QApplication.processEvents()
    return [f"{area.widget().width()} px of content in a {area.viewport().width()} px column"
            for area in root.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and area.widget().width() > area.viewport().width() + layout_check.SLACK]


def _open_the_lesson(panel, qtbot):
    panel.window().set_lesson_visible(True)
    panel.build_deferred()
    assert not panel.value_view.heatmap_shown()
    assert panel.value_view.hint_text()
    assert clipped_scroll_contents(panel) == []


def _run_the_notebook_cell_then_refuse_an_assignment(panel, qtbot):
    _open_the_lesson(panel, qtbot)
    panel.run_sequence(NOTEBOOK_SEQUENCE[3:])  # a = tf.ones((2, 2)) … e *= d
    panel.run_sequence(NOTEBOOK_SEQUENCE[:3])  # v, a (3, 1) variable
    panel.select_entry("v")
    panel.run_sequence([("assign", {"name": "a", "value": "[[0., 0.], [0., 0.]]"})])
    assert panel.message_bar.level == "error"
    assert panel.selected_name == "v" and panel.value_view.heatmap_shown()
    assert clipped_scroll_contents(panel) == []


STAGES = {"before": _open_the_lesson, "after": _run_the_notebook_cell_then_refuse_an_assignment}


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{width}x{height}" for width, height in SIZES])
def test_the_tensors_panel_fits(qtbot, tensorflow_info, size, language, stage):
    problems = layout_check.render_and_check(qtbot, tensorflow_info, "tensors", size,
                                             language, STAGES[stage], stage)
    assert problems == []
