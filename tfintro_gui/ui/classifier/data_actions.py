"""The Classifier's data actions: Regenerate, the test share, CSV files, clicks and undo.

Each action stops training, asks the :class:`~tfintro_gui.core.classifier.lab.ClassifierLab`
(which owns the points and their rules), then has the views show the result; what the lab
refuses is said in the panel's message bar and changes nothing. Point edits are undoable
commands on :attr:`DataActions.undo_stack`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.ui.classifier.data_box import DataBox
from tfintro_gui.ui.classifier.figures import FigureArea
from tfintro_gui.ui.classifier.lab_view import LabView
from tfintro_gui.ui.classifier.point_edits import AddPointCommand, RemovePointCommand
from tfintro_gui.ui.classifier.texts import notice_text, refusal_text
from tfintro_gui.ui.classifier.training_box import TrainingBox
from tfintro_gui.ui.widgets.file_dialogs import ask_open_path, ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar

#: A right click removes the nearest point within this distance, in pixels.
CLICK_RADIUS_PX = 15


class DataActions(QObject):
    """What the Data box and clicks on the scatter do.

    Args:
        lab: the model.
        data_box, training_box: the settings views.
        view: draws the lab; figures: where the scatter is (for clicks).
        message_bar: where refusals are said.
        stop_training: stops a run (its trained steps are kept) before the points change.
        after_new_trainer: shows a new start (new points start training again).
        after_edit: updates the controls after a point was added or removed.
        parent: the panel.

    Attributes:
        undo_stack: the point edits (Ctrl+Z, Ctrl+Shift+Z).

    Signals:
        points_replaced(): new points (drawn, split or imported); the message bar was
            cleared.
    """

    points_replaced = Signal()

    def __init__(self, lab: ClassifierLab, data_box: DataBox, training_box: TrainingBox,
                 view: LabView, figures: FigureArea, message_bar: MessageBar,
                 stop_training: Callable[[], None], after_new_trainer: Callable[[], None],
                 after_edit: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._lab = lab
        self._data_box = data_box
        self._training_box = training_box
        self._view = view
        self._figures = figures
        self._message_bar = message_bar
        self._stop_training = stop_training
        self._after_new_trainer = after_new_trainer
        self._after_edit = after_edit
        self.undo_stack = QUndoStack(self)
        data_box.regenerate_requested.connect(self._on_data_box_regenerate_requested)
        data_box.test_percent_changed.connect(self._on_data_box_test_percent_changed)
        data_box.import_requested.connect(self._on_data_box_import_requested)
        data_box.export_requested.connect(self._on_data_box_export_requested)
        figures.point_clicked.connect(self._on_figures_point_clicked)

    def _replace_points(self, action: Callable[[], object], refused_note: str = ""
                        ) -> object | None:
        """Stop training, run ``action`` (a lab call that replaces the points); on
        success show the new points and a new start; on refusal say why."""
        self._stop_training()
        try:
            result = action()
        except (ValueError, TypeError, OSError) as error:
            self._message_bar.show_message(refusal_text(error) + refused_note, "error")
            return None
        self.undo_stack.clear()
        self._message_bar.clear()
        self._view.show_data()
        if self._lab.trainer is not None:
            self._after_new_trainer()
        self.points_replaced.emit()
        return result

    def _on_data_box_regenerate_requested(self) -> None:
        self._replace_points(lambda: self._lab.draw_data(self._data_box.settings(),
                                                        self._training_box.settings()),
                             "\n" + self.tr("The previous data are kept."))

    def _on_data_box_test_percent_changed(self) -> None:
        had_trained = len(self._lab.history) > 0
        self._replace_points(lambda: self._lab.change_split(self._data_box.settings(),
                                                           self._training_box.settings()))
        if had_trained and len(self._lab.history) == 0:  # the steps done are gone: say so
            self._message_bar.show_message(self.tr(
                "Another test set means another training set: training starts again from "
                "step 0, from the same starting weights."), "info")

    def import_points(self, path: str | Path) -> bool:
        """Replace the data by the points of a CSV file; on any problem keep the old data.

        Returns:
            True if the file was imported.
        """
        dataset = self._replace_points(lambda: self._lab.import_points(
            path, self._data_box.settings(), self._training_box.settings()))
        if dataset is None:
            return False
        self._message_bar.show_message(
            self.tr("Imported {count} points from {name} ({positive} of class 1).").format(
                count=len(dataset.inputs), name=dataset.name,
                positive=int(dataset.targets.sum())), "info")
        return True

    def export_points(self, path: str | Path) -> bool:
        """Write the points (training and test) as CSV ``x,y,label``."""
        return write_with_message(self._message_bar, self._lab.export_points, path,
                                  self.tr("Saved {count} points to {path}.").format(
                                      count=len(self._lab.data.inputs), path="{path}"))

    def _on_data_box_import_requested(self) -> None:
        path = ask_open_path(self._data_box, self.tr("Import points"),
                             self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_points(path)

    def _on_data_box_export_requested(self) -> None:
        path = ask_save_path(self._data_box, self.tr("Export points"), "points.csv",
                             self.tr("CSV files (*.csv)"))
        if path:
            self.export_points(path)

    # -- point editing (undoable) -----------------------------------------------------------
    def point_at(self, index: int):
        """``(point (2,), label 0/1, is_test)`` of the point at ``index``."""
        return self._lab.data.point_at(index)

    def insert_point(self, index: int, point, label: float, is_test: bool) -> None:
        """Put a point at ``index``; training goes on from the current weights."""
        self._edit_points(lambda: self._lab.insert_point(index, point, label, is_test))

    def delete_point(self, index: int) -> None:
        """Remove the point at ``index``; training goes on from the current weights."""
        self._edit_points(lambda: self._lab.delete_point(index))

    def _edit_points(self, edit: Callable[[], None]) -> None:
        self._stop_training()
        try:
            edit()
        except ValueError as error:
            self._message_bar.show_message(refusal_text(error), "warning")
            return
        self._view.show_data(keep_limits=True)
        if self._lab.trainer is not None:
            self._view.show_live()
        self._after_edit()

    def _on_figures_point_clicked(self, x: float, y: float, button: int) -> None:
        data = self._lab.data
        if button == 1:
            notice = data.check_new_point(x, y)
            if notice is not None:
                self._message_bar.show_message(notice_text(notice), "warning")
                return
            self.undo_stack.push(AddPointCommand(self, len(data.inputs), (x, y),
                                                 float(self._data_box.settings().click_class)))
            return
        pick = data.pick_removal(self._figures.plots.to_pixels(data.inputs),
                                 self._figures.plots.to_pixels([(x, y)])[0], CLICK_RADIUS_PX)
        if pick.index is None:
            self._message_bar.show_message(
                notice_text(pick.notice),
                "info" if pick.notice.code == "no_point_near" else "warning")
        else:
            self.undo_stack.push(RemovePointCommand(self, pick.index))
