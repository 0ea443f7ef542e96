"""The classifier's live figure: data and decision boundary, loss per step, accuracy per step.

Artists are created once. What changes every frame (probability field, boundary,
misclassified markers, loss and accuracy lines, the replay marker) is blitted over a cached
background; a full redraw happens only when data, axis limits or the legend change.
A linear model's boundary is the line ``w1·x + w2·y + b = threshold``; with a hidden layer
it is the contour of the model's output at the threshold (P = 0.5), traced on the field's
grid with contourpy into the same ``Line2D``.

Misclassified points are ringed only while they are few (at most
:data:`MAX_RINGED_FRACTION` of the points): at a random start about half the points are
wrong, and rings on all of them hid the data. The count is always in the Now readouts.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, to_rgba
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tfintro_gui.core.classifier.losses import probability
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.ui.classifier.plot_parts import (
    ACCURACY_COLOR,
    BOUNDARY_COLOR,
    CLASS_0_COLOR,
    CLASS_1_COLOR,
    LOSS_COLOR,
    PREVIOUS_COLOR,
    TEST_ACCURACY_COLOR,
    TEST_LOSS_COLOR,
    boundary_segment,
    contour_polyline,
    decimated,
    save_figure,
    use_step_ticks,
)
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.widgets.plot_toolbar import PlotToolbar
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

# The field's grid, drawn nearest-neighbour (the same pixels as no interpolation, at half
# the cost: about 5 ms a redraw on a 2-core laptop, bilinear about 9 ms).
FIELD_RESOLUTION = 120
# A hidden layer costs ~units times more per grid point; a coarser grid keeps frames cheap.
HIDDEN_FIELD_RESOLUTION = 100
#: Matplotlib resamples the probability field to the screen on every redraw, the slowest
#: part of the figure: while training it follows at most this often (seconds), in a turn
#: of its own, and once more after the last change. The rest follows every frame.
FIELD_INTERVAL_S = 0.1
#: How strongly the field shows the class colours (0 = white, 1 = the points' colours).
FIELD_STRENGTH = 0.35
#: Misclassified points are ringed only when at most this share of the points is wrong.
MAX_RINGED_FRACTION = 0.1
#: Below this figure width (pixels) the legend takes two rows and the scatter a larger
#: share of the width (beside the lesson, the figure may be only ~500 px wide).
NARROW_FIGURE_PX = 720
#: Widths of the scatter (with its colour bar) and the curves, wide and narrow.
WIDE_RATIOS, NARROW_RATIOS = (1.45, 1.0), (1.5, 1.0)


class ClassifierPlots(QWidget):
    """The figure with its navigation toolbar (zoom, pan, save as PNG/SVG).

    Signals:
        point_clicked(float, float, int): a click on the scatter in data coordinates, with
            the mouse button (1 left, 3 right), when the toolbar is not zooming or panning.
    """

    point_clicked = Signal(float, float, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(8.0, 4.6), parent=self)
        set_zoomed_minimum_size(self.canvas, 440, 302)  # the curves' axes are then 80 px tall
        figure = self.canvas.figure
        self._grid_spec = figure.add_gridspec(2, 2, width_ratios=WIDE_RATIOS)
        grid = self._grid_spec
        self.scatter_axes = figure.add_subplot(grid[:, 0])
        self.loss_axes = figure.add_subplot(grid[0, 1])
        self.accuracy_axes = figure.add_subplot(grid[1, 1], sharex=self.loss_axes)
        self._build_scatter(figure)
        self._build_curves()
        self.legend = None
        self._legend_columns = 0
        self.loss_legend = None
        self._update_layout()
        # The points lie on the field, in the slow layer too: they change only with the data.
        self.canvas.add_animated(self.field, self.class_0, self.class_1, self.test_points,
                                 slow=True)
        self._field_model = None  # (spec, weights, loss) not yet shown in the field
        self._field_drawn_at = -FIELD_INTERVAL_S
        self._field_timer = QTimer(self, singleShot=True)
        self._field_timer.timeout.connect(self._on_field_timer_timeout)
        self.canvas.add_animated(self.misclassified, self.boundary, self.loss_line,
                                 self.test_loss_line, self.accuracy_line,
                                 self.test_accuracy_line, *self.replay_markers)
        self.toolbar = PlotToolbar(self.canvas, self, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        self._inputs = np.zeros((0, 2), dtype=np.float32)
        self._targets = np.zeros((0, 1), dtype=np.float32)
        self._grids: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self.canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)

    def _build_scatter(self, figure) -> None:
        axes = self.scatter_axes
        # A light, opaque field under the points (drawn over it, see add_animated below):
        # the class colours mixed with white, which is cheaper to draw than transparency.
        light = [FIELD_STRENGTH * np.array(to_rgba(color)[:3]) + (1 - FIELD_STRENGTH)
                 for color in (CLASS_0_COLOR, "#ffffff", CLASS_1_COLOR)]
        colormap = LinearSegmentedColormap.from_list("class_probability", light)
        self.field = axes.imshow(
            np.full((FIELD_RESOLUTION, FIELD_RESOLUTION), 0.5), origin="lower", cmap=colormap,
            vmin=0.0, vmax=1.0, aspect="auto", interpolation="nearest",
            interpolation_stage="data", zorder=0)
        colorbar = figure.colorbar(self.field, ax=axes, shrink=0.7, fraction=0.06, pad=0.02)
        colorbar.set_label(self.tr("model's P(class 1)"), fontsize="small")
        colorbar.ax.tick_params(labelsize="small")
        self.class_0 = axes.scatter([], [], s=9, marker="o", color=CLASS_0_COLOR,
                                    label=self.tr("class 0"), zorder=2)
        self.class_1 = axes.scatter([], [], s=11, marker="^", color=CLASS_1_COLOR,
                                    label=self.tr("class 1"), zorder=2)
        self.test_points = axes.scatter([], [], s=16, marker="x", linewidths=1.0, zorder=2)
        self.misclassified = axes.scatter(
            [], [], s=30, marker="o", facecolors="none", edgecolors="#333333", linewidths=0.7,
            label=self.tr("misclassified (ringed when few)"), zorder=3)
        (self.boundary,) = axes.plot([], [], color=BOUNDARY_COLOR, linewidth=2.2,
                                     label=self.tr("decision boundary"), zorder=4)
        axes.set_title(self.tr("Data and boundary"), fontsize="medium")
        axes.set_xlabel("x[0]")
        axes.set_ylabel("x[1]")

    def _build_curves(self) -> None:
        (self.previous_loss_line,) = self.loss_axes.plot(
            [], [], color=PREVIOUS_COLOR, linewidth=1.3, linestyle=":", label="_previous run")
        (self.loss_line,) = self.loss_axes.plot([], [], color=LOSS_COLOR, linewidth=1.6,
                                                label=self.tr("train"))
        (self.test_loss_line,) = self.loss_axes.plot([], [], color=TEST_LOSS_COLOR,
                                                     linewidth=1.3, linestyle="--",
                                                     label="_test")
        # The titles name the curves; no y labels, so the curves keep their width.
        self.loss_axes.set_title(self.tr("Loss per step"), fontsize="medium")
        self.loss_axes.set(xlim=(0, 100), ylim=(0, 1))
        self.loss_axes.grid(alpha=0.3)
        self.loss_axes.tick_params(labelbottom=False)
        (self.accuracy_line,) = self.accuracy_axes.plot([], [], color=ACCURACY_COLOR,
                                                        linewidth=1.6, label=self.tr("train"))
        (self.test_accuracy_line,) = self.accuracy_axes.plot(
            [], [], color=TEST_ACCURACY_COLOR, linewidth=1.3, linestyle="--", label="_test")
        self.accuracy_axes.set_title(self.tr("Accuracy per step"), fontsize="medium")
        self.accuracy_axes.set(xlabel=self.tr("step"), ylim=(0, 1.02))
        use_step_ticks(self.accuracy_axes.xaxis)  # shared with the loss axes
        self.accuracy_axes.grid(alpha=0.3)
        self.replay_markers = [axes.axvline(0, color="black", linewidth=1.0, visible=False)
                               for axes in (self.loss_axes, self.accuracy_axes)]

    # -- layout -----------------------------------------------------------------------------
    def _update_layout(self) -> bool:
        """The figure's legend below the plots, in one row when the figure is wide enough
        (drawn once with the background, out of the field's way), and the scatter's share
        of the width. Returns True if they changed."""
        width = self.canvas.width() if self.canvas.width() > 1 else 1000
        columns = 4 if width >= NARROW_FIGURE_PX else 2
        if columns == self._legend_columns:
            return False
        self._grid_spec.set_width_ratios(WIDE_RATIOS if columns == 4 else NARROW_RATIOS)
        if self.legend is not None:
            self.legend.remove()
        self.legend = self.canvas.figure.legend(
            handles=[self.class_0, self.class_1, self.misclassified, self.boundary],
            loc="outside lower center", ncols=columns, fontsize="small", frameon=False)
        self._legend_columns = columns
        return True

    def _on_canvas_resize(self, event) -> None:
        if self._update_layout():
            self.canvas.draw_idle()

    def _update_loss_legend(self) -> None:
        """Name the loss curves once there is more than one (test set, previous run)."""
        if self.loss_legend is not None:
            self.loss_legend.remove()
        shown = [line for line in (self.loss_line, self.test_loss_line, self.previous_loss_line)
                 if not line.get_label().startswith("_")]
        self.loss_legend = (self.loss_axes.legend(handles=shown, loc="upper right",
                                                  fontsize="x-small")
                            if len(shown) > 1 else None)

    # -- scatter ----------------------------------------------------------------------------
    def show_data(self, inputs: np.ndarray, targets: np.ndarray,
                  test_mask: np.ndarray | None = None, keep_limits: bool = False) -> None:
        """Plot the points: training points by class, test points as crosses.

        Args:
            inputs: `(num_samples, 2)` float32.
            targets: `(num_samples, 1)` float32 of 0/1.
            test_mask: `(num_samples,)` bool, True for held-out points; None = no test set.
            keep_limits: keep the view (after a point was added or removed) instead of
                fitting it around the data.
        """
        self._inputs, self._targets = inputs, targets
        test = np.zeros(len(inputs), bool) if test_mask is None else test_mask
        positive = targets[:, 0] > 0.5
        self.class_0.set_offsets(inputs[~positive & ~test])
        self.class_1.set_offsets(inputs[positive & ~test])
        self.test_points.set_offsets(inputs[test])
        self.test_points.set_color([to_rgba(CLASS_1_COLOR if p else CLASS_0_COLOR)
                                    for p in positive[test]])
        self.scatter_axes.set_title(
            self.tr("Data (× = {count} test points)").format(count=int(test.sum()))
            if test.any() else self.tr("Data and boundary"), fontsize="medium")
        self.misclassified.set_offsets(np.zeros((0, 2)))
        if not keep_limits or not self._grids:
            low, high = np.percentile(inputs.astype(np.float64), [0.1, 99.9], axis=0)
            margin = 0.1 * (high - low) + 0.5
            xlim = (float(low[0] - margin[0]), float(high[0] + margin[0]))
            ylim = (float(low[1] - margin[1]), float(high[1] + margin[1]))
            self.scatter_axes.set_xlim(xlim)
            self.scatter_axes.set_ylim(ylim)
            self.field.set_extent((*xlim, *ylim))
            self._grids.clear()
            self.field.set_data(np.full((FIELD_RESOLUTION, FIELD_RESOLUTION), 0.5))
            self.boundary.set_data([], [])
        self.canvas.draw_idle()

    def _grid(self, resolution: int):
        """``(xs, ys, points)`` of the field's grid at ``resolution`` over the fixed view."""
        if resolution not in self._grids:
            left, right, bottom, top = self.field.get_extent()
            xs = np.linspace(left, right, resolution)
            ys = np.linspace(bottom, top, resolution)
            grid_x, grid_y = np.meshgrid(xs, ys)
            points = np.column_stack((grid_x.ravel(), grid_y.ravel())).astype(np.float32)
            self._grids[resolution] = (xs, ys, points)
        return self._grids[resolution]

    def show_model(self, model_spec: ModelSpec, weights, loss: str, threshold: float,
                   misclassified: np.ndarray) -> None:
        """Update the field, the boundary and the misclassified markers.

        Args:
            model_spec: the architecture.
            weights: arrays of ``model_spec.weight_shapes``.
            loss: the loss name (how the output becomes a probability).
            threshold: the output at which the predicted class flips.
            misclassified: `(num_samples,)` bool, the points the model gets wrong; ringed
                only when at most :data:`MAX_RINGED_FRACTION` of them.
        """
        self._field_model = (model_spec, weights, loss)
        if model_spec.is_linear:
            boundary = boundary_segment(weights[0], weights[1], threshold,
                                        self.scatter_axes.get_xlim(),
                                        self.scatter_axes.get_ylim())
        else:
            xs, ys, points = self._grid(HIDDEN_FIELD_RESOLUTION)
            outputs = model_spec.logits(weights, points).reshape(len(ys), len(xs))
            boundary = contour_polyline(xs, ys, outputs, threshold)
        self.boundary.set_data(*boundary)
        few = misclassified.sum() <= max(1, MAX_RINGED_FRACTION * len(misclassified))
        self.misclassified.set_offsets(self._inputs[misclassified] if few
                                       else np.zeros((0, 2)))

    def to_pixels(self, points) -> np.ndarray:
        """`(n, 2)` data coordinates of the scatter as `(n, 2)` pixels on the canvas."""
        return self.scatter_axes.transData.transform(np.asarray(points, float).reshape(-1, 2))

    def _on_canvas_button_press(self, event) -> None:
        if (event.inaxes is self.scatter_axes and not self.toolbar.mode
                and event.button in (1, 3) and event.xdata is not None):
            self.point_clicked.emit(float(event.xdata), float(event.ydata), int(event.button))

    # -- curves -----------------------------------------------------------------------------
    def clear_history(self, num_steps_hint: int = 100) -> None:
        """Empty the live curves; the step axis spans ``num_steps_hint`` steps (at least 10),
        over which the previous run is compared (a longer one shows more as the new run
        grows: a short run is not squeezed into a corner of a long one)."""
        for line in (self.loss_line, self.accuracy_line, self.test_loss_line,
                     self.test_accuracy_line):
            line.set_data([], [])
        self.show_replay_marker(None)
        last = max(num_steps_hint, 10)
        self.loss_axes.set_xlim(0, last)
        previous_steps = np.asarray(self.previous_loss_line.get_xdata(), dtype=float)
        previous_losses = np.asarray(self.previous_loss_line.get_ydata(), dtype=float)
        finite = previous_losses[np.isfinite(previous_losses) & (previous_steps <= last)]
        self.loss_axes.set_ylim(0, max(1.0, 1.05 * float(finite.max())) if len(finite) else 1)
        self.canvas.draw_idle()

    def set_previous_run(self, steps: np.ndarray, losses: np.ndarray, label: str) -> None:
        """Show a finished run's loss curve under the live one, to compare settings.

        Args:
            steps: `(n,)`; losses: `(n,)`; label: the legend text, e.g. its learning rate.
                An empty ``steps`` removes the curve.
        """
        steps, losses = decimated(np.asarray(steps), np.asarray(losses))
        self.previous_loss_line.set_data(steps, losses)
        self.previous_loss_line.set_label(label if len(steps) else "_previous run")
        self._update_loss_legend()
        self.canvas.draw_idle()

    def set_step_range(self, last_step: int) -> None:
        """Make the step axis reach ``last_step``, the end of the run just started: once a
        run, so the curves grow without full redraws."""
        if last_step > self.loss_axes.get_xlim()[1]:
            self.loss_axes.set_xlim(0, last_step)
            self.canvas.draw_idle()

    def show_history(self, history) -> bool:
        """Set the curves from a :class:`TrainingHistory`; widen the axes when data leave them.

        Returns:
            True if the axes or legend changed (a full redraw is needed).
        """
        steps, losses, accuracies, test_losses, test_accuracies = decimated(
            history.steps, history.losses, history.accuracies, history.test_losses,
            history.test_accuracies)
        self.loss_line.set_data(steps, losses)
        self.accuracy_line.set_data(steps, accuracies)
        rescaled = False
        if history.has_test:
            self.test_loss_line.set_data(steps, test_losses)
            self.test_accuracy_line.set_data(steps, test_accuracies)
        if (not self.test_loss_line.get_label().startswith("_")) != history.has_test:
            for line in (self.test_loss_line, self.test_accuracy_line):
                line.set_label(self.tr("test") if history.has_test else "_test")
                if not history.has_test:
                    line.set_data([], [])
            self._update_loss_legend()
            rescaled = True
        if len(steps) and steps[-1] > self.loss_axes.get_xlim()[1]:
            self.loss_axes.set_xlim(0, 2 * steps[-1])
            rescaled = True
        shown = np.concatenate((losses, test_losses)) if history.has_test else losses
        finite = shown[np.isfinite(shown)]
        if len(finite) and finite.max() > self.loss_axes.get_ylim()[1]:
            self.loss_axes.set_ylim(0, min(1.2 * float(finite.max()), 1e30))
            rescaled = True
        return rescaled

    def show_replay_marker(self, step: int | None) -> None:
        """Mark ``step`` on the curves, or hide the marker (None)."""
        for marker in self.replay_markers:
            marker.set_visible(step is not None)
            if step is not None:
                marker.set_xdata([step, step])

    def _update_field(self) -> None:
        model_spec, weights, loss = self._field_model
        self._field_model = None
        resolution = FIELD_RESOLUTION if model_spec.is_linear else HIDDEN_FIELD_RESOLUTION
        _, _, points = self._grid(resolution)
        outputs = model_spec.logits(weights, points).reshape(resolution, resolution)
        self.field.set_data(probability(loss, outputs))
        self._field_drawn_at = time.perf_counter()

    def refresh(self, full: bool = False) -> None:
        """Show the changes: a blit of the animated artists, or a full redraw with the
        newest field. Otherwise the field follows in a turn of the event loop of its own,
        at most every :data:`FIELD_INTERVAL_S`: a frame and the field's slower redraw
        never add up to one long pause of the window."""
        if full:
            if self._field_model is not None:
                self._update_field()
            self.canvas.draw_idle()
            return
        self.canvas.update_animated(redraw_slow=False)
        if self._field_model is not None and not self._field_timer.isActive():
            waited = time.perf_counter() - self._field_drawn_at
            self._field_timer.start(max(0, round((FIELD_INTERVAL_S - waited) * 1000)))

    def _on_field_timer_timeout(self) -> None:
        if self._field_model is not None:
            self._update_field()
            self.canvas.update_animated(redraw_slow=True)

    def save(self, path: str | Path) -> None:
        """Save the figure (see :func:`~tfintro_gui.ui.classifier.plot_parts.save_figure`)."""
        save_figure(self.canvas.figure, path)
