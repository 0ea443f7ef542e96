"""The controls column: the mouse wheel scrolls it, even over a combo box, and changes a
field only once that field has the focus."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from tfintro_gui.ui.widgets.controls_column import controls_column


def wheel_down(widget) -> QWheelEvent:
    """One notch of the wheel towards the student over ``widget``; returns the event."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def shown_column(qtbot, fields: list[QWidget]):
    """A 300-px controls column holding ``fields`` and 30 spin boxes (tall enough to scroll)
    in a 400×300 panel, shown; returns the panel (which owns the column) and the column."""
    panel = QWidget()
    qtbot.addWidget(panel)
    box = QGroupBox("Training")
    layout = QVBoxLayout(box)
    for field in [*fields, *(QSpinBox() for _ in range(30))]:
        layout.addWidget(field)
    column = controls_column([box], 300, panel)
    QVBoxLayout(panel).addWidget(column)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    assert column.verticalScrollBar().maximum() > 0
    return panel, column


def test_the_wheel_scrolls_past_a_combo_box_and_changes_it_only_with_focus(qtbot):
    combo = QComboBox()
    combo.addItems(["Logistic loss", "Squared loss"])
    spin = QSpinBox()
    _panel, column = shown_column(qtbot, [combo, spin])
    scroll_bar = column.verticalScrollBar()
    wheel_down(combo)
    wheel_down(spin)
    assert combo.currentText() == "Logistic loss" and spin.value() == 0  # unchanged
    assert scroll_bar.value() > 0  # the column scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentText() == "Squared loss"  # focused: the wheel is the field's


def test_the_wheel_at_the_end_of_the_column_does_not_scroll_what_holds_it(qtbot):
    """Regression: at the end of the Classifier's column the wheel went on to scroll the
    whole panel, and the message bar above it went out of sight. Qt passes a wheel event
    from the mouse on to the parent widget when the receiver leaves it unaccepted."""
    _panel, column = shown_column(qtbot, [])
    scroll_bar = column.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.maximum())  # at the column's end
    assert wheel_down(column.viewport()).isAccepted()
    scroll_bar.setValue(0)
    assert wheel_down(column.viewport()).isAccepted() and scroll_bar.value() > 0
