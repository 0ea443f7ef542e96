"""The lesson pane: formulas rendered offline, a lesson beside every panel, F1 to hide it."""

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextFormat
from PySide6.QtWidgets import QWidget

from tfintro_gui.lessons import load_lesson
from tfintro_gui.ui.formula_images import cache_dir, formula_image
from tfintro_gui.ui.lesson_pane import LessonPane
from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow


def _image_urls(browser) -> list[str]:
    urls, block = [], browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment_format = iterator.fragment().charFormat()
            if fragment_format.isImageFormat():
                urls.append(fragment_format.toImageFormat().name())
            iterator += 1
        block = block.next()
    return urls


def test_a_formula_is_rendered_once_and_then_read_from_the_cache(qapp, tmp_path):
    path = formula_image(r"\sigma(o) = \frac{1}{1 + e^{-o}}", folder=tmp_path)
    image = QImage(str(path))
    assert not image.isNull() and image.hasAlphaChannel()
    assert image.width() > 2 * image.height() > 20  # a fraction: wide and two lines tall
    modified = path.stat().st_mtime_ns
    again = formula_image(r"\sigma(o) = \frac{1}{1 + e^{-o}}", folder=tmp_path)
    assert again == path and path.stat().st_mtime_ns == modified
    bigger = QImage(str(formula_image(r"\sigma(o) = \frac{1}{1 + e^{-o}}", scale=2,
                                      folder=tmp_path)))
    assert bigger.width() == pytest.approx(2 * image.width(), rel=0.1)
    assert len(list(tmp_path.iterdir())) == 2  # one file per resolution, no temp files left


