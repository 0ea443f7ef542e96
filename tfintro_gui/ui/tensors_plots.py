"""The Tensors panel's heatmap: the 2-D slice the table shows, one colour per value."""

from __future__ import annotations

import matplotlib
import numpy as np
from matplotlib.ticker import MaxNLocator

from tfintro_gui.ui.widgets.array_table_model import format_value
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas

#: Arrays with at most this many cells get their values written on the heatmap.
MAX_ANNOTATED_CELLS = 64
_NON_FINITE_COLOUR = "#d62728"


class TensorHeatmap(MplCanvas):
    """A heatmap of a 2-D array with a colour bar; NaN and ±inf are drawn red.

    Args:
        parent: the Qt parent widget.
    """

    def __init__(self, parent=None):
        super().__init__(figsize=(4.0, 3.5), parent=parent)
        self.setToolTip(self.tr("Heatmap of the values shown in the table; NaN and inf are "
                                "red"))
        self.axes = self.figure.add_subplot()
        cmap = matplotlib.colormaps["viridis"].with_extremes(bad=_NON_FINITE_COLOUR)
        self.image = self.axes.imshow(np.zeros((1, 1)), cmap=cmap, interpolation="nearest",
                                      vmin=0.0, vmax=1.0)
        self.colorbar = self.figure.colorbar(self.image, ax=self.axes, shrink=0.9)
        self._labels = []
        self._empty = self.axes.text(0.5, 0.5, "", transform=self.axes.transAxes,
                                     ha="center", va="center", color="0.4")
        self.axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        self.axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        self.axes.xaxis.tick_top()
        self.show_array(np.zeros((0, 0)), "")

    def show_array(self, values: np.ndarray, title: str) -> None:
        """Draw ``values`` (2-D, any dtype) under ``title``.

        Args:
            values: `(rows, columns)`; bool and int are drawn as numbers.
            title: e.g. ``"e: constant (2, 2) float32"``.
        """
        values = np.asarray(values)
        for label in self._labels:
            label.remove()
        self._labels = []
        self.axes.set_title(title, fontsize=10)
        if values.ndim != 2 or values.size == 0:
            self.image.set_visible(False)
            self._empty.set_text(self.tr("empty: no values") if title
                                 else self.tr("no tensor selected"))
            self.draw_idle()
            return
        self._empty.set_text("")
        self.image.set_visible(True)
        numbers = values.astype(np.float64) if values.dtype.kind in "biuf" else np.zeros(
            values.shape)
        masked = np.ma.masked_invalid(numbers)
        rows, columns = numbers.shape
        self.image.set_data(masked)
        self.image.set_extent((-0.5, columns - 0.5, rows - 0.5, -0.5))
        self.axes.set_xlim(-0.5, columns - 0.5)
        self.axes.set_ylim(rows - 0.5, -0.5)
        ratio = max(rows, columns) / max(1, min(rows, columns))
        self.axes.set_aspect("equal" if ratio <= 8 else "auto")
        finite = numbers[np.isfinite(numbers)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if low == high:
            low, high = low - 0.5, high + 0.5
        self.image.set_clim(low, high)
        if values.size <= MAX_ANNOTATED_CELLS:
            cmap = self.image.get_cmap()
            for (row, column), value in np.ndenumerate(values):
                number = numbers[row, column]
                if np.isfinite(number):
                    red, green, blue, _ = cmap((number - low) / (high - low))
                    light = 0.299 * red + 0.587 * green + 0.114 * blue > 0.5
                    colour = "black" if light else "white"
                else:
                    colour = "white"
                self._labels.append(self.axes.text(
                    column, row, format_value(value, values.dtype), ha="center", va="center",
                    fontsize=9, color=colour))
        self.draw_idle()
