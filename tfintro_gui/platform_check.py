"""Before Qt starts on X11: can the libraries of Qt's xcb platform plug-in be loaded?

When one of them is missing, Qt prints "xcb-cursor0 or libxcb-cursor0 is needed…" and
aborts the process (exit code 134, a core dump on some systems). This module finds out
first and says which system packages to install, in one command.

The libraries are the ``DT_NEEDED`` entries of the plug-in PySide6 ships
(``PySide6/Qt/plugins/platforms/libqxcb.so``) and of the ``libQt6XcbQpa`` it needs, read
from their ELF headers, so the list follows PySide6's updates; :data:`REVIEWED_SONAMES`
is used where those files cannot be read (e.g. in a frozen bundle laid out differently).
Each library is loaded with :mod:`ctypes` the way the dynamic linker would find it.
Whether a display answers at all is :mod:`tfintro_gui.display_check`'s question.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import struct
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

#: The exit code of ``tfintro-gui`` when a library Qt needs for the display is missing.
EXIT_MISSING_LIBRARIES = 3

#: ``soname → (Debian/Ubuntu package, Fedora package)`` for every library the xcb plug-in
#: of PySide6 6.6–6.11 needs (``readelf -d libqxcb.so libQt6XcbQpa.so.6``), reviewed
#: against Debian 12's and Fedora 40's package contents.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}
#: What the xcb plug-in of PySide6 6.6–6.11 needs besides Qt's own libraries, used when
#: the plug-in's files cannot be read.
REVIEWED_SONAMES = tuple(PACKAGES)

_PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")
_QT_LIB = Path("Qt", "lib")
_XCB_QPA = "libQt6XcbQpa.so.6"
#: The C and C++ runtime: present wherever Python itself runs.
_SYSTEM_RUNTIME = re.compile(r"^(libc|libm|libstdc\+\+|libgcc_s|libdl|libpthread|librt)\.so")
_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NULL, _DT_NEEDED = 0, 1


@dataclass(frozen=True)
class MissingLibrary:
    """A shared library that could not be loaded.

    Attributes:
        soname: the library's file name, e.g. ``"libxcb-cursor.so.0"``.
        debian: the Debian/Ubuntu package that provides it, or None when unknown.
        fedora: the Fedora package that provides it, or None when unknown.
    """

    soname: str
    debian: str | None
    fedora: str | None


def chosen_platform(environ: dict) -> str:
    """The Qt platform plug-in ``QT_QPA_PLATFORM`` asks for first, without its options
    (``"xcb"`` for ``"xcb:nograb;wayland"``); ``""`` when unset (Qt chooses)."""
    return environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()


def needs_xcb_check(environ: dict | None = None, platform: str | None = None) -> bool:
    """True when Qt will start its xcb (X11) platform plug-in.

    That is on Linux with ``DISPLAY`` set and ``QT_QPA_PLATFORM`` unset or ``xcb``
    (options after a colon, e.g. ``xcb:nograb``, are ignored), except in a Wayland session
    (``XDG_SESSION_TYPE=wayland`` and ``WAYLAND_DISPLAY`` set), where Qt starts its Wayland
    plug-in when ``QT_QPA_PLATFORM`` is unset.

    Args:
        environ: the environment to read; default ``os.environ``.
        platform: ``sys.platform``'s value to assume; default the real one.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = chosen_platform(environ)
    wayland_session = (environ.get("XDG_SESSION_TYPE") == "wayland"
                       and bool(environ.get("WAYLAND_DISPLAY")))
    return (platform.startswith("linux") and bool(environ.get("DISPLAY"))
            and (chosen == "xcb" or (chosen == "" and not wayland_session)))


