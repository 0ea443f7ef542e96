"""The Tensors panel's heatmap: the 2-D slice the table shows, one colour per value.

This module imports Matplotlib; the panel imports it only when it builds its plots, after
the window's first paint (``Panel._build_deferred``).
"""

from __future__ import annotations

import math

import matplotlib
import numpy as np
from matplotlib.colors import Normalize

from tfintro_gui.ui.widgets.array_table_model import format_value
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

#: Arrays with at most this many cells may get their values written on the heatmap.
MAX_ANNOTATED_CELLS = 64
#: The smallest canvas, in pixels: its axes stay above the layout check's 120 × 80.
MIN_CANVAS_SIZE = (190, 150)
_NON_FINITE_COLOUR = "#d62728"
_ANNOTATION_POINTS = 9
#: Tick labels along an axis at most, so that they never run together.
_MAX_TICKS = 8


def index_ticks(size: int, max_ticks: int = _MAX_TICKS) -> list[int]:
    """Whole-number positions for the tick labels of an axis of ``size`` cells: every index
    up to ``max_ticks``, else a step of 1, 2 or 5 × 10ⁿ (a single cell gets the one tick 0).
    """
    if size <= max_ticks:
        return list(range(size))
    raw = size / max_ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(factor * power for factor in (1, 2, 5, 10) if factor * power >= raw)
    return list(range(0, size, int(step)))


class TensorHeatmap(MplCanvas):
    """A heatmap of a 2-D array. Small arrays carry their values in the cells; larger ones
    get a colour bar instead. NaN and ±inf are drawn red.

    Args:
        parent: the Qt parent widget.
    """

    def __init__(self, parent=None):
        super().__init__(figsize=(3.0, 2.5), parent=parent)
        set_zoomed_minimum_size(self, *MIN_CANVAS_SIZE)
        self.setToolTip(self.tr("Heatmap of the values shown in the table; NaN and inf are "
                                "red"))
        self.setAccessibleName(self.tr("Heatmap"))
        self.axes = self.figure.add_subplot()
        cmap = matplotlib.colormaps["viridis"].with_extremes(bad=_NON_FINITE_COLOUR)
        self.image = self.axes.imshow(np.zeros((1, 1)), cmap=cmap, interpolation="nearest",
                                      aspect="auto", norm=Normalize(0.0, 1.0))
        self.colorbar = self.figure.colorbar(self.image, ax=self.axes, shrink=0.9)
        self.axes.xaxis.tick_top()
        self.axes.tick_params(labelsize=8)
        self.colorbar.ax.tick_params(labelsize=8)
        self._labels = []
        self._values = np.zeros((0, 0))

    def show_array(self, values: np.ndarray, title: str, indices: bool = True) -> None:
        """Draw ``values`` under ``title``.

        Args:
            values: `(rows, columns)`, at least one cell; bool and int are drawn as numbers.
            title: short, e.g. ``"e"`` or ``"t[0, :, :]"`` (the entry label says the rest).
            indices: label the rows and columns with their indices (False for a scalar,
                which has none).
        """
        values = np.asarray(values)
        self._values = values
        rows, columns = values.shape
        numbers = values.astype(np.float64) if values.dtype.kind in "biuf" else np.zeros(
            values.shape)
        self.image.set_data(np.ma.masked_invalid(numbers))
        self.image.set_extent((-0.5, columns - 0.5, rows - 0.5, -0.5))
        self.axes.set_xlim(-0.5, columns - 0.5)
        self.axes.set_ylim(rows - 0.5, -0.5)
        self.axes.set_xticks(index_ticks(columns) if indices else [])
        self.axes.set_yticks(index_ticks(rows) if indices else [])
        finite = numbers[np.isfinite(numbers)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if low == high:
            low, high = low - 0.5, high + 0.5
        self.image.set_clim(low, high)
        self.axes.set_title(title, fontsize=10)
        self._annotate()

    def shows_values_in_cells(self) -> bool:
        """True when the cells carry their values as text (then there is no colour bar)."""
        return bool(self._labels)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._values.size:
            self._annotate()

    def _cells_fit_labels(self, texts: list[str]) -> bool:
        rows, columns = self._values.shape
        width, height = self.width() * 0.75, self.height() * 0.7  # the axes' share
        widest = max(len(text) for text in texts) * _ANNOTATION_POINTS * 0.62
        return width / columns >= widest + 4 and height / rows >= _ANNOTATION_POINTS * 1.6

    def _annotate(self) -> None:
        for label in self._labels:
            label.remove()
        self._labels = []
        values = self._values
        texts = [format_value(value, values.dtype) for value in values.ravel()]
        if values.size <= MAX_ANNOTATED_CELLS and self._cells_fit_labels(texts):
            cmap, norm = self.image.get_cmap(), self.image.norm
            for (row, column), text in zip(np.ndindex(values.shape), texts, strict=True):
                number = float(values[row, column]) if values.dtype.kind in "biuf" else 0.0
                colour = "white"
                if math.isfinite(number):
                    red, green, blue, _ = cmap(norm(number))
                    colour = "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.5 \
                        else "white"
                self._labels.append(self.axes.text(column, row, text, ha="center",
                                                   va="center", fontsize=_ANNOTATION_POINTS,
                                                   color=colour))
        self.colorbar.ax.set_visible(not self._labels)
        self.draw_idle()
