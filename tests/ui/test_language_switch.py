"""View → Language: the whole window switches at once and keeps the student's work; with a
lab open, Restart now finishes the switch with the same work (issue 13, item 2)."""

import json
import sys

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QListWidget

from tfintro_gui.app import build_parser
from tfintro_gui.resources import resource_path
from tfintro_gui.ui import i18n
from tfintro_gui.ui.main_window import MainWindow
from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE
from tfintro_gui.ui.window.restart import RESTART_SESSION_PREFIX, restart_command

#: A graph the student typed (not the preset), so a rebuilt panel must have taken it back.
EXPRESSION = "loss = (w * x + b) ** 2"


@pytest.fixture
def english():
    """English before and after the test, whatever the test switched to."""
    i18n.install_language("en")
    yield
    i18n.install_language("en")
    QSettings().remove(i18n.SETTINGS_KEY)


@pytest.fixture
def window(qtbot, tensorflow_info, english, tmp_path, monkeypatch):
    """The main window with TensorFlow loaded, its lab progress kept under ``tmp_path``."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    window = MainWindow(initial_panel="tensors", remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.tensorflow_loaded, timeout=60000):
        window.show()
    yield window
    window.close()


def _choose(window, language: str) -> None:
    action = next(action for action in window.menus.language_actions.actions()
                  if action.data() == language)
    action.trigger()


def _navigation(window) -> QListWidget:
    return window.findChild(QListWidget, "navigation")


def _menu_texts(window) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return ([action.text() for action in window.menuBar().actions()]
            + [action.text() for action in file_menu.actions() if not action.isSeparator()])


def _do_some_work(window, qtbot) -> dict:
    """A tensor workspace, a typed graph and a trained classifier; returns what to find."""
    tensors = window.panel("tensors")
    tensors.run_sequence(NOTEBOOK_SEQUENCE)
    window.show_panel("backprop")
    backprop = window.panel("backprop")
    backprop.expression_box.expression_input.setPlainText(EXPRESSION)
    backprop.expression_box.build_button.click()
    assert backprop.session_state()["expression"] == EXPRESSION
    window.show_panel("classifier")
    classifier = window.panel("classifier")
    classifier.training_box.num_steps_input.setValue(20)
    classifier.run_controls.run_button.click()
    qtbot.waitUntil(lambda: not classifier.is_training(), timeout=60000)
    window.show_panel("tensors")
    return {"names": tensors.workspace.names(), "e": tensors.workspace.value("e"),
            "classifier": classifier.session_state()}


def _assert_work_kept(window, work: dict) -> None:
    tensors = window.panel("tensors")
    assert tensors.workspace.names() == work["names"]
    np.testing.assert_allclose(tensors.workspace.value("e"), np.full((2, 2), 4.0),
                               rtol=0, atol=0)
    assert window.panel("backprop").session_state()["expression"] == EXPRESSION
    kept = window.panel("classifier").session_state()
    assert kept == work["classifier"]


def test_switching_to_chinese_and_back_keeps_the_work(qtbot, window):
    window.set_lesson_visible(True)
    work = _do_some_work(window, qtbot)
    english_menus = _menu_texts(window)
    old_tensors = window.panel("tensors")

    _choose(window, "zh_CN")

    assert QSettings().value(i18n.SETTINGS_KEY) == "zh_CN"
    assert i18n.current_language() == "zh_CN" and window.language() == "zh_CN"
    menus = _menu_texts(window)
    assert menus[:3] == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    assert "打开会话(&O)…" in menus
    assert not set(menus) & set(english_menus)  # the lab's File entries too
    assert _navigation(window).item(1).text() == "张量"
    assert window.windowTitle() == "张量 — TensorFlow 入门实验"
    assert "TensorFlow" in window.status_text() and "设备" in window.status_text()
    tensors = window.panel("tensors")
    assert tensors is not old_tensors and window.current_panel() is tensors
    assert tensors.create_form.title() == "创建张量"
    assert window.lesson_pane.lesson().language == "zh_CN"
    assert "界面现在显示为简体中文" in window.statusBar().currentMessage()
    assert window.language_switch.notice.text() == ""
    assert window.message_bar.level is None  # every panel took its work back
    for key in ("tensors", "backprop", "classifier"):
        assert window.panel(key).message_bar.level is None, key
    _assert_work_kept(window, work)

    _choose(window, "en")

    assert i18n.current_language() == "en"
    assert _menu_texts(window) == english_menus
    assert _navigation(window).item(1).text() == "Tensors"
    assert window.panel("tensors").create_form.title() == QCoreApplication.translate(
        "CreateForm", "Create a tensor")
    assert window.lesson_pane.lesson().language == "en"
    _assert_work_kept(window, work)


def test_choosing_the_language_in_force_rebuilds_nothing(window):
    tensors = window.panel("tensors")
    assert window.set_language("en") is False
    assert window.panel("tensors") is tensors


def test_with_a_lab_open_restart_now_finishes_the_switch(qtbot, window, tmp_path):
    lab_path = resource_path("labs/tensors.tflab")
    assert window.labs.open_lab(lab_path)
    panel_key = window.current_panel_key()
    panel = window.panel(panel_key)
    started = []
    window.language_switch.set_restart_handler(lambda arguments: started.append(arguments)
                                               or True)

    assert window.set_language("zh_CN") is True

    assert window.panel(panel_key) is panel  # its locks hold until the restart
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    notice = window.language_switch.notice
    assert "重新启动" in notice.text() and notice.restart_button.isVisibleTo(window)
    assert notice.restart_button.text() == "立即重新启动"
    states = window.session_files.session_states()

    notice.restart_button.click()

    [arguments] = started
    options = build_parser().parse_args(arguments)
    assert (options.language, options.panel) == ("zh_CN", panel_key)
    assert options.lab.resolve() == lab_path.resolve()
    session = options.restart_session
    assert session.name.startswith(RESTART_SESSION_PREFIX)
    assert json.loads(session.read_text(encoding="utf-8"))["panels"] == states
    assert not window.isVisible()

    again = MainWindow(initial_panel=panel_key, remember=False)
    qtbot.addWidget(again)
    again.language_switch.reopen_after_restart(session)
    with qtbot.waitSignal(again.tensorflow_loaded, timeout=60000):
        again.show()
    assert again.panel(panel_key).session_state() == states.get(panel_key, {})
    assert again.message_bar.text() == "本实验已用简体中文重新启动，你的工作都在。"
    assert not session.exists()
    again.close()


def test_switching_back_before_the_restart_withdraws_the_offer(window):
    assert window.labs.open_lab(resource_path("labs/tensors.tflab"))
    assert window.set_language("zh_CN") is True
    assert window.language_switch.notice.text()
    assert not window.language_switch.notice.restart_button.isVisibleTo(window)  # no handler
    assert window.set_language("en") is False
    assert window.language_switch.notice.text() == ""


def test_a_failed_restart_keeps_the_window_and_removes_the_session_file(window, tmp_path,
                                                                       monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert window.labs.open_lab(resource_path("labs/tensors.tflab"))
    window.set_language("zh_CN")
    window.language_switch.set_restart_handler(lambda arguments: False)
    assert window.language_switch.restart() is False
    assert window.isVisible()
    assert window.message_bar.level == "error"
    assert not list(tmp_path.glob(f"{RESTART_SESSION_PREFIX}*"))


def test_a_session_file_of_the_student_is_never_removed(qtbot, window, tmp_path):
    """Only a restart's own temporary file is removed after it was opened."""
    window.panel("tensors").run_sequence(NOTEBOOK_SEQUENCE[:1])
    path = tmp_path / "mine.json"
    assert window.save_session(str(path))
    window.language_switch.reopen_after_restart(path)
    assert path.exists()


