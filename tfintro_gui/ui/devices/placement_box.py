"""Placement: ``with tf.device(...)`` on a small ``tf.matmul``, and where it really ran."""

from __future__ import annotations

import html

import lazy_loader
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton

from tfintro_gui.core.devices.demos import PlacementResult
from tfintro_gui.ui.devices.texts import word

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Characters a device name may have in the box (``/device:GPU:12`` needs 14).
MAX_DEVICE_TEXT = 40


class PlacementBox(QGroupBox):
    """The placement group of the control column.

    Signals:
        run_requested: the Run button was clicked.
    """

    run_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Placement: where does an op run?"), parent)
        self.device_input = QComboBox()
        self.device_input.setEditable(True)
        self.device_input.lineEdit().setMaxLength(MAX_DEVICE_TEXT)
        self.device_input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_input.setMinimumContentsLength(8)
        self.device_input.setToolTip(
            self.tr("with tf.device(...): pick a device or type one, e.g. /GPU:0 (TensorFlow "
                    "places the op elsewhere if that device does not exist)"))
        self.device_input.setAccessibleName("tf.device")
        self.device_input.lineEdit().setPlaceholderText(self.tr("(TensorFlow chooses)"))
        self.run_button = QPushButton(self.tr("Run tf.matmul(x, x)"))
        self.run_button.setToolTip(self.tr("Run a small op and show the device it ran on"))
        self.run_button.clicked.connect(self.run_requested)
        self.result_label = QLabel("—")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow("tf.device", self.device_input)
        form.addRow(self.run_button)
        form.addRow(self.result_label)

    def requested(self) -> str:
        """The device typed or picked; ``""`` lets TensorFlow choose."""
        return self.device_input.currentText().strip()

    def set_requested(self, device: str) -> None:
        """Type ``device`` into the box."""
        self.device_input.setCurrentText(device)

    def set_device_choices(self, names: list[str]) -> None:
        """Offer ``names`` (and ``/GPU:0``, to show soft placement), keeping what is typed."""
        typed = self.device_input.currentText()
        with QSignalBlocker(self.device_input):
            self.device_input.clear()
            self.device_input.addItem("")  # empty: let TensorFlow choose
            self.device_input.addItems(names)
            if "/GPU:0" not in names:
                self.device_input.addItem("/GPU:0")
            self.device_input.setCurrentText(typed)

    def show_result(self, result: PlacementResult) -> None:
        """Show the value, ``y.device`` and, if the op ran elsewhere, why."""
        value = html.escape(np.array2string(result.value, separator=", ").replace("\n", ""))
        text = (f"y = {value}<br>y.device = <tt>{html.escape(result.device)}</tt><br>"
                + self.tr("ran on <b>{device}</b>").format(
                    device=html.escape(result.short_device)))
        if result.note is not None:
            text += f"<br><i>{html.escape(word(result.note))}</i>"
        self.result_label.setText(text)
