"""The Devices tab: the notebook's "Num GPUs Available" line, the device table, and why
TensorFlow lists no GPU (or what it does with the GPUs it lists)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from tfintro_gui.core.devices.facts import DeviceFacts
from tfintro_gui.core.devices.report import format_bytes
from tfintro_gui.ui.devices.tables import FittedTable
from tfintro_gui.ui.devices.texts import word_reason


class NoGpuView(QScrollArea):
    """Why TensorFlow lists no GPU and what to do, one numbered reason each; or, with GPUs,
    what TensorFlow does with them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label.setAccessibleName(self.tr("Why TensorFlow lists no GPU"))
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def text(self) -> str:
        """The rich text shown."""
        return self.label.text()

    def show_facts(self, facts: DeviceFacts) -> None:
        """Word ``facts.no_gpu_reasons`` (or the GPUs' use) in the interface's language."""
        if facts.no_gpu_reasons:
            what_to_do = self.tr("What to do:")
            items = []
            for reason in facts.no_gpu_reasons:
                detected, remedy = word_reason(reason)
                items.append(f"<li>{html.escape(detected)}<br><i>{html.escape(what_to_do)}</i> "
                             f"{html.escape(remedy)}</li>")
            self.label.setText(f"<b>{html.escape(self.tr('Why TensorFlow lists no GPU'))}</b>"
                               f"<ol style='margin-left:-20px'>{''.join(items)}</ol>")
            return
        precision = (self.tr("GPU float32 matmuls may use TensorFloat-32.")
                     if facts.tensor_float_32
                     else self.tr("GPU float32 matmuls use full float32."))
        self.label.setText(
            "<b>" + self.tr("TensorFlow uses {count} GPU(s).").format(count=facts.num_gpus)
            + "</b> " + precision + " " + self.tr("Memory in use is refreshed with Refresh."))


class DevicesFactsView(QWidget):
    """The Devices tab page: GPU count, where the lab computes, the devices, the reasons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.num_gpus_label = QLabel("Num GPUs Available: …")
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.num_gpus_label.setFont(big)
        self.num_gpus_label.setAccessibleName(self.tr("Number of GPUs"))
        self.default_device_label = QLabel()
        self.default_device_label.setWordWrap(True)
        self.default_device_label.setTextFormat(Qt.TextFormat.RichText)
        self.devices_table = FittedTable(self.tr("Devices"), Qt.TextElideMode.ElideMiddle)
        self.devices_table.setMinimumHeight(90)
        self.no_gpu_view = NoGpuView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.num_gpus_label)
        layout.addWidget(self.default_device_label)
        layout.addWidget(self.devices_table)
        layout.addWidget(self.no_gpu_view, 1)
        self._show_waiting()

    def _show_waiting(self) -> None:
        # The table has its final shape (a physical and a logical CPU on most laptops)
        # while TensorFlow loads, so nothing moves when the answer comes.
        self.default_device_label.setText(self.tr("Asking TensorFlow which devices it sees…"))
        self.devices_table.set_rows(self._header(),
                                    [(self.tr("physical"), "…", "…"),
                                     (self.tr("logical"), "…", "…")])
        self.devices_table.setMaximumHeight(max(90, self.devices_table.rows_height()))

    def show_unknown(self) -> None:
        """TensorFlow could not be loaded: the GPU count is unknown."""
        self.num_gpus_label.setText("Num GPUs Available: " + self.tr("unknown"))
        self.default_device_label.setText(self.tr("TensorFlow could not be loaded, so no "
                                                  "device can be listed."))
        self.devices_table.set_rows(self._header(), [])

    def show_facts(self, facts: DeviceFacts) -> None:
        """Show what TensorFlow reported."""
        self.num_gpus_label.setText(facts.num_gpus_line)
        self.default_device_label.setText(
            self.tr("The lab computes on <b>{device}</b> · TensorFlow {version} · built with "
                    "CUDA: {cuda}").format(
                device=html.escape(facts.default_device),
                version=html.escape(facts.versions["tensorflow"]),
                cuda=self.tr("yes") if facts.build_info.get("is_cuda_build") else self.tr("no")))
        self._show_devices(facts)
        self.no_gpu_view.show_facts(facts)

    def _show_devices(self, facts: DeviceFacts) -> None:
        header = self._header()
        with_gpus = bool(facts.gpus)  # the GPU columns mean something only with a GPU
        if with_gpus:
            header += [self.tr("Model"), self.tr("Compute capability"),
                       self.tr("Memory in use"), self.tr("Peak")]
        gpus = {gpu.physical_name: gpu for gpu in facts.gpus}
        rows = []
        for entry in facts.physical_devices:
            extra = self._gpu_columns(gpus.get(entry.name)) if with_gpus else ()
            rows.append((self.tr("physical"), entry.name, entry.device_type, *extra))
        for entry in facts.logical_devices:
            extra = ("", "", "", "") if with_gpus else ()
            rows.append((self.tr("logical"), entry.name, entry.device_type, *extra))
        self.devices_table.set_rows(header, rows)
        # As tall as its rows (a few): the reasons below get the rest of the page.
        self.devices_table.setMaximumHeight(max(90, self.devices_table.rows_height()))

    def _header(self) -> list[str]:
        """The columns every device has (GPUs add theirs after them)."""
        return [self.tr("Kind"), self.tr("Name"), self.tr("Type")]

    @staticmethod
    def _gpu_columns(gpu) -> tuple[str, str, str, str]:
        if gpu is None:
            return ("—", "—", "—", "—")
        return (gpu.model or "—",
                ".".join(map(str, gpu.compute_capability)) if gpu.compute_capability else "—",
                format_bytes(gpu.memory_current_bytes), format_bytes(gpu.memory_peak_bytes))
