"""Restart now: what a language switch cannot change at once is finished by a new start.

When a lab file is open, its pane and the panels it locks cannot be rebuilt in the new
language without losing the step's locks, so they keep their language until the lab
starts again. :class:`RestartNotice` says so in the status bar and offers "Restart now":
the window writes its session to a temporary file (:func:`write_restart_session`) and
asks its restart handler (given by ``app.py``) to start the lab again with
:func:`restart_arguments`; the new process reopens the session and the lab, then removes
the file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from tfintro_gui.core.session import write_session

#: Temporary session files of a restart start with this (in the system's temporary folder).
RESTART_SESSION_PREFIX = "tfintro-restart-"


def write_restart_session(states: dict[str, dict]) -> Path:
    """Write the panels' states to a new temporary session file.

    Args:
        states: panel key → ``session_state()``.

    Returns:
        The file's path (the restarted lab removes it once read).

    Raises:
        OSError: the temporary folder cannot be written (no file is left behind).
        TypeError: a state cannot be saved as JSON.
    """
    descriptor, name = tempfile.mkstemp(prefix=RESTART_SESSION_PREFIX, suffix=".json")
    os.close(descriptor)
    try:
        return write_session(name, states)
    except (OSError, TypeError):
        Path(name).unlink(missing_ok=True)
        raise


def restart_arguments(language: str, panel: str, session: Path | None,
                      lab: str | None) -> list[str]:
    """The command-line options that start the lab again as it is now.

    Args:
        language: ``"en"`` or ``"zh_CN"``.
        panel: the key of the panel shown.
        session: the temporary session file, or None.
        lab: the path of the open lab file, or None.

    Returns:
        e.g. ``["--language", "zh_CN", "--panel", "tensors", "--restart-session",
        "/tmp/tfintro-restart-….json", "--lab", "/home/…/intro.tflab"]``.
    """
    arguments = ["--language", language, "--panel", panel]
    if session is not None:
        arguments += ["--restart-session", str(session)]
    if lab:
        arguments += ["--lab", lab]
    return arguments


class RestartNotice(QWidget):
    """In the status bar: what switches at the next start, and a Restart now button.

    Signals:
        restart_requested: the student clicked Restart now.
    """

    restart_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("restartNotice")
        self.label = QLabel(self)  # one line: a wrapped label would make the bar tall
        policy = self.label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # never widens the window
        self.label.setSizePolicy(policy)
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("restartButton")
        self.restart_button.clicked.connect(self.restart_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restart_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Word the button in the language installed now."""
        self.restart_button.setText(self.tr("Restart now"))
        self.restart_button.setToolTip(self.tr(
            "Start the lab again in the chosen language, with your work, the lab file and "
            "its progress"))

    def offer(self, text: str, can_restart: bool) -> None:
        """Show ``text`` (one line; all of it in the tool tip), with Restart now if the lab
        can start itself again."""
        self.label.setText(text)
        self.label.setToolTip(text)
        self.restart_button.setVisible(can_restart)
        self.show()

    def withdraw(self) -> None:
        """Nothing waits for a restart any more: hide the notice."""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        """The notice shown now, or an empty string."""
        return self.label.text() if not self.isHidden() else ""


def restart_command(arguments: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start this lab again with ``arguments``.

    ``python -m tfintro_gui …`` from a Python installation; the executable itself in a
    PyInstaller bundle (``packaging/launch.py``).
    """
    if getattr(sys, "frozen", False):
        return sys.executable, list(arguments)
    return sys.executable, ["-m", "tfintro_gui", *arguments]


def start_again(arguments: list[str]) -> bool:
    """Start a new lab process with ``arguments`` (Restart now); True if it started."""
    program, program_arguments = restart_command(arguments)
    started, _pid = QProcess.startDetached(program, program_arguments)
    return bool(started)
