"""Progress and answers per lab file, kept in the user's data folder across restarts.

One JSON file (:data:`PROGRESS_FILENAME`) holds every lab the student opened, keyed by the
lab file's resolved path and the SHA-256 of its bytes: a lab the teacher changed starts
afresh, and two copies of a lab in different folders keep apart. The file is written
atomically (:func:`tfintro_gui.core.files.write_text_atomically`); a damaged or foreign
file is not read (the student starts the lab again) and is replaced at the next save.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.core.labs.model import Lab

PROGRESS_FILENAME = "lab-progress.json"
FORMAT = "tfintro-lab-progress"
VERSION = 1
#: The most labs remembered; the ones saved longest ago are dropped first.
MAX_LABS = 50
#: A progress file larger than this is not read (bytes).
MAX_PROGRESS_BYTES = 8 * 1024 * 1024


def progress_key(lab: Lab) -> str:
    """The key of a lab's progress: ``"<resolved path>#<sha256>"``."""
    return f"{lab.path}#{lab.sha256}"


class ProgressStore:
    """The progress file in ``folder``.

    Args:
        folder: the user's data folder for the lab (the Qt side passes
            ``QStandardPaths.AppDataLocation``); created on the first save.
    """

    def __init__(self, folder: str | Path):
        self.path = Path(folder) / PROGRESS_FILENAME

    def _read(self) -> dict:
        try:
            if self.path.stat().st_size > MAX_PROGRESS_BYTES:
                return {}
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("format") != FORMAT \
                or not isinstance(document.get("labs"), dict):
            return {}
        return {key: value for key, value in document["labs"].items()
                if isinstance(value, dict)}

    def load(self, lab: Lab) -> dict | None:
        """The saved run of ``lab`` (:meth:`~.runner.LabRun.to_state`), or None."""
        entry = self._read().get(progress_key(lab))
        state = entry.get("run") if entry else None
        return state if isinstance(state, dict) else None

    def save(self, lab: Lab, run_state: dict) -> Path:
        """Keep ``run_state`` for ``lab`` (replacing the earlier one).

        Raises:
            OSError: the folder cannot be made or written; the old file is unchanged.
            TypeError: ``run_state`` holds something JSON cannot.
        """
        labs = self._read()
        labs[progress_key(lab)] = {"path": lab.path, "sha256": lab.sha256,
                                   "saved_at": time.time(), "run": run_state}
        newest = sorted(labs.items(), key=lambda item: _saved_at(item[1]), reverse=True)
        document = {"format": FORMAT, "version": VERSION, "labs": dict(newest[:MAX_LABS])}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=1)
        return write_text_atomically(self.path, text + "\n")


def _saved_at(entry: dict) -> float:
    value = entry.get("saved_at")
    return float(value) if isinstance(value, (int, float)) else 0.0
