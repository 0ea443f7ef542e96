"""Lab files: the shipped labs pass, and bad files are refused with their JSON path."""

import copy
import json
import os
import sys

import pytest

from tfintro_gui.core.labs.checking import check_lab_command, check_lab_file
from tfintro_gui.core.labs.reading import (
    MAX_LAB_BYTES,
    MAX_NESTING,
    LabFileError,
    lab_from_text,
    load_lab,
)
from tfintro_gui.core.labs.schema import PANEL_CONTROLS, schema_json
from tfintro_gui.resources import resource_path

SHIPPED = ("devices", "tensors", "backprop", "classifier")


def shipped_path(name):
    return resource_path(f"labs/{name}.tflab")


def minimal_lab(**step_fields):
    step = {"id": "one", "panel": "backprop",
            "instruction": {"en": "Look.", "zh_CN": "看。"}, **step_fields}
    return {"format": "tfintro-lab", "version": 1, "title": {"en": "T", "zh_CN": "题"},
            "steps": [step]}


def number_question(probe, args, kind="number"):
    return {"kind": kind, "prompt": {"en": "?", "zh_CN": "？"},
            "probe": {"name": probe, "args": args}}


NOTEBOOK = {"expression": "x1 = w * x\nx2 = x1 + b\nloss_val = abs(y_true - x2)",
            "inputs": {"w": {"value": 3}, "x": {"value": 2, "kind": "constant"},
                       "b": {"value": 1}, "y_true": {"value": 4, "kind": "constant"}}}


def problems_of(document) -> list[dict]:
    with pytest.raises(LabFileError) as caught:
        lab_from_text(json.dumps(document))
    return [problem.to_json() for problem in caught.value.problems]


def refused_at(document, path, code=None):
    problems = problems_of(document)
    matching = [p for p in problems if p["path"] == path and (code is None or p["code"] == code)]
    assert matching, problems
    return matching[0]


# -- the shipped labs ----------------------------------------------------------------------
@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_lab_is_valid_in_both_languages_with_three_questions(name):
    lab = load_lab(shipped_path(name))
    questions = lab.question_steps()
    assert len(questions) >= 3
    for step in lab.steps:
        assert step.instruction["en"] and step.instruction["zh_CN"]
        assert step.instruction["en"] != step.instruction["zh_CN"]
    assert {step.panel for step in lab.steps} == {name}
    assert len(lab.sha256) == 64 and lab.path.endswith(f"{name}.tflab")


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_lab_passes_check_lab_with_computed_answers(name):
    verdict = check_lab_file(shipped_path(name))
    assert verdict["ok"] is True, verdict
    assert set(verdict["answers"]) == {step.id for step in load_lab(shipped_path(name))
                                       .question_steps()}


def test_check_lab_file_gives_the_notebook_answers():
    answers = check_lab_file(shipped_path("backprop"))["answers"]
    assert answers == {"forward": pytest.approx(3.0, abs=1e-6),
                       "gradient-w": pytest.approx(2.0, abs=1e-6),
                       "gradient-b": pytest.approx(1.0, abs=1e-6),
                       "not-watched": None, "watched": pytest.approx(6.0, abs=1e-6)}


def test_the_schema_file_matches_the_schema():
    assert resource_path("labs/tflab-1.schema.json").read_text(encoding="utf-8") == \
        schema_json()


# -- refusals: types, panels, controls ---------------------------------------------------------
def test_wrong_type_is_refused_with_its_path():
    problem = refused_at(minimal_lab(lock="expression"), "$.steps[0].lock", "type")
    assert "array" in problem["message"]


def test_unknown_panel_is_refused_with_its_path():
    problem = refused_at(minimal_lab(panel="keras"), "$.steps[0].panel", "enum")
    assert "'keras'" in problem["message"]


def test_unknown_control_is_refused_with_its_path():
    problem = refused_at(minimal_lab(lock=["expression", "warp_drive"]),
                         "$.steps[0].lock[1]", "enum")
    assert "warp_drive" in problem["message"]


def test_a_control_of_another_panel_is_refused():
    assert "learning_rate" in PANEL_CONTROLS["classifier"]
    refused_at(minimal_lab(hide=["learning_rate"]), "$.steps[0].hide[0]", "enum")


def test_a_missing_translation_is_refused():
    document = minimal_lab()
    del document["steps"][0]["instruction"]["zh_CN"]
    problem = refused_at(document, "$.steps[0].instruction", "required")
    assert "zh_CN" in problem["message"]


def test_unknown_state_field_and_devices_state_are_refused():
    refused_at(minimal_lab(state={"expresion": "x"}), "$.steps[0].state",
               "additionalProperties")
    refused_at(minimal_lab(panel="devices", state={"anything": 1}), "$.steps[0].state",
               "additionalProperties")


def test_wrong_state_type_is_refused():
    refused_at(minimal_lab(panel="classifier", state={"training": {"learning_rate": "fast"}}),
               "$.steps[0].state.training.learning_rate", "type")


def test_duplicate_step_ids_are_refused():
    document = minimal_lab()
    document["steps"].append(copy.deepcopy(document["steps"][0]))
    refused_at(document, "$.steps[1].id", "duplicate_id")


def test_newer_version_says_update():
    document = minimal_lab()
    document["version"] = 2
    problem = refused_at(document, "$.version", "newer_version")
    assert "Update the lab" in problem["message"]


# -- refusals: questions whose answer cannot be computed ---------------------------------------
def test_unknown_probe_is_refused():
    refused_at(minimal_lab(question=number_question("backprop.hessian", {})),
               "$.steps[0].question.probe.name", "enum")


