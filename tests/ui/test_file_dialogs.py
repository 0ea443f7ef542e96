"""Where the lab's file dialogs open: the last folder chosen, else Documents, never the cwd."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from tfintro_gui.ui.widgets import file_dialogs


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The static QFileDialog functions answered with the next queued reply; each call's
    start folder (or path) recorded."""
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.chdir(tmp_path)  # the folder the lab was started from
    calls, replies = [], []

    def answer(parent, title, start, *rest):
        calls.append(start)
        return replies.pop(0)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (answer(*a), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (answer(*a), ""))
    return calls, replies


def test_the_first_dialog_opens_in_documents_then_where_the_user_went(qapp, dialogs, tmp_path):
    calls, replies = dialogs
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    chosen = tmp_path / "class" / "exports"
    chosen.mkdir(parents=True)
    replies.append(str(chosen))
    assert file_dialogs.ask_directory(None, "Export") == str(chosen)
    assert calls[0] == expected != str(tmp_path)
    replies.append("")  # cancelled: None, and the folder is kept
    assert file_dialogs.ask_save_path(None, "Save", "points.csv", "CSV (*.csv)") is None
    assert calls[1] == str(chosen / "points.csv")
    replies.append(str(tmp_path / "data" / "in.csv"))
    (tmp_path / "data").mkdir()
    assert file_dialogs.ask_open_path(None, "Open", "CSV (*.csv)") == str(
        tmp_path / "data" / "in.csv")
    assert calls[2] == str(chosen)
    replies.append("")
    file_dialogs.ask_directory(None, "Export")
    assert calls[3] == str(tmp_path / "data")


def test_a_folder_deleted_since_is_not_offered(qapp, dialogs, tmp_path):
    calls, replies = dialogs
    gone = tmp_path / "gone"
    gone.mkdir()
    replies.extend([str(gone), ""])
    file_dialogs.ask_directory(None, "Export")
    gone.rmdir()
    file_dialogs.ask_directory(None, "Export")
    assert calls[1] != str(gone) and Path(calls[1]).is_dir()
