"""Undoable edits of the classifier's points: add a point by clicking, remove the nearest.

The commands go on the panel's ``QUndoStack`` (Ctrl+Z undoes, Ctrl+Shift+Z redoes). They
change the data only through the editor's three methods (the panel, which asks the
:class:`~tfintro_gui.core.classifier.lab.ClassifierLab` and redraws), so the lab stays the
one owner of the points and their rules.
"""

from __future__ import annotations

from typing import Protocol

import lazy_loader
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


class PointEditor(Protocol):
    """What the commands need from the panel that edits the points."""

    def point_at(self, index: int) -> tuple[np.ndarray, float, bool]:
        """``(point (2,), label 0/1, is_test)`` of the point at ``index``."""

    def insert_point(self, index: int, point: np.ndarray, label: float, is_test: bool) -> None:
        """Put a point at ``index``."""

    def delete_point(self, index: int) -> None:
        """Remove the point at ``index``."""


class AddPointCommand(QUndoCommand):
    """Add a training point of class ``label`` at ``point`` (after the existing points)."""

    def __init__(self, editor: PointEditor, index: int, point, label: float):
        super().__init__(QCoreApplication.translate(
            "PointEdits", "add a class {label} point at ({x}, {y})").format(
                label=int(label), x=f"{point[0]:.2f}", y=f"{point[1]:.2f}"))
        self._editor = editor
        self._index = index
        self._point = np.array(point, dtype=np.float32)
        self._label = float(label)

    def redo(self) -> None:
        self._editor.insert_point(self._index, self._point, self._label, False)

    def undo(self) -> None:
        self._editor.delete_point(self._index)


class RemovePointCommand(QUndoCommand):
    """Remove the point at ``index``; undo puts it back where it was."""

    def __init__(self, editor: PointEditor, index: int):
        point, label, is_test = editor.point_at(index)
        super().__init__(QCoreApplication.translate(
            "PointEdits", "remove the class {label} point at ({x}, {y})").format(
                label=int(label), x=f"{point[0]:.2f}", y=f"{point[1]:.2f}"))
        self._editor = editor
        self._index = index
        self._point, self._label, self._is_test = point, label, is_test

    def redo(self) -> None:
        self._editor.delete_point(self._index)

    def undo(self) -> None:
        self._editor.insert_point(self._index, self._point, self._label, self._is_test)
