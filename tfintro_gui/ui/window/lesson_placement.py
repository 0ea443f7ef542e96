"""Where the lesson goes: beside the panel when the window is wide, a drawer when not.

Decided by the window's width: at :data:`BESIDE_MIN_WIDTH` pixels (times the zoom) and
more, the lesson is a dock beside the panel, open or closed as the student last chose
(View → Lesson, F1, the dock's ×; open when never chosen). In a narrower window the
panel needs the room: the dock closes, and F1 opens the lesson as a drawer over the
right part of the panel until F1, Esc or its × closes it. Every explicit choice is
remembered; the width never changes the choice, only where the lesson is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.ui.zoom import zoom_factor

#: The narrowest window, in pixels at zoom 1, that has room for the lesson beside a panel.
BESIDE_MIN_WIDTH = 1400
#: The lesson dock's narrowest first width, in pixels (the student may drag it).
LESSON_WIDTH = 320
#: The lesson dock's first share of a wide window (394 px of a 1 640 px window): its code
#: lines then fit without breaking mid-word.
LESSON_SHARE = 0.24
#: The drawer's share of the central area's width (at least LESSON_WIDTH pixels).
DRAWER_SHARE = 0.45


class LessonDock(QDockWidget):
    """The dock that holds the lesson beside the panel; says when its × closes it."""

    closed_by_user = Signal()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed_by_user.emit()


class LessonDrawer(QFrame):
    """The lesson over the right part of ``parent`` (the window's central widget)."""

    closed_by_user = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("lessonDrawer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        title = self._title = QLabel(self)
        title.setObjectName("lessonDrawerTitle")
        close = self._close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.closed_by_user)
        self.retranslate()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.closed_by_user)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(close)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 2, 2)
        self._layout.addLayout(header)
        parent.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        """Word the drawer's title and its × in the language installed now."""
        self._title.setText(self.tr("Lesson"))
        self._close.setToolTip(self.tr("Close the lesson (F1 or Esc)"))
        self._close.setAccessibleName(self.tr("Close the lesson"))

    def hold(self, pane: QWidget) -> None:
        """Put ``pane`` in the drawer (taking it out of where it was)."""
        if pane.parentWidget() is not self:
            self._layout.addWidget(pane, 1)
            pane.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        """Cover the right part of the parent, full height."""
        parent = self.parentWidget()
        width = min(max(LESSON_WIDTH, round(parent.width() * DRAWER_SHARE)),
                    parent.width() - 40)
        self.setGeometry(parent.width() - width, 0, max(width, 0), parent.height())

    def showEvent(self, event) -> None:
        self.place()
        self.raise_()
        super().showEvent(event)


class LessonPlacement(QObject):
    """Shows ``pane`` beside the panel or in a drawer, by the window's width.

    Args:
        window: the main window (it calls :meth:`update` when it is resized or zoomed).
        central: the window's central widget (the drawer covers its right part).
        choice: the student's remembered choice (True = open); None if never made.

    The lesson pane is built on first use (:meth:`pane`; the window asks right after its
    first paint: importing its module takes about 25 ms); until then an open dock is empty.

    Signals:
        visibility_changed(bool): the lesson was shown or hidden.
        chosen(bool): the student opened or closed the lesson (to remember).
    """

    visibility_changed = Signal(bool)
    chosen = Signal(bool)

    def __init__(self, window: QMainWindow, central: QWidget, choice: bool | None):
        super().__init__(window)
        self._window = window
        self._pane: QWidget | None = None
        self._choice = choice
        self._drawer_open = False
        self._shown = False
        self.dock = LessonDock(self.tr("Lesson"), window)
        self.dock.setObjectName("lessonDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [max(LESSON_WIDTH, round(window.width() * LESSON_SHARE))],
                           Qt.Orientation.Horizontal)
        self.dock.closed_by_user.connect(self._on_closed_by_user)
        self.drawer = LessonDrawer(central)
        self.drawer.closed_by_user.connect(self._on_closed_by_user)
        self.update()

    def pane(self) -> QWidget:
        """The :class:`~tfintro_gui.ui.lesson_pane.LessonPane`, built now if it was not."""
        if self._pane is None:
            from tfintro_gui.ui.lesson_pane import LessonPane

            self._pane = LessonPane()
            self.update()
        return self._pane

    def _on_closed_by_user(self) -> None:
        self.set_open(False)

    def retranslate(self) -> None:
        """Word the dock's and the drawer's titles, and the pane's own texts, in the
        language installed now."""
        self.dock.setWindowTitle(self.tr("Lesson"))
        self.drawer.retranslate()
        if self._pane is not None:
            self._pane.retranslate()

    def mode(self) -> str:
        """``"beside"`` when the window has room for the lesson beside the panel (or the
        dock floats in its own window), else ``"drawer"``."""
        wide = self._window.width() >= BESIDE_MIN_WIDTH * zoom_factor()
        return "beside" if wide or self.dock.isFloating() else "drawer"

    def is_open(self) -> bool:
        """True when the lesson is shown (or will be, once the window is shown)."""
        return self._shown

    def choice(self) -> bool | None:
        """The student's last explicit choice (True = open), None if never made."""
        return self._choice

    def set_open(self, open_: bool) -> None:
        """The student opens or closes the lesson: remembered, then shown where it fits."""
        self._choice = bool(open_)
        self._drawer_open = bool(open_)
        self.chosen.emit(self._choice)
        self.update()

    def update(self) -> None:
        """Put the lesson where the window's width says (call after a resize or zoom)."""
        if self.mode() == "beside":
            self._drawer_open = False
            shown = self._choice is not False
            self.drawer.hide()
            if shown and self._pane is not None and self.dock.widget() is not self._pane:
                self.dock.setWidget(self._pane)
            self.dock.setVisible(shown)
        else:
            shown = self._drawer_open
            self.dock.hide()
            if shown and self._pane is not None:
                self.drawer.hold(self._pane)
            self.drawer.setVisible(shown)
        if shown != self._shown:
            self._shown = shown
            self.visibility_changed.emit(shown)
