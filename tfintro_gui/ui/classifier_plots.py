"""The classifier's live figure: data and decision boundary, loss per step, accuracy per step.

Artists are created once. What changes every frame (probability field, boundary,
misclassified markers, loss and accuracy lines) is blitted over a cached background;
a full redraw happens only when data or axis limits change.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import NavigationToolbar2QT
from matplotlib.colors import LinearSegmentedColormap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tfintro_gui.core.classifier.losses import probability
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas

# Okabe–Ito colours: told apart with the common colour-vision deficiencies.
CLASS_0_COLOR = "#0072B2"
CLASS_1_COLOR = "#E69F00"
BOUNDARY_COLOR = "#D55E00"
# Nearest-neighbour sampling of a fine grid looks smooth and costs about a third of
# bilinear interpolation per frame (measured: 1.9 ms against 6.7 ms on a 2-core laptop).
FIELD_RESOLUTION = 200


MAX_CURVE_POINTS = 2000  # the curves are a few hundred pixels wide


def decimated(steps: np.ndarray, *curves: np.ndarray, max_points: int = MAX_CURVE_POINTS):
    """Every k-th point of ``steps`` and ``curves`` (the last one always kept).

    Returns:
        ``(steps, *curves)`` with at most ``max_points + 1`` points each.
    """
    if len(steps) <= max_points:
        return (steps, *curves)
    index = np.unique(np.append(np.linspace(0, len(steps) - 1, max_points).astype(int),
                                len(steps) - 1))
    return (steps[index], *(curve[index] for curve in curves))


def boundary_segment(W: np.ndarray, b: np.ndarray, threshold: float,
                     xlim: tuple[float, float], ylim: tuple[float, float]):
    """End points of the line ``W[0]·x + W[1]·y + b = threshold`` across the view.

    Solved for y over ``xlim`` when the line is flatter than 45°, else for x over ``ylim``,
    so a nearly vertical boundary is drawn too.

    Returns:
        ``(xs, ys)``, two points each; empty lists when ``W`` is zero or not finite.
    """
    w1, w2 = float(W[0, 0]), float(W[1, 0])
    offset = float(b[0]) - threshold
    if not all(np.isfinite((w1, w2, offset))) or (w1 == 0 and w2 == 0):
        return [], []
    if abs(w2) >= abs(w1):
        xs = np.array(xlim)
        return xs, -(w1 * xs + offset) / w2
    ys = np.array(ylim)
    return -(w2 * ys + offset) / w1, ys


class ClassifierPlots(QWidget):
    """The figure with its navigation toolbar (zoom, pan, save as PNG)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(9.0, 6.0), parent=self)
        self.canvas.setMinimumSize(520, 380)  # below this the constrained layout collapses
        figure = self.canvas.figure
        grid = figure.add_gridspec(2, 2, width_ratios=(1.5, 1.0))
        self.scatter_axes = figure.add_subplot(grid[:, 0])
        self.loss_axes = figure.add_subplot(grid[0, 1])
        self.accuracy_axes = figure.add_subplot(grid[1, 1], sharex=self.loss_axes)

        # The field is redrawn every frame over the cached points, so it is translucent.
        colormap = LinearSegmentedColormap.from_list(
            "class_probability", [CLASS_0_COLOR, "#ffffff", CLASS_1_COLOR])
        self.field = self.scatter_axes.imshow(
            np.full((FIELD_RESOLUTION, FIELD_RESOLUTION), 0.5), origin="lower", cmap=colormap,
            vmin=0.0, vmax=1.0, alpha=0.35, aspect="auto", interpolation="nearest",
            interpolation_stage="data", zorder=0)
        figure.colorbar(self.field, ax=self.scatter_axes, label="model's P(class 1)",
                        shrink=0.6)
        self.class_0 = self.scatter_axes.scatter([], [], s=9, marker="o", color=CLASS_0_COLOR,
                                                 label="class 0", zorder=2)
        self.class_1 = self.scatter_axes.scatter([], [], s=11, marker="^", color=CLASS_1_COLOR,
                                                 label="class 1", zorder=2)
        self.misclassified = self.scatter_axes.scatter(
            [], [], s=36, marker="o", facecolors="none", edgecolors="black", linewidths=0.9,
            label="predicted the other class", zorder=3)
        (self.boundary,) = self.scatter_axes.plot([], [], color=BOUNDARY_COLOR, linewidth=2.2,
                                                  label="decision boundary", zorder=4)
        self.legend = self.scatter_axes.legend(loc="upper right", fontsize="small",
                                               framealpha=0.85)
        self.scatter_axes.set_title("Data, model probability and boundary")
        self.scatter_axes.set_xlabel("x[0]")
        self.scatter_axes.set_ylabel("x[1]")

        (self.loss_line,) = self.loss_axes.plot([], [], color="#CC79A7", linewidth=1.6)
        self.loss_axes.set_title("Loss per step")
        self.loss_axes.set_ylabel("loss")
        self.loss_axes.set_xlim(0, 100)
        self.loss_axes.set_ylim(0, 1)
        self.loss_axes.grid(alpha=0.3)
        (self.accuracy_line,) = self.accuracy_axes.plot([], [], color="#009E73", linewidth=1.6)
        self.accuracy_axes.set_title("Accuracy per step")
        self.accuracy_axes.set_xlabel("step")
        self.accuracy_axes.set_ylabel("accuracy")
        self.accuracy_axes.set_ylim(0, 1.02)
        self.accuracy_axes.grid(alpha=0.3)

        # Drawn in this order each frame: the legend last, above the field.
        self.canvas.add_animated(self.field, self.misclassified, self.boundary,
                                 self.loss_line, self.accuracy_line, self.legend)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self._inputs = np.zeros((0, 2), dtype=np.float32)
        self._targets = np.zeros((0, 1), dtype=np.float32)
        self._grid = np.zeros((0, 2))

    def show_data(self, inputs: np.ndarray, targets: np.ndarray) -> None:
        """Plot new data and fix the scatter's limits around it.

        Args:
            inputs: `(num_samples, 2)` float32.
            targets: `(num_samples, 1)` float32 of 0/1.
        """
        self._inputs, self._targets = inputs, targets
        positive = targets[:, 0] > 0.5
        self.class_0.set_offsets(inputs[~positive])
        self.class_1.set_offsets(inputs[positive])
        self.misclassified.set_offsets(np.zeros((0, 2)))
        low, high = np.percentile(inputs, [0.1, 99.9], axis=0)
        margin = 0.1 * (high - low) + 0.5
        xlim = (float(low[0] - margin[0]), float(high[0] + margin[0]))
        ylim = (float(low[1] - margin[1]), float(high[1] + margin[1]))
        self.scatter_axes.set_xlim(xlim)
        self.scatter_axes.set_ylim(ylim)
        self.field.set_extent((*xlim, *ylim))
        xs = np.linspace(*xlim, FIELD_RESOLUTION)
        ys = np.linspace(*ylim, FIELD_RESOLUTION)
        grid_x, grid_y = np.meshgrid(xs, ys)
        self._grid = np.column_stack((grid_x.ravel(), grid_y.ravel()))
        self.field.set_data(np.full((FIELD_RESOLUTION, FIELD_RESOLUTION), 0.5))
        self.boundary.set_data([], [])
        self.canvas.draw_idle()

    def clear_history(self, num_steps_hint: int = 100) -> None:
        """Empty the loss and accuracy curves; the step axis spans ``num_steps_hint``."""
        self.loss_line.set_data([], [])
        self.accuracy_line.set_data([], [])
        self.loss_axes.set_xlim(0, max(num_steps_hint, 10))
        self.loss_axes.set_ylim(0, 1)
        self.canvas.draw_idle()

    def set_step_range(self, last_step: int) -> None:
        """Make the step axis reach ``last_step`` (the end of the run just started).

        Set once per run, so the curves grow without full redraws.
        """
        if last_step > self.loss_axes.get_xlim()[1]:
            self.loss_axes.set_xlim(0, last_step)
            self.canvas.draw_idle()

    def show_model(self, W: np.ndarray, b: np.ndarray, loss: str, threshold: float) -> int:
        """Update the field, boundary and misclassified markers for parameters ``W``, ``b``.

        Returns:
            The number of misclassified points.
        """
        logits_grid = self._grid @ W + b
        self.field.set_data(probability(loss, logits_grid).reshape(FIELD_RESOLUTION, -1))
        xs, ys = boundary_segment(W, b, threshold, self.scatter_axes.get_xlim(),
                                  self.scatter_axes.get_ylim())
        self.boundary.set_data(xs, ys)
        predicted = (self._inputs @ W + b)[:, 0] > threshold
        wrong = predicted != (self._targets[:, 0] > 0.5)
        self.misclassified.set_offsets(self._inputs[wrong])
        return int(wrong.sum())

    def show_history(self, steps: np.ndarray, losses: np.ndarray,
                     accuracies: np.ndarray) -> bool:
        """Set the curves; widen the axes when the data leave them.

        Returns:
            True if the axes changed (a full redraw is scheduled).
        """
        steps, losses, accuracies = decimated(steps, losses, accuracies)
        self.loss_line.set_data(steps, losses)
        self.accuracy_line.set_data(steps, accuracies)
        rescaled = False
        if len(steps) and steps[-1] > self.loss_axes.get_xlim()[1]:
            self.loss_axes.set_xlim(0, 2 * steps[-1])
            rescaled = True
        finite = losses[np.isfinite(losses)]
        if len(finite) and finite.max() > self.loss_axes.get_ylim()[1]:
            self.loss_axes.set_ylim(0, 1.2 * float(finite.max()))
            rescaled = True
        return rescaled

    def refresh(self, full: bool = False) -> None:
        """Show the changes: a blit of the animated artists, or a full redraw."""
        if full:
            self.canvas.draw_idle()
        else:
            self.canvas.update_animated()
