"""The Backprop panel's model: an expression, its inputs table, the graph built from them,
the stepping, the selected node and the three-way check, with no user interface.

Every click of the panel is one call here; the panel then shows the model's state
(:attr:`BackpropLab.graph`, :attr:`~BackpropLab.rows`, :attr:`~BackpropLab.detail`,
:attr:`~BackpropLab.comparisons`, :meth:`~BackpropLab.progress`). It can be driven from a
script::

    lab = BackpropLab()
    lab.build(lab.preset.expression)
    lab.run_backward()
    [(row.name, row.status) for row in lab.comparisons]
"""

from __future__ import annotations

from dataclasses import dataclass

from tfintro_gui.core.autodiff.checks import (
    GradientComparison,
    TapeReuse,
    compare_gradients,
    second_gradient_call,
)
from tfintro_gui.core.autodiff.errors import GraphError, GraphInputError
from tfintro_gui.core.autodiff.formatting import python_literal
from tfintro_gui.core.autodiff.graph import ComputationGraph, build_graph
from tfintro_gui.core.autodiff.limits import MAX_INPUTS
from tfintro_gui.core.autodiff.nodes import BackwardStep, ForwardStep, NodeDetails
from tfintro_gui.core.autodiff.parser import check_expression_text, parse_expression
from tfintro_gui.core.autodiff.presets import DEFAULT_PRESET, Preset, preset


@dataclass(frozen=True)
class InputRow:
    """One row of the inputs table, as text (what the student typed or chose).

    Attributes:
        name: the input's name in the expression.
        kind: ``"variable"``, ``"constant"`` or ``"watched"``.
        dtype: ``"float32"``, ``"float64"`` or ``"int32"``.
        value: the value as typed, e.g. ``"3.0"`` or ``"[[1, 2], [3, 4]]"``, or a recipe
            such as ``"glorot_uniform((784, 512), seed=2)"``.
    """

    name: str
    kind: str = "variable"
    dtype: str = "float32"
    value: str = "1.0"


def _preset_rows(example: Preset) -> tuple[InputRow, ...]:
    return tuple(InputRow(name, spec["kind"], spec.get("dtype", "float32"),
                          spec["value"] if isinstance(spec["value"], str)
                          else python_literal(spec["value"]))
                 for name, spec in example.inputs.items())


def _graph_inputs(rows) -> dict[str, dict]:
    return {row.name: {"value": row.value, "kind": row.kind, "dtype": row.dtype}
            for row in rows}


@dataclass(frozen=True)
class Detail:
    """What the step-detail view shows: the last action's steps, or one node.

    Attributes:
        kind: ``"intro"`` (a graph was built), ``"empty"`` (after a reset),
            ``"forward step"``, ``"forward run"``, ``"backward step"``, ``"backward run"``
            or ``"node"``.
        forward: the forward steps taken (``"forward step"``: one; ``"forward run"``: all).
        backward: the backward steps taken.
        node: the node's details (``"node"``).
    """

    kind: str
    forward: tuple[ForwardStep, ...] = ()
    backward: tuple[BackwardStep, ...] = ()
    node: NodeDetails | None = None


@dataclass(frozen=True)
class Progress:
    """How far the two passes have come.

    Attributes:
        evaluated: operations evaluated; total: operations in the graph.
        next_forward: the node Step ▶ evaluates next, or None when the forward pass is done.
        backward_started: the output's seed has been set.
        backward_done: every node the output depends on has its gradient.
        next_backward: the node Step ◀ processes next, or None.
        output_name: the output (the ``L`` of ∂L/∂node).
    """

    evaluated: int
    total: int
    next_forward: str | None
    backward_started: bool
    backward_done: bool
    next_backward: str | None
    output_name: str

    @property
    def forward_done(self) -> bool:
        return self.next_forward is None


@dataclass(frozen=True)
class BuildOutcome:
    """The result of :meth:`BackpropLab.build` or :meth:`BackpropLab.edit_rows`.

    Attributes:
        built: a new graph is shown.
        error: why not: a :class:`~tfintro_gui.core.autodiff.errors.GraphError` (a code,
            values, where; ``str()`` is English), None when built or when there was nothing
            to build.
        names_changed: the inputs table now lists different names than before.
    """

    built: bool
    error: GraphError | None = None
    names_changed: bool = False


#: The most graphs a notebook export repeats (the latest ones).
MAX_STEPPED_GRAPHS = 20


