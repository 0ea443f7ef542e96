"""The main window: navigation between the four panels, the lesson, menus, status bar.

Panels are built on first use so the window paints quickly; after that first paint the
lesson pane is built, a :class:`~tfintro_gui.ui.tensorflow_loader.TensorFlowLoader`
imports TensorFlow, then Matplotlib, and the panels' plots are built. The window's other
jobs live in :mod:`tfintro_gui.ui.window`: size and place, lesson, menus, files.
"""

from __future__ import annotations

import importlib
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from tfintro_gui.ui.first_paint import SETTLE_MS, AfterFirstPaint
from tfintro_gui.ui.i18n import current_language, register_cjk_font
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.settings_values import read_bool, read_bytes, read_choice
from tfintro_gui.ui.tensorflow_loader import TensorFlowLoader
from tfintro_gui.ui.widgets.message_bar import MessageBar
from tfintro_gui.ui.window.geometry import WindowGeometry
from tfintro_gui.ui.window.language_switch import LanguageSwitch
from tfintro_gui.ui.window.lesson_placement import LessonPlacement
from tfintro_gui.ui.window.menus import WindowMenus
from tfintro_gui.ui.window.navigation import NavigationList, PanelSpec
from tfintro_gui.ui.window.panel_area import PanelArea
from tfintro_gui.ui.window.panels import PANEL_KEYS, PANELS
from tfintro_gui.ui.window.screenshot import save_screenshot
from tfintro_gui.ui.window.session_files import SessionFiles
from tfintro_gui.ui.window.tensorflow_status import TensorFlowStatus
from tfintro_gui.ui.zoom import SETTINGS_KEY as ZOOM_SETTINGS_KEY
from tfintro_gui.ui.zoom import saved_zoom, set_zoom, zoom_factor

APPLICATION_TITLE = QT_TRANSLATE_NOOP("MainWindow", "TensorFlow Intro Lab")
#: The plots are built this long after the first paint even if TensorFlow is still being
#: imported (4–5 s on a 2-core laptop; a minute on a cold first start), in ms.
PLOTS_AT_THE_LATEST_MS = 8000


def _build_panel(spec: PanelSpec) -> Panel:
    module_name, class_name = spec.class_path.split(":")
    return getattr(importlib.import_module(module_name), class_name)()