def test_invalid_mathtext_is_a_value_error_and_leaves_no_file(qapp, tmp_path):
    with pytest.raises(ValueError):
        formula_image(r"\frac{1}{", folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_cache_folder_is_under_the_user_cache(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir().is_relative_to(tmp_path)


def test_the_classifier_lesson_shows_its_formulas_as_images(qtbot):
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.show_lesson("classifier", "en")
    lesson = load_lesson("classifier", "en")
    text = pane.text()
    assert "A linear classifier in pure TensorFlow" in text
    assert "W.assign_sub(grad_loss_wrt_W * learning_rate)" in text  # code block
    assert "$$" not in text
    urls = _image_urls(pane.browser)
    assert len(urls) == len(lesson.formulas()) == 3
    for url in urls:
        image = pane.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                          QUrl(url))
        assert isinstance(image, QImage) and not image.isNull()


def test_a_broken_formula_is_shown_as_text_and_the_rest_still_renders(qtbot, monkeypatch):
    from tfintro_gui import lessons
    from tfintro_gui.ui import lesson_pane

    original = lessons.load_lesson

    def with_broken_formula(key, language):
        lesson = original(key, language)
        return lessons.Lesson(key, language, lesson.markdown + "\n$$\\frac{1}{$$\n",
                              lesson.path)

    monkeypatch.setattr(lesson_pane, "load_lesson", with_broken_formula)
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.show_lesson("backprop", "en")
    assert "formula not rendered" in pane.browser.toPlainText()
    assert "\\frac{1}{" in pane.browser.toPlainText()
    assert len(_image_urls(pane.browser)) == 2


def test_a_panel_without_a_lesson_says_so(qtbot):
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.show_lesson("nothing", "en")
    assert pane.lesson() is None
    assert "no lesson yet" in pane.browser.toPlainText()


def test_every_panel_has_its_lesson_beside_it(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)  # after the first paint
    titles = set()
    for key in PANEL_KEYS:
        window.show_panel(key)
        lesson = window.lesson_pane.lesson()
        assert lesson.key == key
        assert window.lesson_pane.isVisible()
        titles.add(window.lesson_pane.browser.toPlainText().splitlines()[0])
    assert len(titles) == 4


def test_f1_hides_the_lesson_and_the_choice_is_remembered(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)
    action = next(action for action in window.menuBar().actions()[1].menu().actions()
                  if action.shortcut().toString() == "F1")
    action.trigger()
    assert not window.lesson_visible() and not window.lesson_pane.isVisible()
    window.close()
    assert QSettings().value("window/lesson_visible", type=bool) is False
    again = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(again)
    again.show()
    assert not again.lesson_visible()
    again.set_lesson_visible(True)
    assert again.lesson_visible()
    again.close()


def test_the_lesson_starts_closed_on_a_small_screen(qtbot):
    """The test screen is 1280 px wide (tests/conftest.py): the panel gets the room, F1
    opens the lesson."""
    QSettings().remove("window/lesson_visible")
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert available.width() <= 1280
    assert not window.lesson_visible()
    assert window.minimumSizeHint().width() <= available.width()


def test_headings_are_larger_than_the_text_but_not_huge(qtbot):
    from PySide6.QtGui import QFontInfo

    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.show_lesson("tensors", "en")
    body = QFontInfo(pane.browser.font()).pointSizeF()
    title = pane.browser.document().begin()
    size = title.begin().fragment().charFormat().font().pointSizeF()
    assert title.text() == "Tensors and variables"
    assert 1.4 * body < size < 2.0 * body


@pytest.mark.parametrize("width", [220, 320, 600])
def test_code_and_formulas_are_never_cut_on_the_right(qtbot, width):
    """Issue 11: "Lesson pane: code and formulas are cut on the right at every size"."""
    from PySide6.QtWidgets import QApplication

    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.resize(width, 700)
    pane.show()
    pane.show_lesson("classifier", "en")
    QApplication.processEvents()
    browser = pane.browser
    room = browser.viewport().width()
    assert browser.document().idealWidth() <= room  # nothing laid out past the edge
    assert not browser.horizontalScrollBar().isVisible()
    block, code_blocks = browser.document().begin(), 0
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
            code_blocks += 1
            assert not block.blockFormat().nonBreakableLines()
        block = block.next()
    assert code_blocks > 5
    widths = [_image_width(browser, url) for url in _image_urls(browser)]
    assert len(widths) == 3 and max(widths) <= browser.image_room()


def _image_width(browser, url) -> float:
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            image = iterator.fragment().charFormat()
            if image.isImageFormat() and image.toImageFormat().name() == url:
                width = image.toImageFormat().width()
                return width if width > 0 else QImage(QUrl(url).toLocalFile()).width()
            iterator += 1
        block = block.next()
    raise AssertionError(url)


def test_a_formula_wider_than_the_pane_is_scaled_to_its_width(qtbot):
    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    pane.show_lesson("classifier", "en")
    wide = [_image_width(pane.browser, url) for url in _image_urls(pane.browser)]
    pane.resize(220, 600)
    qtbot.waitUntil(lambda: max(_image_width(pane.browser, url)
                                for url in _image_urls(pane.browser))
                    <= pane.browser.image_room())
    narrow = [_image_width(pane.browser, url) for url in _image_urls(pane.browser)]
    assert max(narrow) < max(wide)
    assert max(narrow) == pytest.approx(pane.browser.image_room(), abs=1)


# -- beside the panel, or a drawer over it (issue 11, item 2) -------------------------------
def test_a_narrow_window_shows_the_lesson_as_a_drawer_and_a_wide_one_beside(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert window.lesson_mode() == "drawer" and not window.lesson_visible()
    window.set_lesson_visible(True)  # F1 in a narrow window: over the panel
    assert window.lesson_visible() and window.lesson_pane.isVisible()
    drawer = window.findChild(QWidget, "lessonDrawer")
    assert drawer.isVisible() and drawer.isAncestorOf(window.lesson_pane)
    assert drawer.geometry().right() <= window.centralWidget().width()
    assert QSettings().value("window/lesson_visible", type=bool) is True

    window.resize(1600, 800)  # room beside the panel now
    qtbot.waitUntil(lambda: window.lesson_mode() == "beside")
    assert window.lesson_visible() and not drawer.isVisible()
    dock = window.findChild(QWidget, "lessonDock")
    assert dock.isVisible() and dock.isAncestorOf(window.lesson_pane)

    window.resize(1000, 700)  # narrow again: the panel gets the room back …
    qtbot.waitUntil(lambda: window.lesson_mode() == "drawer")
    assert not window.lesson_visible() and not dock.isVisible() and not drawer.isVisible()
    # … without changing the student's choice: wide again, the lesson is back beside.
    assert QSettings().value("window/lesson_visible", type=bool) is True
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: window.lesson_visible())
    assert window.lesson_mode() == "beside"


def test_closing_the_drawer_with_its_button_is_remembered(qtbot):
    from PySide6.QtWidgets import QToolButton

    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    drawer = window.findChild(QWidget, "lessonDrawer")
    next(button for button in drawer.findChildren(QToolButton) if button.text() == "×").click()
    assert not window.lesson_visible() and not drawer.isVisible()
    assert QSettings().value("window/lesson_visible", type=bool) is False
    assert not window.menus.lesson_action.isChecked()


def test_code_breaks_after_a_bracket_or_comma_not_inside_a_name(qtbot):
    """Regression: "tf.random.uniform(shape=(2, 1))" broke inside "uniform"; copied code
    has no break marks."""
    from PySide6.QtWidgets import QApplication

    from tfintro_gui.ui.lesson_pane import CODE_BREAK_AFTER, ZERO_WIDTH_SPACE

    pane = LessonPane()
    qtbot.addWidget(pane)
    pane.resize(300, 700)
    pane.show()
    pane.show_lesson("classifier", "en")
    QApplication.processEvents()
    browser = pane.browser
    block, broken = browser.document().begin(), []
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
            layout, text = block.layout(), block.text()
            code_format = block.blockFormat()  # continuation lines indented
            assert code_format.leftMargin() > 0
            assert code_format.textIndent() == -code_format.leftMargin()
            for index in range(layout.lineCount() - 1):
                line = layout.lineAt(index)
                end = text[line.textStart() + line.textLength() - 1]
                if end not in " " + ZERO_WIDTH_SPACE + CODE_BREAK_AFTER:
                    broken.append(text[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    assert broken == []
    assert "W = tf.Variable(initial_value=tf.random.uniform(shape=(2, 1)))" in pane.text()
    browser.selectAll()
    copied = browser.createMimeDataFromSelection().text()
    assert ZERO_WIDTH_SPACE not in copied
    assert "initial_value=tf.random.uniform(shape=(2, 1))" in copied
