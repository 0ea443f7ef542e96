"""The scrollable column of control groups on the left of a panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.ui.zoom import zoom_factor


class _WheelGuard(QObject):
    """Sends the wheel over an unfocused field to the column's scroll bar instead."""

    def __init__(self, column: QScrollArea):
        super().__init__(column)
        self._column = column

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            QApplication.sendEvent(self._column.verticalScrollBar(), event)  # scroll instead
            return True
        return False


class ControlsColumn(QScrollArea):
    """A vertically scrolling column whose width follows View → Zoom.

    The mouse wheel scrolls the column even over a combo box or spin box: such a field
    takes the wheel only once it has the focus (clicked or tabbed into), so scrolling past
    it never changes a setting by accident. At either end of a column that scrolls, the
    wheel stops there: it does not go on to scroll the panel around the column, which
    would move the message bar out of sight.

    Args:
        width: the column's width at zoom 1, in pixels; at zoom ``z`` it is
            ``round(width * z)``, or more if the controls need more beside the scroll bar,
            so no field is cut on the right.
        parent: the panel.

    Signals:
        width_changed(int): the column's new width, in pixels (widgets below it follow).
    """

    width_changed = Signal(int)

    def __init__(self, width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._base_width = int(width)
        self._wheel_guard = _WheelGuard(self)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_width()

    def base_width(self) -> int:
        """The width at zoom 1, in pixels."""
        return self._base_width

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        for field in (*widget.findChildren(QComboBox), *widget.findChildren(QAbstractSpinBox)):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            field.installEventFilter(self._wheel_guard)
        self._fit_width()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().wheelEvent(event)
        if self.verticalScrollBar().maximum() > 0:
            event.accept()  # not passed on to the panel area, as Qt does at the end

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the application font: View → Zoom
            # The controls take their new sizes first; the width follows on the next turn.
            QTimer.singleShot(0, self, self._fit_width)

    def _fit_width(self) -> None:
        width = round(self._base_width * zoom_factor())
        content = self.widget()
        if content is not None:
            needed = (content.minimumSizeHint().width()
                      + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
            width = max(width, needed)
        if width != self.width() or self.minimumWidth() != width:
            self.setFixedWidth(width)
            self.width_changed.emit(width)


def controls_column(boxes, width: int, parent: QWidget, stretch_box: QWidget | None = None
                    ) -> ControlsColumn:
    """Stack ``boxes`` top to bottom in a vertically scrolling column ``width`` pixels wide.

    Args:
        boxes: the widgets (usually ``QGroupBox``) in order.
        width: the column's width at zoom 1, in pixels (it grows with View → Zoom).
        parent: the panel.
        stretch_box: the box that takes spare height; None leaves it below the last box.

    Returns:
        The :class:`ControlsColumn` holding the boxes.
    """
    controls = QWidget()
    layout = QVBoxLayout(controls)
    for box in boxes:
        layout.addWidget(box, 1 if box is stretch_box else 0)
    if stretch_box is None:
        layout.addStretch(1)
    scroll = ControlsColumn(width, parent)
    scroll.setWidget(controls)
    return scroll
