"""``tfintro-gui --screenshot FILE.png``: the window rendered offscreen, saved as PNG.

The panel shown first prepares its picture (``Panel.prepare_screenshot``: e.g. the
Classifier trains ``--train-steps`` steps) once TensorFlow is loaded and the plots are
built; the picture is taken 200 ms later, when pending redraws have landed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tfintro_gui.app import create_application

#: How long --screenshot waits for TensorFlow and training before giving up, in ms.
SCREENSHOT_TIMEOUT_MS = 300_000


def take_screenshot(path: Path, panel: str | None, train_steps: int,
                    language: str | None = None, size: tuple[int, int] = (1400, 860)) -> int:
    """Render the window offscreen, let the panel prepare, save a PNG and return 0.

    Returns:
        0 on success; 1 if TensorFlow failed to load or the image could not be written.
    """
    app = create_application(offscreen=True, language=language)
    from PySide6.QtCore import QTimer

    from tfintro_gui.ui.main_window import MainWindow

    window = MainWindow(initial_panel=panel, remember=False)
    window.resize(*size)
    window.show()
    outcome = {"code": 1}

    def save() -> None:
        outcome["code"] = 0 if window.grab().save(str(path)) else 1
        if outcome["code"]:
            print(f"Could not write the screenshot to {path}.", file=sys.stderr)
        window.close()
        app.quit()

    def prepare_once_both_are_ready(*_args) -> None:  # TensorFlow, and the plots
        if window.tensorflow_info is None or not waiting["plots"] or waiting["started"]:
            return  # a failed import is saved as it is by on_failed
        waiting["started"] = True
        panel_widget = window.panel(window.current_panel_key())
        # Let pending redraws land before grabbing.
        panel_widget.prepare_screenshot({"train_steps": train_steps},
                                        lambda: QTimer.singleShot(200, save))

    def on_plots_built() -> None:
        waiting["plots"] = True
        prepare_once_both_are_ready()

    def on_failed(message: str) -> None:
        print(f"TensorFlow could not be loaded: {message}", file=sys.stderr)
        save()
        outcome["code"] = 1

    def on_timeout() -> None:
        print("The screenshot timed out.", file=sys.stderr)
        window.close()
        app.quit()

    waiting = {"plots": False, "started": False}
    window.plots_built.connect(on_plots_built)
    window.tensorflow_loaded.connect(prepare_once_both_are_ready)
    window.tensorflow_failed.connect(on_failed)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, on_timeout)
    app.exec()
    return outcome["code"]
