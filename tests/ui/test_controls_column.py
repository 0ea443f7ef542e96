"""The controls column: the mouse wheel scrolls it, even over a combo box, and changes a
field only once that field has the focus."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from tfintro_gui.ui.widgets.controls_column import controls_column


def wheel_down(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_a_combo_box_and_changes_it_only_with_focus(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    box = QGroupBox("Training")
    fields = QVBoxLayout(box)
    combo = QComboBox()
    combo.addItems(["Logistic loss", "Squared loss"])
    spin = QSpinBox()
    fields.addWidget(combo)
    fields.addWidget(spin)
    for _ in range(30):
        fields.addWidget(QSpinBox())  # tall enough to scroll
    column = controls_column([box], 300, panel)
    QVBoxLayout(panel).addWidget(column)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    scroll_bar = column.verticalScrollBar()
    assert scroll_bar.maximum() > 0
    wheel_down(combo)
    wheel_down(spin)
    assert combo.currentText() == "Logistic loss" and spin.value() == 0  # unchanged
    assert scroll_bar.value() > 0  # the column scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(combo)
    assert combo.currentText() == "Squared loss"  # focused: the wheel is the field's
