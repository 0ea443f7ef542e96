"""A random walk over the whole window with hostile values: whatever is clicked, typed,
chosen or opened, the lab never raises an uncaught exception, never holds the GUI thread
for more than :data:`MAX_STALL_S` seconds of processor time, and never grows wider than
the window it was given (a long message must wrap, not widen the window).

File dialogs answer with hostile paths (a missing folder, a device, a pipe, a folder, a
huge sparse file); modal dialogs are answered at once. Seeds are fixed, so a failure
replays: the message names the seed and the action number.
"""

from __future__ import annotations

import os
import random
import stat
import time

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow

#: The most processor time one action may take on the GUI thread (issue: "a GUI-thread
#: stall over 2 s"). Processor time, not wall-clock time: a busy machine (other processes on
#: the same cores) must not fail the walk, work that belongs in a thread still does.
MAX_STALL_S = 2.0
WINDOW_SIZE = (1280, 720)

HOSTILE_TEXTS = (
    "", " ", "0", "-1", "1e309", "-1e309", "nan", "inf", "1e39", "3.5e38", "9" * 400,
    "(0, 9223372036854775807)", "(-1, 2)", "(2, 3", "[[1, 2], [3]]", "[" * 200 + "]" * 200,
    "__import__('os').system('echo planted')", "lambda: 0", "print", "w * (x + b",
    "abs(y_true - (w * x + b))", "x" * 5000, "a" * 70 + "," + "b" * 70,
    "1, 2, " + "x" * 300, "张量", "\u202e\u0000\ufeff", "𝔁 = 1", "[[1e80, 0], [0, 1]]",
    "[1e39, 0]", "tf.ones((3, 1))", "np.ones([3, 3])", "128, 4096, 1e9", "/GPU:9",
)
#: Names of buttons that would end the walk or start work measured in minutes.
SKIPPED_BUTTONS = ("Quit", "退出")


def _hostile_paths(folder) -> list[str]:
    sparse = folder / "huge.json"
    with open(sparse, "wb") as stream:
        stream.truncate(300 * 1024 * 1024)  # 300 MB of nothing, in no disk space
    fifo = folder / "pipe.csv"
    if hasattr(os, "mkfifo") and not fifo.exists():
        os.mkfifo(fifo)
    paths = [str(folder / "missing" / "file.json"), str(fifo), str(folder), str(sparse),
             str(folder / "ok.json"), str(folder / "ok.csv"), str(folder / "ok.png"),
             str(folder / "ok.py"), str(folder / "ok.ipynb")]
    device = folder / "null"  # a device of the walk's own (never a system one): saves refuse it
    try:
        if not device.exists():
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        paths.append(str(device))
    except (OSError, AttributeError):  # only root may make devices; the pipe stands in
        pass
    return paths


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, tensorflow_info):
    """The main window at 1280×720 with every panel built and TensorFlow ready; every
    dialog answered at once (file dialogs with hostile paths)."""
    paths = _hostile_paths(tmp_path)
    chooser = random.Random(0)

    def any_file(*args, **kwargs):
        return chooser.choice(paths), ""

    def any_folder(*args, **kwargs):
        return chooser.choice(paths)

    # Every dialog of the lab goes through these static functions (file_dialogs.py and
    # Matplotlib's own): answering here reaches every caller, however it imported them.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", any_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", any_file)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", any_folder)
    monkeypatch.setattr(QMessageBox, "about", lambda *args: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Li Wei", True))
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.chdir(tmp_path)

    window = MainWindow(initial_panel="tensors", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    for key in PANEL_KEYS:
        panel = window.panel(key)
        window.show_panel(key)
        panel.build_deferred()
        panel.tensorflow_ready(tensorflow_info)
    yield window
    for key in PANEL_KEYS:
        window.panel(key).shutdown()
    window.close()


def _controls(window: QWidget) -> list[QWidget]:
    """The enabled, visible controls of the current panel and the window's own."""
    found = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if isinstance(widget, QAbstractButton):
            if widget.text().replace("&", "") in SKIPPED_BUTTONS:
                continue
            found.append(widget)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                                 QTabWidget)):
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                            (QComboBox, QAbstractSpinBox)):
                continue
            found.append(widget)
    return found


def _act(widget: QWidget, chooser: random.Random) -> str:
    """Do one thing a student could do with ``widget``; return what, for the report."""
    text = chooser.choice(HOSTILE_TEXTS)
    if isinstance(widget, QAbstractButton):
        if isinstance(widget, QCheckBox):
            widget.toggle()
        else:
            widget.click()
        return f"click {widget.text()!r}"
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.returnPressed.emit()
        return f"type {text[:30]!r} + Enter"
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
        return f"write {text[:30]!r}"
    if isinstance(widget, QComboBox):
        if widget.isEditable() and chooser.random() < 0.3:
            widget.setEditText(text)
            return f"edit combo {text[:30]!r}"
        if widget.count():
            widget.setCurrentIndex(chooser.randrange(widget.count()))
        return f"choose {widget.currentText()[:30]!r}"
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        value = chooser.choice([widget.minimum(), widget.maximum(),
                                chooser.uniform(widget.minimum(), widget.maximum())])
        widget.setValue(int(value) if isinstance(widget, QSpinBox) else value)
        return f"set {widget.value()}"
    if isinstance(widget, QTabWidget) and widget.count():
        widget.setCurrentIndex(chooser.randrange(widget.count()))
        return f"tab {widget.tabText(widget.currentIndex())!r}"
    return "nothing"


def _walk(window, seed: int, num_actions: int) -> None:
    chooser = random.Random(seed)
    widest = WINDOW_SIZE[0]
    for number in range(num_actions):
        if chooser.random() < 0.08:
            key = chooser.choice(PANEL_KEYS)
            window.show_panel(key)
            done = f"show panel {key}"
        else:
            controls = _controls(window)
            if not controls:
                continue
            widget = chooser.choice(controls)
            started = time.thread_time()
            done = _act(widget, chooser)
            held = time.thread_time() - started
            assert held < MAX_STALL_S, (
                f"seed {seed}, action {number} ({done} on {type(widget).__name__}) held the "
                f"GUI thread {held:.1f} s")
        QApplication.processEvents()
        assert window.width() <= widest, (
            f"seed {seed}, action {number} ({done}) widened the window to {window.width()} px")


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_walk_with_hostile_values_breaks_nothing(window, seed):
    _walk(window, seed, num_actions=150)
    # The lab still works: the notebook's worked example gives its gradients.
    window.show_panel("tensors")
    panel = window.panel("tensors")
    panel.run_sequence([("create", {"name": "walk_check", "source": "tf.ones",
                                    "shape": (2, 2)})])
    assert "walk_check" in panel.workspace.names()
