"""Lesson texts: both languages for every panel, the topics of the lesson, code that runs."""

import json
import re
import subprocess
import sys

import pytest

from tfintro_gui.lessons import LESSON_LANGUAGES, Lesson, lesson_path, load_lesson

PANEL_KEYS = ("devices", "tensors", "backprop", "classifier")
#: What each lesson must speak of (English words, lower case), from the lesson outline.
TOPICS = {
    "devices": ("gradient", "gpu", "distribut", "export", "keras", "c++", "tf lite"),
    "tensors": ("tf.variable", "assign", "immutable" if False else "constant", "float64",
                "broadcasting"),
    "backprop": ("chain rule", "gradienttape", "watch", "relu", "constant"),
    "classifier": ("logistic", "squared loss", "learning rate", "assign_sub",
                   "sigmoid_cross_entropy_with_logits", "probability"),
}


def _strip_comments(code: str) -> str:
    return "\n".join(line.split("#")[0].rstrip() for line in code.splitlines())


@pytest.mark.parametrize("key", PANEL_KEYS)
def test_every_panel_has_a_lesson_in_every_language(key):
    for language in LESSON_LANGUAGES:
        lesson = load_lesson(key, language)
        assert lesson.language == language
        assert lesson.path == lesson_path(key, language)
        assert lesson.title() != key
        assert lesson.code_blocks(), f"{lesson.path} has no TensorFlow code"


@pytest.mark.parametrize("key", PANEL_KEYS)
def test_the_chinese_lesson_follows_the_english_one(key):
    english, chinese = load_lesson(key, "en"), load_lesson(key, "zh_CN")
    assert [level for level, _ in chinese.headings()] == \
        [level for level, _ in english.headings()]
    assert chinese.formulas() == english.formulas()
    # Same code; only the comments are translated.
    assert [_strip_comments(code) for code in chinese.code_blocks()] == \
        [_strip_comments(code) for code in english.code_blocks()]
    assert re.search(r"[\u4e00-\u9fff]", chinese.markdown)


@pytest.mark.parametrize("key", PANEL_KEYS)
def test_each_lesson_covers_its_topics(key):
    text = load_lesson(key, "en").markdown.lower()
    missing = [topic for topic in TOPICS[key] if topic not in text]
    assert not missing


def test_the_formulas_of_the_lesson_are_there():
    assert any("frac{1}{1 + e^{-o}}" in tex for tex in load_lesson("classifier", "en")
               .formulas())
    assert any(r"\log\left(1 + e^{o_i}\right) - y_i\,o_i" in tex
               for tex in load_lesson("classifier", "en").formulas())
    chain = load_lesson("backprop", "en").formulas()
    assert any("1 \\cdot 1 \\cdot 2 = 2" in tex for tex in chain)


def test_languages_fall_back_to_the_closest_lesson():
    assert load_lesson("tensors", "fr").language == "en"
    assert load_lesson("tensors", "zh").language == "zh_CN"
    assert load_lesson("tensors", "zh_TW").language == "zh_CN"
    with pytest.raises(FileNotFoundError, match="No lesson for the 'nothing' panel"):
        load_lesson("nothing", "en")
    with pytest.raises(ValueError, match="plain name"):
        load_lesson("../secrets", "en")


def test_formula_lines_inside_code_blocks_are_left_alone(tmp_path):
    text = "# T\n\n$$a$$\n\n```python\n$$b$$\n```\n"
    lesson = Lesson("t", "en", text, tmp_path / "t.en.md")
    assert lesson.formulas() == ["a"]
    assert lesson.with_formulas_replaced(lambda tex: f"<{tex}>") == \
        "# T\n\n<a>\n\n```python\n$$b$$\n```\n"
    assert lesson.introduction() == ""


_RUNNER = r"""
import contextlib, io, json, sys
from tfintro_gui.lessons import load_lesson
from tfintro_gui.core.runtime import configure_environment
configure_environment()
import numpy as np
np.random.seed(0)
outputs = {}
for key in sys.argv[1:]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile("\n".join(load_lesson(key, "en").code_blocks()), key, "exec"), {})
    outputs[key] = buffer.getvalue()
print(json.dumps(outputs))
"""


def test_the_code_of_every_lesson_runs_and_prints_the_lesson_values():
    completed = subprocess.run([sys.executable, "-c", _RUNNER, *PANEL_KEYS],
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]
    outputs = json.loads(completed.stdout.strip().splitlines()[-1])
    assert "Num GPUs Available:" in outputs["devices"]
    assert "[2.0, 1.0, 1.0, 1.0]" in outputs["backprop"]
    assert outputs["backprop"].count("6.0") == 2
    losses = [float(value) for value in re.findall(r"Loss at step \d+: ([0-9.]+)",
                                                    outputs["classifier"])]
    assert len(losses) == 10 and losses[-1] < losses[0] and losses[-1] < 0.1


def test_chinese_lines_of_a_paragraph_join_without_a_space(tmp_path):
    """Regression: the pane showed "链式 法则": Markdown reads a line break inside a
    paragraph as a space."""
    markdown = ("# 反向传播\n这是链式\n法则，把“对得过头”\n的点也算上。\n\n## 标题\n"
                "下一段 with tf.GradientTape\n继续。\n\n$$x^2$$\n说明\n\n```python\n# 代码\n"
                "# 注释\n```\nEnglish line\nnext line\n\n由**链式法则**\n可以求出局部导数：\n"
                "grad(x) = 1。\n1. 第一项。\n2. 第二项\n")
    shown = Lesson("backprop", "zh_CN", markdown, tmp_path / "x.md").with_formulas_replaced(
        lambda tex: f"![{tex}](x.png)")
    assert shown.splitlines() == [
        "# 反向传播", "这是链式法则，把“对得过头”的点也算上。", "", "## 标题",
        "下一段 with tf.GradientTape", "继续。", "", "![x^2](x.png)", "说明", "",
        "```python", "# 代码", "# 注释", "```", "English line", "next line", "",
        "由**链式法则**可以求出局部导数：grad(x) = 1。", "1. 第一项。", "2. 第二项"]


@pytest.mark.parametrize("key", ["devices", "tensors", "backprop", "classifier"])
def test_every_chinese_lesson_joins_its_broken_lines(key):
    lesson = load_lesson(key, "zh_CN")
    shown = lesson.with_formulas_replaced(lambda tex: "[formula]")
    lines, in_code, breaks = lesson.markdown.splitlines(), False, 0
    for line, following in zip(lines, lines[1:], strict=False):
        in_code ^= line.lstrip().startswith("```")
        if (not in_code and not line.startswith("#")
                and re.search("[\u4e00-\u9fff，。：、）]$", line)
                and re.match("\\s*[\u4e00-\u9fff（]", following)):
            breaks += 1
            assert line + following.lstrip() in shown
    assert breaks > 0
