"""The command line: --version, argument errors, --self-test, --report and --screenshot,
headless; --report and --self-test in the chosen language."""

import json
import os
import re
import subprocess
import sys

import pytest

from tfintro_gui import __version__
from tfintro_gui.app import build_parser


def run_app(*args, timeout=300, environment=None):
    environment = environment or dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tfintro_gui", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, env=environment)


def test_version():
    result = run_app("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"tfintro-gui {__version__}"


def test_unknown_panel_gives_argparse_message():
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--panel", "keras"])
    assert exit_info.value.code == 2


def test_self_test_prints_json_and_passes():
    """The keys and values scripts read are the same in every language; the messages
    beside them are in the chosen one (here Chinese)."""
    result = run_app("--self-test", "--language", "zh_CN")
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["ok"] is True
    assert report["versions"]["tensorflow"][0].isdigit()
    classifier = report["panels"]["classifier"]
    assert classifier["ok"] and classifier["final_loss"] < 0.1 and classifier["accuracy"] > 0.95
    assert classifier["steps_per_s"] > 0
    assert report["panels"]["window"]["ok"]
    assert "oneDNN" not in result.stderr and "cuda" not in result.stderr.lower()
    # Progress on standard error, stage by stage, in the chosen language (a slow first
    # TensorFlow import shows what it waits for); the JSON alone is on standard output.
    progress = [line for line in result.stderr.splitlines() if line.startswith("正在")]
    assert progress[0].startswith("正在导入 TensorFlow") and len(progress) == 6
    assert progress[-1] == "正在打开窗口和每个面板…"
    assert report["language"] == "zh_CN"
    assert report["message"] == "所有检查都已通过：这台计算机可以用来上实验课了。"
    assert set(report["panels"]) == {"devices", "tensors", "backprop", "classifier", "window"}
    for name, part in report["panels"].items():
        assert re.search(r"[\u4e00-\u9fff]", part["message"]), name
    assert classifier["message"].startswith("分类器学会了：最终损失 ")
    devices = report["panels"]["devices"]
    if devices["num_gpus"] == 0:
        assert [item["code"] for item in devices["no_gpu_explanations"]] == devices[
            "no_gpu_reasons"]


@pytest.fixture
def saved_chinese(tmp_path):
    """An environment without a display whose saved language (View → Language) is Chinese."""
    folder = tmp_path / "config" / "tfintro-gui"
    folder.mkdir(parents=True)
    (folder / "TensorFlow Intro Lab.conf").write_text("[interface]\nlanguage=zh_CN\n",
                                                      encoding="utf-8")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
                   and not key.startswith("LC_")}
    environment.update(XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="en_US.UTF-8")
    return environment


def test_report_speaks_the_saved_language_without_a_display(saved_chinese):
    result = run_app("--report", environment=saved_chinese)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("# TensorFlow 入门实验 — 设备报告\n")
    for heading in ("## 版本", "## 设备", "## 设备设置", "## 放置"):
        assert f"\n{heading}\n" in report
    assert "| tensorflow | " in report and "`Num GPUs Available: " in report
    assert "TensorFlow Intro Lab" not in report and "## Versions" not in report


def test_report_language_option_wins_and_english_is_unchanged(saved_chinese):
    result = run_app("--report", "--language", "en", environment=saved_chinese)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("# TensorFlow Intro Lab — device report\n\nCollected ")
    for heading in ("## Versions", "## Devices", "## Device set-up",
                    "## Matrix product benchmark (float32, median of repeats)", "## Placement",
                    "## MirroredStrategy"):
        assert f"\n{heading}\n" in report
    assert not re.search(r"[\u4e00-\u9fff]", report)


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


def test_window_size_is_read_as_width_x_height():
    from tfintro_gui.app import build_parser

    assert build_parser().parse_args(["--window-size", "1280x720"]).window_size == (1280, 720)
    for bad in ("1280", "0x720", "axb", "99999x1"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--window-size", bad])


def test_the_window_class_is_the_programs_name_however_it_is_started():
    """Regression: started with ``python -m tfintro_gui``, the X11 window class (from the
    application's first argument) was "__main__.py" instead of the program's name."""
    from tests.ui.fresh_python import run_alone

    code = ("from tfintro_gui.app import create_application\n"
            "print(create_application(offscreen=True).arguments()[0])\n")
    assert run_alone(code, timeout=120).strip() == "tfintro-gui"
