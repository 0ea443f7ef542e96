"""Going through a lab headless: predictions, tolerances, "show me", progress, reports."""

import json
from datetime import datetime, timezone

import pytest

from tfintro_gui.core.labs.answers import (
    Answer,
    PredictionError,
    compute_answer,
    is_right,
    parse_prediction,
)
from tfintro_gui.core.labs.authoring import add_step, lab_text, make_step, save_step
from tfintro_gui.core.labs.model import Choice, Question, merged_state
from tfintro_gui.core.labs.progress import PROGRESS_FILENAME, ProgressStore
from tfintro_gui.core.labs.reading import LabFileError, lab_from_text, load_lab
from tfintro_gui.core.labs.report import report_data, write_report_json
from tfintro_gui.core.labs.runner import LabRun
from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.resources import resource_path


def question(kind, **fields):
    return Question(kind, {"en": "?", "zh_CN": "？"}, "devices.num_gpus", {}, **fields)


# -- predictions ----------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [("2", 2.0), (" 2.50 ", 2.5), ("２", 2.0),
                                         ("−1e-3", -0.001), ("-0", 0.0)])
def test_number_predictions(text, value):
    assert parse_prediction(question("number"), text) == value


@pytest.mark.parametrize("text, shape", [("(2, 3)", (2, 3)), ("[2,3]", (2, 3)),
                                         ("2x3", (2, 3)), ("(3,)", (3,)), ("()", ()),
                                         ("TensorShape([2, 3])", (2, 3)), ("（2，3）", (2, 3))])
def test_shape_predictions(text, shape):
    assert parse_prediction(question("shape"), text) == shape


@pytest.mark.parametrize("text, dtype", [("float32", "float32"), ("tf.float64", "float64"),
                                         ("np.int32", "int32"), ("BOOL", "bool")])
def test_dtype_predictions(text, dtype):
    assert parse_prediction(question("dtype"), text) == dtype


@pytest.mark.parametrize("kind, text, code", [
    ("number", "", "empty"), ("number", "two", "not_a_number"), ("number", "nan", "not_a_number"),
    ("shape", "(2, x)", "not_a_shape"), ("shape", "(-1, 2)", "not_a_shape"),
    ("dtype", "float33", "not_a_dtype"), ("number", "1" * 300, "too_long")])
def test_predictions_that_cannot_be_read_have_a_code(kind, text, code):
    with pytest.raises(PredictionError) as caught:
        parse_prediction(question(kind), text)
    assert caught.value.code == code


def test_a_choice_prediction_is_an_index():
    choices = (Choice(True, {"en": "Yes"}), Choice(False, {"en": "No"}))
    with pytest.raises(PredictionError) as caught:
        parse_prediction(question("choice", choices=choices), -1)
    assert caught.value.code == "not_a_choice"
    assert parse_prediction(question("choice", choices=choices), 1) == 1


def test_number_tolerance_is_absolute_plus_relative():
    strict = question("number", atol=0.01, rtol=0.0)
    assert is_right(strict, 2.009, Answer(2.0))
    assert not is_right(strict, 2.02, Answer(2.0))
    relative = question("number", atol=0.0, rtol=0.1)
    assert is_right(relative, 105.0, Answer(100.0))
    assert not is_right(relative, 111.0, Answer(100.0))


# -- the rules of a run ----------------------------------------------------------------------
@pytest.fixture
def backprop_lab():
    return load_lab(resource_path("labs/backprop.tflab"))


def test_right_wrong_and_show_me(backprop_lab):
    run = LabRun(backprop_lab)
    run.go_to(backprop_lab.step_index("gradient-w"))
    with pytest.raises(ValueError, match="not computed"):
        run.check("2")
    run.set_answer(compute_answer(run.step.question))
    first = run.check("1")
    assert (first.code, first.answer) == ("wrong", None)
    second = run.check("3")
    assert second.code == "wrong_shown" and second.answer.value == pytest.approx(2.0, abs=1e-6)
    assert run.check("2").code == "right"
    run.go_to(backprop_lab.step_index("gradient-b"))
    run.set_answer(compute_answer(run.step.question))
    assert run.show_me().value == pytest.approx(1.0, abs=1e-6)
    assert run.record().value_shown and not run.record().answered_right
    assert run.summary() == {"questions": 5, "answered": 2, "right_first_time": 0,
                             "steps": 5, "step": 2}


