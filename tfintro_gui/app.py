"""Command line and application start-up.

TensorFlow's environment is set before anything imports it; on X11 the libraries Qt's
platform plug-in needs, and the display, are checked before Qt starts
(:mod:`tfintro_gui.platform_check`, :mod:`tfintro_gui.display_check`).
The window paints with the panel's controls before Matplotlib and TensorFlow are
imported (after its first paint the main window has a worker thread import TensorFlow,
then Matplotlib, and then builds the plots), so the lab appears at once.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

from tfintro_gui import __version__
from tfintro_gui.core.runtime import configure_environment
from tfintro_gui.display_check import EXIT_NO_DISPLAY, check_display, close_probe_connection
from tfintro_gui.platform_check import EXIT_MISSING_LIBRARIES, check_display_libraries

PANEL_CHOICES = ("devices", "tensors", "backprop", "classifier")
LANGUAGE_CHOICES = ("en", "zh_CN")
ORGANIZATION = "tfintro-gui"
APPLICATION = "TensorFlow Intro Lab"
#: The .desktop file's name without ".desktop" (packaging/tfintro-gui.desktop).
DESKTOP_FILE_NAME = "tfintro-gui"
#: When set (to anything), the lab prints ``{"tensorflow_ready": <time.time()>}`` on stderr
#: once TensorFlow is ready (``benchmarks/bench_startup.py`` reads it).
STARTUP_TIMES_VARIABLE = "TFINTRO_GUI_STARTUP_TIMES"
#: How long the lab waits, after its window has closed, for each worker thread to end, in
#: ms (a TensorFlow import cannot be interrupted; a cold first one can take a minute).
THREADS_AT_EXIT_MS = 180_000


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser of ``tfintro-gui`` / ``python -m tfintro_gui``."""
    parser = argparse.ArgumentParser(
        prog="tfintro-gui",
        description="A desktop lab for the first lesson of TensorFlow and Keras.",
        epilog=f"Exit status: 0 done; 1 a check or screenshot failed; 2 wrong arguments; "
               f"{EXIT_MISSING_LIBRARIES} a system library Qt needs to open the window on X11 "
               f"is missing (the message names the package to install); {EXIT_NO_DISPLAY} "
               f"there is no display to open the window on.")
    parser.add_argument("--panel", choices=PANEL_CHOICES,
                        help="panel to open (default: the one used last)")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="render the window offscreen, save it as PNG and exit")
    parser.add_argument("--train-steps", metavar="N", type=int, default=0,
                        help="with --screenshot: train the classifier N steps first")
    parser.add_argument("--window-size", metavar="WIDTHxHEIGHT", type=_window_size,
                        default=(1400, 860), help="with --screenshot: the window's size in "
                                                  "pixels (default 1400x860)")
    parser.add_argument("--self-test", action="store_true",
                        help="run each panel's main action headless, print JSON (with a "
                             "message in --language beside each part), exit 0 if all passed")
    parser.add_argument("--report", action="store_true",
                        help="print a Markdown report (in --language) of versions, devices, "
                             "why there is no GPU and a quick matmul benchmark, then exit")
    parser.add_argument("--lab", metavar="FILE.tflab", type=Path,
                        help="open this lab file in the step-by-step lab pane")
    parser.add_argument("--check-lab", metavar="FILE.tflab", type=Path,
                        help="check a lab file, print a JSON verdict and exit (0 only if "
                             "valid)")
    parser.add_argument("--language", choices=LANGUAGE_CHOICES,
                        help="language of the interface and lessons (default: the one chosen "
                             "in View → Language, else the system's)")
    # Restart now (View → Language with a lab open): the session the old window saved.
    parser.add_argument("--restart-session", metavar="FILE.json", type=Path,
                        help=argparse.SUPPRESS)
    parser.add_argument("--verbose", action="store_true",
                        help="show TensorFlow's own log lines")
    parser.add_argument("--version", action="version",
                        version=f"%(prog)s {__version__}")
    return parser


#: Printed by Qt's offscreen platform for every window it shows; it says nothing useful.
_OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def _without_offscreen_notices(mode, context, message: str) -> None:
    if message != _OFFSCREEN_NOTICE:
        print(message, file=sys.stderr)


