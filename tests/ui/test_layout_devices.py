"""The Devices panel fits (issue 11): maximised on 1280×720 and 1366×768 screens and at
1920×1080, in English and
Chinese, with the lesson pane open, before and after a small benchmark, nothing is cut,
collapsed or off-screen on any of its tabs; every tab's title shows; the control column's
content fits its width; the plots keep a useful size.

Renders are saved under ``$TFINTRO_LAYOUT_RENDERS`` (one per tab) when it is set.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.layout_check import (
    LAPTOP_WINDOW_SIZE,
    RENDERS_ENV,
    WINDOW_SIZES,
    layout_problems,
    render_and_check,
)

#: The sizes every panel meets in both languages, and the laptop screen where the plots
#: collapsed beside the lesson (issue 11), in English.
CASES = [(size, language) for size in WINDOW_SIZES for language in ("en", "zh_CN")]
CASES.append((LAPTOP_WINDOW_SIZE, "en"))
#: A plot smaller than this (pixels) is drawn but not readable: the ticks run together.
USEFUL_AXES_SIZE = (200, 120)


def _settle(panel) -> None:
    for _ in range(3):
        QApplication.processEvents()
    if panel.plots is not None and panel.tabs.currentWidget() is panel.benchmark_view:
        panel.plots.canvas.draw()  # lay the figure out at its current size now


def _tab_bar_problems(panel) -> list[str]:
    bar = panel.tabs.tabBar()
    problems = []
    for index in range(bar.count()):
        rect, wanted = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.right() > bar.width() or not bar.isTabVisible(index):
            problems.append(f"tab {bar.tabText(index)!r} is hidden")
        elif rect.width() < wanted.width():
            problems.append(f"tab {bar.tabText(index)!r} is elided: {rect.width()} of "
                            f"{wanted.width()} px")
    return problems


def _column_problems(panel) -> list[str]:
    column = next(area for area in panel.findChildren(QScrollArea)
                  if area.widget() is not None
                  and area.widget().isAncestorOf(panel.benchmark_box))
    needed = column.widget().minimumSizeHint().width()
    room = column.viewport().width()
    if needed > room:
        return [f"the control column needs {needed} px but shows {room} px"]
    return []


def _plot_problems(panel) -> list[str]:
    problems = []
    view = panel.benchmark_view  # its page scrolls, but the plots show whole at its top
    canvas = panel.plots.canvas
    bottom = canvas.mapTo(view.viewport(), canvas.rect().bottomLeft()).y()
    if bottom > view.viewport().height() + 1:
        problems.append(f"the plots end {bottom - view.viewport().height()} px below the "
                        "benchmark page's view: their x axes are hidden until it scrolls")
    for axes in (panel.plots.speed_axes, panel.plots.ratio_axes):
        box = axes.get_window_extent()
        if box.width < USEFUL_AXES_SIZE[0] or box.height < USEFUL_AXES_SIZE[1]:
            problems.append(f"plot {axes.get_title()!r} is {box.width:.0f}×{box.height:.0f} px")
    return problems


def _check_every_tab(panel, name: str, found: list[str]) -> None:
    """Show each tab in turn and collect what is wrong; save each render if asked."""
    window = panel.window()
    folder = os.environ.get(RENDERS_ENV)
    current = panel.tabs.currentIndex()
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        _settle(panel)
        tab = panel.tabs.tabText(index)
        found += [f"{tab}: {problem}" for problem in layout_problems(window)]
        if panel.tabs.currentWidget() is panel.benchmark_view:
            found += [f"{tab}: {problem}" for problem in _plot_problems(panel)]
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(folder) / f"{name}-tab{index}.png"))
    found += _tab_bar_problems(panel) + _column_problems(panel)
    panel.tabs.setCurrentIndex(current)
    _settle(panel)


def _action(stage: str, name: str, found: list[str]):
    def act(panel, qtbot):
        panel.window().set_lesson_visible(True)  # as in the issue: the lesson beside
        panel.build_deferred()
        if stage == "after":
            box = panel.benchmark_box
            box.sizes_input.setText("128, 256")
            box.repeats_input.setValue(1)
            with qtbot.waitSignal(panel.controller.finished, timeout=60000) as finished:
                box.run_button.click()
            assert finished.args == [True]
            assert len(panel.timings) == 4
            panel.placement_box.run_button.click()
            panel.distribution_box.run_button.click()
            panel.tabs.setCurrentWidget(panel.benchmark_view)
        _check_every_tab(panel, name, found)
    return act


@pytest.mark.parametrize("stage", ["before", "after"])
@pytest.mark.parametrize(("size", "language"), CASES,
                         ids=[f"{size[0]}x{size[1]}-{language}" for size, language in CASES])
def test_devices_panel_fits(qtbot, tensorflow_info, size, language, stage):
    found: list[str] = []
    name = f"devices-{size[0]}x{size[1]}-{language}-{stage}"
    problems = render_and_check(qtbot, tensorflow_info, "devices", size, language,
                                _action(stage, name, found), stage)
    assert not problems + found, "\n".join(problems + found)
