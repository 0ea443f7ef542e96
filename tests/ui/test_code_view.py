"""The code views' Save as .py: a bad folder is said in the panel's message bar."""

import os

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tfintro_gui.ui.widgets import code_view
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.message_bar import MessageBar


class _Panel(QWidget):
    """A stand-in for a panel: a message bar and a code view somewhere below it."""

    def __init__(self):
        super().__init__()
        self.message_bar = MessageBar()
        inner = QWidget()
        self.code_view = CodeView(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(inner)


@pytest.fixture
def panel(qtbot):
    panel = _Panel()
    qtbot.addWidget(panel)
    panel.code_view.set_code("import tensorflow as tf\nx = tf.ones((2, 2))")
    return panel


@pytest.mark.parametrize("where", ["missing folder", "file as folder", "read-only folder"])
def test_save_as_py_into_a_bad_folder_is_said_not_raised(panel, tmp_path, monkeypatch, where):
    """Issue 14 #9: Save as .py… raised an uncaught OSError/FileNotFoundError."""
    if where == "missing folder":
        path = tmp_path / "no-such-folder" / "session.py"
    elif where == "file as folder":
        (tmp_path / "a-file").write_text("x", encoding="utf-8")
        path = tmp_path / "a-file" / "session.py"
    else:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("root writes into read-only folders")
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        path = folder / "session.py"
    monkeypatch.setattr(code_view, "ask_save_path", lambda *args: str(path))
    panel.code_view.save_button().click()
    assert panel.message_bar.level == "error"
    assert "could not be written" in panel.message_bar.text()
    assert not path.exists()


def test_save_as_py_writes_the_code_and_says_so(panel, tmp_path, monkeypatch):
    path = tmp_path / "session.py"
    path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(code_view, "ask_save_path", lambda *args: str(path))
    panel.code_view.save_button().click()
    assert path.read_text(encoding="utf-8") == "import tensorflow as tf\nx = tf.ones((2, 2))\n"
    assert panel.message_bar.level == "info" and str(path) in panel.message_bar.text()
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["session.py"]


def test_a_code_view_without_a_panel_shows_its_own_message(qtbot, tmp_path):
    view = CodeView()
    qtbot.addWidget(view)
    assert not view.save_with_message(tmp_path / "missing" / "x.py")
    assert view.message_bar().level == "error"
    assert view.message_bar().parentWidget() is view
