"""The student report: the name, each question, the prediction, the real value, right or
wrong. As JSON for a teacher's script; the Qt side lays the same data out as a PDF.

Layout::

    {"format": "tfintro-lab-report", "version": 1, "student": "Li Wei",
     "lab": {"title": "…", "path": "…", "sha256": "…"}, "language": "zh_CN",
     "created": "2025-03-01T10:15:00+08:00",
     "summary": {"questions": 3, "answered": 3, "right_first_time": 2},
     "questions": [{"step": "gradient_w", "number": 1, "kind": "number",
                    "question": "…", "prediction": "2", "predictions": ["2"],
                    "real_value": 2.0, "real_value_text": "2", "right": true,
                    "value_shown": true, "shown_without_right_answer": false}]}

``prediction`` is the first try (what the student predicted before the run) and
``right`` whether that first try was right; ``predictions`` are all the tries.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.core.labs.answers import format_value
from tfintro_gui.core.labs.model import text
from tfintro_gui.core.labs.runner import LabRun

FORMAT = "tfintro-lab-report"
VERSION = 1


def report_data(run: LabRun, student_name: str, language: str = "en",
                created: datetime | None = None) -> dict:
    """The report of ``run`` as JSON data (see the module's docstring).

    Args:
        run: the student's run.
        student_name: as typed (cut to 200 characters).
        language: ``"en"`` or ``"zh_CN"``: the language of the question texts.
        created: the time of the report (default: now, local time with its offset).
    """
    lab = run.lab
    questions = []
    for number, step in enumerate(lab.question_steps(), start=1):
        question, record = step.question, run.record(step.id)
        answer = record.answer
        shown = record.value_shown and answer is not None
        real_value = answer.to_json() if shown else None
        real_text = format_value(question, answer.choice if question.kind == "choice"
                                 else answer.value, language) if shown else ""
        predictions = [_shown_prediction(question, attempt, language)
                       for attempt in record.attempts]
        questions.append({
            "step": step.id, "number": number, "kind": question.kind,
            "question": text(question.prompt, language),
            "prediction": predictions[0] if predictions else None,
            "predictions": predictions,
            "real_value": real_value, "real_value_text": real_text,
            "right": record.attempts[0]["right"] if record.attempts else None,
            "value_shown": shown,
            "shown_without_right_answer": record.revealed and not record.answered_right,
        })
    summary = run.summary()
    return {
        "format": FORMAT, "version": VERSION, "student": student_name.strip()[:200],
        "lab": {"title": text(lab.title, language), "path": lab.path, "sha256": lab.sha256},
        "language": language,
        "created": (created or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "summary": {key: summary[key] for key in ("questions", "answered",
                                                  "right_first_time")},
        "questions": questions,
    }


def _shown_prediction(question, attempt: dict, language: str) -> str:
    value = attempt.get("value")
    if question.kind == "choice" and isinstance(value, int) \
            and 0 <= value < len(question.choices):
        return format_value(question, value, language)
    return attempt["prediction"]


def report_json(data: dict) -> str:
    """The report as indented JSON text (UTF-8, Chinese kept as is)."""
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_report_json(path: str | Path, data: dict) -> Path:
    """Write the report to ``path`` atomically.

    Raises:
        OSError: the file cannot be written; an existing one is left as it was.
    """
    return write_text_atomically(path, report_json(data))
