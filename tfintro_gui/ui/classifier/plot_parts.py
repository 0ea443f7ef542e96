"""What the Classifier's two figures share: colours, curve thinning, boundary geometry and
the step axis's ticks.

NumPy, contourpy (Matplotlib's contouring library) and Matplotlib's tickers; no figure is
made here.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from contourpy import LineType, contour_generator
from matplotlib.ticker import FuncFormatter, MaxNLocator

from tfintro_gui.core.files import write_bytes_atomically

# Okabe–Ito colours: told apart with the common colour-vision deficiencies.
CLASS_0_COLOR = "#0072B2"
CLASS_1_COLOR = "#E69F00"
BOUNDARY_COLOR = "#D55E00"
LOSS_COLOR = "#CC79A7"
ACCURACY_COLOR = "#009E73"
PREVIOUS_COLOR = "#777777"
TEST_LOSS_COLOR = "#6A2C5A"  # darker shades of the training curves, dashed
TEST_ACCURACY_COLOR = "#00523C"
MAX_CURVE_POINTS = 2000  # the curves are a few hundred pixels wide
#: The most ticks on a step axis: a long run's numbers ran together beside the lesson.
MAX_STEP_TICKS = 5


def step_tick_text(step: float, _position=None) -> str:
    """A step axis's tick: ``"400"``, ``"20k"`` from 10 000 on."""
    return f"{step / 1000:g}k" if abs(step) >= 10_000 else f"{step:g}"


class StepLocator(MaxNLocator):
    """Whole-step ticks: at most :data:`MAX_STEP_TICKS`, fewer as View → Zoom makes their
    labels bigger (at 150 % five of them wrote "80100" on a narrow curve). The count
    follows the canvas's zoom, not the axis's width, so that it is the same while
    constrained layout makes room for the labels and when they are drawn."""

    def __init__(self):
        super().__init__(nbins=MAX_STEP_TICKS, integer=True)

    def __call__(self):
        canvas = self.axis.figure.canvas if self.axis is not None else None
        zoom = canvas.zoom() if hasattr(canvas, "zoom") else 1.0
        self.set_params(nbins=max(2, min(MAX_STEP_TICKS, int(MAX_STEP_TICKS / zoom))))
        return super().__call__()


def use_step_ticks(axis) -> None:
    """Whole-step ticks on Matplotlib ``axis`` (:class:`StepLocator`), written by
    :func:`step_tick_text`."""
    axis.set_major_locator(StepLocator())
    axis.set_major_formatter(FuncFormatter(step_tick_text))


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


def contour_polyline(xs: np.ndarray, ys: np.ndarray, values: np.ndarray, level: float):
    """The level set ``values == level`` as one polyline with NaN gaps between pieces.

    Args:
        xs: `(nx,)` grid x coordinates; ys: `(ny,)`; values: `(ny, nx)`.

    Returns:
        ``(x, y)`` arrays for ``Line2D.set_data``; empty when the level is not crossed or
        the values are not finite.
    """
    if not np.all(np.isfinite(values)):
        return [], []
    pieces = contour_generator(xs, ys, values, line_type=LineType.Separate).lines(level)
    if not pieces:
        return [], []
    gap = np.full((1, 2), np.nan)
    joined = np.concatenate([part for piece in pieces for part in (piece, gap)][:-1])
    return joined[:, 0], joined[:, 1]


#: The formats :func:`save_figure` writes, by file extension.
SAVE_FORMATS = ("png", "svg", "pdf")


def save_figure(figure, path: str | Path) -> None:
    """Save ``figure``; the format follows the extension (``.png``, ``.svg``, ``.pdf``).

    The file is replaced atomically: a failed write leaves the old file as it was.

    Raises:
        ValueError: an unknown extension.
        OSError: the file cannot be written.
    """
    extension = Path(path).suffix.lower().lstrip(".")
    if extension not in SAVE_FORMATS:
        raise ValueError(f"Unknown image format {Path(path).suffix!r}; use "
                         f"{', '.join('.' + name for name in SAVE_FORMATS)}.")
    buffer = io.BytesIO()
    figure.savefig(buffer, format=extension, dpi=150)
    write_bytes_atomically(path, buffer.getvalue())
