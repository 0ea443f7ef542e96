"""The Benchmark tab: the two plots, a note when no GPU was timed, and the timings table.

The plots are Matplotlib's, built by :meth:`BenchmarkView.build_plots` (the panel's
deferred build, after the window's first paint); until then an empty placeholder holds
their place, and the table works alone. The page scrolls vertically: the plots keep a
useful size (side by side when the page is wide, one above the other when it is narrow)
instead of being squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from tfintro_gui.core.devices.matmul import REFERENCE_DEVICE, MatmulTiming, speedups
from tfintro_gui.ui.devices.tables import FittedTable

#: Below this page width (pixels) the plots stand one above the other.
SIDE_BY_SIDE_PAGE_WIDTH = 760


class BenchmarkView(QScrollArea):
    """The Benchmark tab page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots = None  # BenchmarkPlots once build_plots() ran
        self._timings: tuple[MatmulTiming, ...] = ()
        self._plots_placeholder = QWidget()
        self.no_gpu_note = QLabel(self.tr("No GPU was timed: a GPU would be a line in the "
                                          "green band of “Speed relative to {device}”.").format(
            device=REFERENCE_DEVICE))
        self.no_gpu_note.setWordWrap(True)
        self.no_gpu_note.hide()
        self.timings_table = FittedTable(self.tr("Timings"))
        self.timings_table.setMinimumHeight(140)
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.addWidget(self._plots_placeholder, 1)
        self._layout.addWidget(self.no_gpu_note)
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
        self._layout.replaceWidget(self._plots_placeholder, self.plots)
        self._plots_placeholder.deleteLater()
        self._arrange()
        self.plots.show_timings(self._timings)

    def clear(self) -> None:
        """Forget the timings shown (a new run starts)."""
        self._timings = ()
        if self.plots is not None:
            self.plots.clear()
        self.show_timings(())

    def show_timings(self, timings: tuple[MatmulTiming, ...]) -> None:
        """Plot and list ``timings`` (all of the run so far)."""
        self._timings = tuple(timings)
        if self.plots is not None:
            self.plots.show_timings(self._timings)
        self.no_gpu_note.setVisible(bool(timings) and not any(
            timing.target.startswith("/GPU") for timing in timings))
        ratios = {(target, size): ratio
                  for target, pairs in speedups(self._timings, REFERENCE_DEVICE).items()
                  for size, ratio in pairs}
        rows = [(timing.target, timing.size, f"{timing.seconds * 1000:.3f}",
                 f"{timing.gflops:.1f}",
                 f"{ratios[(timing.target, timing.size)]:.2f}×"
                 if (timing.target, timing.size) in ratios else "—",
                 timing.num_blocks) for timing in self._timings]
        self.timings_table.set_rows(
            (self.tr("Target"), "n", self.tr("Median ms"), "GFLOP/s",
             f"× {REFERENCE_DEVICE}", self.tr("Row blocks")), rows)

    def _arrange(self) -> None:
        if self.plots is not None:
            self.plots.set_stacked(self.width() < SIDE_BY_SIDE_PAGE_WIDTH)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()
