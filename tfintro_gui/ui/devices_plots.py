"""The Devices panel's figure: GFLOP/s against matrix size, and speed relative to the CPU.

The figure changes only when a timing finishes (a few dozen times per run), so each
change is a full ``draw_idle`` of artists created once per target and updated with
``set_data``; nothing here redraws every frame.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import NavigationToolbar2QT
from matplotlib.ticker import FixedLocator, NullLocator
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tfintro_gui.core.devices.matmul import (
    MAX_BENCHMARK_SIZE,
    MIN_BENCHMARK_SIZE,
    NUMPY_TARGET,
    MatmulTiming,
    speedups,
)
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas

# Okabe–Ito colours: told apart with the common colour-vision deficiencies; each device
# also has its own marker shape, so the lines differ without colour too.
DEVICE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
DEVICE_MARKERS = ("o", "^", "D", "v", "P", "X")
NUMPY_COLOR = "#555555"
REFERENCE_DEVICE = "/CPU:0"
#: The lesson's claim: a modern NVIDIA GPU is 5–10× faster than a CPU.
GPU_CLAIM = (5.0, 10.0)


class BenchmarkPlots(QWidget):
    """GFLOP/s per target against n (left) and GFLOP/s relative to ``/CPU:0`` (right)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(8.0, 3.4), parent=self)
        self.canvas.setMinimumSize(480, 240)  # smaller, and the axes' labels leave no room
        figure = self.canvas.figure
        self.speed_axes, self.ratio_axes = figure.subplots(1, 2, width_ratios=(1.35, 1.0))
        self.speed_lines: dict = {}
        self.ratio_lines: dict = {}
        self._setup_axes()
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self._num_timings = 0

    def _setup_axes(self) -> None:
        for axes in (self.speed_axes, self.ratio_axes):
            axes.set_xscale("log", base=2)
            axes.set_xlim(MIN_BENCHMARK_SIZE / 1.3, MAX_BENCHMARK_SIZE * 1.3)
            axes.xaxis.set_major_locator(FixedLocator(
                [2**power for power in range(7, 13)]))
            axes.xaxis.set_minor_locator(NullLocator())
            axes.xaxis.set_major_formatter("{x:.0f}")
            # Slanted, so 1024 2048 4096 stay apart when the lesson pane narrows the plot.
            axes.tick_params(axis="x", labelrotation=40, labelsize="small")
            axes.grid(alpha=0.3, which="both")
        self.speed_axes.set_xlabel(self.tr("matrix size n  (n×n @ n×n, float32)"))
        self.ratio_axes.set_xlabel("n")  # the left plot's label says what n is; both in a row
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
        self.ratio_axes.axhspan(*GPU_CLAIM, color="#009E73", alpha=0.12,
                                label=self.tr("a GPU, says the lesson (5–10×)"))
        self.ratio_axes.yaxis.set_major_formatter("{x:g}×")
        self.ratio_axes.legend(loc="upper left", fontsize="small")
        self.no_gpu_text = self.ratio_axes.text(
            0.5, 0.06, self.tr("No GPU timed: a GPU would be a line here"), ha="center",
            transform=self.ratio_axes.transAxes, color="#777777", fontsize="small",
            visible=False)
        self.speed_axes.text(0.5, 0.5, self.tr("Run the benchmark to fill this plot"),
                             transform=self.speed_axes.transAxes, ha="center",
                             va="center", color="#777777")

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
            axes.legend(loc="upper left", fontsize="small")
        return lines[target]

    def clear(self) -> None:
        """Remove every line (before a new run)."""
        for line in [*self.speed_lines.values(), *self.ratio_lines.values()]:
            line.remove()
        self.speed_lines.clear()
        self.ratio_lines.clear()
        for text in list(self.speed_axes.texts):
            text.remove()
        self.no_gpu_text.set_visible(False)
        legend = self.speed_axes.get_legend()
        if legend is not None:
            legend.remove()
        self.ratio_axes.legend(loc="upper left", fontsize="small")
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
        by_target: dict[str, list[MatmulTiming]] = {}
        for timing in timings:
            by_target.setdefault(timing.target, []).append(timing)
        speeds = []
        for target, items in by_target.items():
            line = self._line(self.speed_lines, self.speed_axes, target)
            line.set_data([item.size for item in items], [item.gflops for item in items])
            speeds += [item.gflops for item in items]
        ratios = []
        for target, pairs in speedups(timings, REFERENCE_DEVICE).items():
            line = self._line(self.ratio_lines, self.ratio_axes, target)
            line.set_data([size for size, _ in pairs], [ratio for _, ratio in pairs])
            ratios += [ratio for _, ratio in pairs]
        self.no_gpu_text.set_visible(
            bool(timings) and not any(target.startswith("/GPU") for target in by_target))
        if speeds:
            low, high = float(np.min(speeds)), float(np.max(speeds))
            self.speed_axes.set_ylim(min(1.0, low / 2), max(1000.0, high * 2))
        if ratios:
            low, high = float(np.min(ratios)), float(np.max(ratios))
            self.ratio_axes.set_ylim(min(0.1, low / 2), max(20.0, high * 2))
        self.canvas.draw_idle()
        return True