def test_a_wrong_answer_never_blocks_the_next_step(backprop_lab):
    run = LabRun(backprop_lab)
    run.set_answer(compute_answer(run.step.question))
    assert run.check("100").code == "wrong"
    assert run.can_go_on()
    run.go_to(run.step_index + 1)
    assert run.step.id == "gradient-w"


#: Per lab: (right prediction, wrong prediction) per question; None = the right answer is
#: this computer's (the devices lab), found from TensorFlow in the test.
SCRIPTS = {
    "backprop": [("3", "7"), ("2", "1"), ("1", "2"), (2, 0), ("6", "9")],
    "tensors": [("(2, 3)", "(3, 2)"), ("float64", "float32"), (2, 0), (1, 0), ("1", "3"),
                ("4", "2")],
    "classifier": [(0, 1), ("0.05", "0.4"), ("0.99", "0.5"), (0, 1), (1, 0)],
    "devices": None,
}


def devices_script():
    tf = import_tensorflow()
    gpus = len(tf.config.list_physical_devices("GPU"))
    cuda = tf.test.is_built_with_cuda()
    cpus = len(tf.config.list_logical_devices("CPU"))
    return [(str(gpus), str(gpus + 3)), (0 if cuda else 1, 1 if cuda else 0),
            (1 if gpus else 0, 0 if gpus else 1), (str(cpus), str(cpus + 7))]


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_every_shipped_lab_runs_to_the_end_with_scripted_answers(name):
    """Odd questions: wrong first, then right; even ones: right at once."""
    lab = load_lab(resource_path(f"labs/{name}.tflab"))
    script = SCRIPTS[name] or devices_script()
    run = LabRun(lab)
    number = 0
    while True:
        if run.step.question is not None:
            right, wrong = script[number]
            run.set_answer(compute_answer(run.step.question))
            if number % 2 == 0:
                assert run.check(wrong).code == "wrong", (run.step.id, wrong)
            result = run.check(right)
            assert result.code == "right", (run.step.id, right, result)
            number += 1
        if not run.can_go_on():
            break
        run.go_to(run.step_index + 1)
    assert number == len(script) == len(lab.question_steps())
    summary = run.summary()
    assert summary["answered"] == number
    assert summary["right_first_time"] == number // 2

    data = report_data(run, "Li Wei", "zh_CN",
                       created=datetime(2025, 3, 1, 10, 0, tzinfo=timezone.utc))
    assert data["student"] == "Li Wei" and data["lab"]["title"] == lab.title["zh_CN"]
    for index, entry in enumerate(data["questions"]):
        assert entry["right"] is (index % 2 == 1)
        assert len(entry["predictions"]) == (2 if index % 2 == 0 else 1)
        assert entry["value_shown"] and entry["real_value_text"]
    json.dumps(data, allow_nan=False)

    again = LabRun(lab, json.loads(json.dumps(run.to_state())))
    assert again.summary() == summary
    assert again.record(lab.question_steps()[0].id).answer == \
        run.record(lab.question_steps()[0].id).answer


