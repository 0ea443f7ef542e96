"""The chain rule checked two more ways: a real ``tf.GradientTape`` and finite differences.

Also the tape's rules taught by running them: constants need ``tape.watch``; a
non-persistent tape answers one ``gradient()`` call and raises ``RuntimeError`` on the
second, while ``tf.GradientTape(persistent=True)`` answers as many as asked.
"""

from __future__ import annotations

from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.autodiff.graph import ComputationGraph
from tfintro_gui.core.autodiff.nodes import Kink
from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Relative and absolute tolerance between the chain rule and ``tape.gradient`` (both float32).
TAPE_RTOL, TAPE_ATOL = 1e-4, 1e-5
#: Tolerances between the chain rule and a central finite difference (float64, step h).
NUMERIC_RTOL, NUMERIC_ATOL = 1e-3, 1e-4
#: Relative step of the finite difference: h = FINITE_DIFFERENCE_STEP · max(1, |x|).
FINITE_DIFFERENCE_STEP = 1e-5
#: Largest source checked entry by entry: each entry costs two evaluations of the graph, so
#: the 401 408 entries of a 784 × 512 kernel would take minutes; typed inputs (at most 64
#: entries, ``limits.MAX_INPUT_ELEMENTS``) are always checked in full.
MAX_FULL_FINITE_DIFFERENCE_ENTRIES = 64
#: Entries checked in a larger source, and the seed that picks them (the same every run).
FINITE_DIFFERENCE_SAMPLES, FINITE_DIFFERENCE_SEED = 16, 0


def _record(graph: ComputationGraph, tape, tf, input_tensors):
    for name, spec in graph.inputs.items():
        if spec.kind == "watched":
            tape.watch(input_tensors[name])
    return graph.evaluate(tf, input_tensors)


def _sources(graph: ComputationGraph, input_tensors, tensors) -> list:
    return [input_tensors[name] if name in graph.inputs else tensors[graph.node(name).index]
            for name in graph.source_names]


def _as_numpy(gradients, names) -> dict[str, np.ndarray | None]:
    return {name: None if gradient is None else np.array(gradient.numpy())
            for name, gradient in zip(names, gradients, strict=True)}


def tape_gradient_tensors(graph: ComputationGraph, persistent: bool = False) -> list:
    """The tensors one ``tape.gradient(output, [sources…])`` call returns (see
    :func:`tape_gradients`): TensorFlow's own objects (None where it gives None), so that
    ``str()`` of each is what ``print`` shows in a notebook."""
    tf = import_tensorflow()
    input_tensors = graph.make_input_tensors(tf)
    with tf.GradientTape(persistent=persistent) as tape:
        tensors = _record(graph, tape, tf, input_tensors)
    return tape.gradient(tensors[graph.output.index],
                         _sources(graph, input_tensors, tensors))


def tape_gradients(graph: ComputationGraph, persistent: bool = False
                   ) -> dict[str, np.ndarray | None]:
    """``tape.gradient`` of the graph's output with respect to every source, as TF does it.

    Fresh ``tf.Variable`` / ``tf.constant`` objects are made for the inputs, the expression
    is evaluated with the same TensorFlow ops inside ``with tf.GradientTape() as tape:``,
    ``tape.watch`` is called for the watched constants, and one
    ``tape.gradient(output, [sources…])`` call answers (as in the notebook's
    ``tape.gradient(loss_val, [w, b, x1, x2])``).

    Args:
        graph: the graph.
        persistent: use ``tf.GradientTape(persistent=True)``.

    Returns:
        Source name -> NumPy array, or None where TensorFlow gives None.
    """
    return _as_numpy(tape_gradient_tensors(graph, persistent), graph.source_names)


@dataclass(frozen=True)
class SampledDifferences:
    """Finite differences at a fixed-seed sample of a large source's entries.

    Attributes:
        indices: the entries checked, as index tuples into the source's shape, in order.
        values: the finite differences there, `(len(indices),)` float64.
        size: how many entries the source has.
    """

    indices: tuple[tuple[int, ...], ...]
    values: np.ndarray
    size: int

    def entries(self, gradient) -> np.ndarray:
        """``gradient`` at :attr:`indices`, `(len(indices),)`."""
        gradient = np.asarray(gradient)
        return np.array([gradient[index] for index in self.indices])


