"""A fixed place for the panel's message bar, so that a message never moves the workspace.

The area keeps its height whether a message is shown or not (a hint stands in for an
empty bar) and scrolls a long message instead of growing; the bar's text wraps to the
area's width, so a long message never widens the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from tfintro_gui.ui.widgets.message_bar import MessageBar

#: The area's height when the panel opens, in pixels (about six lines of text).
DEFAULT_HEIGHT = 110


class MessageArea(QScrollArea):
    """Holds ``message_bar`` in a scrolling area of constant size.

    Args:
        message_bar: the panel's bar (its ``show_message`` / ``clear`` are used as they are).
        parent: the Qt parent.
    """

    def __init__(self, message_bar: MessageBar, parent=None):
        super().__init__(parent)
        self.message_bar = message_bar
        message_bar.set_spreads(False)  # a long message scrolls here instead
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(48)
        self.setAccessibleName(self.tr("Messages"))
        self._hint = QLabel(self.tr("What each action did, and why TensorFlow refused one, "
                                    "appears here."))
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #666; padding: 4px 8px;")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(message_bar)
        layout.addWidget(self._hint)
        layout.addStretch(1)
        self.setWidget(content)
        self._hint.setVisible(message_bar.isHidden())
        message_bar.installEventFilter(self)

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        hint.setHeight(DEFAULT_HEIGHT)
        return hint

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.message_bar and event.type() in (QEvent.Type.Show,
                                                             QEvent.Type.Hide):
            self._hint.setVisible(event.type() == QEvent.Type.Hide)
            self.verticalScrollBar().setValue(0)
        return super().eventFilter(watched, event)