def test_the_report_holds_each_question_prediction_and_real_value(backprop_lab, tmp_path):
    run = LabRun(backprop_lab)
    run.set_answer(compute_answer(run.step.question))
    run.check("3")
    run.go_to(backprop_lab.step_index("not-watched"))
    run.set_answer(compute_answer(run.step.question))
    run.check(0)
    path = write_report_json(tmp_path / "report.json", report_data(run, "  Ana  ", "en"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "tfintro-lab-report" and data["student"] == "Ana"
    first, _, _, watched, _ = data["questions"]
    assert (first["prediction"], first["real_value"], first["right"]) == ("3", 3.0, True)
    assert first["question"] == "What is `loss_val`?"
    assert watched["prediction"] == "6.0, that is 2 · x" and watched["right"] is False
    assert watched["real_value"] is None and not watched["value_shown"]  # one try: hidden
    assert data["questions"][1]["prediction"] is None and data["questions"][1]["right"] is None
    assert data["summary"] == {"questions": 5, "answered": 2, "right_first_time": 1}


# -- progress ----------------------------------------------------------------------
def test_progress_survives_a_restart_and_is_keyed_by_path_and_content(backprop_lab, tmp_path):
    store = ProgressStore(tmp_path / "data")
    run = LabRun(backprop_lab)
    run.set_answer(compute_answer(run.step.question))
    run.check("3")
    run.go_to(2)
    store.save(backprop_lab, run.to_state())
    restored = LabRun(backprop_lab, ProgressStore(tmp_path / "data").load(backprop_lab))
    assert restored.step_index == 2
    assert restored.record("forward").answered_right
    copy = tmp_path / "copy.tflab"
    copy.write_bytes(resource_path("labs/backprop.tflab").read_bytes())
    assert store.load(load_lab(copy)) is None  # another path
    copy.write_bytes(copy.read_bytes().replace(b"The forward pass", b"Forward"))
    assert store.load(load_lab(copy)) is None  # changed content


def test_a_damaged_progress_file_starts_afresh(backprop_lab, tmp_path):
    (tmp_path / PROGRESS_FILENAME).write_text("{broken", encoding="utf-8")
    store = ProgressStore(tmp_path)
    assert store.load(backprop_lab) is None
    store.save(backprop_lab, {"step": 1})
    assert store.load(backprop_lab) == {"step": 1}


def test_saved_values_that_do_not_fit_the_lab_are_left_out(backprop_lab):
    state = {"step": 99, "student_name": 5, "answers": {
        "forward": {"attempts": [{"prediction": "3", "right": True}, "junk"],
                    "computed": True, "real_value": "three"},
        "nowhere": {"attempts": []}}}
    run = LabRun(backprop_lab, state)
    assert run.step_index == 0 and run.student_name == ""
    assert len(run.record("forward").attempts) == 1
    assert run.record("forward").answer is None  # computed again when needed


# -- the teacher's side ----------------------------------------------------------------------
def test_merged_state_changes_only_what_the_step_sets():
    current = {"training": {"learning_rate": 0.1, "num_steps": 100}, "weights": [[1.0]]}
    merged = merged_state(current, {"training": {"learning_rate": 5.0}, "weights": [[2.0]]})
    assert merged == {"training": {"learning_rate": 5.0, "num_steps": 100},
                      "weights": [[2.0]]}
    assert current["training"]["learning_rate"] == 0.1


def test_saving_steps_builds_a_lab_the_app_opens(tmp_path):
    path = tmp_path / "mine.tflab"
    state = {"expression": "r = square(x)", "inputs": [["x", "watched", "float32", "3.0"]]}
    gradient = {"kind": "number", "prompt": {"en": "d r / d x?", "zh_CN": "dr/dx？"},
                "probe": {"name": "backprop.gradient", "args": {
                    "expression": "r = square(x)", "inputs": {"x": {"value": 3,
                                                                    "kind": "watched"}},
                    "wrt": "x"}}, "tolerance": {"atol": 0.01, "rtol": 0}}
    step = make_step("backprop", state, {"en": "Watch x."}, gradient, lock=["expression"])
    save_step(path, step, {"en": "Mine"})
    save_step(path, step, {"en": "Mine"})
    lab = load_lab(path)
    assert [s.id for s in lab.steps] == ["backprop", "backprop-2"]
    assert lab.steps[0].instruction == {"en": "Watch x.", "zh_CN": "Watch x."}
    assert lab.title == {"en": "Mine", "zh_CN": "Mine"}
    assert compute_answer(lab.steps[1].question).value == pytest.approx(6.0, abs=1e-6)
    save_step(path, step, {"en": "Fresh"}, new=True)
    assert len(load_lab(path).steps) == 1


def test_a_step_the_app_would_refuse_is_not_saved(tmp_path):
    path = tmp_path / "mine.tflab"
    bad = make_step("backprop", {}, {"en": "x"}, lock=["warp_drive"])
    with pytest.raises(LabFileError) as caught:
        save_step(path, bad, {"en": "Mine"})
    assert caught.value.problems[0].path == "$.steps[0].lock[0]"
    assert not path.exists()


def test_lab_text_round_trips():
    document = add_step({"format": "tfintro-lab", "version": 1,
                         "title": {"en": "T", "zh_CN": "题"}, "steps": []},
                        make_step("devices", {}, {"en": "Hi", "zh_CN": "你好"}))
    lab = lab_from_text(lab_text(document))
    assert lab.steps[0].panel == "devices" and lab.steps[0].question is None
