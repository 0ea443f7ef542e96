"""Device set-up: where the classifier computes, the CPU split and GPU memory growth.

The view reads and writes a frozen :class:`~tfintro_gui.core.device_setup.DeviceOptions`;
the panel keeps it with ``QSettings`` and hands it to the core.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
)

from tfintro_gui.core.device_setup import MAX_CPU_LOGICAL_DEVICES, DeviceOptions

AUTOMATIC = ""  # the combo box's data of "let TensorFlow choose"


class DeviceSetupBox(QGroupBox):
    """The device set-up group of the control column.

    Signals:
        preferred_changed: the student chose another device to compute on.
        next_start_changed: the CPU split or memory growth changed (counts at a start).
        apply_requested: "Try to apply now" was clicked.
    """

    preferred_changed = Signal()
    next_start_changed = Signal()
    apply_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Device set-up (kept for the next start)"), parent)
        self.preferred_input = QComboBox()
        self.preferred_input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preferred_input.setMinimumContentsLength(8)
        self.preferred_input.setToolTip(
            self.tr("The device the classifier (and the lab's default_device()) computes on"))
        self.preferred_input.currentIndexChanged.connect(self.preferred_changed)
        self.cpu_devices_input = QSpinBox()
        self.cpu_devices_input.setRange(1, MAX_CPU_LOGICAL_DEVICES)
        self.cpu_devices_input.setToolTip(
            self.tr("tf.config.set_logical_device_configuration: split the CPU into this "
                    "many logical devices (applied at the next start)"))
        self.cpu_devices_input.valueChanged.connect(self.next_start_changed)
        self.memory_growth_input = QCheckBox(self.tr("GPU memory growth"))
        self.memory_growth_input.setToolTip(
            self.tr("tf.config.experimental.set_memory_growth(gpu, True): take GPU memory as "
                    "needed instead of nearly all of it (applied at the next start)"))
        self.memory_growth_input.toggled.connect(self.next_start_changed)
        self.apply_now_button = QPushButton(self.tr("Try to apply now"))
        self.apply_now_button.setToolTip(
            self.tr("Ask TensorFlow to apply the CPU split and memory growth now; it refuses "
                    "once its runtime has started"))
        self.apply_now_button.clicked.connect(self.apply_requested)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        form = QFormLayout(self)
        # Labels above their fields: the device names get the column's whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Classifier trains on"), self.preferred_input)
        form.addRow(self.tr("Logical CPUs"), self.cpu_devices_input)
        form.addRow(self.memory_growth_input)
        form.addRow(self.apply_now_button)
        form.addRow(self.state_label)
        self._devices_known = False  # until TensorFlow has listed its devices
        self.set_device_choices([])

    def options(self) -> DeviceOptions:
        """The choices shown now."""
        return DeviceOptions(self.preferred_input.currentData() or None,
                             self.cpu_devices_input.value(),
                             self.memory_growth_input.isChecked())

    def set_options(self, options: DeviceOptions) -> None:
        """Show ``options`` (no signal is emitted); an unlisted preferred device is added."""
        with (QSignalBlocker(self.preferred_input), QSignalBlocker(self.cpu_devices_input),
              QSignalBlocker(self.memory_growth_input)):
            self._select_preferred(options.preferred_device)
            self.cpu_devices_input.setValue(options.num_cpu_logical_devices)
            self.memory_growth_input.setChecked(options.gpu_memory_growth)

    def set_device_choices(self, names: list[str]) -> None:
        """Offer "Automatic" and ``names`` (the logical devices TensorFlow lists), keeping
        the current choice (no signal)."""
        current = self.preferred_input.currentData()
        self._devices_known = bool(names)
        with QSignalBlocker(self.preferred_input):
            self.preferred_input.clear()
            self.preferred_input.addItem(self.tr("Automatic (first GPU, else CPU)"), AUTOMATIC)
            for name in names:
                self.preferred_input.addItem(name, name)
            self._select_preferred(current or None)

    def _select_preferred(self, device: str | None) -> None:
        index = self.preferred_input.findData(device or AUTOMATIC)
        if index < 0:
            shown = (self.tr("{device} (not present now)").format(device=device)
                     if self._devices_known else device)
            self.preferred_input.addItem(shown, device)
            index = self.preferred_input.count() - 1
        self.preferred_input.setCurrentIndex(index)

    def show_state(self, in_force: DeviceOptions, current_cpus: int | None) -> None:
        """Say what is in force now and what changes at the next start."""
        choices = self.options()
        on, off = self.tr("on"), self.tr("off")
        lines = []
        if current_cpus is not None:
            lines.append(self.tr("Now: {count} logical CPU(s), memory growth {growth}.").format(
                count=current_cpus, growth=on if in_force.gpu_memory_growth else off))
        if (choices.num_cpu_logical_devices != in_force.num_cpu_logical_devices
                or choices.gpu_memory_growth != in_force.gpu_memory_growth):
            lines.append(self.tr("At the next start: {count} logical CPU(s), memory growth "
                                 "{growth} (restart needed).").format(
                count=choices.num_cpu_logical_devices,
                growth=on if choices.gpu_memory_growth else off))
        self.state_label.setText(" ".join(lines))
