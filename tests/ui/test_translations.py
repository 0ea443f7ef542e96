"""Languages: every UI string translated, translator chosen from the locale, no missing glyph.

The glyph check lays out every text a panel shows (labels, buttons, tool tips, tabs,
headers, menus) with the widget's own font through ``QTextLayout``; a glyph index of 0
is the "missing glyph" box. It passes on a machine without Chinese fonts because the lab
registers its bundled font, and ``test_the_bundled_font_covers_every_chinese_text``
checks that font on its own.
"""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QRawFont, QTextDocumentFragment, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tfintro_gui.resources import resource_path
from tfintro_gui.ui import i18n
from tfintro_gui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = resource_path("translations/tfintro_gui_zh_CN.ts")
QM_FILE = resource_path("translations/tfintro_gui_zh_CN.qm")
#: Panels whose every string goes through tr().
TRANSLATED_PANELS = ("devices", "tensors", "backprop", "classifier")
_PLACEHOLDER = re.compile(r"\{\w*\}")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name"), message.findtext("source"),
             message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def _translated_sources() -> list[str]:
    return sorted(str(path) for pattern in ("tfintro_gui/ui/*.py",
                                            "tfintro_gui/ui/*/*.py")
                  for path in ROOT.glob(pattern))


@pytest.fixture
def chinese(qapp):
    """The interface in Simplified Chinese for one test, English again afterwards."""
    assert i18n.install_language("zh_CN")
    yield
    i18n.install_language("en")


def test_every_ui_string_has_a_finished_chinese_translation():
    messages = _messages(TS_FILE)
    assert len(messages) > 200
    problems = []
    for context, source, translation in messages:
        text = "".join(translation.itertext())
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not \
                text.strip():
            problems.append(f"{context}: {source!r} has no finished translation")
        elif set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        elif source.count("&") != text.count("&"):
            problems.append(f"{context}: {source!r} → {text!r} changes the shortcut key")
    assert not problems, "\n".join(problems)


def test_the_ts_file_holds_every_string_of_the_code(tmp_path):
    """Fails when code gains a string that `make translations` has not extracted yet."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate ships with PySide6-Essentials"
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    subprocess.run([lupdate, "-locations", "none", "-no-obsolete", *_translated_sources(),
                    "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    committed = {(context, source) for context, source, _ in _messages(TS_FILE)}
    extracted = {(context, source) for context, source, _ in _messages(fresh)}
    assert extracted - committed == set(), "run `make translations` and translate these"
    assert committed - extracted == set(), "run `make translations` to drop these"


def test_the_qm_file_is_compiled_from_the_ts_file(qapp, tmp_path):
    """The committed .qm answers every message as the .ts says (compared through Qt, so
    another lrelease version's byte layout does not matter)."""
    from PySide6.QtCore import QTranslator

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([lrelease, str(TS_FILE), "-qm", str(tmp_path / "fresh.qm")], check=True,
                   capture_output=True, timeout=120)
    committed, fresh = QTranslator(), QTranslator()
    assert committed.load(str(QM_FILE)) and fresh.load(str(tmp_path / "fresh.qm"))
    stale = [source for context, source, _ in _messages(TS_FILE)
             if committed.translate(context, source) != fresh.translate(context, source)
             or not committed.translate(context, source)]
    assert not stale, "run `make translations`"


@pytest.mark.parametrize(("language", "territory", "expected"), [
    (QLocale.Language.Chinese, QLocale.Country.China, "zh_CN"),
    (QLocale.Language.Chinese, QLocale.Country.Taiwan, "zh_CN"),
    (QLocale.Language.Chinese, QLocale.Country.Singapore, "zh_CN"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, "en"),
    (QLocale.Language.German, QLocale.Country.Germany, "en"),
])
def test_the_system_locale_chooses_the_language(language, territory, expected):
    assert i18n.system_language(QLocale(language, territory)) == expected


def test_the_saved_choice_wins_over_the_locale(qapp):
    settings = QSettings()
    settings.remove(i18n.SETTINGS_KEY)
    assert i18n.chosen_language(settings) == i18n.system_language()
    i18n.save_language("zh_CN", settings)
    assert i18n.chosen_language(settings) == "zh_CN"
    settings.setValue(i18n.SETTINGS_KEY, "klingon")  # a hand-edited file
    assert i18n.saved_language(settings) is None
    with pytest.raises(ValueError, match="not 'fr'"):
        i18n.save_language("fr", settings)
    settings.remove(i18n.SETTINGS_KEY)


def test_installing_chinese_translates_and_english_restores(qapp):
    assert i18n.install_language("zh_CN")
    try:
        assert i18n.current_language() == "zh_CN"
        assert QCoreApplication.translate("WindowMenus", "&File") == "文件(&F)"
        assert QCoreApplication.translate("CreateForm", "Create a tensor") == "创建张量"
    finally:
        assert i18n.install_language("en")
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_a_missing_translation_file_keeps_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / "missing.qm")
    assert not i18n.install_language("zh_CN")
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_the_window_speaks_chinese(qtbot, chinese):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    window.show_panel("tensors")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    assert window._navigation.item(1).text() == "张量"
    assert window.windowTitle() == "张量 — TensorFlow 入门实验"
    assert window.panel("tensors").create_form.title() == "创建张量"
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)  # after the first paint
    assert window.lesson_pane.lesson().language == "zh_CN"


