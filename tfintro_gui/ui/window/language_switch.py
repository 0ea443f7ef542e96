"""View → Language: the whole window in the new language at once.

Qt widgets keep the texts they were given, so a new translator alone changes nothing on
screen. :class:`LanguageSwitch` installs it, then has every part word itself again:

- the window's own parts (title, menus, navigation, status bar, lesson dock and drawer,
  the lesson) through :meth:`~tfintro_gui.ui.main_window.MainWindow.retranslate`;
- every panel built so far is built again, the simplest honest way: its
  ``session_state()`` (the workspace, the graph, the classifier's data and weights) is
  taken, the old panel is shut down, and the new one restores it. What a session does not
  keep (benchmark timings, a half-typed input, the undo history) starts afresh, and the
  status bar says so;
- the lab file actions of the File menu are made again.

A lab file's pane, and the panels whose controls its step locks, cannot be rebuilt
without losing the step's locks: while a lab is open they keep their language, and the
status bar says that a restart finishes the switch, with a Restart now button
(:mod:`.restart`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from tfintro_gui.ui.i18n import LANGUAGES, current_language, install_language, save_language
from tfintro_gui.ui.window.restart import (
    RESTART_SESSION_PREFIX,
    RestartNotice,
    restart_arguments,
    write_restart_session,
)

#: How long the status bar shows what the switch did, in milliseconds.
MESSAGE_MS = 15000


class LanguageSwitch(QObject):
    """Switches ``window`` (a :class:`~tfintro_gui.ui.main_window.MainWindow`) to another
    language, and restarts it with the same work when asked.

    Args:
        window: the main window (``retranslate``, ``rebuild_panel``, ``panel_specs``,
            ``built_panel``, ``session_files``, ``labs``, ``message_bar``, ``statusBar``).
        settings: where the choice is saved.

    Attributes:
        notice: the status bar's :class:`~.restart.RestartNotice`.
    """

    def __init__(self, window, settings: QSettings):
        super().__init__(window)
        self._window = window
        self._settings = settings
        # The language the panels and the lab pane were built in.
        self._parts_language = current_language()
        self._restart_handler: Callable[[list[str]], bool] | None = None
        self._reopen_path: Path | None = None
        self.notice = RestartNotice()
        window.statusBar().addWidget(self.notice, 1)
        self.notice.restart_requested.connect(self.restart)

    def set_restart_handler(self, handler: Callable[[list[str]], bool] | None) -> None:
        """``handler(arguments)`` starts the lab again with these command-line options and
        returns True if it started; None = no Restart now button (tests, embedded use)."""
        self._restart_handler = handler

    # -- switching --------------------------------------------------------------------------
    def switch(self, language: str) -> bool:
        """Save ``language``, install it and word the whole window in it.

        Returns:
            True if a part keeps the old language until the lab starts again (an open lab
            file, or a missing translation file).

        Raises:
            ValueError: ``language`` is not one of :data:`~tfintro_gui.ui.i18n.LANGUAGES`.
        """
        save_language(language, self._settings)
        window = self._window
        if language == current_language() == self._parts_language == window.language():
            return False  # the language in force chosen again: nothing to do
        in_force = install_language(language)
        window.retranslate(language)
        self.notice.retranslate()
        name = LANGUAGES[language]
        if not in_force:
            self.notice.withdraw()
            self._say(self.tr("The {language} translation is missing, so the interface stays "
                              "in English; the lessons are in {language}.").format(
                language=name))
            return True
        if self._lab_pane() is not None:
            return self._offer_restart(language)
        self._rebuild_panels()
        self._rebuild_lab_actions()
        self._parts_language = language
        self.notice.withdraw()
        self._say(self.tr("The interface is in {language} now. The panels were built again "
                          "with your work; benchmark timings, the graph's steps, the "
                          "classifier's curves and log, and inputs you had not applied start "
                          "afresh.").format(language=name))
        return False

    def _offer_restart(self, language: str) -> bool:
        self._window.statusBar().clearMessage()
        if language == self._parts_language:
            self.notice.withdraw()
            return False
        self.notice.offer(
            self.tr("The open lab and its panels switch to {language} when the lab starts "
                    "again.").format(language=LANGUAGES[language]),
            self._restart_handler is not None)
        return True

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _rebuild_panels(self) -> None:
        window = self._window
        for spec in window.panel_specs():
            if window.built_panel(spec.key) is None:
                continue
            try:
                state = window.built_panel(spec.key).session_state()
            except Exception as error:  # a panel's own failure: said, the switch goes on
                state = {}
                self._say_problem(spec, error)
            panel = window.rebuild_panel(spec.key)
            if not state:
                continue
            try:
                panel.check_session_state(state)
                panel.restore_session(state)
                panel.message_bar.clear()  # not "Opened … from the session"
            except Exception as error:
                self._say_problem(spec, error)

    def _say_problem(self, spec, error: Exception) -> None:
        self._window.message_bar.show_message(
            self.tr("The {panel} panel could not take your work into {language}: {reason}. "
                    "Open a saved session to get it back.").format(
                panel=spec.translated_title(), language=LANGUAGES[current_language()],
                reason=f"{type(error).__name__}: {error}"), "error")

    def _lab_pane(self):
        labs = getattr(self._window, "labs", None)
        return getattr(labs, "pane", None) if labs is not None else None

    def _rebuild_lab_actions(self) -> None:
        """File → Open lab… and the others, made again in the new language (only while no
        lab pane exists: the pane belongs to them)."""
        window = self._window
        old = getattr(window, "labs", None)
        if old is None:
            return
        actions = (old.open_action, old.report_action, old.step_action)
        for menu in {widget for action in actions for widget in action.associatedObjects()
                     if hasattr(widget, "removeAction")}:
            items = menu.actions()
            if old.open_action in items:
                before = items.index(old.open_action) - 1
                if before >= 0 and items[before].isSeparator():
                    menu.removeAction(items[before])
            for action in actions:
                menu.removeAction(action)
        old.host.deleteLater()
        old.deleteLater()
        window.install_labs()

    # -- restarting -------------------------------------------------------------------------
    def restart(self) -> bool:
        """Restart now: save the session to a temporary file, start the lab again in the
        chosen language with that session, the panel shown and the open lab file, and
        close this window.

        Returns:
            True if the new lab was started (this window is then closed).
        """
        window = self._window
        if self._restart_handler is None:
            return False
        try:
            path = write_restart_session(window.session_files.session_states())
        except (OSError, TypeError) as error:
            window.message_bar.show_message(
                self.tr("Your work could not be kept for the restart: {reason}. Nothing was "
                        "closed.").format(reason=error), "error")
            return False
        pane = self._lab_pane()
        lab = pane.lab.path if pane is not None and pane.lab is not None else None
        arguments = restart_arguments(window.language(), window.current_panel_key(), path,
                                      lab or None)
        if not self._restart_handler(arguments):
            path.unlink(missing_ok=True)
            window.message_bar.show_message(
                self.tr("The lab could not start again by itself. Save your session, close "
                        "the lab and start it again to finish the switch."), "error")
            return False
        window.close()
        return True

    def reopen_after_restart(self, path: str | Path) -> None:
        """Open the session a restart left in ``path`` once TensorFlow is loaded, then
        remove the file (only a restart's own temporary file is removed)."""
        self._reopen_path = Path(path)
        if self._window.tensorflow_info is not None:
            self._reopen()
        else:
            self._window.tensorflow_loaded.connect(self._on_window_tensorflow_loaded)

    def _on_window_tensorflow_loaded(self, _info: dict) -> None:
        self._window.tensorflow_loaded.disconnect(self._on_window_tensorflow_loaded)
        self._reopen()

    def _reopen(self) -> None:
        path, self._reopen_path = self._reopen_path, None
        if path is None:
            return
        self._window.session_files.open_session(
            str(path), self.tr("The lab started again in {language}, with your work.").format(
                language=LANGUAGES[current_language()]))
        if path.name.startswith(RESTART_SESSION_PREFIX):
            path.unlink(missing_ok=True)
