"""The records a graph hands out: its nodes and what each forward and backward step did.

They carry values (NumPy copies), formulas and code, never sentences: the user interface
words them (:mod:`tfintro_gui.ui.backprop.step_texts`), so every sentence exists in every
language. Stable codes name the cases that need words, e.g. :data:`NONE_REASONS`.
"""

from __future__ import annotations

from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.autodiff.ops import OPERATIONS, KinkRule

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Why ``tape.gradient`` gives None for a tensor, as stable codes: no path from it to the
#: output; a constant that is not watched; an integer dtype; computed only from tensors the
#: tape does not watch.
NONE_REASONS = ("no path", "not watched", "integer dtype", "not recorded")


@dataclass(frozen=True)
class Node:
    """One node of a :class:`~tfintro_gui.core.autodiff.graph.ComputationGraph`.

    Attributes:
        index: position in the graph's ``nodes`` (operands first).
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
        """The op as drawn: ``"×"``, ``"abs"``, ``"**2"``, or the kind for other nodes."""
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
        substituted: for scalars, the op with the operands' values, e.g. ``"3 * 2"``; None
            for arrays or when it reads the same as ``expression``.
    """

    node: Node
    operands: tuple[Node, ...]
    operand_values: tuple[np.ndarray, ...]
    value: np.ndarray
    expression: str
    code: str
    substituted: str | None = None


@dataclass(frozen=True)
class BackwardTerm:
    """One use of a node by a consumer: upstream gradient × local derivative.

    Attributes:
        consumer: the node that reads this one.
        position: which operand of the consumer this node is.
        upstream: ∂output/∂consumer (NumPy array).
        formula: the local rule (``"∂|t1|/∂t1 = sign(t1)"``), or the matrix form
            (``"∂L/∂A = ∂L/∂C · Bᵀ"``) for ops without an elementwise local derivative.
        local: the local derivative's value, elementwise (None for matrix forms).
        contribution: this use's share of the gradient, in the node's shape.
        summed_axes: broadcast axes summed to bring the product back to the node's shape.
        consumer_expression: the consumer as ``"t1 = y_true - x2"``.
        operand_values: the consumer's scalar operands as ``"t1 = -3"`` pairs, joined by
            ``", "`` (empty when there are none), where the local rule was evaluated.
    """

    consumer: Node
    position: int
    upstream: np.ndarray
    formula: str
    local: np.ndarray | None
    contribution: np.ndarray
    summed_axes: tuple[int, ...] = ()
    consumer_expression: str = ""
    operand_values: str = ""

    @property
    def is_scalar(self) -> bool:
        """True when upstream, local derivative and contribution are single numbers."""
        return (self.local is not None and np.ndim(self.contribution) == 0
                and np.size(self.local) == 1 and np.size(self.upstream) == 1)

    @property
    def rule_is_constant(self) -> bool:
        """True when the local rule ends in a number (``∂(a + b)/∂a = 1``), so writing its
        value again would repeat it."""
        text = self.formula.rsplit("= ", 1)[-1].replace("−", "-")
        try:
            float(text)
        except ValueError:
            return False
        return True


@dataclass(frozen=True)
class BackwardStep:
    """The chain rule applied at one node.

    Attributes:
        node: the node whose gradient this step finishes.
        output_name: name of the graph's output (the ``L`` of ∂L/∂node).
        terms: one per use of the node; their sum is the gradient.
        gradient: ∂output/∂node as a NumPy array, or None.
        none_reason: why the gradient is None, one of :data:`NONE_REASONS`.
        seed: True for the output itself, whose gradient starts as ones.
    """

    node: Node
    output_name: str
    terms: tuple[BackwardTerm, ...]
    gradient: np.ndarray | None
    none_reason: str | None = None
    seed: bool = False


@dataclass(frozen=True)
class GradientInfo:
    """What is known now about ∂output/∂node: not computed yet, None (and why), or a value.

    Attributes:
        computed: False until the backward pass has reached the node.
        value: the gradient once computed, or None when TensorFlow gives None.
        none_reason: one of :data:`NONE_REASONS` when ``value`` is None.
    """

    computed: bool
    value: np.ndarray | None = None
    none_reason: str | None = None


@dataclass(frozen=True)
class Kink:
    """A node evaluated exactly at a corner of its function (``relu`` or ``abs`` at 0).

    Attributes:
        node: the node with the corner.
        operand: the operand at the corner.
        rule: the corner (``where``), the slopes left and right, and TensorFlow's choice.
        count: how many elements sit at the corner.
        expression: the node's op in operand names, e.g. ``"relu(z)"``.
    """

    node: Node
    operand: Node
    rule: KinkRule
    count: int
    expression: str = ""


@dataclass(frozen=True)
class NodeDetails:
    """Everything known about one node at one moment of the stepping.

    Attributes:
        node: the node.
        expression: its op in operand names (``"w * x"``); its name for inputs and numbers.
        code: the TensorFlow line that computes it (empty for inputs and numbers).
        value: its value, or None before the forward pass reaches it.
        shape: its shape; dtype: its dtype name.
        output_name: the graph's output (the ``L`` of ∂L/∂node).
        forward: the forward step that computed it, if done.
        gradient: what is known about its gradient.
        backward: the backward step that finished its gradient, if done.
        path: names on one path from it to the output; empty without a path.
    """

    node: Node
    expression: str
    code: str
    value: np.ndarray | None
    shape: tuple[int, ...]
    dtype: str
    output_name: str
    forward: ForwardStep | None
    gradient: GradientInfo
    backward: BackwardStep | None
    path: tuple[str, ...]
