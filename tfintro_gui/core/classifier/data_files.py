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

import lazy_loader

from tfintro_gui.core.classifier.data import (
    MAX_ABS_COORDINATE,
    MAX_NUM_SAMPLES_PER_CLASS,
    Dataset,
)
from tfintro_gui.core.classifier.errors import (
    ClassifierInputError,
    Explanation,
    explain,
    field_name,
)
from tfintro_gui.core.files import write_text_atomically

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

MAX_ROWS = 2 * MAX_NUM_SAMPLES_PER_CLASS
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ERRORS_SHOWN = 8
HEADER = ("x", "y", "label")


class CsvFormatError(ClassifierInputError):
    """A CSV file that cannot be read as points; nothing was imported.

    Args:
        errors: ``[(line_number, explanation), …]``, line numbers counted from 1; line 0
            for a problem with the whole file.
        source: the file's name, or the explanation that names it (default "The file").

    Attributes:
        errors: the ``(line_number, explanation)`` pairs, all of them.
        details: the first :data:`MAX_ERRORS_SHOWN` problems as ``csv.line``
            explanations, then ``csv.more`` when there are more.
    """

    def __init__(self, errors: list[tuple[int, Explanation]],
                 source: str | Explanation | None = None):
        self.errors = list(errors)
        shown = [explain("csv.line", line=line, reason=reason) if line else reason
                 for line, reason in self.errors[:MAX_ERRORS_SHOWN]]
        more = len(self.errors) - MAX_ERRORS_SHOWN
        if more == 1:
            shown.append(explain("csv.more_one"))
        elif more > 1:
            shown.append(explain("csv.more", count=more))
        source = field_name("the_file") if source is None else source
        if len(self.errors) == 1:
            super().__init__("csv.refused_one", details=tuple(shown), source=source)
        else:
            super().__init__("csv.refused", details=tuple(shown), source=source,
                             count=len(self.errors))


def _quoted(text: str) -> str:
    """A cell as the message quotes it: ``'abc'``, at most 20 characters inside."""
    return repr(text[:20])


def _read_xy(cells: list[str]) -> tuple[float, float] | Explanation:
    """The coordinates of a line's first two cells, or why they are refused."""
    try:
        x, y = float(cells[0]), float(cells[1])
    except ValueError:
        return explain("csv.not_numbers", x=_quoted(cells[0]), y=_quoted(cells[1]))
    for axis, text, value in (("x", cells[0], x), ("y", cells[1], y)):
        if not math.isfinite(value):
            return explain("csv.not_finite", axis=axis, text=_quoted(text))
        if abs(value) > MAX_ABS_COORDINATE:
            return explain("csv.out_of_range", axis=axis, limit=MAX_ABS_COORDINATE,
                           text=_quoted(text))
    return x, y


def _read_row(fields: list[str], cells: list[str]) -> tuple[float, float, float] | Explanation:
    """A line's point ``(x, y, label)``, or why it is refused."""
    if len(cells) != 3:
        return explain("csv.value_count", count=len(cells), text=repr(",".join(fields)[:60]))
    xy = _read_xy(cells)
    if isinstance(xy, Explanation):
        return xy
    if cells[2] not in ("0", "1", "0.0", "1.0"):
        return explain("csv.bad_label", label=_quoted(cells[2]))
    return (*xy, float(cells[2]))


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


def parse_points_csv(text: str, source: str | None = None) -> Dataset:
    """Read points from CSV text.

    Args:
        text: lines ``x, y, label``; an optional first line ``x, y, label`` (any case);
            blank lines and lines starting with ``#`` are skipped.
        source: the file's name, used in messages (None: "The file").

    Returns:
        A :class:`Dataset`: `inputs` `(n, 2)` float32, `targets` `(n, 1)` float32.

    Raises:
        CsvFormatError: any bad line, fewer than 2 points, a single class, more than
            :data:`MAX_ROWS` points.
    """
    errors: list[tuple[int, Explanation]] = []
    rows: list[tuple[float, float, float]] = []
    for line_number, fields in _rows(text):
        if fields is None:
            errors.append((line_number, explain("csv.field_too_long",
                                                maximum=csv.field_size_limit())))
            break
        if not fields or not "".join(fields).strip() or fields[0].lstrip().startswith("#"):
            continue
        cells = [field.strip() for field in fields]
        if not rows and not errors and tuple(c.lower() for c in cells) == HEADER:
            continue
        row = _read_row(fields, cells)
        if isinstance(row, Explanation):
            errors.append((line_number, row))
            continue
        rows.append(row)
        if len(rows) > MAX_ROWS:
            errors.append((line_number, explain("csv.too_many_points", maximum=MAX_ROWS)))
            break
    if errors:
        raise CsvFormatError(errors, source)
    if len(rows) < 2:
        raise CsvFormatError([(0, explain("csv.too_few_points", count=len(rows)))], source)
    array = np.array(rows, dtype=np.float32)
    if len(np.unique(array[:, 2])) < 2:
        raise CsvFormatError([(0, explain("csv.one_class", label=int(array[0, 2])))], source)
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
            code = "csv.folder" if stat.S_ISDIR(status.st_mode) else "csv.not_regular_file"
            raise CsvFormatError([(0, explain(code))], path.name)
        size = status.st_size
        data = b""
        if size <= MAX_FILE_BYTES:
            with os.fdopen(os.dup(descriptor), "rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(descriptor)
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        size = max(size, len(data))
        raise CsvFormatError([(0, explain("csv.too_big", size=size / 2**20,
                                          limit=MAX_FILE_BYTES // 2**20))], path.name)
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
        raise CsvFormatError([(0, explain("csv.not_utf8", reason=error.reason,
                                          start=error.start))], path.name) from None
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
