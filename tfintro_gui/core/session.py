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
from pathlib import Path

from tfintro_gui import __version__
from tfintro_gui.core.files import write_text_atomically

FORMAT = "tfintro-gui-session"
VERSION = 1
#: Session files larger than this are refused before they are read (bytes).
MAX_SESSION_BYTES = 200 * 1024 * 1024


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
        ValueError: not JSON, not a session of this lab, a newer version, or a panel this
            lab does not have; the message says which and what to do.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"This is not a session file: it is not valid JSON ({error.msg} at "
                         f"line {error.lineno}, column {error.colno}).") from None
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


def write_session(path: str | Path, panels: dict[str, dict]) -> Path:
    """Write the session document to ``path`` atomically.

    Raises:
        OSError: the file cannot be written; an existing file is left as it was.
        TypeError: a state cannot be saved as JSON.
    """
    return write_text_atomically(path, session_json(panels))


def read_session(path: str | Path, known_panels: tuple[str, ...]) -> dict[str, dict]:
    """Read and check a session file (see :func:`parse_session`).

    Raises:
        OSError: the file cannot be read.
        ValueError: it is too big, not UTF-8 text, or not a valid session.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_SESSION_BYTES:
        raise ValueError(f"The file is {size / 1e6:.0f} MB; a session file is at most "
                         f"{MAX_SESSION_BYTES / 1e6:.0f} MB.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError("This is not a session file: it is not UTF-8 text.") from None
    return parse_session(text, known_panels)
