"""Draws a computation graph on a Matplotlib canvas (imported only when the panel's deferred
part is built, after the window's first paint).

Each node is a text box with its name, op, value and gradient (a large tensor as small
heatmaps, :mod:`~tfintro_gui.ui.backprop.node_labels`); edges run from operands to
the nodes that use them. The path from the output back to the selected node is drawn in the
highlight colour, like the notebook's figure of the backward pass. The status caption above
the graph and the colour key below it are wrapped to the visible width, and the axes take
what is left, so no text leaves the figure.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from matplotlib.backend_bases import MouseButton
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from tfintro_gui.core.autodiff import ComputationGraph
from tfintro_gui.core.files import write_bytes_atomically
from tfintro_gui.ui.backprop.graph_layout import (
    axis_limits,
    folded,
    layout_positions,
    overlapping,
    wrap_parts,
)
from tfintro_gui.ui.backprop.node_labels import (
    HEATMAP_KEY,
    HEATMAP_THRESHOLD,
    draw_heatmaps,
    node_label,
)
from tfintro_gui.ui.i18n import register_cjk_font
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas
from tfintro_gui.ui.widgets.plot_toolbar import PlotToolbar
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

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
#: The colour key under the graph, one entry per part (wrapped between parts).
LEGEND = (
    QT_TRANSLATE_NOOP("GraphDrawing", "blue: tf.Variable"),
    QT_TRANSLATE_NOOP("GraphDrawing", "grey: tf.constant"),
    QT_TRANSLATE_NOOP("GraphDrawing", "green: watched"),
    QT_TRANSLATE_NOOP("GraphDrawing", "orange: output"),
    QT_TRANSLATE_NOOP("GraphDrawing", "yellow: last step"),
    QT_TRANSLATE_NOOP("GraphDrawing", "red: path from the output to the selected node"),
    QT_TRANSLATE_NOOP("GraphDrawing", "?: not computed yet"),
    QT_TRANSLATE_NOOP("GraphDrawing", "None: no gradient (not 0)"),
)
#: Pixels between a caption and the figure's edge or the axes.
CAPTION_PAD = 4


def _words(text: str) -> str:
    return QCoreApplication.translate("GraphDrawing", text)


class GraphDrawing(QWidget):
    """The computation graph on a canvas, with a navigation toolbar and Save actions.

    Signals:
        node_clicked(int): the index of the node whose box was clicked.
        save_requested(str): Save PNG… (``"png"``) or Save SVG… (``"svg"``) was chosen.
    """

    node_clicked = Signal(int)
    save_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        cjk = register_cjk_font()  # before the canvas, which hands it to Matplotlib
        self._box_family = ["monospace", cjk] if cjk else ["monospace"]
        self.canvas = MplCanvas(figsize=(9.0, 5.0), parent=self)
        self.canvas.setToolTip(self.tr("Click a node to see its value, its gradient and the "
                                       "formulas behind them"))
        figure = self.canvas.figure
        figure.set_layout_engine("none")  # fixed margins: the fit below needs a known area
        self.axes = figure.add_axes((0.005, 0.09, 0.99, 0.84))
        self.axes.set_axis_off()
        self.title = figure.text(0.005, 1.0, "", fontsize=9, va="top", ha="left")
        self.legend = figure.text(0.005, 0.0, "", fontsize=7, va="bottom", ha="left",
                                  color="#555555", linespacing=1.3)
        self.font_scale = 1.0
        self._last: tuple | None = None
        # View tools only: the drawing adds its own Save PNG… and Save SVG… actions.
        self.toolbar = PlotToolbar(self.canvas, self, leave_out=("save_figure",))
        self.save_png_action = self.toolbar.addAction(self.tr("Save PNG…"))
        self.save_png_action.setToolTip(self.tr("Save the drawing of the graph as a PNG image"))
        self.save_png_action.triggered.connect(self._on_save_png_triggered)
        self.save_svg_action = self.toolbar.addAction(self.tr("Save SVG…"))
        self.save_svg_action.setToolTip(
            self.tr("Save the drawing of the graph as an SVG vector image"))
        self.save_svg_action.triggered.connect(self._on_save_svg_triggered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        # A graph too wide to stay readable gets a wider canvas and a horizontal scroll bar.
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Room for the boxes at any zoom: squeezed by a zoomed-in step pane below, the
        # graph folded into 100 px with its boxes on top of each other.
        set_zoomed_minimum_size(self.scroll, 0, 200)
        layout.addWidget(self.scroll, 1)
        self.boxes: dict[int, object] = {}
        self.heatmaps: dict[int, list] = {}  # node index -> its AxesImages
        self.positions: dict[int, tuple[float, float]] = {}
        self.highlighted_edges: set[tuple[int, int]] = set()
        self.canvas.mpl_connect("button_press_event", self._on_canvas_button_press)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)
        self.show_nothing(self.tr("The graph appears here once TensorFlow is loaded."))

    # -- captions -------------------------------------------------------------------------
    def _place_captions(self, title_parts, legend_parts) -> None:
        """Wrap the captions to the visible width and fit the axes between them."""
        renderer = self.canvas.get_renderer()
        figure_box = self.canvas.figure.bbox
        visible = min(figure_box.width, max(self.scroll.viewport().width(), 100))
        room = visible - 0.01 * figure_box.width - CAPTION_PAD
        heights = []
        for text, parts in ((self.title, title_parts), (self.legend, legend_parts)):
            def measure(candidate, text=text) -> float:
                text.set_text(candidate)
                return text.get_window_extent(renderer).width

            text.set_text("\n".join(wrap_parts(parts, room, measure)))
            heights.append(text.get_window_extent(renderer).height if parts else 0.0)
        height = max(figure_box.height, 1.0)
        self.title.set_y(1.0 - CAPTION_PAD / height)
        self.legend.set_y(CAPTION_PAD / height)
        bottom = min((heights[1] + 2 * CAPTION_PAD) / height, 0.45)
        top = max(1.0 - (heights[0] + 2 * CAPTION_PAD) / height, bottom + 0.1)
        self.axes.set_position((0.005, bottom, 0.99, top - bottom))

    def _status_parts(self, graph: ComputationGraph) -> list[str]:
        backward = self.tr("done") if graph.backward_done else (
            self.tr("running") if graph.backward_started else self.tr("not started"))
        return [self.tr("Forward: {forward} of {operations} operations evaluated").format(
                    forward=graph.operations_evaluated, operations=graph.operation_count),
                self.tr("backward pass: {backward}").format(backward=backward),
                self.tr("∂L = ∂{output}/∂node").format(output=graph.output.name)]

    # -- drawing --------------------------------------------------------------------------
    def show_graph(self, graph: ComputationGraph, selected: int | None = None,
                   current: int | None = None) -> None:
        """Draw ``graph`` now.

        Args:
            graph: the graph, at whatever stage of its forward and backward passes.
            selected: the node whose path to the output is highlighted, if any.
            current: the node the last step processed, drawn with a yellow face.
        """
        self._last = (graph, selected, current)
        legend = [*LEGEND, HEATMAP_KEY] if any(
            int(np.prod(shape)) > HEATMAP_THRESHOLD for shape in graph.shapes.values()) else LEGEND
        self._place_captions(self._status_parts(graph), [_words(part) for part in legend])
        axes = self.axes
        axes.clear()
        axes.set_axis_off()
        self.positions = layout_positions(graph)
        self.highlighted_edges = graph.path_edges(selected) if selected is not None else set()
        largest = max(int(np.prod(shape)) if shape else 1 for shape in graph.shapes.values())
        compact = largest > 8  # matrices: the gradient is in the details, not in the box
        self.boxes = {node.index: self._box(graph, node, selected, current, compact)
                      for node in graph.nodes}
        self._fit(graph)
        self.heatmaps = draw_heatmaps(self.axes, graph, self.boxes, self.canvas.get_renderer())
        self._draw_edges(graph)
        self.canvas.draw_idle()

    def _box(self, graph, node, selected, current, compact):
        x, y = self.positions[node.index]
        face = FACE_COLORS["output" if node is graph.output else node.kind]
        if node.index == current:
            face = CURRENT_COLOR
        edge_color, width = EDGE_COLOR, 0.8
        if any(node.index in edge for edge in self.highlighted_edges):
            edge_color, width = HIGHLIGHT_COLOR, 2.0
        if node.index == selected:
            edge_color, width = SELECTED_COLOR, 2.6
        return self.axes.text(
            x, y, node_label(graph, node.index, compact=compact), ha="center", va="center",
            fontsize=9.0 - (1 if node.is_literal else 0), family=self._box_family, zorder=2,
            linespacing=1.15,
            bbox={"boxstyle": "round,pad=0.35" if not node.is_literal else "circle,pad=0.25",
                  "facecolor": face, "edgecolor": edge_color, "linewidth": width})

    def _draw_edges(self, graph: ComputationGraph) -> None:
        drawn: dict[tuple[int, int], int] = {}
        for node in graph.nodes:
            for operand in node.operands:
                edge = (operand, node.index)
                repeat = drawn.get(edge, 0)
                drawn[edge] = repeat + 1
                highlighted = edge in self.highlighted_edges
                self.axes.annotate(
                    "", xy=self.positions[node.index], xytext=self.positions[operand],
                    zorder=1, arrowprops={
                        "arrowstyle": "-|>", "mutation_scale": 11,
                        "color": HIGHLIGHT_COLOR if highlighted else EDGE_COLOR,
                        "linewidth": 2.2 if highlighted else 1.0,
                        "patchA": self.boxes[operand].get_bbox_patch(),
                        "patchB": self.boxes[node.index].get_bbox_patch(),
                        "shrinkA": 1, "shrinkB": 1,
                        "connectionstyle": f"arc3,rad={0.25 * repeat}"})

    def _measure(self, scale: float) -> np.ndarray:
        """Box sizes in pixels at ``scale`` × the base font size (each one measured: small
        text does not scale linearly, glyphs snap to whole pixels)."""
        renderer = self.canvas.get_renderer()
        pixels_per_point = self.canvas.figure.dpi / 72
        sizes = []
        for box in self.boxes.values():
            box.set_fontsize(self._base_sizes[box] * scale)
            extent = box.get_window_extent(renderer)
            pad = 2 * 0.45 * box.get_fontsize() * pixels_per_point
            sizes.append((extent.width + pad, extent.height + pad))
        return np.array(sizes)

    def _fitting(self, layouts, sizes, width: float, height: float):
        for positions in layouts:
            centers = np.array([positions[index] for index in self.boxes])
            limits = axis_limits(centers, sizes, width, height)
            if not overlapping(centers, sizes, limits, width, height):
                return positions, limits
        return None

    def _fit(self, graph: ComputationGraph) -> None:
        """Choose the font scale, the axis limits and the layout so that no boxes overlap
        or leave the axes: the layered drawing (or, for wide graphs, staggered), else the
        same folded into two bands; below :data:`MIN_FONT_SCALE` the canvas grows wider
        instead and the view scrolls.

        Measuring every box's text is the slow part (a 16-node graph with heatmaps: about
        15 ms a scale), so the scales are searched by halving: the full size first, then
        the smallest, then between; each scale is measured once for all layouts."""
        axes_box = self.axes.get_position()
        height = axes_box.height * self.canvas.figure.bbox.height
        available = axes_box.width * max(self.scroll.viewport().width(), 100)
        self._base_sizes = {box: box.get_fontsize() for box in self.boxes.values()}
        layered = layout_positions(graph)
        # Rounded: arange's 0.7 is 0.6999999999999997.
        scales = np.round(np.arange(1.0, MIN_FONT_SCALE - 1e-9, -0.05), 2)
        measured = {}  # scale position -> box sizes; the boxes keep the last one's fonts

        def sizes_at(position: int):
            if position not in measured:
                measured[position] = self._measure(scales[position])
            return measured[position]

        def search(layouts):
            """The largest scale at which one of ``layouts`` fits, or None."""
            found = self._fitting(layouts, sizes_at(0), available, height)
            if found is not None:
                return 0, found
            smallest = len(scales) - 1
            found = self._fitting(layouts, sizes_at(smallest), available, height)
            if found is None:
                return None
            too_big, fits = 0, smallest
            while fits - too_big > 1:
                middle = (too_big + fits) // 2
                middle_found = self._fitting(layouts, sizes_at(middle), available, height)
                if middle_found is None:
                    too_big = middle
                else:
                    fits, found = middle, middle_found
            return fits, found

        width = available
        layouts = [self.positions, layout_positions(graph, stagger=0.25)]
        result = search(layouts) or search([folded(layered)])
        if result is not None:
            position, found = result
            best = (scales[position], *found)
            if list(measured)[-1] != position:
                self._measure(scales[position])  # the boxes keep the chosen font size
        else:
            sizes = sizes_at(len(scales) - 1)
            for factor in np.arange(1.1, 4.01, 0.1):
                width = available * factor
                found = self._fitting(layouts, sizes, width, height)
                if found is not None:
                    best = (MIN_FONT_SCALE, *found)
                    break
            else:
                centers = np.array([self.positions[index] for index in self.boxes])
                best = (MIN_FONT_SCALE, self.positions,
                        axis_limits(centers, sizes, width, height))
        self._apply_fit(best, width, available, axes_box.width)

    def _apply_fit(self, best, width: float, available: float, axes_fraction: float) -> None:
        self.font_scale, self.positions, ((x_low, x_high), (y_low, y_high)) = best
        minimum = 0 if width <= available else int(np.ceil(width / axes_fraction))
        if self.canvas.minimumWidth() != minimum:
            self.canvas.setMinimumWidth(minimum)  # the resize that follows redraws
        self.axes.set_xlim(x_low, x_high)
        self.axes.set_ylim(y_low, y_high)
        renderer = self.canvas.get_renderer()
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
        self.heatmaps = {}
        self.positions = {}
        self.title.set_text("")
        self.legend.set_text("")
        self.axes.clear()
        self.axes.set_axis_off()
        self.axes.set_position((0.005, 0.09, 0.99, 0.84))
        self.axes.text(0.5, 0.5, text, ha="center", va="center", color="#666666",
                       transform=self.axes.transAxes, wrap=True)
        self.canvas.draw_idle()

    # -- clicks and files -----------------------------------------------------------------
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

    def _on_save_png_triggered(self) -> None:
        self.save_requested.emit("png")

    def _on_save_svg_triggered(self) -> None:
        self.save_requested.emit("svg")

    def set_saving_enabled(self, enabled: bool) -> None:
        """Enable Save PNG… and Save SVG… (there is a graph to save)."""
        self.save_png_action.setEnabled(enabled)
        self.save_svg_action.setEnabled(enabled)

    def export(self, path: str | Path) -> None:
        """Save the drawing; the format follows the suffix (``.png`` or ``.svg``). The file
        is written atomically: a failed write leaves an old file as it was.

        Raises:
            ValueError: the suffix is neither ``.png`` nor ``.svg``.
            OSError: the file cannot be written.
        """
        path = Path(path)
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in ("png", "svg"):
            raise ValueError(QCoreApplication.translate(
                "GraphDrawing", "Save the drawing as .png or .svg, not {suffix}.").format(
                suffix=path.suffix or QCoreApplication.translate("GraphDrawing", "no suffix")))
        buffer = io.BytesIO()
        self.canvas.figure.savefig(buffer, format=suffix, dpi=150 if suffix == "png" else None)
        write_bytes_atomically(path, buffer.getvalue())
