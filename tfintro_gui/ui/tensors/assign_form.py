"""The "Change a variable" box: ``v.assign(x)``, ``v[slice].assign(x)``, ``assign_add``,
``assign_sub``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)


@dataclass(frozen=True)
class AssignSettings:
    """What the box holds.

    Attributes:
        target: the entry to change.
        value: the value, as typed: a literal or an entry's name.
        index: the slice, as typed; empty for the whole variable.
    """

    target: str = ""
    value: str = "tf.ones((3, 1))"  # the notebook's first assign; its slice comes next
    index: str = ""

    def assign_arguments(self, method: str) -> dict:
        """The arguments of ``Workspace.assign`` for ``method`` (only assign takes a slice)."""
        index = self.index.strip() if method == "assign" else ""
        return {"name": self.target, "value": self.value, "method": method,
                "index": index or None}


class AssignForm(QGroupBox):
    """The assign box. Emits :attr:`assign_requested` with ``"assign"``, ``"assign_add"``
    or ``"assign_sub"``."""

    assign_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(self.tr("Change a variable"), parent)
        self.target_input = QComboBox()
        self.target_input.setToolTip(self.tr("The variable to change (try a constant to see "
                                             "why it cannot be changed)"))
        self.value_input = QLineEdit()
        self.value_input.setToolTip(self.tr("The value to assign: a number, nested lists, "
                                            "the name of an entry, or a call such as "
                                            "tf.ones((3, 1))"))
        self.index_input = QLineEdit()
        self.index_input.setPlaceholderText(self.tr("e.g. 0:2, 0 (empty = all)"))
        self.index_input.setToolTip(self.tr("Slice for v[…].assign(value), NumPy style: 0:2, 0 "
                                            "or 1, : or ::2; empty = the whole variable"))
        self.assign_button = QPushButton("assign")
        self.assign_button.setToolTip(self.tr("v.assign(value), or v[slice].assign(value) when "
                                              "a slice is typed (Enter in Value or Slice)"))
        self.assign_add_button = QPushButton("assign_add")
        self.assign_add_button.setToolTip(self.tr("v.assign_add(value): v += value, in place; "
                                                  "same shape as v"))
        self.assign_sub_button = QPushButton("assign_sub")
        self.assign_sub_button.setToolTip(self.tr("v.assign_sub(value): v -= value, in place; "
                                                  "same shape as v"))
        for button, method in ((self.assign_button, "assign"),
                               (self.assign_add_button, "assign_add"),
                               (self.assign_sub_button, "assign_sub")):
            button.clicked.connect(lambda checked=False, method=method:
                                   self.assign_requested.emit(method))
        for field in (self.value_input, self.index_input):
            field.returnPressed.connect(lambda: self.assign_requested.emit("assign"))
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.assign_add_button, self.assign_sub_button):
            buttons.addWidget(button)
        form = QFormLayout(self)
        form.addRow(self.tr("Variable"), self.target_input)
        form.addRow(self.tr("Value"), self.value_input)
        form.addRow(self.tr("Slice"), self.index_input)
        form.addRow(buttons)
        hint = QLabel(self.tr("Or double-click a cell of the table to edit one element."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.set_settings(AssignSettings())

    def settings(self) -> AssignSettings:
        """What the box holds now."""
        return AssignSettings(target=self.target_input.currentText(),
                              value=self.value_input.text(), index=self.index_input.text())

    def set_settings(self, settings: AssignSettings) -> None:
        """Show ``settings``; a target that is not an entry leaves the choice as it is."""
        with QSignalBlocker(self.target_input):
            index = self.target_input.findText(settings.target)
            if index >= 0:
                self.target_input.setCurrentIndex(index)
        self.value_input.setText(settings.value)
        self.index_input.setText(settings.index)

    def set_entries(self, names: list[str], variables: list[str]) -> None:
        """Offer ``names``; keep the chosen one, else pick the newest variable."""
        chosen = self.target_input.currentText()
        with QSignalBlocker(self.target_input):
            self.target_input.clear()
            self.target_input.addItems(names)
            if chosen in names:
                self.target_input.setCurrentIndex(names.index(chosen))
            if variables and self.target_input.currentText() not in variables:
                self.target_input.setCurrentIndex(names.index(variables[-1]))