class BackpropLab:
    """The state behind the Backprop panel; see the module docstring."""

    def __init__(self):
        self.preset: Preset = DEFAULT_PRESET
        self.rows: tuple[InputRow, ...] = _preset_rows(DEFAULT_PRESET)
        self.graph: ComputationGraph | None = None
        self.expression = ""  # the expression of the graph shown
        self.table_expression = ""  # the expression whose inputs the table lists
        self.selected: int | None = None
        self.current: int | None = None
        self.detail = Detail("empty")
        self.comparisons: tuple[GradientComparison, ...] = ()
        self.check_error: GraphError | None = None
        #: The ``tape_code()`` of every graph stepped to the end of its backward pass, in
        #: order (the last :data:`MAX_STEPPED_GRAPHS`): a notebook export repeats them all.
        self.stepped_codes: list[str] = []

    # -- building -------------------------------------------------------------------------
    def choose_preset(self, key: str) -> Preset:
        """Make preset ``key`` the current one and list its inputs (build it next).

        Raises:
            KeyError: no preset has that key.
        """
        self.preset = preset(key)
        self.rows = _preset_rows(self.preset)
        return self.preset

    def build(self, expression: str, rows=None) -> BuildOutcome:
        """Parse ``expression``, make the table follow its names, and build its graph.

        Args:
            expression: the expression typed.
            rows: the inputs table as shown (:class:`InputRow`); default: :attr:`rows`.

        The table keeps the rows of names it already lists and adds a default row (a
        float32 variable of 1.0) for each new name, even when the graph cannot be built, so
        that values (a matrix for ``x @ W``) can be fixed there. On failure the previous
        graph is kept.
        """
        if rows is not None:
            self.rows = tuple(rows)
        try:
            parsed = parse_expression(expression)
        except GraphError as error:
            return BuildOutcome(False, error)
        known = {row.name: row for row in self.rows}
        rows = tuple(known.get(name, InputRow(name)) for name in parsed.input_names)
        names_changed = [row.name for row in rows] != list(known)
        self.table_expression = expression
        self.rows = rows
        outcome = self._build(expression, rows)
        return BuildOutcome(outcome.built, outcome.error, names_changed)

    def edit_rows(self, rows) -> BuildOutcome:
        """The table was edited: rebuild the graph from ``rows`` (:class:`InputRow`).

        On failure the previous graph is kept, and when it is the graph of the same
        expression the table goes back to that graph's inputs.
        """
        self.rows = tuple(rows)
        if not self.table_expression:
            return BuildOutcome(False)
        outcome = self._build(self.table_expression, self.rows)
        if not outcome.built and self.graph is not None and \
                self.table_expression == self.expression:
            self.rows = tuple(InputRow(name, spec.kind, spec.dtype, spec.text)
                              for name, spec in self.graph.inputs.items())
        return outcome

    def _build(self, expression: str, rows) -> BuildOutcome:
        try:
            graph = build_graph(expression, _graph_inputs(rows))
        except GraphError as error:
            return BuildOutcome(False, error)
        self.graph = graph
        self.expression = expression
        self.current = None
        variables = [row.name for row in rows if row.kind != "constant"]
        self.selected = graph.node(variables[0]).index if variables else None
        self.comparisons = ()
        self.check_error = None
        self.detail = Detail("intro")
        return BuildOutcome(True)

    # -- stepping -------------------------------------------------------------------------
    def step_forward(self) -> None:
        """Evaluate the next node (Step ▶)."""
        step = self.graph.step_forward()
        if step is not None:
            self.current = step.node.index
            self.detail = Detail("forward step", forward=(step,))

    def run_forward(self) -> None:
        """Evaluate every remaining node (Run forward)."""
        steps = self.graph.run_forward()
        if steps:
            self.current = steps[-1].node.index
            self.detail = Detail("forward run", forward=tuple(steps))

    def step_backward(self) -> None:
        """Apply the chain rule at the next node (Step ◀); check three ways at the end."""
        step = self.graph.step_backward()
        if step is None:
            return
        self.current = step.node.index
        self.detail = Detail("backward step", backward=(step,))
        if self.graph.backward_done:
            self._compare()

    def run_backward(self) -> None:
        """Finish both passes (Run backward) and check three ways; show the selected node."""
        steps = self.graph.run_backward()
        if steps:
            self.current = steps[-1].node.index
        self._compare()
        if self.selected is not None:
            self.detail = Detail("node", node=self.graph.node_details(self.selected))
        else:
            self.detail = Detail("backward run", backward=tuple(steps))

    def step(self) -> None:
        """The next step of either pass (the Space key)."""
        if not self.graph.forward_done:
            self.step_forward()
        elif not self.graph.backward_done:
            self.step_backward()

    def reset(self) -> None:
        """Forget the computed values and gradients."""
        self.graph.reset()
        self.current = None
        self.comparisons = ()
        self.check_error = None
        self.detail = Detail("empty")

    def _compare(self) -> None:
        try:
            self.comparisons = tuple(compare_gradients(self.graph))
            self.check_error = None
            code = self.graph.tape_code()
            if not self.stepped_codes or self.stepped_codes[-1] != code:
                self.stepped_codes = [*self.stepped_codes, code][-MAX_STEPPED_GRAPHS:]
        except GraphError as error:  # a finite difference can meet a TensorFlow error
            self.comparisons = ()
            self.check_error = error

    def select(self, index: int) -> None:
        """Select a node: its path is highlighted and the details show it."""
        self.selected = int(index)
        self.detail = Detail("node", node=self.graph.node_details(self.selected))

    def progress(self) -> Progress | None:
        """How far the passes have come; None without a graph."""
        graph = self.graph
        if graph is None:
            return None
        next_forward, next_backward = graph.next_forward_node(), graph.next_backward_node()
        return Progress(evaluated=graph.operations_evaluated, total=graph.operation_count,
                        next_forward=None if next_forward is None else next_forward.name,
                        backward_started=graph.backward_started,
                        backward_done=graph.backward_done,
                        next_backward=None if next_backward is None else next_backward.name,
                        output_name=graph.output.name)

    def tape_reuse(self) -> TapeReuse:
        """Call ``tape.gradient`` twice on the graph's expression (the tape's rules)."""
        return second_gradient_call(self.graph)

    def show_notebook_example(self) -> None:
        """The notebook example after both passes, ``w`` selected (for screenshots).

        Raises:
            GraphError: the example cannot be built.
        """
        self.choose_preset(DEFAULT_PRESET.key)
        outcome = self.build(DEFAULT_PRESET.expression)
        if not outcome.built:
            raise outcome.error
        self.graph.run_backward()
        self.current = None
        self._compare()
        self.select(self.graph.node("w").index)

    def notebook_codes(self) -> list[str]:
        """The code of every graph stepped to the end, in order, then the graph shown if it
        was not (each a ``tf.GradientTape`` script that prints its gradients)."""
        codes = list(self.stepped_codes)
        if self.graph is not None and self.graph.tape_code() not in codes[-1:]:
            codes.append(self.graph.tape_code())
        return codes

    # -- sessions -------------------------------------------------------------------------
    def session_state(self) -> dict:
        """``{"preset", "expression", "inputs": [[name, kind, dtype, value], …]}`` of the
        graph shown (JSON types only); ``{}`` before a graph is built."""
        if self.graph is None:
            return {}
        return {"preset": self.preset.key, "expression": self.expression,
                "inputs": [[row.name, row.kind, row.dtype, row.value] for row in self.rows]}

    @staticmethod
    def check_session_state(state: dict) -> tuple[str, tuple[InputRow, ...]]:
        """Check a session's part without changing anything (the graph is built and dropped).

        Returns:
            The expression and the rows.

        Raises:
            GraphInputError: a part has the wrong type or size, or the graph cannot be
                built (a ``ValueError``).
        """
        expression, rows = state.get("expression"), state.get("inputs", [])
        if not isinstance(expression, str):
            raise GraphInputError("session.expression")
        check_expression_text(expression)
        if not isinstance(rows, list) or len(rows) > MAX_INPUTS or not all(
                isinstance(row, list) and len(row) == 4
                and all(isinstance(cell, str) for cell in row) for row in rows):
            raise GraphInputError("session.inputs", limit=MAX_INPUTS)
        checked = tuple(InputRow(*row) for row in rows)
        build_graph(expression, _graph_inputs(checked))
        return expression, checked

    def restore_session(self, state: dict) -> None:
        """Show the graph a session saved.

        Raises:
            GraphInputError: see :meth:`check_session_state`; nothing is changed then.
        """
        expression, rows = self.check_session_state(state)
        key = state.get("preset")
        if isinstance(key, str):
            try:
                self.preset = preset(key)
            except KeyError:
                pass
        self.rows = rows
        self.table_expression = expression
        outcome = self._build(expression, rows)
        if not outcome.built:
            raise outcome.error
