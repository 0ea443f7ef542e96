"""The lesson pane: the current panel's lesson, with formulas as images and TF code.

The main window puts one pane in a dock beside the panels and calls
:meth:`LessonPane.show_lesson` when the panel or the language changes, so every panel
gets its lesson without code of its own.

Nothing is cut on the right at any width: code lines wrap at spaces, else after a
``(``, ``,`` or ``=`` (a zero-width space marks each such place in the shown text;
copying leaves it out), and only then anywhere, their continuation indented; a formula
image wider than the pane is drawn scaled down to its width. The text, headings and
formulas follow View → Zoom: when the font changes, the lesson is laid out again and its
formulas rendered at the new size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from tfintro_gui.lessons import Lesson, load_lesson
from tfintro_gui.ui.zoom import zoom_factor

#: The narrowest the pane gets, in pixels, so a small screen still fits a panel beside it.
MINIMUM_WIDTH = 200
#: Heading sizes relative to the body text (Qt's Markdown defaults are too big for a pane).
HEADING_SCALES = {1: 1.7, 2: 1.35, 3: 1.15}
#: A code line may also break after these characters ("tf.random.uniform(shape=(2, 1))"
#: broke inside "uniform" when it could not break at a space).
CODE_BREAK_AFTER = "(,="
ZERO_WIDTH_SPACE = "\u200b"


def _mark_code_breaks(block) -> None:
    """Put a zero-width space after each of :data:`CODE_BREAK_AFTER` in code ``block``."""
    text = block.text()
    places = [index + 1 for index, char in enumerate(text[:-1])
              if char in CODE_BREAK_AFTER and text[index + 1] not in " " + CODE_BREAK_AFTER]
    for place in reversed(places):
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + place)
        cursor.insertText(ZERO_WIDTH_SPACE)


class LessonBrowser(QTextBrowser):
    """A ``QTextBrowser`` that shows formula images at the screen's pixel ratio, scaled
    down to the width of the pane when they are wider."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._formula_sizes: dict[str, QSize] = {}  # file → natural size, logical pixels

    def add_formula_file(self, path: Path) -> None:
        """Mark ``path`` as a formula image rendered at this widget's pixel ratio."""
        image = QImage(str(path))
        ratio = max(self.devicePixelRatioF(), 1.0)
        self._formula_sizes[str(path)] = QSize(round(image.width() / ratio),
                                               round(image.height() / ratio))

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """The selection as plain text, without the code's break marks."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText()
                     .replace(ZERO_WIDTH_SPACE, "").replace("\u2029", "\n"))
        return data

    def loadResource(self, kind: int, url: QUrl):
        if (kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile()
                and url.toLocalFile() in self._formula_sizes):
            image = QImage(url.toLocalFile())
            if not image.isNull():
                image.setDevicePixelRatio(max(self.devicePixelRatioF(), 1.0))
                return image
        return super().loadResource(kind, url)

    def image_room(self) -> int:
        """The widest an image may be drawn, in pixels: the text's width."""
        margin = self.document().documentMargin()
        return max(16, self.viewport().width() - int(2 * margin) - 4)

    def fit_images(self) -> None:
        """Draw every formula image at its natural size, or scaled down to
        :meth:`image_room` when it is wider (keeping its aspect ratio)."""
        room = self.image_room()
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    self._fit_image(fragment, room)
                iterator += 1
            block = block.next()

    def _fit_image(self, fragment, room: int) -> None:
        image_format = QTextImageFormat(fragment.charFormat().toImageFormat())
        natural = self._formula_sizes.get(QUrl(image_format.name()).toLocalFile())
        if natural is None or natural.width() <= 0:
            return
        width = min(natural.width(), room)
        if round(image_format.width()) == width:
            return
        image_format.setWidth(width)
        image_format.setHeight(natural.height() * width / natural.width())
        cursor = QTextCursor(self.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(),
                           QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_images()


class LessonPane(QWidget):
    """Shows one lesson; formulas are rendered with mathtext, code blocks as fixed text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPane")
        self.browser = LessonBrowser(self)
        self.browser.setObjectName("lessonBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._lesson: Lesson | None = None
        self._shown: tuple[str, str] | None = None
        self._restyle_pending = False
        self.retranslate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._restyle_pending:
            # Zoom: headings and formulas are sized from the font; the browser takes the
            # new font in the same round of events, so lay the lesson out after it.
            self._restyle_pending = True
            QTimer.singleShot(0, self._on_font_changed)

    def _on_font_changed(self) -> None:
        self._restyle_pending = False
        if self._shown is not None:
            key, language = self._shown
            self._shown = None
            self.show_lesson(key, language)

    def retranslate(self) -> None:
        """Set the pane's own texts in the current language."""
        self.browser.setAccessibleName(self.tr("Lesson"))
        self.browser.setToolTip(self.tr("The lesson of this panel: the idea in words, the "
                                        "formula and the TensorFlow code"))

    def text(self) -> str:
        """What the pane shows, as plain text (code without its break marks)."""
        return self.browser.toPlainText().replace(ZERO_WIDTH_SPACE, "")

    def lesson(self) -> Lesson | None:
        """The lesson shown now, or None when the panel has none."""
        return self._lesson

    def show_lesson(self, key: str, language: str) -> None:
        """Show panel ``key``'s lesson in ``language`` (English where it is missing).

        A missing lesson or a formula that cannot be rendered is said in the pane; the
        rest of the lesson is still shown.
        """
        if self._shown == (key, language):
            return
        self._shown = (key, language)
        try:
            self._lesson = load_lesson(key, language)
        except (FileNotFoundError, ValueError) as error:
            self._lesson = None
            self.browser.setPlainText(
                self.tr("This panel has no lesson yet.") + f"\n\n{error}")
            return
        color = self.palette().color(QPalette.ColorRole.Text).name()
        scale = max(self.devicePixelRatioF(), 1.0) * zoom_factor()
        not_rendered = self.tr("formula not rendered")
        from tfintro_gui.ui.formula_images import formula_image  # not needed before paint

        def formula(tex: str) -> str:
            try:
                path = formula_image(tex, color=color, scale=scale)
            except (ValueError, OSError) as error:
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
                return f"`{tex}`  \n*({not_rendered}: {first_line})*"
            self.browser.add_formula_file(path)
            alt = "".join(char for char in tex if char not in "[]()\\`*_")
            url = QUrl.fromLocalFile(str(path)).toEncoded().data().decode("ascii")
            return f"![{alt}]({url})"

        self.browser.setMarkdown(self._lesson.with_formulas_replaced(formula))
        self._style_document()
        self.browser.fit_images()

    def _style_document(self) -> None:
        """Smaller headings than Qt's Markdown import gives; shaded code blocks that wrap."""
        document = self.browser.document()
        base = QFontInfo(self.browser.font()).pointSizeF()  # also when set in pixels
        shade = self.palette().color(QPalette.ColorRole.AlternateBase)
        if shade == self.palette().color(QPalette.ColorRole.Base):
            shade = QColor(shade).darker(106)
        hanging = 4 * self.browser.fontMetrics().horizontalAdvance("0")
        block = document.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            level = block.blockFormat().headingLevel()
            if level:
                # A fresh format, not a merge: a merged size keeps the imported font cached.
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                heading = QTextCharFormat()
                heading.setFontPointSize(base * HEADING_SCALES.get(level, 1.0))
                heading.setFontWeight(QFont.Weight.Bold)
                cursor.setCharFormat(heading)
            elif block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
                code = QTextBlockFormat()
                code.setBackground(shade)
                code.setNonBreakableLines(False)  # long lines wrap instead of being cut
                # A wrapped line's continuation is indented, as an editor shows it, so it
                # does not read as a new statement.
                code.setLeftMargin(hanging)
                code.setTextIndent(-hanging)
                cursor.mergeBlockFormat(code)
                _mark_code_breaks(block)
            block = block.next()