def create_application(offscreen: bool, language: str | None = None, icon: bool = True):
    """The ``QApplication`` with the lab's names (used by ``QSettings``) and language.

    Args:
        offscreen: render without a display (``QT_QPA_PLATFORM=offscreen``).
        language: ``"en"`` or ``"zh_CN"``; None = the saved choice, else the system's
            (see :mod:`tfintro_gui.ui.i18n`).
        icon: set the window icon now (False: the caller sets it later, e.g. after the
            first paint, as reading and converting its PNGs takes about 5 ms).
    """
    # "offscreen:configfile=…" (a chosen screen size) is offscreen too, and is kept.
    if offscreen and not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        qInstallMessageHandler(_without_offscreen_notices)

    # The program's name, not argv[0]: on X11 it names the window's class, which was
    # "__main__.py" when started with ``python -m tfintro_gui``.
    app = QApplication.instance() or QApplication([DESKTOP_FILE_NAME])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if icon:
        app.setWindowIcon(application_icon())
    # Wayland ignores window icons: the compositor takes the icon of this .desktop file
    # (packaging/tfintro-gui.desktop, installed by `make install-desktop`).
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from tfintro_gui.ui.i18n import chosen_language, install_language

    install_language(language or chosen_language())
    return app


def application_icon():
    """The lab's icon (a ``QIcon``) with every PNG size from ``resources/icons``.

    PNGs rather than the SVG, so the icon shows without Qt's SVG icon plug-in. A missing
    resources folder gives an empty icon: the lab still starts.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from tfintro_gui.resources import ICON_PNG_SIZES, icon_png_path

    icon = QIcon()
    try:
        for size in ICON_PNG_SIZES:
            path = icon_png_path(size)
            if path.is_file():
                icon.addFile(str(path), QSize(size, size))
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
    return icon


def create_command_application(language: str | None = None):
    """A ``QCoreApplication`` (no display needed) in ``language``, for ``--report``.

    Args:
        language: ``"en"`` or ``"zh_CN"``; None = the saved choice, else the system's.

    Returns:
        The application (an existing one is reused, with its language set).
    """
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from tfintro_gui.ui.i18n import chosen_language, install_language

    install_language(language or chosen_language())
    return app


def write_output(text: str, stream=None) -> None:
    """Write ``text`` to ``stream`` (default standard output); as UTF-8 where its encoding
    cannot hold it (a Chinese report piped on a computer whose locale is not UTF-8)."""
    stream = stream or sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
    stream.flush()


def self_test(language: str | None = None) -> int:
    """Run :func:`tfintro_gui.core.self_test.run_self_test` plus a GUI check; print JSON.

    The keys and values stay the same in every language; a ``"message"`` beside each part
    says what was found in ``language`` (see :mod:`tfintro_gui.ui.self_test_words`).

    Args:
        language: ``"en"`` or ``"zh_CN"``; None = the saved choice, else the system's.

    Returns:
        0 if every check passed, else 1.
    """
    create_application(offscreen=True, language=language)
    from tfintro_gui.core.self_test import run_self_test
    from tfintro_gui.ui.i18n import current_language
    from tfintro_gui.ui.self_test_words import add_messages, progress_text

    def say(stage: str) -> None:
        write_output(progress_text(stage) + "\n", sys.stderr)

    report = run_self_test(progress=say)
    say("window")
    report["panels"]["window"] = _window_check()
    report["ok"] = report["ok"] and report["panels"]["window"]["ok"]
    add_messages(report, current_language())
    write_output(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0 if report["ok"] else 1


def print_report(language: str | None = None) -> int:
    """Print the Devices panel's Markdown report (with the saved device set-up applied).

    Headings and explanations are in ``language``; versions, package names, paths,
    numbers, code and TensorFlow's own texts are as they are.

    Args:
        language: ``"en"`` or ``"zh_CN"``; None = the saved choice, else the system's.

    Returns:
        0 once printed; 1 if TensorFlow could not be imported.
    """
    create_command_application(language)
    from PySide6.QtCore import QSettings, qVersion

    from tfintro_gui.core.devices.report import device_report
    from tfintro_gui.ui.devices.report_words import TranslatedReportWords
    from tfintro_gui.ui.devices.settings import apply_saved_device_settings

    apply_saved_device_settings(QSettings())
    try:
        report = device_report(extra_versions={"qt": qVersion()},
                               words=TranslatedReportWords())
    except ImportError as error:
        print(error, file=sys.stderr)
        return 1
    write_output(report)
    return 0


def _window_check() -> dict:
    """Build the main window offscreen and open every panel (in the application's
    language; one is created, offscreen, if there is none)."""
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or create_application(offscreen=True)
        from PySide6 import __version__ as pyside_version

        from tfintro_gui.ui.main_window import PANEL_KEYS, MainWindow

        window = MainWindow(initial_panel="classifier", load_tensorflow=False, remember=False)
        window.show()
        for key in PANEL_KEYS:
            window.show_panel(key)
            app.processEvents()
        ok = not window.grab().isNull()
        window.close()
        return {"ok": ok, "pyside6": pyside_version}
    except Exception as error:
        return {"ok": False, "error": f"{type(error).__name__}: {error}"}


def _window_size(text: str) -> tuple[int, int]:
    """``"1280x720"`` → ``(1280, 720)``, each side 200–8000 pixels."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720") \
            from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side is 200 to 8000 pixels")
    return width, height