class MainWindow(QMainWindow):
    """The application window.

    Args:
        initial_panel: key of the panel to show first; None = the one shown last time
            (from ``QSettings``), else ``"classifier"``.
        load_tensorflow: start the background import of TensorFlow once shown.
        remember: save the panel, size, lesson and zoom in ``QSettings`` and start at the
            saved zoom (False for ``--screenshot`` and ``--self-test``).

    Signals:
        tensorflow_loaded(dict): ``{"version", "device"}``, after the import.
        tensorflow_failed(str): the reason, if the import failed.
        plots_built(): the panels have their plots (Matplotlib is imported after TensorFlow).
    """

    tensorflow_loaded = Signal(dict)
    tensorflow_failed = Signal(str)
    plots_built = Signal()

    def __init__(self, initial_panel: str | None = None, load_tensorflow: bool = True,
                 remember: bool = True):
        super().__init__()
        self.setWindowTitle(self.tr(APPLICATION_TITLE))
        self._settings = QSettings()
        # --screenshot and --self-test leave the student's remembered layout alone.
        self._remember = remember
        if remember:
            set_zoom(saved_zoom(self._settings))
        self._panels: dict[str, Panel] = {}
        self._tensorflow_info: dict | None = None
        self._tensorflow_error: str | None = None
        self._loader = TensorFlowLoader(self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)
        self._loader.plotting_loaded.connect(self._build_plots)
        # The panel's controls paint with the window; the lesson, then the imports of
        # TensorFlow and Matplotlib (one worker thread), then the plots, come after.
        self._load_tensorflow = load_tensorflow
        self._plots_built = False
        self._first_paint = AfterFirstPaint(self, self._on_first_paint)
        self._language = current_language()

        central = self._build_central_widget()
        self._geometry = WindowGeometry(self)
        self._geometry.place(read_bytes(self._settings, "window/geometry"))
        self._lesson = LessonPlacement(self, central,
                                       read_bool(self._settings, "window/lesson_visible", None))
        self._lesson.visibility_changed.connect(self._on_lesson_visibility_changed)
        self._lesson.chosen.connect(
            lambda visible: self._remember_setting("window/lesson_visible", visible))

        self._status_label = TensorFlowStatus()
        self.statusBar().addPermanentWidget(self._status_label)
        self.session_files = SessionFiles(
            self, PANELS, self.message_bar, self.built_panel, self.panel, self.show_panel,
            self.language, self.application_title)
        self.menus = WindowMenus(self, self.session_files)
        self._labs = None  # File → lab actions: installed right after the first paint
        # View → Language and Restart now (``app.py`` gives it its restart handler).
        self.language_switch = LanguageSwitch(self, self._settings)

        if initial_panel is None:
            initial_panel = read_choice(self._settings, "window/panel", PANEL_KEYS,
                                        "classifier")
        if initial_panel not in PANEL_KEYS:
            initial_panel = "classifier"
        self._navigation.setCurrentRow(PANEL_KEYS.index(initial_panel))
        self._navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self._show_current_panel()

    def _build_central_widget(self) -> QWidget:
        self._navigation = NavigationList(PANELS)
        panel_area = PanelArea()  # scrolls when a zoomed panel is taller than the screen
        self._stack = panel_area.stack
        self.message_bar = MessageBar()  # the window's own messages: files, language
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.message_bar)
        right.addWidget(panel_area, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        return central

    # -- panels ---------------------------------------------------------------------------
    def panel(self, key: str) -> Panel:
        """The panel named ``key``, built now if it was not yet."""
        if key not in self._panels:
            panel = _build_panel(PANELS[PANEL_KEYS.index(key)])
            self._panels[key] = panel
            self._stack.addWidget(panel)
            panel.defer_plots_to_owner()
            if self._plots_built:
                panel.build_deferred()
            if self._tensorflow_info is not None:
                self._tell_tensorflow_ready(panel)
            elif self._tensorflow_error is not None:
                panel.tensorflow_failed(self._tensorflow_error)
        return self._panels[key]

    def _on_first_paint(self) -> None:
        # The lesson (cached formula images, no Matplotlib) paints before the imports start:
        # TensorFlow's native library holds Python's lock for a second or two as it loads.
        register_cjk_font()  # Chinese may be typed whatever the interface's language
        self._lesson.pane()  # built now (its import waited), filled by _update_lesson
        self._update_lesson()
        if self._labs is None:
            self.install_labs()
        if self._load_tensorflow:
            QTimer.singleShot(SETTLE_MS, self, self._loader.start)
            QTimer.singleShot(PLOTS_AT_THE_LATEST_MS, self, self._build_plots)
        else:
            self._build_plots()

    def _build_plots(self) -> None:
        if self._plots_built:
            return
        self._plots_built = True
        for panel in self._panels.values():
            panel.build_deferred()
        self.plots_built.emit()

    def built_panel(self, key: str) -> Panel | None:
        """The panel named ``key`` if it was built, else None (builds nothing)."""
        return self._panels.get(key)

    def rebuild_panel(self, key: str) -> Panel:
        """Shut the built panel ``key`` down and build a new one in its place (in the
        language installed now); the new one starts fresh, see
        :class:`~tfintro_gui.ui.window.language_switch.LanguageSwitch` for its state.

        Returns:
            The new panel.
        """
        old = self._panels.pop(key)
        old.shutdown()
        new = self.panel(key)
        if self._stack.currentWidget() is old:
            self._stack.setCurrentWidget(new)
        self._stack.removeWidget(old)
        old.deleteLater()
        return new

    def current_panel(self) -> Panel | None:
        """The panel shown now; None until the first one is built."""
        return self._stack.currentWidget()

    @staticmethod
    def panel_specs() -> tuple[PanelSpec, ...]:
        """The panels of the navigation list, in order (:data:`PANELS`)."""
        return PANELS

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
        self._update_title()
        self._remember_setting("window/panel", key)
        self._update_lesson()

    def _update_title(self) -> None:
        row = self._navigation.currentRow()
        if row >= 0:
            self.setWindowTitle(f"{PANELS[row].translated_title()} — {self.application_title()}")

    # -- lesson ---------------------------------------------------------------------------
    @property
    def lesson_pane(self):
        """The :class:`~tfintro_gui.ui.lesson_pane.LessonPane` (built on first use)."""
        return self._lesson.pane()

    def lesson_visible(self) -> bool:
        """True when the lesson is open (it may still wait for the window to show)."""
        return self._lesson.is_open()

    def set_lesson_visible(self, visible: bool) -> None:
        """Open or close the lesson (remembered): beside the panel when the window is wide
        enough, else as a drawer over the panel's right part."""
        self._lesson.set_open(visible)

    def lesson_mode(self) -> str:
        """``"beside"`` (room for the lesson beside the panel) or ``"drawer"``."""
        return self._lesson.mode()

    def _on_lesson_visibility_changed(self, visible: bool) -> None:
        self.menus.lesson_action.setChecked(visible)
        self._update_lesson()

    # -- lab files ------------------------------------------------------------------------
    @property
    def labs(self):
        """The :class:`~tfintro_gui.ui.labs.actions.LabActions` (installed on first use)."""
        return self.install_labs() if self._labs is None else self._labs

    def install_labs(self):
        """Lab files: File → Open lab…, Save lab report…, Save as lab step…, and the lab
        pane (a dock, made when the first lab opens). Returns the new :attr:`labs`."""
        from tfintro_gui.ui.labs.actions import LabActions

        self._labs = LabActions(self)
        return self._labs

    def _update_lesson(self) -> None:
        # A closed pane is filled when it is opened: its formulas are rendered on demand.
        if (self._navigation.currentRow() >= 0 and self.lesson_visible()
                and self._first_paint.has_run()):
            self.lesson_pane.show_lesson(self.current_panel_key(), self._language)

    # -- size and zoom --------------------------------------------------------------------
    def setVisible(self, visible: bool) -> None:
        if visible:
            self._geometry.before_show()
        super().setVisible(visible)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lesson.update()

    def zoom(self) -> float:
        """The zoom of the fonts and plots: 1.0 normal, 1.5 for a projector."""
        return zoom_factor()

    def set_zoom(self, factor: float) -> float:
        """View → Zoom: scale the fonts of the controls, the lesson and the plots
        (remembered). Returns the zoom in force (``factor`` clamped to 0.8–2.0)."""
        factor = set_zoom(factor)
        self._remember_setting(ZOOM_SETTINGS_KEY, factor)
        self._lesson.update()
        return factor

    # -- session files (see SessionFiles) -------------------------------------------------
    def save_session(self, path: str) -> bool:
        """File → Save session to ``path``; see :meth:`SessionFiles.save_session`."""
        return self.session_files.save_session(path)

    def open_session(self, path: str) -> bool:
        """File → Open session ``path``; see :meth:`SessionFiles.open_session`."""
        return self.session_files.open_session(path)

    def export_notebook(self, path: str, script: bool = False) -> bool:
        """Export the session to ``path``; see :meth:`SessionFiles.export_notebook`."""
        return self.session_files.export_notebook(path, script)

    def save_screenshot(self, path: str) -> bool:
        """File → Save screenshot to ``path``; see :func:`.window.screenshot.save_screenshot`."""
        return save_screenshot(self, path, self.message_bar)

    # -- language -------------------------------------------------------------------------
    def application_title(self) -> str:
        """The lab's name in the interface's language."""
        return self.tr(APPLICATION_TITLE)

    def language(self) -> str:
        """The language of the lessons (the interface's, unless its translation is missing)."""
        return self._language

    def set_language(self, language: str) -> bool:
        """View → Language: the interface and the lessons in ``language`` now (saved for
        the next start); see :class:`~tfintro_gui.ui.window.language_switch.LanguageSwitch`.

        Returns:
            True if a part keeps the old language until the lab starts again (an open lab
            file: the status bar then offers Restart now, see :attr:`language_switch`).

        Raises:
            ValueError: ``language`` is not one of :data:`~tfintro_gui.ui.i18n.LANGUAGES`.
        """
        return self.language_switch.switch(language)

    def retranslate(self, language: str) -> None:
        """Word the window's own parts (title, menus, navigation, status bar, lesson dock)
        in the language installed now, and show the lessons in ``language``."""
        self._language = language
        self._navigation.retranslate()
        self.menus.retranslate()
        self.menus.check_language(language)
        self._lesson.retranslate()
        self._status_label.retranslate()
        self._update_title()
        self._update_lesson()

    # -- TensorFlow -----------------------------------------------------------------------
    def _on_loader_loaded(self, info: dict) -> None:
        self._tensorflow_info = info
        self._status_label.show_loaded(info)
        for panel in self._panels.values():
            self._tell_tensorflow_ready(panel)
        self.tensorflow_loaded.emit(info)

    def _tell_tensorflow_ready(self, panel: Panel) -> None:
        """Hand TensorFlow to ``panel``; a panel that fails says so without stopping the rest."""
        try:
            panel.tensorflow_ready(self._tensorflow_info)
        except Exception as error:
            details = traceback.format_exc()
            print(details, end="")
            self.message_bar.show_message(
                self.tr("The {panel} panel could not start: {error}. The other panels work; "
                        "please report this (Copy puts the details on the "
                        "clipboard).").format(panel=panel.title,
                                              error=f"{type(error).__name__}: {error}"),
                "error", details=details)

    def _on_loader_failed(self, message: str) -> None:
        self._tensorflow_error = message
        self._status_label.show_failed(message)
        for panel in self._panels.values():
            panel.tensorflow_failed(message)
        self.tensorflow_failed.emit(message)

    @property
    def tensorflow_info(self) -> dict | None:
        """``{"version", "device"}`` once TensorFlow is loaded, else None."""
        return self._tensorflow_info

    def status_text(self) -> str:
        """The status bar's TensorFlow line: loading, its version and device, or failed."""
        return self._status_label.text()

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        for panel in self._panels.values():
            panel.shutdown()
        self._remember_setting("window/geometry", self.saveGeometry())
        self._settings.sync()
        if self._loader.is_running():
            # An import cannot be interrupted: the window goes now, and the process ends
            # when the import does (app.py joins the thread after the event loop).
            self.hide()
            self._loader.cancel(timeout_ms=0)
        super().closeEvent(event)

    def _remember_setting(self, key: str, value) -> None:
        if self._remember:
            self._settings.setValue(key, value)
