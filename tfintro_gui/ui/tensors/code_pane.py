"""The code of every successful action, with Copy and "Save as .py…" (through the shared
file dialog, an atomic write, and a message in the panel's bar)."""

from __future__ import annotations

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar


class CodePane(CodeView):
    """A :class:`CodeView` whose Save writes atomically and reports in ``message_bar``.

    Args:
        message_bar: where "Saved …" or why it could not be saved is shown.
        parent: the Qt parent.
    """

    def __init__(self, message_bar: MessageBar, parent=None):
        super().__init__(parent)
        self._message_bar = message_bar
        self.setToolTip(self.tr("The Python/TensorFlow lines of every successful action; run "
                                "top to bottom, they rebuild the workspace"))
        self.editor.setMinimumHeight(48)

    def save(self, path) -> None:
        """Write the code to ``path`` (UTF-8, atomically).

        Raises:
            OSError: the file cannot be written; an existing file is left as it was.
        """
        write_text_atomically(path, self.code() + "\n")

    def _on_save_clicked(self) -> None:
        path = ask_save_path(self, self.tr("Save code"), "tensors.py", self.tr("Python (*.py)"))
        if path:
            write_with_message(self._message_bar, self.save, path,
                               self.tr("Saved the code to {path}."))
