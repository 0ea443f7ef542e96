"""The lesson pane: the current panel's lesson, with formulas as images and TF code.

The main window puts one pane in a dock beside the panels and calls
:meth:`LessonPane.show_lesson` when the panel or the language changes, so every panel
gets its lesson without code of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
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
)
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from tfintro_gui.lessons import Lesson, load_lesson
from tfintro_gui.ui.formula_images import formula_image

#: The narrowest the pane gets, in pixels, so a small screen still fits a panel beside it.
MINIMUM_WIDTH = 200
#: Heading sizes relative to the body text (Qt's Markdown defaults are too big for a pane).
HEADING_SCALES = {1: 1.7, 2: 1.35, 3: 1.15}


class LessonBrowser(QTextBrowser):
    """A ``QTextBrowser`` that shows formula images at the screen's pixel ratio."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._formula_files: set[str] = set()

    def add_formula_file(self, path: Path) -> None:
        """Mark ``path`` as a formula image rendered at this widget's pixel ratio."""
        self._formula_files.add(str(path))

    def loadResource(self, kind: int, url: QUrl):
        if (kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile()
                and url.toLocalFile() in self._formula_files):
            image = QImage(url.toLocalFile())
            if not image.isNull():
                image.setDevicePixelRatio(max(self.devicePixelRatioF(), 1.0))
                return image
        return super().loadResource(kind, url)


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
        self.retranslate()

    def retranslate(self) -> None:
        """Set the pane's own texts in the current language."""
        self.browser.setAccessibleName(self.tr("Lesson"))
        self.browser.setToolTip(self.tr("The lesson of this panel: the idea in words, the "
                                        "formula and the TensorFlow code"))

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
        scale = self.devicePixelRatioF()
        not_rendered = self.tr("formula not rendered")

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

    def _style_document(self) -> None:
        """Smaller headings and shaded code blocks than Qt's Markdown import gives."""
        document = self.browser.document()
        base = QFontInfo(self.browser.font()).pointSizeF()  # also when set in pixels
        shade = self.palette().color(QPalette.ColorRole.AlternateBase)
        if shade == self.palette().color(QPalette.ColorRole.Base):
            shade = QColor(shade).darker(106)
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
                cursor.mergeBlockFormat(code)
            block = block.next()
