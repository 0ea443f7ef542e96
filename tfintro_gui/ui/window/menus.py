"""The main window's menus: File, View and Help, with their keys and status tips.

The actions call the window's public methods (``show_panel``, ``set_lesson_visible``,
``set_language``, ``set_zoom``…) and its :class:`~.session_files.SessionFiles`; this
module only builds and words them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from tfintro_gui import __version__
from tfintro_gui.ui.i18n import LANGUAGES
from tfintro_gui.ui.window.screenshot import ask_and_save_screenshot
from tfintro_gui.ui.zoom import next_zoom


class WindowMenus(QObject):
    """Builds the menu bar of ``window`` (a :class:`~tfintro_gui.ui.main_window.MainWindow`).

    Attributes:
        lesson_action: View → Lesson (F1), checked while the lesson is shown.
        language_actions: View → Language, one checkable action per language (its data
            is the language code).
        zoom_in_action, zoom_out_action, zoom_reset_action: View → Zoom (Ctrl+=,
            Ctrl+-, Ctrl+0).
    """

    def __init__(self, window, session_files):
        super().__init__(window)
        self._window = window
        self._build_file_menu(window.menuBar().addMenu(self.tr("&File")), session_files)
        self._build_view_menu(window.menuBar().addMenu(self.tr("&View")))
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About"), self.tr("Versions of the lab and of TensorFlow"),
                  self._on_about_triggered)

    def _add(self, menu: QMenu, text: str, tip: str, slot: Callable[[], object],
             *shortcuts) -> QAction:
        action = QAction(text, self._window)
        action.setStatusTip(tip)
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_file_menu(self, menu: QMenu, files) -> None:
        self._add(menu, self.tr("&Open session…"),
                  self.tr("Open a session file: workspace, graph and classifier as they were "
                          "saved"), files.ask_and_open_session, QKeySequence.StandardKey.Open)
        self._add(menu, self.tr("Save &session…"),
                  self.tr("Save the workspace, the graph and the classifier to a session "
                          "file (JSON)"), files.ask_and_save_session,
                  QKeySequence.StandardKey.Save)
        menu.addSeparator()
        self._add(menu, self.tr("Save &screenshot…"),
                  self.tr("Save a picture of the window as PNG"),
                  lambda: ask_and_save_screenshot(self._window, self._window.message_bar),
                  "Ctrl+Shift+S")
        menu.addSeparator()
        self._add(menu, self.tr("Export session as &notebook…"),
                  self.tr("Write the code of everything done in this session, panel by "
                          "panel, as a Jupyter notebook (.ipynb)"),
                  files.ask_and_export_notebook, "Ctrl+E")
        self._add(menu, self.tr("Save session as .&py…"),
                  self.tr("Write the same code as a Python script with # %% cells"),
                  files.ask_and_export_script, "Ctrl+Shift+E")
        menu.addSeparator()
        self._add(menu, self.tr("&Quit"),
                  self.tr("Close the lab (running work is stopped first)"), self._window.close,
                  QKeySequence.StandardKey.Quit)

    def _build_view_menu(self, menu: QMenu) -> None:
        window = self._window
        for index, spec in enumerate(window.panel_specs()):
            self._add(menu, spec.translated_title(), spec.translated_summary(),
                      lambda checked=False, key=spec.key: window.show_panel(key),
                      f"Ctrl+{index + 1}")
        menu.addSeparator()
        self.lesson_action = self._add(
            menu, self.tr("&Lesson"),
            self.tr("Show or hide the lesson: beside the panel, or over it when the window "
                    "is narrow"), self._on_lesson_triggered, "F1")
        self.lesson_action.setCheckable(True)
        self.lesson_action.setChecked(window.lesson_visible())
        zoom_menu = menu.addMenu(self.tr("&Zoom"))
        self.zoom_in_action = self._add(
            zoom_menu, self.tr("Zoom &in"),
            self.tr("Larger text in the controls, the lesson and the plots (for a projector)"),
            lambda: window.set_zoom(next_zoom(+1)), "Ctrl+=", "Ctrl++")
        self.zoom_out_action = self._add(
            zoom_menu, self.tr("Zoom &out"),
            self.tr("Smaller text in the controls, the lesson and the plots"),
            lambda: window.set_zoom(next_zoom(-1)), "Ctrl+-")
        self.zoom_reset_action = self._add(
            zoom_menu, self.tr("&Reset zoom"), self.tr("Text at its normal size"),
            lambda: window.set_zoom(1.0), "Ctrl+0")
        self._build_language_menu(menu.addMenu(self.tr("L&anguage")))

    def _build_language_menu(self, menu: QMenu) -> None:
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self._window)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(
                lambda checked=False, code=code: self._on_language_triggered(code))
            self.language_actions.addAction(action)
            menu.addAction(action)
        self.check_language(self._window.language())

    def check_language(self, language: str) -> None:
        """Tick ``language`` in View → Language."""
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)

    def _on_language_triggered(self, language: str) -> None:
        if self._window.set_language(language):
            self._window.statusBar().showMessage(
                self.tr("The lessons are in {language} now; the rest of the interface "
                        "switches at the next start of the lab.").format(
                    language=LANGUAGES[language]), 15000)
        else:
            self._window.statusBar().clearMessage()

    def _on_lesson_triggered(self, checked: bool) -> None:
        self._window.set_lesson_visible(checked)

    def _on_about_triggered(self) -> None:
        info = self._window.tensorflow_info
        tensorflow = info["version"] if info else self.tr("not loaded")
        title = self._window.application_title()
        QMessageBox.about(self._window, self.tr("About {title}").format(title=title),
                          f"{title} {__version__}\nTensorFlow {tensorflow}\n\n"
                          + self.tr("A desktop lab for the first lesson of TensorFlow and "
                                    "Keras."))