def elf_needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries (sonames) of an ELF shared object, in file order.

    Args:
        path: the ``.so`` file (32- or 64-bit, either byte order).

    Returns:
        The sonames, e.g. ``["libQt6XcbQpa.so.6", "libxcb-cursor.so.0", ...]``.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not an ELF file with a dynamic section.
    """
    data = Path(path).read_bytes()
    if data[:4] != _ELF_MAGIC:
        raise ValueError(f"{path} is not an ELF file.")
    wide = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    try:
        sections = _section_headers(data, wide, order)
        dynamic = next(section for section in sections if section[0] == _SHT_DYNAMIC)
        strings_offset = sections[dynamic[3]][1]
        return _needed_entries(data, wide, order, dynamic[1], dynamic[2], strings_offset)
    except (StopIteration, IndexError, struct.error) as error:
        raise ValueError(f"{path} has no readable dynamic section.") from error


def _section_headers(data: bytes, wide: bool, order: str) -> list[tuple[int, int, int, int]]:
    """``(type, offset, size, link)`` of every section header."""
    if wide:
        (table,) = struct.unpack_from(order + "Q", data, 0x28)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x3A)
        layout = order + "IIQQQQIIQQ"
    else:
        (table,) = struct.unpack_from(order + "I", data, 0x20)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x2E)
        layout = order + "IIIIIIIIII"
    headers = []
    for index in range(count):
        fields = struct.unpack_from(layout, data, table + index * entry_size)
        headers.append((fields[1], fields[4], fields[5], fields[6]))
    return headers


def _needed_entries(data: bytes, wide: bool, order: str, offset: int, size: int,
                    strings_offset: int) -> list[str]:
    layout = order + ("qQ" if wide else "iI")
    step = struct.calcsize(layout)
    needed = []
    for position in range(offset, offset + size, step):
        tag, value = struct.unpack_from(layout, data, position)
        if tag == _DT_NULL:
            break
        if tag == _DT_NEEDED:
            end = data.index(b"\0", strings_offset + value)
            needed.append(data[strings_offset + value:end].decode("ascii", "replace"))
    return needed


def pyside_folder() -> Path | None:
    """The installed ``PySide6`` package folder (found without importing it), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def xcb_plugin_libraries(pyside: Path | None) -> tuple[list[str], list[Path]]:
    """The system libraries Qt's xcb plug-in needs, and the folders it finds Qt's own in.

    Args:
        pyside: the ``PySide6`` package folder; None = unknown.

    Returns:
        ``(sonames, folders)``: the plug-in's and ``libQt6XcbQpa``'s ``DT_NEEDED`` entries
        without Qt's own libraries and the C/C++ runtime (:data:`REVIEWED_SONAMES` when the
        files cannot be read), and the folders the plug-in's ``RUNPATH`` points to.
    """
    folders = [pyside / _QT_LIB] if pyside is not None else []
    if getattr(sys, "_MEIPASS", None):  # a PyInstaller bundle keeps the libraries here
        folders.append(Path(sys._MEIPASS))
    try:
        if pyside is None:
            raise OSError("PySide6 was not found")
        needed = elf_needed(pyside / _PLUGIN)
        if _XCB_QPA in needed:
            needed += elf_needed(pyside / _QT_LIB / _XCB_QPA)
    except (OSError, ValueError):
        return list(REVIEWED_SONAMES), folders
    sonames = []
    for soname in needed:
        if (soname not in sonames and not soname.startswith("libQt6")
                and not _SYSTEM_RUNTIME.match(soname)):
            sonames.append(soname)
    return sonames, folders


def load_library(name: str) -> None:
    """Load a shared library as the dynamic linker would (``ctypes.CDLL``).

    Raises:
        OSError: it, or a library it needs, cannot be loaded.
    """
    ctypes.CDLL(name)


