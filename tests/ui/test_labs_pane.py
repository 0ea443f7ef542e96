"""The lab pane headless: a shipped lab with scripted answers, locks, the report PDF."""

import importlib.util
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton, QVBoxLayout, QWidget

from tfintro_gui.core.labs.progress import ProgressStore
from tfintro_gui.core.labs.reading import load_lab
from tfintro_gui.core.labs.report import report_data
from tfintro_gui.core.labs.schema import PANEL_CONTROLS
from tfintro_gui.resources import resource_path
from tfintro_gui.ui.labs.controls import find_controls
from tfintro_gui.ui.labs.locks import ControlLocks
from tfintro_gui.ui.labs.pane import LabPane
from tfintro_gui.ui.labs.report_pdf import write_report_pdf
from tfintro_gui.ui.labs.step_form import StepForm
from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow
from tfintro_gui.ui.panel import Panel

_SPEC = importlib.util.spec_from_file_location("layout_check",
                                               Path(__file__).with_name("layout_check.py"))
layout_check = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(layout_check)

NOTEBOOK_EXPRESSION = "x1 = w * x\nx2 = x1 + b\nloss_val = abs(y_true - x2)"


class FakePanel(Panel):
    """Keeps the state it is given; refuses a state with "refuse" in it."""

    def __init__(self):
        super().__init__()
        self.state = {"expression": "", "inputs": [], "preset": None}
        self.restored = []

    def session_state(self):
        return dict(self.state)

    def check_session_state(self, state):
        if "refuse" in json.dumps(state):
            raise ValueError("the fake panel refuses this state")

    def restore_session(self, state):
        self.state = dict(state)
        self.restored.append(self.state)


class FakeHost(QObject):
    tensorflow_loaded = Signal(dict)

    def __init__(self, tensorflow_info=None):
        super().__init__()
        self.tensorflow_info = tensorflow_info
        self.panels, self.shown, self.locks = {}, [], []
        self.window = QWidget()
        self.window.resize(320, 200)

    def show_panel(self, key):
        self.shown.append(key)

    def panel(self, key):
        return self.panels.setdefault(key, FakePanel())

    def lock_controls(self, panel_key, names, hidden):
        if names:
            self.locks.append((panel_key, tuple(names), hidden))
        return []

    def unlock_controls(self):
        self.locks.clear()

    def grab_window(self):
        return self.window.grab()

    def language(self):
        return "en"


@pytest.fixture
def pane(qtbot, tensorflow_info, tmp_path):
    host = FakeHost(tensorflow_info)
    widget = LabPane(host, ProgressStore(tmp_path / "data"))
    qtbot.addWidget(widget)
    widget.host = host
    yield widget
    widget.shutdown()


def check(qtbot, pane, prediction):
    with qtbot.waitSignal(pane.verdict, timeout=60000) as blocker:
        pane.check(prediction)
    return blocker.args[0]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_the_backprop_lab_runs_to_the_end_with_scripted_answers(qtbot, pane, tmp_path):
    lab = load_lab(resource_path("labs/backprop.tflab"))
    pane.open_lab(lab)
    panel = pane.host.panel("backprop")
    assert pane.host.shown == ["backprop"]
    assert panel.restored[-1]["expression"] == NOTEBOOK_EXPRESSION
    assert ("backprop", ("preset", "expression", "inputs"), False) in pane.host.locks
    assert not pane.previous_button.isEnabled() and pane.next_button.isEnabled()
    assert check(qtbot, pane, "7") == "wrong"
    assert "Hint" in pane.question_view.verdict_label.text()
    assert "TensorFlow computed" not in pane.question_view.verdict_label.text()
    assert check(qtbot, pane, "3") == "right"
    assert "TensorFlow computed: `3`" in pane.question_view.verdict_label.text()
    scripted = {"gradient-w": ["1", "5"], "gradient-b": ["1"], "not-watched": [2],
                "watched": ["6.0"]}
    expected = {"gradient-w": ["wrong", "wrong_shown"], "gradient-b": ["right"],
                "not-watched": ["right"], "watched": ["right"]}
    while pane.next_button.isEnabled():
        pane.next_step()
        step_id = pane.run.step.id
        assert [check(qtbot, pane, p) for p in scripted[step_id]] == expected[step_id]
    assert pane.progress_bar.value() == pane.progress_bar.maximum() == 5
    assert pane.run.summary()["right_first_time"] == 3
    assert set(pane.thumbnails()) == {step.id for step in lab.question_steps()}
    # The constant step set the panel to x as a constant, then watched.
    assert panel.restored[-1]["inputs"] == [["x", "watched", "float32", "3.0"]]

    data = report_data(pane.run, "Li Wei", "en")
    path = write_report_pdf(tmp_path / "report.pdf", data, pane.thumbnails())
    content = path.read_bytes()
    assert content.startswith(b"%PDF") and content.rstrip().endswith(b"%%EOF")
    assert pdf_pages(content) >= 2  # five questions with their thumbnails
    assert len(content) > 20_000
    assert [(q["prediction"], q["right"]) for q in data["questions"]] == [
        ("7", False), ("1", False), ("1", True), ("None: the tape did not watch x", True),
        ("6.0", True)]
    assert data["questions"][1]["real_value"] == pytest.approx(2.0, abs=1e-6)