def test_the_language_menu_switches_lessons_and_interface_now(qtbot):
    """The lessons and the rest of the interface switch at once (they used to wait for
    the next start); tests/ui/test_language_switch.py checks the panels and the work."""
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)
    assert window.lesson_pane.lesson().language == "en"
    chinese_action = next(action for action in window.menus.language_actions.actions()
                          if action.data() == "zh_CN")
    try:
        chinese_action.trigger()
        assert QSettings().value(i18n.SETTINGS_KEY) == "zh_CN"
        assert window.lesson_pane.lesson().language == "zh_CN"
        assert "反向传播" in window.lesson_pane.browser.toPlainText()
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.panel("backprop").expression_box.build_button.text() == "构建计算图"
        assert "界面现在显示为简体中文" in window.statusBar().currentMessage()
        english_action = next(action for action in window.menus.language_actions.actions()
                              if action.data() == "en")
        english_action.trigger()
        assert window.lesson_pane.lesson().language == "en"
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.statusBar().currentMessage().startswith("The interface is in English")
    finally:
        i18n.install_language("en")
        QSettings().remove(i18n.SETTINGS_KEY)


def test_the_bundled_font_covers_every_chinese_text(qapp):
    font = QRawFont(str(resource_path(i18n.CJK_FONT)), 12)
    assert font.isValid()
    texts = ["".join(translation.itertext()) for _, _, translation in _messages(TS_FILE)]
    texts += [path.read_text(encoding="utf-8")
              for path in resource_path("lessons").glob("*.zh_CN.md")]
    characters = {char for text in texts for char in _CJK.findall(text)}
    assert len(characters) > 300
    missing = sorted(char for char in characters if not font.supportsCharacter(ord(char)))
    assert not missing, f"run `make translations` to add {''.join(missing)} to the font"
    assert not font.supportsCharacter(ord("龘"))  # a subset, not the whole font


def _missing_glyph_count(text: str, font) -> int:
    layout = QTextLayout(text.replace("\n", " "), font)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(100000)
    layout.endLayout()
    return sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())


def _shown_texts(root: QWidget) -> list[tuple[str, object]]:
    """Every text ``root`` and its children show, each with the font it is drawn in."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        font = widget.font()
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            texts.append(QTextDocumentFragment.fromHtml(widget.text()).toPlainText())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            count = model.columnCount() if widget.orientation().name == "Horizontal" \
                else model.rowCount()
            texts += [str(model.headerData(section, orientation) or "")
                      for section in range(count)]
        found += [(text, font) for text in texts if text]
    return found


def test_the_glyph_check_finds_a_missing_glyph(qapp):
    i18n.install_language("en")  # as create_application does: registers the bundled font
    font = QWidget().font()
    assert _missing_glyph_count("张量 tensor", font) == 0
    assert _missing_glyph_count("\U000f0000", font) == 1  # private use: no font has it


@pytest.mark.filterwarnings("error:Glyph")
@pytest.mark.parametrize("key", TRANSLATED_PANELS)
def test_each_panel_renders_in_chinese_without_a_missing_glyph(qtbot, chinese, key,
                                                                tensorflow_info):
    window = MainWindow(initial_panel=key, load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    panel = window.panel(key)
    window.show_panel(key)
    panel.tensorflow_ready(tensorflow_info)
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)
    texts = _shown_texts(window)
    chinese_texts = [text for text, _ in texts if _CJK.search(text)]
    assert len(chinese_texts) > 20, "the panel is not translated"
    missing = [text for text, font in texts if _missing_glyph_count(text, font)]
    document = window.lesson_pane.browser.document()
    assert _missing_glyph_count(document.toPlainText(), document.defaultFont()) == 0
    assert not missing, missing
    window.grab().save(str(Path(QSettings().fileName()).parent / f"{key}.zh_CN.png"))


def test_every_core_description_shown_in_the_panels_can_be_translated():
    """The core speaks English and never imports Qt: its descriptions are listed in
    ``ui/core_texts.py`` for lupdate. A new or changed one must be listed there too."""
    from tfintro_gui.core.autodiff.presets import PRESETS
    from tfintro_gui.ui.core_texts import TEXTS

    shown = [text for preset in PRESETS for text in (preset.title, preset.description)]
    assert [text for text in shown if text not in TEXTS] == []


def test_core_descriptions_appear_in_chinese(qtbot, chinese, tensorflow_info):
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    backprop, tensors = window.panel("backprop"), window.panel("tensors")
    assert backprop.preset_input.itemText(0).startswith("笔记本：")
    assert "Chollet 第 3 章的算例" in backprop.description_label.text()
    tooltip = tensors.create_form.source_input.itemData(0, 3)  # Qt.ItemDataRole.ToolTipRole
    assert tooltip.startswith("tf.ones(shape)：全为 1 的张量")


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN.UTF-8", "zh_CN"),
                                                ("en_US.UTF-8", "en")])
def test_a_fresh_start_takes_the_language_from_the_system_locale(tmp_path, lang, expected):
    code = ("from tfintro_gui.app import create_application\n"
            "from tfintro_gui.ui.i18n import current_language\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "create_application(offscreen=True)\n"
            "print(current_language(), QCoreApplication.translate('WindowMenus', '&File'))\n")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("LC_") and key != "LANGUAGE"}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(tmp_path))  # no saved choice
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               env=env, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    language, file_menu = completed.stdout.split()
    assert language == expected
    assert file_menu == ("文件(&F)" if expected == "zh_CN" else "&File")


def test_the_command_line_chooses_the_language():
    from tfintro_gui.app import build_parser

    assert build_parser().parse_args(["--language", "zh_CN"]).language == "zh_CN"
    assert build_parser().parse_args([]).language is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--language", "fr"])
