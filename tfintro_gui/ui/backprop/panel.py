"""Backprop panel: a computation graph stepped forward and backward, checked against the tape.

Wiring only: each click is one call on the core model
(:class:`~tfintro_gui.core.autodiff.lab.BackpropLab`), after which the views show its
state. The computations are tiny (a few TensorFlow ops on scalars or small matrices), so
they run on the GUI thread. The Matplotlib drawing is built in :meth:`_build_deferred`,
after the window's first paint; until then its place is empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout

from tfintro_gui.core.autodiff import BackpropLab, GraphError
from tfintro_gui.core.autodiff.limits import MAX_EXPRESSION_LENGTH
from tfintro_gui.ui.backprop.error_texts import error_text, summary_text, verbatim_text
from tfintro_gui.ui.backprop.expression_box import ExpressionBox, ExpressionSettings
from tfintro_gui.ui.backprop.inputs_table import InputsTable
from tfintro_gui.ui.backprop.printout_view import PrintoutView
from tfintro_gui.ui.backprop.step_controls import RESET_KEY, RUN_KEY, STEP_KEY, StepControls
from tfintro_gui.ui.backprop.step_detail import StepDetailView
from tfintro_gui.ui.backprop.tape_rules import TapeRulesView
from tfintro_gui.ui.backprop.three_ways import ThreeWaysView
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.busy_cursor import busy_cursor
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.plot_placeholder import PlotPlaceholder
from tfintro_gui.ui.zoom import set_zoomed_minimum_size

#: Width of the control column, in pixels.
CONTROLS_WIDTH = 335


class BackpropPanel(Panel):
    """Type or pick an expression, step it forward and backward, and check the gradients."""

    title = "Backprop"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab = BackpropLab()
        self.drawing = None  # the GraphDrawing, once _build_deferred has run
        self._drawing_note = ""  # what the drawing says while there is no graph
        self.expression_box = ExpressionBox()
        self.inputs_table = InputsTable()
        self.step_controls = StepControls()
        self.step_detail = StepDetailView()
        self.three_ways = ThreeWaysView()
        self.printout_view = PrintoutView()
        self.code_view = CodeView()
        self.code_view.setToolTip(self.tr("The with tf.GradientTape() as tape: block this "
                                          "graph corresponds to, ready to copy"))
        self.tape_rules = TapeRulesView()
        self._layout_views()
        self._connect_views()
        self.requires_tensorflow(
            self.expression_box.build_button, self.expression_box.preset_input,
            self.inputs_table.table, self.tape_rules.button,
            *self._step_buttons(), self.step_controls.reset_button)
        self._show_preset_text()
        self.loading_message = self.tr("Loading TensorFlow… The graph is built once it is "
                                       "ready; you can already edit the expression.")
        self.show_waiting_message()
        self.update_controls()

    # -- construction ---------------------------------------------------------------------
    def _layout_views(self) -> None:
        column = controls_column((self.expression_box, self.inputs_table, self.step_controls),
                                 CONTROLS_WIDTH, self, stretch_box=self.inputs_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.three_ways, self.tr("Three ways"))
        self.tabs.addTab(self.printout_view, "print()")
        self.tabs.addTab(self.code_view, self.tr("GradientTape code"))
        self.tabs.addTab(self.tape_rules, self.tr("Tape rules"))
        self.tabs.setToolTip(self.tr("Results, the TensorFlow code, and the tape's rules"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.step_detail)
        bottom.addWidget(self.tabs)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([360, 640])
        bottom.setChildrenCollapsible(False)
        # Room for the three-ways table's header and a few rows at any zoom: zoomed in,
        # the panel scrolls instead of showing one row.
        set_zoomed_minimum_size(bottom, 0, 170)
        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.addWidget(PlotPlaceholder())  # until _build_deferred
        self._splitter.addWidget(bottom)
        self._splitter.setStretchFactor(0, 3)  # spare height goes mostly to the graph
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes([440, 320])
        self._splitter.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(self._splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)
        layout.addLayout(right, 1)

    def _step_buttons(self):
        controls = self.step_controls
        return (controls.step_forward_button, controls.run_forward_button,
                controls.step_backward_button, controls.run_backward_button)

    def _connect_views(self) -> None:
        box, controls = self.expression_box, self.step_controls
        box.preset_chosen.connect(self._on_expression_box_preset_chosen)
        box.build_requested.connect(self._on_expression_box_build_requested)
        box.text_refused.connect(self._on_expression_box_text_refused)
        self.inputs_table.edited.connect(self._on_inputs_table_edited)
        controls.step_forward_button.clicked.connect(self._on_step_forward_clicked)
        controls.run_forward_button.clicked.connect(self._on_run_forward_clicked)
        controls.step_backward_button.clicked.connect(self._on_step_backward_clicked)
        controls.run_backward_button.clicked.connect(self._on_run_backward_clicked)
        controls.reset_button.clicked.connect(self._on_reset_clicked)
        self.tape_rules.requested.connect(self._on_tape_rules_requested)
        self._shortcuts = []
        for key, slot in ((STEP_KEY, self._on_step_shortcut_activated),
                          (RUN_KEY, self._on_run_shortcut_activated),
                          (RESET_KEY, self._on_reset_shortcut_activated)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def _build_deferred(self) -> None:
        from tfintro_gui.ui.backprop.graph_canvas import GraphDrawing

        self.drawing = GraphDrawing()
        self.drawing.node_clicked.connect(self._on_drawing_node_clicked)
        self.drawing.save_requested.connect(self._on_drawing_save_requested)
        self.update_controls()
        sizes = self._splitter.sizes()
        self._splitter.replaceWidget(0, self.drawing).deleteLater()  # the placeholder
        self._splitter.setStretchFactor(0, 3)  # the stretch belongs to the widget replaced
        self._splitter.setSizes(sizes)
        if self.lab.graph is not None:
            self._update_drawing()
        elif self._drawing_note:
            self.drawing.show_nothing(self._drawing_note)

    # -- Panel interface ------------------------------------------------------------------
    def on_tensorflow_ready(self, info: dict) -> None:
        # The first graph is built without clearing "TensorFlow … is ready".
        self._show_outcome(self.lab.build(self.expression_box.expression(),
                                          self.inputs_table.rows()), keep_message=True)

    def on_tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so no graph can be evaluated.")
            + f"\n{message}", "error")
        self._drawing_note = self.tr("TensorFlow could not be loaded.")
        if self.drawing is not None:
            self.drawing.show_nothing(self._drawing_note)

    def update_controls(self) -> None:
        ready = self.tensorflow_is_ready()
        self.step_controls.show_progress(self.lab.progress(), ready)
        self.tape_rules.button.setEnabled(ready and self.lab.graph is not None)
        if self.drawing is not None:
            self.drawing.set_saving_enabled(ready and self.lab.graph is not None)

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        """The notebook example after a full forward and backward pass, path to w shown."""
        self.build_deferred()  # a screenshot shows the drawing, painted or not
        try:
            self.lab.show_notebook_example()
        except GraphError as error:
            self.message_bar.show_message(error_text(error), "error")
        else:
            self._show_lab_settings()
            self.tabs.setCurrentWidget(self.three_ways)
            self._after_build()
        on_ready()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The GradientTape code of every graph stepped through, in order, and of the graph
        shown (each prints its gradients)."""
        return [("code", code) for code in self.lab.notebook_codes()]

    def session_state(self) -> dict:
        """The expression of the graph shown and its inputs (name, kind, dtype, value)."""
        return self.lab.session_state()

    def check_session_state(self, state: dict) -> None:
        """Parse the expression and build its graph (then drop it) to check the state.

        Raises:
            ValueError: the state is refused; the message is in the interface's language.
        """
        super().check_session_state(state)
        if not state:
            return
        if not self.tensorflow_is_ready():
            raise ValueError(self.tr("TensorFlow is still loading; open the session once the "
                                     "status bar shows its version."))
        try:
            self.lab.check_session_state(state)
        except GraphError as error:
            raise ValueError(error_text(error)) from None

    def restore_session(self, state: dict) -> None:
        self.check_session_state(state)
        if not state:
            return
        try:
            self.lab.restore_session(state)
        except GraphError as error:
            raise ValueError(error_text(error)) from None
        self.message_bar.clear()
        self._show_lab_settings()
        self._after_build()

    # -- building -------------------------------------------------------------------------
    def _show_preset_text(self) -> None:
        self._show_lab_settings(self.lab.preset.expression)

    def _show_lab_settings(self, expression: str | None = None) -> None:
        self.expression_box.set_settings(ExpressionSettings(
            self.lab.preset.key, self.lab.expression if expression is None else expression))
        self.inputs_table.set_rows(self.lab.rows)

    def _on_expression_box_preset_chosen(self, key: str) -> None:
        self.lab.choose_preset(key)
        self._show_preset_text()
        self._on_expression_box_build_requested()

    def _on_expression_box_build_requested(self) -> None:
        if not self.tensorflow_is_ready():
            return
        with busy_cursor():
            self._show_outcome(self.lab.build(self.expression_box.expression(),
                                              self.inputs_table.rows()))

    def _show_outcome(self, outcome, keep_message: bool = False) -> None:
        """Show a build's :class:`~tfintro_gui.core.autodiff.lab.BuildOutcome`; a graph
        built clears the message bar unless ``keep_message``."""
        if self.inputs_table.rows() != self.lab.rows:
            self.inputs_table.set_rows(self.lab.rows)
        if outcome.built:
            if not keep_message:
                self.message_bar.clear()
            self._after_build()
        elif outcome.error is not None:
            self._show_build_error(outcome)

    def _show_build_error(self, outcome) -> None:
        """The refusal, what happened to the graph and the table, then Python's or
        TensorFlow's own words on lines of their own."""
        text = summary_text(outcome.error)
        if self.lab.graph is not None:
            text = self.tr("{error} The previous graph is kept.").format(error=text)
        if outcome.names_changed:
            text += "\n" + self.tr("The inputs table now lists the names of the new "
                                   "expression: give them values that fit, and the graph is "
                                   "built.")
        self.message_bar.show_message(text + verbatim_text(outcome.error), "error")

    def _on_expression_box_text_refused(self, length: int) -> None:
        self.message_bar.show_message(
            self.tr("That text would make the expression {length} characters long; an "
                    "expression has at most {limit}. Nothing was changed: keep graphs "
                    "small.").format(length=length, limit=MAX_EXPRESSION_LENGTH), "error")

    def _on_inputs_table_edited(self) -> None:
        if not self.tensorflow_is_ready():
            return
        self._show_outcome(self.lab.edit_rows(self.inputs_table.rows()))

    def _after_build(self) -> None:
        graph = self.lab.graph
        self.code_view.set_code(graph.tape_code() if graph is not None else "")
        self.tape_rules.clear()
        self._update_all()

    # -- stepping -------------------------------------------------------------------------
    def _act(self, action: Callable[[], None]) -> None:
        if self.lab.graph is None or not self.tensorflow_is_ready():
            return
        with busy_cursor():  # a pass of the notebook's Keras model takes half a second
            action()
            if self.lab.check_error is not None:
                self.message_bar.show_message(
                    self.tr("The finite-difference check failed: {error}").format(
                        error=error_text(self.lab.check_error)), "warning")
            self._update_all()

    def _on_step_forward_clicked(self) -> None:
        self._act(self.lab.step_forward)

    def _on_run_forward_clicked(self) -> None:
        self._act(self.lab.run_forward)

    def _on_step_backward_clicked(self) -> None:
        self._act(self.lab.step_backward)

    def _on_run_backward_clicked(self) -> None:
        self._act(self.lab.run_backward)

    def _on_reset_clicked(self) -> None:
        self._act(self.lab.reset)

    def _on_step_shortcut_activated(self) -> None:
        """Space: the next forward step, then the next backward step."""
        self._act(self.lab.step)

    def _on_run_shortcut_activated(self) -> None:
        if self.lab.graph is not None and not self.lab.graph.backward_done:
            self._act(self.lab.run_backward)

    def _on_reset_shortcut_activated(self) -> None:
        self._act(self.lab.reset)

    def _on_drawing_node_clicked(self, index: int) -> None:
        self.lab.select(index)
        self.step_detail.show_detail(self.lab.detail)
        self._update_drawing()

    def _on_tape_rules_requested(self) -> None:
        if self.lab.graph is not None:
            self.tape_rules.show_reuse(self.lab.tape_reuse())

    # -- export ---------------------------------------------------------------------------
    def export_drawing(self, path) -> bool:
        """Save the drawing as PNG or SVG (by suffix); the outcome goes to the message bar."""
        if self.drawing is None:
            return False
        return write_with_message(self.message_bar, self.drawing.export, path,
                                  self.tr("Saved the drawing to {path}."))

    def _on_drawing_save_requested(self, suffix: str) -> None:
        file_filter = (self.tr("PNG image (*.png)") if suffix == "png" else
                       self.tr("SVG image (*.svg)"))
        path = ask_save_path(self, self.tr("Save the graph"), f"graph.{suffix}", file_filter)
        if path:
            self.export_drawing(path)

    # -- showing --------------------------------------------------------------------------
    def _update_all(self) -> None:
        self.update_controls()
        self.step_detail.show_detail(self.lab.detail)
        self.three_ways.show_rows(self.lab.comparisons)
        graph = self.lab.graph
        self.printout_view.show_rows(graph.output.name if graph is not None else "",
                                     self.lab.comparisons)
        self._update_drawing()

    def _update_drawing(self) -> None:
        if self.drawing is not None and self.lab.graph is not None:
            self.drawing.show_graph(self.lab.graph, selected=self.lab.selected,
                                    current=self.lab.current)

    # -- public views of the state --------------------------------------------------------
    @property
    def graph(self):
        """The :class:`~tfintro_gui.core.autodiff.graph.ComputationGraph` shown, or None."""
        return self.lab.graph

    @property
    def selected_node(self) -> int | None:
        """Index of the node whose path to the output is highlighted."""
        return self.lab.selected

    @property
    def preset_input(self):
        """The preset list (for tests and scripts that pick a preset as a user would)."""
        return self.expression_box.preset_input

    @property
    def description_label(self):
        """The label with the preset's description."""
        return self.expression_box.description_label

    def results(self) -> dict[str, tuple[str, str, str, str]]:
        """The three-way table as text: name -> (chain rule, tape, finite difference, check)."""
        return self.three_ways.results()

    def input_rows(self) -> list[tuple[str, str, str, str]]:
        """``(name, kind, dtype, value text)`` per row of the inputs table."""
        return [(row.name, row.kind, row.dtype, row.value) for row in self.inputs_table.rows()]

    def set_input(self, name: str, kind: str | None = None, dtype: str | None = None,
                  value: str | None = None) -> None:
        """Change one row of the inputs table as a user would (the graph is rebuilt)."""
        self.inputs_table.set_input(name, kind, dtype, value)
