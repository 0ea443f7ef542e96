"""The Tape rules tab: what a second ``tape.gradient`` call does on a non-persistent tape,
and the persistent alternative (worded by :mod:`tfintro_gui.ui.backprop.check_texts`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from tfintro_gui.core.autodiff import TapeReuse
from tfintro_gui.ui.backprop.check_texts import tape_reuse_text
from tfintro_gui.ui.zoom import fixed_pitch_font


class TapeRulesView(QWidget):
    """A button that runs the experiment and a wrapping text view with the answer.

    Signals:
        requested(): the button was clicked.
    """

    requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.button = QPushButton(self.tr("Call tape.gradient twice"))
        self.button.setToolTip(self.tr("Show what a second gradient() call on a non-persistent "
                                       "tape does, and the persistent alternative"))
        self.button.clicked.connect(self.requested)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setFont(fixed_pitch_font())
        self.view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.view.setToolTip(self.tr("TensorFlow's answer to a second gradient() call, "
                                     "explained"))
        self.view.setAccessibleName(self.tr("Tape rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)

    def show_reuse(self, reuse: TapeReuse) -> None:
        """Show both calls, TensorFlow's error, the explanation and the code."""
        self.view.setPlainText(tape_reuse_text(reuse))

    def clear(self) -> None:
        """Forget the last answer (a new graph was built)."""
        self.view.clear()

    def text(self) -> str:
        """The text shown now."""
        return self.view.toPlainText()
