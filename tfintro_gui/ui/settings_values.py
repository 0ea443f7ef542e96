"""Reading ``QSettings`` values that may be missing, corrupted or from another version.

The settings file is plain text a user (or a crash, or another program) can change:
``geometry=1, 2, 3`` reads back as a list, ``@Rect(0 0 -5 -5)`` as a ``QRect``, a bool as
the string ``"true"``. Every value the lab reads goes through one of these functions,
which check its type and range and return the default for anything else, so one bad
value never stops the lab from starting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QSettings

_TRUE_WORDS = ("true", "1", "yes", "on")
_FALSE_WORDS = ("false", "0", "no", "off")


def read_bool(settings: QSettings, key: str, default: bool | None) -> bool | None:
    """The bool saved at ``key``; ``default`` if missing or not a bool.

    Accepts ``True``/``False`` and the strings and numbers ``QSettings`` writes for
    them (``"true"``, ``"false"``, ``1``, ``0``).
    """
    value = settings.value(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    return default


def read_float(settings: QSettings, key: str, default: float, minimum: float,
               maximum: float) -> float:
    """The finite number in ``[minimum, maximum]`` saved at ``key``; else ``default``."""
    value = settings.value(key)
    if isinstance(value, bool) or value is None:
        return default
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    if not math.isfinite(number) or not minimum <= number <= maximum:
        return default
    return number


def read_choice(settings: QSettings, key: str, choices: Iterable[str],
                default: str | None) -> str | None:
    """The string saved at ``key`` if it is one of ``choices``; else ``default``."""
    value = settings.value(key)
    return value if isinstance(value, str) and value in tuple(choices) else default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """The bytes saved at ``key`` (e.g. ``saveGeometry()``), or None if missing or not
    bytes."""
    value = settings.value(key)
    if isinstance(value, QByteArray):
        return value if not value.isEmpty() else None
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None
