"""The Backprop panel's refusals in the student's language: every code of the core worded in
English and Chinese, Python's and TensorFlow's own messages verbatim on a marked line, the
kinds listed by their translated names."""

import re

import pytest

from tests.ui.language_check import chinese_characters, english_words
from tfintro_gui.core.autodiff import (
    MESSAGE_TEMPLATES,
    BackpropLab,
    GraphError,
    build_graph,
    parse_expression,
    parse_input_value,
)
from tfintro_gui.core.autodiff.errors import Explanation, GraphInputError, Place, fill
from tfintro_gui.ui.backprop import error_texts
from tfintro_gui.ui.backprop.error_texts import error_text
from tfintro_gui.ui.i18n import install_language

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese for one test, English again afterwards."""
    assert install_language("zh_CN")
    yield
    install_language("en")


def _refusal(make) -> GraphError:
    with pytest.raises(GraphError) as caught:
        make()
    return caught.value


#: One real refusal of each part of a message: place with text, place without text
#: (Python's syntax error), input name, a detail, TensorFlow's own message.
REFUSALS = {
    "syntax": lambda: parse_expression("loss = abs(w * (x + b)"),
    "unknown function": lambda: parse_expression("loss = sin(w * x + b)"),
    "name": lambda: parse_expression("_secret * 2"),
    "not a number": lambda: build_graph("r = w * 2", {"w": "three"}),
    "too large": lambda: build_graph("r = w * 2", {"w": "1e39"}),
    "matmul": lambda: build_graph("t = x @ W", {"x": [[1.0, 2.0, 3.0]],
                                                "W": [[1.0] * 4] * 4}),
    "dtypes": lambda: build_graph("t = a + b", {"a": {"value": 1.0, "dtype": "float64"},
                                                "b": 1.0}),
    "missing": lambda: build_graph("t = a + b", {"a": 1.0}),
}


def _dummy_values(code: str) -> dict:
    names = _PLACEHOLDER.findall(MESSAGE_TEMPLATES[code])
    return {name: "input" if name == "role" else "'x1'" for name in names}


def test_the_ui_lists_the_core_templates_word_for_word():
    assert error_texts.TEMPLATES == MESSAGE_TEMPLATES


@pytest.mark.parametrize("name", REFUSALS)
def test_the_english_interface_says_what_the_core_says(qapp, name):
    error = _refusal(REFUSALS[name])
    assert error_text(error) == str(error)


def test_every_code_is_worded_in_chinese_with_the_same_placeholders(chinese):
    for code, english in MESSAGE_TEMPLATES.items():
        chinese_text = error_texts.template(code)
        assert set(_PLACEHOLDER.findall(chinese_text)) == set(_PLACEHOLDER.findall(english))
        filled = fill(Explanation(code, _dummy_values(code)), error_texts.template)
        assert english_words(filled) == [], (code, filled)
        if english_words(_PLACEHOLDER.sub(" ", english)):  # words in English: in Chinese
            assert chinese_characters(chinese_text), code


@pytest.mark.parametrize("name", REFUSALS)
def test_every_refusal_reads_in_chinese(chinese, name):
    text = error_text(_refusal(REFUSALS[name]))
    assert chinese_characters(text)
    assert english_words(text) == [], text


def test_python_s_syntax_message_stays_verbatim_on_its_own_marked_line(chinese):
    error = _refusal(REFUSALS["syntax"])
    assert (error.code, error.place) == ("syntax.invalid", Place(1, 11))
    assert error.python_error == "SyntaxError: '(' was never closed"
    first, python = error_text(error).split("\n")
    assert first.startswith("第 1 行第 11 列：这不是有效的 Python 语法。允许使用：")
    assert python == "Python 的报错：SyntaxError: '(' was never closed"


def test_tensorflow_s_message_stays_verbatim_after_the_chinese_explanation(chinese):
    error = _refusal(REFUSALS["matmul"])
    explanation, tensorflow = error_text(error).split("\n")
    assert explanation.startswith("第 1 行第 5 列，`x @ W`：TensorFlow 无法计算 `x @ W`：操作数的"
                                  "形状为 (1, 3) 和 (4, 4)，dtype 为 float32 和 float32。")
    assert "matmul 需要内侧尺寸相符的矩阵" in explanation
    assert tensorflow.startswith("TensorFlow 的报错：InvalidArgumentError: ")
    assert tensorflow.removeprefix("TensorFlow 的报错：") == error.tensorflow_error


def test_an_input_refusal_names_the_input_in_chinese(chinese):
    error = _refusal(REFUSALS["too large"])
    assert (error.code, error.input_name) == ("value.too_large", "'w'")
    assert error.values == {"dtype": "float32", "largest": "3.4e+38"}
    assert error_text(error) == ("输入 'w'：有个数超出了 float32 能表示的范围（±3.4e+38）；"
                                 "请给出更小的数，或选 float64。")


def test_an_unexpected_error_is_shown_with_its_type(qapp):
    assert error_text(RuntimeError("boom")) == "RuntimeError: boom"


def test_a_refused_build_keeps_python_s_words_last(chinese, backprop_panel):
    panel = backprop_panel
    panel.expression_box.expression_input.setPlainText("loss = abs(w * (x + b)")
    panel.expression_box.build_button.click()
    lines = panel.message_bar.text().split("\n")
    assert lines[0].endswith("保留之前的计算图。")
    assert lines[-1] == "Python 的报错：SyntaxError: '(' was never closed"


def test_a_refused_session_part_is_explained_in_chinese(chinese, backprop_panel):
    state = {"expression": "w * x", "inputs": [["w", "variable", "float32", "[1, 2"],
                                               ["x", "variable", "float32", "1"]]}
    with pytest.raises(ValueError) as caught:
        backprop_panel.check_session_state(state)
    assert str(caught.value) == ("输入 'w'：'[1, 2' 不是数，也不是由数组成的列表；"
                                 "请输入例如 3、-0.5、[1, 2] 或 [[1, 2], [3, 4]]。")
    with pytest.raises(GraphInputError) as caught:  # the core's own refusal, in English
        BackpropLab.check_session_state(state)
    assert str(caught.value).startswith("Input 'w': '[1, 2' is not a number")


def test_kinds_are_listed_by_their_chinese_names_and_read_back_as_keys(chinese,
                                                                         backprop_panel):
    panel = backprop_panel
    panel.inputs_table.set_rows(panel.lab.rows)  # rebuilt in Chinese
    kind_list = panel.inputs_table.table.cellWidget(0, 1)
    assert [kind_list.itemText(i) for i in range(kind_list.count())] == ["变量", "常量", "被跟踪"]
    assert [kind_list.itemData(i) for i in range(kind_list.count())] == [
        "variable", "constant", "watched"]
    panel.set_input("w", kind="watched")
    assert kind_list.currentText() == "被跟踪"
    assert panel.input_rows()[0][:3] == ("w", "watched", "float32")
    assert panel.graph.inputs["w"].kind == "watched"
    with pytest.raises(KeyError):
        panel.set_input("w", kind="被跟踪")  # the shown word is not a kind


def test_the_english_interface_lists_the_kinds_as_before(backprop_panel):
    kind_list = backprop_panel.inputs_table.table.cellWidget(0, 1)
    assert [kind_list.itemText(i) for i in range(kind_list.count())] == [
        "variable", "constant", "watched"]


def test_a_place_without_a_line_says_the_text(qapp):
    error = GraphInputError("syntax.invalid").at(Place(0))
    assert str(error) == "The text: this is not valid Python syntax."


def test_an_explanation_refuses_values_its_template_does_not_name():
    with pytest.raises(ValueError, match="value.too_large takes"):
        Explanation("value.too_large", {"dtype": "float32"})
    with pytest.raises(KeyError):
        Explanation("no.such.code")


def test_a_parsed_value_error_carries_its_code_and_values():
    error = _refusal(lambda: parse_input_value("three"))
    assert (error.code, error.values, error.input_name) == (
        "value.unreadable", {"text": "'three'"}, None)
    assert isinstance(error, ValueError)
