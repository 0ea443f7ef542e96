"""A bar inside a panel that shows one message: information, warning or error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

_STYLES = {
    "info": "background:#e8f1fb; border:1px solid #8fb3e0; color:#10345f;",
    "warning": "background:#fff4d6; border:1px solid #e0b84f; color:#5a4200;",
    "error": "background:#fde8e8; border:1px solid #e08f8f; color:#6b1010;",
}


class MessageBar(QFrame):
    """Shows the panel's current message; hidden when there is none.

    Levels are ``"info"``, ``"warning"`` and ``"error"``. Text is plain, may span lines,
    and can be selected and copied.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setToolTip(self.tr("Dismiss this message"))
        self._close.setAccessibleName(self.tr("Dismiss"))
        self._label.setAccessibleName(self.tr("Message"))
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = None
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text`` at ``level`` (``"info"``, ``"warning"`` or ``"error"``)."""
        if level not in _STYLES:
            raise ValueError(f"Unknown message level {level!r}.")
        self.level = level
        self.setStyleSheet(f"#messageBar {{{_STYLES[level]}}}")
        self._label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown now, or an empty string."""
        return self._label.text() if self.level else ""

    def clear(self) -> None:
        """Remove the message and hide the bar."""
        self.level = None
        self._label.clear()
        self.hide()
