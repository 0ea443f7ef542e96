"""What a node's box in the graph drawing shows: its name and shape, its op or role, its value
and its gradient, as text, and for a large tensor small heatmaps instead of numbers.

A node of more than :data:`HEATMAP_THRESHOLD` entries leaves :data:`HEATMAP_LINES` empty
lines in its text; :func:`draw_heatmaps` fills them with the value (left) and, once known,
the gradient (right), each mean-pooled to at most 16 × 16 cells
(:func:`~tfintro_gui.ui.backprop.graph_layout.pooled`) on a blue-white-red scale centred at
0, whose bound (the largest pooled magnitude) is written under it (``±0.012``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.autodiff import ComputationGraph, format_shape, format_value
from tfintro_gui.ui.backprop.graph_layout import compact_matrix, pooled

ROLES = {"variable": "tf.Variable", "constant": "tf.constant",
         "watched": QT_TRANSLATE_NOOP("GraphDrawing", "watched constant")}
#: A node's value before the forward pass reaches it, and its gradient before the backward
#: pass does (never a made-up 0).
VALUE_UNKNOWN = QT_TRANSLATE_NOOP("GraphDrawing", "value ?")
GRADIENT_UNKNOWN = QT_TRANSLATE_NOOP("GraphDrawing", "∂L ?")
#: Characters of a colour bound such as "±0.0033" (two significant digits; padded to it,
#: so a box keeps its width through the steps).
BOUND_WIDTH = 7
#: The colour key's entry for heatmaps (shown when a graph has some).
HEATMAP_KEY = QT_TRANSLATE_NOOP("GraphDrawing", "heatmaps: mean-pooled to at most 16 × 16, "
                                                "blue < 0 < red up to ±bound; left value, "
                                                "right ∂L")
#: Nodes with more entries than this are drawn as heatmaps (every preset's typed tensors
#: have at most 12 entries and keep their printed numbers).
HEATMAP_THRESHOLD = 16
#: Empty text lines a heatmap takes in its box.
HEATMAP_LINES = 3
#: Width of the empty lines, in characters (room for two heatmaps side by side).
HEATMAP_WIDTH = 14
#: Blue for negative, white for 0, red for positive.
HEATMAP_COLORMAP = "RdBu_r"


def _words(text: str) -> str:
    return QCoreApplication.translate("GraphDrawing", text)


def _is_large(graph: ComputationGraph, index: int) -> bool:
    return int(np.prod(graph.shapes[index])) > HEATMAP_THRESHOLD


def has_heatmap(graph: ComputationGraph, index: int) -> bool:
    """True when the node is drawn as a heatmap: it has more than :data:`HEATMAP_THRESHOLD`
    entries and a value."""
    return _is_large(graph, index) and graph.value(index) is not None


def _bound(value) -> float:
    """The colour scale's bound: the largest magnitude of the pooled heatmap (1 for an
    all-zero tensor)."""
    cells = pooled(value)
    with np.errstate(all="ignore"):
        largest = float(np.max(np.abs(cells[np.isfinite(cells)]), initial=0.0))
    return largest if largest > 0 else 1.0


def _gradient_line(graph: ComputationGraph, index: int, compact: bool) -> list[str]:
    gradient = graph.gradient(index)
    if not gradient.computed:
        return [_words(GRADIENT_UNKNOWN)]
    if gradient.value is None:
        return ["∂L None"]
    if np.ndim(gradient.value) == 0:
        return [f"∂L = {format_value(gradient.value)}"]
    if compact:  # its largest magnitude (the matrix is in the details): one line, as "∂L ?"
        return [f"∂L ±{_bound(gradient.value):.2g}"]
    return ["∂L =", compact_matrix(gradient.value)]


def _heatmap_lines(graph: ComputationGraph, index: int) -> list[str]:
    # Room for the heatmaps from the start and bounds padded to one width: the box keeps
    # its size through every step, so the fitted drawing does not move the nodes.
    blank = ["\u2007" * HEATMAP_WIDTH] * HEATMAP_LINES
    value = graph.value(index)
    scale = "±?" if value is None else f"±{_bound(value):.2g}"
    gradient = graph.gradient(index)
    if not gradient.computed:
        slope = "±?"
    elif gradient.value is None:
        slope = "None"
    else:
        slope = f"±{_bound(gradient.value):.2g}"
    # Under each heatmap its bound (the key says: left the value, right ∂L).
    return [*blank, f"{scale.ljust(BOUND_WIDTH)}  {slope.ljust(BOUND_WIDTH)}"]


def node_label(graph: ComputationGraph, index: int, compact: bool = False) -> str:
    """The text drawn in a node's box: name (and shape), op, value, gradient.

    Args:
        graph: the graph.
        index: the node.
        compact: leave a matrix gradient out (it is in the details).

    Returns:
        Lines; a value not evaluated yet reads ``"value ?"``, a gradient not computed yet
        ``"∂L ?"``, a ``None`` gradient ``"∂L None"`` (in the interface's language). A
        node of more than :data:`HEATMAP_THRESHOLD` entries gets empty lines for its
        heatmaps (drawn once it has a value, :func:`has_heatmap`) and then the bounds of
        its colour scales, value then ∂L, padded to one width: ``"±0.068  ±0.0012"``
        (``"±?"`` before a pass reaches it, ``"None"`` for no gradient).
    """
    node = graph.nodes[index]
    if node.is_literal:
        return format_value(node.literal)
    value = graph.value(index)
    shape = graph.shapes[index]
    header = node.name + (f"  {format_shape(np.zeros(shape))}" if shape else "")
    if node.is_input:
        role = _words(ROLES[node.kind])
    else:
        role = graph.expression_of(node)
        if len(role) > 16:
            role = f"{node.label}(…)" if node.label.isidentifier() else node.label
    lines = [header, role]
    if _is_large(graph, index):
        return "\n".join(lines + _heatmap_lines(graph, index))
    if value is None:
        lines.append(_words(VALUE_UNKNOWN))
    elif np.ndim(value) == 0:
        lines.append(f"= {format_value(value)}")
    else:
        lines.append(compact_matrix(value))
    return "\n".join(lines + _gradient_line(graph, index, compact))


def draw_heatmaps(axes, graph: ComputationGraph, boxes: dict, renderer) -> dict[int, list]:
    """Draw the heatmaps of the nodes that have them into the empty lines of their boxes.

    Call after the boxes have their final place and font size; the axis limits are kept.

    Args:
        axes: the Matplotlib axes of the drawing.
        graph: the graph.
        boxes: node index -> its Matplotlib ``Text`` box.
        renderer: the canvas's renderer (to measure the boxes).

    Returns:
        Node index -> its ``AxesImage`` list (value, then gradient once computed).
    """
    limits = axes.get_xlim(), axes.get_ylim()
    to_data = axes.transData.inverted()
    images: dict[int, list] = {}
    for index, box in boxes.items():
        if not has_heatmap(graph, index):
            continue
        extent = box.get_window_extent(renderer)
        line = extent.height / (2 + HEATMAP_LINES + 1)
        top, bottom = extent.y1 - 2 * line, extent.y1 - (2 + HEATMAP_LINES) * line
        gradient = graph.gradient(index).value
        tensors = [graph.value(index)] + ([gradient] if gradient is not None else [])
        gap = 4.0
        width = (extent.width - gap * (len(tensors) - 1)) / len(tensors)
        images[index] = []
        for position, tensor in enumerate(tensors):
            left = extent.x0 + position * (width + gap)
            (x0, y0), (x1, y1) = to_data.transform([(left, bottom), (left + width, top)])
            bound = _bound(tensor)
            images[index].append(axes.imshow(
                pooled(tensor), cmap=HEATMAP_COLORMAP, vmin=-bound, vmax=bound,
                extent=(x0, x1, y0, y1), origin="upper", aspect="auto",
                interpolation="nearest", zorder=3))
    axes.set_xlim(*limits[0])
    axes.set_ylim(*limits[1])
    return images
