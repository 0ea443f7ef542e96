"""The list of panels on the left of the main window, and what each entry says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QListWidget

#: The list's narrowest width, in pixels; wider when a title needs it (zoom, language).
NAVIGATION_WIDTH = 130


@dataclass(frozen=True)
class PanelSpec:
    """One entry of the navigation list.

    Attributes:
        key: the ``--panel`` name.
        title: shown in the list (English; :meth:`translated_title` gives the shown one).
        class_path: ``"module:Class"`` of the panel, imported when it is first shown.
        summary: one line on what the panel teaches (English, translated when shown).
    """

    key: str
    title: str
    class_path: str
    summary: str

    def translated_title(self) -> str:
        """The title in the interface's language."""
        return QCoreApplication.translate("MainWindow", self.title)

    def translated_summary(self) -> str:
        """The summary in the interface's language."""
        return QCoreApplication.translate("MainWindow", self.summary)


class NavigationList(QListWidget):
    """One row per panel (its translated title, its summary as the tool tip).

    Args:
        specs: the window's ``PANELS``, in order.
    """

    def __init__(self, specs: Sequence, parent=None):
        super().__init__(parent)
        self.setObjectName("navigation")
        self._specs = tuple(specs)
        for _ in self._specs:
            self.addItem("")
        self.retranslate()

    def retranslate(self) -> None:
        """Word the list, its rows and their tool tips in the language installed now."""
        self.setAccessibleName(self.tr("Panels"))
        self.setToolTip(self.tr("The four panels of the lesson (Ctrl+1 to Ctrl+4)"))
        for row, spec in enumerate(self._specs):
            self.item(row).setText(spec.translated_title())
            self.item(row).setToolTip(spec.translated_summary())
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
