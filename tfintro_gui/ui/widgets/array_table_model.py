"""A ``QAbstractTableModel`` over a NumPy array, after Spyder's array editor.

Values are formatted per dtype; a rank-0 array shows as one cell, rank 1 as one column,
rank 2 as rows × columns, and rank ≥ 3 as a 2-D slice chosen by :meth:`set_view` (two
axes shown, an index for every other axis). Edits are not written into the array here:
they go to an *edit handler* (the panel, which asks the core), and the model shows what
the handler returns — so a constant can refuse with TensorFlow's real error.
"""

from __future__ import annotations

from collections.abc import Callable

import lazy_loader
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Significant digits shown per float size in bytes (Spyder shows 6 for every float).
_FLOAT_DIGITS = {2: 4, 4: 6, 8: 10}
_NON_FINITE_BRUSH = QBrush(QColor("#f6c6c6"))
_ROOT = QModelIndex()

_SCALAR_HEADER = QT_TRANSLATE_NOOP("ArrayTableModel", "value")
_SCALAR_TIP = QT_TRANSLATE_NOOP("ArrayTableModel", "A scalar (rank 0) has one value.")
_ROW_TIP = QT_TRANSLATE_NOOP("ArrayTableModel", "Index {index} along axis {axis}")
_COLUMN_TIP = QT_TRANSLATE_NOOP("ArrayTableModel", "A rank-1 tensor is shown as one column.")

#: ``handler(index, text) -> new full array, or None when the edit was refused``.
EditHandler = Callable[[tuple, str], "np.ndarray | None"]


def _translate(text: str) -> str:
    return QCoreApplication.translate("ArrayTableModel", text)


def format_value(value, dtype: np.dtype) -> str:
    """Text for one element, by dtype: ``True``, ``42``, ``1.0``, ``0.333333``, ``nan``.

    Floats keep a decimal point (``1.0``, not ``1``) so that float and int tensors look
    different, as in TensorFlow's own printing.

    Args:
        value: a NumPy scalar.
        dtype: the array's dtype.

    Returns:
        The text shown in a cell.
    """
    kind = dtype.kind
    if kind == "b":
        return "True" if value else "False"
    if kind in "iu":
        return str(int(value))
    if kind == "f":
        number = float(value)
        if not np.isfinite(number):
            return "nan" if np.isnan(number) else ("inf" if number > 0 else "-inf")
        text = f"{number:.{_FLOAT_DIGITS.get(dtype.itemsize, 6)}g}"
        if all(character.isdigit() or character == "-" for character in text):
            text += ".0"
        return text
    if kind == "c":
        return f"{complex(value):.6g}"
    return str(value)


def edit_text(value, dtype: np.dtype) -> str:
    """Full-precision text for editing: ``str`` of the NumPy scalar, which round-trips."""
    if dtype.kind == "b":
        return "True" if value else "False"
    if dtype.kind in "iu":
        return str(int(value))
    if dtype.kind == "f":
        return format_value(value, dtype) if not np.isfinite(value) else str(
            dtype.type(value))
    return str(value)


