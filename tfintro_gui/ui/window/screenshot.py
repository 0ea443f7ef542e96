"""File → Save screenshot: a PNG picture of the window, written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tfintro_gui.core.files import write_atomically
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar


def save_screenshot(window: QWidget, path: str | Path, message_bar: MessageBar) -> bool:
    """Save a PNG picture of ``window`` to ``path``; say in ``message_bar`` how it went.

    Returns:
        True if the file was written (a failed write leaves an old file as it was).
    """
    picture = window.grab()

    def write(temporary: Path) -> None:
        if not picture.save(str(temporary), "PNG"):
            raise OSError(5, QCoreApplication.translate(
                "Screenshot", "the picture could not be written"), str(temporary))

    return write_with_message(message_bar, lambda target: write_atomically(target, write),
                              path, QCoreApplication.translate(
                                  "Screenshot", "Screenshot saved to {path}."))


def ask_and_save_screenshot(window: QWidget, message_bar: MessageBar) -> None:
    """Ask for a path, then :func:`save_screenshot`."""
    path = ask_save_path(window, QCoreApplication.translate("Screenshot", "Save screenshot"),
                         "tfintro-gui.png",
                         QCoreApplication.translate("Screenshot", "PNG image (*.png)"))
    if path:
        save_screenshot(window, path, message_bar)
