"""The checks before the window opens, of Qt's X11 libraries (a message and exit code 3)
and of the display (exit code 4): never Qt's abort (exit 134)."""

import ctypes
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tfintro_gui import app, display_check, platform_check
from tfintro_gui.display_check import (
    EXIT_NO_DISPLAY,
    check_display,
    close_probe_connection,
    connect_to_x_display,
)
from tfintro_gui.platform_check import (
    EXIT_MISSING_LIBRARIES,
    PACKAGES,
    REVIEWED_SONAMES,
    MissingLibrary,
    check_display_libraries,
    distribution_family,
    elf_needed,
    install_commands,
    missing_libraries,
    needs_xcb_check,
    pyside_folder,
    xcb_plugin_libraries,
)
from tfintro_gui.ui.display_words import no_display_text

PLUGIN = pyside_folder() / "Qt" / "plugins" / "platforms" / "libqxcb.so"
needs_the_xcb_plugin = pytest.mark.skipif(not PLUGIN.is_file(),
                                          reason="PySide6 ships no xcb plug-in here")


def fake_loader(missing, messages=None):
    """A library loader for which the sonames in ``missing`` are absent."""
    messages = messages or {}

    def load(name):
        soname = name.rsplit("/", 1)[-1]
        if soname in missing:
            raise OSError(messages.get(soname,
                                       f"{soname}: cannot open shared object file: "
                                       "No such file or directory"))

    return load


@pytest.fixture
def x11_session(monkeypatch):
    """Linux with DISPLAY set and QT_QPA_PLATFORM unset: Qt would choose xcb."""
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "distribution_family", lambda: "debian")


@pytest.mark.parametrize(("environ", "system", "expected"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
     "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland",
      "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "darwin", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_the_check_runs_only_where_qt_starts_its_xcb_plugin(environ, system, expected):
    assert needs_xcb_check(environ, system) is expected


@needs_the_xcb_plugin
def test_the_library_list_is_read_from_the_plugin_pyside6_ships():
    needed = elf_needed(PLUGIN)
    assert "libQt6XcbQpa.so.6" in needed and "libxcb-cursor.so.0" in needed
    sonames, folders = xcb_plugin_libraries(pyside_folder())
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
            "libxkbcommon-x11.so.0"} <= set(sonames)
    assert not [name for name in sonames if name.startswith(("libQt6", "libc.so"))]
    assert folders[0] == pyside_folder() / "Qt" / "lib"


@needs_the_xcb_plugin
def test_every_library_the_plugin_needs_has_its_packages_reviewed():
    """Fails when a PySide6 update adds a library: add its packages to PACKAGES."""
    sonames, _ = xcb_plugin_libraries(pyside_folder())
    assert [name for name in sonames if name not in PACKAGES] == []


def test_the_reviewed_list_is_used_when_the_plugin_cannot_be_read(tmp_path):
    sonames, _ = xcb_plugin_libraries(tmp_path)  # no Qt/plugins/platforms/libqxcb.so here
    assert sonames == list(REVIEWED_SONAMES)
    (tmp_path / "not-elf.so").write_bytes(b"#!/bin/sh\n")
    with pytest.raises(ValueError, match="not an ELF file"):
        elf_needed(tmp_path / "not-elf.so")


def test_missing_cursor_library_names_its_package_and_the_install_command(x11_session):
    message = check_display_libraries(load=fake_loader({"libxcb-cursor.so.0"}))
    assert "libxcb-cursor.so.0" in message
    assert "    sudo apt-get install libxcb-cursor0\n" in message
    assert "libxcb-icccm" not in message


def test_the_three_libraries_of_a_stock_debian_12_are_installed_in_one_command(x11_session):
    stock_debian = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    message = check_display_libraries(load=fake_loader(stock_debian))
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message
    assert message.count("sudo ") == 1


def test_a_library_missing_below_a_listed_one_is_the_one_named():
    """libxcb-cursor loads only with libxcb-render-util: the loader's message names the
    library that is really absent."""
    load = fake_loader({"libxcb-cursor.so.0"}, {
        "libxcb-cursor.so.0": "libxcb-render-util.so.0: cannot open shared object file: "
                              "No such file or directory"})
    missing = missing_libraries(["libxcb-cursor.so.0", "libxcb.so.1"], load=load)
    assert missing == [MissingLibrary("libxcb-render-util.so.0", "libxcb-render-util0",
                                      "xcb-util-renderutil")]


def test_a_library_in_qts_own_folder_is_loaded_from_there(tmp_path):
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    loaded = []
    missing_libraries(["libxcb-cursor.so.0", "libxcb.so.1"], [tmp_path], load=loaded.append)
    assert loaded == [str(tmp_path / "libxcb-cursor.so.0"), "libxcb.so.1"]


def test_fedora_gets_dnf_and_an_unknown_system_gets_both_commands():
    missing = [MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
               MissingLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms")]
    assert install_commands(missing, "fedora") == [
        "sudo dnf install xcb-util-wm xcb-util-keysyms"]
    assert install_commands(missing, None) == [
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1",
        "sudo dnf install xcb-util-wm xcb-util-keysyms"]


def test_a_library_of_unknown_package_is_named_with_how_to_find_its_package():
    missing = [MissingLibrary("libxcb-future.so.9", None, None)]
    message = platform_check.missing_libraries_message(missing, "debian")
    assert "libxcb-future.so.9" in message and "apt-file search" in message
    assert "sudo apt-get install" not in message


@pytest.mark.parametrize(("text", "family"), [
    ('ID=debian\nVERSION_ID="12"\n', "debian"),
    ('ID=ubuntu\nID_LIKE=debian\n', "debian"),
    ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "debian"),
    ('ID=fedora\n', "fedora"),
    ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
    ('ID=arch\n', None),
])
def test_the_distribution_is_read_from_os_release(text, family):
    assert distribution_family(text) == family


def test_main_exits_with_code_3_before_qt_starts(x11_session, monkeypatch, capsys):
    def qt_must_not_start(*args, **kwargs):
        raise AssertionError("the QApplication was created although a library is missing")

    monkeypatch.setattr(app, "create_application", qt_must_not_start)
    monkeypatch.setattr(platform_check, "load_library",
                        fake_loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}))
    assert app.main([]) == EXIT_MISSING_LIBRARIES == 3
    error = capsys.readouterr().err
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in error
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in error


