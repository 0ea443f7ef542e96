"""Check a built bundle as a fresh lab laptop would run it (``make package-test``).

Runs the frozen executable from an empty temporary folder with an empty HOME, a clean
environment (``env -i`` with only PATH, HOME and ``QT_QPA_PLATFORM=offscreen``), no
source tree on the path and, where ``unshare`` may make one, no network at all:

1. ``--version`` prints the version of this checkout;
2. ``--self-test`` exits 0 and every panel's ``"ok"`` is true;
3. ``--report`` exits 0 and prints the Markdown report;
4. ``--screenshot`` after a few training steps writes a PNG;
5. nothing was written into the bundle or the working folder, and in HOME only under
   ``.config`` and ``.cache``.

It also reports the glibc the bundle needs (that of the build machine) and lists, as a
warning, libraries Qt's X11 plug-in needs that the bundle lacks (the build machine did
not have them to copy).

Prints one JSON object (timings in seconds) and exits 0 only if every check passed.

Usage::

    python packaging/check_bundle.py dist/tfintro-gui/tfintro-gui
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Where a first run may write in HOME: QSettings and keras.json under .config,
#: Matplotlib's and fontconfig's caches under .cache.
ALLOWED_HOME_ENTRIES = {".config", ".cache"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TIMEOUT_S = 600


def source_version() -> str:
    """``tfintro_gui.__version__`` read from the checkout without importing it."""
    text = (ROOT / "tfintro_gui" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE).group(1)


def network_isolation() -> list[str]:
    """A command prefix that runs a program without any network, or ``[]`` if none works.

    ``unshare --net`` gives the program a network namespace of its own with only a
    loopback device that is down; ``--map-root-user`` lets a normal user do the same.
    """
    if shutil.which("unshare") is None:
        return []
    for prefix in (["unshare", "--net"], ["unshare", "--map-root-user", "--net"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode == 0:
                return prefix
        except (OSError, subprocess.TimeoutExpired):
            continue
    return []


def unresolved_libraries(bundle: Path) -> dict[str, list[str]]:
    """Libraries Qt's X11 plug-in needs that neither the bundle nor this machine has
    (``ldd`` says "not found"); empty elsewhere or without ``ldd``.

    PyInstaller copies the xcb libraries it finds on the build machine; one it cannot find
    is missing from the bundle too, and a laptop without it cannot open a window under X11
    (the offscreen checks here would not notice). Wayland's own libraries are never
    bundled (they belong to the desktop), so the Wayland plug-in is not checked.
    """
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    if sys.platform != "linux" or shutil.which("ldd") is None or not plugins.is_dir():
        return {}
    internal = bundle / "_internal"
    environment = {"PATH": "/usr/bin:/bin",
                   "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing = {}
    for plugin in sorted(plugins.glob("libqxcb*.so")):
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                env=environment)
        names = sorted({line.split()[0] for line in result.stdout.splitlines()
                        if "not found" in line})
        if names:
            missing[plugin.name] = names
    return missing


def required_glibc(bundle: Path) -> str | None:
    """The newest glibc symbol version any binary in the bundle needs, e.g. ``"2.36"``.

    PyInstaller copies libraries such as libstdc++ from the build machine, so a bundle runs
    only where glibc is at least this new: build on the oldest Linux the laptops run.
    None on other systems or without ``objdump`` (binutils).
    """
    if sys.platform != "linux" or shutil.which("objdump") is None:
        return None
    newest = (0, 0)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        if not (".so" in path.name or os.access(path, os.X_OK)):
            continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True,
                                 text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}" if newest != (0, 0) else None


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """``{relative path: (size, mtime in ns)}`` of every file under ``folder``."""
    found = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            status = path.stat()
            found[str(path.relative_to(folder))] = (status.st_size, status.st_mtime_ns)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path, help="the bundle's tfintro-gui executable")
    parser.add_argument("--train-steps", type=int, default=20,
                        help="classifier steps before the screenshot (default 20)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    executable = args.executable.resolve()
    if not executable.is_file():
        print(f"{executable} does not exist; run `make package` first.", file=sys.stderr)
        return 1
    bundle = executable.parent
    scratch = Path(tempfile.mkdtemp(prefix="tfintro-gui-package-test-"))
    home = scratch / "home"
    work = scratch / "work"
    home.mkdir()
    work.mkdir()
    isolation = network_isolation()
    environment = ["env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}",
                   "QT_QPA_PLATFORM=offscreen"]
    failures: list[str] = []
    summary: dict = {"executable": str(executable),
                     "no_network": bool(isolation),
                     "environment": environment[2:]}

    def run(*options: str) -> tuple[subprocess.CompletedProcess, float]:
        started = time.perf_counter()
        result = subprocess.run([*isolation, *environment, str(executable), *options],
                                cwd=work, capture_output=True, text=True, timeout=TIMEOUT_S)
        return result, round(time.perf_counter() - started, 2)

    before = snapshot(bundle)

    result, _ = run("--version")
    expected = f"tfintro-gui {source_version()}"
    if result.returncode != 0 or result.stdout.strip() != expected:
        failures.append(f"--version printed {result.stdout.strip()!r} (exit "
                        f"{result.returncode}), expected {expected!r}")

    result, summary["self_test_s"] = run("--self-test")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        report = None
        failures.append(f"--self-test printed no JSON (exit {result.returncode}): "
                        f"{result.stdout[-2000:]}{result.stderr[-2000:]}")
    if report is not None:
        summary["self_test"] = report
        panels = report.get("panels", {})
        failed = sorted(name for name, entry in panels.items() if entry.get("ok") is not True)
        if result.returncode != 0 or report.get("ok") is not True or not panels or failed:
            failures.append(f"--self-test exit {result.returncode}, ok={report.get('ok')}, "
                            f"failed panels {failed}, error {report.get('error')!r}")

    result, summary["report_s"] = run("--report")
    if result.returncode != 0 or "TensorFlow" not in result.stdout:
        failures.append(f"--report exit {result.returncode}: {result.stderr[-2000:]}")

    screenshot = work / "classifier.png"
    result, summary["screenshot_s"] = run("--panel", "classifier", "--train-steps",
                                          str(args.train_steps), "--screenshot", screenshot.name)
    if (result.returncode != 0 or not screenshot.is_file()
            or screenshot.read_bytes()[:8] != PNG_SIGNATURE):
        failures.append(f"--screenshot exit {result.returncode}: {result.stderr[-2000:]}")
    else:
        summary["screenshot_bytes"] = screenshot.stat().st_size

    after = snapshot(bundle)
    changed = sorted(path for path in after if before.get(path) != after[path])
    if changed:
        failures.append(f"written into the bundle: {changed[:20]}")
    stray = sorted(path.name for path in work.iterdir() if path != screenshot)
    if stray:
        failures.append(f"written into the working folder: {stray}")
    home_entries = sorted(path.name for path in home.iterdir())
    summary["home_written"] = sorted(str(path.relative_to(home))
                                     for path in home.rglob("*") if path.is_file())
    outside = sorted(set(home_entries) - ALLOWED_HOME_ENTRIES)
    if outside:
        failures.append(f"written into HOME outside .config and .cache: {outside}")

    summary["needs_glibc"] = required_glibc(bundle)
    summary["platform_plugins_missing"] = unresolved_libraries(bundle)
    for plugin, names in summary["platform_plugins_missing"].items():
        print(f"WARNING: the bundle's {plugin} needs {', '.join(names)}, which this build "
              "machine lacks: install them (Debian/Ubuntu: see README) and rebuild, or "
              "laptops without them cannot use that display server.", file=sys.stderr)

    summary["failures"] = failures
    summary["ok"] = not failures
    print(json.dumps(summary, indent=2))
    if args.keep:
        print(f"Kept {scratch}", file=sys.stderr)
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
