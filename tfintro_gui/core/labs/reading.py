"""Reading a ``.tflab`` file: every check before anything is applied.

In order: the path is a regular file (no folder, FIFO or device) of at most
:data:`MAX_LAB_BYTES`; the bytes are UTF-8; brackets nest at most :data:`MAX_NESTING`
deep (checked on the raw text, before the JSON parser could recurse); the JSON has no
duplicate keys; the document is valid against :func:`~.schema.lab_schema`; step ids are
unique; every question's probe arguments hold together and its probe gives the kind of
value the question asks for. Each problem names its JSON path (``$.steps[2].lock[0]``).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tfintro_gui.core.labs.model import Lab, lab_from_document
from tfintro_gui.core.labs.probes import PROBES, check_probe
from tfintro_gui.core.labs.schema import FORMAT, VERSION, lab_schema

#: Lab files larger than this are refused before they are read (bytes).
MAX_LAB_BYTES = 2 * 1024 * 1024
#: Deepest bracket nesting of a lab file.
MAX_NESTING = 24
#: The most problems reported for one file.
MAX_PROBLEMS = 50
#: The JSON type(s) of choice values each probe result kind accepts.
_CHOICE_KINDS = {bool: "bool", int: "number", float: "number", str: "text", type(None): "none"}
_QUESTION_NEEDS = {"number": "number", "shape": "shape", "dtype": "dtype"}


@dataclass(frozen=True)
class Problem:
    """One reason a lab file is refused.

    Attributes:
        path: where, as a JSON path: ``$`` for the whole file, ``$.steps[0].panel``…
        code: a stable code: ``not_a_file``, ``too_large``, ``not_utf8``, ``too_deep``,
            ``not_json``, ``duplicate_key``, ``newer_version``, a JSON Schema keyword
            (``type``, ``enum``, ``required``, ``additionalProperties``…),
            ``duplicate_id``, ``probe_arguments``, ``unanswerable`` or ``answer_failed``.
        message: what is wrong and what is expected, in English.
    """

    path: str
    code: str
    message: str

    def to_json(self) -> dict:
        """``{"path", "code", "message"}``."""
        return {"path": self.path, "code": self.code, "message": self.message}


class LabFileError(ValueError):
    """A lab file that is refused; ``problems`` says every reason found."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems[:MAX_PROBLEMS])
        first = self.problems[0]
        super().__init__(f"{first.path}: {first.message}" + (
            f" (and {len(self.problems) - 1} more problem(s))" if len(self.problems) > 1
            else ""))


def json_path(parts) -> str:
    """A JSON path from keys and indices: ``["steps", 0, "lock"]`` -> ``$.steps[0].lock``."""
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif str(part).isidentifier():
            path += f".{part}"
        else:
            path += f"[{json.dumps(str(part), ensure_ascii=False)}]"
    return path


@lru_cache(maxsize=1)
def _validator():
    """The schema's validator, built once. jsonschema is imported here, when the first lab
    is read, so the window's start does not pay for it."""
    from jsonschema import Draft202012Validator

    schema = lab_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def read_lab_bytes(path: str | Path) -> bytes:
    """The bytes of a lab file, read only if it is a regular file of a sane size.

    Raises:
        LabFileError: not a regular file (a folder, FIFO, device or socket) or larger
            than :data:`MAX_LAB_BYTES`.
        OSError: the file cannot be opened or read.
    """
    path = Path(path)
    info = os.stat(path)
    _check_file_info(info)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        _check_file_info(os.fstat(stream.fileno()))  # the file may have been swapped
        data = stream.read(MAX_LAB_BYTES + 1)
    if len(data) > MAX_LAB_BYTES:
        raise LabFileError([Problem("$", "too_large", _too_large(len(data)))])
    return data


