"""The wait cursor while the GUI thread does a short piece of TensorFlow work.

Backprop's passes run on the GUI thread: a click computes, then the views show the result
(the panel's shape, DESIGN.md). For the notebook's Keras model at its real sizes a pass
takes half a second or more; the wait cursor says the click was taken meanwhile.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@contextlib.contextmanager
def busy_cursor():
    """Show Qt's wait cursor while the body runs (restored even if it raises)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
