"""File → Open/Save session and the notebook exports, with their messages.

A session is every panel's :meth:`~tfintro_gui.ui.panel.Panel.session_state` in one JSON
file (:mod:`tfintro_gui.core.session`); an export is the code of what was done, panel by
panel, as a Jupyter notebook or a ``.py`` script (:mod:`tfintro_gui.core.notebook`).
Outcomes are said in the window's message bar; a failed write changes no file and a bad
session file changes no panel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tfintro_gui.core.notebook import NotebookSection, write_notebook, write_script
from tfintro_gui.core.session import read_session, write_session
from tfintro_gui.lessons import load_lesson
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.file_dialogs import ask_open_path, ask_save_path, reason_of
from tfintro_gui.ui.widgets.message_bar import MessageBar


class SessionFiles(QObject):
    """Saves, opens and exports the session of the window's panels.

    Args:
        window: the main window (parent of the file dialogs).
        specs: the window's ``PANELS`` (``key``, ``translated_title()``,
            ``translated_summary()``), in the navigation's order.
        message_bar: the window's own message bar.
        built_panel: key → the panel if built so far, else None.
        panel: key → the panel, built now if needed.
        show_panel: switches the window to a panel.
        language: the language of the lessons shown (their titles head notebook sections).
        application_title: the window's title in the interface's language (asked at each
            export: the language may change).
    """

    def __init__(self, window: QWidget, specs: Sequence, message_bar: MessageBar,
                 built_panel: Callable[[str], Panel | None], panel: Callable[[str], Panel],
                 show_panel: Callable[[str], None], language: Callable[[], str],
                 application_title: Callable[[], str]):
        super().__init__(window)
        self._window = window
        self._specs = tuple(specs)
        self._keys = tuple(spec.key for spec in self._specs)
        self._message_bar = message_bar
        self._built_panel = built_panel
        self._panel = panel
        self._show_panel = show_panel
        self._language = language
        self._application_title = application_title

    # -- sessions -------------------------------------------------------------------------
    def session_states(self) -> dict[str, dict]:
        """Panel key → :meth:`~tfintro_gui.ui.panel.Panel.session_state`, for the panels
        built so far that have something to keep."""
        states = {}
        for key in self._keys:
            panel = self._built_panel(key)
            state = panel.session_state() if panel is not None else {}
            if state:
                states[key] = state
        return states

    def save_session(self, path: str) -> bool:
        """Write every panel's state to ``path`` (JSON, atomically); say how it went.

        Returns:
            True if the file was written.
        """
        states = self.session_states()
        try:
            write_session(path, states)
        except (OSError, TypeError, ValueError) as error:
            self._message_bar.show_message(
                self.tr("The session could not be saved to {path}: {reason}. Choose a folder "
                        "you can write to; no file was changed.").format(
                    path=path, reason=reason_of(error)), "error")
            return False
        self._message_bar.show_message(
            self.tr("Session saved to {path} ({count} panel(s)).").format(
                path=path, count=len(states)), "info")
        return True

    def open_session(self, path: str, opened_text: str | None = None) -> bool:
        """Read ``path`` and bring the panels into the saved state.

        The whole file is checked first (type, size, JSON, format, every panel's part);
        if anything is wrong, the message bar says what and nothing changes.

        Args:
            path: the session file.
            opened_text: what the message bar says once it is opened; default "Opened the
                session {path}.".

        Returns:
            True if the session was opened.
        """
        try:
            states = read_session(path, self._keys)
            for key, state in states.items():
                self._panel(key).check_session_state(state)
        except (OSError, ValueError) as error:
            self._message_bar.show_message(
                self.tr("The session {path} was not opened: {reason}. Nothing was "
                        "changed.").format(path=path, reason=reason_of(error)), "error")
            return False
        for key, state in states.items():
            try:
                self._panel(key).restore_session(state)
            except Exception as error:  # TensorFlow's own failures: said, never a crash
                self._message_bar.show_message(
                    self.tr("The {panel} panel could not take its part of the session: "
                            "{reason}").format(panel=self._title(key),
                                               reason=f"{type(error).__name__}: {error}"),
                    "error")
                return False
        self._message_bar.show_message(
            opened_text or self.tr("Opened the session {path}.").format(path=path), "info")
        if states:
            self._show_panel(next(key for key in self._keys if key in states))
        return True

    def ask_and_save_session(self) -> None:
        """File → Save session: ask for a path, then :meth:`save_session`."""
        path = ask_save_path(self._window, self.tr("Save session"), "tfintro-session.json",
                             self.tr("Lab session (*.json)"))
        if path:
            self.save_session(path)

    def ask_and_open_session(self) -> None:
        """File → Open session: ask for a file, then :meth:`open_session`."""
        path = ask_open_path(self._window, self.tr("Open session"),
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
        for spec in self._specs:
            panel = self._built_panel(spec.key)
            cells = tuple(panel.notebook_cells()) if panel is not None else ()
            if not cells:
                continue
            try:
                lesson = load_lesson(spec.key, self._language())
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
            self._message_bar.show_message(
                self.tr("Nothing to export yet: create a tensor, build a graph or run a demo "
                        "first. The notebook holds the code of what you do."), "info")
            return False
        title = self.tr("{title} — session").format(title=self._application_title())
        try:
            (write_script if script else write_notebook)(path, title, sections)
        except (OSError, ValueError) as error:
            self._message_bar.show_message(
                self.tr("The session could not be written to {path}: {reason}. Choose a "
                        "folder you can write to; no file was changed.").format(
                    path=path, reason=reason_of(error)), "error")
            return False
        self._message_bar.show_message(
            self.tr("Saved {count} panel(s) to {path}.").format(count=len(sections),
                                                                path=path), "info")
        return True

    def ask_and_export_notebook(self) -> None:
        """File → Export session as notebook: ask for a path, then export."""
        path = ask_save_path(self._window, self.tr("Export session as notebook"),
                             "tfintro-session.ipynb", self.tr("Jupyter notebook (*.ipynb)"))
        if path:
            self.export_notebook(path)

    def ask_and_export_script(self) -> None:
        """File → Save session as .py: ask for a path, then export as a script."""
        path = ask_save_path(self._window, self.tr("Save session as .py"),
                             "tfintro-session.py", self.tr("Python script (*.py)"))
        if path:
            self.export_notebook(path, script=True)

    def _title(self, key: str) -> str:
        return self._specs[self._keys.index(key)].translated_title()