def missing_libraries(sonames: Iterable[str], folders: Iterable[Path] = (),
                      load: Callable[[str], None] | None = None) -> list[MissingLibrary]:
    """The libraries of ``sonames`` that cannot be loaded, each with its packages.

    A library found in one of ``folders`` (Qt's own ``lib`` folder, a bundle's folder) is
    loaded from there. When a library loads but one it needs does not, the one that is
    missing is named (from the loader's message).

    Args:
        sonames: e.g. ``["libxcb-cursor.so.0", "libxcb-icccm.so.4"]``.
        folders: folders searched before the system's library path.
        load: loads one library (a name or a path) or raises ``OSError``; default
            :func:`load_library`.

    Returns:
        One :class:`MissingLibrary` per missing soname, without repeats, in order.
    """
    folders = list(folders)
    load = load_library if load is None else load
    missing: dict[str, MissingLibrary] = {}
    for soname in sonames:
        local = next((folder / soname for folder in folders if (folder / soname).is_file()),
                     None)
        try:
            load(str(local) if local is not None else soname)
        except OSError as error:
            found = re.match(r"\s*(\S+\.so[.\d]*): cannot open shared object file", str(error))
            name = found.group(1) if found else soname
            debian, fedora = PACKAGES.get(name, (None, None))
            missing.setdefault(name, MissingLibrary(name, debian, fedora))
    return list(missing.values())


def distribution_family(os_release: str | None = None) -> str | None:
    """``"debian"``, ``"fedora"`` or None (unknown), from ``/etc/os-release``.

    Args:
        os_release: the file's text; default read from ``/etc/os-release``.
    """
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    words = set()
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            words.update(value.strip().strip("\"'").lower().split())
    if words & {"debian", "ubuntu"}:
        return "debian"
    if words & {"fedora", "rhel", "centos"}:
        return "fedora"
    return None


def install_commands(missing: Iterable[MissingLibrary], family: str | None) -> list[str]:
    """The command(s) that install the packages of ``missing``.

    Args:
        missing: as returned by :func:`missing_libraries`.
        family: ``"debian"``, ``"fedora"`` or None (both commands are given).

    Returns:
        ``["sudo apt-get install …"]``, ``["sudo dnf install …"]`` or both; empty when
        no missing library has a known package.
    """
    missing = list(missing)
    commands = []
    for name, command, packages in (
            ("debian", "sudo apt-get install", [library.debian for library in missing]),
            ("fedora", "sudo dnf install", [library.fedora for library in missing])):
        known = list(dict.fromkeys(package for package in packages if package))
        if known and family in (name, None):
            commands.append(f"{command} {' '.join(known)}")
    return commands


def missing_libraries_message(missing: list[MissingLibrary], family: str | None) -> str:
    """What the terminal shows when libraries are missing: which, and how to install them."""
    names = ", ".join(library.soname for library in missing)
    lines = [f"tfintro-gui cannot open its window: Qt's X11 (xcb) platform plug-in needs "
             f"{names}, which could not be loaded."]
    commands = install_commands(missing, family)
    if commands:
        lines.append("Install the missing system package(s) with:" if len(commands) == 1
                     else "Install the missing system package(s) with one of:")
        lines += [f"    {command}" for command in commands]
    unknown = [library.soname for library in missing if library.debian is None]
    if unknown:
        lines.append(f"Find the package that provides {', '.join(unknown)} with "
                     "`apt-file search NAME` (Debian/Ubuntu) or `dnf provides '*/NAME'` "
                     "(Fedora).")
    lines.append("Then start the lab again. (Headless checks work without them: "
                 "tfintro-gui --self-test.)")
    return "\n".join(lines)


def check_display_libraries(environ: dict | None = None,
                            load: Callable[[str], None] | None = None) -> str | None:
    """Check, before the ``QApplication`` exists, that Qt's xcb plug-in can start.

    Args:
        environ: the environment; default ``os.environ``.
        load: loads one library or raises ``OSError``; default :func:`load_library`.

    Returns:
        None when nothing is missing (or Qt will not use xcb); else the message for the
        terminal (see :func:`missing_libraries_message`).
    """
    if not needs_xcb_check(environ):
        return None
    sonames, folders = xcb_plugin_libraries(pyside_folder())
    missing = missing_libraries(sonames, folders, load)
    return missing_libraries_message(missing, distribution_family()) if missing else None

