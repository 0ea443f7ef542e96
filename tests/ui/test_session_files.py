"""File → Save / Open session: the workspace comes back; bad files change nothing."""

import json
import os

import numpy as np
import pytest

from tfintro_gui.ui.main_window import MainWindow
from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE


def _window(qtbot, tensorflow_info, key="tensors"):
    window = MainWindow(initial_panel=key, load_tensorflow=False)
    qtbot.addWidget(window)
    window.panel(key).tensorflow_ready(tensorflow_info)
    return window


@pytest.fixture
def saved(qtbot, tensorflow_info, tmp_path):
    window = _window(qtbot, tensorflow_info)
    tensors = window.panel("tensors")
    tensors.run_sequence(NOTEBOOK_SEQUENCE)
    tensors.run_sequence([("create", {"name": "n", "source": "np.ones", "shape": (2, 2)})])
    tensors.select_entry("d")
    path = tmp_path / "session.json"
    assert window.save_session(str(path))
    assert "Session saved" in window.message_bar.text()
    return window, path


def test_a_saved_session_opens_with_the_same_workspace_code_and_cells(saved, qtbot,
                                                                      tensorflow_info):
    before, path = saved
    after = _window(qtbot, tensorflow_info)
    assert after.open_session(str(path))
    old, new = before.panel("tensors"), after.panel("tensors")
    assert new.workspace.names() == old.workspace.names()
    for name in old.workspace.names():
        np.testing.assert_array_equal(new.workspace.value(name), old.workspace.value(name))
        assert new.workspace.info(name) == old.workspace.info(name)
    assert new.code_view.code() == old.code_view.code()
    assert new.notebook_cells() == old.notebook_cells()
    assert new.selected_name == "d"
    assert after.current_panel_key() == "tensors"
    assert "Opened the session" in after.message_bar.text()


@pytest.mark.parametrize("content", [
    b"{ this is not json",
    json.dumps({"cells": [], "metadata": {}, "nbformat": 4}).encode(),  # a notebook
    json.dumps({"format": "tfintro-gui-session", "version": 1,
                "panels": {"tensors": {"workspace": {"entries": [
                    {"name": "x", "kind": "constant", "dtype": "float32", "shape": [3],
                     "values": [1.0, 2.0], "reproducible": True}]}}}}).encode(),
    b"\x80\x04\x95 pickle",
])
def test_a_corrupt_or_foreign_file_is_said_and_changes_nothing(saved, tmp_path, content):
    window, _ = saved
    tensors = window.panel("tensors")
    names, code = tensors.workspace.names(), tensors.code_view.code()
    values = {name: tensors.workspace.value(name) for name in names}
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert not window.open_session(str(bad))
    assert window.message_bar.level == "error"
    assert "was not opened" in window.message_bar.text()
    assert "Nothing was changed" in window.message_bar.text()
    assert tensors.workspace.names() == names and tensors.code_view.code() == code
    for name in names:
        np.testing.assert_array_equal(tensors.workspace.value(name), values[name])


def test_a_missing_file_is_said(saved, tmp_path):
    window, _ = saved
    assert not window.open_session(str(tmp_path / "nowhere.json"))
    assert "No such file" in window.message_bar.text()


def test_a_session_cannot_open_before_tensorflow_is_loaded(saved, qtbot):
    _, path = saved
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    assert not window.open_session(str(path))
    assert "still loading" in window.message_bar.text()


def test_saving_to_an_unwritable_place_is_said_and_keeps_the_old_file(saved, tmp_path):
    window, path = saved
    old = path.read_bytes()
    assert not window.save_session(str(tmp_path / "no-such-folder" / "s.json"))
    assert window.message_bar.level == "error"
    assert not window.save_session(str(tmp_path))
    assert "could not be saved" in window.message_bar.text()
    assert path.read_bytes() == old


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_a_device_is_refused_at_once_and_changes_nothing(saved, tmp_path):
    """Issue 14 #6: /dev/zero read until MemoryError; a FIFO blocked the window forever."""
    window, _ = saved
    names = window.panel("tensors").workspace.names()
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        assert not window.open_session(str(path))
        assert window.message_bar.level == "error"
        assert "not a regular file" in window.message_bar.text()
    assert window.panel("tensors").workspace.names() == names


def test_a_screenshot_is_saved_or_its_failure_said(saved, tmp_path):
    from PySide6.QtGui import QImage

    window, _ = saved
    path = tmp_path / "window.png"
    assert window.save_screenshot(str(path))
    assert not QImage(str(path)).isNull()
    assert "Screenshot saved" in window.message_bar.text()
    assert not window.save_screenshot(str(tmp_path / "missing" / "window.png"))
    assert window.message_bar.level == "error"
    assert "could not be written" in window.message_bar.text()