def sample_indices(shape: tuple[int, ...], count: int = FINITE_DIFFERENCE_SAMPLES,
                   seed: int = FINITE_DIFFERENCE_SEED) -> tuple[tuple[int, ...], ...]:
    """``count`` distinct entries of a tensor of ``shape``, the same ones every time.

    Returns:
        Index tuples in row-major order (all entries when there are no more than ``count``).
    """
    size = int(np.prod(shape))
    flat = np.sort(np.random.default_rng(seed).choice(size, min(count, size), replace=False))
    return tuple(tuple(int(i) for i in np.unravel_index(position, shape)) for position in flat)


def numeric_gradients(graph: ComputationGraph
                      ) -> dict[str, np.ndarray | SampledDifferences | None]:
    """Central finite differences ``(f(x + h) − f(x − h)) / 2h`` per element, in float64.

    The expression is evaluated with TensorFlow in float64 at the inputs' values; an
    intermediate result (``x1``) is nudged by replacing its value. A non-scalar output is
    summed, as ``tape.gradient`` does. The step is ``h = 1e-5 · max(1, |x|)``. Each entry
    costs two evaluations of the whole graph, so a source of more than
    :data:`MAX_FULL_FINITE_DIFFERENCE_ENTRIES` entries is checked at
    :data:`FINITE_DIFFERENCE_SAMPLES` entries drawn with a fixed seed (:func:`sample_indices`).

    Args:
        graph: the graph.

    Returns:
        Source name -> NumPy array (float64) of the source's shape, a
        :class:`SampledDifferences` for a large source, or None where ``tape.gradient``
        gives None (no path, not watched, integer dtype): the tape's rules decide which
        gradients exist, the finite difference checks their values.
    """
    tf = import_tensorflow()
    inputs = graph.make_input_tensors(tf, dtype="float64") if all(
        spec.dtype.startswith("float") for spec in graph.inputs.values()) else None
    base = None if inputs is None else graph.evaluate(tf, inputs, "float64", only_ancestors=True)
    output = graph.output.index

    def reused(node) -> dict:
        # Only what the nudged node reaches is computed again; the rest is reused.
        downstream = {index for edge in graph.path_edges(node) for index in edge}
        return {index: tensor for index, tensor in base.items() if index not in downstream}

    def total(overrides, node, nudged) -> float:
        tensors = graph.evaluate(tf, inputs, "float64", {**overrides, node.index: nudged},
                                 only_ancestors=True)
        return float(tf.reduce_sum(tensors[output]).numpy())

    results: dict[str, np.ndarray | SampledDifferences | None] = {}
    for name in graph.source_names:
        if inputs is None or graph.none_reason(name) is not None:
            results[name] = None
            continue
        node = graph.node(name)
        point = base[node.index]
        shape = tuple(int(size) for size in point.shape)
        size = int(np.prod(shape))
        sampled = size > MAX_FULL_FINITE_DIFFERENCE_ENTRIES
        indices = sample_indices(shape) if sampled else tuple(np.ndindex(shape))
        values = np.array(point.numpy(), dtype=np.float64)
        differences = np.zeros(len(indices))
        overrides = reused(node)  # once per source, not per nudge
        for position, index in enumerate(indices):
            h = FINITE_DIFFERENCE_STEP * max(1.0, abs(values[index]))
            sides = [total(overrides, node, tf.tensor_scatter_nd_add(
                         point, [list(index)], tf.constant([sign * h], tf.float64)))
                     if index else total(overrides, node, point + sign * h)
                     for sign in (1.0, -1.0)]
            differences[position] = (sides[0] - sides[1]) / (2 * h)
        results[name] = (SampledDifferences(indices, differences, size) if sampled
                         else differences.reshape(shape))
    return results


@dataclass(frozen=True)
class GradientComparison:
    """One row of the three-way check, as data (the user interface words it).

    Attributes:
        name: the source.
        kind: ``"variable"``, ``"constant"``, ``"watched"`` or ``"intermediate"``.
        chain_rule: the step-by-step value, or None.
        tape: ``tape.gradient``'s value, or None.
        numeric: the finite difference at every entry, or None (also when sampled).
        status: ``"agree"`` (all three match), ``"kink"`` (the chain rule and the tape agree,
            the finite difference differs at a corner listed in ``kinks``), ``"none"`` (all
            three None, for ``none_reason``), ``"not finite"`` (inf or nan: no finite slope
            here) or ``"differ"`` (see ``difference``).
        none_reason: why ``tape.gradient`` gives None for this source (one of
            :data:`~tfintro_gui.core.autodiff.nodes.NONE_REASONS`), else None.
        kinks: the corners on the path from this source to the output.
        difference: for ``"differ"`` rows: ``"one is None"`` (one method gives None and
            another a value), ``"tape"`` (the chain rule and ``tape.gradient`` differ) or
            ``"numeric"`` (the finite difference differs from both); else None.
        printout: what ``print`` shows for ``tape.gradient``'s answer, in TensorFlow's
            own words: ``tf.Tensor(2.0, shape=(), dtype=float32)``, or ``None``.
        numpy_printout: what ``print`` shows for its ``.numpy()`` (``2.0``, as the
            notebook prints "deriv of loss_val w.r.t. w =  2.0"); None without a gradient.
        sample: for a large source, the finite differences at a sample of its entries
            (:class:`SampledDifferences`; ``numeric`` is None then); else None.
    """

    name: str
    kind: str
    chain_rule: np.ndarray | None
    tape: np.ndarray | None
    numeric: np.ndarray | None
    status: str
    none_reason: str | None = None
    kinks: tuple[Kink, ...] = ()
    difference: str | None = None
    printout: str = "None"
    numpy_printout: str | None = None
    sample: SampledDifferences | None = None

    @property
    def agrees(self) -> bool:
        """True when the row deserves a tick: equal values, or None for a stated reason."""
        return self.status in ("agree", "none", "kink")


def _close(first, second, rtol, atol) -> bool:
    first, second = np.asarray(first, np.float64), np.asarray(second, np.float64)
    if first.shape != second.shape:
        return False
    scale = max(1.0, float(np.max(np.abs(first), initial=0.0)))
    return bool(np.allclose(first, second, rtol=rtol, atol=atol * scale, equal_nan=True))


def _status(values, kinks) -> tuple[str, str | None]:
    """``(status, difference)`` of one row from its three values. The chain rule and the
    tape are compared on every entry; a :class:`SampledDifferences` third value at its
    entries."""
    if all(value is None for value in values):
        return "none", None
    if any(value is None for value in values):
        return "differ", "one is None"
    if not (np.all(np.isfinite(values[0])) and np.all(np.isfinite(values[1]))):
        return "not finite", None
    tape_ok = _close(values[0], values[1], TAPE_RTOL, TAPE_ATOL)
    chain, numeric = values[0], values[2]
    if isinstance(numeric, SampledDifferences):
        chain, numeric = numeric.entries(chain), numeric.values
    numeric_ok = _close(chain, numeric, NUMERIC_RTOL, NUMERIC_ATOL)
    if tape_ok and numeric_ok:
        return "agree", None
    if tape_ok and kinks:
        return "kink", None
    return "differ", "numeric" if tape_ok else "tape"


