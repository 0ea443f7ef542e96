"""The step-detail view: the last step, or the node the student clicked, in words and
formulas (worded by :mod:`tfintro_gui.ui.backprop.step_texts`). Lines wrap at the view's
width with a hanging indent, so nothing is cut on a narrow screen and a wrapped line stays
under the line it continues."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit

from tfintro_gui.core.autodiff import Detail
from tfintro_gui.ui.backprop.step_texts import detail_text
from tfintro_gui.ui.zoom import fixed_pitch_font

#: Extra indent of a wrapped line's continuation, in characters.
HANGING_INDENT = 2


class StepDetailView(QTextEdit):
    """Read-only, fixed-width plain text that wraps at word boundaries (anywhere in a long
    formula), each continuation indented under its line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFont(fixed_pitch_font())
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setToolTip(self.tr("The last step, or the node you clicked: value, gradient and "
                                "the formulas behind them"))
        self.setAccessibleName(self.tr("Step details"))

    def show_detail(self, detail: Detail) -> None:
        """Show the lab's current :class:`~tfintro_gui.core.autodiff.lab.Detail`."""
        self.setPlainText(detail_text(detail))
        space = self.fontMetrics().horizontalAdvance(" ")
        block = self.document().begin()
        while block.isValid():
            leading = len(block.text()) - len(block.text().lstrip(" "))
            indent = (leading + HANGING_INDENT) * space
            block_format = QTextBlockFormat(block.blockFormat())
            block_format.setLeftMargin(indent)
            block_format.setTextIndent(-indent)
            QTextCursor(block).setBlockFormat(block_format)
            block = block.next()

    def text(self) -> str:
        """The text shown now."""
        return self.toPlainText()
