"""Where the nodes of a computation graph go, with no Matplotlib: layers, positions,
the fit of text boxes, and short text for matrices and wrapped captions.

Nodes are laid out left to right in topological layers by ``networkx.multipartite_layout``
(the barycentre heuristic orders each layer to reduce crossings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import networkx as nx
import numpy as np

from tfintro_gui.core.autodiff import ComputationGraph


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


def folded(positions: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """The same drawing folded into two bands, for a long chain in a narrow view.

    The left half of the layers stays where it is; the right half goes below it, running
    right to left (a snake), so the edge from the first band to the second drops straight
    down and every edge stays short.

    Args:
        positions: ``layout_positions``' result (x = layer).

    Returns:
        Node index -> ``(x, y)``, at most ``ceil(layers / 2)`` layers wide.
    """
    xs = sorted({round(x, 6) for x, _ in positions.values()})
    if len(xs) < 4:
        return dict(positions)
    half = (len(xs) + 1) // 2
    rank = {x: place for place, x in enumerate(xs)}
    layer = {index: rank[round(x, 6)] for index, (x, _) in positions.items()}
    top = [positions[index][1] for index in positions if layer[index] < half]
    bottom = [positions[index][1] for index in positions if layer[index] >= half]
    drop = max(bottom) - min(top) + 1.5  # the second band starts 1.5 rows under the first
    # Layer `half` sits under layer `half - 1`, and so on leftwards.
    return {index: (x, y) if layer[index] < half else (xs[2 * half - 1 - layer[index]], y - drop)
            for index, (x, y) in positions.items()}


#: Most columns :func:`compact_matrix` writes out; wider rows show their ends around "…".
MOST_COLUMNS = 8
#: Columns shown at each end of a summarised row (NumPy's printout summarises likewise).
EDGE_COLUMNS = 3


def compact_matrix(value) -> str:
    """A small array in little width: two decimals at most, columns right-aligned.

    ``[[0.85 -0.2 0.95 0.5]]`` rather than NumPy's ``[[ 0.85 -0.2   0.95  0.5 ]]``; a row
    of more than :data:`MOST_COLUMNS` entries shows its first and last
    :data:`EDGE_COLUMNS` around "…" (``[0 0 0 … 0 0 0]``), so a (10,) bias stays as narrow
    as its neighbours' boxes.
    """
    array = np.atleast_2d(np.asarray(value))
    vector = np.ndim(value) == 1

    def element(item) -> str:
        if array.dtype.kind in "iub":
            return str(item)
        text = f"{float(item):.2f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text

    cells = [[element(item) for item in row] for row in array]
    if array.shape[1] > MOST_COLUMNS:
        cells = [row[:EDGE_COLUMNS] + ["…"] + row[-EDGE_COLUMNS:] for row in cells]
    widths = [max(len(row[column]) for row in cells) for column in range(len(cells[0]))]
    rows = [" ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
            for row in cells]
    if vector:
        return f"[{rows[0]}]"
    if len(rows) == 1:
        return f"[[{rows[0]}]]"
    return "\n".join(("[[" if position == 0 else " [") + row +
                     ("]]" if position == len(rows) - 1 else "]")
                     for position, row in enumerate(rows))


#: Most cells of a node's heatmap along each axis.
HEATMAP_CELLS = 16


def pooled(value, most: int = HEATMAP_CELLS) -> np.ndarray:
    """A tensor shrunk for a small heatmap by mean-pooling nearly equal blocks.

    Args:
        value: an array of rank 0 to 2 (a vector is one row).
        most: most cells along each axis.

    Returns:
        A float64 array of at most ``most`` × ``most`` cells; each cell is the mean of the
        block of entries it stands for (axes no longer than ``most`` are kept as they are).
    """
    array = np.atleast_2d(np.asarray(value, dtype=np.float64))
    for axis in (0, 1):
        size = array.shape[axis]
        if size <= most:
            continue
        starts = np.linspace(0, size, most + 1).round().astype(int)[:-1]
        counts = np.diff(np.append(starts, size))
        sums = np.add.reduceat(array, starts, axis=axis)
        array = sums / (counts[:, None] if axis == 0 else counts[None, :])
    return array


def axis_limits(centers: np.ndarray, sizes: np.ndarray, width: float, height: float):
    """Axis limits that keep boxes of ``sizes`` (pixels) around ``centers`` (data) inside an
    area of ``width`` × ``height`` pixels, found by a few fixed-point iterations.

    Returns:
        ``[(x_low, x_high), (y_low, y_high)]`` in data units.
    """
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


def overlapping(centers, sizes, limits, width, height, gap: float = 3.0) -> bool:
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


def wrap_parts(parts: Sequence[str], width: float, measure: Callable[[str], float],
               separator: str = " · ") -> list[str]:
    """Join ``parts`` with ``separator`` into lines no wider than ``width`` where possible.

    A caption such as "blue: tf.Variable · grey: tf.constant · …" breaks only between its
    parts, so each part stays whole; a part wider than ``width`` gets a line of its own.

    Args:
        parts: the pieces, in order.
        width: the room, in the unit ``measure`` returns (pixels).
        measure: the width of a text.
        separator: what joins two parts on one line.

    Returns:
        The lines.
    """
    lines: list[str] = []
    for part in parts:
        candidate = f"{lines[-1]}{separator}{part}" if lines else part
        if lines and measure(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(part)
    return lines
