"""The command line: --version, argument errors, --self-test and --screenshot, headless."""

import json
import os
import subprocess
import sys

import pytest

from tfintro_gui import __version__
from tfintro_gui.app import build_parser


def run_app(*args, timeout=300):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tfintro_gui", *args], capture_output=True,
                          text=True, timeout=timeout, env=environment)


def test_version():
    result = run_app("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"tfintro-gui {__version__}"


def test_unknown_panel_gives_argparse_message():
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--panel", "keras"])
    assert exit_info.value.code == 2


def test_self_test_prints_json_and_passes():
    result = run_app("--self-test")
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["ok"] is True
    assert report["versions"]["tensorflow"][0].isdigit()
    classifier = report["panels"]["classifier"]
    assert classifier["ok"] and classifier["final_loss"] < 0.1 and classifier["accuracy"] > 0.95
    assert classifier["steps_per_s"] > 0
    assert report["panels"]["window"]["ok"]
    assert "oneDNN" not in result.stderr and "cuda" not in result.stderr.lower()


def test_screenshot_after_training(tmp_path):
    path = tmp_path / "classifier.png"
    result = run_app("--panel", "classifier", "--train-steps", "50", "--screenshot", str(path))
    assert result.returncode == 0, result.stderr
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 20_000


def test_train_steps_without_screenshot_is_an_argument_error(capsys):
    from tfintro_gui.app import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--train-steps", "5"])
    assert exit_info.value.code == 2
    assert "--train-steps needs --screenshot" in capsys.readouterr().err


def test_missing_x11_libraries_exit_with_code_3_and_the_install_command():
    """Regression: on a stock Debian 12 `make run` aborted in Qt (exit code 134) with
    "xcb-cursor0 or libxcb-cursor0 is needed…"."""
    code = ("import sys\n"
            "from tfintro_gui import platform_check\n"
            "def load(name):\n"
            "    if name.endswith(('libxcb-cursor.so.0', 'libxcb-icccm.so.4')):\n"
            "        raise OSError(name + ': cannot open shared object file')\n"
            "platform_check.load_library = load\n"
            "platform_check.distribution_family = lambda: 'debian'\n"
            "from tfintro_gui.app import main\n"
            "sys.exit(main(['--panel', 'tensors']))\n")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    environment["DISPLAY"] = ":99"  # never reached: the check comes before Qt
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env=environment)
    assert result.returncode == 3, result.stderr
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in result.stderr
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in result.stderr
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr
