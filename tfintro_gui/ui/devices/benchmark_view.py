"""The Benchmark tab: the two plots, how far to trust them, and the timings table.

Beside the plots: a warning when the repeats of a timing disagree by more than
:data:`~tfintro_gui.core.devices.matmul.BUSY_VARIATION` (the computer was busy), the GPU's
speed-up at the largest size the benchmark trusts set against the lesson's 5–10×, a note
when no GPU was timed, and the thread pools NumPy and TensorFlow ran on.

The plots are Matplotlib's, built by :meth:`BenchmarkView.build_plots` (the panel's
deferred build, after the window's first paint); until then an empty placeholder holds
their place, and the table works alone. While a benchmark runs, a note stands in the plots'
place and they are drawn once, when it ends: a full Matplotlib draw takes the processor
(and Python's lock) for a few tenths of a second, which froze the window and slowed the
very timings being drawn. The page scrolls vertically: the plots keep a
useful size (side by side when the page is wide, one above the other when it is narrow)
instead of being squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from tfintro_gui.core.devices.matmul import (
    BUSY_VARIATION,
    GPU_SPEEDUP_CLAIM,
    REFERENCE_DEVICE,
    MatmulTiming,
    noisiest_timing,
    speedups,
    trusted_speedup,
)
from tfintro_gui.core.devices.threads import ThreadCounts
from tfintro_gui.ui.devices.tables import FittedTable
from tfintro_gui.ui.widgets.message_bar import MessageBar

#: Below this page width (pixels) the plots stand one above the other.
SIDE_BY_SIDE_PAGE_WIDTH = 760


class BenchmarkView(QScrollArea):
    """The Benchmark tab page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots = None  # BenchmarkPlots once build_plots() ran
        self._timings: tuple[MatmulTiming, ...] = ()
        self._running = False
        self._plots_placeholder = QWidget()
        self.timing_note = QLabel(self.tr(
            "Timing… The plots are drawn when the run ends: drawing them now would take the "
            "processor from the timings. The table below fills in as each size is done."))
        self.timing_note.setWordWrap(True)
        self.timing_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._plots_stack = QStackedWidget()
        self._plots_stack.addWidget(self._plots_placeholder)
        self._plots_stack.addWidget(self.timing_note)
        self.no_gpu_note = QLabel(self.tr("No GPU was timed: a GPU would be a line in the "
                                          "green band of “Speed relative to {device}”.").format(
            device=REFERENCE_DEVICE))
        self.no_gpu_note.setWordWrap(True)
        self.no_gpu_note.hide()
        self.busy_bar = MessageBar()
        self.claim_label = QLabel()
        self.claim_label.setWordWrap(True)
        self.claim_label.hide()
        self.threads_label = QLabel()
        self.threads_label.setWordWrap(True)
        self.threads_label.hide()
        self.timings_table = FittedTable(self.tr("Timings"))
        self.timings_table.setMinimumHeight(140)
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.addWidget(self.busy_bar)
        self._layout.addWidget(self._plots_stack, 1)
        self._layout.addWidget(self.claim_label)
        self._layout.addWidget(self.no_gpu_note)
        self._layout.addWidget(self.threads_label)
        self._layout.addWidget(self.timings_table)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_timings(())

    def build_plots(self) -> None:
        """Create the Matplotlib plots (imports Matplotlib) in the placeholder's place."""
        if self.plots is not None:
            return
        from tfintro_gui.ui.devices.plots import BenchmarkPlots

        self.plots = BenchmarkPlots()
        self._plots_stack.insertWidget(0, self.plots)
        self._plots_stack.removeWidget(self._plots_placeholder)
        self._plots_placeholder.deleteLater()
        self._plots_stack.setCurrentWidget(self.timing_note if self._running else self.plots)
        self._arrange()
        if not self._running:
            self.plots.show_timings(self._timings)

    def set_running(self, running: bool) -> None:
        """While a benchmark runs, show the timing note instead of the plots; when it ends,
        draw the plots once with every timing of the run."""
        self._running = running
        page = self.plots if self.plots is not None else self._plots_placeholder
        self._plots_stack.setCurrentWidget(self.timing_note if running else page)
        if not running and self.plots is not None:
            self._arrange()
            self.plots.clear()
            self.plots.show_timings(self._timings)

    def clear(self) -> None:
        """Forget the timings shown (a new run starts; the plots are cleared and drawn
        again when it ends, see :meth:`set_running`)."""
        self.show_timings(())

    def show_timings(self, timings: tuple[MatmulTiming, ...]) -> None:
        """List ``timings`` (all of the run so far), and plot them unless a run is on."""
        self._timings = tuple(timings)
        if self.plots is not None and not self._running:
            self.plots.show_timings(self._timings)
        gpus = sorted({timing.target for timing in timings if timing.target.startswith("/GPU")})
        self.no_gpu_note.setVisible(bool(timings) and not gpus)
        self.claim_label.setText("\n".join(self._claim_text(gpu) for gpu in gpus))
        self.claim_label.setVisible(bool(gpus))
        self._show_busy_warning()
        ratios = {(target, size): ratio
                  for target, pairs in speedups(self._timings, REFERENCE_DEVICE).items()
                  for size, ratio in pairs}
        rows = [(timing.target, timing.size, f"{timing.seconds * 1000:.3f}",
                 f"{timing.gflops:.1f}", f"{timing.variation:.0%}",
                 len(timing.repeat_seconds),
                 f"{ratios[(timing.target, timing.size)]:.3g}×"
                 if (timing.target, timing.size) in ratios else "—",
                 timing.num_blocks) for timing in self._timings]
        self.timings_table.set_rows(
            (self.tr("Target"), "n", self.tr("Median ms"), "GFLOP/s", self.tr("Spread"),
             self.tr("Repeats"), f"× {REFERENCE_DEVICE}", self.tr("Row blocks")), rows)

    def _show_busy_warning(self) -> None:
        noisy = noisiest_timing(self._timings)
        if noisy is None or noisy.variation <= BUSY_VARIATION:
            self.busy_bar.clear()
            return
        self.busy_bar.show_message(self.tr(
            "The computer is busy: numbers vary by {percent} % between repeats ({target}, "
            "n = {size}). The shaded band around each line spans the middle 80 % of the "
            "repeats; close other programs and run again for steadier figures.").format(
            percent=round(100 * noisy.variation), target=noisy.target, size=noisy.size),
            "warning")

    def _claim_text(self, gpu: str) -> str:
        trusted = trusted_speedup(self._timings, gpu, REFERENCE_DEVICE)
        if trusted is None:
            return self.tr("{device}: no size was timed steadily enough (repeats within "
                           "{percent} %) to set against the lesson's 5–10×.").format(
                device=gpu, percent=round(100 * BUSY_VARIATION))
        size, ratio = trusted
        low, high = GPU_SPEEDUP_CLAIM
        verdict = (self.tr("inside the lesson's 5–10×") if low <= ratio <= high else
                   self.tr("below the lesson's 5–10×") if ratio < low else
                   self.tr("above the lesson's 5–10×"))
        return self.tr("{device} is {ratio}× as fast as {reference} at n = {size}, the "
                       "largest size whose repeats agree within {percent} %: {verdict}.").format(
            device=gpu, ratio=f"{ratio:.1f}", reference=REFERENCE_DEVICE, size=size,
            percent=round(100 * BUSY_VARIATION), verdict=verdict)

    def show_threads(self, counts: ThreadCounts) -> None:
        """Say which thread pools the timings ran on."""
        numpy_part = (self.tr("NumPy @ ({library}): {threads} threads").format(
            library=counts.numpy_library, threads=counts.numpy_threads)
            if counts.numpy_threads is not None else self.tr("NumPy @: no BLAS library"))
        automatic = self.tr("0 = TensorFlow chooses")
        self.threads_label.setText(self.tr(
            "Threads: {numpy} · TensorFlow intra-op {intra}, inter-op {inter} ({automatic}) "
            "· {cpus} logical CPUs").format(
            numpy=numpy_part, intra=counts.intra_op, inter=counts.inter_op,
            automatic=automatic, cpus=counts.cpu_count or "?"))
        self.threads_label.show()

    def _arrange(self) -> None:
        if self.plots is not None and not self._running:  # hidden plots wait for the end
            self.plots.set_stacked(self.width() < SIDE_BY_SIDE_PAGE_WIDTH)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()
