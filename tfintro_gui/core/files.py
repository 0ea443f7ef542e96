"""Writing files so that a crash, a full disk or a bad path never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and a rename.

    The temporary file is made in the target's folder, flushed to disk, then renamed over
    the target with ``os.replace`` (atomic on POSIX and Windows): readers see the old
    file or the new one, never a mix, and a failed write leaves the old file as it was.

    Args:
        path: the file to write; its folder must exist.
        text: the whole content.

    Returns:
        The path written, as a ``Path``.

    Raises:
        OSError: the folder does not exist or cannot be written, the disk is full, or
            ``path`` is a folder. Nothing is changed then.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a folder, not a file", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` as :func:`write_text_atomically` writes text.

    Args:
        path: the file to write; its folder must exist.
        data: the whole content.

    Returns:
        The path written, as a ``Path``.

    Raises:
        OSError: as :func:`write_text_atomically`. Nothing is changed then.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a folder, not a file", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
