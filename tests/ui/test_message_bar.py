"""The message bar: any message, however long, leaves the window's width alone."""

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolButton

from tfintro_gui.ui.main_window import MainWindow
from tfintro_gui.ui.widgets.message_bar import (
    MAX_SHOWN_CHARACTERS,
    MessageBar,
    wrappable,
)


@pytest.fixture
def window(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()
    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.current_panel() is not None)
    QApplication.processEvents()
    return window


def test_a_32000_character_token_does_not_widen_the_window(window, qtbot):
    """Issue 14 #1: one long typo echoed in an error message made the window 183 581 px
    wide (+1 GB) and it never shrank back."""
    token = "[" + ", ".join(["1"] * 10) + ", 1x" + "9" * 32_000 + "]"
    width, minimum = window.width(), window.minimumSizeHint().width()
    for bar in (window.message_bar, window.panel("tensors").message_bar):
        bar.show_message(f"The value {token} is not a list of numbers. Fix the typo.",
                         "error")
        QApplication.processEvents()
        assert window.width() == width
        # At most the bar's own buttons (Copy, ×) beside an empty label: never the text.
        assert window.minimumSizeHint().width() <= max(minimum, 300)
        assert bar.sizeHint().width() < width and bar.minimumSizeHint().width() < width
        assert token in bar.text()  # the whole message is kept …
        assert len(bar.shown_text()) <= MAX_SHOWN_CHARACTERS + 2  # … a part is shown
        assert bar.isVisible() and bar.height() < 300


def test_copy_puts_the_whole_message_and_its_details_on_the_clipboard(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    text = "x" * 5000
    bar.show_message(text, "warning", details="Traceback: line 1")
    copy = bar.findChild(QToolButton, "messageCopy")
    assert copy.isVisibleTo(bar)
    copy.click()
    assert QGuiApplication.clipboard().text() == text + "\n\nTraceback: line 1"
    assert bar.text() == text and bar.details() == "Traceback: line 1"
    bar.show_message("Session saved.", "info")
    assert not copy.isVisibleTo(bar)  # nothing hidden: no Copy button
    assert bar.details() == "" and bar.shown_text() == "Session saved."


def test_long_tokens_get_break_points_and_huge_ones_are_cut_in_the_middle():
    path = "/home/student/" + "a" * 70 + "/session.json"
    shown = wrappable(f"Saved to {path}.", 600)
    assert shown.replace("\u200b", "") == f"Saved to {path}."
    assert all(len(part) <= 30 for word in shown.split() for part in word.split("\u200b"))
    huge = wrappable("x" * 500, 600).replace("\u200b", "")
    assert len(huge) == 120 and "…" in huge
    assert wrappable("a b c " * 200, 100).endswith(" …")
    assert wrappable("\n".join(map(str, range(20))), 600, max_lines=3) == "0\n1\n2 …"
    assert wrappable("short and sweet", 600) == "short and sweet"


def test_an_unknown_level_is_a_value_error(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    with pytest.raises(ValueError, match="Unknown message level"):
        bar.show_message("x", "fatal")
