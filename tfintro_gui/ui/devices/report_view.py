"""The report: Refresh / Copy report / Save report… in the control column, and the
Markdown text in the Report tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPlainTextEdit, QPushButton

from tfintro_gui.ui.zoom import fixed_pitch_font


class ReportBox(QGroupBox):
    """The report group of the control column.

    Signals:
        refresh_requested: ask TensorFlow again.
        copy_requested: copy the report to the clipboard.
        save_requested: save the report to a file.
    """

    refresh_requested = Signal()
    copy_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Report"), parent)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Ask TensorFlow again (devices, GPU memory in use)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setToolTip(self.tr("Copy everything shown here as Markdown"))
        self.copy_button.clicked.connect(self.copy_requested)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setToolTip(self.tr("Save everything shown here as a Markdown file"))
        self.save_button.clicked.connect(self.save_requested)
        layout = QGridLayout(self)
        layout.addWidget(self.refresh_button, 0, 0)
        layout.addWidget(self.copy_button, 0, 1)
        layout.addWidget(self.save_button, 1, 0, 1, 2)

    def set_state(self, ready: bool, running: bool) -> None:
        """Refresh needs TensorFlow and no benchmark running; the report needs the facts."""
        self.refresh_button.setEnabled(ready and not running)
        self.copy_button.setEnabled(ready)
        self.save_button.setEnabled(ready)


class ReportView(QPlainTextEdit):
    """The Report tab: the Markdown report, read-only, in a fixed-width font."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(fixed_pitch_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("Report"))
