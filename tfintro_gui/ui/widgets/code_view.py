"""A read-only view of Python/TensorFlow code with Copy and Save as .py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CodeView(QWidget):
    """Shows code in a fixed-width font; the user can copy it or save it as a ``.py`` file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setAccessibleName(self.tr("TensorFlow code"))
        copy_button = QPushButton(self.tr("Copy"), self)
        copy_button.setToolTip(self.tr("Copy the code to the clipboard"))
        copy_button.clicked.connect(self._on_copy_clicked)
        save_button = QPushButton(self.tr("Save as .py…"), self)
        save_button.setToolTip(self.tr("Save the code as a Python script"))
        save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy_button)
        buttons.addWidget(save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

    def set_code(self, code: str) -> None:
        """Replace the shown code."""
        self.editor.setPlainText(code)

    def append_code(self, code: str) -> None:
        """Add lines at the end."""
        self.editor.appendPlainText(code)

    def code(self) -> str:
        """The code shown now."""
        return self.editor.toPlainText()

    def save(self, path: str | Path) -> None:
        """Write the code to ``path`` (UTF-8).

        Raises:
            OSError: the file cannot be written.
        """
        Path(path).write_text(self.code() + "\n", encoding="utf-8")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code())

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save code"), "session.py",
                                              self.tr("Python (*.py)"))
        if path:
            self.save(path)