def test_probe_of_the_wrong_kind_is_refused():
    question = number_question("tensors.shape", {
        "operations": [{"op": "create", "name": "a", "source": "tf.ones", "shape": [2]}],
        "of": "a"})
    problem = refused_at(minimal_lab(question=question), "$.steps[0].question.kind",
                         "unanswerable")
    assert "shape" in problem["message"]


def test_gradient_with_respect_to_an_unknown_name_is_refused():
    question = number_question("backprop.gradient", {**NOTEBOOK, "wrt": "z"})
    refused_at(minimal_lab(question=question), "$.steps[0].question.probe.args.wrt",
               "probe_arguments")


def test_code_in_an_expression_is_refused_not_run():
    question = number_question("backprop.value", {
        "expression": "__import__('os').system('echo owned')", "inputs": {}})
    problem = refused_at(minimal_lab(question=question),
                         "$.steps[0].question.probe.args.expression", "probe_arguments")
    assert "not allowed" in problem["message"]


def test_an_operation_on_a_name_not_made_yet_is_refused():
    question = number_question("tensors.dtype", {
        "operations": [{"op": "apply", "name": "b", "fn": "square", "x": "a"}], "of": "b"},
        kind="dtype")
    refused_at(minimal_lab(question=question),
               "$.steps[0].question.probe.args.operations[0].x", "probe_arguments")


def test_a_choice_the_probe_can_never_give_is_refused():
    question = number_question("devices.built_with_cuda", {}, kind="choice")
    question["choices"] = [{"value": True, "label": {"en": "y", "zh_CN": "是"}},
                           {"value": "maybe", "label": {"en": "?", "zh_CN": "？"}}]
    refused_at(minimal_lab(question=question), "$.steps[0].question.choices[1].value",
               "unanswerable")


def test_a_question_tensorflow_refuses_fails_check_lab(tmp_path):
    question = number_question("tensors.shape", {
        "operations": [{"op": "create", "name": "a", "source": "tf.ones", "shape": [2, 3]},
                       {"op": "create", "name": "b", "source": "tf.ones", "shape": [2, 3]},
                       {"op": "apply", "name": "c", "fn": "matmul", "x": "a", "y": "b"}],
        "of": "c"}, kind="shape")
    path = tmp_path / "bad.tflab"
    path.write_text(json.dumps(minimal_lab(question=question)), encoding="utf-8")
    verdict = check_lab_file(path)
    assert verdict["ok"] is False
    assert verdict["problems"][0]["path"] == "$.steps[0].question.probe"
    assert verdict["problems"][0]["code"] == "answer_failed"
    assert "matmul" in verdict["problems"][0]["message"]


# -- refusals: the file itself -----------------------------------------------------------------
def test_a_100_megabyte_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.tflab"
    with open(path, "wb") as stream:
        stream.truncate(100 * 1024 * 1024)  # sparse: no disk used, nothing read
    verdict = check_lab_file(path, compute=False)
    assert verdict["problems"][0]["code"] == "too_large"
    assert f"{MAX_LAB_BYTES:,}" in verdict["problems"][0]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.tflab"
    os.mkfifo(path)
    assert check_lab_file(path, compute=False)["problems"][0]["code"] == "not_a_file"


def test_a_folder_and_a_device_are_refused(tmp_path):
    assert check_lab_file(tmp_path, compute=False)["problems"][0]["code"] == "not_a_file"
    if sys.platform != "win32":
        assert check_lab_file("/dev/zero", compute=False)["problems"][0]["code"] == \
            "not_a_file"


def test_deep_nesting_is_refused_before_parsing(tmp_path):
    path = tmp_path / "deep.tflab"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    problem = check_lab_file(path, compute=False)["problems"][0]
    assert problem["code"] == "too_deep" and str(MAX_NESTING) in problem["message"]


def test_nesting_inside_strings_does_not_count():
    document = minimal_lab()
    document["steps"][0]["instruction"]["en"] = "[" * 200
    assert lab_from_text(json.dumps(document)).steps[0].instruction["en"] == "[" * 200


@pytest.mark.parametrize("content, code", [
    (b"{not json", "not_json"),
    (b"\xff\xfe\x00garbage", "not_utf8"),
    (b'{"format": "tfintro-lab", "format": "x"}', "duplicate_key"),
])
def test_broken_files_are_refused(tmp_path, content, code):
    path = tmp_path / "broken.tflab"
    path.write_bytes(content)
    assert check_lab_file(path, compute=False)["problems"][0]["code"] == code


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path):
    verdict = check_lab_file(tmp_path / "nowhere.tflab")
    assert verdict["ok"] is False and verdict["problems"][0]["code"] == "unreadable"


def test_check_lab_command_prints_json_and_exit_code(tmp_path, capsys):
    assert check_lab_command(shipped_path("tensors")) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    path = tmp_path / "bad.tflab"
    path.write_text(json.dumps(minimal_lab(panel="keras")), encoding="utf-8")
    assert check_lab_command(path) == 1
    verdict = json.loads(capsys.readouterr().out)
    assert verdict == {"ok": False, "problems": [
        {"path": "$.steps[0].panel", "code": "enum", "message": verdict["problems"][0]
         ["message"]}]}


def test_a_truncated_lab_file_is_refused_in_plain_words(tmp_path):
    """Regression: the message read "Unterminated string starting at at line 10"."""
    from tfintro_gui.core.labs.checking import check_lab_file

    path = tmp_path / "broken.tflab"
    path.write_text('{"format": "tfintro-gui-lab", "title": "cut', encoding="utf-8")
    verdict = check_lab_file(path)
    assert verdict["ok"] is False
    text = " ".join(problem["message"] for problem in verdict["problems"])
    assert "at at" not in text and "line 1" in text
