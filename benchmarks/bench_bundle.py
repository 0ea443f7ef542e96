"""Start-up figures of the packaged lab (``make package``) as a student meets it.

Prints one JSON object (seconds, medians of ``--repeats`` fresh processes):

- ``window_shown_s``: process start → the main window is mapped and viewable on an X
  server (a private ``Xvfb``, polled with ``xwininfo`` every 20 ms), with a warm HOME
  (second and later starts); ``first_window_shown_s``: the same with an empty HOME, as on
  a laptop's very first start (Matplotlib builds its font list then);
- ``self_test_s``: ``--self-test`` from start to exit;
- ``screenshot_s``: ``--screenshot`` without training: start → TensorFlow loaded →
  PNG written.

``--command`` measures another command the same way, e.g. the lab from source:
``--command "python -m tfintro_gui"``. Needs ``Xvfb`` and ``xwininfo`` for the window
figures (Debian: ``apt-get install xvfb x11-utils``); without them those are null.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_TITLE = "TensorFlow Intro Lab"
POLL_S = 0.02
TIMEOUT_S = 120


def start_xvfb() -> tuple[subprocess.Popen, str] | None:
    """A private X server; returns it and its DISPLAY, or None without Xvfb."""
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def window_viewable(display: str) -> bool:
    """True once a top-level window whose title names the lab is viewable."""
    environment = dict(os.environ, DISPLAY=display)
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                          env=environment).stdout
    for line in tree.splitlines():
        if WINDOW_TITLE in line:
            window_id = line.split()[0]
            state = subprocess.run(["xwininfo", "-id", window_id], capture_output=True,
                                   text=True, env=environment).stdout
            if "IsViewable" in state:
                return True
    return False


def time_window(command: list[str], display: str, home: Path) -> float:
    """Seconds from spawning ``command`` to its window being viewable."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
                   "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    log = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, cwd=home, stdout=subprocess.DEVNULL,
                               stderr=log)
    try:
        while not window_viewable(display):
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"{command} exited with {process.returncode} before "
                                   f"showing a window: {log.read()[-2000:]}")
            if time.perf_counter() - started > TIMEOUT_S:
                raise TimeoutError(f"{command} showed no window in {TIMEOUT_S} s")
            time.sleep(POLL_S)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def time_run(command: list[str], home: Path) -> float:
    """Seconds ``command`` takes, headless, in a clean environment; it must exit 0."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
                   "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(command, env=environment, cwd=home, check=True, capture_output=True,
                   timeout=600)
    return time.perf_counter() - started


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--executable", type=Path,
                        default=ROOT / "dist" / "tfintro-gui" / "tfintro-gui")
    parser.add_argument("--command", help="measure this command line instead")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else [str(args.executable.resolve())]

    first_window, window, self_test, screenshot = [], [], [], []
    xvfb = start_xvfb()
    try:
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
                home = Path(folder)
                if xvfb is not None:
                    first_window.append(time_window(command, xvfb[1], home))
                    window.append(time_window(command, xvfb[1], home))
                self_test.append(time_run([*command, "--self-test"], home))
                screenshot.append(time_run([*command, "--screenshot", "shot.png"], home))
    finally:
        if xvfb is not None:
            xvfb[0].terminate()
            xvfb[0].wait()
    print(json.dumps({
        "command": command,
        "repeats": args.repeats,
        "first_window_shown_s": median(first_window),
        "window_shown_s": median(window),
        "self_test_s": median(self_test),
        "screenshot_s": median(screenshot),
    }))


if __name__ == "__main__":
    main()