def main(argv: list[str] | None = None) -> int:
    """Run the lab. Returns the process exit code."""
    args = build_parser().parse_args(argv)
    configure_environment(verbose=args.verbose)
    if args.train_steps < 0:
        build_parser().error("--train-steps must be ≥ 0")
    if args.train_steps and args.screenshot is None:
        build_parser().error("--train-steps needs --screenshot (it trains before the picture)")
    if args.check_lab is not None:
        from tfintro_gui.core.labs.checking import check_lab_command

        return check_lab_command(args.check_lab)
    if args.self_test:
        return self_test(args.language)
    if args.report:
        return print_report(args.language)
    if args.screenshot is not None:
        from tfintro_gui.screenshot_command import take_screenshot

        return take_screenshot(args.screenshot, args.panel, args.train_steps, args.language,
                               args.window_size)
    if display_libraries_missing():
        return EXIT_MISSING_LIBRARIES
    no_display = check_display()
    if no_display is not None:  # Qt would abort with "could not connect to display"
        create_command_application(args.language)  # the words' language; no display needed
        from tfintro_gui.ui.display_words import no_display_text

        write_output(no_display_text(no_display) + "\n", sys.stderr)
        return EXIT_NO_DISPLAY
    # Python's cyclic garbage collector would run some 70 times while the window is built
    # (about 15 ms on a 2-core laptop) and find almost nothing: it waits for the paint.
    gc.disable()
    app = create_application(offscreen=False, language=args.language, icon=False)
    close_probe_connection()  # Qt has its own connection now
    from tfintro_gui.ui.plain_imports import plain_imports

    with plain_imports():  # the lab's modules paint sooner without PySide6's scan
        from tfintro_gui.ui.error_handler import install_exception_handlers
        from tfintro_gui.ui.main_window import MainWindow
        from tfintro_gui.ui.run_controller import wait_for_threads

        window = MainWindow(initial_panel=args.panel)
    install_exception_handlers(window)  # an uncaught error is shown, and the lab lives on
    if os.environ.get(STARTUP_TIMES_VARIABLE):
        window.tensorflow_loaded.connect(_print_tensorflow_ready_time)
    from tfintro_gui.ui.window.restart import start_again

    window.language_switch.set_restart_handler(start_again)
    from tfintro_gui.ui.first_paint import AfterFirstPaint

    AfterFirstPaint(window, lambda: _after_first_paint(app))
    window.show()
    if args.lab is not None:
        window.labs.open_lab(args.lab)
    if args.restart_session is not None:  # after the lab: the student's work wins
        window.language_switch.reopen_after_restart(args.restart_session)
    _close_on_interrupt(window)
    code = app.exec()
    gc.enable()  # in case the window closed before it was painted
    # A thread still finishing its last item (a TensorFlow import on a cold start can take
    # a minute) is joined, never cut off; the window is already gone.
    wait_for_threads(timeout_ms=THREADS_AT_EXIT_MS)
    return code


def _after_first_paint(app) -> None:
    gc.enable()
    app.setWindowIcon(application_icon())


def _print_tensorflow_ready_time(_info: dict) -> None:
    print(json.dumps({"tensorflow_ready": time.time()}), file=sys.stderr, flush=True)


def display_libraries_missing() -> bool:
    """Say in the terminal which system libraries Qt's X11 plug-in lacks, if any.

    Called before the ``QApplication`` exists: without the check Qt aborts the process
    (exit code 134) with a message that names only the first missing library. See
    :func:`tfintro_gui.platform_check.check_display_libraries`.

    Returns:
        True if a library is missing (the message was printed to stderr).
    """
    message = check_display_libraries()
    if message is not None:
        print(message, file=sys.stderr)
    return message is not None


def _close_on_interrupt(window) -> None:
    """Ctrl+C in the terminal closes the window as the Quit menu does.

    Python handles signals only between bytecodes, and Qt's event loop runs in C++, so a
    timer hands control back to Python a few times a second.
    """
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda number, frame: window.close())
    timer = QTimer(window)
    timer.timeout.connect(_let_python_handle_signals)
    timer.start(250)


def _let_python_handle_signals() -> None:
    """An empty slot: running any Python lets a pending signal handler run."""
