"""Start-up figures: process start → window painted, → TensorFlow ready; bare Qt and TF.

Prints one JSON object (seconds from spawning the process, medians of ``--repeats`` fresh
processes, each with an empty settings folder; the lab's modules are compiled to bytecode
and one untimed start fills the cache folder (Matplotlib's font list, the lessons'
formula images), as on any start after the first):

- ``first_paint_s``: ``python -m tfintro_gui`` → the window with the panel's controls is
  on the screen;
- ``bare_qt_first_paint_s``: the same for a bare PySide6 window with a few buttons;
- ``tf_ready_s``: → TensorFlow imported and handed to the panels (the app prints the time
  when ``TFINTRO_GUI_STARTUP_TIMES`` is set);
- ``tf_import_s``: a bare ``python -c "import tensorflow"``;
- ``first_paint_ratio`` (target ≤ 2) and ``tf_ready_ratio`` (target ≤ 1.3);
- ``first_start_first_paint_s`` and ``first_start_tf_ready_s``: the same for that first
  start with an empty cache folder (one run).

With ``Xvfb`` installed (Debian: ``apt-get install xvfb``) the windows are measured on a
real X server (``"display": "xvfb"``): the script starts its own Xvfb on a free display,
and a separate process polls the screen's pixels (``QScreen.grabWindow``) until the
window's control area holds drawn controls (text, frames), not just a background. Without
Xvfb, or with ``--offscreen``, it falls back to the first ``Paint`` event of the window
on Qt's offscreen platform (``"display": "offscreen"``), which does not show how long a
real screen stays empty.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The variable that makes the lab print ``{"tensorflow_ready": time.time()}`` on stderr.
STARTUP_TIMES_VARIABLE = "TFINTRO_GUI_STARTUP_TIMES"
TIMEOUT_S = 300

#: A bare PySide6 window as large as the lab's, with a column of controls where the
#: lab's panel has its own.
BARE_WINDOW = r"""
import sys
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
row = QHBoxLayout(central)
row.addSpacing(150)
column = QVBoxLayout()
for index in range(8):
    column.addWidget(QLabel(f"Setting number {index}"))
    column.addWidget(QPushButton(f"Action {index}"))
column.addStretch(1)
row.addLayout(column)
row.addStretch(1)
window.setCentralWidget(central)
window.resize(1280, 800)
window.show()
if len(sys.argv) > 1:  # offscreen: print the time of the first paint and quit
    import json, time
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"painted": time.time()}), flush=True)
                QTimer.singleShot(0, app.quit)
                watched.removeEventFilter(self)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
app.exec()
"""

#: Polls the X screen until a window's control area is drawn; prints the time (the middle
#: of the interval between the last grab that did not show it and the first that did).
POLLER = r"""
import json, sys, time
import numpy as np
from PySide6.QtGui import QGuiApplication, QImage

LEFT, RIGHT, TOP, BOTTOM = 150, 600, 60, 60  # the control area inside the window
INK_LEVEL, INK_PIXELS, STRIDE = 48, 300, 4

def pixels(image):
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3]

def controls_drawn(screen):
    lit = screen[::STRIDE, ::STRIDE].max(axis=2) > 0  # the window, on a black root
    rows, columns = np.flatnonzero(lit.any(axis=1)), np.flatnonzero(lit.any(axis=0))
    if len(rows) * STRIDE < 200 or len(columns) * STRIDE < 200:
        return False
    top, bottom = rows[0] * STRIDE + TOP, rows[-1] * STRIDE - BOTTOM
    left = columns[0] * STRIDE
    area = screen[top:bottom, left + LEFT:left + RIGHT].astype(np.int16)
    if area.size == 0:
        return False
    background = np.median(area[::STRIDE, ::STRIDE].reshape(-1, 3), axis=0)
    ink = np.abs(area - background).max(axis=2) > INK_LEVEL
    return int(ink.sum()) >= INK_PIXELS