def compare_gradients(graph: ComputationGraph) -> list[GradientComparison]:
    """Gradients of every source by the chain rule, the tape and finite differences.

    Args:
        graph: the graph; both passes are run if needed.

    Returns:
        One :class:`GradientComparison` per source, in the graph's ``source_names`` order.
        Corners (``abs`` and ``relu`` at 0, ties of ``maximum``) on the path from a source
        are listed in its ``kinks`` rather than flagged as errors.
    """
    chain = graph.chain_rule_gradients()
    tape_tensors = tape_gradient_tensors(graph)
    tape = _as_numpy(tape_tensors, graph.source_names)
    printouts = {name: (str(tensor), None if tensor is None else str(tensor.numpy()))
                 for name, tensor in zip(graph.source_names, tape_tensors, strict=True)}
    numeric = numeric_gradients(graph)
    kinks = graph.kinks()
    rows = []
    for name in graph.source_names:
        node = graph.node(name)
        downstream = {index for edge in graph.path_edges(name) for index in edge}
        near = tuple(kink for kink in kinks if kink.node.index in downstream)
        values = (chain[name], tape[name], numeric[name])
        status, difference = _status(values, near)
        reason = graph.none_reason(name)
        if status == "none" and reason is None:
            reason = "no path"
        rows.append(GradientComparison(
            name=name, kind=node.kind if node.is_input else "intermediate",
            chain_rule=values[0], tape=values[1], status=status,
            numeric=None if isinstance(values[2], SampledDifferences) else values[2],
            sample=values[2] if isinstance(values[2], SampledDifferences) else None,
            none_reason=reason, kinks=near, difference=difference,
            printout=printouts[name][0], numpy_printout=printouts[name][1]))
    return rows


@dataclass(frozen=True)
class TapeReuse:
    """What happens when ``tape.gradient`` is called twice.

    Attributes:
        first: the first call's gradients (non-persistent tape).
        error_type: the exception of the second call, ``"RuntimeError"``; empty if none.
        error_message: TensorFlow's own text (the user interface explains it).
        persistent_first: a persistent tape's first call.
        persistent_second: its second call, equal to the first.
        code: the code that shows both.
    """

    first: dict[str, np.ndarray | None]
    error_type: str
    error_message: str
    persistent_first: dict[str, np.ndarray | None]
    persistent_second: dict[str, np.ndarray | None]
    code: str


def second_gradient_call(graph: ComputationGraph) -> TapeReuse:
    """Call ``tape.gradient`` twice on a non-persistent tape, then on a persistent one.

    Returns:
        A :class:`TapeReuse` with TensorFlow's ``RuntimeError`` text from the second call on
        the non-persistent tape and both answers of the persistent tape.
    """
    tf = import_tensorflow()
    names = graph.source_names
    input_tensors = graph.make_input_tensors(tf)
    with tf.GradientTape() as tape:
        tensors = _record(graph, tape, tf, input_tensors)
    target = tensors[graph.output.index]
    sources = _sources(graph, input_tensors, tensors)
    first = _as_numpy(tape.gradient(target, sources), names)
    error_type = error_message = ""
    try:
        tape.gradient(target, sources)
    except RuntimeError as error:
        error_type, error_message = type(error).__name__, str(error)
    del tape

    input_tensors = graph.make_input_tensors(tf)
    with tf.GradientTape(persistent=True) as tape:
        tensors = _record(graph, tape, tf, input_tensors)
    target = tensors[graph.output.index]
    sources = _sources(graph, input_tensors, tensors)
    persistent_first = _as_numpy(tape.gradient(target, sources), names)
    persistent_second = _as_numpy(tape.gradient(target, sources), names)
    del tape  # a persistent tape holds its recorded tensors until it is deleted

    output = graph.output.name
    code = "\n".join([
        "with tf.GradientTape() as tape:",
        f"    ...  # computes {output}",
        f"tape.gradient({output}, [{', '.join(names)}])  # fine",
        f"tape.gradient({output}, [{', '.join(names)}])  # RuntimeError",
        "",
        "with tf.GradientTape(persistent=True) as tape:",
        f"    ...  # computes {output}",
        f"tape.gradient({output}, [{', '.join(names)}])  # fine",
        f"tape.gradient({output}, [{', '.join(names)}])  # fine again",
        "del tape",
    ])
    return TapeReuse(first=first, error_type=error_type, error_message=error_message,
                     persistent_first=persistent_first,
                     persistent_second=persistent_second, code=code)
