"""The lab files' place in the main window: a dock for the lab pane and three File menu
actions (Open lab…, Save lab report…, Save as lab step…).

:meth:`tfintro_gui.ui.main_window.MainWindow.install_labs` makes one
:class:`LabActions`; ``tfintro-gui --lab FILE`` calls :meth:`LabActions.open_lab`. The
pane and its dock are made when the first lab opens, so a window without a lab does not
import the lab code's dependencies (jsonschema, the probes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QMenu

from tfintro_gui.ui.labs.host import WindowLabHost
from tfintro_gui.ui.widgets.file_dialogs import ask_open_path, ask_save_path, reason_of

LAB_FILTER = QT_TRANSLATE_NOOP("LabActions", "Lab file (*.tflab)")
PDF_FILTER = QT_TRANSLATE_NOOP("LabActions", "PDF report (*.pdf)")
# How many problems of a refused lab the message lists.
SHOWN_PROBLEMS = 5


class LabActions(QObject):
    """Lab files in a main window.

    Args:
        window: the main window (``show_panel``, ``panel``, ``current_panel_key``,
            ``tensorflow_loaded``, ``tensorflow_info``, ``message_bar``).
        file_menu: where the actions go (before its last separator); None = the first
            menu of the menu bar.
        progress_folder: where progress is kept; None = the user's data folder
            (``QStandardPaths.AppDataLocation``).
    """

    def __init__(self, window: QMainWindow, file_menu: QMenu | None = None,
                 progress_folder: str | Path | None = None):
        super().__init__(window)
        self._window = window
        self._progress_folder = progress_folder
        self.host = WindowLabHost(window)
        self.pane = None
        self.dock: QDockWidget | None = None
        self.open_action = QAction(self.tr("Open &lab…"), self)
        self.open_action.setStatusTip(self.tr("Open a teacher's lab file (.tflab): step by "
                                              "step, with questions to predict"))
        self.open_action.triggered.connect(self._on_open_triggered)
        self.report_action = QAction(self.tr("Save lab &report…"), self)
        self.report_action.setStatusTip(self.tr("Save your predictions and the real values "
                                                "as a PDF (and JSON) for the teacher"))
        self.report_action.setEnabled(False)
        self.report_action.triggered.connect(self._on_report_triggered)
        self.step_action = QAction(self.tr("Save as lab s&tep…"), self)
        self.step_action.setStatusTip(self.tr("Teachers: turn what this panel shows into a "
                                              "step of a lab file"))
        self.step_action.triggered.connect(self._on_step_triggered)
        menu = file_menu or window.menuBar().actions()[0].menu()
        separators = [action for action in menu.actions() if action.isSeparator()]
        before = separators[-1] if separators else None
        menu.insertSeparator(before) if before else menu.addSeparator()
        for action in (self.open_action, self.report_action, self.step_action):
            menu.insertAction(before, action) if before else menu.addAction(action)
        window.installEventFilter(self)

    # -- opening ----------------------------------------------------------------------------
    def _ensure_pane(self):
        if self.pane is None:
            from tfintro_gui.core.labs.progress import ProgressStore
            from tfintro_gui.ui.labs.pane import LabPane

            folder = self._progress_folder or QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppDataLocation)
            self.pane = LabPane(self.host, ProgressStore(folder))
            self.dock = QDockWidget(self.tr("Lab"), self._window)
            self.dock.setObjectName("labDock")
            self.dock.setWidget(self.pane)
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            lesson = self._window.findChild(QDockWidget, "lessonDock")
            if lesson is not None:
                self._window.tabifyDockWidget(lesson, self.dock)
        return self.pane

    def open_lab(self, path: str | Path) -> bool:
        """Read, check and open the lab at ``path`` in the lab pane.

        A refused file changes nothing; the window's message bar names the problems with
        their JSON paths.

        Returns:
            True if the lab was opened.
        """
        from tfintro_gui.core.labs.reading import LabFileError, load_lab

        try:
            lab = load_lab(path)
        except LabFileError as error:
            problems = "\n".join(f"{problem.path}: {problem.message}"
                                 for problem in error.problems[:SHOWN_PROBLEMS])
            more = len(error.problems) - SHOWN_PROBLEMS
            self._say(self.tr("The lab {path} was not opened; nothing was changed.\n"
                              "{problems}").format(path=path, problems=problems)
                      + (self.tr("\n…and {count} more.").format(count=more) if more > 0
                         else ""), "error")
            return False
        except OSError as error:
            self._say(self.tr("The lab {path} could not be read: {reason}.").format(
                path=path, reason=reason_of(error)), "error")
            return False
        self._ensure_pane().open_lab(lab)
        self.dock.show()
        self.dock.raise_()
        self.report_action.setEnabled(True)
        return True

    def _say(self, text: str, level: str) -> None:
        bar = getattr(self._window, "message_bar", None)
        if bar is not None:
            bar.show_message(text, level)

    def _on_open_triggered(self) -> None:
        path = ask_open_path(self._window, self.tr("Open lab"), self.tr(LAB_FILTER))
        if path:
            self.open_lab(path)

    # -- report ------------------------------------------------------------------------------
    def save_report(self, path: str | Path, student_name: str) -> bool:
        """Write the report of the open lab as PDF at ``path`` and as JSON beside it
        (same name, ``.json``). Says in the window's message bar how it went.

        Returns:
            True if both files were written.
        """
        from tfintro_gui.core.labs.report import report_data, write_report_json
        from tfintro_gui.ui.labs.report_pdf import write_report_pdf

        run = self.pane.run if self.pane else None
        if run is None:
            self._say(self.tr("Open a lab first: the report holds its questions."), "info")
            return False
        run.student_name = student_name.strip()
        data = report_data(run, student_name, self.host.language())
        path = Path(path)
        json_path = path.with_suffix(".json")
        try:
            write_report_pdf(path, data, self.pane.thumbnails())
            write_report_json(json_path, data)
        except OSError as error:
            self._say(self.tr("The report could not be written to {path}: {reason}. Choose a "
                              "folder you can write to.").format(path=path,
                                                                 reason=reason_of(error)),
                      "error")
            return False
        self._say(self.tr("Saved the lab report to {path} and {json_path}.").format(
            path=path, json_path=json_path), "info")
        return True

    def _on_report_triggered(self) -> None:
        run = self.pane.run if self.pane else None
        name, accepted = QInputDialog.getText(
            self._window, self.tr("Save lab report"), self.tr("Your name:"),
            text=run.student_name if run else "")
        if not accepted:
            return
        path = ask_save_path(self._window, self.tr("Save lab report"), "lab-report.pdf",
                             self.tr(PDF_FILTER))
        if path:
            self.save_report(path, name)

    # -- teacher ------------------------------------------------------------------------------
    def _on_step_triggered(self) -> None:
        from tfintro_gui.ui.labs.step_form import StepForm

        key = self._window.current_panel_key()
        form = StepForm(key, self._window.panel(key).session_state(), self._window)
        if form.exec() and form.saved_path:
            self._say(self.tr("Added the step to {path}.").format(path=form.saved_path),
                      "info")

    # -- closing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close \
                and self.pane is not None:
            self.pane.shutdown()
        return False
