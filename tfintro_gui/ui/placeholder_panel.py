"""A panel that is not built yet: its title and one line on what it will teach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from tfintro_gui.ui.panel import Panel


class PlaceholderPanel(Panel):
    """Shows ``title`` and ``summary`` and nothing else."""

    def __init__(self, title: str, summary: str, parent=None):
        super().__init__(parent)
        self.title = title
        heading = QLabel(f"<h2>{title}</h2>", self)
        text = QLabel(summary, self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
