"""A computation graph built from an expression, stepped forward and backward one node at a time.

The engine follows micrograd's shape: every node keeps its operands, its op and a local
backward rule (:mod:`tfintro_gui.core.autodiff.ops`); the backward pass walks the nodes in
reverse topological order and applies the chain rule. Values come from real TensorFlow ops;
which nodes get a gradient follows ``tf.GradientTape``'s rules (variables are watched,
constants only after ``tape.watch``, integer tensors never), so the chain-rule result can be
compared with ``tape.gradient`` entry by entry, ``None`` included. Drawing is elsewhere.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from tfintro_gui.core.autodiff.formatting import (
    format_gradient,
    format_shape,
    format_value,
    python_literal,
)
from tfintro_gui.core.autodiff.ops import OPERATIONS, TF_FUNCTIONS, KinkRule, unbroadcast
from tfintro_gui.core.autodiff.parser import (
    ParsedExpression,
    _bracket_depth,
    check_name,
    parse_expression,
)
from tfintro_gui.core.runtime import import_tensorflow

#: The kinds of input: a trainable ``tf.Variable``, a ``tf.constant``, or a constant passed
#: to ``tape.watch``.
INPUT_KINDS = ("variable", "constant", "watched")
#: Input dtypes offered; mixing them in one expression is TensorFlow's error to show.
INPUT_DTYPES = ("float32", "float64", "int32")
#: Most elements one input may hold (keeps finite differences and drawings small).
MAX_INPUT_ELEMENTS = 64
#: Highest rank of an input: scalars, vectors and matrices.
MAX_INPUT_RANK = 2
_MAX_VALUE_TEXT = 2000

#: Why a gradient is ``None``: short key -> sentence for the student.
NONE_EXPLANATIONS = {
    "no path": "There is no path from this tensor to the output, so tape.gradient "
               "returns None (not 0: 0 would mean a path with zero slope).",
    "not watched": "Constants are not watched by default (to save memory), so the tape did "
                   "not record what was computed from them and tape.gradient returns None. "
                   "Tick 'watched' (tape.watch(x)) to get the gradient.",
    "integer dtype": "Gradients are defined for floating-point tensors only; the tape does "
                     "not watch integer tensors, so tape.gradient returns None. Use float32.",
    "not recorded": "This result was computed only from tensors the tape does not watch, so "
                    "the tape did not record it and tape.gradient returns None.",
}


@dataclass(frozen=True)
class InputSpec:
    """One input of the graph.

    Attributes:
        name: the name used in the expression.
        value: the value as a NumPy array of ``dtype``, rank 0 to 2.
        kind: ``"variable"`` (``tf.Variable``, watched), ``"constant"`` (``tf.constant``,
            not watched) or ``"watched"`` (``tf.constant`` passed to ``tape.watch``).
        dtype: ``"float32"``, ``"float64"`` or ``"int32"``.
    """

    name: str
    value: np.ndarray
    kind: str
    dtype: str


def parse_input_value(value, dtype: str = "float32") -> np.ndarray:
    """Turn a number, a nested list or its text into a small array of ``dtype``.

    Text is read with :func:`ast.literal_eval` (never ``eval``).

    Args:
        value: a number, a nested list/tuple of numbers, a NumPy array, or text such as
            ``"3"`` or ``"[[1, 2], [3, 4]]"``.
        dtype: one of :data:`INPUT_DTYPES`.

    Returns:
        A NumPy array of ``dtype``, of rank 0, 1 or 2.

    Raises:
        TypeError: ``value`` is not a number, list, array or string.
        ValueError: the text is not a number or list of numbers, the lists are ragged, a
            number is not finite, the rank is above 2, there are more than 64 elements, the
            dtype is unknown, or an int32 value is not a whole number.
    """
    if dtype not in INPUT_DTYPES:
        raise ValueError(f"dtype {dtype!r} is not offered; use one of {', '.join(INPUT_DTYPES)}.")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("The value is empty; type a number such as 3 or a list such as "
                             "[[1, 2], [3, 4]].")
        if len(text) > _MAX_VALUE_TEXT or _bracket_depth(text) > MAX_INPUT_RANK + 1:
            raise ValueError(f"The value {text[:30]!r}… is too long or too deeply nested; "
                             "inputs are scalars, vectors or matrices.")
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
            raise ValueError(f"{text[:40]!r} is not a number or a list of numbers; type e.g. "
                             "3, -0.5, [1, 2] or [[1, 2], [3, 4]].") from None
    if isinstance(value, bool) or (isinstance(value, (list, tuple)) and _has_bool(value)):
        raise ValueError("True/False are not numbers here; type 1 or 0.")
    if not isinstance(value, (int, float, list, tuple, np.ndarray, np.number)):
        raise TypeError(f"An input value must be a number, a nested list or an array, got "
                        f"{type(value).__name__}.")
    try:
        array = np.asarray(value, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        raise ValueError(f"{str(value)[:40]} is not a number or a rectangular list of numbers "
                         "(every row must have the same length).") from None
    if array.ndim > MAX_INPUT_RANK:
        raise ValueError(f"The value has rank {array.ndim}; inputs are scalars, vectors or "
                         "matrices (rank at most 2).")
    if array.size > MAX_INPUT_ELEMENTS:
        raise ValueError(f"The value has {array.size} elements; at most {MAX_INPUT_ELEMENTS} "
                         "are allowed so the graph stays readable.")
    if array.size == 0:
        raise ValueError("The value is empty; give at least one number.")
    if not np.all(np.isfinite(array)):
        raise ValueError("The value holds inf or nan; give finite numbers.")
    if dtype == "int32":
        if not np.all(array == np.round(array)) or np.any(np.abs(array) >= 2**31):
            raise ValueError("An int32 input needs whole numbers (within ±2³¹); pick float32 "
                             "for fractions.")
        return array.astype(np.int32)
    return array.astype(dtype)


def _has_bool(items) -> bool:
    return any(isinstance(item, bool) or (isinstance(item, (list, tuple)) and _has_bool(item))
               for item in items)


def make_input_spec(name: str, spec) -> InputSpec:
    """Read one entry of ``build_graph``'s ``inputs``.

    Args:
        name: the input's name.
        spec: a number, nested list, array or text (a trainable variable of float32), or a
            dict ``{"value": …, "kind": "variable" | "constant" | "watched",
            "dtype": "float32" | "float64" | "int32"}``; ``kind`` defaults to
            ``"variable"``, ``dtype`` to ``"float32"``.

    Returns:
        An :class:`InputSpec`.

    Raises:
        TypeError: ``spec`` has the wrong type.
        ValueError: unknown keys, kind or dtype, or a bad value (see
            :func:`parse_input_value`); the message names the input.
    """
    check_name(name)
    if isinstance(spec, Mapping):
        unknown = set(spec) - {"value", "kind", "dtype"}
        if unknown:
            raise ValueError(f"Input {name!r}: unknown keys {sorted(unknown)}; use value, kind "
                             "and dtype.")
        if "value" not in spec:
            raise ValueError(f"Input {name!r} has no 'value'.")
        kind = spec.get("kind", "variable")
        dtype = spec.get("dtype", "float32")
        value = spec["value"]
    else:
        kind, dtype, value = "variable", "float32", spec
    if kind not in INPUT_KINDS:
        raise ValueError(f"Input {name!r}: kind {kind!r} is unknown; use one of "
                         f"{', '.join(INPUT_KINDS)}.")
    try:
        array = parse_input_value(value, dtype)
    except ValueError as error:
        raise ValueError(f"Input {name!r}: {error}") from None
    except TypeError as error:
        raise TypeError(f"Input {name!r}: {error}") from None
    return InputSpec(name=name, value=array, kind=kind, dtype=dtype)


@dataclass(frozen=True)
class Node:
    """One node of a :class:`ComputationGraph`.

    Attributes:
        index: position in :attr:`ComputationGraph.nodes` (operands first).
        name: input name, assigned name, generated ``t1``… or the number of a literal.
        op: ``"input"``, ``"literal"`` or a key of
            :data:`~tfintro_gui.core.autodiff.ops.OPERATIONS`.
        operands: indices of the nodes it reads (micrograd's ``_prev``).
        text: its source text.
        line: 1-based source line (0 for inputs).
        column: 1-based source column (0 for inputs).
        kind: ``"variable"``, ``"constant"`` or ``"watched"`` for inputs, ``"literal"`` for
            numbers, ``"operation"`` otherwise.
        literal: the number of a literal node.
        exponent: ``p`` of a ``pow`` node.
        assigned: True if the student named it with ``name = …``.
    """

    index: int
    name: str
    op: str
    operands: tuple[int, ...]
    text: str
    line: int
    column: int
    kind: str
    literal: float | int | None = None
    exponent: float | int | None = None
    assigned: bool = False

    @property
    def is_input(self) -> bool:
        return self.op == "input"

    @property
    def is_literal(self) -> bool:
        return self.op == "literal"

    @property
    def is_operation(self) -> bool:
        return self.op not in ("input", "literal")

    @property
    def label(self) -> str:
        """What the drawing writes for the op: ``"×"``, ``"abs"``, ``"**2"``, or the kind."""
        if self.op == "pow":
            return f"**{self.exponent:g}"
        if self.is_operation:
            return OPERATIONS[self.op].label
        return self.kind


@dataclass(frozen=True)
class ForwardStep:
    """One node evaluated by its TensorFlow op.

    Attributes:
        node: the node.
        operands: its operand nodes.
        operand_values: their values (NumPy copies).
        value: the node's value (NumPy copy of the TensorFlow result).
        expression: the op in operand names, e.g. ``"w * x"``.
        code: the TensorFlow line, e.g. ``"x1 = w * x"``.
    """

    node: Node
    operands: tuple[Node, ...]
    operand_values: tuple[np.ndarray, ...]
    value: np.ndarray
    expression: str
    code: str

    def describe(self) -> str:
        """``"x1 = w * x = 3 * 2 = 6"`` for scalars; the shape and the matrix otherwise."""
        head = f"{self.node.name} = {self.expression}"
        if np.ndim(self.value) == 0 and all(np.ndim(v) == 0 for v in self.operand_values):
            substituted = self.expression
            names = [operand.name for operand in self.operands]
            if len(set(names)) == len(names):
                substituted = OPERATIONS[self.node.op].symbolic(
                    [format_value(v) for v in self.operand_values], self.node)
            if substituted != self.expression:
                head += f" = {substituted}"
            return f"{head} = {format_value(self.value)}"
        return (f"{head} → shape {format_shape(self.value)}, {self.value.dtype}\n"
                f"{format_value(self.value)}")


@dataclass(frozen=True)
class BackwardTerm:
    """One use of a node by a consumer: upstream gradient × local derivative.

    Attributes:
        consumer: the node that reads this one.
        position: which operand of the consumer this node is.
        upstream: ∂output/∂consumer (NumPy array).
        formula: the local rule as text (``"∂|t1|/∂t1 = sign(t1)"``), or the matrix form
            (``"∂L/∂A = ∂L/∂C · Bᵀ"``) for ops without an elementwise local derivative.
        local: the local derivative's value, elementwise (None for matrix forms).
        contribution: this use's share of the gradient, in the node's shape.
        summed_axes: broadcast axes summed to bring the product back to the node's shape.
    """

    consumer: Node
    position: int
    upstream: np.ndarray
    formula: str
    local: np.ndarray | None
    contribution: np.ndarray
    summed_axes: tuple[int, ...] = ()


@dataclass(frozen=True)
class BackwardStep:
    """The chain rule applied at one node.

    Attributes:
        node: the node whose gradient this step finishes.
        output_name: name of the graph's output (the ``L`` of ∂L/∂node).
        terms: one per use of the node; their sum is the gradient.
        gradient: ∂output/∂node as a NumPy array, or None.
        none_reason: why the gradient is None (a key of :data:`NONE_EXPLANATIONS`).
        seed: True for the output itself, whose gradient starts as ones.
        consumer_texts: ``"t1 = y_true - x2"`` per consumer, for the description.
        operand_texts: per term, ``"t1 = -3"`` (scalar operand values), for the description.
    """

    node: Node
    output_name: str
    terms: tuple[BackwardTerm, ...]
    gradient: np.ndarray | None
    none_reason: str | None = None
    seed: bool = False
    consumer_texts: tuple[str, ...] = ()
    operand_texts: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The step in words and numbers, one line per fact."""
        target = f"∂{self.output_name}/∂{self.node.name}"
        if self.seed:
            shape = "" if np.ndim(self.gradient) == 0 else (
                " (ones: tape.gradient of a non-scalar output differentiates the sum of its "
                "elements)")
            return f"{target} = 1 — the backward pass starts at the output{shape}."
        if self.gradient is None:
            return (f"{target} = None ({self.none_reason}).\n"
                    f"{NONE_EXPLANATIONS[self.none_reason]}")
        lines = [f"{target}:"]
        for term, consumer_text, operand_text in zip(self.terms, self.consumer_texts,
                                                     self.operand_texts, strict=True):
            upstream_name = f"∂{self.output_name}/∂{term.consumer.name}"
            lines.append(f"{self.node.name} feeds {consumer_text}")
            if term.local is not None and np.ndim(term.contribution) == 0 and \
                    np.size(term.local) == 1 and np.size(term.upstream) == 1:
                local = format_value(np.reshape(term.local, ()))
                at = f" at {operand_text}" if operand_text else ""
                upstream = format_value(np.reshape(term.upstream, ()))
                lines.append(f"  upstream  {upstream_name} = {upstream}")
                if _is_number(term.formula.rsplit("= ", 1)[-1]):
                    lines.append(f"  local     {term.formula}")
                else:
                    lines.append(f"  local     {term.formula} = {local}{at}")
                lines.append(f"  product   {upstream} × {local} = "
                             f"{format_value(term.contribution)}")
                continue
            lines.append(f"  upstream  {upstream_name}, shape {format_shape(term.upstream)}:")
            lines.append(_indent(format_value(term.upstream)))
            if term.local is None:
                lines.append(f"  rule      {term.formula}")
            else:
                lines.append(f"  local     {term.formula}, shape {format_shape(term.local)}:")
                lines.append(_indent(format_value(term.local)))
                lines.append("  product   upstream ⊙ local")
            if term.summed_axes:
                axes = ", ".join(str(axis) for axis in term.summed_axes)
                lines.append(f"  summed over broadcast axis {axes} to get back to shape "
                             f"{format_shape(term.contribution)}")
            lines.append(f"  = {format_shape(term.contribution)}:")
            lines.append(_indent(format_value(term.contribution)))
        if len(self.terms) > 1:
            if all(np.ndim(term.contribution) == 0 for term in self.terms):
                parts = " + ".join(format_value(term.contribution) for term in self.terms)
                lines.append(f"sum over the {len(self.terms)} uses: {parts}")
            else:
                lines.append(f"sum over the {len(self.terms)} uses (elementwise)")
        lines.append(f"{target} = {format_value(self.gradient)}")
        return "\n".join(lines)


def _is_number(text: str) -> bool:
    try:
        float(text.replace("−", "-"))
    except ValueError:
        return False
    return True


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


@dataclass(frozen=True)
class GradientInfo:
    """What is known now about ∂output/∂node.

    Attributes:
        computed: False until the backward pass has reached the node.
        value: the gradient once computed, or None when TensorFlow gives None.
        none_reason: a key of :data:`NONE_EXPLANATIONS` when ``value`` is None.
    """

    computed: bool
    value: np.ndarray | None = None
    none_reason: str | None = None

    def text(self) -> str:
        """``"not computed yet"``, ``"None (not watched)"`` or the number(s); never a fake 0."""
        return format_gradient(self.value, self.none_reason, self.computed)


@dataclass(frozen=True)
class Kink:
    """A node evaluated exactly at a corner of its function (``relu`` or ``abs`` at 0).

    Attributes:
        node: the node with the corner.
        operand: the operand at the corner.
        rule: slopes left and right, and TensorFlow's choice.
        count: how many elements sit at the corner.
    """

    node: Node
    operand: Node
    rule: KinkRule
    count: int
    expression: str = ""

    def describe(self) -> str:
        """One sentence: the corner, both slopes, TensorFlow's choice, a finite difference's."""
        return (f"{self.node.name} = {self.expression} "
                f"sits at its kink ({self.rule.where}): the slope is "
                f"{self.rule.left:g} on the left and {self.rule.right:g} on the right. "
                f"TensorFlow's gradient uses {self.rule.tensorflow:g} there; a central finite "
                f"difference averages both sides to {self.rule.central:g}.")


class ComputationGraph:
    """A graph of TensorFlow ops over named inputs, stepped one node at a time.

    Build it with :func:`build_graph`. Values of inputs and numbers are known at once;
    :meth:`forward_steps` evaluates the operations, :meth:`backward_steps` applies the
    chain rule from the output back to the inputs.

    Attributes:
        parsed: the checked expression.
        nodes: all nodes, operands before users.
        output: the node whose value is the result.
        inputs: name -> :class:`InputSpec`.
    """

    def __init__(self, parsed: ParsedExpression, inputs: dict[str, InputSpec]):
        self.parsed = parsed
        self.inputs = inputs
        nodes = []
        for parsed_node in parsed.nodes:
            if parsed_node.op == "input":
                kind = inputs[parsed_node.name].kind
            elif parsed_node.op == "literal":
                kind = "literal"
            else:
                kind = "operation"
            nodes.append(Node(index=parsed_node.index, name=parsed_node.name, op=parsed_node.op,
                              operands=parsed_node.operands, text=parsed_node.text,
                              line=parsed_node.line, column=parsed_node.column, kind=kind,
                              literal=parsed_node.literal, exponent=parsed_node.exponent,
                              assigned=parsed_node.assigned or parsed_node.op == "input"))
        self.nodes: tuple[Node, ...] = tuple(nodes)
        self.output: Node = self.nodes[parsed.output]
        self._by_name = {node.name: node for node in self.nodes if not node.is_literal}
        self.consumers: dict[int, tuple[int, ...]] = {
            node.index: tuple(user.index for user in self.nodes if node.index in user.operands)
            for node in self.nodes}
        self.order: tuple[int, ...] = self._topological_order()
        self.ancestors: frozenset[int] = frozenset(self.order[: self._ancestor_count])
        dtypes = {spec.dtype for spec in inputs.values()}
        self.literal_dtype = dtypes.pop() if len(dtypes) == 1 else "float32"
        self.shapes: dict[int, tuple[int, ...]] = {}
        self.dtypes: dict[int, str] = {}
        self._validate()
        self.recorded: frozenset[int] = self._recorded_nodes()
        self.reset()

    # -- structure ------------------------------------------------------------------------
    def _topological_order(self) -> tuple[int, ...]:
        """Nodes the output depends on in topological order (a depth-first walk from the
        output, as in micrograd), then the rest in source order."""
        order: list[int] = []
        visited: set[int] = set()
        stack = [(self.output.index, False)]
        while stack:
            index, finished = stack.pop()
            if finished:
                order.append(index)
                continue
            if index in visited:
                continue
            visited.add(index)
            stack.append((index, True))
            stack.extend((operand, False) for operand in reversed(self.nodes[index].operands)
                         if operand not in visited)
        self._ancestor_count = len(order)
        order.extend(node.index for node in self.nodes if node.index not in visited)
        return tuple(order)

    def _recorded_nodes(self) -> frozenset[int]:
        """Nodes ``tf.GradientTape`` records: watched floating inputs and every floating op
        result with at least one recorded operand."""
        recorded: set[int] = set()
        for index in self.order:
            node = self.nodes[index]
            floating = self.dtypes[index].startswith("float")
            if node.is_input:
                if floating and node.kind in ("variable", "watched"):
                    recorded.add(index)
            elif node.is_operation and floating and any(
                    operand in recorded for operand in node.operands):
                recorded.add(index)
        return frozenset(recorded)

    def node(self, key: str | int | Node) -> Node:
        """The node named ``key`` (an input, an assigned or generated name), or at index ``key``.

        Raises:
            KeyError: there is no such node.
        """
        if isinstance(key, Node):
            return key
        if isinstance(key, (int, np.integer)):
            return self.nodes[int(key)]
        if key in self._by_name:
            return self._by_name[key]
        raise KeyError(f"No input or named result {key!r}; names: {', '.join(self._by_name)}.")

    @property
    def source_names(self) -> tuple[str, ...]:
        """Names whose gradients are reported: the inputs, then the assigned intermediate
        results (the notebook's ``tape.gradient(loss_val, [w, b, x1, x2])``)."""
        inputs = tuple(self.parsed.input_names)
        named = tuple(name for name in self.parsed.assigned_names if name != self.output.name)
        return inputs + named

    def operand_names(self, node: Node) -> list[str]:
        return [self.nodes[operand].name for operand in node.operands]

    def expression_of(self, node: Node) -> str:
        """The node's op in operand names: ``"w * x"``, ``"abs(t1)"``; the name for inputs."""
        if not node.is_operation:
            return node.name
        return OPERATIONS[node.op].symbolic(self.operand_names(node), node)

    def code_of(self, node: Node) -> str:
        """The TensorFlow line that computes ``node``: ``"loss_val = tf.abs(t1)"``."""
        names = self.operand_names(node)
        if node.op == "crossentropy":
            expression = (f"-tf.reduce_mean(tf.reduce_sum({names[0]} * tf.math.log({names[1]}),"
                          " axis=-1))")
        elif node.op in TF_FUNCTIONS and node.op != "matmul":
            expression = f"{TF_FUNCTIONS[node.op]}({', '.join(names)})"
        else:
            expression = self.expression_of(node)
        return f"{node.name} = {expression}"

    def none_reason(self, key: str | int | Node) -> str | None:
        """Why ``tape.gradient`` gives None for this node, or None if it gives a value.

        Returns:
            ``"no path"``, ``"integer dtype"``, ``"not watched"``, ``"not recorded"`` (keys of
            :data:`NONE_EXPLANATIONS`), or None.
        """
        node = self.node(key)
        if node.index not in self.ancestors:
            return "no path"
        if node.index in self.recorded:
            return None
        if not self.dtypes[node.index].startswith("float"):
            return "integer dtype"
        if node.kind == "constant":
            return "not watched"
        return "not recorded"

    def path_edges(self, key: str | int | Node) -> set[tuple[int, int]]:
        """Edges ``(operand, consumer)`` on the paths from a node to the output.

        The notebook's figure of the backward pass highlights these for ``w``.

        Returns:
            A set of index pairs; empty when there is no path.
        """
        source = self.node(key).index
        downstream = {source}
        for index in self.order:
            if any(operand in downstream for operand in self.nodes[index].operands):
                downstream.add(index)
        on_path = downstream & self.ancestors
        return {(operand, index) for index in on_path for operand in self.nodes[index].operands
                if operand in on_path}

    def describe_node(self, key: str | int | Node) -> str:
        """Everything known about one node, as text: role, value, gradient and formulas.

        Returns:
            Lines for the panel's details view: what the node is, its value (or "not
            evaluated yet"), the forward formula, its gradient (or "not computed yet", or
            None with the reason) and the backward step that produced it.
        """
        node = self.node(key)
        index = node.index
        if node.is_input:
            role = {"variable": "tf.Variable: trainable, watched by the tape",
                    "constant": "tf.constant: not watched by the tape",
                    "watched": "tf.constant passed to tape.watch"}[node.kind]
            lines = [f"{node.name} — input, {role}"]
        elif node.is_literal:
            lines = [f"{node.name} — a number in the expression (a constant, never watched)"]
        else:
            lines = [f"{node.name} = {self.expression_of(node)} — line {node.line}: "
                     f"{node.text}", f"TensorFlow: {self.code_of(node)}"]
        value = self.value(index)
        dtype = self.dtypes[index]
        if value is None:
            lines.append(f"value: not evaluated yet (Step ▶), shape "
                         f"{format_shape(np.zeros(self.shapes[index]))}, {dtype}")
        elif np.ndim(value) == 0:
            lines.append(f"value: {format_value(value)}  (shape (), {dtype})")
        else:
            lines.append(f"value, shape {format_shape(value)}, {dtype}:")
            lines.append(_indent(format_value(value)))
        record = self._forward_records.get(index)
        if record is not None:
            lines.append("forward: " + record.describe().splitlines()[0])
        info = self.gradient(index)
        lines.append("")
        lines.append(f"gradient ∂{self.output.name}/∂{node.name}: "
                     f"{info.text() if np.ndim(info.value) == 0 else ''}")
        if info.value is not None and np.ndim(info.value) > 0:
            lines.append(_indent(format_value(info.value)))
        if info.computed and info.value is None and info.none_reason:
            lines.append(NONE_EXPLANATIONS[info.none_reason])
        backward = self._backward_records.get(index)
        if backward is not None and backward.gradient is not None:
            lines.append("")
            lines.append("backward step:")
            lines.append(_indent(backward.describe()))
        edges = self.path_edges(index)
        if edges and node is not self.output:
            chain = [node.name]
            current = index
            while current != self.output.index:
                current = min(consumer for operand, consumer in edges if operand == current)
                chain.append(self.nodes[current].name)
            lines.append("")
            lines.append("path to the output: " + " → ".join(chain))
        return "\n".join(lines)

    # -- evaluation -----------------------------------------------------------------------
    def make_input_tensors(self, tf, dtype: str | None = None) -> dict[str, object]:
        """Fresh TensorFlow objects for the inputs: ``tf.Variable`` for variables,
        ``tf.constant`` for constants and watched constants.

        Args:
            tf: the TensorFlow module.
            dtype: cast every input to this dtype (finite differences use float64); None keeps
                each input's own dtype.
        """
        tensors = {}
        for name, spec in self.inputs.items():
            value = spec.value if dtype is None else spec.value.astype(dtype)
            if spec.kind == "variable" and dtype is None:
                tensors[name] = tf.Variable(value, name=name)
            else:
                tensors[name] = tf.constant(value)
        return tensors

    def evaluate(self, tf, input_tensors: Mapping[str, object], literal_dtype: str | None = None,
                 overrides: Mapping[int, object] | None = None,
                 only_ancestors: bool = False) -> dict[int, object]:
        """Evaluate every node with its TensorFlow op (call inside a tape to record it).

        Args:
            tf: the TensorFlow module.
            input_tensors: name -> tensor or variable for every input.
            literal_dtype: dtype of the numbers in the expression; default
                :attr:`literal_dtype`.
            overrides: node index -> tensor used instead of computing that node (finite
                differences of intermediate results).
            only_ancestors: skip nodes the output does not depend on.

        Returns:
            Node index -> TensorFlow tensor.

        Raises:
            ValueError: TensorFlow cannot compute a node; the message names the node's line
                and text, the operand shapes and dtypes, and TensorFlow's own words.
        """
        literal_dtype = literal_dtype or self.literal_dtype
        overrides = overrides or {}
        tensors: dict[int, object] = {}
        order = self.order[: self._ancestor_count] if only_ancestors else self.order
        for index in order:
            node = self.nodes[index]
            if index in overrides:
                tensors[index] = overrides[index]
            elif node.is_input:
                tensors[index] = input_tensors[node.name]
            elif node.is_literal:
                tensors[index] = self._literal_tensor(tf, node, literal_dtype)
            else:
                operands = [tensors[operand] for operand in node.operands]
                try:
                    tensors[index] = OPERATIONS[node.op].forward(tf, operands, node)
                except Exception as error:  # TensorFlow raises several error types here
                    raise ValueError(self._evaluation_message(node, operands, error)) from None
        return tensors

    def _literal_tensor(self, tf, node: Node, dtype: str):
        if dtype == "int32" and float(node.literal) != int(node.literal):
            raise ValueError(f"Line {node.line}, column {node.column}, `{node.text}`: the number "
                             f"{node.literal:g} cannot be an int32 like the inputs; use whole "
                             "numbers or make the inputs float32.")
        return tf.constant(node.literal, dtype=dtype)

    def _evaluation_message(self, node: Node, operands, error: Exception) -> str:
        shapes = " and ".join(format_shape(np.zeros(tuple(o.shape))) for o in operands)
        dtypes = " and ".join(o.dtype.name for o in operands)
        detail = str(getattr(error, "message", None) or error).strip().splitlines()
        detail = detail[0] if detail else type(error).__name__
        detail = re.sub(r"\{\{function_node [^}]*\}\}\s*", "", detail)
        detail = re.sub(r"\s*\[Op:\w+\]( name:\s*\S*)?\s*$", "", detail)
        if len(detail) > 240:
            detail = detail[:237] + "…"
        if len({o.dtype.name for o in operands}) > 1:
            advice = "The dtypes differ: TensorFlow never converts silently; give all inputs " \
                     "the same dtype."
        elif node.op == "matmul":
            advice = "matmul needs matrices (rank 2) whose inner sizes match: (m, k) @ (k, n)."
        elif node.op == "crossentropy":
            advice = "crossentropy(y_true, y_pred) needs at least one axis of classes."
        elif len(operands) > 1:
            advice = "The shapes must be equal or broadcastable (sizes equal or 1, compared " \
                     "from the right)."
        else:
            advice = "Check the operand's dtype: this op may need floating-point input."
        return (f"Line {node.line}, column {node.column}, `{node.text}`: TensorFlow cannot "
                f"compute {OPERATIONS[node.op].symbolic(self.operand_names(node), node)} with "
                f"operands of shape {shapes} and dtype {dtypes}. {advice} "
                f"TensorFlow says ({type(error).__name__}): {detail}")

    def _validate(self) -> None:
        tf = import_tensorflow()
        try:
            input_tensors = {name: tf.constant(spec.value) for name, spec in self.inputs.items()}
        except Exception as error:
            raise ValueError(f"TensorFlow could not create the inputs: {error}") from None
        tensors = self.evaluate(tf, input_tensors)
        for index, tensor in tensors.items():
            self.shapes[index] = tuple(int(size) for size in tensor.shape)
            self.dtypes[index] = tensor.dtype.name

    # -- stepping state -------------------------------------------------------------------
    def reset(self) -> None:
        """Forget computed values and gradients; inputs and numbers keep their values."""
        tf = import_tensorflow()
        self._tensors: dict[int, object] = {}
        self._values: dict[int, np.ndarray] = {}
        input_tensors = self.make_input_tensors(tf)
        for node in self.nodes:
            if node.is_input:
                self._tensors[node.index] = input_tensors[node.name]
            elif node.is_literal:
                self._tensors[node.index] = self._literal_tensor(tf, node, self.literal_dtype)
            else:
                continue
            self._values[node.index] = np.array(self._tensors[node.index].numpy())
        self._forward_records: dict[int, ForwardStep] = {}
        self._backward_records: dict[int, BackwardStep] = {}
        self._gradients: dict[int, np.ndarray | None] = {}
        self._backward_order = tuple(index for index in reversed(self.order[: self._ancestor_count])
                                     if not self.nodes[index].is_literal)
        self._backward_position = 0

    @property
    def forward_done(self) -> bool:
        """True when every operation has a value."""
        return all(node.index in self._values for node in self.nodes)

    @property
    def backward_done(self) -> bool:
        """True when the backward pass has visited every node the output depends on."""
        return self._backward_position >= len(self._backward_order)

    @property
    def backward_started(self) -> bool:
        return self._backward_position > 0

    def value(self, key) -> np.ndarray | None:
        """The node's value as a NumPy array, or None if the forward pass has not reached it."""
        return self._values.get(self.node(key).index)

    def gradient(self, key) -> GradientInfo:
        """What is known about ∂output/∂node now (see :class:`GradientInfo`)."""
        node = self.node(key)
        if node.index in self._gradients:
            value = self._gradients[node.index]
            return GradientInfo(True, value, None if value is not None else self.none_reason(node))
        if node.is_literal:
            return GradientInfo(True, None, "not recorded")
        if node.index not in self.ancestors:
            # No path: nothing to wait for, TensorFlow's answer is already known.
            return GradientInfo(self.backward_done, None, "no path")
        return GradientInfo(False)

    def forward_record(self, key) -> ForwardStep | None:
        """The step that computed the node, if the forward pass has done it."""
        return self._forward_records.get(self.node(key).index)

    def backward_record(self, key) -> BackwardStep | None:
        """The backward step of the node, if the backward pass has done it."""
        return self._backward_records.get(self.node(key).index)

    def next_forward_node(self) -> Node | None:
        """The node Step ▶ evaluates next, or None when the forward pass is done."""
        for index in self.order:
            if index not in self._values:
                return self.nodes[index]
        return None

    def next_backward_node(self) -> Node | None:
        """The node Step ◀ processes next, or None when the backward pass is done."""
        if self.backward_done:
            return None
        return self.nodes[self._backward_order[self._backward_position]]

    # -- forward --------------------------------------------------------------------------
    def forward_steps(self) -> Iterator[ForwardStep]:
        """Evaluate the operations one at a time, in topological order.

        Each ``next()`` runs one TensorFlow op; the generator resumes where the previous
        one stopped, so taking a single step from a fresh generator is Step ▶.

        Yields:
            A :class:`ForwardStep` per node evaluated.
        """
        tf = import_tensorflow()
        while True:
            node = self.next_forward_node()
            if node is None:
                return
            operands = [self._tensors[operand] for operand in node.operands]
            tensor = OPERATIONS[node.op].forward(tf, operands, node)
            value = np.array(tensor.numpy())
            self._tensors[node.index] = tensor
            self._values[node.index] = value
            step = ForwardStep(
                node=node, operands=tuple(self.nodes[o] for o in node.operands),
                operand_values=tuple(self._values[o] for o in node.operands), value=value,
                expression=self.expression_of(node), code=self.code_of(node))
            self._forward_records[node.index] = step
            yield step

    def step_forward(self) -> ForwardStep | None:
        """Evaluate the next node (Step ▶); None when the forward pass is done."""
        return next(self.forward_steps(), None)

    def run_forward(self) -> list[ForwardStep]:
        """Evaluate every remaining node (Run forward)."""
        return list(self.forward_steps())

    # -- backward -------------------------------------------------------------------------
    def backward_steps(self) -> Iterator[BackwardStep]:
        """Apply the chain rule one node at a time, in reverse topological order.

        The forward pass is finished first if needed. Each step finishes one node's
        gradient: for every use of the node, upstream gradient × local derivative, summed
        over the uses (Chollet, Deep Learning with Python, ch. 2, "The chain rule").

        Yields:
            A :class:`BackwardStep` per node, starting with the output (the seed, 1).
        """
        if not self.forward_done:
            self.run_forward()
        while not self.backward_done:
            node = self.nodes[self._backward_order[self._backward_position]]
            step = self._backward_one(node)
            self._gradients[node.index] = step.gradient
            self._backward_records[node.index] = step
            self._backward_position += 1
            yield step

    def step_backward(self) -> BackwardStep | None:
        """Process the next node (Step ◀); None when the backward pass is done."""
        return next(self.backward_steps(), None)

    def run_backward(self) -> list[BackwardStep]:
        """Finish the backward pass (Run backward), running the forward pass first if needed."""
        return list(self.backward_steps())

    def _backward_one(self, node: Node) -> BackwardStep:
        output_name = self.output.name
        reason = self.none_reason(node)
        if reason is not None and not (node is self.output and node.index in self.recorded):
            return BackwardStep(node=node, output_name=output_name, terms=(), gradient=None,
                                none_reason=reason)
        if node is self.output:
            seed = np.ones_like(self._values[node.index])
            return BackwardStep(node=node, output_name=output_name, terms=(), gradient=seed,
                                seed=True)
        terms = []
        consumer_texts = []
        operand_texts = []
        for consumer_index in self.consumers[node.index]:
            upstream = self._gradients.get(consumer_index)
            if consumer_index not in self.ancestors or upstream is None:
                continue
            consumer = self.nodes[consumer_index]
            for position, operand in enumerate(consumer.operands):
                if operand != node.index:
                    continue
                terms.append(self._term(consumer, position, upstream))
                consumer_texts.append(f"{consumer.name} = {self.expression_of(consumer)}")
                operand_texts.append(self._operand_text(consumer))
        if not terms:
            return BackwardStep(node=node, output_name=output_name, terms=(), gradient=None,
                                none_reason="no path")
        with np.errstate(all="ignore"):
            total = terms[0].contribution.copy()
            for term in terms[1:]:
                total = total + term.contribution
        return BackwardStep(node=node, output_name=output_name, terms=tuple(terms),
                            gradient=np.asarray(total), consumer_texts=tuple(consumer_texts),
                            operand_texts=tuple(operand_texts))

    def _operand_text(self, consumer: Node) -> str:
        """``"t1 = -3"`` for the scalar operands of a consumer, for ``… at t1 = -3``."""
        parts = []
        for operand in dict.fromkeys(consumer.operands):
            node = self.nodes[operand]
            value = self._values[operand]
            if np.ndim(value) == 0 and not node.is_literal:
                parts.append(f"{node.name} = {format_value(value)}")
        return ", ".join(parts)

    def _term(self, consumer: Node, position: int, upstream: np.ndarray) -> BackwardTerm:
        operation = OPERATIONS[consumer.op]
        values = [self._values[operand] for operand in consumer.operands]
        output = self._values[consumer.index]
        formula = operation.formula(position, self.operand_names(consumer), consumer.name,
                                    consumer)
        shape = np.shape(values[position])
        with np.errstate(all="ignore"):
            if operation.local is not None:
                local = np.asarray(operation.local(position, values, output, consumer))
                local = local.astype(upstream.dtype, copy=False)
                product = upstream * local
                contribution, axes = unbroadcast(product, shape)
            else:
                local = None
                contribution = np.asarray(operation.vector_jacobian(position, values, output,
                                                                    upstream, consumer))
                contribution, axes = unbroadcast(contribution, shape)
        return BackwardTerm(consumer=consumer, position=position, upstream=upstream,
                            formula=formula, local=local,
                            contribution=contribution.astype(upstream.dtype, copy=False),
                            summed_axes=axes)

    # -- results --------------------------------------------------------------------------
    def chain_rule_gradients(self) -> dict[str, np.ndarray | None]:
        """∂output/∂source by the step-by-step chain rule, running both passes if needed.

        Returns:
            Source name (see :attr:`source_names`) -> NumPy array of the source's shape, or
            None where ``tape.gradient`` gives None (no path, not watched, integer dtype).
        """
        self.run_backward()
        return {name: self.gradient(name).value for name in self.source_names}

    def tape_gradients(self, persistent: bool = False) -> dict[str, np.ndarray | None]:
        """``tape.gradient`` over the same expression; see
        :func:`tfintro_gui.core.autodiff.checks.tape_gradients`."""
        from tfintro_gui.core.autodiff.checks import tape_gradients

        return tape_gradients(self, persistent=persistent)

    def numeric_gradients(self) -> dict[str, np.ndarray | None]:
        """Central finite differences; see
        :func:`tfintro_gui.core.autodiff.checks.numeric_gradients`."""
        from tfintro_gui.core.autodiff.checks import numeric_gradients

        return numeric_gradients(self)

    def kinks(self, tolerance: float = 0.0) -> list[Kink]:
        """Nodes evaluated at (or within ``tolerance`` of) a corner of their function.

        Runs the forward pass if needed.

        Returns:
            One :class:`Kink` per node and operand at a corner, in topological order.
        """
        if not self.forward_done:
            self.run_forward()
        found = []
        for index in self.order:
            node = self.nodes[index]
            if not node.is_operation or OPERATIONS[node.op].kink is None:
                continue
            operation = OPERATIONS[node.op]
            values = [self._values[operand] for operand in node.operands]
            mask = operation.kink_mask(0, values, tolerance)
            count = int(np.count_nonzero(mask))
            if not count:
                continue
            names = self.operand_names(node)
            for position, operand in enumerate(node.operands):
                if operand in node.operands[:position]:
                    continue
                found.append(Kink(node=node, operand=self.nodes[operand],
                                  rule=operation.kink(position, names), count=count,
                                  expression=self.expression_of(node)))
        return found

    def tape_code(self) -> str:
        """The ``with tf.GradientTape() as tape:`` block this graph corresponds to.

        Returns:
            A runnable Python script: the inputs, the tape block with the student's lines in
            TensorFlow spelling, one ``tape.gradient`` call for all sources, and prints.
        """
        lines = ["import tensorflow as tf", ""]
        for name, spec in self.inputs.items():
            literal = python_literal(spec.value)
            dtype = "" if spec.dtype == "float32" or spec.dtype == "int32" else \
                f", dtype=tf.{spec.dtype}"
            maker = "tf.Variable" if spec.kind == "variable" else "tf.constant"
            comment = "  # not watched: its gradient will be None" if spec.kind == "constant" \
                else ""
            lines.append(f"{name} = {maker}({literal}{dtype}){comment}")
        lines += ["", "with tf.GradientTape() as tape:"]
        lines += [f"    tape.watch({name})" for name, spec in self.inputs.items()
                  if spec.kind == "watched"]
        lines += ["    " + line for line in _tensorflow_statements(self.parsed.source,
                                                                   self.output.name)]
        sources = ", ".join(self.source_names)
        lines += [f"gradients = tape.gradient({self.output.name}, [{sources}])",
                  f"for name, gradient in zip({list(self.source_names)!r}, gradients):",
                  f"    print(f\"d{self.output.name}/d{{name}} =\", gradient)"]
        return "\n".join(lines)


class _ToTensorFlow(ast.NodeTransformer):
    """Rewrites allowed calls into TensorFlow's spelling (``relu(x)`` -> ``tf.nn.relu(x)``)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = node.func.id
        if name == "crossentropy":
            y_true, y_pred = (ast.unparse(argument) for argument in node.args)
            text = f"-tf.reduce_mean(tf.reduce_sum({y_true} * tf.math.log({y_pred}), axis=-1))"
            return ast.parse(text, mode="eval").body
        node.func = ast.parse(TF_FUNCTIONS[name], mode="eval").body
        return node


def _tensorflow_statements(source: str, output_name: str) -> list[str]:
    """The checked source's statements in TensorFlow spelling (nothing is executed)."""
    tree = _ToTensorFlow().visit(ast.parse(source))
    lines = []
    for statement in tree.body:
        if isinstance(statement, ast.Expr):
            statement = ast.Assign(targets=[ast.Name(output_name, ast.Store())],
                                   value=statement.value, lineno=0)
        lines.append(ast.unparse(statement))
    return lines


def build_graph(expression: str, inputs: Mapping[str, object]) -> ComputationGraph:
    """Parse an expression over named inputs into a computation graph ready to step.

    Example (the notebook's, Chollet, Deep Learning with Python, ch. 3)::

        graph = build_graph("x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)",
                            {"w": 3.0, "b": 1.0,
                             "x": {"value": 2.0, "kind": "constant"},
                             "y_true": {"value": 4.0, "kind": "constant"}})
        graph.chain_rule_gradients()["w"]  # array(2., dtype=float32)

    Args:
        expression: an expression or ``name = …`` statements (see
            :func:`~tfintro_gui.core.autodiff.parser.parse_expression`).
        inputs: name -> a number or nested list (a trainable float32 variable), or a dict
            ``{"value": …, "kind": "variable" | "constant" | "watched", "dtype": …}``.
            Every name the expression reads must be given, and nothing else.

    Returns:
        A :class:`ComputationGraph` whose inputs and numbers have values and whose
        operations have not been evaluated yet. It has been evaluated once with TensorFlow
        to check shapes and dtypes.

    Raises:
        TypeError: ``inputs`` is not a mapping, or an input has the wrong type.
        ValueError: the expression is not allowed (the message points at the offending
            part), an input is missing, unused or malformed, or TensorFlow cannot compute a
            node (shapes or dtypes do not fit).
    """
    parsed = parse_expression(expression)
    if not isinstance(inputs, Mapping):
        raise TypeError(f"inputs must map names to values, got {type(inputs).__name__}.")
    missing = [name for name in parsed.input_names if name not in inputs]
    if missing:
        raise ValueError(f"No value for {', '.join(map(repr, missing))}: give every name the "
                         "expression reads a value (or assign it on an earlier line).")
    unused = [name for name in inputs if name not in parsed.input_names]
    if unused:
        raise ValueError(f"Input {', '.join(map(repr, unused))} is not read by the expression; "
                         "remove it or use it.")
    specs = {name: make_input_spec(name, inputs[name]) for name in parsed.input_names}
    return ComputationGraph(parsed, specs)
