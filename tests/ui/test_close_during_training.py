"""Closing the window while training: the process exits 0 without Qt's thread warning."""

import os
import subprocess
import sys

SCRIPT = r"""
from tfintro_gui.core.runtime import configure_environment, import_tensorflow, default_device
configure_environment()
from tfintro_gui.app import create_application
app = create_application(offscreen=True)
from PySide6.QtCore import QTimer
from tfintro_gui.ui.main_window import MainWindow

tf = import_tensorflow()
window = MainWindow(initial_panel="classifier", load_tensorflow=False)
window.show()
panel = window.panel("classifier")
panel.tensorflow_ready({"version": tf.__version__, "device": default_device()})
panel.training_box.num_steps_input.setValue(1_000_000)
panel.run_controls.run_button.click()

def close_when_training():
    if len(panel.lab.history) > 0:
        window.close()
        app.quit()
    else:
        QTimer.singleShot(20, close_when_training)

QTimer.singleShot(20, close_when_training)
app.exec()
print("trained steps:", len(panel.lab.history), "training:", panel.is_training(),
      "steps done agree:", panel.lab.trainer.num_steps_done == panel.lab.history.num_steps)
"""


def test_close_mid_run_exits_cleanly(tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120, env=environment)
    assert result.returncode == 0, result.stderr
    assert "QThread: Destroyed while thread" not in result.stderr
    assert "training: False" in result.stdout
    assert "steps done agree: True" in result.stdout