def _check_file_info(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise LabFileError([Problem("$", "not_a_file", "This is not a regular file (a folder, "
                                    "pipe or device); open a .tflab file.")])
    if info.st_size > MAX_LAB_BYTES:
        raise LabFileError([Problem("$", "too_large", _too_large(info.st_size))])


def _too_large(size: int) -> str:
    return (f"The file has {size:,} bytes; a lab file is at most {MAX_LAB_BYTES:,} bytes. "
            "Is this really a lab file?")


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside JSON strings (no parsing)."""
    depth = deepest = 0
    in_string = escaped = False
    for character in text:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    document = {}
    for key, value in pairs:
        if key in document:
            raise ValueError(f"the key {key!r} appears twice in one object")
        document[key] = value
    return document


def parse_lab_text(text: str) -> dict:
    """The JSON document of a lab file's text, with nesting and duplicate keys checked.

    Raises:
        LabFileError: too deep, not JSON, or a duplicate key.
    """
    if nesting_depth(text) > MAX_NESTING:
        raise LabFileError([Problem("$", "too_deep", f"Brackets nest more than {MAX_NESTING} "
                                    "deep; a lab file is never that deep.")])
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise LabFileError([Problem("$", "not_json", f"This is not valid JSON: {error.msg} "
                                    f"(line {error.lineno}, column {error.colno}).")]) \
            from None
    except ValueError as error:
        raise LabFileError([Problem("$", "duplicate_key", f"In the JSON, {error}.")]) \
            from None


def document_problems(document) -> list[Problem]:
    """Every problem of a decoded lab document (empty when it is valid).

    The version is checked first (a newer file gets "update the lab"), then the schema,
    then what the schema cannot say: unique step ids, probe arguments that hold
    together, and probes that give the kind of value their question asks for.
    """
    if isinstance(document, dict) and document.get("format") == FORMAT:
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            return [Problem("$.version", "newer_version",
                            f"This lab was written for a newer lab (version {version}; this "
                            f"lab reads version {VERSION}). Update the lab to open it.")]
    errors = sorted(_validator().iter_errors(document),
                    key=lambda error: (json_path(error.absolute_path), error.message))
    problems = [Problem(json_path(error.absolute_path), str(error.validator),
                        error.message[:500]) for error in errors]
    if problems:
        return problems[:MAX_PROBLEMS]
    return _step_problems(document["steps"])


def _step_problems(steps: list) -> list[Problem]:
    problems, seen = [], set()
    for index, step in enumerate(steps):
        if step["id"] in seen:
            problems.append(Problem(f"$.steps[{index}].id", "duplicate_id",
                                    f"Another step has the id {step['id']!r}; ids are "
                                    "unique in a lab."))
        seen.add(step["id"])
        question = step.get("question")
        if question is not None:
            problems += _question_problems(question, f"$.steps[{index}].question")
    return problems


def _question_problems(question: dict, where: str) -> list[Problem]:
    name, args = question["probe"]["name"], question["probe"]["args"]
    problems = [Problem(f"{where}.probe.args.{field}", "probe_arguments",
                        f"The probe {name}: {message}")
                for field, message in check_probe(name, args)]
    results, kind = PROBES[name].results, question["kind"]
    if kind in _QUESTION_NEEDS and _QUESTION_NEEDS[kind] not in results:
        problems.append(Problem(f"{where}.kind", "unanswerable",
                                f"A {kind} question cannot be answered by the probe {name}, "
                                f"which gives {' or '.join(sorted(results))}."))
    for position, choice in enumerate(question.get("choices", ())):
        if _CHOICE_KINDS[type(choice["value"])] not in results:
            problems.append(Problem(
                f"{where}.choices[{position}].value", "unanswerable",
                f"The probe {name} gives {' or '.join(sorted(results))}, never "
                f"{json.dumps(choice['value'])}."))
    values = [json.dumps(choice["value"]) for choice in question.get("choices", ())]
    if len(set(values)) != len(values):
        problems.append(Problem(f"{where}.choices", "unanswerable",
                                "Two choices have the same value; each value is one answer."))
    return problems


def lab_from_text(text: str, path: str = "", sha256: str = "") -> Lab:
    """Parse and check a lab's text; return the :class:`Lab`.

    Raises:
        LabFileError: with every problem found.
    """
    document = parse_lab_text(text)
    problems = document_problems(document)
    if problems:
        raise LabFileError(problems)
    return lab_from_document(document, path, sha256)


def load_lab(path: str | Path) -> Lab:
    """Read and check a lab file.

    Args:
        path: the ``.tflab`` file.

    Returns:
        The :class:`Lab`, with its resolved path and the SHA-256 of its bytes.

    Raises:
        LabFileError: the file is refused; ``problems`` says why, with JSON paths.
        OSError: the file cannot be read.
    """
    data = read_lab_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LabFileError([Problem("$", "not_utf8", f"The file is not UTF-8 text (byte "
                                    f"{error.start}).")]) from None
    return lab_from_text(text, str(Path(path).resolve()), hashlib.sha256(data).hexdigest())
