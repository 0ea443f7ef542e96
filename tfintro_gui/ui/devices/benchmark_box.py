"""The benchmark's controls: sizes, repeats, NumPy as a reference, Run / Cancel, progress."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
)

from tfintro_gui.core.devices.matmul import (
    DEFAULT_BENCHMARK_SIZES,
    DEFAULT_REPEATS,
    MAX_BENCHMARK_SIZE,
    MAX_REPEATS,
    MAX_SIZES_TEXT,
    MIN_BENCHMARK_SIZE,
    TIME_BUDGET_SECONDS,
    BenchmarkProgress,
)
from tfintro_gui.ui.devices.texts import stage_text

RUN_KEY = "Ctrl+R"
CANCEL_KEY = "Esc"


@dataclass(frozen=True)
class BenchmarkSettings:
    """What the student asked the benchmark to time.

    Attributes:
        sizes: the sizes as typed, e.g. ``"128, 256"`` (checked by the core).
        repeats: timed repeats per size and device.
        include_numpy: time NumPy's ``@`` as a reference too.
    """

    sizes: str = ", ".join(map(str, DEFAULT_BENCHMARK_SIZES))
    repeats: int = DEFAULT_REPEATS
    include_numpy: bool = True


class BenchmarkBox(QGroupBox):
    """The benchmark group of the control column.

    Signals:
        run_requested: Run was clicked (or Return pressed in the sizes).
        cancel_requested: Cancel was clicked.
    """

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Benchmark: float32 tf.matmul"), parent)
        self.sizes_input = QLineEdit()
        self.sizes_input.setMaxLength(MAX_SIZES_TEXT)
        self.sizes_input.setToolTip(
            self.tr("Matrix sizes n, {minimum} to {maximum}, separated by commas; each is an "
                    "n×n @ n×n float32 product").format(minimum=MIN_BENCHMARK_SIZE,
                                                          maximum=MAX_BENCHMARK_SIZE))
        self.sizes_input.returnPressed.connect(self.run_requested)
        self.repeats_input = QSpinBox()
        self.repeats_input.setRange(1, MAX_REPEATS)
        self.repeats_input.setToolTip(
            self.tr("The fewest timed products per size and device; fast ones repeat for "
                    "{seconds} s. The median is shown, and the middle 80 % of the "
                    "repeats as a band").format(seconds=TIME_BUDGET_SECONDS))
        self.numpy_input = QCheckBox(self.tr("NumPy @ as a reference"))
        self.numpy_input.setToolTip(self.tr("Also time NumPy's a @ b on the CPU"))
        self.devices_label = QLabel("—")
        self.devices_label.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run benchmark"))
        self.run_button.setToolTip(self.tr("Warm up, then time tf.matmul on each device "
                                           "({key})").format(key=RUN_KEY))
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the product being timed "
                                              "({key})").format(key=CANCEL_KEY))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setAccessibleName(self.tr("Benchmark progress"))
        self.progress_label = QLabel(self.tr("Not run yet"))
        self.progress_label.setWordWrap(True)
        self._hold_two_lines()
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Sizes n"), self.sizes_input)
        form.addRow(self.tr("Fewest repeats"), self.repeats_input)
        form.addRow(self.tr("Devices"), self.devices_label)
        form.addRow(self.numpy_input)
        form.addRow(buttons)
        form.addRow(self.progress_bar)
        form.addRow(self.progress_label)
        self.set_settings(BenchmarkSettings())

    def _hold_two_lines(self) -> None:
        # The progress text takes one line or two as it changes during a run: two lines of
        # room always, so nothing below in the column moves up and down.
        metrics = self.progress_label.fontMetrics()
        self.progress_label.setMinimumHeight(2 * metrics.lineSpacing() + 2)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View → Zoom
            self._hold_two_lines()

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> BenchmarkSettings:
        """What is typed and ticked now."""
        return BenchmarkSettings(self.sizes_input.text(), self.repeats_input.value(),
                                 self.numpy_input.isChecked())

    def set_settings(self, settings: BenchmarkSettings) -> None:
        """Show ``settings`` (no signal is emitted)."""
        with (QSignalBlocker(self.sizes_input), QSignalBlocker(self.repeats_input),
              QSignalBlocker(self.numpy_input)):
            self.sizes_input.setText(settings.sizes)
            self.repeats_input.setValue(settings.repeats)
            self.numpy_input.setChecked(settings.include_numpy)

    def set_devices(self, devices: tuple[str, ...]) -> None:
        """The devices a run will time, e.g. ``("/CPU:0", "/GPU:0")``."""
        self.devices_label.setText(", ".join(devices) or "—")

    def set_state(self, ready: bool, running: bool) -> None:
        """Enable Run and the inputs when ``ready`` and not ``running``; Cancel while
        ``running``. The keyboard focus goes from Run to Cancel and back with them (Qt
        would move it on to the next enabled field, the placement's tf.device)."""
        had_focus = self.run_button.hasFocus() or self.cancel_button.hasFocus()
        if running:
            self.cancel_button.setEnabled(True)
            if had_focus:
                self.cancel_button.setFocus()
        for widget in (self.run_button, self.sizes_input, self.repeats_input,
                       self.numpy_input):
            widget.setEnabled(ready and not running)
        if not running:
            if had_focus and self.run_button.isEnabled():
                self.run_button.setFocus()
            self.cancel_button.setEnabled(False)

    # -- progress -------------------------------------------------------------------------
    def show_starting(self) -> None:
        """A run begins."""
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))

    def show_progress(self, progress: BenchmarkProgress) -> None:
        """The newest snapshot of the run."""
        self.progress_bar.setValue(round(1000 * progress.fraction))
        if progress.stage != "done":
            self.progress_label.setText(
                self.tr("Timing {target} · n = {size} · {stage}").format(
                    target=progress.target, size=progress.size,
                    stage=stage_text(progress.stage, progress.repeat, progress.repeats)))

    def show_done(self, count: int, seconds: float) -> None:
        """The run timed ``count`` products in ``seconds``."""
        self.progress_label.setText(self.tr("Done: {count} timings in {seconds} s.").format(
            count=count, seconds=f"{seconds:.1f}"))

    def show_cancelled(self, count: int) -> None:
        """The run was cancelled; ``count`` finished timings are kept."""
        self.progress_label.setText(
            self.tr("Cancelled; {count} finished timing(s) kept.").format(count=count))

    def show_failed(self) -> None:
        """The run stopped with an error (the message bar says which)."""
        self.progress_label.setText(self.tr("Stopped by an error."))
