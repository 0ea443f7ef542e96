"""The main window's menus: File, View and Help, with their keys and status tips.

The actions call the window's public methods (``show_panel``, ``set_lesson_visible``,
``set_language``, ``set_zoom``…) and its :class:`~.session_files.SessionFiles`; this
module only builds and words them. Every text is kept in English beside its action, so
:meth:`WindowMenus.retranslate` can word the menus again when View → Language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from tfintro_gui import __version__
from tfintro_gui.ui.i18n import LANGUAGES
from tfintro_gui.ui.window.screenshot import ask_and_save_screenshot
from tfintro_gui.ui.zoom import next_zoom, zoom_factor, zoom_notifier

CONTEXT = "WindowMenus"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class WindowMenus(QObject):
    """Builds the menu bar of ``window`` (a :class:`~tfintro_gui.ui.main_window.MainWindow`).

    Attributes:
        lesson_action: View → Lesson (F1), checked while the lesson is shown.
        language_actions: View → Language, one checkable action per language (its data
            is the language code).
        zoom_level_action: View → Zoom's first item, disabled: the zoom in force, "150 %".
        zoom_in_action, zoom_out_action, zoom_reset_action: View → Zoom (Ctrl+=,
            Ctrl+-, Ctrl+0).
    """

    def __init__(self, window, session_files):
        super().__init__(window)
        self._window = window
        # Each menu or action with its English text and status tip (see retranslate).
        self._words: list[tuple[QMenu | QAction, str, str]] = []
        self._panel_actions: list[tuple[QAction, object]] = []
        bar = window.menuBar()
        self._build_file_menu(self._menu(bar, QT_TRANSLATE_NOOP("WindowMenus", "&File")),
                              session_files)
        self._build_view_menu(self._menu(bar, QT_TRANSLATE_NOOP("WindowMenus", "&View")))
        help_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowMenus", "&Help"))
        self._add(help_menu, QT_TRANSLATE_NOOP("WindowMenus", "&About"),
                  QT_TRANSLATE_NOOP("WindowMenus", "Versions of the lab and of TensorFlow"),
                  self._on_about_triggered)

    def _menu(self, parent, text: str) -> QMenu:
        menu = parent.addMenu(_translate(text))
        self._words.append((menu, text, ""))
        return menu

    def _add(self, menu: QMenu, text: str, tip: str, slot: Callable[[], object],
             *shortcuts) -> QAction:
        action = QAction(_translate(text), self._window)
        action.setStatusTip(_translate(tip))
        self._words.append((action, text, tip))
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        """Word every menu and action again in the language installed now."""
        for item, text, tip in self._words:
            if isinstance(item, QMenu):
                item.setTitle(_translate(text))
            else:
                item.setText(_translate(text))
                item.setStatusTip(_translate(tip))
        for action, spec in self._panel_actions:
            action.setText(spec.translated_title())
            action.setStatusTip(spec.translated_summary())

    def _build_file_menu(self, menu: QMenu, files) -> None:
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "&Open session…"),
                  QT_TRANSLATE_NOOP("WindowMenus",
                                    "Open a session file: workspace, graph and classifier as "
                                    "they were saved"),
                  files.ask_and_open_session, QKeySequence.StandardKey.Open)
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "Save &session…"),
                  QT_TRANSLATE_NOOP("WindowMenus",
                                    "Save the workspace, the graph and the classifier to a "
                                    "session file (JSON)"),
                  files.ask_and_save_session, QKeySequence.StandardKey.Save)
        menu.addSeparator()
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "Save scr&eenshot…"),
                  QT_TRANSLATE_NOOP("WindowMenus", "Save a picture of the window as PNG"),
                  lambda: ask_and_save_screenshot(self._window, self._window.message_bar),
                  "Ctrl+Shift+S")
        menu.addSeparator()
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "Export session as &notebook…"),
                  QT_TRANSLATE_NOOP("WindowMenus",
                                    "Write the code of everything done in this session, panel "
                                    "by panel, as a Jupyter notebook (.ipynb)"),
                  files.ask_and_export_notebook, "Ctrl+E")
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "Save session as .&py…"),
                  QT_TRANSLATE_NOOP("WindowMenus",
                                    "Write the same code as a Python script with # %% cells"),
                  files.ask_and_export_script, "Ctrl+Shift+E")
        menu.addSeparator()
        self._add(menu, QT_TRANSLATE_NOOP("WindowMenus", "&Quit"),
                  QT_TRANSLATE_NOOP("WindowMenus",
                                    "Close the lab (running work is stopped first)"),
                  self._window.close, QKeySequence.StandardKey.Quit)

    def _build_view_menu(self, menu: QMenu) -> None:
        window = self._window
        for index, spec in enumerate(window.panel_specs()):
            action = QAction(spec.translated_title(), window)
            action.setStatusTip(spec.translated_summary())
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(
                lambda checked=False, key=spec.key: window.show_panel(key))
            menu.addAction(action)
            self._panel_actions.append((action, spec))
        menu.addSeparator()
        self.lesson_action = self._add(
            menu, QT_TRANSLATE_NOOP("WindowMenus", "&Lesson"),
            QT_TRANSLATE_NOOP("WindowMenus",
                              "Show or hide the lesson: beside the panel, or over it when the "
                              "window is narrow"),
            self._on_lesson_triggered, "F1")
        self.lesson_action.setCheckable(True)
        self.lesson_action.setChecked(window.lesson_visible())
        zoom_menu = self._menu(menu, QT_TRANSLATE_NOOP("WindowMenus", "&Zoom"))
        # The zoom in force, as the menu's first (disabled) item: "150 %".
        self.zoom_level_action = zoom_menu.addAction("")
        self.zoom_level_action.setEnabled(False)
        self._show_zoom_level(zoom_factor())
        zoom_notifier().changed.connect(self._show_zoom_level)
        self.zoom_in_action = self._add(
            zoom_menu, QT_TRANSLATE_NOOP("WindowMenus", "Zoom &in"),
            QT_TRANSLATE_NOOP("WindowMenus",
                              "Larger text in the controls, the lesson and the plots (for a "
                              "projector)"),
            lambda: window.set_zoom(next_zoom(+1)), "Ctrl+=", "Ctrl++")
        self.zoom_out_action = self._add(
            zoom_menu, QT_TRANSLATE_NOOP("WindowMenus", "Zoom &out"),
            QT_TRANSLATE_NOOP("WindowMenus",
                              "Smaller text in the controls, the lesson and the plots"),
            lambda: window.set_zoom(next_zoom(-1)), "Ctrl+-")
        self.zoom_reset_action = self._add(
            zoom_menu, QT_TRANSLATE_NOOP("WindowMenus", "&Reset zoom"),
            QT_TRANSLATE_NOOP("WindowMenus", "Text at its normal size"),
            lambda: window.set_zoom(1.0), "Ctrl+0")
        self._build_language_menu(
            self._menu(menu, QT_TRANSLATE_NOOP("WindowMenus", "L&anguage")))

    def _show_zoom_level(self, factor: float) -> None:
        self.zoom_level_action.setText(f"{round(100 * factor)} %")

    def _build_language_menu(self, menu: QMenu) -> None:
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():  # each name in its own language: never translated
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
        self._window.set_language(language)

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
