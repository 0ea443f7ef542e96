"""``tfintro-gui --check-lab FILE``: a lab file's verdict as JSON, for teachers and CI.

The file is read and checked (:func:`~.reading.load_lab`), then, unless asked not to,
every question's probe is run with TensorFlow, so a question whose answer cannot be
computed (TensorFlow refuses the operations, a value none of the choices holds) is found
before a class meets it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tfintro_gui.core.labs.answers import compute_answer
from tfintro_gui.core.labs.model import Lab
from tfintro_gui.core.labs.probes import ProbeError
from tfintro_gui.core.labs.reading import LabFileError, Problem, load_lab


def answer_problems(lab: Lab) -> tuple[list[Problem], dict]:
    """Run every question's probe.

    Returns:
        ``(problems, answers)``: a problem (code ``answer_failed``) for each question whose
        answer cannot be computed, and step id -> the real value (JSON) for the others.
    """
    problems, answers = [], {}
    for index, step in enumerate(lab.steps):
        if step.question is None:
            continue
        try:
            answers[step.id] = compute_answer(step.question).to_json()
        except ProbeError as error:
            problems.append(Problem(f"$.steps[{index}].question.probe", "answer_failed",
                                    f"The answer cannot be computed: {error}"))
    return problems, answers


def check_lab_file(path: str | Path, compute: bool = True) -> dict:
    """Check a lab file and return the verdict.

    Args:
        path: the ``.tflab`` file.
        compute: also run every probe with TensorFlow (imports TensorFlow).

    Returns:
        ``{"ok": True, "answers": {step id: value}}`` (answers only with ``compute``), or
        ``{"ok": False, "problems": [{"path", "code", "message"}…]}``.
    """
    try:
        lab = load_lab(path)
    except LabFileError as error:
        return {"ok": False, "problems": [problem.to_json() for problem in error.problems]}
    except OSError as error:
        return {"ok": False, "problems": [Problem("$", "unreadable", f"The file cannot be "
                                                  f"read: {error.strerror or error}.")
                                          .to_json()]}
    if not compute:
        return {"ok": True}
    problems, answers = answer_problems(lab)
    if problems:
        return {"ok": False, "problems": [problem.to_json() for problem in problems]}
    return {"ok": True, "answers": answers}


def check_lab_command(path: str | Path) -> int:
    """Print :func:`check_lab_file`'s verdict as JSON; return the exit code (0 if valid)."""
    verdict = check_lab_file(path)
    print(json.dumps(verdict, indent=2, ensure_ascii=False))
    sys.stdout.flush()
    return 0 if verdict["ok"] else 1
