"""The benchmark's figure: GFLOP/s against matrix size, and speed relative to the CPU.

Imported only when the panel builds its deferred parts (it imports Matplotlib). The two
plots stand side by side when there is room and one above the other when the panel is
narrow (beside the lesson on a laptop screen); either way each keeps a useful size, and
the view around them scrolls rather than squeezing them.

The figure changes only when a timing finishes (a few dozen times per run), so each
change is a full ``draw_idle`` of artists created once per target and updated with
``set_data``; nothing here redraws every frame.
"""

from __future__ import annotations

import numpy as np
from matplotlib.gridspec import GridSpec
from matplotlib.ticker import FixedLocator, NullLocator
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from tfintro_gui.core.devices.matmul import (
    GPU_SPEEDUP_CLAIM,
    MAX_BENCHMARK_SIZE,
    MIN_BENCHMARK_SIZE,
    NUMPY_TARGET,
    REFERENCE_DEVICE,
    MatmulTiming,
    speedups,
    trusted_speedup,
)
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.widgets.plot_toolbar import PlotToolbar
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

# Okabe–Ito colours: told apart with the common colour-vision deficiencies; each device
# also has its own marker shape, so the lines differ without colour too.
DEVICE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
DEVICE_MARKERS = ("o", "^", "D", "v", "P", "X")
NUMPY_COLOR = "#555555"
#: The smallest canvas, in pixels, with the plots side by side and one above the other:
#: below it the axes' labels and legends leave the data no room.
SIDE_BY_SIDE_MINIMUM = (720, 280)
STACKED_MINIMUM = (340, 540)


class BenchmarkPlots(QWidget):
    """GFLOP/s per target against n, and GFLOP/s relative to ``/CPU:0``, with a toolbar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(8.0, 3.4), parent=self)
        figure = self.canvas.figure
        self._side_by_side = GridSpec(1, 2, figure=figure, width_ratios=(1.35, 1.0))
        self._stacked = GridSpec(2, 1, figure=figure)
        self.speed_axes = figure.add_subplot(self._side_by_side[0])
        self.ratio_axes = figure.add_subplot(self._side_by_side[1])
        self.speed_lines: dict = {}
        self.ratio_lines: dict = {}
        self.speed_bands: dict = {}  # target → the min–max band (a PolyCollection)
        self.trusted_markers: dict = {}  # GPU → its point compared with the lesson
        self._num_timings = 0
        self._is_stacked = False
        self._setup_axes()
        self.toolbar = PlotToolbar(self.canvas, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        set_zoomed_minimum_size(self.canvas, *SIDE_BY_SIDE_MINIMUM)
        # The page scrolls: the figure's preferred height (its 5 inches) would make it
        # taller than a laptop's screen; it takes its minimum and any room left over.
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def _setup_axes(self) -> None:
        for axes in (self.speed_axes, self.ratio_axes):
            axes.set_xscale("log", base=2)
            axes.set_xlim(MIN_BENCHMARK_SIZE / 1.3, MAX_BENCHMARK_SIZE * 1.3)
            axes.xaxis.set_major_locator(FixedLocator([2**power for power in range(7, 13)]))
            axes.xaxis.set_minor_locator(NullLocator())
            axes.xaxis.set_major_formatter("{x:.0f}")
            axes.tick_params(axis="both", labelsize="small")
            axes.grid(alpha=0.3, which="both")
        self.speed_axes.set_xlabel(self.tr("matrix size n  (n×n @ n×n, float32)"))
        self.ratio_axes.set_xlabel("n")
        self.speed_axes.set_yscale("log")
        self.speed_axes.set_ylim(1, 1000)
        self.speed_axes.set_ylabel(self.tr("GFLOP/s  (2·n³ / seconds)"))
        self.speed_axes.set_title(self.tr("tf.matmul speed per device"))
        self.ratio_axes.set_yscale("log")
        self.ratio_axes.set_ylim(0.1, 20)
        self.ratio_axes.set_ylabel(self.tr("× speed of {device}").format(
            device=REFERENCE_DEVICE))
        self.ratio_axes.set_title(self.tr("Speed relative to {device}").format(
            device=REFERENCE_DEVICE))
        self.ratio_axes.axhline(1.0, color="black", linewidth=0.8)
        self.ratio_axes.axhspan(*GPU_SPEEDUP_CLAIM, color="#009E73", alpha=0.12,
                                label=self.tr("a GPU, says the lesson (5–10×)"))
        self.ratio_axes.yaxis.set_major_formatter("{x:g}×")
        self._legend(self.ratio_axes)
        self.placeholder = self.speed_axes.text(
            0.5, 0.5, self.tr("Run the benchmark\nto fill this plot"),
            transform=self.speed_axes.transAxes, ha="center", va="center", color="#777777",
            fontsize="small", linespacing=1.4)

    def _legend(self, axes) -> None:
        # "best" weighs the lines only and can cover the lesson's 5–10× band; the ratio
        # plot's lower right (below 0.5×) rarely holds data and never the band.
        axes.legend(loc="lower right" if axes is self.ratio_axes else "best",
                    fontsize="small", framealpha=0.85)

    # -- arrangement ----------------------------------------------------------------------
    def is_stacked(self) -> bool:
        """True when the two plots stand one above the other."""
        return self._is_stacked

    def set_stacked(self, stacked: bool) -> None:
        """Put the plots one above the other (True) or side by side (False)."""
        if stacked == self._is_stacked:
            return
        self._is_stacked = stacked
        grid = self._stacked if stacked else self._side_by_side
        self.speed_axes.set_subplotspec(grid[0])
        self.ratio_axes.set_subplotspec(grid[1])
        set_zoomed_minimum_size(self.canvas,
                                *(STACKED_MINIMUM if stacked else SIDE_BY_SIDE_MINIMUM))
        self.canvas.draw_idle()

    # -- data -----------------------------------------------------------------------------
    def _line(self, lines: dict, axes, target: str):
        if target not in lines:
            if target == NUMPY_TARGET:
                style = {"color": NUMPY_COLOR, "linestyle": "--", "marker": "s",
                         "label": self.tr("NumPy @ (reference)")}
            else:
                index = sum(1 for name in lines if name != NUMPY_TARGET)
                style = {"color": DEVICE_COLORS[index % len(DEVICE_COLORS)],
                         "marker": DEVICE_MARKERS[index % len(DEVICE_MARKERS)],
                         "label": f"TensorFlow {target}"}
            (lines[target],) = axes.plot([], [], linewidth=1.8, markersize=5, **style)
            self._legend(axes)
        return lines[target]

    def clear(self) -> None:
        """Remove every line (before a new run); the placeholder shows again."""
        for artist in [*self.speed_lines.values(), *self.ratio_lines.values(),
                       *self.speed_bands.values(), *self.trusted_markers.values()]:
            artist.remove()
        for artists in (self.speed_lines, self.ratio_lines, self.speed_bands,
                        self.trusted_markers):
            artists.clear()
        legend = self.speed_axes.get_legend()
        if legend is not None:
            legend.remove()
        self._legend(self.ratio_axes)
        for axes in (self.speed_axes, self.ratio_axes):
            axes.set_xlim(MIN_BENCHMARK_SIZE / 1.3, MAX_BENCHMARK_SIZE * 1.3)
        self.placeholder.set_visible(True)
        self._num_timings = 0
        self.canvas.draw_idle()

    def show_timings(self, timings: tuple[MatmulTiming, ...]) -> bool:
        """Plot these timings (all of the run so far).

        Returns:
            True if something changed and a redraw was scheduled.
        """
        if len(timings) == self._num_timings:
            return False
        self._num_timings = len(timings)
        self.placeholder.set_visible(not timings)
        by_target: dict[str, list[MatmulTiming]] = {}
        for timing in timings:
            by_target.setdefault(timing.target, []).append(timing)
        speeds = []
        for target, items in by_target.items():
            line = self._line(self.speed_lines, self.speed_axes, target)
            line.set_data([item.size for item in items], [item.gflops for item in items])
            self._band(target, items, line.get_color())
            speeds += [item.gflops for item in items]
        ratios = []
        for target, pairs in speedups(timings, REFERENCE_DEVICE).items():
            line = self._line(self.ratio_lines, self.ratio_axes, target)
            line.set_data([size for size, _ in pairs], [ratio for _, ratio in pairs])
            ratios += [ratio for _, ratio in pairs]
            self._mark_trusted(timings, target, line.get_color())
        if timings:  # the sizes timed, not every size the benchmark allows
            sizes = [timing.size for timing in timings]
            for axes in (self.speed_axes, self.ratio_axes):
                axes.set_xlim(min(sizes) / 1.3, max(sizes) * 1.3)
        if speeds:
            speeds += [value for timing in timings for value in timing.gflops_range]
            low, high = float(np.min(speeds)), float(np.max(speeds))
            self.speed_axes.set_ylim(min(1.0, low / 2), max(1000.0, high * 2))
        if ratios:
            low, high = float(np.min(ratios)), float(np.max(ratios))
            self.ratio_axes.set_ylim(min(0.1, low / 2), max(20.0, high * 2))
        self.canvas.draw_idle()
        return True

    def _band(self, target: str, items: list[MatmulTiming], color: str) -> None:
        """The middle 80 % of the repeats of each size, shaded around the target's line."""
        if target in self.speed_bands:
            self.speed_bands.pop(target).remove()
        slowest, fastest = zip(*(item.gflops_range for item in items), strict=True)
        self.speed_bands[target] = self.speed_axes.fill_between(
            [item.size for item in items], slowest, fastest, color=color, alpha=0.18,
            linewidth=0)

    def _mark_trusted(self, timings, target: str, color: str) -> None:
        """Ring a GPU's speed-up at the largest size whose repeats agree: the figure the
        Benchmark tab sets against the lesson's 5–10×."""
        if not target.startswith("/GPU"):
            return
        if target in self.trusted_markers:
            self.trusted_markers.pop(target).remove()
        trusted = trusted_speedup(timings, target, REFERENCE_DEVICE)
        if trusted is not None:
            (self.trusted_markers[target],) = self.ratio_axes.plot(
                [trusted[0]], [trusted[1]], linestyle="none", marker="o", markersize=13,
                markerfacecolor="none", markeredgecolor=color, markeredgewidth=1.6,
                label=self.tr("compared with the lesson (steady repeats)"))
            self._legend(self.ratio_axes)