def test_progress_survives_a_restart(qtbot, tensorflow_info, tmp_path):
    lab = load_lab(resource_path("labs/backprop.tflab"))
    first = LabPane(FakeHost(tensorflow_info), ProgressStore(tmp_path))
    qtbot.addWidget(first)
    first.open_lab(lab)
    assert check(qtbot, first, "3") == "right"
    first.go_to(2)
    first.shutdown()
    second = LabPane(FakeHost(tensorflow_info), ProgressStore(tmp_path))
    qtbot.addWidget(second)
    second.open_lab(lab)
    assert second.run.step.id == "gradient-b"
    assert second.run.record("forward").answered_right
    second.go_to(0)
    assert "TensorFlow computed: `3`" in second.question_view.verdict_label.text()


def test_unreadable_predictions_and_failed_probes_are_said(qtbot, pane, tmp_path):
    pane.open_lab(load_lab(resource_path("labs/backprop.tflab")))
    with qtbot.waitSignal(pane.problem) as blocker:
        pane.check("three")
    assert "'three' is not a number" in blocker.args[0]
    assert pane.run.record().attempts == []
    bad = json.loads(resource_path("labs/tensors.tflab").read_text(encoding="utf-8"))
    bad["steps"][0]["question"]["probe"]["args"]["operations"].append(
        {"op": "apply", "name": "y", "fn": "matmul", "x": "x", "y": "x"})
    path = tmp_path / "bad.tflab"
    path.write_text(json.dumps(bad), encoding="utf-8")
    pane.open_lab(load_lab(path))
    with qtbot.waitSignal(pane.problem, timeout=60000) as blocker:
        pane.check("(2, 3)")
    assert "could not compute" in blocker.args[0] and "matmul" in blocker.args[0]
    assert pane.question_view.check_button.isEnabled()


def test_a_state_the_panel_refuses_is_said_and_changes_nothing(qtbot, tensorflow_info):
    lab = load_lab(resource_path("labs/backprop.tflab"))
    host = FakeHost(None)
    pane = LabPane(host)
    qtbot.addWidget(pane)
    pane.open_lab(lab)
    assert pane.message_bar.level == "info" and host.panel("backprop").restored == []
    host.tensorflow_info = tensorflow_info
    host.tensorflow_loaded.emit(tensorflow_info)
    assert host.panel("backprop").restored[-1]["expression"] == NOTEBOOK_EXPRESSION
    pane.go_to(3)
    host.panel("backprop").state["extra"] = "refuse"
    restored = len(host.panel("backprop").restored)
    pane.go_to(0)  # merged over a state the panel refuses
    assert pane.message_bar.level == "error" and "refuses" in pane.message_bar.text()
    assert len(host.panel("backprop").restored) == restored


