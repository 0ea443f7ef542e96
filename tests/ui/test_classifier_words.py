"""The Classifier's refusals, failures and formula in the interface's language.

The core refuses with a code plus values (:mod:`tfintro_gui.core.classifier.errors`); the
panel words them through ``tr()``. English stays the core's wording; Chinese has no English
word that is not code, and TensorFlow's own text is kept verbatim after its marker.
"""

import json
import string

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.language_check import chinese_characters, english_words
from tfintro_gui.core.classifier.data import parse_mean
from tfintro_gui.core.classifier.data_files import parse_points_csv
from tfintro_gui.core.classifier.errors import ClassifierInputError, explain, field_name
from tfintro_gui.core.classifier.losses import loss_formula
from tfintro_gui.core.classifier.messages import MESSAGES as CORE_MESSAGES
from tfintro_gui.ui.classifier import message_texts
from tfintro_gui.ui.classifier.texts import (
    formula_text,
    refusal_text,
    tensorflow_failure_text,
)
from tfintro_gui.ui.i18n import install_language
from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    assert install_language("zh_CN")
    yield
    install_language("en")


def _sample_values(template: str) -> dict:
    """A value for each name of ``template``: a number where it has a format spec, else a
    quoted word (as the core quotes echoed input)."""
    return {name: 1234.5 if spec else "'v'"
            for _, name, spec, _ in string.Formatter().parse(template) if name}


def test_every_core_message_has_the_same_english_in_the_interface():
    """The UI's list of templates (for translation) and the core's must not drift apart."""
    assert message_texts.MESSAGES == CORE_MESSAGES


def test_english_words_are_the_cores(qapp):
    error = pytest.raises(ClassifierInputError, parse_mean, "[0, 3e7]", "mean_0").value
    assert refusal_text(error) == str(error)
    assert refusal_text(error).startswith("Class 0 mean: 3e+07 is too large; every number "
                                          "must be between -1,000,000 and 1,000,000")


@pytest.mark.parametrize("code", sorted(CORE_MESSAGES))
def test_every_message_is_chinese_and_fills_in(chinese, code):
    template = CORE_MESSAGES[code]
    translated = QCoreApplication.translate(message_texts.CONTEXT, template)
    worded = translated.format(**_sample_values(template))
    if english_words(template.format(**_sample_values(template))):
        assert chinese_characters(worded), f"{code} is not translated"
    assert english_words(worded) == [], code


def test_a_refusal_is_worded_in_chinese_with_nested_fields(chinese):
    error = pytest.raises(ClassifierInputError, parse_mean, "[0, 3e7]", "mean_0").value
    assert error.code == "data.too_large"
    assert error.values["field"] == field_name("mean_0")
    assert refusal_text(error) == ("类别 0 均值：3e+07 太大；每个数都必须在 -1,000,000 到 "
                                   "1,000,000 之间（这些点是 float32，训练时还要相乘）。"
                                   "请把数据缩小。示例：[0, 3]。")


def test_a_csv_refusal_lists_its_lines_in_chinese(chinese):
    text = "x,y,label\n" + "abc,1,0\n" * 10
    error = pytest.raises(ClassifierInputError, parse_points_csv, text, "p.csv").value
    lines = refusal_text(error).split("\n")
    assert lines[0].startswith("p.csv 没有导入（10 个问题；没有做任何修改）")
    assert lines[1] == "第 2 行：x 和 y 必须是数，得到的是 'abc' 和 '1'"
    assert lines[-1] == "……还有 2 行有问题"
    assert len(lines) == 1 + 8 + 1


def test_a_file_that_cannot_be_opened_names_it(qapp, tmp_path):
    missing = tmp_path / "none.csv"
    error = pytest.raises(OSError, open, missing).value
    assert refusal_text(error).startswith(f"{missing} could not be opened: ")


def test_tensorflow_text_stays_verbatim_after_its_marker(chinese):
    tensorflow_error = "InvalidArgumentError: Incompatible shapes: [2,3] vs. [2] [Op:AddV2]"
    text = tensorflow_failure_text(
        QCoreApplication.translate("ClassifierPanel", "Training stopped with an error; the "
                                   "steps trained before it are kept."), tensorflow_error)
    summary, marked = text.split("\n")
    assert summary == "训练因错误而停止；之前已训练的步骤都保留。"
    assert marked == f"TensorFlow 的报错：{tensorflow_error}"
    assert english_words(text) == []


def test_the_loss_formula_words_its_rule(chinese):
    assert formula_text(loss_formula("squared")) == ("loss = mean((y − o)²)\n"
                                                     "o = X @ W + b,  o > 0.5 时为类别 1")
    assert formula_text(loss_formula("logistic")) == str(loss_formula("logistic"))


def test_the_loss_formula_keeps_its_english(qapp):
    assert formula_text(loss_formula("squared")) == str(loss_formula("squared")) == (
        "loss = mean((y − o)²)\no = X @ W + b,  class 1 when o > 0.5")


def test_a_refused_session_is_said_in_chinese(chinese, qtbot, tensorflow_info, tmp_path):
    window = MainWindow(initial_panel="classifier", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    panel = window.panel("classifier")
    panel.tensorflow_ready(tensorflow_info)
    state = json.loads(json.dumps(panel.session_state()))
    state["training"]["hidden_units"] = 8
    path = tmp_path / "session.json"
    path.write_text(json.dumps({"format": "tfintro-gui-session", "version": 1,
                                "panels": {"classifier": state}}), encoding="utf-8")
    assert not window.open_session(str(path))
    assert "手写循环训练的是线性模型：隐藏层需要 'keras' 模式。" in window.message_bar.text()
    panel.shutdown()


def test_an_explanation_takes_exactly_its_templates_values():
    with pytest.raises(ValueError, match="takes"):
        explain("csv.bad_label")
    with pytest.raises(ValueError, match="takes"):
        explain("csv.bad_label", label="'7'", line=3)
    assert str(explain("csv.line", line=3, reason=explain("csv.bad_label", label="'7'"))) \
        == "line 3: the label must be 0 or 1, got '7'"


def test_readouts_never_show_minus_zero():
    """Regression: a gradient of −3e-9 read "[-0.]" in the Now box."""
    from tfintro_gui.ui.classifier.texts import format_array

    assert format_array(np.float32([-3e-9])) == "[0.]"
    assert format_array(np.float32([[-2e-5], [0.5]])) == "[0.  0.5]"
    assert format_array(np.float32([0.17593, -0.31612])) == "[ 0.1759 -0.3161]"


def test_the_formulas_beside_the_loss_take_a_line_each(qtbot):
    """Regression: in the narrower Chinese column "exp(−o))" went to a line of its own."""
    from tfintro_gui.ui.classifier.training_box import TrainingBox

    box = TrainingBox()
    qtbot.addWidget(box)
    lines = box.formula_label.text().split("\n")
    assert lines == ["loss = mean(log(1 + exp(o)) − y·o)", "o = X @ W + b",
                     "P(y=1|x) = 1 / (1 + exp(−o))"]
    metrics = box.formula_label.fontMetrics()
    assert max(metrics.horizontalAdvance(line) for line in lines) < 300  # no line wraps
    box.mode_input.setCurrentIndex(box.mode_input.findData("keras"))
    box.hidden_units_input.setValue(8)  # the output is no longer X @ W + b
    assert box.formula_label.text().split("\n")[1] == "o = model(X)"
    box.hidden_units_input.setValue(0)
    assert box.formula_label.text().split("\n")[1] == "o = X @ W + b"
