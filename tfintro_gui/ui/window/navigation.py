"""The list of panels on the left of the main window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListWidget

#: The list's narrowest width, in pixels; wider when a title needs it (zoom, language).
NAVIGATION_WIDTH = 130


class NavigationList(QListWidget):
    """One row per panel (its translated title, its summary as the tool tip).

    Args:
        specs: the window's ``PANELS``, in order.
    """

    def __init__(self, specs: Sequence, parent=None):
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Panels"))
        self.setToolTip(self.tr("The four panels of the lesson (Ctrl+1 to Ctrl+4)"))
        for spec in specs:
            self.addItem(spec.translated_title())
            self.item(self.count() - 1).setToolTip(spec.translated_summary())
        self._fit_width()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View → Zoom
            self._fit_width()

    def _fit_width(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count())), default=0)
        self.setFixedWidth(max(NAVIGATION_WIDTH, widest + 4 * metrics.averageCharWidth()))
