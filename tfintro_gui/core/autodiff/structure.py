"""The shape of a computation graph: its nodes, their order, the tape's rules, and one
evaluation of every node with TensorFlow.

:class:`GraphStructure` knows what does not change while the graph is stepped: which node
reads which, the topological order (micrograd's depth-first walk from the output), which
nodes ``tf.GradientTape`` records (variables are watched, constants only after
``tape.watch``, integer tensors never), each node's shape and dtype, and the TensorFlow
code of each node. :class:`~tfintro_gui.core.autodiff.graph.ComputationGraph` adds the
stepping state.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import lazy_loader

from tfintro_gui.core.autodiff.errors import Explanation, GraphInputError, Place
from tfintro_gui.core.autodiff.formatting import format_shape
from tfintro_gui.core.autodiff.inputs import InputSpec
from tfintro_gui.core.autodiff.limits import MAX_NODE_ELEMENTS, excerpt
from tfintro_gui.core.autodiff.nodes import Node
from tfintro_gui.core.autodiff.ops import OPERATIONS, TF_FUNCTIONS
from tfintro_gui.core.autodiff.syntax import ParsedExpression
from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


def _node_kind(parsed_node, inputs: Mapping[str, InputSpec]) -> str:
    if parsed_node.op == "input":
        return inputs[parsed_node.name].kind
    return "literal" if parsed_node.op == "literal" else "operation"


class GraphStructure:
    """Nodes, order, shapes, dtypes and the tape's rules of an expression over inputs.

    Args:
        parsed: the checked expression.
        inputs: name -> :class:`~tfintro_gui.core.autodiff.inputs.InputSpec` for every
            name the expression reads.

    Raises:
        GraphInputError: TensorFlow cannot compute a node (shapes or dtypes do not fit).

    Attributes:
        parsed: the checked expression.
        inputs: name -> :class:`~tfintro_gui.core.autodiff.inputs.InputSpec`.
        nodes: all nodes, operands before users.
        output: the node whose value is the result.
        consumers: node index -> indices of the nodes that read it.
        order: the nodes the output depends on in topological order, then the rest.
        ancestors: indices of the nodes the output depends on (itself included).
        shapes: node index -> shape; dtypes: node index -> dtype name.
        recorded: indices of the nodes ``tf.GradientTape`` records.
    """

    def __init__(self, parsed: ParsedExpression, inputs: dict[str, InputSpec]):
        self.parsed = parsed
        self.inputs = inputs
        self.nodes: tuple[Node, ...] = tuple(
            Node(index=parsed_node.index, name=parsed_node.name, op=parsed_node.op,
                 operands=parsed_node.operands, text=parsed_node.text, line=parsed_node.line,
                 column=parsed_node.column, kind=_node_kind(parsed_node, inputs),
                 literal=parsed_node.literal, exponent=parsed_node.exponent,
                 assigned=parsed_node.assigned or parsed_node.op == "input")
            for parsed_node in parsed.nodes)
        self.output: Node = self.nodes[parsed.output]
        self._by_name = {node.name: node for node in self.nodes if not node.is_literal}
        self.consumers: dict[int, tuple[int, ...]] = {
            node.index: tuple(user.index for user in self.nodes if node.index in user.operands)
            for node in self.nodes}
        self.order, self.ancestor_count = self._topological_order()
        self.ancestors: frozenset[int] = frozenset(self.order[: self.ancestor_count])
        dtypes = {spec.dtype for spec in inputs.values()}
        self.literal_dtype = dtypes.pop() if len(dtypes) == 1 else "float32"
        self.shapes: dict[int, tuple[int, ...]] = {}
        self.dtypes: dict[int, str] = {}
        self._validate()
        self.recorded: frozenset[int] = self._recorded_nodes()

    # -- order and the tape's rules -------------------------------------------------------
    def _topological_order(self) -> tuple[tuple[int, ...], int]:
        """Nodes the output depends on in topological order (a depth-first walk from the
        output, as in micrograd), then the rest in source order; and how many come first."""
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
        count = len(order)
        order.extend(node.index for node in self.nodes if node.index not in visited)
        return tuple(order), count

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

    def none_reason(self, key: str | int | Node) -> str | None:
        """Why ``tape.gradient`` gives None for this node, or None if it gives a value.

        Returns:
            ``"no path"``, ``"integer dtype"``, ``"not watched"`` or ``"not recorded"``
            (see :data:`~tfintro_gui.core.autodiff.nodes.NONE_REASONS`), or None.
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

    # -- names and text -------------------------------------------------------------------
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
        """The names of ``node``'s operands, in order."""
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

    # -- paths ----------------------------------------------------------------------------
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

    def path_to_output(self, key: str | int | Node) -> tuple[str, ...]:
        """Names along one path from a node to the output (the first consumer each time).

        Returns:
            ``("b", "x2", "t1", "loss_val")``; empty for the output itself or without a path.
        """
        node = self.node(key)
        edges = self.path_edges(node)
        if not edges or node is self.output:
            return ()
        chain, current = [node.name], node.index
        while current != self.output.index:
            current = min(consumer for operand, consumer in edges if operand == current)
            chain.append(self.nodes[current].name)
        return tuple(chain)

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
            GraphInputError: TensorFlow cannot compute a node (``evaluation.failed``: the
                node's place, the operand shapes and dtypes, advice, TensorFlow's own words),
                or its result would hold more than ``MAX_NODE_ELEMENTS`` elements
                (``evaluation.too_large``, checked before TensorFlow runs it).
        """
        literal_dtype = literal_dtype or self.literal_dtype
        overrides = overrides or {}
        tensors: dict[int, object] = {}
        order = self.order[: self.ancestor_count] if only_ancestors else self.order
        for index in order:
            node = self.nodes[index]
            if index in overrides:
                tensors[index] = overrides[index]
            elif node.is_input:
                tensors[index] = input_tensors[node.name]
            elif node.is_literal:
                tensors[index] = self.literal_tensor(tf, node, literal_dtype)
            else:
                operands = [tensors[operand] for operand in node.operands]
                self._check_size(node, operands)
                try:
                    tensors[index] = OPERATIONS[node.op].forward(tf, operands, node)
                except Exception as error:  # TensorFlow raises several error types here
                    raise self._evaluation_error(node, operands, error) from None
        return tensors

    def literal_tensor(self, tf, node: Node, dtype: str):
        """The number of a literal node as a ``tf.constant`` of ``dtype``.

        Raises:
            GraphInputError: a fraction would have to be an int32.
        """
        if dtype == "int32" and float(node.literal) != int(node.literal):
            raise GraphInputError("evaluation.int32_literal", number=f"{node.literal:g}").at(
                _place(node))
        return tf.constant(node.literal, dtype=dtype)

    def _check_size(self, node: Node, operands) -> None:
        """Refuse an op whose result would hold more than ``MAX_NODE_ELEMENTS`` elements,
        before TensorFlow tries to allocate it."""
        shapes = [tuple(int(size) for size in operand.shape) for operand in operands]
        if node.op == "matmul" and all(len(shape) == 2 for shape in shapes):
            count = shapes[0][0] * shapes[1][1]
        else:
            try:
                count = math.prod(np.broadcast_shapes(*shapes))
            except ValueError:
                return  # TensorFlow's own error explains the shapes
        if count > MAX_NODE_ELEMENTS:
            raise GraphInputError(
                "evaluation.too_large", expression=self.expression_of(node), count=count,
                limit=MAX_NODE_ELEMENTS).at(_place(node))

    def _evaluation_error(self, node: Node, operands, error: Exception) -> GraphInputError:
        """TensorFlow's refusal of ``node``: where, the operands, advice, its own words."""
        symbolic = OPERATIONS[node.op].symbolic(self.operand_names(node), node)
        return GraphInputError(
            "evaluation.failed", expression=symbolic,
            shapes=tuple(format_shape(np.zeros(tuple(o.shape))) for o in operands),
            dtypes=tuple(o.dtype.name for o in operands),
            tensorflow_error=tensorflow_text(error)).at(_place(node), _advice(node, operands))

    def _validate(self) -> None:
        tf = import_tensorflow()
        try:
            input_tensors = {name: tf.constant(spec.value) for name, spec in self.inputs.items()}
        except Exception as error:
            raise GraphInputError("evaluation.inputs",
                                  tensorflow_error=tensorflow_text(error)) from None
        tensors = self.evaluate(tf, input_tensors)
        for index, tensor in tensors.items():
            self.shapes[index] = tuple(int(size) for size in tensor.shape)
            self.dtypes[index] = tensor.dtype.name


def _place(node: Node) -> Place:
    return Place(node.line, node.column, excerpt(node.text))


def tensorflow_text(error: Exception) -> str:
    """TensorFlow's message as ``"TypeName: first line"``, without the kernel-name noise
    (``{{function_node …}}``, ``[Op:AddV2] name:``), cut to 240 characters."""
    detail = str(getattr(error, "message", None) or error).strip().splitlines()
    detail = detail[0] if detail else ""
    detail = re.sub(r"\{\{function_node [^}]*\}\}\s*", "", detail)
    detail = re.sub(r"\s*\[Op:\w+\]( name:\s*\S*)?\s*$", "", detail)
    if len(detail) > 240:
        detail = detail[:237] + "…"
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def _advice(node: Node, operands) -> Explanation:
    """How to fix an op TensorFlow could not compute."""
    if len({o.dtype.name for o in operands}) > 1:
        return Explanation("advice.dtypes")
    if node.op == "matmul":
        return Explanation("advice.matmul")
    if node.op == "crossentropy":
        return Explanation("advice.crossentropy")
    if len(operands) > 1:
        return Explanation("advice.broadcast")
    return Explanation("advice.float")