class ArrayTableModel(QAbstractTableModel):
    """Shows a NumPy array in a ``QTableView``.

    Args:
        parent: the Qt parent.

    The model keeps its own copy of the array. With no edit handler it is read-only.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        # None until the first set_array: an empty table needs no NumPy before first paint.
        self._array: np.ndarray | None = None
        self._row_axis = 0
        self._column_axis = 1
        self._fixed: dict[int, int] = {}
        self._view = self._array
        self._edit_handler: EditHandler | None = None

    # -- content --------------------------------------------------------------------------
    def set_array(self, array, edit_handler: EditHandler | None = None) -> None:
        """Show ``array`` (copied); rank ≥ 3 starts on its last two axes at index 0.

        Args:
            array: any NumPy array or scalar.
            edit_handler: called with ``(index, text)`` for each cell edit, ``index`` being
                the element's full index (one int per axis); returns the new full array,
                or None when the edit was refused. None makes the model read-only.
        """
        array = np.array(array, copy=True)
        self.beginResetModel()
        self._array = array
        self._edit_handler = edit_handler
        rank = array.ndim
        self._row_axis, self._column_axis = (rank - 2, rank - 1) if rank >= 2 else (0, 1)
        self._fixed = {axis: 0 for axis in range(rank - 2)}
        self._update_view()
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (no rows, no columns, read-only)."""
        self.beginResetModel()
        self._array = self._view = None
        self._edit_handler = None
        self._fixed = {}
        self.endResetModel()

    def array(self) -> np.ndarray:
        """The whole array shown (a copy); shape (0, 0) before :meth:`set_array`."""
        return np.zeros((0, 0)) if self._array is None else self._array.copy()

    def set_view(self, row_axis: int, column_axis: int, fixed: dict[int, int]) -> None:
        """Choose which 2-D slice of a rank ≥ 3 array is shown.

        Args:
            row_axis: the axis along the table's rows.
            column_axis: the axis along the table's columns (≠ ``row_axis``).
            fixed: an index for every other axis, ``{axis: index}``.

        Raises:
            ValueError: the axes or indices do not fit the array.
        """
        rank = 0 if self._array is None else self._array.ndim
        if rank < 3:
            raise ValueError(f"set_view is for rank ≥ 3; this array has rank {rank}.")
        if not (0 <= row_axis < rank and 0 <= column_axis < rank) or row_axis == column_axis:
            raise ValueError(f"Rows and columns need two different axes in 0…{rank - 1}; got "
                             f"{row_axis} and {column_axis}.")
        others = set(range(rank)) - {row_axis, column_axis}
        if set(fixed) != others:
            raise ValueError(f"Give an index for axes {sorted(others)}; got {sorted(fixed)}.")
        for axis, index in fixed.items():
            if not 0 <= index < self._array.shape[axis]:
                raise ValueError(f"Index {index} is outside axis {axis} (size "
                                 f"{self._array.shape[axis]}).")
        self.beginResetModel()
        self._row_axis, self._column_axis = row_axis, column_axis
        self._fixed = dict(fixed)
        self._update_view()
        self.endResetModel()

    def view(self) -> tuple[int, int, dict[int, int]]:
        """``(row_axis, column_axis, fixed)`` of the slice shown."""
        return self._row_axis, self._column_axis, dict(self._fixed)

    def displayed(self) -> np.ndarray:
        """The 2-D array the table shows (rank 0 → 1×1, rank 1 → n×1)."""
        return np.zeros((0, 0)) if self._view is None else self._view

    def full_index(self, row: int, column: int) -> tuple[int, ...]:
        """The element's index in the whole array for table cell (row, column)."""
        rank = self._array.ndim
        if rank == 0:
            return ()
        if rank == 1:
            return (row,)
        index = [0] * rank
        for axis, value in self._fixed.items():
            index[axis] = value
        index[self._row_axis] = row
        index[self._column_axis] = column
        return tuple(index)

    def _update_view(self) -> None:
        array = self._array
        if array.ndim == 0:
            self._view = array.reshape(1, 1)
        elif array.ndim == 1:
            self._view = array.reshape(-1, 1)
        elif any(array.shape[axis] == 0 for axis in self._fixed):
            self._view = np.zeros((0, 0), dtype=array.dtype)
        else:
            index = [slice(None)] * array.ndim
            for axis, value in self._fixed.items():
                index[axis] = value
            view = array[tuple(index)]
            # The remaining axes keep their order; transpose if rows come after columns.
            self._view = view.T if self._row_axis > self._column_axis else view

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() or self._view is None else self._view.shape[0]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() or self._view is None else self._view.shape[1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()
                                       and 0 <= index.column() < self.columnCount()):
            return None
        value = self._view[index.row(), index.column()]
        dtype = self._array.dtype
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, dtype)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(value, dtype)
        if role == Qt.ItemDataRole.ToolTipRole:
            position = ", ".join(str(item) for item in self.full_index(index.row(),
                                                                       index.column()))
            return f"[{position}] = {edit_text(value, dtype)} ({dtype.name})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if dtype.kind == "f" and not np.isfinite(value):
                return _NON_FINITE_BRUSH
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self._array is None:
            return None
        rank = self._array.ndim
        if role == Qt.ItemDataRole.DisplayRole:
            return _translate(_SCALAR_HEADER) if rank == 0 else str(section)
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if rank == 0:
            return _translate(_SCALAR_TIP)
        if orientation == Qt.Orientation.Vertical:
            return _translate(_ROW_TIP).format(index=section,
                                               axis=self._row_axis if rank >= 2 else 0)
        if rank == 1:
            return _translate(_COLUMN_TIP)
        return _translate(_ROW_TIP).format(index=section, axis=self._column_axis)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._edit_handler is None:
            return False
        if not index.isValid() or not (0 <= index.row() < self.rowCount()
                                       and 0 <= index.column() < self.columnCount()):
            return False
        text = str(value).strip()
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # nothing changed
        new = self._edit_handler(self.full_index(index.row(), index.column()), text)
        if new is None:
            return False
        new = np.array(new, copy=True)
        if new.shape != self._array.shape:
            handler = self._edit_handler
            self.set_array(new, handler)
            return True
        self._array = new
        self._update_view()
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))
        return True

