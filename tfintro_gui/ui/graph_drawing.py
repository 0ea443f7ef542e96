"""Draws a :class:`~tfintro_gui.core.autodiff.graph.ComputationGraph` on a Matplotlib canvas.

Nodes are laid out left to right in topological layers by ``networkx.multipartite_layout``;
each node is a text box with its name, op, value and gradient; edges run from operands to
the nodes that use them. The path from the output back to the selected input is drawn in
the highlight colour, like the notebook's figure of the backward pass.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
from matplotlib.backend_bases import MouseButton
from matplotlib.backends.backend_qtagg import NavigationToolbar2QT
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from tfintro_gui.core.autodiff import ComputationGraph, format_value
from tfintro_gui.core.autodiff.formatting import format_shape
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas

# Okabe–Ito based colours: told apart with the common colour-vision deficiencies.
FACE_COLORS = {
    "variable": "#cfe3f7",
    "constant": "#e4e4e4",
    "watched": "#cdeee0",
    "operation": "#ffffff",
    "literal": "#f4f4f4",
    "output": "#fde0c2",
}
CURRENT_COLOR = "#fff0a0"
EDGE_COLOR = "#8c8c8c"
HIGHLIGHT_COLOR = "#D55E00"
SELECTED_COLOR = "#0072B2"
#: Smallest font scale used before the canvas grows wider: 9 pt × 0.7 ≈ 6.3 pt.
MIN_FONT_SCALE = 0.7


def node_layers(graph: ComputationGraph) -> dict[int, int]:
    """Topological layer of every node, for a left-to-right drawing.

    An operation's layer is one more than the deepest operation it reads (1 when it reads
    only inputs and numbers); an input or a number sits one layer left of its first user,
    so ``b`` is drawn next to ``x1 + b`` rather than at the far left.

    Returns:
        Node index -> layer (0 = leftmost).
    """
    layers: dict[int, int] = {}
    for index in graph.order:
        node = graph.nodes[index]
        if node.is_operation:
            layers[index] = 1 + max((layers[o] for o in node.operands
                                     if graph.nodes[o].is_operation), default=0)
    for node in graph.nodes:
        if not node.is_operation:
            users = [layers[user] for user in graph.consumers[node.index]]
            layers[node.index] = min(users) - 1 if users else 0
    low = min(layers.values(), default=0)
    return {index: layer - low for index, layer in layers.items()}


def layout_positions(graph: ComputationGraph,
                     stagger: float = 0.0) -> dict[int, tuple[float, float]]:
    """Positions of the nodes: x = layer, y = place within the layer (top first).

    Nodes inside a layer are ordered by the mean place of their neighbours (two sweeps of
    the barycentre heuristic) to reduce crossings; ``networkx.multipartite_layout`` then
    spaces them.

    Args:
        graph: the graph.
        stagger: vertical shift of every other layer, in rows; wide boxes of neighbouring
            layers then sit at different heights instead of colliding.

    Returns:
        Node index -> ``(x, y)`` in layout units.
    """
    layers = node_layers(graph)
    groups: dict[int, list[int]] = {}
    for index in graph.order:
        groups.setdefault(layers[index], []).append(index)
    place = {index: float(rank) for members in groups.values()
             for rank, index in enumerate(members)}
    neighbours = {node.index: list(node.operands) + list(graph.consumers[node.index])
                  for node in graph.nodes}
    for _ in range(2):
        for layer in sorted(groups):
            members = groups[layer]
            members.sort(key=lambda index: (np.mean([place[n] for n in neighbours[index]])
                                            if neighbours[index] else place[index]))
            for rank, index in enumerate(members):
                place[index] = rank - (len(members) - 1) / 2
    network = nx.DiGraph()
    network.add_nodes_from(graph.order)
    network.add_edges_from((operand, node.index) for node in graph.nodes
                           for operand in node.operands)
    positions = nx.multipartite_layout(network, subset_key=dict(sorted(groups.items())))
    xs = sorted({float(position[0]) for position in positions.values()})
    x_step = (xs[1] - xs[0]) if len(xs) > 1 else 1.0
    result = {}
    for index, position in positions.items():
        x = float(position[0]) / x_step
        shift = stagger if round(x - min(xs) / x_step) % 2 else -stagger
        result[index] = (x, -float(position[1]) / x_step + shift)
    return result


def compact_matrix(value) -> str:
    """A small array in little width: two decimals at most, columns right-aligned.

    ``[[0.85 -0.2 0.95 0.5]]`` rather than NumPy's ``[[ 0.85 -0.2   0.95  0.5 ]]``.
    """
    array = np.atleast_2d(np.asarray(value))
    vector = np.ndim(value) == 1

    def element(item) -> str:
        if array.dtype.kind in "iub":
            return str(item)
        text = f"{float(item):.2f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text

    cells = [[element(item) for item in row] for row in array]
    widths = [max(len(row[column]) for row in cells) for column in range(array.shape[1])]
    rows = [" ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
            for row in cells]
    if vector:
        return f"[{rows[0]}]"
    if len(rows) == 1:
        return f"[[{rows[0]}]]"
    return "\n".join(("[[" if position == 0 else " [") + row +
                     ("]]" if position == len(rows) - 1 else "]")
                     for position, row in enumerate(rows))


def node_label(graph: ComputationGraph, index: int, compact: bool = False) -> str:
    """The text drawn in a node's box: name (and shape), op, value, gradient.

    Args:
        graph: the graph.
        index: the node.
        compact: leave the gradient out (long matrices).

    Returns:
        Lines separated by newlines; a value not evaluated yet reads ``"value ?"``, a
        gradient not computed yet reads ``"∂L ?"``, a ``None`` gradient reads ``"∂L None"``.
    """
    node = graph.nodes[index]
    if node.is_literal:
        return format_value(node.literal)
    value = graph.value(index)
    shape = graph.shapes[index]
    header = node.name + (f"  {format_shape(np.zeros(shape))}" if shape else "")
    if node.is_input:
        role = {"variable": "tf.Variable", "constant": "tf.constant",
                "watched": "watched constant"}[node.kind]
    else:
        role = graph.expression_of(node)
        if len(role) > 16:
            role = f"{node.label}(…)" if node.label.isidentifier() else node.label
    lines = [header, role]
    if value is None:
        lines.append("value ?")
    elif np.ndim(value) == 0:
        lines.append(f"= {format_value(value)}")
    else:
        lines.append(compact_matrix(value))
    gradient = graph.gradient(index)
    if not gradient.computed:
        lines.append("∂L ?")
    elif gradient.value is None:
        lines.append("∂L None")
    elif np.ndim(gradient.value) == 0:
        lines.append(f"∂L = {format_value(gradient.value)}")
    elif not compact:
        lines.append("∂L =")
        lines.append(compact_matrix(gradient.value))
    return "\n".join(lines)


def _limits(centers: np.ndarray, sizes: np.ndarray, width: float, height: float):
    """Axis limits that keep boxes of ``sizes`` (pixels) around ``centers`` (data) inside an
    area of ``width`` × ``height`` pixels, found by a few fixed-point iterations."""
    limits = []
    for axis, pixels in ((0, width), (1, height)):
        low, high = centers[:, axis].min() - 0.5, centers[:, axis].max() + 0.5
        half = sizes[:, axis] / 2 + 6  # a little air at the border
        for _ in range(8):
            per_pixel = (high - low) / max(pixels, 1.0)
            low = float(np.min(centers[:, axis] - half * per_pixel))
            high = float(np.max(centers[:, axis] + half * per_pixel))
            if high - low < 1e-9:
                low, high = low - 0.5, high + 0.5
        limits.append((low, high))
    return limits


def _overlapping(centers, sizes, limits, width, height, gap: float = 3.0) -> bool:
    """True if any two boxes would overlap (or come closer than ``gap`` pixels)."""
    (x_low, x_high), (y_low, y_high) = limits
    xs = (centers[:, 0] - x_low) / (x_high - x_low) * width
    ys = (centers[:, 1] - y_low) / (y_high - y_low) * height
    for first in range(len(centers)):
        for second in range(first + 1, len(centers)):
            apart_x = abs(xs[first] - xs[second]) - (sizes[first, 0] + sizes[second, 0]) / 2
            apart_y = abs(ys[first] - ys[second]) - (sizes[first, 1] + sizes[second, 1]) / 2
            if apart_x < gap and apart_y < gap:
                return True
    return False


class GraphDrawing(QWidget):
    """The computation graph on a canvas, with a navigation toolbar.

    Signals:
        node_clicked(int): the index of the node whose box was clicked.
    """

    node_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = MplCanvas(figsize=(9.0, 5.0), parent=self)
        self.canvas.setToolTip(self.tr("Click a node to see its value, its gradient and the "
                                       "formulas behind them"))
        figure = self.canvas.figure
        figure.set_layout_engine("none")  # fixed margins: the fit below needs a known area
        self.axes = figure.add_axes((0.005, 0.09, 0.99, 0.84))
        self.axes.set_axis_off()
        self.font_scale = 1.0
        self._last: tuple | None = None
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        # A graph too wide to stay readable gets a wider canvas and a horizontal scroll bar.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.boxes: dict[int, object] = {}
        self.positions: dict[int, tuple[float, float]] = {}
        self.highlighted_edges: set[tuple[int, int]] = set()
        self.canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)
        self._show_empty(self.tr("The graph appears here once TensorFlow is loaded."))

    def _show_empty(self, text: str) -> None:
        self.axes.clear()
        self.axes.set_axis_off()
        self.axes.text(0.5, 0.5, text, ha="center", va="center", color="#666666",
                       transform=self.axes.transAxes)
        self.canvas.draw_idle()

    def show_graph(self, graph: ComputationGraph, selected: int | None = None,
                   current: int | None = None) -> None:
        """Draw ``graph`` now.

        Args:
            graph: the graph, at whatever stage of its forward and backward passes.
            selected: the node whose path to the output is highlighted, if any.
            current: the node the last step processed, drawn with a yellow face.
        """
        self._last = (graph, selected, current)
        axes = self.axes
        axes.clear()
        axes.set_axis_off()
        self.boxes = {}
        self.positions = layout_positions(graph)
        self.highlighted_edges = graph.path_edges(selected) if selected is not None else set()
        largest = max(int(np.prod(shape)) if shape else 1 for shape in graph.shapes.values())
        font_size = 9.0
        compact = largest > 8  # matrices: the gradient is in the details, not in the box
        for node in graph.nodes:
            x, y = self.positions[node.index]
            face = FACE_COLORS["output" if node is graph.output else node.kind]
            if node.index == current:
                face = CURRENT_COLOR
            on_path = any(node.index in edge for edge in self.highlighted_edges)
            edge_color, width = EDGE_COLOR, 0.8
            if on_path:
                edge_color, width = HIGHLIGHT_COLOR, 2.0
            if node.index == selected:
                edge_color, width = SELECTED_COLOR, 2.6
            box = axes.text(
                x, y, node_label(graph, node.index, compact=compact), ha="center", va="center",
                fontsize=font_size - (1 if node.is_literal else 0), family="monospace",
                zorder=2, linespacing=1.15,
                bbox={"boxstyle": "round,pad=0.35" if not node.is_literal else "circle,pad=0.25",
                      "facecolor": face, "edgecolor": edge_color, "linewidth": width})
            self.boxes[node.index] = box
        self._fit(graph)
        drawn: dict[tuple[int, int], int] = {}
        for node in graph.nodes:
            for operand in node.operands:
                edge = (operand, node.index)
                repeat = drawn.get(edge, 0)
                drawn[edge] = repeat + 1
                highlighted = edge in self.highlighted_edges
                axes.annotate(
                    "", xy=self.positions[node.index], xytext=self.positions[operand],
                    zorder=1, arrowprops={
                        "arrowstyle": "-|>", "mutation_scale": 11,
                        "color": HIGHLIGHT_COLOR if highlighted else EDGE_COLOR,
                        "linewidth": 2.2 if highlighted else 1.0,
                        "patchA": self.boxes[operand].get_bbox_patch(),
                        "patchB": self.boxes[node.index].get_bbox_patch(),
                        "shrinkA": 1, "shrinkB": 1,
                        "connectionstyle": f"arc3,rad={0.25 * repeat}"})
        forward = sum(graph.value(node.index) is not None for node in graph.nodes
                      if node.is_operation)
        operations = sum(node.is_operation for node in graph.nodes)
        backward = self.tr("done") if graph.backward_done else (
            self.tr("running") if graph.backward_started else self.tr("not started"))
        axes.set_title(
            self.tr("Forward: {forward} of {operations} operations evaluated · backward pass: "
                    "{backward}").format(forward=forward, operations=operations,
                                         backward=backward)
            + f" · ∂L = ∂{graph.output.name}/∂node", fontsize=9, loc="left")
        axes.text(0.0, -0.01, self.tr("blue: tf.Variable · grey: tf.constant · green: watched · "
                                      "orange: output · yellow: last step\nred: path from the "
                                      "output to the selected node · ?: not computed yet · "
                                      "None: no gradient (not 0)"),
                  transform=axes.transAxes, fontsize=7, color="#555555", va="top",
                  linespacing=1.3)
        self.canvas.draw_idle()

    def _fit(self, graph: ComputationGraph) -> None:
        """Choose the font scale, the axis limits and (for wide graphs) a staggered layout
        so that no boxes overlap or leave the axes; below :data:`MIN_FONT_SCALE` the canvas
        grows wider instead and the view scrolls. Each candidate is measured: small text
        does not scale linearly, glyphs snap to whole pixels."""
        renderer = self.canvas.get_renderer()
        figure_height = self.canvas.figure.bbox.height
        viewport = max(self.scroll.viewport().width(), 100)
        axes_box = self.axes.get_position()
        height = axes_box.height * figure_height
        available = axes_box.width * viewport
        pixels_per_point = self.canvas.figure.dpi / 72
        indices = list(self.boxes)
        base = {index: box.get_fontsize() for index, box in self.boxes.items()}
        layouts = [self.positions, layout_positions(graph, stagger=0.25)]

        def measure(scale: float) -> np.ndarray:
            sizes = []
            for index in indices:
                box = self.boxes[index]
                box.set_fontsize(base[index] * scale)
                extent = box.get_window_extent(renderer)
                pad = 2 * 0.45 * box.get_fontsize() * pixels_per_point
                sizes.append((extent.width + pad, extent.height + pad))
            return np.array(sizes)

        def fitting(sizes: np.ndarray, width: float):
            for positions in layouts:
                centers = np.array([positions[index] for index in indices])
                limits = _limits(centers, sizes, width, height)
                if not _overlapping(centers, sizes, limits, width, height):
                    return positions, limits
            return None

        best = None
        width = available
        for scale in np.arange(1.0, MIN_FONT_SCALE - 1e-9, -0.05):
            sizes = measure(scale)
            found = fitting(sizes, available)
            if found is not None:
                best = (scale, *found)
                break
        if best is None:
            scale = MIN_FONT_SCALE
            sizes = measure(scale)
            for factor in np.arange(1.1, 4.01, 0.1):
                width = available * factor
                found = fitting(sizes, width)
                if found is not None:
                    best = (scale, *found)
                    break
            if best is None:
                centers = np.array([self.positions[index] for index in indices])
                best = (scale, self.positions, _limits(centers, sizes, width, height))
        self.font_scale, self.positions, ((x_low, x_high), (y_low, y_high)) = best
        minimum = 0 if width <= available else int(np.ceil(width / axes_box.width))
        if self.canvas.minimumWidth() != minimum:
            self.canvas.setMinimumWidth(minimum)  # the resize that follows redraws
        self.axes.set_xlim(x_low, x_high)
        self.axes.set_ylim(y_low, y_high)
        for index, box in self.boxes.items():
            box.set_position(self.positions[index])
            # Place the box now, so the arrows (drawn first, underneath) end at its border.
            box.update_bbox_position_size(renderer)

    def _on_canvas_resize(self, event) -> None:
        if self._last is not None:
            self.show_graph(*self._last)

    def show_nothing(self, text: str) -> None:
        """Clear the drawing and show ``text`` in its middle."""
        self._last = None
        self.boxes = {}
        self.positions = {}
        self._show_empty(text)

    def node_at(self, event) -> int | None:
        """The node whose box contains the mouse ``event``, or None."""
        for index, box in self.boxes.items():
            patch = box.get_bbox_patch()
            if (patch is not None and patch.contains(event)[0]) or box.contains(event)[0]:
                return index
        return None

    def _on_canvas_button_press(self, event) -> None:
        if event.button != MouseButton.LEFT or self.toolbar.mode:
            return
        index = self.node_at(event)
        if index is not None:
            self.node_clicked.emit(index)

    def export(self, path: str | Path) -> None:
        """Save the drawing; the format follows the suffix (``.png`` or ``.svg``).

        Raises:
            ValueError: the suffix is neither ``.png`` nor ``.svg``.
            OSError: the file cannot be written.
        """
        path = Path(path)
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in ("png", "svg"):
            raise ValueError(f"Save the drawing as .png or .svg, not {path.suffix or 'no suffix'}.")
        self.canvas.figure.savefig(path, format=suffix, dpi=150 if suffix == "png" else None)
