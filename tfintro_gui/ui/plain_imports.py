"""Python's own import function for a while, without PySide6's scan of each new module.

PySide6 replaces ``builtins.__import__`` with a hook that reads and scans the source of
every newly imported module, for its opt-in ``from __feature__ import …`` syntax. Nothing
in the lab, Matplotlib or TensorFlow uses that syntax, and a module imported without the
hook gets PySide6's default behaviour, the same as with it. The scan costs about 0.2 ms a
module, which adds up: measured here, 0.3–0.6 s of TensorFlow's import (about 1 900
modules) and 10–20 ms of the lab's own modules before its window paints.
"""

from __future__ import annotations

import builtins
import contextlib
import threading

from tfintro_gui import PYTHON_IMPORT

_lock = threading.Lock()
_users = 0
_hook = None


@contextlib.contextmanager
def plain_imports():
    """Python's own ``__import__`` while the body runs (and any other thread's body).

    Bodies may overlap (the GUI thread and a worker): the hook comes back when the last
    one ends. If a new hook was installed meanwhile (PySide6 imported for the first time
    inside the body), it is kept. When PySide6 was imported before the lab's package,
    :data:`tfintro_gui.PYTHON_IMPORT` is already the hook and nothing changes.
    """
    global _users, _hook
    with _lock:
        if _users == 0:
            _hook = builtins.__import__
            builtins.__import__ = PYTHON_IMPORT
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and builtins.__import__ is PYTHON_IMPORT:
                builtins.__import__ = _hook