# -- locks and controls ---------------------------------------------------------------------
def test_locks_hold_against_the_panel_and_give_back_its_wish(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    waiting, free, box = (QPushButton("Run", parent), QPushButton("Reset", parent),
                          QCheckBox("Shuffle", parent))
    layout = QVBoxLayout(parent)
    for widget in (waiting, free, box):
        layout.addWidget(widget)
    parent.show()
    waiting.setEnabled(False)  # e.g. until TensorFlow is loaded
    locks = ControlLocks()
    locks.lock([waiting, free])
    locks.lock([box], hidden=True)
    waiting.setEnabled(True)  # TensorFlow is ready: the panel enables it
    box.show()  # the panel shows it for another mode
    assert not waiting.isEnabled() and not free.isEnabled() and box.isHidden()
    assert set(locks.locked()) == {waiting, free, box}
    locks.release()
    assert waiting.isEnabled() and free.isEnabled()  # what the panel asked for last
    assert box.isEnabled() and not box.isHidden()
    assert locks.locked() == []


@pytest.mark.parametrize("key", PANEL_KEYS)
def test_every_documented_control_is_found_in_its_panel(qtbot, key):
    window = MainWindow(initial_panel=key, load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    panel = window.panel(key)
    found, missing = find_controls(panel, key, list(PANEL_CONTROLS[key]))
    assert missing == []
    assert len({id(widget) for widget in found.values()}) == len(found)
    for name, widget in found.items():
        assert name in (widget.objectName(), widget.property("labControl"))


# -- the main window ---------------------------------------------------------------------
@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    window = MainWindow(initial_panel="devices", remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    yield window
    window.close()


def test_opening_a_lab_sets_the_panel_locks_and_writes_the_report(qtbot, window, tmp_path):
    assert not window.labs.report_action.isEnabled()
    assert window.labs.open_lab(resource_path("labs/backprop.tflab"))
    pane, panel = window.labs.pane, window.panel("backprop")
    assert window.current_panel_key() == "backprop" and window.labs.dock.isVisible()
    assert panel.expression_box.expression_input.toPlainText() == NOTEBOOK_EXPRESSION
    assert not panel.expression_box.expression_input.isEnabled()
    assert not panel.inputs_table.table.isEnabled()
    assert panel.step_controls.step_forward_button.isEnabled()
    assert check(qtbot, pane, "3") == "right"
    pane.go_to(3)
    assert panel.input_rows() == [("x", "constant", "float32", "3.0")]
    assert check(qtbot, pane, 2) == "right"
    assert window.labs.save_report(tmp_path / "report.pdf", "Li Wei")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["student"] == "Li Wei"
    assert [q["right"] for q in data["questions"]] == [True, None, None, True, None]
    assert "Saved the lab report" in window.message_bar.text()
    pane.close_lab()
    assert panel.expression_box.expression_input.isEnabled()
    assert panel.inputs_table.table.isEnabled()
    assert (tmp_path / "data-home").rglob("lab-progress.json")


def test_the_classifier_lab_keeps_its_learning_rate_locked(qtbot, window):
    assert window.labs.open_lab(resource_path("labs/classifier.tflab"))
    panel = window.panel("classifier")
    window.labs.pane.go_to(3)
    assert panel.training_box.learning_rate_input.value() == 5.0
    assert not panel.training_box.learning_rate_input.isEnabled()
    panel.update_controls()
    panel.training_box.learning_rate_input.setEnabled(True)
    assert not panel.training_box.learning_rate_input.isEnabled()
    window.labs.pane.go_to(4)
    assert panel.training_box.loss_input.currentData() == "squared"
    assert panel.training_box.learning_rate_input.value() == 0.5


def test_a_bad_lab_is_refused_with_its_json_path_and_nothing_changes(window, tmp_path):
    path = tmp_path / "bad.tflab"
    document = json.loads(resource_path("labs/backprop.tflab").read_text(encoding="utf-8"))
    document["steps"][1]["lock"] = ["warp_drive"]
    path.write_text(json.dumps(document), encoding="utf-8")
    key = window.current_panel_key()
    assert not window.labs.open_lab(path)
    assert window.message_bar.level == "error"
    assert "$.steps[1].lock[0]" in window.message_bar.text()
    assert window.labs.pane is None and window.current_panel_key() == key


def test_the_file_menu_offers_the_lab_actions_before_quit(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    labs = window.labs
    assert texts[-4:] == [labs.open_action.text(), labs.report_action.text(),
                          labs.step_action.text(), file_menu.actions()[-1].text()]


def test_save_as_lab_step_takes_the_current_panels_state(window, monkeypatch):
    forms = []
    monkeypatch.setattr(StepForm, "exec", lambda form: forms.append(form) or 0)
    window.show_panel("backprop")
    window.labs.step_action.trigger()
    state = window.panel("backprop").session_state()
    assert state["expression"] and forms[0].step_document()["state"] == state
    assert forms[0].step_document()["panel"] == "backprop"


# -- the teacher's form ---------------------------------------------------------------------
def test_save_as_lab_step_writes_a_lab_the_app_opens(qtbot, tmp_path):
    state = {"preset": None, "expression": "r = square(x)",
             "inputs": [["x", "watched", "float32", "3.0"]]}
    form = StepForm("backprop", state)
    qtbot.addWidget(form)
    form.id_input.setText("watch")
    form.instruction_en_input.setPlainText("Watch the constant.")
    form.lock_list.item(1).setCheckState(form.lock_list.item(1).checkState().Checked)
    form.question_box.setChecked(True)
    form.kind_input.setCurrentIndex(form.kind_input.findData("number"))
    form.prompt_en_input.setPlainText("dr/dx?")
    form.probe_input.setCurrentIndex(form.probe_input.findData("backprop.gradient"))
    form.args_input.setPlainText(json.dumps({"expression": "r = square(x)", "inputs": {
        "x": {"value": 3, "kind": "watched"}}, "wrt": "x"}))
    path = tmp_path / "mine.tflab"
    assert form.save_to(str(path), new=True)
    lab = load_lab(path)
    assert lab.steps[0].id == "watch" and lab.steps[0].lock == ("expression",)
    assert lab.steps[0].state == state and lab.steps[0].instruction["zh_CN"] == \
        "Watch the constant."
    form.args_input.setPlainText(json.dumps({"expression": "r = square(x)", "inputs": {},
                                             "wrt": "x"}))
    assert not form.save_to(str(path))
    assert "$.steps[1].question.probe.args.inputs" in form.message_bar.text()
    assert len(load_lab(path).steps) == 1


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_step_of_every_lab_fits_the_pane(qtbot, tensorflow_info, language, tmp_path):
    host = FakeHost(tensorflow_info)
    host.language = lambda: language
    pane = LabPane(host)
    qtbot.addWidget(pane)
    pane.resize(330, 660)  # the dock beside a 1280 × 720 window
    pane.show()
    problems = []
    for name in ("devices", "tensors", "backprop", "classifier"):
        pane.open_lab(load_lab(resource_path(f"labs/{name}.tflab")))
        for index in range(len(pane.lab.steps)):
            pane.go_to(index)
            qtbot.wait(1)
            problems += [f"{name} step {index}: {problem}"
                         for problem in layout_check.layout_problems(pane)]
    assert problems == []


def test_a_value_computed_after_the_student_moved_on_is_kept(qtbot, pane):
    pane.open_lab(load_lab(resource_path("labs/backprop.tflab")))
    with qtbot.waitSignal(pane.answer_computed, timeout=60000) as blocker:
        pane.check("3")
        pane.next_step()  # before TensorFlow answered
    assert blocker.args == ["forward"]
    assert pane.run.record("forward").answer.value == pytest.approx(3.0, abs=1e-6)
    assert pane.run.record("forward").attempts == []  # the check was for the step left
    assert pane.question_view.check_button.isEnabled()


def test_a_choice_step_after_a_choice_step_offers_only_its_own_answers(qtbot, pane):
    """Regression: the answers of the step before stayed under the new ones."""
    pane.open_lab(load_lab(resource_path("labs/classifier.tflab")))
    pane.go_to(3)
    pane.go_to(4)
    assert pane.question_view.choice_texts() == ["Yes", "No, it blows up"]
    radios = pane.question_view.findChildren(QRadioButton)
    assert len(radios) == 2
