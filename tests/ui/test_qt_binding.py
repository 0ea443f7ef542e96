"""The installed Qt binding keeps Python's reference counts: a live lab makes millions of calls."""

import sys

from PySide6.QtWidgets import QLabel, QSlider


def test_void_qt_calls_keep_their_references_to_none(qtbot):
    """Regression: PySide6 6.12.0 on Python 3.11 took one reference from None per void call
    (setText, setValue, …) and aborted with "none_dealloc" after minutes of live training."""
    label, slider = QLabel(), QSlider()
    qtbot.addWidget(label)
    qtbot.addWidget(slider)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("0.1234")
        slider.setMaximum(10)
    assert sys.getrefcount(None) - before > -100
