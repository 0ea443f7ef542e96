"""A computation graph built from an expression, stepped forward and backward one node at a time.

The engine follows micrograd's shape: every node keeps its operands, its op and a local
backward rule (:mod:`tfintro_gui.core.autodiff.ops`); the backward pass walks the nodes in
reverse topological order and applies the chain rule. Values come from real TensorFlow ops;
which nodes get a gradient follows ``tf.GradientTape``'s rules
(:class:`~tfintro_gui.core.autodiff.structure.GraphStructure`), so the chain-rule result
can be compared with ``tape.gradient`` entry by entry, ``None`` included
(:mod:`tfintro_gui.core.autodiff.checks`). Drawing and wording are in the user interface.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import lazy_loader

from tfintro_gui.core.autodiff.formatting import format_value
from tfintro_gui.core.autodiff.inputs import make_input_specs
from tfintro_gui.core.autodiff.nodes import (
    BackwardStep,
    BackwardTerm,
    ForwardStep,
    GradientInfo,
    Kink,
    Node,
    NodeDetails,
)
from tfintro_gui.core.autodiff.ops import OPERATIONS, unbroadcast
from tfintro_gui.core.autodiff.parser import parse_expression
from tfintro_gui.core.autodiff.structure import GraphStructure
from tfintro_gui.core.autodiff.tape_code import tape_code
from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


class ComputationGraph(GraphStructure):
    """A graph of TensorFlow ops over named inputs, stepped one node at a time.

    Build it with :func:`build_graph`. Values of inputs and numbers are known at once;
    :meth:`forward_steps` evaluates the operations, :meth:`backward_steps` applies the
    chain rule from the output back to the inputs. See
    :class:`~tfintro_gui.core.autodiff.structure.GraphStructure` for the attributes.
    """

    def __init__(self, parsed, inputs):
        super().__init__(parsed, inputs)
        self.reset()

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
                self._tensors[node.index] = self.literal_tensor(tf, node, self.literal_dtype)
            else:
                continue
            self._values[node.index] = np.array(self._tensors[node.index].numpy())
        self._forward_records: dict[int, ForwardStep] = {}
        self._backward_records: dict[int, BackwardStep] = {}
        self._gradients: dict[int, np.ndarray | None] = {}
        self._backward_order = tuple(index for index in reversed(self.order[: self.ancestor_count])
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
        """True once the backward pass has processed its first node (the output)."""
        return self._backward_position > 0

    @property
    def operations_evaluated(self) -> int:
        """How many operations the forward pass has evaluated."""
        return sum(node.index in self._values for node in self.nodes if node.is_operation)

    @property
    def operation_count(self) -> int:
        """How many operations the graph holds."""
        return sum(node.is_operation for node in self.nodes)

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
            self._tensors[node.index] = tensor
            self._values[node.index] = np.array(tensor.numpy())
            step = self._forward_step(node)
            self._forward_records[node.index] = step
            yield step

    def _forward_step(self, node: Node) -> ForwardStep:
        value = self._values[node.index]
        operand_values = tuple(self._values[o] for o in node.operands)
        expression = self.expression_of(node)
        substituted = None
        names = self.operand_names(node)
        if (np.ndim(value) == 0 and all(np.ndim(v) == 0 for v in operand_values)
                and len(set(names)) == len(names)):
            substituted = OPERATIONS[node.op].symbolic(
                [format_value(v) for v in operand_values], node)
            if substituted == expression:
                substituted = None
        return ForwardStep(node=node, operands=tuple(self.nodes[o] for o in node.operands),
                           operand_values=operand_values, value=value, expression=expression,
                           code=self.code_of(node), substituted=substituted)

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
        for consumer_index in self.consumers[node.index]:
            upstream = self._gradients.get(consumer_index)
            if consumer_index not in self.ancestors or upstream is None:
                continue
            consumer = self.nodes[consumer_index]
            terms += [self._term(consumer, position, upstream)
                      for position, operand in enumerate(consumer.operands)
                      if operand == node.index]
        if not terms:
            return BackwardStep(node=node, output_name=output_name, terms=(), gradient=None,
                                none_reason="no path")
        with np.errstate(all="ignore"):
            total = terms[0].contribution.copy()
            for term in terms[1:]:
                total = total + term.contribution
        return BackwardStep(node=node, output_name=output_name, terms=tuple(terms),
                            gradient=np.asarray(total))

    def _operand_values(self, consumer: Node) -> str:
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
                contribution, axes = unbroadcast(upstream * local, shape)
            else:
                local = None
                contribution = np.asarray(operation.vector_jacobian(position, values, output,
                                                                    upstream, consumer))
                contribution, axes = unbroadcast(contribution, shape)
        return BackwardTerm(consumer=consumer, position=position, upstream=upstream,
                            formula=formula, local=local,
                            contribution=contribution.astype(upstream.dtype, copy=False),
                            summed_axes=axes,
                            consumer_expression=f"{consumer.name} = "
                                                f"{self.expression_of(consumer)}",
                            operand_values=self._operand_values(consumer))

    # -- results --------------------------------------------------------------------------
    def chain_rule_gradients(self) -> dict[str, np.ndarray | None]:
        """∂output/∂source by the step-by-step chain rule, running both passes if needed.

        Returns:
            Source name (see :attr:`source_names`) -> NumPy array of the source's shape, or
            None where ``tape.gradient`` gives None (no path, not watched, integer dtype).
        """
        self.run_backward()
        return {name: self.gradient(name).value for name in self.source_names}

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
            operation = OPERATIONS.get(node.op)
            if operation is None or operation.kink is None:
                continue
            values = [self._values[operand] for operand in node.operands]
            count = int(np.count_nonzero(operation.kink_mask(0, values, tolerance)))
            if not count:
                continue
            names = self.operand_names(node)
            found += [Kink(node=node, operand=self.nodes[operand],
                           rule=operation.kink(position, names), count=count,
                           expression=self.expression_of(node))
                      for position, operand in enumerate(node.operands)
                      if operand not in node.operands[:position]]
        return found

    def node_details(self, key: str | int | Node) -> NodeDetails:
        """Everything known now about one node, for the details view.

        Returns:
            A :class:`~tfintro_gui.core.autodiff.nodes.NodeDetails`: the node, its value
            (None before the forward pass reaches it), shape and dtype, the TensorFlow
            line, the forward step, the gradient, the backward step and the path to the
            output.
        """
        node = self.node(key)
        return NodeDetails(
            node=node, expression=self.expression_of(node),
            code=self.code_of(node) if node.is_operation else "",
            value=self.value(node), shape=self.shapes[node.index],
            dtype=self.dtypes[node.index], output_name=self.output.name,
            forward=self._forward_records.get(node.index), gradient=self.gradient(node),
            backward=self._backward_records.get(node.index),
            path=self.path_to_output(node))

    def tape_code(self) -> str:
        """The ``with tf.GradientTape() as tape:`` script this graph corresponds to; see
        :func:`tfintro_gui.core.autodiff.tape_code.tape_code`."""
        return tape_code(self)


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
        GraphTypeError: ``inputs`` is not a mapping, or an input has the wrong type (a
            ``TypeError``).
        GraphInputError: the expression is not allowed (its ``place`` points at the
            offending part), an input is missing, unused or malformed, or TensorFlow cannot
            compute a node (shapes or dtypes do not fit); a ``ValueError``. Both carry a code
            and values (:mod:`tfintro_gui.core.autodiff.errors`); ``str()`` is English.
    """
    parsed = parse_expression(expression)
    specs = make_input_specs(parsed.input_names, inputs)
    return ComputationGraph(parsed, specs)
