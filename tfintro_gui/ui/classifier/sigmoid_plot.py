"""The standard logistic function σ(o) = 1 / (1 + e^(−o)), with the data's logits on it.

The notebook plots σ to show how the linear model's output o (a logit: any real number)
becomes a probability of class 1. Here every training point sits on the curve at its own
logit, coloured by its class, and moves there while the model trains: class 1 points are
pushed to the right (σ → 1), class 0 points to the left (σ → 0), and a point on the wrong
side of o = 0 is misclassified. A rug under the curve shows where each class's logits lie.

The points and rugs are blitted (:class:`~tfintro_gui.ui.widgets.mpl_canvas.MplCanvas`);
the view widens (a full redraw) only when a logit leaves it, by doubling.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tfintro_gui.ui.classifier.plot_parts import CLASS_0_COLOR, CLASS_1_COLOR
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

#: The smallest half-width of the logit axis; it doubles while logits lie beyond it.
MIN_HALF_WIDTH = 6.0
MAX_HALF_WIDTH = 6.0 * 2**10
#: Where the two rugs lie under the curve, in σ units.
RUG_HEIGHTS = (-0.06, -0.12)


def sigmoid(logits: np.ndarray) -> np.ndarray:
    """σ(o) = 1 / (1 + e^(−o)) element-wise, without overflow for large |o| (float64)."""
    logits = np.asarray(logits, dtype=np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * logits))


def half_width_for(logits: np.ndarray, current: float = MIN_HALF_WIDTH) -> float:
    """The logit axis's half-width that shows ``logits``: ``current`` doubled as often as
    needed (at most :data:`MAX_HALF_WIDTH`; farther logits sit at the edge)."""
    finite = np.abs(logits[np.isfinite(logits)])
    largest = float(finite.max()) if finite.size else 0.0
    width = max(current, MIN_HALF_WIDTH)
    while largest > width and width < MAX_HALF_WIDTH:
        width *= 2
    return width


class SigmoidPlot(QWidget):
    """σ(o) with the training points placed at their logits, live while training."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(6.0, 2.4), parent=self)
        set_zoomed_minimum_size(self.canvas, 300, 112)  # its axes are then 80 px tall
        self.axes = self.canvas.figure.add_subplot()
        self._half_width = MIN_HALF_WIDTH
        self._pending: tuple | None = None  # the newest logits, drawn when shown
        axes = self.axes
        (self.curve,) = axes.plot([], [], color="black", linewidth=1.4, zorder=1,
                                  label=r"$\sigma(o) = 1\,/\,(1 + e^{-o})$")
        axes.axhline(0.5, color="#777777", linewidth=0.8, linestyle="--", zorder=0)
        axes.axvline(0.0, color="#777777", linewidth=0.8, linestyle="--", zorder=0)
        style = {"s": 10, "alpha": 0.45, "linewidths": 0, "zorder": 2}
        self.points = (axes.scatter([], [], color=CLASS_0_COLOR, marker="o",
                                    label=self.tr("class 0"), **style),
                       axes.scatter([], [], color=CLASS_1_COLOR, marker="^",
                                    label=self.tr("class 1"), **style))
        self.rugs = tuple(axes.scatter([], [], color=color, marker="|", s=30, linewidths=0.6,
                                       alpha=0.35, zorder=2)
                          for color in (CLASS_0_COLOR, CLASS_1_COLOR))
        axes.set_ylim(RUG_HEIGHTS[1] - 0.06, 1.05)
        axes.set_yticks([0.0, 0.5, 1.0])
        # On a 720-pixel screen the whole plot is about 110 px tall, but wide: the legend
        # and the x axis's name go beside the axes (the points fill both lower left and
        # upper right), the pads are tight.
        self.canvas.figure.get_layout_engine().set(h_pad=1 / 72)
        axes.set_ylabel("σ(o)", fontsize="small")
        axes.tick_params(labelsize="small", pad=2)
        axes.grid(alpha=0.3)
        legend = axes.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), ncol=1,
                             fontsize="small", frameon=False, borderaxespad=0.4,
                             markerscale=2.0, title_fontsize="small", alignment="left",
                             title=self.tr("x axis: logit o = x·W + b\n"
                                           "(the model's output)"))
        for handle in legend.legend_handles:  # the key shows the class colours in full
            handle.set_alpha(1.0)
        self.note = axes.text(0.99, 0.04, "", transform=axes.transAxes, ha="right",
                              va="bottom", fontsize="small", color="#555555")
        self._set_half_width(MIN_HALF_WIDTH)
        self.canvas.add_animated(*self.points, *self.rugs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def _set_half_width(self, width: float) -> None:
        self._half_width = width
        grid = np.linspace(-width, width, 401)
        self.curve.set_data(grid, sigmoid(grid))
        self.axes.set_xlim(-width, width)

    def show_logits(self, logits, targets, loss: str) -> None:
        """Place the points: ``logits`` `(n, 1)` or `(n,)`, ``targets`` `(n, 1)` of 0/1,
        ``loss`` the loss name (the squared loss uses o itself: a note says so). Drawn at
        once when the plot is on the screen, else when it is shown."""
        self._pending = (np.asarray(logits, np.float64).ravel(),
                         np.asarray(targets).ravel() > 0.5, loss)
        if self.isVisible():
            self._draw_pending()

    def _draw_pending(self) -> None:
        logits, is_class_1, loss = self._pending
        width = half_width_for(logits, self._half_width)
        shown = np.clip(np.nan_to_num(logits, nan=0.0), -width, width)
        for points, rug, mask, height in zip(self.points, self.rugs,
                                             (~is_class_1, is_class_1), RUG_HEIGHTS,
                                             strict=True):
            points.set_offsets(np.column_stack((shown[mask], sigmoid(shown[mask]))))
            rug.set_offsets(np.column_stack((shown[mask], np.full(mask.sum(), height))))
        note = (self.tr("the squared loss reads o itself, not σ(o), as P(class 1)")
                if loss == "squared" else "")
        if width != self._half_width or note != self.note.get_text():
            self._set_half_width(width)
            self.note.set_text(note)
            self.canvas.draw_idle()
        else:
            self.canvas.update_animated()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._pending is not None:
            self._draw_pending()
