"""The "Apply an operation" box (the core's ``OPS`` table) and the "NumPy ⇄ TensorFlow"
buttons (its ``CONVERSIONS`` table)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from tfintro_gui.core.tensors import CONVERSIONS, DTYPES, OPS
from tfintro_gui.ui.tensors.descriptions import (
    CONVERSION_DESCRIPTIONS,
    OP_DESCRIPTIONS,
    describe,
)


@dataclass(frozen=True)
class OpSettings:
    """What the Operations box holds.

    Attributes:
        op: a key of ``OPS``.
        x, y: the operands, as typed (entry names or literals).
        parameter: the axis or the new shape, as typed.
        dtype: the dtype of ``tf.cast``.
        result: the result's name.
    """

    op: str = "square"
    x: str = ""
    y: str = ""
    parameter: str = ""
    dtype: str = "float32"
    result: str = "t2"  # after the Create form's t1

    def apply_arguments(self) -> dict:
        """The arguments of ``Workspace.apply`` the operation reads."""
        spec = OPS[self.op]
        arguments = {"op": self.op, "result": self.result, "x": self.x}
        if spec.arity == 2:
            arguments["y"] = self.y
        if spec.parameter in ("axis", "shape"):
            arguments[spec.parameter] = self.parameter
        elif spec.parameter == "dtype":
            arguments["dtype"] = self.dtype
        return arguments


def _operand_input(tooltip: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setToolTip(tooltip)
    combo.setAccessibleName(name)
    return combo


class OpsForm(QGroupBox):
    """The Operations box. Emits :attr:`apply_requested` on the button or Enter."""

    apply_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Apply an operation"), parent)
        self.op_input = QComboBox()
        for key, spec in OPS.items():
            self.op_input.addItem(spec.label, key)
            self.op_input.setItemData(self.op_input.count() - 1,
                                      describe(OP_DESCRIPTIONS, key),
                                      Qt.ItemDataRole.ToolTipRole)
        self.op_input.setToolTip(
            self.tr("The TensorFlow operation to apply; the result is a new entry"))
        self.op_input.currentIndexChanged.connect(self._on_op_input_changed)
        self.x_input = _operand_input(self.tr("x: an entry's name (the selected one) or a "
                                              "number"), "x")
        self.y_input = _operand_input(self.tr("y: an entry's name or a number such as 2.0 "
                                              "(broadcast)"), "y")
        self.parameter_input = QLineEdit()
        self.parameter_input.setToolTip(self.tr("axis for tf.reduce_sum/reduce_mean (empty = "
                                                "all) or the new shape for tf.reshape"))
        self.cast_dtype_input = QComboBox()
        for dtype in DTYPES:
            self.cast_dtype_input.addItem(dtype, dtype)
        self.cast_dtype_input.setToolTip(self.tr("dtype for tf.cast(x, dtype)"))
        self.cast_dtype_input.setAccessibleName("dtype")
        self.result_input = QLineEdit()
        self.result_input.setToolTip(self.tr("Name of the result; reuse x's name for e *= d "
                                             "style"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Run the operation and store the result under the "
                                             "name (Enter in Result)"))
        self.result_input.returnPressed.connect(self.apply_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        form = QFormLayout(self)
        form.addRow(self.tr("Operation"), self.op_input)
        form.addRow("x", self.x_input)
        form.addRow("y", self.y_input)
        parameter = QHBoxLayout()
        parameter.addWidget(self.parameter_input, 1)
        parameter.addWidget(self.cast_dtype_input)
        form.addRow(self.tr("axis / shape"), parameter)
        result = QHBoxLayout()
        result.addWidget(self.result_input, 1)
        result.addWidget(self.apply_button)
        form.addRow(self.tr("Result"), result)
        self.set_settings(OpSettings())

    def settings(self) -> OpSettings:
        """What the box holds now."""
        return OpSettings(op=self.op_input.currentData(), x=self.x_input.currentText(),
                          y=self.y_input.currentText(), parameter=self.parameter_input.text(),
                          dtype=self.cast_dtype_input.currentData(),
                          result=self.result_input.text())

    def set_settings(self, settings: OpSettings) -> None:
        """Show ``settings``."""
        with QSignalBlocker(self.op_input):  # its slot runs once, below
            self.op_input.setCurrentIndex(self.op_input.findData(settings.op))
        self.x_input.setEditText(settings.x)
        self.y_input.setEditText(settings.y)
        self.parameter_input.setText(settings.parameter)
        self.cast_dtype_input.setCurrentIndex(self.cast_dtype_input.findData(settings.dtype))
        self.result_input.setText(settings.result)
        self._on_op_input_changed()

    def set_entries(self, names: list[str]) -> None:
        """Offer ``names`` as operands, keeping what is typed."""
        for combo in (self.x_input, self.y_input):
            text = combo.currentText()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItems(names)
                combo.setEditText(text)

    def suggest_result(self, free: str, taken) -> None:
        """Put ``free`` in the Result field if it is empty or holds a name in ``taken``."""
        if not self.result_input.text().strip() or self.result_input.text().strip() in taken:
            self.result_input.setText(free)

    def _on_op_input_changed(self) -> None:
        spec = OPS[self.op_input.currentData()]
        self.y_input.setEnabled(spec.arity == 2)
        self.parameter_input.setEnabled(spec.parameter in ("axis", "shape"))
        self.cast_dtype_input.setEnabled(spec.parameter == "dtype")
        placeholders = {"axis": self.tr("axis, e.g. 0 (empty = all)"),
                        "shape": self.tr("new shape, e.g. (4, 1) or (-1,)")}
        self.parameter_input.setPlaceholderText(placeholders.get(spec.parameter, ""))


class ConversionBox(QGroupBox):
    """One button per conversion, applied to the selected entry. Emits
    :attr:`convert_requested` with the conversion's key."""

    convert_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(self.tr("NumPy ⇄ TensorFlow (selected entry)"), parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        for position, (key, spec) in enumerate(CONVERSIONS.items()):
            button = QPushButton(spec.label)
            button.setToolTip(describe(CONVERSION_DESCRIPTIONS, key) + " "
                              + self.tr("Applies to the selected entry."))
            button.clicked.connect(lambda checked=False, key=key:
                                   self.convert_requested.emit(key))
            self.buttons[key] = button
            grid.addWidget(button, position // 2, position % 2)

    def set_selection(self, selected: bool) -> None:
        """Enable the buttons only while an entry is selected."""
        for button in self.buttons.values():
            button.setEnabled(selected)