def test_the_exit_code_is_documented_in_the_help():
    assert f"{EXIT_MISSING_LIBRARIES} a system library Qt needs" in " ".join(
        app.build_parser().format_help().split())


# -- the display itself ---------------------------------------------------------------------
def never_answers(display):
    return False


@pytest.mark.parametrize(("environ", "system"), [
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({}, "darwin"),
    ({}, "win32"),
])
def test_the_display_is_left_to_qt_where_qt_does_not_use_x11(environ, system):
    assert check_display(environ, system, connect=never_answers) is None


def test_no_display_at_all_is_said_with_what_to_do():
    message = no_display_text(check_display({}, "linux", connect=never_answers))
    assert "DISPLAY is not set" in message
    assert "ssh -X" in message and "--self-test" in message


def test_a_display_no_x_server_answers_at_is_named():
    message = no_display_text(check_display({"DISPLAY": "localhost:10.0"}, "linux",
                                            connect=never_answers))
    assert message.startswith("No X server answers at DISPLAY=localhost:10.0.")


def test_a_display_that_answers_passes_and_a_missing_libxcb_is_left_to_the_library_check():
    assert check_display({"DISPLAY": ":0"}, "linux", connect=lambda display: True) is None

    def no_libxcb(display):
        raise OSError("libxcb.so.1: cannot open shared object file")

    assert check_display({"DISPLAY": ":0"}, "linux", connect=no_libxcb) is None


def test_xcb_is_asked_for_a_display_without_a_server():
    try:
        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("libxcb is not installed")
    number = next(n for n in range(200, 300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    assert connect_to_x_display(f":{number}") is False


@pytest.fixture
def lone_x_server():
    """An Xvfb with no client: it resets itself whenever its last client leaves."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    number = next(n for n in range(300, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "640x480x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_x_server_does_not_reset_between_the_check_and_qt(lone_x_server):
    # Qt connects right after the check. Were the check's connection closed first, the
    # server would reset and refuse about 1 connection in 13 (Qt then aborts).
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    refused = 0
    for _ in range(60):
        assert connect_to_x_display(lone_x_server)
        qt_connection = xcb.xcb_connect(lone_x_server.encode(), None)
        refused += xcb.xcb_connection_has_error(qt_connection) != 0
        close_probe_connection()
        xcb.xcb_disconnect(qt_connection)
    assert refused == 0


def test_main_exits_with_code_4_before_qt_starts_when_no_x_server_answers(
        qapp, x11_session, monkeypatch, capsys):
    # (qapp: the words' QCoreApplication must not be this process's first application)
    def qt_must_not_start(*args, **kwargs):
        raise AssertionError("the QApplication was created although there is no display")

    monkeypatch.setattr(app, "create_application", qt_must_not_start)
    monkeypatch.setattr(platform_check, "load_library", fake_loader(set()))
    monkeypatch.setattr(display_check, "connect_to_x_display", never_answers)
    assert app.main([]) == EXIT_NO_DISPLAY == 4
    assert "No X server answers at DISPLAY=:99." in capsys.readouterr().err



def test_the_no_display_message_is_in_the_chosen_language(qapp, x11_session, monkeypatch,
                                                          capsys):
    monkeypatch.setattr(platform_check, "load_library", fake_loader(set()))
    monkeypatch.setattr(display_check, "connect_to_x_display", never_answers)
    try:
        assert app.main(["--language", "zh_CN"]) == EXIT_NO_DISPLAY
    finally:
        from tfintro_gui.ui.i18n import install_language

        install_language("en")
    said = capsys.readouterr().err
    assert "DISPLAY=:99" in said and "ssh -X" in said  # names and commands stay as they are
    assert "X 服务器" in said and "No X server" not in said


def test_a_wayland_compositor_is_used_when_its_socket_is_there(tmp_path):
    (tmp_path / "wayland-0").touch()
    session = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert check_display(session, "linux", connect=never_answers) is None
    stale = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
    message = no_display_text(check_display(stale, "linux", connect=never_answers))
    assert "no Wayland compositor listens at WAYLAND_DISPLAY=wayland-1" in message
