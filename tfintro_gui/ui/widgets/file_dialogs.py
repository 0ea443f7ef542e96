"""File dialogs and file writes with their messages: one place for every panel.

A panel asks for a path with :func:`ask_save_path` / :func:`ask_open_path` /
:func:`ask_directory` (None when the user cancels) and writes through
:func:`write_with_message`, which turns ``OSError`` / ``ValueError`` into a message in
the panel's bar instead of an uncaught exception.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from tfintro_gui.ui.widgets.message_bar import MessageBar

_last_folder: str | None = None  # of the last path chosen in a dialog, this session


def start_folder() -> str:
    """Where a dialog opens: the folder of the last path chosen in one, else the user's
    Documents folder (their home where there is none), never the folder the lab was
    started from (a checkout, a system folder)."""
    if _last_folder and Path(_last_folder).is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _chosen(path: str, is_folder: bool = False) -> str | None:
    """Remember where ``path`` (from a dialog; empty when cancelled) is; return it or None."""
    global _last_folder
    if not path:
        return None
    _last_folder = str(Path(path) if is_folder else Path(path).parent)
    return path


def ask_save_path(parent: QWidget, title: str, default_name: str,
                  file_filter: str) -> str | None:
    """A path to save to, chosen by the user; None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(Path(start_folder()) / default_name), file_filter)
    return _chosen(path)


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    """An existing file to open, chosen by the user; None if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), file_filter)
    return _chosen(path)


def ask_directory(parent: QWidget, title: str) -> str | None:
    """An existing folder, chosen by the user; None if cancelled."""
    return _chosen(QFileDialog.getExistingDirectory(parent, title, start_folder()),
                   is_folder=True)


def reason_of(error: Exception) -> str:
    """The words of a file error: ``strerror`` for an ``OSError`` ("Permission denied"),
    else the exception's text."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def write_with_message(message_bar: MessageBar, write: Callable[[Path], object],
                       path: str | Path, saved_text: str) -> bool:
    """Call ``write(path)`` and say in ``message_bar`` how it went.

    Args:
        message_bar: where the outcome is shown.
        write: writes the file (through the atomic writer of :mod:`tfintro_gui.core.files`,
            so a failed write leaves the old file as it was); may raise ``OSError`` or
            ``ValueError``.
        path: the file to write.
        saved_text: the success message; ``{path}`` in it is filled in.

    Returns:
        True if the file was written.
    """
    path = Path(path)
    try:
        write(path)
    except (OSError, ValueError) as error:
        message_bar.show_message(
            QCoreApplication.translate(
                "FileDialogs", "{path} could not be written: {reason}. Choose a folder you "
                               "can write to; no file was changed.").format(
                path=path, reason=reason_of(error)), "error")
        return False
    message_bar.show_message(saved_text.format(path=path), "info")
    return True
