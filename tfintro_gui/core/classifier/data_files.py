"""Labelled points as CSV files: ``x, y, label`` per line, label 0 or 1.

Reading is all or nothing: every bad line is reported with its line number, and a file with
any bad line gives no data at all, so a half-read file is never trained on.
"""

from __future__ import annotations

import csv
import io
import math
import os
import stat
from pathlib import Path

import numpy as np

from tfintro_gui.core.classifier.data import (
    MAX_ABS_COORDINATE,
    MAX_NUM_SAMPLES_PER_CLASS,
    Dataset,
)
from tfintro_gui.core.files import write_text_atomically

MAX_ROWS = 2 * MAX_NUM_SAMPLES_PER_CLASS
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ERRORS_SHOWN = 8
HEADER = ("x", "y", "label")


class CsvFormatError(ValueError):
    """A CSV file that cannot be read as points.

    Attributes:
        errors: ``[(line_number, message), …]``, line numbers counted from 1; line 0 for a
            problem with the whole file.
    """

    def __init__(self, errors: list[tuple[int, str]], source: str = "The file"):
        self.errors = errors
        shown = [f"line {line}: {message}" if line else message
                 for line, message in errors[:MAX_ERRORS_SHOWN]]
        more = len(errors) - MAX_ERRORS_SHOWN
        if more > 0:
            shown.append(f"… and {more} more bad line{'s' if more > 1 else ''}")
        super().__init__(
            f"{source} was not imported ({len(errors)} problem{'s' if len(errors) > 1 else ''};"
            " nothing was changed). Expected lines 'x, y, label' with numbers x, y and a label "
            "0 or 1:\n" + "\n".join(shown))


def _number(text: str, what: str) -> float:
    value = float(text)  # ValueError for non-numbers, caught by the caller
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, got {text.strip()[:20]!r}")
    if abs(value) > MAX_ABS_COORDINATE:
        raise ValueError(f"{what} must be between {-MAX_ABS_COORDINATE:,.0f} and "
                         f"{MAX_ABS_COORDINATE:,.0f} (points are float32), got "
                         f"{text.strip()[:20]!r}; scale the data down")
    return value


def _rows(text: str):
    """``(line_number, fields)`` of each CSV record; a broken record ends the reading with
    ``(line_number, None)`` (a field over ``csv.field_size_limit()`` characters, a NUL)."""
    reader = csv.reader(io.StringIO(text))
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield reader.line_num, None
            return
        yield reader.line_num, fields


def parse_points_csv(text: str, source: str = "The file") -> Dataset:
    """Read points from CSV text.

    Args:
        text: lines ``x, y, label``; an optional first line ``x, y, label`` (any case);
            blank lines and lines starting with ``#`` are skipped.
        source: the file's name, used in messages.

    Returns:
        A :class:`Dataset`: `inputs` `(n, 2)` float32, `targets` `(n, 1)` float32.

    Raises:
        CsvFormatError: any bad line, fewer than 2 points, a single class, more than
            :data:`MAX_ROWS` points.
    """
    errors: list[tuple[int, str]] = []
    rows: list[tuple[float, float, float]] = []
    for line_number, fields in _rows(text):
        if fields is None:
            errors.append((line_number, "a field is too long or the line is not CSV text "
                                        f"(at most {csv.field_size_limit():,} characters "
                                        "per value)"))
            break
        if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
            continue
        cells = [field.strip() for field in fields]
        if not rows and not errors and tuple(c.lower() for c in cells) == HEADER:
            continue
        if len(cells) != 3:
            errors.append((line_number, f"expected 3 values (x, y, label), got {len(cells)}: "
                                        f"{','.join(fields)[:60]!r}"))
            continue
        try:
            x = _number(cells[0], "x")
            y = _number(cells[1], "y")
        except ValueError as error:
            reason = str(error) if " must be " in str(error) else (
                f"x and y must be numbers, got {cells[0][:20]!r} and {cells[1][:20]!r}")
            errors.append((line_number, reason))
            continue
        if cells[2] in ("0", "1", "0.0", "1.0"):
            rows.append((x, y, float(cells[2])))
        else:
            errors.append((line_number, f"the label must be 0 or 1, got {cells[2][:20]!r}"))
        if len(rows) > MAX_ROWS:
            errors.append((line_number, f"more than {MAX_ROWS:,} points; the lab takes at "
                                        f"most {MAX_ROWS:,}"))
            break
    if errors:
        raise CsvFormatError(errors, source)
    if len(rows) < 2:
        raise CsvFormatError([(0, f"found {len(rows)} point(s); at least 2 are needed")],
                             source)
    array = np.array(rows, dtype=np.float32)
    if len(np.unique(array[:, 2])) < 2:
        raise CsvFormatError([(0, f"every point has label {int(array[0, 2])}; a classifier "
                                  "needs points of both classes")], source)
    return Dataset(array[:, :2].copy(), array[:, 2:].copy(), source)


