"""Start-up figures: process start → window painted, → TensorFlow ready; bare TF import.

Prints one JSON object (seconds, medians of ``--repeats`` fresh processes):
``window_shown_s``, ``tf_ready_s``, ``tf_import_s`` and ``window_to_import_ratio``
(target ≤ 0.3). Each figure is measured from just before the child process is spawned,
with the wall clock (``time.time()``), so interpreter start-up is included in all three.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

WINDOW_CHILD = r"""
import json, sys, time
from tfintro_gui.core.runtime import configure_environment
configure_environment()
from tfintro_gui.app import create_application
app = create_application(offscreen=True)
from PySide6.QtCore import QEvent, QObject
from tfintro_gui.ui.main_window import MainWindow

times = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "window_shown" not in times:
            times["window_shown"] = time.time()
        return False

def on_loaded(info):
    times["tf_ready"] = time.time()
    window.close()
    app.quit()

window = MainWindow(initial_panel=sys.argv[1])
watcher = FirstPaint()
window.installEventFilter(watcher)
window.tensorflow_loaded.connect(on_loaded)
window.show()
app.exec()
print(json.dumps(times))
"""

IMPORT_CHILD = r"""
import json, os, time
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow
print(json.dumps({"tf_imported": time.time()}))
"""


def _run_child(code: str, *args: str) -> tuple[float, dict]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="bench-startup-"))
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=environment, timeout=300, check=True)
    return started, json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--panel", default="classifier",
                        choices=("devices", "tensors", "backprop", "classifier"))
    args = parser.parse_args()
    window_shown, tf_ready, tf_import = [], [], []
    for _ in range(args.repeats):
        started, times = _run_child(WINDOW_CHILD, args.panel)
        window_shown.append(times["window_shown"] - started)
        tf_ready.append(times["tf_ready"] - started)
        started, times = _run_child(IMPORT_CHILD)
        tf_import.append(times["tf_imported"] - started)
    figures = {
        "panel": args.panel,
        "repeats": args.repeats,
        "window_shown_s": round(statistics.median(window_shown), 3),
        "tf_ready_s": round(statistics.median(tf_ready), 3),
        "tf_import_s": round(statistics.median(tf_import), 3),
    }
    figures["window_to_import_ratio"] = round(figures["window_shown_s"] / figures["tf_import_s"],
                                              3)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
