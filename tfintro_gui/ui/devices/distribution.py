"""Distribution in miniature: numbers summed over a ``MirroredStrategy``'s replicas.

:class:`DistributionBox` (control column) takes the numbers; :class:`ReplicasView` (the
Distribution tab) shows each replica's share and partial sum, and the reduced total.
"""

from __future__ import annotations

import lazy_loader
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.devices.demos import MAX_VALUES_TEXT, MirroredSumResult
from tfintro_gui.ui.devices.tables import FittedTable

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

DEFAULT_VALUES = "[1, 2, 3, 4, 5, 6, 7, 8]"


class DistributionBox(QGroupBox):
    """The distribution group of the control column.

    Signals:
        run_requested: Sum was clicked (or Return pressed in the values).
    """

    run_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Distribution in miniature"), parent)
        self.values_input = QLineEdit(DEFAULT_VALUES)
        self.values_input.setMaxLength(MAX_VALUES_TEXT)
        self.values_input.setToolTip(
            self.tr("Numbers to sum, one share per replica, e.g. [1, 2, 3, 4]"))
        self.values_input.returnPressed.connect(self.run_requested)
        self.run_button = QPushButton(self.tr("Sum with MirroredStrategy"))
        self.run_button.setToolTip(
            self.tr("tf.distribute.MirroredStrategy over the logical CPUs: each replica sums "
                    "its share, then the partial sums are reduced"))
        self.run_button.clicked.connect(self.run_requested)
        self.summary_label = QLabel("—")
        self.summary_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Values"), self.values_input)
        form.addRow(self.run_button)
        form.addRow(self.summary_label)

    def values(self) -> str:
        """The numbers as typed."""
        return self.values_input.text()

    def set_values(self, text: str) -> None:
        """Type ``text`` into the values box."""
        self.values_input.setText(text)

    def show_result(self, result: MirroredSumResult) -> None:
        """Say the sum and over how many replicas; hint at splitting the CPU if one."""
        hint = ("" if len(result.replicas) > 1 else " " + self.tr(
            "Set Logical CPUs to 2–4 above and restart to spread it over more replicas."))
        self.summary_label.setText(
            self.tr("Sum {total} from {count} replica(s).").format(
                total=f"{result.total:g}", count=len(result.replicas)) + hint)


class ReplicasView(QWidget):
    """The Distribution tab: one row per replica, then the reduced sum."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.replicas_table = FittedTable(self.tr("Replicas"), Qt.TextElideMode.ElideMiddle)
        self.total_label = QLabel("—")
        self.total_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.replicas_table, 1)
        layout.addWidget(self.total_label)

    def show_result(self, result: MirroredSumResult) -> None:
        """Show each replica's device, share and partial sum, and the reduced total."""
        self.replicas_table.set_rows(
            (self.tr("Replica"), self.tr("Device"), self.tr("Values"), self.tr("Partial sum")),
            [(index, replica.device, np.array2string(replica.values, threshold=12),
              f"{replica.partial_sum:g}") for index, replica in enumerate(result.replicas)])
        self.total_label.setText(
            f"strategy.reduce(ReduceOp.SUM) = {result.total:g} "
            + self.tr("over {count} replica(s)").format(count=len(result.replicas)))
