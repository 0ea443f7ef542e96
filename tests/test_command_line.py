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
