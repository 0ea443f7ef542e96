"""Where the panels are shown: a stack of panels inside a scroll area.

A panel's controls, plots and log need a minimum height; a large zoom (View → Zoom in) on a
small screen can make it taller than the screen. In a plain stacked widget that minimum
would become the window's, and the window would grow past the bottom of the screen with
its status bar cut off. Here the window keeps its size and the panel area scrolls instead.
At 100 % in a window maximised on a 1280×720 screen every panel fits and no scroll bar
shows. Each panel is shown from its top: the place scrolled to on one panel is not kept
for the next.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget


class PanelStack(QStackedWidget):
    """The panels, one shown at a time; as tall as the area when they fit in it."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # Panels with word-wrapped labels report their *preferred* height for a width;
        # the scroll area would then scroll whenever that exceeds the room, not only
        # when the panel's minimum does. -1: no wish, the minimum size decides.
        return -1


class PanelArea(QScrollArea):
    """A scroll area around :attr:`stack`, the window's ``QStackedWidget`` of panels."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("panelArea")
        self.stack = PanelStack()
        self.setWidget(self.stack)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        self.setWidgetResizable(True)  # the panel fills the area when it fits
        self.setFrameShape(QFrame.Shape.NoFrame)

    def _on_stack_current_changed(self, _index: int) -> None:
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
