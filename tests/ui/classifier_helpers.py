"""Steps the Classifier panel's tests share: train, choose a combo box entry, click."""

from PySide6.QtCore import QPoint


def run_steps(qtbot, panel, num_steps: int, timeout: int = 60000) -> None:
    """Click Run for ``num_steps`` steps and wait until the run has ended."""
    panel.training_box.num_steps_input.setValue(num_steps)
    panel.run_controls.run_button.click()
    wait_until_idle(qtbot, panel, timeout)


def step_once(qtbot, panel, timeout: int = 60000) -> None:
    """Click Step and wait until it has ended."""
    panel.run_controls.step_button.click()
    wait_until_idle(qtbot, panel, timeout)


def wait_until_idle(qtbot, panel, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not panel.is_training(), timeout=timeout)


def choose(combo, key) -> None:
    """Select the entry of ``combo`` whose data is ``key``."""
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def click_scatter(qtbot, panel, x: float, y: float, button) -> None:
    """Click the scatter at data coordinates ``(x, y)``."""
    canvas = panel.plots.canvas
    canvas.draw()
    display_x, display_y = panel.plots.scatter_axes.transData.transform((x, y))
    ratio = canvas.device_pixel_ratio
    position = QPoint(int(round(display_x / ratio)),
                      int(round((canvas.figure.bbox.height - display_y) / ratio)))
    qtbot.mouseClick(canvas, button, pos=position)
