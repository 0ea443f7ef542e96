"""The scrollable column of control groups on the left of a panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def controls_column(boxes, width: int, parent: QWidget, stretch_box: QWidget | None = None
                    ) -> QScrollArea:
    """Stack ``boxes`` top to bottom in a vertically scrolling column ``width`` pixels wide.

    Args:
        boxes: the widgets (usually ``QGroupBox``) in order.
        width: the column's fixed width, in pixels.
        parent: the panel.
        stretch_box: the box that takes spare height; None leaves it below the last box.
    """
    controls = QWidget()
    layout = QVBoxLayout(controls)
    for box in boxes:
        layout.addWidget(box, 1 if box is stretch_box else 0)
    if stretch_box is None:
        layout.addStretch(1)
    scroll = QScrollArea(parent)
    scroll.setWidget(controls)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFixedWidth(width)
    return scroll
