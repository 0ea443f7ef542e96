"""The main window: navigation between the four panels, menus, status bar.

Panels are built on first use so the window paints quickly; TensorFlow is imported by a
:class:`~tfintro_gui.ui.workers.TensorFlowLoader` after the window is shown.
"""

from __future__ import annotations

import importlib
import traceback
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui import __version__
from tfintro_gui.core.notebook import NotebookSection, write_notebook, write_script
from tfintro_gui.core.session import read_session, write_session
from tfintro_gui.lessons import load_lesson
from tfintro_gui.ui.first_paint import AfterFirstPaint
from tfintro_gui.ui.i18n import LANGUAGES, current_language, save_language
from tfintro_gui.ui.lesson_pane import LessonPane
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.placeholder_panel import PlaceholderPanel
from tfintro_gui.ui.tensorflow_loader import TensorFlowLoader
from tfintro_gui.ui.widgets.message_bar import MessageBar

LOADING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Loading TensorFlow…")
APPLICATION_TITLE = QT_TRANSLATE_NOOP("MainWindow", "TensorFlow Intro Lab")
#: The lesson pane's first width, in pixels (the user may drag it).
LESSON_WIDTH = 320
#: On screens narrower than this (in pixels) the lesson starts closed: F1 opens it.
LESSON_SCREEN_WIDTH = 1200


@dataclass(frozen=True)
class PanelSpec:
    """One entry of the navigation list.

    Attributes:
        key: the ``--panel`` name.
        title: shown in the list (English; :meth:`translated_title` gives the shown one).
        class_path: ``"module:Class"`` of the panel, or None while it is not built.
        summary: one line on what the panel teaches (English, translated when shown).
    """

    key: str
    title: str
    class_path: str | None
    summary: str

    def translated_title(self) -> str:
        """The title in the interface's language."""
        return QCoreApplication.translate("MainWindow", self.title)

    def translated_summary(self) -> str:
        """The summary in the interface's language."""
        return QCoreApplication.translate("MainWindow", self.summary)


PANELS = (
    PanelSpec("devices", QT_TRANSLATE_NOOP("MainWindow", "Devices"),
              "tfintro_gui.ui.devices_panel:DevicesPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "What TensorFlow sees on this computer (CPUs, GPUs, versions), "
                                "why there is no GPU when there is none, and how fast a matrix "
                                "product runs on each device.")),
    PanelSpec("tensors", QT_TRANSLATE_NOOP("MainWindow", "Tensors"),
              "tfintro_gui.ui.tensors_panel:TensorsPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "Constants, variables and operations you can touch: create "
                                "tensors, assign into variables, apply ops, and see the "
                                "TensorFlow line behind every click.")),
    PanelSpec("backprop", QT_TRANSLATE_NOOP("MainWindow", "Backprop"),
              "tfintro_gui.ui.backprop_panel:BackpropPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "A computation graph stepped forward node by node and backward "
                                "through the chain rule, checked against tf.GradientTape.")),
    PanelSpec("classifier", QT_TRANSLATE_NOOP("MainWindow", "Classifier"),
              "tfintro_gui.ui.classifier_panel:ClassifierPanel",
              QT_TRANSLATE_NOOP("MainWindow", "The notebook's linear classifier trained live "
                                              "by gradient descent.")),
)
PANEL_KEYS = tuple(spec.key for spec in PANELS)


def _build_panel(spec: PanelSpec) -> Panel:
    if spec.class_path is None:
        return PlaceholderPanel(spec.translated_title(), spec.translated_summary())
    module_name, class_name = spec.class_path.split(":")
    return getattr(importlib.import_module(module_name), class_name)()