app = QGuiApplication(sys.argv[:1])
screen = app.primaryScreen()
deadline = time.time() + float(sys.argv[1])
print("ready", flush=True)
previous = time.time()
while time.time() < deadline:
    started = time.time()
    image = screen.grabWindow(0).toImage()
    grabbed = time.time()
    if controls_drawn(pixels(image)):
        print(json.dumps({"painted": (previous + grabbed) / 2,
                          "resolution": grabbed - previous}), flush=True)
        break
    previous = started
    time.sleep(0.005)
"""

#: The lab on Qt's offscreen platform: the time of the window's first Paint event.
OFFSCREEN_WINDOW = r"""
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
        if event.type() == QEvent.Type.Paint and "painted" not in times:
            times["painted"] = time.time()
        return False

def on_loaded(info):
    times["tensorflow_ready"] = time.time()
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

IMPORT_TENSORFLOW = r"""
import json, os, time
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow
print(json.dumps({"tensorflow_ready": time.time()}))
"""


def fresh_environment(**variables: str) -> dict:
    """``os.environ`` with an empty settings folder, bytecode caching on, and the checkout
    first on ``PYTHONPATH``."""
    environment = dict(os.environ, **variables)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-startup-config-")
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return environment


def last_json_line(text: str, key: str) -> float:
    """The ``key`` of the last line of ``text`` that is a JSON object holding it."""
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{") and key in line:
            return float(json.loads(line)[key])
    raise RuntimeError(f"no {key!r} line in: {text[-2000:]}")


def run_headless(code: str, *args: str) -> tuple[float, str]:
    """Spawn ``python -c code`` offscreen; return the spawn time and its stdout."""
    environment = fresh_environment(QT_QPA_PLATFORM="offscreen")
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=environment, timeout=TIMEOUT_S, check=True)
    return started, result.stdout


# -- a real X server ---------------------------------------------------------------------
def start_xvfb(displays: range) -> tuple[subprocess.Popen, str]:
    """Start ``Xvfb`` on the first free display of ``displays``; return it and DISPLAY."""
    for number in displays:
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24",
                                   "-nolisten", "tcp", "-br"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                time.sleep(0.2)  # the socket exists just before the server accepts
                return server, f":{number}"
            time.sleep(0.05)
        server.terminate()
        server.wait()
    raise RuntimeError(f"no free X display in :{displays.start}–:{displays.stop - 1}")


def x11_environment(display: str, **variables: str) -> dict:
    environment = fresh_environment(DISPLAY=display, **variables)
    environment.pop("QT_QPA_PLATFORM", None)
    environment.pop("WAYLAND_DISPLAY", None)
    return environment


def start_poller(display: str) -> subprocess.Popen:
    poller = subprocess.Popen([sys.executable, "-c", POLLER, str(TIMEOUT_S)],
                              stdout=subprocess.PIPE, text=True,
                              env=x11_environment(display))
    if poller.stdout.readline().strip() != "ready":
        raise RuntimeError("the screen poller did not start")
    return poller


def stop(process: subprocess.Popen, how: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(how)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_line(log, key: str, process: subprocess.Popen, started: float,
                  other: subprocess.Popen | None = None) -> float:
    """Wait until ``log`` (a file, or ``other``'s stdout when given) holds a JSON line with
    ``key``; return its value. Fails if ``process`` ends first or after ``TIMEOUT_S``."""
    while True:
        if other is not None:
            if other.poll() is not None:
                return last_json_line(other.stdout.read(), key)
        else:
            log.seek(0)
            text = log.read()
            if f'"{key}"' in text:
                return last_json_line(text, key)
        if process.poll() is not None or time.time() - started > TIMEOUT_S:
            log.seek(0)
            raise RuntimeError(f"{process.args} exited with {process.returncode} before "
                               f"{key}: {log.read()[-2000:]}")
        time.sleep(0.05)


def measure_window_on_x11(command: list[str], display: str,
                          wait_for_tensorflow: bool) -> tuple[float, float | None]:
    """Spawn ``command`` on ``display``; seconds until its controls are on the screen and
    (``wait_for_tensorflow``) until it says TensorFlow is ready."""
    poller = start_poller(display)
    log = tempfile.TemporaryFile(mode="w+")
    environment = x11_environment(display, **{STARTUP_TIMES_VARIABLE: "1"})
    started = time.time()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                               stderr=log, cwd=ROOT)
    try:
        painted = wait_for_line(log, "painted", process, started, other=poller) - started
        ready = None
        if wait_for_tensorflow:
            ready = wait_for_line(log, "tensorflow_ready", process, started) - started
        return painted, ready
    finally:
        stop(poller)
        # The lab closes on Ctrl+C as on File → Quit; the bare window has no handler for it.
        stop(process, signal.SIGINT if wait_for_tensorflow else signal.SIGTERM)
        log.close()


