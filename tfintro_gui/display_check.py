"""Before Qt starts on Linux: is there a display to open the window on?

Without one Qt prints "could not connect to display" and aborts the process (exit code
134). :func:`check_display` asks first, as Qt's xcb plug-in would (``xcb_connect``), or
looks for the Wayland compositor's socket, and says what to do instead.

The connection that answered stays open until Qt has its own
(:func:`close_probe_connection`): an X server resets itself when its last client leaves
(Xvfb and ``xvfb-run`` by default), and a connection made during that reset is refused,
so Qt, connecting right after the check, would abort about one start in thirteen on an
X server with no other client.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tfintro_gui.platform_check import chosen_platform

#: The exit code of ``tfintro-gui`` when there is no display to open the window on.
EXIT_NO_DISPLAY = 4
#: How often an X server is asked before it counts as absent, and the wait between: a
#: server that is resetting (its last client just left) refuses connections meanwhile.
CONNECT_ATTEMPTS = 3
CONNECT_RETRY_S = 0.05

#: ``(libxcb, connection)`` of the connection that answered, until Qt has its own.
_probe: tuple | None = None


@dataclass(frozen=True)
class NoDisplay:
    """Why the window cannot open; :func:`tfintro_gui.ui.display_words.no_display_text`
    words it (with what to do) in the interface's language.

    Attributes:
        reason: ``"display_not_set"``, ``"stale_wayland"`` (``WAYLAND_DISPLAY`` names a
            socket nobody listens at, and there is no ``DISPLAY``) or ``"no_x_server"``.
        name: the ``WAYLAND_DISPLAY`` or ``DISPLAY`` value concerned (``""`` for the first).
    """

    reason: str
    name: str = ""


def connect_to_x_display(display: str) -> bool:
    """True if an X server answers at ``display`` (``xcb_connect``, as Qt's plug-in does).

    A connection that answered is kept open until :func:`close_probe_connection` (see the
    module's docstring); a refused one is closed at once.

    Raises:
        OSError: ``libxcb.so.1`` cannot be loaded (the library check says which package
            to install).
    """
    global _probe
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    for _ in range(CONNECT_ATTEMPTS):
        connection = xcb.xcb_connect(display.encode(), None)  # never NULL
        if xcb.xcb_connection_has_error(connection) == 0:
            close_probe_connection()
            _probe = (xcb, connection)
            return True
        xcb.xcb_disconnect(connection)
        time.sleep(CONNECT_RETRY_S)
    return False


def close_probe_connection() -> None:
    """Close the connection :func:`connect_to_x_display` kept open, if any.

    Call it once the ``QApplication`` exists (Qt then holds its own connection).
    """
    global _probe
    if _probe is not None:
        xcb, connection = _probe
        _probe = None
        xcb.xcb_disconnect(connection)


def _wayland_socket(name: str, environ: dict) -> Path:
    """Where a Wayland compositor named ``name`` listens (an absolute path, else a socket
    in ``XDG_RUNTIME_DIR``), as libwayland-client looks for it."""
    return Path(name) if os.path.isabs(name) else Path(environ.get("XDG_RUNTIME_DIR", "/"),
                                                       name)


def check_display(environ: dict | None = None, platform: str | None = None,
                  connect: Callable[[str], bool] | None = None) -> NoDisplay | None:
    """Check, before the ``QApplication`` exists, that there is a display to open on.

    Without one, Qt prints "could not connect to display" and aborts the process (exit
    code 134). Only Linux with Qt's default or ``xcb`` platform is checked; a Wayland
    session, another ``QT_QPA_PLATFORM`` or another system is left to Qt.

    Args:
        environ: the environment; default ``os.environ``.
        platform: ``sys.platform``'s value to assume; default the real one.
        connect: answers whether an X server answers at a display name; default
            :func:`connect_to_x_display`.

    Returns:
        None when the window can open (as far as can be told); else why not.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = chosen_platform(environ)
    if not platform.startswith("linux") or chosen not in ("", "xcb"):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        wayland = environ.get("WAYLAND_DISPLAY", "")
        if chosen == "" and wayland and _wayland_socket(wayland, environ).exists():
            return None  # Qt opens the window on Wayland
        if chosen == "" and wayland:
            return NoDisplay("stale_wayland", wayland)
        return NoDisplay("display_not_set")
    try:
        if (connect or connect_to_x_display)(display):
            return None
    except OSError:
        return None  # a missing libxcb is said by check_display_libraries
    return NoDisplay("no_x_server", display)
