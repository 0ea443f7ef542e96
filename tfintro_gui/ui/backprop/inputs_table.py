"""The Inputs box: one row per name the expression reads, with its kind, dtype and value.

Values are typed in the table (at most
:data:`~tfintro_gui.core.autodiff.limits.MAX_VALUE_TEXT` characters: the editor refuses
more); kind and dtype are chosen from lists. Every edit emits :attr:`InputsTable.edited`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tfintro_gui.core.autodiff import INPUT_DTYPES, INPUT_KINDS, InputRow
from tfintro_gui.core.autodiff.generated import is_recipe
from tfintro_gui.core.autodiff.limits import MAX_VALUE_TEXT

#: What each kind is called in the list (the data stays the core's kind key).
KIND_WORDS = {
    "variable": QT_TRANSLATE_NOOP("InputsTable", "variable"),
    "constant": QT_TRANSLATE_NOOP("InputsTable", "constant"),
    "watched": QT_TRANSLATE_NOOP("InputsTable", "watched"),
}
KIND_TOOLTIPS = {
    "variable": QT_TRANSLATE_NOOP("InputsTable",
                                  "tf.Variable: trainable, watched by the tape automatically"),
    "constant": QT_TRANSLATE_NOOP("InputsTable",
                                  "tf.constant: not watched, so its gradient is None"),
    "watched": QT_TRANSLATE_NOOP("InputsTable",
                                 "tf.constant passed to tape.watch, so the tape records it"),
}
NAME, KIND, DTYPE, VALUE = range(4)


class _ValueDelegate(QStyledItemDelegate):
    """Edits a value in a line edit that holds at most ``MAX_VALUE_TEXT`` characters."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_VALUE_TEXT)
        return editor


class _Table(QTableWidget):
    """A table that asks for no more height than its minimum (the box stretches it), so
    the control column fits a 720-pixel screen without scrolling."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())


class InputsTable(QGroupBox):
    """The inputs of the expression as a table of name, kind, dtype and value.

    Signals:
        edited(): the student changed a kind, a dtype or a value.
    """

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Inputs"), parent)
        self.table = _Table(0, 4)
        self.table.setHorizontalHeaderLabels(
            (self.tr("Name"), self.tr("Kind"), "dtype", self.tr("Value")))
        self.table.setToolTip(self.tr("The inputs the expression reads: kind, dtype and value; "
                                      "a change rebuilds the graph"))
        self.table.setAccessibleName(self.tr("Inputs"))
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(VALUE, _ValueDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (NAME, KIND, DTYPE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE:
            self.edited.emit()

    def _choice(self, choices, current: str, tooltip: str, accessible: str,
                words=None, tips=None) -> QComboBox:
        """A list of ``choices`` (keys, kept as item data), shown as ``words`` (translated)
        or as they are."""
        choice = QComboBox()
        for option in choices:
            shown = QCoreApplication.translate("InputsTable", words[option]) if words else option
            choice.addItem(shown, option)
            if tips:
                choice.setItemData(choice.count() - 1,
                                   QCoreApplication.translate("InputsTable", tips[option]),
                                   Qt.ItemDataRole.ToolTipRole)
        choice.setCurrentIndex(max(choice.findData(current), 0))
        choice.setToolTip(tooltip)
        choice.setAccessibleName(accessible)
        choice.currentIndexChanged.connect(self.edited)
        return choice

    def set_rows(self, rows) -> None:
        """Show ``rows`` (:class:`~tfintro_gui.core.autodiff.lab.InputRow`) without emitting
        :attr:`edited`."""
        table = self.table
        with QSignalBlocker(table):
            table.setRowCount(0)  # drops the old cell widgets
            table.setRowCount(len(rows))
            for position, row in enumerate(rows):
                name_item = QTableWidgetItem(row.name)
                name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name_item.setToolTip(self.tr("Input {name} of the expression").format(
                    name=row.name))
                table.setItem(position, NAME, name_item)
                table.setCellWidget(position, KIND, self._choice(
                    INPUT_KINDS, row.kind,
                    self.tr("{name}: variable, constant or watched constant (tape.watch)")
                    .format(name=row.name),
                    self.tr("{name} kind").format(name=row.name), KIND_WORDS, KIND_TOOLTIPS))
                table.setCellWidget(position, DTYPE, self._choice(
                    INPUT_DTYPES, row.dtype,
                    self.tr("{name}: dtype of the tensor (int32 gets no gradient)").format(
                        name=row.name), self.tr("{name} dtype").format(name=row.name)))
                value_item = QTableWidgetItem(row.value)
                value_item.setToolTip(f"{row.name} = {row.value[:200]}: " + (self.tr(
                    "made by TensorFlow with a fixed seed (too large to type); edit the "
                    "recipe, e.g. its seed, or type a small value instead") if is_recipe(
                    row.value) else self.tr("type a number or a list such as [[1, 2], [3, "
                                            "4]], or a recipe such as random_normal((4, "
                                            "784), seed=1)")))
                table.setItem(position, VALUE, value_item)

    def rows(self) -> tuple[InputRow, ...]:
        """The rows as shown (what the student typed and chose)."""
        table = self.table
        return tuple(InputRow(table.item(row, NAME).text(),
                              table.cellWidget(row, KIND).currentData(),
                              table.cellWidget(row, DTYPE).currentData(),
                              table.item(row, VALUE).text())
                     for row in range(table.rowCount()))

    def set_input(self, name: str, kind: str | None = None, dtype: str | None = None,
                  value: str | None = None) -> None:
        """Change one row as a user would (each change emits :attr:`edited`).

        Args:
            name: the row's input name.
            kind: a kind key (``"variable"``, ``"constant"``, ``"watched"``), not its shown
                word; dtype: a dtype name; value: the text typed. None leaves it as it is.

        Raises:
            KeyError: no row has that name, or the list offers no such kind or dtype.
        """
        for position, row in enumerate(self.rows()):
            if row.name != name:
                continue
            for column, key in ((KIND, kind), (DTYPE, dtype)):
                choice = self.table.cellWidget(position, column)
                if key is not None and choice.findData(key) < 0:
                    raise KeyError(f"{name}: no choice {key!r}.")
                if key is not None:
                    choice.setCurrentIndex(choice.findData(key))
            if value is not None:
                self.table.item(position, VALUE).setText(value)
            return
        raise KeyError(f"No input {name!r}.")
