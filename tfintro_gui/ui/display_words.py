"""The no-display message in the chosen language (context ``DisplayCheck``).

:func:`tfintro_gui.display_check.check_display` says why there is no display to open the
window on; these are its words, printed to the terminal before the lab exits with
:data:`~tfintro_gui.display_check.EXIT_NO_DISPLAY`. A ``QCoreApplication`` with the
language installed is enough to translate them: no display is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.display_check import NoDisplay

_PROBLEMS = {
    "display_not_set": QT_TRANSLATE_NOOP(
        "DisplayCheck", "There is no display to open the window on (DISPLAY is not set)."),
    "stale_wayland": QT_TRANSLATE_NOOP(
        "DisplayCheck", "There is no display to open the window on: DISPLAY is not set, and "
                        "no Wayland compositor listens at WAYLAND_DISPLAY={name}."),
    "no_x_server": QT_TRANSLATE_NOOP("DisplayCheck", "No X server answers at DISPLAY={name}."),
}
_WHAT_TO_DO = (
    QT_TRANSLATE_NOOP("DisplayCheck", "Start the lab from the desktop session (a terminal "
                                      "opened on its screen); over ssh, connect with "
                                      "`ssh -X`."),
    QT_TRANSLATE_NOOP("DisplayCheck", "Without a screen: tfintro-gui --self-test, --report or "
                                      "--screenshot FILE.png work headless."),
)


def no_display_text(problem: NoDisplay) -> str:
    """What is wrong and what to do, one sentence a line, in the installed language.

    Raises:
        KeyError: an unknown ``problem.reason``.
    """
    lines = [QCoreApplication.translate("DisplayCheck", _PROBLEMS[problem.reason]).format(
        name=problem.name)]
    lines += [QCoreApplication.translate("DisplayCheck", text) for text in _WHAT_TO_DO]
    return "\n".join(lines)