class MainWindow(QMainWindow):
    """The application window.

    Args:
        initial_panel: key of the panel to show first; None = the one shown last time
            (from ``QSettings``), else ``"classifier"``.
        load_tensorflow: start the background import of TensorFlow once shown.
        remember: save the panel, size and lesson state in ``QSettings`` (False for
            ``--screenshot`` and ``--self-test``).

    Signals:
        tensorflow_loaded(dict): ``{"version", "device"}``, after the import.
        tensorflow_failed(str): the reason, if the import failed.
    """

    tensorflow_loaded = Signal(dict)
    tensorflow_failed = Signal(str)

    def __init__(self, initial_panel: str | None = None, load_tensorflow: bool = True,
                 remember: bool = True):
        super().__init__()
        self.setWindowTitle(self.tr(APPLICATION_TITLE))
        self._settings = QSettings()
        # --screenshot and --self-test leave the student's remembered layout alone.
        self._remember = remember
        self._panels: dict[str, Panel] = {}
        self._tensorflow_info: dict | None = None
        self._tensorflow_error: str | None = None
        self._loader = TensorFlowLoader(self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)
        # The panel's controls paint with the window; its plots (Matplotlib), the lesson
        # and the TensorFlow import come right after that first paint.
        self._load_tensorflow = load_tensorflow
        self._first_paint = AfterFirstPaint(self, self._on_first_paint)

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Panels"))
        self._navigation.setToolTip(self.tr("The four panels of the lesson (Ctrl+1 to Ctrl+4)"))
        for spec in PANELS:
            self._navigation.addItem(spec.translated_title())
            self._navigation.item(self._navigation.count() - 1).setToolTip(
                spec.translated_summary())
        self._navigation.setFixedWidth(130)
        self._stack = QStackedWidget()
        self.message_bar = MessageBar()  # the window's own messages: files, language
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.message_bar)
        right.addWidget(self._stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._language = current_language()
        self.lesson_pane = LessonPane()
        self._lesson_dock = QDockWidget(self.tr("Lesson"), self)
        self._lesson_dock.setObjectName("lessonDock")
        self._lesson_dock.setWidget(self.lesson_pane)
        self._lesson_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                      | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._lesson_dock)
        self.resizeDocks([self._lesson_dock], [LESSON_WIDTH], Qt.Orientation.Horizontal)
        screen = self.screen().availableGeometry().width() if self.screen() else 0
        self._lesson_dock.setVisible(self._settings.value(
            "window/lesson_visible", screen >= LESSON_SCREEN_WIDTH, type=bool))
        self._lesson_dock.visibilityChanged.connect(self._on_lesson_dock_visibility_changed)

        self._status_label = QLabel(self.tr(LOADING_TEXT))
        self.statusBar().addPermanentWidget(self._status_label)
        self._build_menus()

        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1280, 800))
        if initial_panel is None:
            initial_panel = str(self._settings.value("window/panel", "classifier"))
        if initial_panel not in PANEL_KEYS:
            initial_panel = "classifier"
        self._navigation.setCurrentRow(PANEL_KEYS.index(initial_panel))
        self._navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self._show_current_panel()

    # -- panels ---------------------------------------------------------------------------
    def panel(self, key: str) -> Panel:
        """The panel named ``key``, built now if it was not yet."""
        if key not in self._panels:
            panel = _build_panel(PANELS[PANEL_KEYS.index(key)])
            self._panels[key] = panel
            self._stack.addWidget(panel)
            if self._first_paint.has_run():
                panel.build_deferred()
            if self._tensorflow_info is not None:
                self._tell_tensorflow_ready(panel)
            elif self._tensorflow_error is not None:
                panel.tensorflow_failed(self._tensorflow_error)
        return self._panels[key]

    def _on_first_paint(self) -> None:
        for panel in self._panels.values():
            panel.build_deferred()
        if self._load_tensorflow:
            self._start_tensorflow_import()
        self._update_lesson()

    def current_panel_key(self) -> str:
        return PANEL_KEYS[self._navigation.currentRow()]

    def show_panel(self, key: str) -> None:
        """Switch to the panel named ``key`` (and build it, if needed)."""
        row = PANEL_KEYS.index(key)
        if self._navigation.currentRow() == row:
            self._on_navigation_row_changed(row)
        else:
            self._navigation.setCurrentRow(row)

    def _show_current_panel(self) -> None:
        self._on_navigation_row_changed(self._navigation.currentRow())

    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PANEL_KEYS[row]
        self._stack.setCurrentWidget(self.panel(key))
        self.setWindowTitle(f"{PANELS[row].translated_title()} — {self.tr(APPLICATION_TITLE)}")
        self._remember_setting("window/panel", key)
        self._update_lesson()

    # -- lesson ---------------------------------------------------------------------------
    def lesson_visible(self) -> bool:
        """True when the lesson pane is open (it may still wait for the window to show)."""
        return not self._lesson_dock.isHidden()

    def set_lesson_visible(self, visible: bool) -> None:
        """Open or close the lesson pane beside the panels."""
        self._lesson_dock.setVisible(visible)
        self._update_lesson()

    def _on_lesson_dock_visibility_changed(self, _visible: bool) -> None:
        self._update_lesson()

    def _update_lesson(self) -> None:
        # A closed pane is filled when it is opened: its formulas are rendered on demand.
        if (self._navigation.currentRow() >= 0 and self.lesson_visible()
                and self._first_paint.has_run()):
            self.lesson_pane.show_lesson(self.current_panel_key(), self._language)

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_session = QAction(self.tr("&Open session…"), self)
        open_session.setShortcut(QKeySequence.StandardKey.Open)
        open_session.setStatusTip(self.tr("Open a session file: workspace, graph and "
                                          "classifier as they were saved"))
        open_session.triggered.connect(self._on_open_session_triggered)
        file_menu.addAction(open_session)
        save_session = QAction(self.tr("Save &session…"), self)
        save_session.setShortcut(QKeySequence.StandardKey.Save)
        save_session.setStatusTip(self.tr("Save the workspace, the graph and the classifier "
                                          "to a session file (JSON)"))
        save_session.triggered.connect(self._on_save_session_triggered)
        file_menu.addAction(save_session)
        file_menu.addSeparator()
        screenshot = QAction(self.tr("Save &screenshot…"), self)
        screenshot.setStatusTip(self.tr("Save a picture of the window as PNG"))
        screenshot.setShortcut(QKeySequence("Ctrl+Shift+S"))
        screenshot.triggered.connect(self._on_screenshot_triggered)
        file_menu.addAction(screenshot)
        file_menu.addSeparator()
        notebook = QAction(self.tr("Export session as &notebook…"), self)
        notebook.setShortcut(QKeySequence("Ctrl+E"))
        notebook.setStatusTip(self.tr("Write the code of everything done in this session, "
                                      "panel by panel, as a Jupyter notebook (.ipynb)"))
        notebook.triggered.connect(self._on_export_notebook_triggered)
        file_menu.addAction(notebook)
        script = QAction(self.tr("Save session as .&py…"), self)
        script.setShortcut(QKeySequence("Ctrl+Shift+E"))
        script.setStatusTip(self.tr("Write the same code as a Python script with # %% cells"))
        script.triggered.connect(self._on_export_script_triggered)
        file_menu.addAction(script)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setStatusTip(self.tr("Close the lab (running work is stopped first)"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(PANELS):
            action = QAction(spec.translated_title(), self)
            action.setStatusTip(spec.translated_summary())
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda checked=False, key=spec.key: self.show_panel(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        lesson_action = self._lesson_dock.toggleViewAction()
        lesson_action.setText(self.tr("&Lesson"))
        lesson_action.setShortcut(QKeySequence("F1"))
        lesson_action.setStatusTip(self.tr("Show or hide the lesson beside the panel"))
        view_menu.addAction(lesson_action)
        self._language_menu = view_menu.addMenu(self.tr("L&anguage"))
        self._language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
            action.triggered.connect(
                lambda checked=False, code=code: self._on_language_triggered(code))
            self._language_actions.addAction(action)
            self._language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.setStatusTip(self.tr("Versions of the lab and of TensorFlow"))
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _on_screenshot_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save screenshot"),
                                              "tfintro-gui.png", self.tr("PNG image (*.png)"))
        if path:
            self.grab().save(path)

    def _on_about_triggered(self) -> None:
        tensorflow = (self._tensorflow_info["version"] if self._tensorflow_info
                      else self.tr("not loaded"))
        title = self.tr(APPLICATION_TITLE)
        QMessageBox.about(self, self.tr("About {title}").format(title=title),
                          f"{title} {__version__}\nTensorFlow {tensorflow}\n\n"
                          + self.tr("A desktop lab for the first lesson of TensorFlow and "
                                    "Keras."))

    # -- session files --------------------------------------------------------------------
    def session_states(self) -> dict[str, dict]:
        """Panel key → :meth:`~tfintro_gui.ui.panel.Panel.session_state`, for the panels
        built so far that have something to keep."""
        states = {}
        for spec in PANELS:
            panel = self._panels.get(spec.key)
            state = panel.session_state() if panel is not None else {}
            if state:
                states[spec.key] = state
        return states

    def save_session(self, path: str) -> bool:
        """Write every panel's state to ``path`` (JSON, atomically); say how it went.

        Returns:
            True if the file was written.
        """
        states = self.session_states()
        try:
            write_session(path, states)
        except (OSError, TypeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.message_bar.show_message(
                self.tr("The session could not be saved to {path}: {reason}. Choose a folder "
                        "you can write to; no file was changed.").format(path=path,
                                                                         reason=reason),
                "error")
            return False
        self.message_bar.show_message(
            self.tr("Session saved to {path} ({count} panel(s)).").format(
                path=path, count=len(states)), "info")
        return True

    def open_session(self, path: str) -> bool:
        """Read ``path`` and bring the panels into the saved state.

        The whole file is checked first (JSON, format, every panel's part); if anything
        is wrong, the message bar says what and nothing changes.

        Returns:
            True if the session was opened.
        """
        try:
            states = read_session(path, PANEL_KEYS)
            for key, state in states.items():
                self.panel(key).check_session_state(state)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.message_bar.show_message(
                self.tr("The session {path} was not opened: {reason}. Nothing was "
                        "changed.").format(path=path, reason=reason), "error")
            return False
        for key, state in states.items():
            try:
                self.panel(key).restore_session(state)
            except Exception as error:  # TensorFlow's own failures: said, never a crash
                self.message_bar.show_message(
                    self.tr("The {panel} panel could not take its part of the session: "
                            "{reason}").format(panel=PANELS[PANEL_KEYS.index(key)]
                                               .translated_title(),
                                               reason=f"{type(error).__name__}: {error}"),
                    "error")
                return False
        self.message_bar.show_message(
            self.tr("Opened the session {path}.").format(path=path), "info")
        if states:
            self.show_panel(next(key for key in PANEL_KEYS if key in states))
        return True

    def _on_save_session_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"),
                                              "tfintro-session.json",
                                              self.tr("Lab session (*.json)"))
        if path:
            self.save_session(path)

    def _on_open_session_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), "",
                                              self.tr("Lab session (*.json)"))
        if path:
            self.open_session(path)

    # -- notebook export ------------------------------------------------------------------
    def notebook_sections(self) -> list[NotebookSection]:
        """One section per panel that has something to export, in the panels' order.

        Each section is headed by the panel's lesson title and introduction (in the
        lessons' language) and holds the cells of
        :meth:`~tfintro_gui.ui.panel.Panel.notebook_cells`.
        """
        sections = []
        for spec in PANELS:
            panel = self._panels.get(spec.key)
            cells = tuple(panel.notebook_cells()) if panel is not None else ()
            if not cells:
                continue
            try:
                lesson = load_lesson(spec.key, self._language)
                title, introduction = lesson.title(), lesson.introduction()
            except (FileNotFoundError, ValueError):
                title, introduction = spec.translated_title(), spec.translated_summary()
            sections.append(NotebookSection(title, introduction, cells))
        return sections

    def export_notebook(self, path: str, script: bool = False) -> bool:
        """Write the session to ``path`` as a notebook (or, with ``script``, a ``.py``).

        Success and failure are said in the window's message bar; a failed write changes
        no file.

        Returns:
            True if the file was written.
        """
        sections = self.notebook_sections()
        if not sections:
            self.message_bar.show_message(
                self.tr("Nothing to export yet: create a tensor, build a graph or run a demo "
                        "first. The notebook holds the code of what you do."), "info")
            return False
        title = self.tr("{title} — session").format(title=self.tr(APPLICATION_TITLE))
        try:
            (write_script if script else write_notebook)(path, title, sections)
        except OSError as error:
            self.message_bar.show_message(
                self.tr("The session could not be written to {path}: {reason}. Choose a "
                        "folder you can write to; no file was changed.").format(
                    path=path, reason=error.strerror or error), "error")
            return False
        self.message_bar.show_message(
            self.tr("Saved {count} panel(s) to {path}.").format(count=len(sections),
                                                                path=path), "info")
        return True

    def _on_export_notebook_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export session as notebook"),
                                              "tfintro-session.ipynb",
                                              self.tr("Jupyter notebook (*.ipynb)"))
        if path:
            self.export_notebook(path)

    def _on_export_script_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session as .py"),
                                              "tfintro-session.py",
                                              self.tr("Python script (*.py)"))
        if path:
            self.export_notebook(path, script=True)

    # -- language -------------------------------------------------------------------------
    def language(self) -> str:
        """The language of the lessons shown (the interface's, unless changed since)."""
        return self._language

    def set_language(self, language: str) -> bool:
        """Choose ``language``: lessons switch now, the rest of the interface at the next
        start (the choice is saved).

        Returns:
            True if a restart is needed to see the whole interface in ``language``.

        Raises:
            ValueError: ``language`` is not one of :data:`~tfintro_gui.ui.i18n.LANGUAGES`.
        """
        save_language(language, self._settings)
        self._language = language
        for action in self._language_actions.actions():
            action.setChecked(action.data() == language)
        self._update_lesson()
        return language != current_language()

    def _on_language_triggered(self, language: str) -> None:
        if self.set_language(language):
            self.statusBar().showMessage(
                self.tr("The lessons are in {language} now; the rest of the interface "
                        "switches at the next start of the lab.").format(
                    language=LANGUAGES[language]), 15000)
        else:
            self.statusBar().clearMessage()

    # -- TensorFlow -----------------------------------------------------------------------
    def _start_tensorflow_import(self) -> None:
        self._loader.start()

    def _on_loader_loaded(self, info: dict) -> None:
        self._tensorflow_info = info
        self._status_label.setText(self.tr("TensorFlow {version} · device {device}").format(
            version=info["version"], device=info["device"]))
        for panel in self._panels.values():
            self._tell_tensorflow_ready(panel)
        self.tensorflow_loaded.emit(info)

    def _tell_tensorflow_ready(self, panel: Panel) -> None:
        """Hand TensorFlow to ``panel``; a panel that fails says so without stopping the rest."""
        try:
            panel.tensorflow_ready(self._tensorflow_info)
        except Exception as error:
            traceback.print_exc()
            self.statusBar().showMessage(
                self.tr("The {panel} panel could not start: {error}").format(
                    panel=panel.title, error=f"{type(error).__name__}: {error}"))

    def _on_loader_failed(self, message: str) -> None:
        self._tensorflow_error = message
        self._status_label.setText(self.tr("TensorFlow could not be loaded"))
        self._status_label.setToolTip(message)
        for panel in self._panels.values():
            panel.tensorflow_failed(message)
        self.tensorflow_failed.emit(message)

    @property
    def tensorflow_info(self) -> dict | None:
        """``{"version", "device"}`` once TensorFlow is loaded, else None."""
        return self._tensorflow_info

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        for panel in self._panels.values():
            panel.shutdown()
        if self._loader.is_running():
            # An import cannot be interrupted; it ends in seconds, so wait for it.
            self.statusBar().showMessage(
                self.tr("Finishing the TensorFlow import before closing…"))
            self._loader.cancel()
        self._remember_setting("window/geometry", self.saveGeometry())
        self._remember_setting("window/lesson_visible", self.lesson_visible())
        self._settings.sync()
        super().closeEvent(event)

    def _remember_setting(self, key: str, value) -> None:
        if self._remember:
            self._settings.setValue(key, value)

