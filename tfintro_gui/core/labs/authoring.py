"""The teacher's side: turning what a panel shows into a lab step, and lab files into text.

File → Save as lab step… gives :func:`make_step` the current panel's session state and
the texts typed in a small form; :func:`add_step` appends the step to a new or existing
lab document, and :func:`lab_text` checks the whole document against the schema before
it is written, so a teacher never saves a lab the app would refuse.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.core.labs.reading import (
    LabFileError,
    Problem,
    document_problems,
    parse_lab_text,
    read_lab_bytes,
)
from tfintro_gui.core.labs.schema import FORMAT, LANGUAGES, VERSION

_ID_PART = re.compile(r"[^a-z0-9]+")


def new_lab(title: dict[str, str]) -> dict:
    """An empty lab document (no steps yet) with ``title`` by language."""
    return {"format": FORMAT, "version": VERSION, "title": in_every_language(title),
            "steps": []}


def in_every_language(texts: dict[str, str]) -> dict[str, str]:
    """``texts`` with every language of a lab filled: an empty or missing one takes the
    English text (or the first one given)."""
    fallback = texts.get("en") or next((value for value in texts.values() if value), "")
    return {language: texts.get(language) or fallback for language in LANGUAGES}


def make_step(panel: str, state: dict, instruction: dict[str, str],
              question: dict | None = None, lock=(), hide=(),
              step_id: str | None = None) -> dict:
    """A step document.

    Args:
        panel: the panel's key.
        state: the panel's ``session_state()`` (or a part of it); ``{}`` for none.
        instruction: Markdown by language; a missing language takes the English text.
        question: a question document (see :mod:`~.schema`), or None.
        lock, hide: control names.
        step_id: the id; None = made from the panel's key when the step is added.

    Returns:
        The step as JSON data (not yet checked: :func:`lab_text` checks the whole lab).

    Raises:
        TypeError: ``state`` cannot be written as JSON.
    """
    try:
        state = json.loads(json.dumps(state, allow_nan=False))
    except (TypeError, ValueError) as error:
        raise TypeError(f"The panel's state cannot be written as JSON: {error}") from None
    step = {"id": step_id or panel, "panel": panel,
            "instruction": in_every_language(instruction)}
    if state:
        step["state"] = state
    if lock:
        step["lock"] = list(lock)
    if hide:
        step["hide"] = list(hide)
    if question is not None:
        step["question"] = question
    return step


def add_step(document: dict, step: dict) -> dict:
    """A copy of the lab ``document`` with ``step`` appended; its id made unique."""
    steps = list(document.get("steps", []))
    taken = {existing.get("id") for existing in steps}
    base = _ID_PART.sub("-", str(step.get("id", "step")).lower()).strip("-")[:32] or "step"
    step_id, number = base, 2
    while step_id in taken:
        step_id, number = f"{base}-{number}", number + 1
    return {**document, "steps": [*steps, {**step, "id": step_id}]}


def lab_text(document: dict) -> str:
    """The lab document as the text of a ``.tflab`` file, checked first.

    Raises:
        LabFileError: the document would be refused when opened (every problem, with its
            JSON path).
    """
    problems = document_problems(document)
    if problems:
        raise LabFileError(problems)
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def read_lab_document(path: str | Path) -> dict:
    """The JSON document of an existing lab file, checked (to append a step to it).

    Raises:
        LabFileError: the file is refused.
        OSError: it cannot be read.
    """
    data = read_lab_bytes(path)
    try:
        document = parse_lab_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise LabFileError([Problem("$", "not_utf8", "The file is not UTF-8 text.")]) \
            from None
    problems = document_problems(document)
    if problems:
        raise LabFileError(problems)
    return document


def save_step(path: str | Path, step: dict, title: dict[str, str], new: bool = False) -> dict:
    """Append ``step`` to the lab at ``path`` (made with ``title`` if it does not exist,
    or if ``new``: then an existing file is replaced).

    Returns:
        The lab document written.

    Raises:
        LabFileError: the existing file, or the lab with the new step, would be refused;
            nothing is written then.
        OSError: the file cannot be read or written; it is left as it was.
    """
    path = Path(path)
    document = read_lab_document(path) if path.exists() and not new else new_lab(title)
    document = add_step(document, step)
    write_text_atomically(path, lab_text(document))
    return document
