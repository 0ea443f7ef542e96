"""The Workspace box: one row per entry (name, kind, shape, dtype, device), and Rename,
Delete (also the Delete key) and Clear all."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from tfintro_gui.core.tensors import EntryInfo, shape_code
from tfintro_gui.ui.tensors.descriptions import KIND_DESCRIPTIONS, describe
from tfintro_gui.ui.tensors.words import device_word, kind_word

COLUMNS = (QT_TRANSLATE_NOOP("WorkspaceList", "Name"),
           QT_TRANSLATE_NOOP("WorkspaceList", "Kind"),
           QT_TRANSLATE_NOOP("WorkspaceList", "Shape"),
           QT_TRANSLATE_NOOP("WorkspaceList", "Dtype"),
           QT_TRANSLATE_NOOP("WorkspaceList", "Device"))


class WorkspaceList(QGroupBox):
    """The list of entries.

    Signals:
        selection_changed(str): the selected entry's name; ``""`` when none is.
        rename_requested(str): the new name typed for the selected entry.
        delete_requested(): Delete (button or key) on the selected entry.
        clear_requested(): Clear all.
    """

    selection_changed = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Workspace"), parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("WorkspaceList", column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setToolTip(self.tr("The workspace: every tensor, variable and NumPy array "
                                      "made so far; select one to view it"))
        self.table.setAccessibleName(self.tr("Workspace"))
        self.table.setMinimumHeight(70)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.rename_input = QLineEdit()
        self.rename_input.setPlaceholderText(self.tr("new name"))
        self.rename_input.setToolTip(self.tr("New Python name for the selected entry"))
        self.rename_input.setAccessibleName(self.tr("new name"))
        self.rename_input.returnPressed.connect(self._on_rename_clicked)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Give the selected entry a new name: new_name = "
                                              "name; del name"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("del name: remove the selected entry (Delete key "
                                              "in the workspace list)"))
        self.delete_button.clicked.connect(self.delete_requested)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_key_activated)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every entry and start the code afresh"))
        self.clear_button.clicked.connect(self.clear_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_input, 1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._names: list[str] = []
        self._update_buttons()

    def show_entries(self, entries: list[EntryInfo], select: str | None) -> None:
        """Show one row per entry and select ``select`` (None: no row); no signal."""
        self._names = [info.name for info in entries]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(entries))
            for row, info in enumerate(entries):
                cells = (info.name, kind_word(info.kind), shape_code(info.shape), info.dtype,
                         device_word(info.device))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    if column == 1:
                        item.setToolTip(describe(KIND_DESCRIPTIONS, info.kind))
                    elif column == 0 and not info.reproducible:
                        item.setToolTip(self.tr("Depends on an unseeded random draw: the code "
                                                "gives other numbers when run again."))
                    self.table.setItem(row, column, item)
            self.table.clearSelection()
            if select in self._names:
                self.table.selectRow(self._names.index(select))
        self._update_buttons()

    def selected_name(self) -> str | None:
        """The selected entry's name, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self._names[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        """Select ``name`` (emits :attr:`selection_changed`)."""
        if name in self._names:
            self.table.selectRow(self._names.index(name))

    def _update_buttons(self) -> None:
        selected = self.selected_name() is not None
        for widget in (self.rename_input, self.rename_button, self.delete_button):
            widget.setEnabled(selected)
        self.clear_button.setEnabled(bool(self._names))

    def _on_table_selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit(self.selected_name() or "")

    def _on_rename_clicked(self) -> None:
        if self.selected_name() is not None:
            self.rename_requested.emit(self.rename_input.text())

    def _on_delete_key_activated(self) -> None:
        if self.selected_name() is not None:
            self.delete_requested.emit()