def test_the_restart_command_starts_the_same_lab(monkeypatch):
    program, arguments = restart_command(["--language", "zh_CN"])
    assert (program, arguments) == (sys.executable, ["-m", "tfintro_gui", "--language", "zh_CN"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(["--panel", "tensors"]) == (sys.executable, ["--panel", "tensors"])


def test_the_devices_report_tab_speaks_the_interface_language(qtbot, tensorflow_info):
    """Regression: --report was Chinese but the panel's own Report tab stayed English."""
    from tfintro_gui.ui.devices.panel import DevicesPanel
    from tfintro_gui.ui.i18n import install_language

    install_language("zh_CN")
    try:
        panel = DevicesPanel()
        qtbot.addWidget(panel)
        panel.tensorflow_ready(tensorflow_info)
        chinese = panel.report_text()
    finally:
        install_language("en")
    english = panel.report_text()
    assert "## Versions" in english and "## Versions" not in chinese
    assert "Num GPUs Available" in chinese  # TensorFlow's own line stays as it prints


def test_the_message_bar_buttons_follow_a_language_switch(qtbot):
    from PySide6.QtWidgets import QToolButton

    from tfintro_gui.ui.i18n import install_language
    from tfintro_gui.ui.widgets.message_bar import MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("x", "info")
    copy = bar.findChild(QToolButton, "messageCopy")
    assert copy.text() == "Copy"
    install_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: copy.text() == "复制")
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: copy.text() == "Copy")
