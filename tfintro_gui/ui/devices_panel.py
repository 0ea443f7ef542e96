"""Devices panel: what TensorFlow sees on this computer, why, and how fast.

Versions, packages and devices come from :mod:`tfintro_gui.core.devices`; the matmul
benchmark runs in a worker thread driving
:meth:`~tfintro_gui.core.devices.MatmulBenchmark.run`, and the panel shows the newest
progress at most ~30 times a second. Device choices are kept with ``QSettings``
(:mod:`tfintro_gui.ui.device_settings`) and applied before TensorFlow starts.
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.device_setup import (
    MAX_CPU_LOGICAL_DEVICES,
    DeviceOptions,
    apply_device_options,
    device_options,
    set_device_options,
)
from tfintro_gui.core.devices.benchmark import MatmulBenchmark, benchmark_code, benchmark_devices
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.demos import (
    MirroredSumResult,
    PlacementResult,
    mirrored_sum_demo,
    run_placement_demo,
)
from tfintro_gui.core.devices.facts import DeviceFacts, collect_device_facts
from tfintro_gui.core.devices.matmul import (
    DEFAULT_BENCHMARK_SIZES,
    DEFAULT_REPEATS,
    MAX_BENCHMARK_SIZE,
    MAX_REPEATS,
    MIN_BENCHMARK_SIZE,
    BenchmarkProgress,
    MatmulTiming,
    speedups,
)
from tfintro_gui.core.devices.report import format_bytes, format_report
from tfintro_gui.core.runtime import versions
from tfintro_gui.ui.devices.settings import save_device_options, saved_device_options
from tfintro_gui.ui.devices_plots import BenchmarkPlots
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.message_bar import MessageBar
from tfintro_gui.ui.workers import GeneratorWorker, WorkerThread

REDRAW_INTERVAL_MS = 33  # at most ~30 updates a second, however fast the benchmark yields
RUN_KEY = "Ctrl+R"
CANCEL_KEY = "Esc"
AUTOMATIC = ""  # the combo-box data of "let TensorFlow choose"
SCREENSHOT_SIZES = "128, 256, 512, 1024"
DEFAULT_VALUES = "[1, 2, 3, 4, 5, 6, 7, 8]"
#: A notebook's first devices cell when the session split the CPU (before TF starts).
LOGICAL_CPUS_CODE = ('cpus = tf.config.list_physical_devices("CPU")\n'
                     "tf.config.set_logical_device_configuration(\n"
                     "    cpus[0], [tf.config.LogicalDeviceConfiguration()] * {count})")
LIST_DEVICES_CODE = ('gpus = tf.config.list_physical_devices("GPU")\n'
                     'print("Num GPUs Available:", len(gpus))\n'
                     "print(tf.config.list_logical_devices())")


def _fill_table(table: QTableWidget, header: tuple[str, ...], rows: list[tuple]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setRowCount(len(rows))
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row_index, column, item)
    table.resizeColumnsToContents()


def _make_table(stretch_last: bool = True) -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class DevicesPanel(Panel):
    """Versions, devices, why there is no GPU, a matmul benchmark, placement and a
    ``MirroredStrategy`` over logical CPUs, and a Markdown report of it all."""

    title = "Devices"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._facts: DeviceFacts | None = None
        self._worker: WorkerThread | None = None
        self._latest: BenchmarkProgress | None = None
        self._dirty = False
        self._timings: tuple[MatmulTiming, ...] = ()
        self._placement: PlacementResult | None = None
        self._distribution: MirroredSumResult | None = None
        self._run_started = 0.0
        self._on_run_finished: Callable[[], None] | None = None
        self._tensorflow_ready = False

        self.message_bar = MessageBar(self)
        self.plots = BenchmarkPlots(self)
        self.code_view = CodeView(self)
        self.code_view.set_code(LIST_DEVICES_CODE)
        self._build_benchmark_box()
        self._build_placement_box()
        self._build_setup_box()
        self._build_distribution_box()
        self._build_report_box()
        self._build_tabs()

        scroll = controls_column((self._benchmark_box, self._placement_box, self._setup_box,
                                  self._distribution_box, self._report_box), 370, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self._redraw_timer.timeout.connect(self._on_redraw_timer_timeout)

        self._update_versions()
        self._update_buttons()
        self.message_bar.show_message(self.tr("Loading TensorFlow… The devices, benchmark and "
                                              "demos are ready once it is."), "info")

    # -- construction ---------------------------------------------------------------------
    def _build_benchmark_box(self) -> None:
        self.sizes_input = QLineEdit(", ".join(map(str, DEFAULT_BENCHMARK_SIZES)))
        self.sizes_input.setToolTip(
            self.tr("Matrix sizes n, {minimum} to {maximum}, separated by commas; each is an "
                    "n×n @ n×n float32 product").format(minimum=MIN_BENCHMARK_SIZE,
                                                          maximum=MAX_BENCHMARK_SIZE))
        self.sizes_input.returnPressed.connect(self._on_run_clicked)
        self.repeats_input = QSpinBox()
        self.repeats_input.setRange(1, MAX_REPEATS)
        self.repeats_input.setValue(DEFAULT_REPEATS)
        self.repeats_input.setToolTip(
            self.tr("Timed products per size and device; the median is shown"))
        self.numpy_input = QCheckBox(self.tr("NumPy @ as a reference"))
        self.numpy_input.setChecked(True)
        self.numpy_input.setToolTip(self.tr("Also time NumPy's a @ b on the CPU"))
        self.benchmark_devices_label = QLabel("—")
        self.benchmark_devices_label.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run benchmark"))
        self.run_button.setToolTip(self.tr("Warm up, then time tf.matmul on each device "
                                           "({key})").format(key=RUN_KEY))
        self.run_button.clicked.connect(self._on_run_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the product being timed "
                                              "({key})").format(key=CANCEL_KEY))
        self._shortcuts = []
        for key, slot in ((RUN_KEY, self._on_run_shortcut_activated),
                          (CANCEL_KEY, self._on_cancel_clicked)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setAccessibleName(self.tr("Benchmark progress"))
        self.progress_label = QLabel(self.tr("Not run yet"))
        self.progress_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        form = QFormLayout()
        form.addRow(self.tr("Sizes n"), self.sizes_input)
        form.addRow(self.tr("Repeats"), self.repeats_input)
        form.addRow(self.tr("Devices"), self.benchmark_devices_label)
        form.addRow(self.numpy_input)
        form.addRow(buttons)
        form.addRow(self.progress_bar)
        form.addRow(self.progress_label)
        self._benchmark_box = QGroupBox(self.tr("Benchmark: float32 tf.matmul"))
        self._benchmark_box.setLayout(form)

    def _build_placement_box(self) -> None:
        self.placement_input = QComboBox()
        self.placement_input.setEditable(True)
        self.placement_input.setToolTip(
            self.tr("with tf.device(...): pick a device or type one, e.g. /GPU:0 (TensorFlow "
                    "places the op elsewhere if that device does not exist)"))
        self.placement_input.setAccessibleName("tf.device")
        self.placement_button = QPushButton("Run tf.matmul(x, x)")
        self.placement_button.setToolTip(
            self.tr("Run a small op and show the device it ran on"))
        self.placement_button.clicked.connect(self._on_placement_clicked)
        self.placement_label = QLabel("—")
        self.placement_label.setWordWrap(True)
        self.placement_label.setTextFormat(Qt.TextFormat.RichText)
        self.placement_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow("tf.device", self.placement_input)
        form.addRow(self.placement_button)
        form.addRow(self.placement_label)
        self._placement_box = QGroupBox(self.tr("Placement: where does an op run?"))
        self._placement_box.setLayout(form)

    def _build_setup_box(self) -> None:
        saved = saved_device_options()
        self.preferred_input = QComboBox()
        self.preferred_input.setToolTip(
            self.tr("The device the classifier (and the lab's default_device()) computes on"))
        self.preferred_input.addItem(self.tr("Automatic (first GPU, else CPU)"), AUTOMATIC)
        if saved.preferred_device:
            self.preferred_input.addItem(saved.preferred_device, saved.preferred_device)
            self.preferred_input.setCurrentIndex(1)
        self.preferred_input.currentIndexChanged.connect(self._on_preferred_input_changed)
        self.cpu_devices_input = QSpinBox()
        self.cpu_devices_input.setRange(1, MAX_CPU_LOGICAL_DEVICES)
        self.cpu_devices_input.setValue(saved.num_cpu_logical_devices)
        self.cpu_devices_input.setToolTip(
            self.tr("tf.config.set_logical_device_configuration: split the CPU into this "
                    "many logical devices (applied at the next start)"))
        self.cpu_devices_input.valueChanged.connect(self._on_next_start_input_changed)
        self.memory_growth_input = QCheckBox(self.tr("GPU memory growth"))
        self.memory_growth_input.setChecked(saved.gpu_memory_growth)
        self.memory_growth_input.setToolTip(
            self.tr("tf.config.experimental.set_memory_growth(gpu, True): take GPU memory as "
                    "needed instead of nearly all of it (applied at the next start)"))
        self.memory_growth_input.toggled.connect(self._on_next_start_input_changed)
        self.apply_now_button = QPushButton(self.tr("Try to apply now"))
        self.apply_now_button.setToolTip(
            self.tr("Ask TensorFlow to apply the CPU split and memory growth now; it refuses "
                    "once its runtime has started"))
        self.apply_now_button.clicked.connect(self._on_apply_now_clicked)
        self.setup_label = QLabel()
        self.setup_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Classifier trains on"), self.preferred_input)
        form.addRow(self.tr("Logical CPUs"), self.cpu_devices_input)
        form.addRow(self.memory_growth_input)
        form.addRow(self.apply_now_button)
        form.addRow(self.setup_label)
        self._setup_box = QGroupBox(self.tr("Device set-up (kept for the next start)"))
        self._setup_box.setLayout(form)
        self._update_setup_label()

    def _build_distribution_box(self) -> None:
        self.values_input = QLineEdit(DEFAULT_VALUES)
        self.values_input.setToolTip(
            self.tr("Numbers to sum, one share per replica, e.g. [1, 2, 3, 4]"))
        self.values_input.returnPressed.connect(self._on_distribute_clicked)
        self.distribute_button = QPushButton(self.tr("Sum with MirroredStrategy"))
        self.distribute_button.setToolTip(
            self.tr("tf.distribute.MirroredStrategy over the logical CPUs: each replica sums "
                    "its share, then the partial sums are reduced"))
        self.distribute_button.clicked.connect(self._on_distribute_clicked)
        self.distribution_label = QLabel("—")
        self.distribution_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Values"), self.values_input)
        form.addRow(self.distribute_button)
        form.addRow(self.distribution_label)
        self._distribution_box = QGroupBox(self.tr("Distribution in miniature"))
        self._distribution_box.setLayout(form)

    def _build_report_box(self) -> None:
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Ask TensorFlow again (devices, GPU memory in use)"))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.copy_report_button = QPushButton(self.tr("Copy report"))
        self.copy_report_button.setToolTip(self.tr("Copy everything shown here as Markdown"))
        self.copy_report_button.clicked.connect(self._on_copy_report_clicked)
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.setToolTip(
            self.tr("Save everything shown here as a Markdown file"))
        self.save_report_button.clicked.connect(self._on_save_report_clicked)
        layout = QHBoxLayout()
        for button in (self.refresh_button, self.copy_report_button, self.save_report_button):
            layout.addWidget(button)
        self._report_box = QGroupBox(self.tr("Report"))
        self._report_box.setLayout(layout)

    def _build_tabs(self) -> None:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.num_gpus_label = QLabel("Num GPUs Available: …")
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.num_gpus_label.setFont(big)
        self.default_device_label = QLabel()
        self.default_device_label.setWordWrap(True)
        self.devices_table = _make_table()
        self.devices_table.setMinimumHeight(90)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        reasons_scroll = QScrollArea()
        reasons_scroll.setWidget(self.reasons_label)
        reasons_scroll.setWidgetResizable(True)
        reasons_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        devices_page = QWidget()
        devices_layout = QVBoxLayout(devices_page)
        header = QHBoxLayout()
        header.addWidget(self.num_gpus_label)
        header.addWidget(self.default_device_label, 1)
        devices_layout.addLayout(header)
        devices_layout.addWidget(self.devices_table, 1)
        devices_layout.addWidget(reasons_scroll, 1)

        self.versions_table = _make_table()
        self.packages_table = _make_table()
        self.timings_table = _make_table()
        self.replicas_table = _make_table()
        for table, name in ((self.devices_table, self.tr("Devices")),
                            (self.versions_table, self.tr("Versions")),
                            (self.packages_table, self.tr("Packages")),
                            (self.timings_table, self.tr("Timings")),
                            (self.replicas_table, self.tr("Replicas"))):
            table.setAccessibleName(name)
        self.replicas_total_label = QLabel("—")
        distribution_page = QWidget()
        distribution_layout = QVBoxLayout(distribution_page)
        distribution_layout.addWidget(self.replicas_table, 1)
        distribution_layout.addWidget(self.replicas_total_label)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setFont(fixed)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setAccessibleName(self.tr("Report"))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(devices_page, self.tr("Devices"))
        self.tabs.addTab(self.versions_table, self.tr("Versions"))
        self.tabs.addTab(self.packages_table, self.tr("Packages"))
        self.tabs.addTab(self.timings_table, self.tr("Timings"))
        self.tabs.addTab(distribution_page, self.tr("Distribution"))
        self.tabs.addTab(self.code_view, self.tr("Code"))
        self.tabs.addTab(self.report_view, self.tr("Report"))

    # -- Panel interface ------------------------------------------------------------------
    def tensorflow_ready(self, info: dict) -> None:
        self._tensorflow_ready = True
        self.message_bar.clear()
        self._refresh_facts()
        self._update_buttons()

    def tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so no device can be listed or timed.")
            + f"\n{message}", "error")
        self.num_gpus_label.setText("Num GPUs Available: " + self.tr("unknown"))

    def shutdown(self) -> None:
        self._stop_worker()
        self._redraw_timer.stop()

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        self.tabs.setCurrentIndex(0)
        if not self._tensorflow_ready:
            on_ready()
            return
        self._on_placement_clicked()  # TensorFlow chooses the device
        self.sizes_input.setText(SCREENSHOT_SIZES)
        self._on_run_finished = on_ready
        self._on_run_clicked()
        if not self.is_running():  # the run could not start; its message is shown
            callback, self._on_run_finished = self._on_run_finished, None
            if callback is not None:
                callback()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The device listing, then the placement and distribution demos run here.

        The benchmark is left out: its timings are this computer's, and it takes long.
        """
        if self._facts is None:
            return []
        cells = [("code", LIST_DEVICES_CODE)]
        cpus = [name for name in (self._distribution.devices if self._distribution else ())
                if "CPU" in name.upper()]
        if len(cpus) > 1:  # the demo ran on a split CPU: split it in the notebook too
            cells.insert(0, ("code", LOGICAL_CPUS_CODE.format(count=len(cpus))))
        for result in (self._placement, self._distribution):
            if result is not None:
                cells.append(("code", result.code))
        return cells

    # -- state ----------------------------------------------------------------------------
    @property
    def facts(self) -> DeviceFacts | None:
        """What TensorFlow reported at the last refresh; None before it is loaded."""
        return self._facts

    @property
    def timings(self) -> tuple[MatmulTiming, ...]:
        """The benchmark timings shown now."""
        return self._timings

    @property
    def placement(self) -> PlacementResult | None:
        return self._placement

    @property
    def distribution(self) -> MirroredSumResult | None:
        return self._distribution

    def is_running(self) -> bool:
        """True from Run until the run's end is handled here (its thread may end sooner)."""
        return self._worker is not None

    def report_text(self) -> str:
        """The Markdown report of everything shown; empty before TensorFlow is loaded."""
        if self._facts is None:
            return ""
        return format_report(self._facts, self._timings, self._placement, self._distribution,
                             extra_versions={"qt": qVersion()})

    def _update_buttons(self) -> None:
        ready = self._tensorflow_ready and self._facts is not None
        running = self.is_running()
        for widget in (self.run_button, self.sizes_input, self.repeats_input,
                       self.numpy_input, self.placement_button, self.distribute_button,
                       self.apply_now_button, self.refresh_button):
            widget.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        for button in (self.copy_report_button, self.save_report_button):
            button.setEnabled(ready)

    # -- facts ----------------------------------------------------------------------------
    def _refresh_facts(self) -> None:
        try:
            self._facts = collect_device_facts()
        except Exception as error:  # TensorFlow's own failures are shown, never a crash
            self.message_bar.show_message(
                self.tr("TensorFlow could not list its devices: {error}").format(
                    error=f"{type(error).__name__}: {error}"), "error")
            return
        self._update_devices()
        self._update_versions()
        self._update_device_choices()
        self._update_setup_label()
        self._update_report()

    def _update_devices(self) -> None:
        facts = self._facts
        self.num_gpus_label.setText(facts.num_gpus_line)
        self.default_device_label.setText(
            self.tr("The lab computes on <b>{device}</b> · TensorFlow {version} · built with "
                    "CUDA: {cuda}").format(
                device=html.escape(facts.default_device),
                version=html.escape(facts.versions["tensorflow"]),
                cuda=self.tr("yes") if facts.build_info.get("is_cuda_build") else self.tr("no")))
        gpus = {gpu.physical_name: gpu for gpu in facts.gpus}
        rows = []
        for entry in facts.physical_devices:
            gpu = gpus.get(entry.name)
            rows.append((self.tr("physical"), entry.name, entry.device_type,
                         gpu.model if gpu and gpu.model else "—",
                         ".".join(map(str, gpu.compute_capability))
                         if gpu and gpu.compute_capability else "—",
                         format_bytes(gpu.memory_current_bytes) if gpu else "—",
                         format_bytes(gpu.memory_peak_bytes) if gpu else "—"))
        for entry in facts.logical_devices:
            rows.append((self.tr("logical"), entry.name, entry.device_type, "", "", "", ""))
        _fill_table(self.devices_table, (self.tr("Kind"), self.tr("Name"), self.tr("Type"),
                                         self.tr("Model"), self.tr("Compute capability"),
                                         self.tr("Memory in use"), self.tr("Peak")), rows)
        if facts.no_gpu_reasons:
            what_to_do, why = self.tr("What to do:"), self.tr("Why TensorFlow lists no GPU")
            items = "".join(
                f"<li>{html.escape(reason.explanation)}<br><i>{what_to_do}</i> "
                f"{html.escape(reason.remedy)}</li>" for reason in facts.no_gpu_reasons)
            self.reasons_label.setText(
                f"<b>{why}</b>"
                f"<ol style='margin-left:-20px'>{items}</ol>")
        else:
            precision = (self.tr("GPU float32 matmuls may use TensorFloat-32.")
                         if facts.tensor_float_32
                         else self.tr("GPU float32 matmuls use full float32."))
            self.reasons_label.setText(
                "<b>" + self.tr("TensorFlow uses {count} GPU(s).").format(count=facts.num_gpus)
                + "</b> " + precision + " "
                + self.tr("Memory in use is refreshed with Refresh."))
        self.benchmark_devices_label.setText(", ".join(
            entry.short_name for entry in facts.logical_devices
            if entry.short_name == "/CPU:0" or entry.device_type == "GPU"))

    def _update_versions(self) -> None:
        rows = [(name, version) for name, version in versions().items()]
        rows.append((self.tr("qt (runtime)"), qVersion()))
        if self._facts is not None:
            rows += [(self.tr("build: {key}").format(key=key), value) for key, value in
                     sorted(self._facts.build_info.items())]
            rows.append((self.tr("TensorFloat-32 on GPUs"),
                         self.tr("enabled") if self._facts.tensor_float_32
                         else self.tr("disabled")))
            rows.append((self.tr("platform"), self._facts.platform))
            _fill_table(self.packages_table,
                        (self.tr("Package"), self.tr("Version"), self.tr("Location")),
                        [(item.name, item.version, item.location)
                         for item in self._facts.distributions])
        _fill_table(self.versions_table, (self.tr("Name"), self.tr("Version")), rows)

    def _update_device_choices(self) -> None:
        facts = self._facts
        names = [entry.short_name for entry in facts.logical_devices]
        current = self.preferred_input.currentData()
        self.preferred_input.blockSignals(True)
        self.preferred_input.clear()
        self.preferred_input.addItem(self.tr("Automatic (first GPU, else CPU)"), AUTOMATIC)
        for name in names:
            self.preferred_input.addItem(name, name)
        if current and current not in names:
            self.preferred_input.addItem(
                self.tr("{device} (not present now)").format(device=current), current)
        index = self.preferred_input.findData(current if current else AUTOMATIC)
        self.preferred_input.setCurrentIndex(max(index, 0))
        self.preferred_input.blockSignals(False)
        typed = self.placement_input.currentText()
        self.placement_input.clear()
        self.placement_input.addItem("")  # empty: let TensorFlow choose
        for name in names:
            self.placement_input.addItem(name)
        if "/GPU:0" not in names:
            self.placement_input.addItem("/GPU:0")
        self.placement_input.setCurrentText(typed)
        self.placement_input.lineEdit().setPlaceholderText(self.tr("(TensorFlow chooses)"))

    def _update_report(self) -> None:
        self.report_view.setPlainText(self.report_text())

    # -- benchmark ------------------------------------------------------------------------
    def _on_run_clicked(self) -> None:
        if self._facts is None:
            return
        try:
            devices = benchmark_devices()
            benchmark = MatmulBenchmark(self.sizes_input.text(), devices=devices,
                                        repeats=self.repeats_input.value(),
                                        include_numpy=self.numpy_input.isChecked())
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(
                f"{error}\n" + self.tr("Nothing was run; the results shown are kept."),
                "error")
            return
        self._start_benchmark(benchmark)

    def _on_run_shortcut_activated(self) -> None:
        if self.run_button.isEnabled():
            self._on_run_clicked()

    def _start_benchmark(self, benchmark: MatmulBenchmark) -> None:
        self._stop_worker()
        self.message_bar.clear()
        self._timings = ()
        self._latest = None
        self.plots.clear()
        self._update_timings_table()
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        self.code_view.set_code(benchmark_code(benchmark.devices, benchmark.sizes,
                                               benchmark.repeats))
        worker = GeneratorWorker(benchmark.run)
        worker.produced.connect(self._on_worker_produced)
        worker.failed.connect(self._on_worker_failed)
        worker.done.connect(self._on_worker_done)
        self._worker = WorkerThread(worker)
        self._run_started = time.perf_counter()
        self._worker.start()
        self._redraw_timer.start()
        self._update_buttons()

    def _on_cancel_clicked(self) -> None:
        if not self.is_running():
            return
        self._stop_worker()
        self.progress_label.setText(
            self.tr("Cancelled; {count} finished timing(s) kept.").format(
                count=len(self._timings)))
        self._update_buttons()
        self._update_report()
        self._finish_run_callback()

    def _stop_worker(self) -> None:
        if self._worker is None:
            return
        worker = self._worker
        self._worker = None  # progress still queued from it is now ignored
        if not worker.stop(timeout_ms=1000):
            # A timed call is longer than expected; it cannot be interrupted, so wait.
            worker.thread.wait()
        for signal in (worker.worker.produced, worker.worker.failed, worker.worker.done):
            signal.disconnect()
        self._redraw_timer.stop()
        self._flush()

    def _is_current_run(self, run_id: int) -> bool:
        return self._worker is not None and self._worker.worker.run_id == run_id

    def _on_worker_produced(self, run_id: int, progress: BenchmarkProgress) -> None:
        if not self._is_current_run(run_id):
            return
        self._latest = progress
        self._dirty = True

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        if self._is_current_run(run_id):
            self.message_bar.show_message(
                self.tr("The benchmark stopped with an error: {message}").format(
                    message=message), "error")

    def _on_worker_done(self, run_id: int) -> None:
        if not self._is_current_run(run_id):
            return
        self._stop_worker()
        latest = self._latest
        if latest is not None and latest.stage == "done":
            seconds = time.perf_counter() - self._run_started
            self.progress_label.setText(
                self.tr("Done: {count} timings in {seconds} s.").format(
                    count=len(latest.timings), seconds=f"{seconds:.1f}"))
        self._update_buttons()
        self._update_report()
        self._finish_run_callback()

    def _finish_run_callback(self) -> None:
        if self._on_run_finished is not None:
            callback, self._on_run_finished = self._on_run_finished, None
            callback()

    def _on_redraw_timer_timeout(self) -> None:
        self._flush()

    def _flush(self) -> None:
        """Show the newest progress."""
        if not self._dirty or self._latest is None:
            return
        self._dirty = False
        progress = self._latest
        self.progress_bar.setValue(round(1000 * progress.fraction))
        if progress.stage != "done":
            self.progress_label.setText(
                self.tr("Timing {target} · n = {size} · {stage}").format(
                    target=progress.target, size=progress.size,
                    stage=f"{progress.stage} {progress.repeat}"))
        if len(progress.timings) != len(self._timings):
            self._timings = progress.timings
            self.plots.show_timings(self._timings)
            self._update_timings_table()

    def _update_timings_table(self) -> None:
        ratios = {(target, size): ratio
                  for target, pairs in speedups(self._timings).items()
                  for size, ratio in pairs}
        rows = [(timing.target, timing.size, f"{timing.seconds * 1000:.3f}",
                 f"{timing.gflops:.1f}",
                 f"{ratios[(timing.target, timing.size)]:.2f}×"
                 if (timing.target, timing.size) in ratios else "—",
                 timing.num_blocks) for timing in self._timings]
        _fill_table(self.timings_table, (self.tr("Target"), "n", self.tr("Median ms"),
                                         "GFLOP/s", "× /CPU:0", self.tr("Row blocks")), rows)

    # -- placement ------------------------------------------------------------------------
    def _on_placement_clicked(self) -> None:
        requested = self.placement_input.currentText().strip()
        try:
            result = run_placement_demo(requested or None)
        except ValueError as error:
            self.message_bar.show_message(f"{error}\n" + self.tr("Nothing was run."), "error")
            return
        self.message_bar.clear()
        self._placement = result
        value = html.escape(np.array2string(result.value, separator=", ").replace("\n", ""))
        text = (f"y = {value}<br>y.device = <tt>{html.escape(result.device)}</tt><br>"
                + self.tr("ran on <b>{device}</b>").format(
                    device=html.escape(result.short_device)))
        if result.note:
            text += f"<br><i>{html.escape(result.note.english())}</i>"
        self.placement_label.setText(text)
        self.code_view.set_code(result.code)
        self._update_report()

    # -- device set-up --------------------------------------------------------------------
    def _choices(self) -> DeviceOptions:
        return DeviceOptions(self.preferred_input.currentData() or None,
                             self.cpu_devices_input.value(),
                             self.memory_growth_input.isChecked())

    def _on_preferred_input_changed(self) -> None:
        choices = self._choices()
        save_device_options(choices)
        in_force = device_options()
        try:
            set_device_options(choices.preferred_device, in_force.num_cpu_logical_devices,
                               in_force.gpu_memory_growth)
        except (TypeError, ValueError) as error:
            self.message_bar.show_message(str(error), "error")
            return
        if self._facts is not None:
            self._refresh_facts()
            self.message_bar.show_message(
                self.tr("The lab now computes on {device}. The classifier uses it for its next "
                        "model (Regenerate data there), and at every start.").format(
                    device=self._facts.default_device), "info")

    def _on_next_start_input_changed(self) -> None:
        save_device_options(self._choices())
        self._update_setup_label()

    def _on_apply_now_clicked(self) -> None:
        choices = self._choices()
        if choices.num_cpu_logical_devices == 1 and not choices.gpu_memory_growth:
            self.message_bar.show_message(
                self.tr("Nothing to apply: choose 2 to 4 logical CPUs or GPU memory growth "
                        "first."), "info")
            return
        notes = apply_device_options(TensorFlowDeviceConfig(), choices)
        refused = [note for note in notes if note.restart_needed]
        if refused:
            self.message_bar.show_message(
                self.tr("Restart needed. TensorFlow configures devices only before its runtime "
                        "starts, and it has started (it listed its devices).")
                + "\n" + "\n".join(map(str, notes)) + "\n"
                + self.tr("The choice is saved and applied at the next start of the lab."),
                "warning")
        else:
            self.message_bar.show_message("\n".join(map(str, notes)), "info")
            self._refresh_facts()

    def _update_setup_label(self) -> None:
        choices = self._choices()
        in_force = device_options()
        current_cpus = (sum(1 for entry in self._facts.logical_devices
                            if entry.device_type == "CPU") if self._facts else None)
        lines = []
        on, off = self.tr("on"), self.tr("off")
        if current_cpus is not None:
            lines.append(self.tr("Now: {count} logical CPU(s), memory growth {growth}.").format(
                count=current_cpus, growth=on if in_force.gpu_memory_growth else off))
        if (choices.num_cpu_logical_devices != in_force.num_cpu_logical_devices
                or choices.gpu_memory_growth != in_force.gpu_memory_growth):
            lines.append(self.tr("At the next start: {count} logical CPU(s), memory growth "
                                 "{growth} (restart needed).").format(
                count=choices.num_cpu_logical_devices,
                growth=on if choices.gpu_memory_growth else off))
        self.setup_label.setText(" ".join(lines))

    # -- distribution ---------------------------------------------------------------------
    def _on_distribute_clicked(self) -> None:
        try:
            result = mirrored_sum_demo(self.values_input.text())
        except ValueError as error:
            self.message_bar.show_message(f"{error}\n" + self.tr("Nothing was run."), "error")
            return
        self.message_bar.clear()
        self._distribution = result
        _fill_table(self.replicas_table, (self.tr("Replica"), self.tr("Device"),
                                          self.tr("Values"), self.tr("Partial sum")),
                    [(index, replica.device, np.array2string(replica.values, threshold=12),
                      f"{replica.partial_sum:g}")
                     for index, replica in enumerate(result.replicas)])
        self.replicas_total_label.setText(
            f"strategy.reduce(ReduceOp.SUM) = {result.total:g} "
            + self.tr("over {count} replica(s)").format(count=len(result.replicas)))
        hint = ("" if len(result.replicas) > 1 else " " + self.tr(
            "Set Logical CPUs to 2–4 above and restart to spread it over more replicas."))
        self.distribution_label.setText(
            self.tr("Sum {total} from {count} replica(s).").format(
                total=f"{result.total:g}", count=len(result.replicas)) + hint)
        self.code_view.set_code(result.code)
        self.tabs.setCurrentIndex(4)
        self._update_report()

    # -- report ---------------------------------------------------------------------------
    def _on_refresh_clicked(self) -> None:
        self._refresh_facts()

    def _on_copy_report_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.message_bar.show_message(self.tr("The report is on the clipboard (Markdown)."),
                                      "info")

    def _on_save_report_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                              "tfintro-devices.md", self.tr("Markdown (*.md)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str | Path) -> bool:
        """Write the report to ``path`` (UTF-8); a failure is shown in the message bar.

        Returns:
            True if the file was written.
        """
        try:
            Path(path).write_text(self.report_text(), encoding="utf-8")
        except OSError as error:
            self.message_bar.show_message(
                self.tr("The report could not be saved to {path}: {reason}. Choose a folder "
                        "you can write to.").format(path=path, reason=error.strerror or error),
                "error")
            return False
        self.message_bar.show_message(self.tr("Report saved to {path}.").format(path=path),
                                      "info")
        return True


def main() -> int:
    """Run the panel on its own: ``python -m tfintro_gui.ui.devices_panel``."""
    from tfintro_gui.app import run_single_panel

    return run_single_panel(DevicesPanel)


if __name__ == "__main__":
    sys.exit(main())
