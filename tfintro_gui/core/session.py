"""Session files: what every panel holds, as one JSON document (never pickle).

Layout::

    {"format": "tfintro-gui-session", "version": 1, "saved_with": "0.1.0",
     "panels": {"tensors": {...}, "backprop": {...}, "classifier": {...}}}

Each panel's object is what its ``session_state()`` returned. Reading checks the
envelope here and each panel's part in that panel's core (e.g.
:func:`tfintro_gui.core.tensors.snapshot.check_workspace_state`) before anything
changes; writing goes through a temporary file and a rename.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tfintro_gui import __version__
from tfintro_gui.core.files import write_text_atomically

FORMAT = "tfintro-gui-session"
VERSION = 1
#: Session files larger than this are refused before they are read (bytes, 200 MiB).
MAX_SESSION_BYTES = 200 * 1024 * 1024
#: The deepest nesting of JSON arrays and objects a session may have. A workspace value of
#: rank ``r`` sits about ``r + 6`` levels deep; Python's JSON reader itself gives up near
#: 1 000 levels with a ``RecursionError``.
MAX_NESTING = 100
_TOO_DEEP = object()


def session_json(panels: dict[str, dict]) -> str:
    """The session document for ``panels`` (panel key → state).

    Raises:
        TypeError: a state holds something JSON cannot (the message names the panel).
    """
    for key, state in panels.items():
        if not isinstance(state, dict):
            raise TypeError(f"The {key} panel's state is a dict, not {type(state).__name__}.")
        try:
            json.dumps(state, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise TypeError(f"The {key} panel's state cannot be saved as JSON: {error}") \
                from None
    document = {"format": FORMAT, "version": VERSION, "saved_with": __version__,
                "panels": panels}
    return json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def parse_session(text: str, known_panels: tuple[str, ...]) -> dict[str, dict]:
    """The panels' states from a session document, with the envelope checked.

    Args:
        text: the file's text.
        known_panels: the panel keys this lab has.

    Returns:
        Panel key → state (a dict), for the panels the file holds.

    Raises:
        ValueError: not JSON, nested deeper than :data:`MAX_NESTING`, not a session of
            this lab, a newer version, or a panel this lab does not have; the message says
            which and what to do.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"This is not a session file: it is not valid JSON ({error.msg} at "
                         f"line {error.lineno}, column {error.colno}).") from None
    except RecursionError:
        document = _TOO_DEEP  # nested deeper than Python's reader goes: refused just below
    if document is _TOO_DEEP or nesting_depth(document, MAX_NESTING) > MAX_NESTING:
        raise ValueError(f"This session is nested more than {MAX_NESTING} levels deep (lists "
                         "within lists); the lab never writes such a file. Open a file "
                         "saved with File → Save session.")
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        found = document.get("format") if isinstance(document, dict) else None
        raise ValueError("This JSON file is not a session of the TensorFlow Intro Lab (its "
                         f"'format' is {found!r}, expected {FORMAT!r}). Open a file saved "
                         "with File → Save session.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"The session's version {version!r} is not a whole number ≥ 1.")
    if version > VERSION:
        raise ValueError(f"This session was saved by a newer lab (session version {version}; "
                         f"this lab reads version {VERSION}). Update the lab to open it.")
    panels = document.get("panels")
    if not isinstance(panels, dict):
        raise ValueError("The session has no 'panels' object.")
    unknown = [key for key in panels if key not in known_panels]
    if unknown:
        raise ValueError(f"The session has panels this lab does not know: "
                         f"{', '.join(map(repr, unknown))}.")
    for key, state in panels.items():
        if not isinstance(state, dict):
            raise ValueError(f"The {key} panel's part of the session is not a JSON object.")
    return panels


def nesting_depth(document: object, limit: int) -> int:
    """How deeply JSON lists and dicts nest in ``document``, counting up to ``limit + 1``.

    Walks without recursion, so any depth is measured safely; stops as soon as the depth
    passes ``limit``.

    Args:
        document: a value from ``json.loads``.
        limit: the deepest nesting of interest.

    Returns:
        0 for a scalar, 1 for a flat list or dict, …; at most ``limit + 1``.
    """
    deepest, pending = 0, [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            value = list(value.values())
        elif not isinstance(value, list):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        pending.extend((item, depth + 1) for item in value
                       if isinstance(item, (list, dict)))
    return deepest


def write_session(path: str | Path, panels: dict[str, dict]) -> Path:
    """Write the session document to ``path`` atomically.

    Raises:
        OSError: the file cannot be written; an existing file is left as it was.
        TypeError: a state cannot be saved as JSON.
    """
    return write_text_atomically(path, session_json(panels))


def read_session(path: str | Path, known_panels: tuple[str, ...]) -> dict[str, dict]:
    """Read and check a session file (see :func:`parse_session`).

    The file's type and size are checked before anything is read, so a folder, a device
    such as ``/dev/zero`` or a named pipe (which would block until something writes to
    it) is refused at once, and at most :data:`MAX_SESSION_BYTES` are ever read.

    Raises:
        OSError: the file cannot be opened or read.
        ValueError: it is not a regular file, too big, not UTF-8 text, or not a valid
            session.
    """
    return parse_session(_read_text_file(Path(path), MAX_SESSION_BYTES), known_panels)


def _read_text_file(path: Path, max_bytes: int) -> str:
    """The UTF-8 text of the regular file ``path`` of at most ``max_bytes`` bytes."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer (POSIX only).
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ValueError("This is not a session file: it is not a regular file (a "
                             "folder, a device or a pipe). Open a .json file saved with "
                             "File → Save session.")
        if status.st_size > max_bytes:
            raise ValueError(_too_big(status.st_size, max_bytes))
        data = stream.read(max_bytes + 1)  # the file may have grown since fstat
    if len(data) > max_bytes:
        raise ValueError(_too_big(len(data), max_bytes))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("This is not a session file: it is not UTF-8 text.") from None


def _too_big(size: int, max_bytes: int) -> str:
    found, limit = describe_size(size), describe_size(max_bytes)
    if found == limit:  # e.g. one byte over the limit: the rounded sizes would look equal
        found, limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
    return f"The file is {found}; a session file is at most {limit}."


def describe_size(size: int) -> str:
    """A file size in words: ``"512 bytes"``, ``"3.4 KiB"``, ``"200 MiB"``, ``"1.5 GiB"``.

    Binary units (1 MiB = 1 048 576 bytes), one decimal where it is not ``.0``.
    """
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        value /= 1024
        if value < 1024 or unit == "TiB":
            break
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"