def _read_capped(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_FILE_BYTES`, checked before
    reading (a FIFO would block, ``/dev/zero`` never ends) and while reading (a file that
    grows)."""
    # O_NONBLOCK: opening a FIFO with no writer would wait forever; a regular file ignores it.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else \
                "not a regular file (a device, a pipe or a socket)"
            raise CsvFormatError([(0, f"it is {kind}; choose a .csv file")], path.name)
        size = status.st_size
        data = b""
        if size <= MAX_FILE_BYTES:
            with os.fdopen(os.dup(descriptor), "rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(descriptor)
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        size = max(size, len(data))
        raise CsvFormatError([(0, f"the file has {size / 2**20:.1f} MiB; the limit is "
                                  f"{MAX_FILE_BYTES // 2**20} MiB")], path.name)
    return data


def read_points_csv(path: str | Path) -> Dataset:
    """Read points from a CSV file (UTF-8, with or without a byte-order mark).

    The file's type and size are checked before it is read: a folder, a device such as
    ``/dev/zero`` or a FIFO is refused at once, and at most :data:`MAX_FILE_BYTES` are read.

    Raises:
        CsvFormatError: see :func:`parse_points_csv`; also a file over
            :data:`MAX_FILE_BYTES`, not a regular file, or not UTF-8 text.
        OSError: the file cannot be opened.
    """
    path = Path(path)
    data = _read_capped(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CsvFormatError([(0, f"not UTF-8 text ({error.reason} at byte {error.start})")],
                             path.name) from None
    dataset = parse_points_csv(text, path.name)
    return Dataset(dataset.inputs, dataset.targets, path.name)


def write_points_csv(path: str | Path, inputs: np.ndarray, targets: np.ndarray) -> None:
    """Write points as ``x,y,label`` with a header line; float32 values round-trip exactly.

    The file is replaced atomically (:func:`~tfintro_gui.core.files.write_text_atomically`):
    a failed write leaves the old file as it was.

    Args:
        path: the file to write.
        inputs: `(n, 2)`.
        targets: `(n, 1)` of 0/1.

    Raises:
        ValueError: shapes that do not match.
        OSError: the file cannot be written.
    """
    inputs = np.asarray(inputs, dtype=np.float32)
    targets = np.asarray(targets).reshape(-1)
    if inputs.ndim != 2 or inputs.shape[1] != 2 or len(targets) != len(inputs):
        raise ValueError(f"Expected inputs (n, 2) and targets (n, 1), got {inputs.shape} and "
                         f"{np.shape(targets)}.")
    lines = [",".join(HEADER)]
    lines += [f"{x!r},{y!r},{int(label > 0.5)}"
              for (x, y), label in zip(inputs.tolist(), targets.tolist(), strict=True)]
    write_text_atomically(path, "\n".join(lines) + "\n")
