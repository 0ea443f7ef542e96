"""The parameter view: the linear model's loss over ``(W[0], W[1])`` at the current ``b``.

Gradient descent walks down this surface; the view draws the path of every recorded step
and the current weights as a point that can be dragged to set ``W`` by hand. The surface
(a grid of losses computed in NumPy, :func:`loss_surface`) is recomputed when ``b``, the data
or the view change, at most every :data:`SURFACE_INTERVAL_S` while training. Surface,
contour lines, path and point are blitted, as in the main figure.
"""

from __future__ import annotations

import time

import numpy as np
from matplotlib.colors import LogNorm
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tfintro_gui.core.classifier.losses import loss_surface
from tfintro_gui.ui.classifier.plot_parts import BOUNDARY_COLOR, contour_polyline, decimated
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

GRID_SIZE = 48  # grid points per axis of the loss surface
MAX_SURFACE_SAMPLES = 1000  # the surface is the mean loss over at most this many points
SURFACE_INTERVAL_S = 0.3  # while training, recompute the surface at most this often
DRAG_RADIUS_PX = 12
NUM_CONTOURS = 9


class ParameterView(QWidget):
    """Loss surface, optimisation path and a draggable point for the linear model.

    Signals:
        weights_dragged(float, float): the user dragged the point to ``(W[0], W[1])``.
    """

    weights_dragged = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(4.2, 4.0), parent=self)
        set_zoomed_minimum_size(self.canvas, 240, 260)  # beside the figure on a 1280 px screen
        self.axes = self.canvas.figure.add_subplot()
        self.surface = self.axes.imshow(
            np.ones((GRID_SIZE, GRID_SIZE)), origin="lower", aspect="auto", cmap="viridis",
            norm=LogNorm(1e-2, 1.0), interpolation="bilinear", zorder=0)
        (self.contours,) = self.axes.plot([], [], color="white", linewidth=0.6, alpha=0.8,
                                          zorder=1)
        (self.path,) = self.axes.plot([], [], color="white", linewidth=1.4, marker=".",
                                      markersize=3, zorder=2)
        (self.point,) = self.axes.plot([], [], "o", color=BOUNDARY_COLOR, markersize=9,
                                       markeredgecolor="white", zorder=3)
        self.axes.set_xlabel("W[0]")
        self.axes.set_ylabel("W[1]")
        self.axes.set_title(self.tr("Loss over W\nat the current b"), fontsize="medium")
        self.bias_label = self.axes.text(0.02, 0.98, "", transform=self.axes.transAxes,
                                         va="top", color="white", fontsize="small", zorder=4)
        self.canvas.add_animated(self.surface, self.contours, self.path, self.point,
                                 self.bias_label)
        # Shown instead of the surface for a model with a hidden layer (wrapped by Qt).
        self.note = QLabel(self.tr("The parameter view shows the linear model's two "
                                   "weights; a hidden layer has many more."))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setMinimumWidth(self.canvas.minimumWidth())
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addWidget(self.note)
        self._inputs = np.zeros((0, 2), np.float32)
        self._targets = np.zeros((0, 1), np.float32)
        self._loss = "logistic"
        self._surface_key = None
        self._surface_time = 0.0
        self._dragging = False
        self._set_limits((-1.0, 2.0), (-1.0, 2.0))
        self.canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("button_release_event", self._on_canvas_button_release)

    def set_data(self, inputs: np.ndarray, targets: np.ndarray, loss: str) -> None:
        """The training points and loss whose surface is drawn.

        Args:
            inputs: `(num_samples, 2)`; at most :data:`MAX_SURFACE_SAMPLES` evenly spaced
                ones are used. targets: `(num_samples, 1)`. loss: the loss name.
        """
        step = max(1, int(np.ceil(len(inputs) / MAX_SURFACE_SAMPLES)))
        self._inputs, self._targets = inputs[::step], targets[::step]
        self._loss = loss
        self._surface_key = None

    def set_linear(self, linear: bool) -> None:
        """Show the surface for a linear model, or say why there is none."""
        self.canvas.setVisible(linear)
        self.note.setVisible(not linear)
        for artist in (self.surface, self.contours, self.path, self.point, self.bias_label):
            artist.set_visible(linear)
        if linear:
            self.canvas.draw_idle()

    def _set_limits(self, xlim, ylim) -> None:
        self.axes.set_xlim(xlim)
        self.axes.set_ylim(ylim)
        self.surface.set_extent((*xlim, *ylim))
        self._surface_key = None

    def _fit_limits(self, points: np.ndarray) -> bool:
        """Widen the view when the path or point leaves it. Returns True if it changed."""
        xlim, ylim = self.axes.get_xlim(), self.axes.get_ylim()
        low, high = points.min(axis=0), points.max(axis=0)
        if low[0] >= xlim[0] and high[0] <= xlim[1] and low[1] >= ylim[0] and high[1] <= ylim[1]:
            return False
        span = np.maximum(high - low, 1.0)
        low, high = low - 0.4 * span, high + 0.4 * span
        self._set_limits((float(low[0]), float(high[0])), (float(low[1]), float(high[1])))
        return True

    def _update_surface(self, b: float, training: bool) -> None:
        key = (round(b, 4), self.axes.get_xlim(), self.axes.get_ylim())
        now = time.perf_counter()
        if key == self._surface_key or (training and self._surface_key is not None
                                        and now - self._surface_time < SURFACE_INTERVAL_S):
            return
        w1_values = np.linspace(*self.axes.get_xlim(), GRID_SIZE)
        w2_values = np.linspace(*self.axes.get_ylim(), GRID_SIZE)
        values = loss_surface(self._loss, self._inputs, self._targets, w1_values, w2_values, b)
        low = max(float(values.min()), 1e-6)
        high = max(float(values.max()), 1.01 * low)
        self.surface.set_data(values)
        self.surface.set_norm(LogNorm(low, high))
        levels = np.geomspace(low, high, NUM_CONTOURS + 2)[1:-1]
        pieces = [contour_polyline(w1_values, w2_values, values, level) for level in levels]
        pieces = [(np.append(xs, np.nan), np.append(ys, np.nan)) for xs, ys in pieces if len(xs)]
        self.contours.set_data(np.concatenate([xs for xs, _ in pieces]) if pieces else [],
                               np.concatenate([ys for _, ys in pieces]) if pieces else [])
        self.bias_label.set_text("b = " + f"{b:.4g}\n" + self.tr("drag the point"))
        self._surface_key = key
        self._surface_time = now

    def show_parameters(self, W: np.ndarray, b: np.ndarray, path: np.ndarray,
                        training: bool = False) -> None:
        """Draw the surface at ``b``, the path and the point ``W``.

        Args:
            W: `(2, 1)` the weights shown as the point.
            b: `(1,)` the bias at which the surface is computed.
            path: `(n, 2)` ``(W[0], W[1])`` of the recorded steps.
            training: True while training runs (the surface is then refreshed less often).
        """
        current = np.asarray(W, float).reshape(1, 2)
        path = np.asarray(path, float).reshape(-1, 2)
        (shown,) = decimated(path) if len(path) else (path,)
        finite = np.concatenate((shown, current))
        finite = finite[np.all(np.isfinite(finite), axis=1)]
        full = len(finite) > 0 and self._fit_limits(finite)
        self._update_surface(float(np.ravel(b)[0]), training and not full)
        self.path.set_data(np.append(shown[:, 0], current[0, 0]),
                           np.append(shown[:, 1], current[0, 1]))
        self.point.set_data(current[:, 0], current[:, 1])
        if full:
            self.canvas.draw_idle()
        else:
            self.canvas.update_animated()

    # -- dragging -------------------------------------------------------------------------
    def _on_canvas_button_press(self, event) -> None:
        if event.inaxes is not self.axes or event.button != 1 or not self.point.get_visible():
            return
        xs, ys = self.point.get_data()
        if not len(xs):
            return
        pixel = self.axes.transData.transform((xs[0], ys[0]))
        self._dragging = bool(np.hypot(pixel[0] - event.x, pixel[1] - event.y)
                              <= DRAG_RADIUS_PX)

    def _on_canvas_motion(self, event) -> None:
        if self._dragging and event.inaxes is self.axes and event.xdata is not None:
            self.weights_dragged.emit(float(event.xdata), float(event.ydata))

    def _on_canvas_button_release(self, event) -> None:
        self._dragging = False
