"""The step-detail view: the last step, or the node the student clicked, in words and
formulas (worded by :mod:`tfintro_gui.ui.backprop.step_texts`). Lines wrap at the view's
width, so nothing is cut on a narrow screen."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from tfintro_gui.core.autodiff import Detail
from tfintro_gui.ui.backprop.step_texts import detail_text


class StepDetailView(QPlainTextEdit):
    """Read-only, fixed-width text that wraps at word boundaries (anywhere in a long
    formula)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setToolTip(self.tr("The last step, or the node you clicked: value, gradient and "
                                "the formulas behind them"))
        self.setAccessibleName(self.tr("Step details"))

    def show_detail(self, detail: Detail) -> None:
        """Show the lab's current :class:`~tfintro_gui.core.autodiff.lab.Detail`."""
        self.setPlainText(detail_text(detail))

    def text(self) -> str:
        """The text shown now."""
        return self.toPlainText()
