"""Writing files so that a crash, a full disk or a bad path never leaves half a file.

Every writer of the lab goes through one of three functions, which all write a temporary
file in the target's folder, flush it to disk and rename it over the target with
``os.replace`` (atomic on POSIX and Windows): readers see the old file or the new one,
never a mix, and a failed write leaves the old file as it was.

- :func:`write_text_atomically` for text (sessions, notebooks, scripts, CSV);
- :func:`write_bytes_atomically` for bytes;
- :func:`write_atomically` for writers that want a path, e.g. Matplotlib's
  ``figure.savefig`` or Keras' ``model.save``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` through a temporary file.

    Args:
        path: the file to write; its folder must exist.
        text: the whole content.

    Returns:
        The path written, as a ``Path``.

    Raises:
        OSError: the folder does not exist or cannot be written, the disk is full, or
            ``path`` is a folder. Nothing is changed then.
    """
    return write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Args:
        path: the file to write; its folder must exist.
        data: the whole content.

    Returns:
        The path written, as a ``Path``.

    Raises:
        OSError: the folder does not exist or cannot be written, the disk is full, or
            ``path`` is a folder, a device or a pipe. Nothing is changed then.
    """

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as stream:
            stream.write(data)

    return write_atomically(path, write)


def write_atomically(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Let ``write`` fill a temporary file, then put it in place of ``path`` in one step.

    For writers that take a path rather than a string: ``write`` gets the path of an empty
    temporary file in the same folder, whose name ends with ``path``'s suffix (so that
    writers choosing the format by suffix, such as ``savefig``, choose the right one).
    When ``write`` returns, the file is flushed to disk and renamed over ``path``; when
    it raises, the temporary file is removed and ``path`` is left as it was.

    Example::

        write_atomically("plot.png", lambda temporary: figure.savefig(temporary, dpi=150))

    Args:
        path: the file to write; its folder must exist.
        write: writes the whole content to the path it is given (may replace the file).

    Returns:
        The path written, as a ``Path``.

    Raises:
        OSError: the folder does not exist or cannot be written, the disk is full, or
            ``path`` is a folder. Nothing is changed then.
        Exception: whatever ``write`` raises, after the temporary file is removed.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a folder, not a file", str(path))
    if path.exists() and not path.is_file():
        # A device or a pipe: a rename would replace the node itself (as root, /dev/zero).
        raise OSError(22, "Is a device or a pipe, not a file", str(path))
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}",
                                    dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        _flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _flush_to_disk(path: Path) -> None:
    """``fsync`` the file, so that a crash after the rename never leaves it empty."""
    # Windows' fsync (``_commit``) needs a handle that may write.
    descriptor = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