def measure_on_xvfb(panel: str, repeats: int, displays: range) -> dict:
    server, display = start_xvfb(displays)
    figures = {"first_paint_s": [], "bare_qt_first_paint_s": [], "tf_ready_s": [],
               "tf_import_s": []}
    lab = [sys.executable, "-m", "tfintro_gui", "--panel", panel]
    try:
        painted, ready = measure_window_on_x11(lab, display, True)
        figures["first_start_first_paint_s"] = [painted]
        figures["first_start_tf_ready_s"] = [ready]
        for _ in range(repeats):
            painted, ready = measure_window_on_x11(lab, display, True)
            figures["first_paint_s"].append(painted)
            figures["tf_ready_s"].append(ready)
            painted, _ = measure_window_on_x11([sys.executable, "-c", BARE_WINDOW], display,
                                               False)
            figures["bare_qt_first_paint_s"].append(painted)
            started, output = run_headless(IMPORT_TENSORFLOW)
            figures["tf_import_s"].append(last_json_line(output, "tensorflow_ready") - started)
    finally:
        stop(server)
    return {"display": "xvfb", **figures}


# -- offscreen fallback ------------------------------------------------------------------
def measure_offscreen(panel: str, repeats: int) -> dict:
    figures = {"first_paint_s": [], "bare_qt_first_paint_s": [], "tf_ready_s": [],
               "tf_import_s": []}
    started, output = run_headless(OFFSCREEN_WINDOW, panel)
    times = json.loads(output.strip().splitlines()[-1])
    figures["first_start_first_paint_s"] = [times["painted"] - started]
    figures["first_start_tf_ready_s"] = [times["tensorflow_ready"] - started]
    for _ in range(repeats):
        started, output = run_headless(OFFSCREEN_WINDOW, panel)
        times = json.loads(output.strip().splitlines()[-1])
        figures["first_paint_s"].append(times["painted"] - started)
        figures["tf_ready_s"].append(times["tensorflow_ready"] - started)
        started, output = run_headless(BARE_WINDOW, "--offscreen")
        figures["bare_qt_first_paint_s"].append(last_json_line(output, "painted") - started)
        started, output = run_headless(IMPORT_TENSORFLOW)
        figures["tf_import_s"].append(last_json_line(output, "tensorflow_ready") - started)
    return {"display": "offscreen", **figures}


def summary(panel: str, repeats: int, measured: dict) -> dict:
    figures = {"display": measured.pop("display"), "panel": panel, "repeats": repeats}
    for key, values in measured.items():
        figures[key] = round(statistics.median(values), 3)
    figures["first_paint_ratio"] = round(figures["first_paint_s"]
                                         / figures["bare_qt_first_paint_s"], 2)
    figures["tf_ready_ratio"] = round(figures["tf_ready_s"] / figures["tf_import_s"], 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--panel", default="classifier",
                        choices=("devices", "tensors", "backprop", "classifier"))
    parser.add_argument("--offscreen", action="store_true",
                        help="measure on Qt's offscreen platform even if Xvfb is installed")
    parser.add_argument("--displays", default="21-29", metavar="FIRST-LAST",
                        help="X display numbers to look for a free one in (default 21-29)")
    args = parser.parse_args()
    first, last = (int(number) for number in args.displays.split("-"))
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bench-startup-cache-")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tfintro_gui")],
                   check=True, env=fresh_environment())
    if args.offscreen or shutil.which("Xvfb") is None:
        measured = measure_offscreen(args.panel, args.repeats)
    else:
        measured = measure_on_xvfb(args.panel, args.repeats, range(first, last + 1))
    print(json.dumps(summary(args.panel, args.repeats, measured)))


if __name__ == "__main__":
    main()
