"""tfintro-gui --check-lab FILE and --lab FILE from the command line."""

import json
import os
import subprocess
import sys

from tfintro_gui.app import build_parser
from tfintro_gui.resources import resource_path


def run_app(*args, timeout=300):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tfintro_gui", *args], capture_output=True,
                          text=True, timeout=timeout, env=environment)


def test_check_lab_passes_a_shipped_lab_with_its_computed_answers():
    result = run_app("--check-lab", str(resource_path("labs/tensors.tflab")))
    assert result.returncode == 0, result.stdout + result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["ok"] is True
    assert verdict["answers"]["ones-shape"] == [2, 3]
    assert verdict["answers"]["numpy-dtype"] == "float64"
    assert verdict["answers"]["constant-assignment"] == "TypeError"


def test_check_lab_refuses_a_bad_lab_with_json_paths(tmp_path):
    document = json.loads(resource_path("labs/backprop.tflab").read_text(encoding="utf-8"))
    document["steps"][0]["panel"] = "keras"
    document["steps"][2]["lock"] = ["warp_drive"]
    path = tmp_path / "bad.tflab"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run_app("--check-lab", str(path))
    assert result.returncode == 1
    verdict = json.loads(result.stdout)
    assert verdict["ok"] is False
    assert {problem["path"] for problem in verdict["problems"]} >= {
        "$.steps[0].panel", "$.steps[2].lock[0]"}


def test_lab_and_check_lab_take_a_file():
    args = build_parser().parse_args(["--lab", "intro.tflab", "--panel", "backprop"])
    assert str(args.lab) == "intro.tflab" and args.check_lab is None
