"""Every word in the student's language: each panel driven through its main action and its
refusals, in Chinese and in English; every visible string is collected (labels, buttons,
tables, message bars, text views, tool tips, plot titles, axis labels, legends) and must
hold no English word that is not code (in Chinese) and no Chinese (in English).

Code stays code: TensorFlow calls, identifiers, numbers, shapes, dtypes, quoted input and
TensorFlow's own error text (shown verbatim after its marker) are left out by
:func:`tests.ui.language_check.english_words`.
"""

import pytest

from tests.ui.language_check import chinese_characters, english_words, visible_strings
from tests.ui.panel_actions import ACTIONS
from tfintro_gui.ui.i18n import install_language
from tfintro_gui.ui.main_window import MainWindow
from tfintro_gui.ui.widgets.code_view import CodeView

CASES = [(key, name, action) for key, actions in ACTIONS.items() for name, action in actions]


def _shown_words(qtbot, tensorflow_info, key, action, language, wrong_words):
    install_language(language)
    try:
        window = MainWindow(initial_panel=key, load_tensorflow=False, remember=False)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.set_lesson_visible(True)
        panel = window.panel(key)
        window.show_panel(key)
        panel.tensorflow_ready(tensorflow_info)
        action(panel, qtbot)
        qtbot.wait(50)
        found = {}
        for where, text in visible_strings(window, skip=window.findChildren(CodeView)):
            words = wrong_words(text)
            if words:
                found.setdefault(text[:120], (where, words[:6]))
        window.close()
        return found
    finally:
        install_language("en")


@pytest.mark.parametrize(("key", "name", "action"), CASES,
                         ids=[f"{key}-{name}" for key, name, _ in CASES])
def test_the_chinese_interface_shows_no_english_words(qtbot, tensorflow_info, key, name,
                                                      action):
    found = _shown_words(qtbot, tensorflow_info, key, action, "zh_CN", english_words)
    assert found == {}


@pytest.mark.parametrize(("key", "name", "action"), CASES,
                         ids=[f"{key}-{name}" for key, name, _ in CASES])
def test_the_english_interface_shows_no_chinese(qtbot, tensorflow_info, key, name, action):
    found = _shown_words(qtbot, tensorflow_info, key, action, "en", chinese_characters)
    assert found == {}


def test_the_word_check_finds_english_and_leaves_code_alone():
    assert english_words("训练 stopped 了") == ["stopped"]
    assert english_words("tf.matmul(a, b) 的形状是 (2, 3)，dtype 为 float32") == []
    assert english_words("TensorFlow 的报错：AttributeError: object has no attribute") == []
    assert english_words("'three' 不是数") == []
    assert english_words("用以下代码加载：\nlogits = model(inputs)") == []
    assert chinese_characters("Loss at step 9 损失") == ["损", "失"]
