"""A bar inside a panel that shows one message: information, warning or error.

The bar never widens its window, whatever the message: error messages echo what the
student typed, and one 32 000-character token without spaces used to become the window's
minimum width. So the bar shows a shortened copy (long tokens get break points or are
cut in the middle, long messages are cut at :data:`MAX_SHOWN_CHARACTERS`), its label
ignores its text's width when the layout sizes it, and the whole text stays available:
:meth:`MessageBar.text`, the tool tip and the Copy button.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton

#: Background, border and text colours of each level.
_COLORS = {
    "info": ("#e8f1fb", "#8fb3e0", "#10345f"),
    "warning": ("#fff4d6", "#e0b84f", "#5a4200"),
    "error": ("#fde8e8", "#e08f8f", "#6b1010"),
}
#: The most characters the bar shows; the rest is in the tool tip and behind Copy.
MAX_SHOWN_CHARACTERS = 600
#: The most lines the bar shows.
MAX_SHOWN_LINES = 8
#: A token (characters without white space) longer than this gets a break point (a zero
#: width space) every this many characters, so the label can wrap it.
BREAK_EVERY = 30
#: A token longer than this is shown cut in the middle: its start, "…", its end.
MAX_TOKEN_CHARACTERS = 120
#: The most characters of the whole text the tool tip shows.
MAX_TOOLTIP_CHARACTERS = 2000

_ZERO_WIDTH_SPACE = "\u200b"
_LONG_TOKEN = re.compile(rf"\S{{{BREAK_EVERY + 1},}}")


def _break_token(token: str) -> str:
    if len(token) > MAX_TOKEN_CHARACTERS:
        head = MAX_TOKEN_CHARACTERS * 2 // 3
        token = f"{token[:head]}…{token[-(MAX_TOKEN_CHARACTERS - head - 1):]}"
    return _ZERO_WIDTH_SPACE.join(token[start:start + BREAK_EVERY]
                                  for start in range(0, len(token), BREAK_EVERY))


def wrappable(text: str, max_characters: int, max_lines: int | None = None) -> str:
    """``text`` shortened for a word-wrapped label whose width must not follow its text.

    Args:
        text: any text, e.g. an error message that quotes the user's input.
        max_characters: cut after this many characters (an ellipsis marks the cut).
        max_lines: cut after this many lines; None keeps every line.

    Returns:
        The text with a zero-width space every :data:`BREAK_EVERY` characters of a long
        token (so it can wrap), tokens over :data:`MAX_TOKEN_CHARACTERS` cut in the
        middle, and at most ``max_characters`` characters and ``max_lines`` lines.
    """
    cut = False
    if len(text) > max_characters:
        text, cut = text[:max_characters], True
    if max_lines is not None and text.count("\n") >= max_lines:
        text, cut = "\n".join(text.split("\n")[:max_lines]), True
    text = _LONG_TOKEN.sub(lambda match: _break_token(match.group()), text)
    return text.rstrip() + " …" if cut else text


class MessageBar(QFrame):
    """Shows the panel's current message; hidden when there is none.

    Levels are ``"info"``, ``"warning"`` and ``"error"``. Text is plain, may span lines,
    and can be selected; Copy (shown when the message is shortened or has details) puts
    the whole message and its details on the clipboard.

    Args:
        parent: the parent widget.
        keep_space: take one line of the layout whether a message is shown or not, so
            that what lies below never moves when a message comes or goes (a panel's bar);
            a longer message spreads down over what lies below, on top of it, until it is
            dismissed or replaced.
    """

    def __init__(self, parent=None, keep_space: bool = False):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._spreads = keep_space  # one line in the layout, spread over what lies below
        if keep_space:  # hidden, it still holds its line: the layout never jumps
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        self._label = QLabel(self)
        self._label.setObjectName("messageText")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = self._label.sizePolicy()  # keeps the height-for-width of word wrap
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self._label.setSizePolicy(policy)
        self._copy = QToolButton(self)
        self._copy.setObjectName("messageCopy")
        self._copy.setAutoRaise(True)
        self._copy.clicked.connect(self._on_copy_clicked)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setAutoRaise(True)
        self._retranslate()
        self._close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)  # thin: a message must not squeeze the panel
        layout.addWidget(self._label, 1)
        layout.addWidget(self._copy, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = None
        self._text = ""
        self._details = ""
        self.hide()

    def show_message(self, text: str, level: str = "info", details: str = "") -> None:
        """Show ``text`` at ``level`` (``"info"``, ``"warning"`` or ``"error"``).

        Args:
            text: the message, plain text; any length (the bar shows a shortened copy).
            level: ``"info"``, ``"warning"`` or ``"error"``.
            details: more text that is not shown but copied with Copy, e.g. a
                traceback for a report.

        Raises:
            ValueError: an unknown level.
        """
        if level not in _COLORS:
            raise ValueError(f"Unknown message level {level!r}.")
        self.level = level
        self._text, self._details = str(text), str(details)
        # Colours through the palette and paintEvent, not a style sheet: a widget with a
        # style sheet keeps its font when the application font changes (View → Zoom).
        palette = self.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor(_COLORS[level][2]))
        self.setPalette(palette)
        self.update()
        shown = wrappable(self._text, MAX_SHOWN_CHARACTERS, MAX_SHOWN_LINES)
        self._label.setText(shown)
        shortened = shown != self._text
        self._label.setToolTip(
            wrappable(self._text, MAX_TOOLTIP_CHARACTERS) if shortened else "")
        self._copy.setVisible(shortened or bool(self._details))
        self.show()
        self._spread()

    def text(self) -> str:
        """The whole message shown now (not shortened), or an empty string."""
        return self._text if self.level else ""

    def details(self) -> str:
        """The details of the message shown now (copied, not shown), or an empty string."""
        return self._details if self.level else ""

    def shown_text(self) -> str:
        """What the bar shows of the message: at most :data:`MAX_SHOWN_CHARACTERS`
        characters, long tokens with break points."""
        return self._label.text() if self.level else ""

    def copy_text(self) -> str:
        """What Copy puts on the clipboard: the whole message, then its details."""
        return "\n\n".join(part for part in (self.text(), self.details()) if part)

    def clear(self) -> None:
        """Remove the message and hide the bar."""
        self.level = None
        self._text = self._details = ""
        self._label.clear()
        self._label.setToolTip("")
        self.hide()
        self.updateGeometry()
        self._spread()

    def _retranslate(self) -> None:
        self._label.setAccessibleName(self.tr("Message"))
        self._copy.setText(self.tr("Copy"))
        self._copy.setToolTip(self.tr("Copy the whole message and its details to the "
                                      "clipboard"))
        self._close.setToolTip(self.tr("Dismiss this message"))
        self._close.setAccessibleName(self.tr("Dismiss"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Qt sends ``LanguageChange`` when a translator is installed: word the buttons
        again (View → Language switches without a restart)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- a panel's bar: one line in the layout, spread over what lies below ---------------
    def _one_line_height(self) -> int:
        margins = self.layout().contentsMargins()
        line = max(self._label.fontMetrics().lineSpacing(), self._close.sizeHint().height())
        return line + margins.top() + margins.bottom()

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self._spreads:
            hint.setHeight(self._one_line_height())
        return hint

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        if self._spreads:
            hint.setHeight(self._one_line_height())
        return hint

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False if self._spreads else super().hasHeightForWidth()

    def set_spreads(self, spreads: bool) -> None:
        """Whether a long message spreads over what lies below (a panel's bar) or makes the
        bar as tall as its text in the layout (a bar in a scrolling area of its own)."""
        self._spreads = spreads
        self.updateGeometry()
        self._spread()

    def _spread(self) -> None:
        """A panel's bar: as tall as its message, over what lies below (the layout gave it
        one line); raised, so it is drawn and clicked on top."""
        if not self._spreads:
            return
        needed = self.layout().totalHeightForWidth(self.width()) if self.level else 0
        height = max(self._one_line_height(), needed)
        if height > self._one_line_height():
            self.raise_()
        if self.height() != height:
            self.resize(self.width(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._spread()  # the layout sets one line whenever it lays the panel out

    def paintEvent(self, event) -> None:
        if self.level is None:
            return
        background, border, _ = _COLORS[self.level]
        painter = QPainter(self)
        painter.setPen(QPen(QColor(border), 1))
        painter.setBrush(QColor(background))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text())


def find_message_bar(widget) -> MessageBar | None:
    """The ``message_bar`` of ``widget``'s nearest ancestor that has one (a panel, the
    main window), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        bar = getattr(parent, "message_bar", None)
        if isinstance(bar, MessageBar):
            return bar
        parent = parent.parentWidget()
    return None
