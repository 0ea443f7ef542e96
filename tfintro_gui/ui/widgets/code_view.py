"""A read-only view of Python/TensorFlow code with Copy and Save as .py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar, find_message_bar
from tfintro_gui.ui.zoom import fixed_pitch_font

#: The shortest the code editor gets, in pixels: two lines of code.
MIN_EDITOR_HEIGHT = 44


class CodeView(QWidget):
    """Shows code in a fixed-width font; the user can copy it or save it as a ``.py`` file.

    Args:
        parent: the Qt parent widget.
        message_bar: where Save as .py says how it went; None = the ``message_bar`` of
            the nearest parent that has one (a panel's), else a bar of the view's own.
    """

    def __init__(self, parent=None, message_bar: MessageBar | None = None):
        super().__init__(parent)
        self._message_bar = message_bar
        self._own_message_bar: MessageBar | None = None
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setFont(fixed_pitch_font())  # the size follows the zoom
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setAccessibleName(self.tr("TensorFlow code"))
        # Below Qt's default (about 70 px): on a 720-pixel screen a panel's code tab may be
        # a few lines tall, and then the editor scrolls rather than the whole panel.
        self.editor.setMinimumHeight(MIN_EDITOR_HEIGHT)
        copy_button = QPushButton(self.tr("Copy"), self)
        copy_button.setToolTip(self.tr("Copy the code to the clipboard"))
        copy_button.clicked.connect(self._on_copy_clicked)
        self._save_button = QPushButton(self.tr("Save as .py…"), self)
        self._save_button.setToolTip(self.tr("Save the code as a Python script"))
        self._save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_button)
        buttons.addWidget(self._save_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.editor, 1)
        self._layout.addLayout(buttons)

    def set_code(self, code: str) -> None:
        """Replace the shown code."""
        self.editor.setPlainText(code)

    def show_end(self) -> None:
        """Scroll to the last line (the newest code)."""
        self.editor.verticalScrollBar().setValue(self.editor.verticalScrollBar().maximum())

    def append_code(self, code: str) -> None:
        """Add lines at the end."""
        self.editor.appendPlainText(code)

    def save_button(self) -> QPushButton:
        """The Save as .py… button (asks for a path, then :meth:`save_with_message`)."""
        return self._save_button

    def code(self) -> str:
        """The code shown now."""
        return self.editor.toPlainText()

    def save(self, path: str | Path) -> Path:
        """Write the code to ``path`` (UTF-8), atomically.

        Returns:
            The path written.

        Raises:
            OSError: the file cannot be written; an existing file is left as it was.
        """
        return write_text_atomically(path, self.code() + "\n")

    def save_with_message(self, path: str | Path) -> bool:
        """Save to ``path`` and say in the message bar how it went (never raises).

        Returns:
            True if the file was written.
        """
        return write_with_message(self.message_bar(), self.save, path,
                                  self.tr("Saved the code to {path}."))

    def message_bar(self) -> MessageBar:
        """Where this view's messages go (see the class's ``message_bar`` argument)."""
        if self._message_bar is not None:
            return self._message_bar
        bar = find_message_bar(self)
        if bar is not None:
            return bar
        if self._own_message_bar is None:
            self._own_message_bar = MessageBar(self)
            self._layout.addWidget(self._own_message_bar)
        return self._own_message_bar

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code())

    def _on_save_clicked(self) -> None:
        path = ask_save_path(self, self.tr("Save code"), "session.py", self.tr("Python (*.py)"))
        if path:
            self.save_with_message(path)
