"""Backprop panel: a computation graph stepped forward and backward, checked against the tape.

The computations are tiny (a few TensorFlow ops on scalars or small matrices), so they run
on the GUI thread; no worker is needed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.autodiff import (
    INPUT_DTYPES,
    INPUT_KINDS,
    ComputationGraph,
    build_graph,
    compare_gradients,
    format_value,
    parse_expression,
    second_gradient_call,
)
from tfintro_gui.core.autodiff.checks import GradientComparison
from tfintro_gui.core.autodiff.formatting import python_literal
from tfintro_gui.core.autodiff.presets import DEFAULT_PRESET, PRESETS
from tfintro_gui.ui.core_texts import translate_core
from tfintro_gui.ui.graph_drawing import GraphDrawing
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.message_bar import MessageBar

KIND_TOOLTIPS = {
    "variable": QT_TRANSLATE_NOOP("BackpropPanel",
                                  "tf.Variable: trainable, watched by the tape automatically"),
    "constant": QT_TRANSLATE_NOOP("BackpropPanel",
                                  "tf.constant: not watched, so its gradient is None"),
    "watched": QT_TRANSLATE_NOOP("BackpropPanel",
                                 "tf.constant passed to tape.watch, so the tape records it"),
}
DEFAULT_ROW = ("variable", "float32", "1.0")
RESULT_COLUMNS = (QT_TRANSLATE_NOOP("BackpropPanel", "Name"),
                  QT_TRANSLATE_NOOP("BackpropPanel", "Check"),
                  QT_TRANSLATE_NOOP("BackpropPanel", "Chain rule"), "tape.gradient",
                  QT_TRANSLATE_NOOP("BackpropPanel", "Finite difference"),
                  QT_TRANSLATE_NOOP("BackpropPanel", "Note"))
#: Keys of the stepping actions (shown on the panel, the buttons' tool tips and here).
STEP_KEY = "Space"
RUN_KEY = "Ctrl+R"
RESET_KEY = "Ctrl+Backspace"
BUILD_KEY = "Ctrl+Return"


def _translate(text: str) -> str:
    return QCoreApplication.translate("BackpropPanel", text)
CHECK_COLUMN = 1
STATUS_MARKS = {"agree": "✓", "none": "✓ None", "kink": "✓ kink", "not finite": "—",
                "differ": "✗"}


def _value_text(value) -> str:
    """The value as the table shows it: Python literal text, e.g. ``[[1.0, -2.0]]``."""
    return python_literal(np.asarray(value))


def _gradient_text(value) -> str:
    return "None" if value is None else format_value(value, precision=4)


class BackpropPanel(Panel):
    """Type or pick an expression, step it forward and backward, and check the gradients."""

    title = "Backprop"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graph: ComputationGraph | None = None
        self._expression = ""  # the expression of the graph shown
        self._table_expression = ""  # the expression whose inputs the table lists
        self._selected: int | None = None
        self._current: int | None = None
        self._tensorflow_ready = False
        self.comparisons: list[GradientComparison] = []

        self.message_bar = MessageBar(self)
        self.drawing = GraphDrawing(self)
        self.drawing.node_clicked.connect(self._on_drawing_node_clicked)
        self._build_expression_box()
        self._build_inputs_box()
        self._build_steps_box()
        self._build_bottom()

        scroll = controls_column((self._expression_box, self._inputs_box, self._steps_box), 335,
                                 self, stretch_box=self._inputs_box)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.drawing)
        splitter.addWidget(self._bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 360])
        splitter.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self._load_preset_text(DEFAULT_PRESET)
        self._set_tensorflow_controls_enabled(False)
        self.message_bar.show_message(self.tr("Loading TensorFlow… The graph is built once it "
                                              "is ready; you can already edit the "
                                              "expression."), "info")

    # -- construction ---------------------------------------------------------------------
    def _build_expression_box(self) -> None:
        self.preset_input = QComboBox()
        for preset in PRESETS:
            self.preset_input.addItem(translate_core(preset.title), preset.key)
        self.preset_input.setToolTip(self.tr("Load a ready-made expression and its inputs"))
        self.preset_input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_input.setMinimumContentsLength(20)
        self.preset_input.currentIndexChanged.connect(self._on_preset_input_changed)
        self.expression_input = QPlainTextEdit()
        self.expression_input.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.expression_input.setFixedHeight(86)
        self.expression_input.setToolTip(
            self.tr("One expression, or name = … lines ending with the output; allowed: + - * "
                    "/ ** @, abs, square, sqrt, exp, log, relu, sigmoid, tanh, softplus, "
                    "softmax, maximum, matmul, reduce_sum, reduce_mean, crossentropy"))
        self.expression_input.setAccessibleName(self.tr("Expression"))
        self.build_button = QPushButton(self.tr("Build graph"))
        self.build_button.setToolTip(self.tr("Parse the expression and build its graph "
                                             "({key})").format(key=BUILD_KEY))
        self.build_button.clicked.connect(self._on_build_clicked)
        shortcut = QShortcut(QKeySequence(BUILD_KEY), self.expression_input)
        shortcut.activated.connect(self._on_build_clicked)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setStyleSheet("color: #444;")
        self.description_label.setToolTip(self.tr("What this preset shows"))
        layout = QVBoxLayout()
        layout.addWidget(self.preset_input)
        layout.addWidget(self.expression_input)
        layout.addWidget(self.build_button)
        layout.addWidget(self.description_label)
        self._expression_box = QGroupBox(self.tr("Expression"))
        self._expression_box.setLayout(layout)

    def _build_inputs_box(self) -> None:
        self.inputs_table = QTableWidget(0, 4)
        self.inputs_table.setHorizontalHeaderLabels(
            (self.tr("Name"), self.tr("Kind"), "dtype", self.tr("Value")))
        self.inputs_table.setToolTip(self.tr("The inputs the expression reads: kind, dtype and "
                                             "value; a change rebuilds the graph"))
        self.inputs_table.setAccessibleName(self.tr("Inputs"))
        self.inputs_table.verticalHeader().setVisible(False)
        header = self.inputs_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.inputs_table.itemChanged.connect(self._on_inputs_table_item_changed)
        self.inputs_table.setMinimumHeight(150)
        layout = QVBoxLayout()
        layout.addWidget(self.inputs_table)
        self._inputs_box = QGroupBox(self.tr("Inputs"))
        self._inputs_box.setLayout(layout)

    def _build_steps_box(self) -> None:
        self.step_forward_button = QPushButton(self.tr("Step ▶"))
        self.step_forward_button.setToolTip(
            self.tr("Evaluate the next node with its TensorFlow op ({key})").format(
                key=STEP_KEY))
        self.step_forward_button.clicked.connect(self._on_step_forward_clicked)
        self.run_forward_button = QPushButton(self.tr("Run forward"))
        self.run_forward_button.setToolTip(self.tr("Evaluate every remaining node"))
        self.run_forward_button.clicked.connect(self._on_run_forward_clicked)
        self.step_backward_button = QPushButton(self.tr("Step ◀"))
        self.step_backward_button.setToolTip(
            self.tr("Apply the chain rule at the next node, from the output back to the "
                    "inputs ({key} once the forward pass is done)").format(key=STEP_KEY))
        self.step_backward_button.clicked.connect(self._on_step_backward_clicked)
        self.run_backward_button = QPushButton(self.tr("Run backward"))
        self.run_backward_button.setToolTip(
            self.tr("Finish the backward pass (and the forward pass first if needed) "
                    "({key})").format(key=RUN_KEY))
        self.run_backward_button.clicked.connect(self._on_run_backward_clicked)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(
            self.tr("Forget the computed values and gradients; start again ({key})").format(
                key=RESET_KEY))
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.save_png_button = QPushButton(self.tr("Save PNG…"))
        self.save_png_button.setToolTip(self.tr("Save the drawing of the graph as a PNG image"))
        self.save_png_button.clicked.connect(self._on_save_png_clicked)
        self.save_svg_button = QPushButton(self.tr("Save SVG…"))
        self.save_svg_button.setToolTip(
            self.tr("Save the drawing of the graph as an SVG vector image"))
        self.save_svg_button.clicked.connect(self._on_save_svg_clicked)
        self.progress_label = QLabel("—")
        self.progress_label.setToolTip(self.tr("How far the forward and backward passes have "
                                               "come"))
        self.keys_label = QLabel(self.tr("Keys: {step} = next step · {run} = run both passes · "
                                         "{reset} = reset · {build} = build").format(
            step=STEP_KEY, run=RUN_KEY, reset=RESET_KEY, build=BUILD_KEY))
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #444;")
        self._shortcuts = []
        for key, slot in ((STEP_KEY, self._on_step_shortcut_activated),
                          (RUN_KEY, self._on_run_shortcut_activated),
                          (RESET_KEY, self._on_reset_shortcut_activated)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        grid = QGridLayout()
        grid.addWidget(self.step_forward_button, 0, 0)
        grid.addWidget(self.run_forward_button, 0, 1)
        grid.addWidget(self.step_backward_button, 1, 0)
        grid.addWidget(self.run_backward_button, 1, 1)
        grid.addWidget(self.reset_button, 2, 0, 1, 2)
        grid.addWidget(self.progress_label, 3, 0, 1, 2)
        grid.addWidget(self.keys_label, 4, 0, 1, 2)
        grid.addWidget(self.save_png_button, 5, 0)
        grid.addWidget(self.save_svg_button, 5, 1)
        self._steps_box = QGroupBox(self.tr("Forward and backward"))
        self._steps_box.setLayout(grid)

    def _build_bottom(self) -> None:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.details_view = QPlainTextEdit()
        self.details_view.setReadOnly(True)
        self.details_view.setFont(fixed)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setToolTip(self.tr("The last step, or the node you clicked: value, "
                                             "gradient and the formulas behind them"))
        self.details_view.setAccessibleName(self.tr("Step details"))
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.results_label.setToolTip(
            self.tr("Whether the three ways of computing the gradient agree"))
        self.results_table = QTableWidget(0, len(RESULT_COLUMNS))
        self.results_table.setHorizontalHeaderLabels([_translate(column)
                                                      for column in RESULT_COLUMNS])
        self.results_table.setToolTip(self.tr("Per input: the step-by-step chain rule, "
                                              "tape.gradient and a central finite difference"))
        self.results_table.setAccessibleName(self.tr("Gradient check"))
        self.results_table.verticalHeader().setVisible(False)
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setFont(fixed)
        self.results_table.setWordWrap(False)
        header = self.results_table.horizontalHeader()
        for column in range(len(RESULT_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(RESULT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(2, 2, 2, 2)
        results_layout.addWidget(self.results_label)
        results_layout.addWidget(self.results_table, 1)

        self.code_view = CodeView()
        self.code_view.setToolTip(self.tr("The with tf.GradientTape() as tape: block this "
                                          "graph corresponds to, ready to copy"))
        self.tape_button = QPushButton(self.tr("Call tape.gradient twice"))
        self.tape_button.setToolTip(self.tr("Show what a second gradient() call on a "
                                            "non-persistent tape does, and the persistent "
                                            "alternative"))
        self.tape_button.clicked.connect(self._on_tape_clicked)
        self.tape_view = QPlainTextEdit()
        self.tape_view.setReadOnly(True)
        self.tape_view.setFont(fixed)
        self.tape_view.setToolTip(self.tr("TensorFlow's answer to a second gradient() call, "
                                          "explained"))
        self.tape_view.setAccessibleName(self.tr("Tape rules"))
        tape = QWidget()
        tape_layout = QVBoxLayout(tape)
        tape_layout.setContentsMargins(2, 2, 2, 2)
        tape_layout.addWidget(self.tape_button, 0, Qt.AlignmentFlag.AlignLeft)
        tape_layout.addWidget(self.tape_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(results, self.tr("Three ways"))
        self.tabs.addTab(self.code_view, self.tr("GradientTape code"))
        self.tabs.addTab(tape, self.tr("Tape rules"))
        self.tabs.setToolTip(self.tr("Results, the TensorFlow code, and the tape's rules"))
        self._bottom = QSplitter(Qt.Orientation.Horizontal)
        self._bottom.addWidget(self.details_view)
        self._bottom.addWidget(self.tabs)
        self._bottom.setStretchFactor(0, 2)
        self._bottom.setStretchFactor(1, 3)
        self._bottom.setSizes([400, 600])
        self._bottom.setChildrenCollapsible(False)

    # -- Panel interface ------------------------------------------------------------------
    def tensorflow_ready(self, info: dict) -> None:
        self._tensorflow_ready = True
        self.message_bar.clear()
        self._set_tensorflow_controls_enabled(True)
        self._on_build_clicked()

    def tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so no graph can be evaluated.")
            + f"\n{message}", "error")
        self.drawing.show_nothing(self.tr("TensorFlow could not be loaded."))

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        """The notebook example after a full forward and backward pass, path to w shown."""
        if self.preset_input.currentData() != DEFAULT_PRESET.key:
            self.preset_input.setCurrentIndex(0)
        else:
            self._load_preset_text(DEFAULT_PRESET)
            self._on_build_clicked()
        if self.graph is not None:
            self.graph.run_backward()
            self._current = None
            self._select(self.graph.node("w").index)
            self._after_backward_done()
            self.tabs.setCurrentIndex(0)
            self._update_all()
        on_ready()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The GradientTape code of the graph shown (it prints every gradient)."""
        if self.graph is None:
            return []
        return [("code", self.graph.tape_code())]

    def session_state(self) -> dict:
        """The expression of the graph shown and its inputs (name, kind, dtype, value)."""
        if self.graph is None:
            return {}
        return {"preset": self.preset_input.currentData(), "expression": self._expression,
                "inputs": [list(row) for row in self.input_rows()]}

    def check_session_state(self, state: dict) -> None:
        """Parse the expression and build its graph (then drop it) to check the state."""
        super().check_session_state(state)
        if not state:
            return
        expression, rows = state.get("expression"), state.get("inputs", [])
        if not isinstance(expression, str):
            raise ValueError("The backprop panel's 'expression' is text.")
        if not isinstance(rows, list) or not all(
                isinstance(row, list) and len(row) == 4
                and all(isinstance(cell, str) for cell in row) for row in rows):
            raise ValueError("The backprop panel's 'inputs' are [name, kind, dtype, value] "
                             "lists of text.")
        if not self._tensorflow_ready:
            raise ValueError(self.tr("TensorFlow is still loading; open the session once the "
                                     "status bar shows its version."))
        build_graph(expression, {name: {"value": value, "kind": kind, "dtype": dtype}
                                 for name, kind, dtype, value in rows})

    def restore_session(self, state: dict) -> None:
        self.check_session_state(state)
        if not state:
            return
        position = self.preset_input.findData(state.get("preset"))
        if position >= 0:
            self.preset_input.blockSignals(True)
            self.preset_input.setCurrentIndex(position)
            self.preset_input.blockSignals(False)
            self.description_label.setText(translate_core(PRESETS[position].description))
        rows = [tuple(row) for row in state["inputs"]]
        self.expression_input.setPlainText(state["expression"])
        self._table_expression = state["expression"]
        self._set_input_rows(rows)
        if not self._build(state["expression"], rows):
            raise ValueError(self.message_bar.text())

    # -- inputs ---------------------------------------------------------------------------
    def _load_preset_text(self, preset) -> None:
        self.expression_input.setPlainText(preset.expression)
        self.description_label.setText(translate_core(preset.description))
        rows = [(name, spec["kind"], spec.get("dtype", "float32"), _value_text(spec["value"]))
                for name, spec in preset.inputs.items()]
        self._set_input_rows(rows)

    def _set_input_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        table = self.inputs_table
        table.blockSignals(True)
        table.setRowCount(0)  # drops the old cell widgets
        table.setRowCount(len(rows))
        for row, (name, kind, dtype, value) in enumerate(rows):
            name_item = QTableWidgetItem(name)
            name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name_item.setToolTip(self.tr("Input {name} of the expression").format(name=name))
            table.setItem(row, 0, name_item)
            kind_input = QComboBox()
            for choice in INPUT_KINDS:
                kind_input.addItem(choice)
                kind_input.setItemData(kind_input.count() - 1, _translate(KIND_TOOLTIPS[choice]),
                                       Qt.ItemDataRole.ToolTipRole)
            kind_input.setCurrentText(kind)
            kind_input.setToolTip(self.tr("{name}: variable, constant or watched constant "
                                          "(tape.watch)").format(name=name))
            kind_input.setAccessibleName(self.tr("{name} kind").format(name=name))
            kind_input.currentIndexChanged.connect(self._on_input_kind_changed)
            table.setCellWidget(row, 1, kind_input)
            dtype_input = QComboBox()
            dtype_input.addItems(INPUT_DTYPES)
            dtype_input.setCurrentText(dtype)
            dtype_input.setToolTip(self.tr("{name}: dtype of the tensor (int32 gets no "
                                           "gradient)").format(name=name))
            dtype_input.setAccessibleName(self.tr("{name} dtype").format(name=name))
            dtype_input.currentIndexChanged.connect(self._on_input_dtype_changed)
            table.setCellWidget(row, 2, dtype_input)
            value_item = QTableWidgetItem(value)
            value_item.setToolTip(f"{name} = {value}: " + self.tr(
                "type a number or a list such as [[1, 2], [3, 4]]"))
            table.setItem(row, 3, value_item)
        table.blockSignals(False)

    def input_rows(self) -> list[tuple[str, str, str, str]]:
        """``(name, kind, dtype, value text)`` per row of the inputs table."""
        rows = []
        for row in range(self.inputs_table.rowCount()):
            rows.append((self.inputs_table.item(row, 0).text(),
                         self.inputs_table.cellWidget(row, 1).currentText(),
                         self.inputs_table.cellWidget(row, 2).currentText(),
                         self.inputs_table.item(row, 3).text()))
        return rows

    def set_input(self, name: str, kind: str | None = None, dtype: str | None = None,
                  value: str | None = None) -> None:
        """Change one row of the inputs table as a user would (the graph is rebuilt)."""
        for row, (row_name, *_rest) in enumerate(self.input_rows()):
            if row_name != name:
                continue
            if kind is not None:
                self.inputs_table.cellWidget(row, 1).setCurrentText(kind)
            if dtype is not None:
                self.inputs_table.cellWidget(row, 2).setCurrentText(dtype)
            if value is not None:
                self.inputs_table.item(row, 3).setText(value)
            return
        raise KeyError(f"No input {name!r}.")

    # -- building -------------------------------------------------------------------------
    def _on_preset_input_changed(self, position: int) -> None:
        self._load_preset_text(PRESETS[position])
        if self._tensorflow_ready:
            self._on_build_clicked()

    def _on_build_clicked(self) -> None:
        if not self._tensorflow_ready:
            return
        expression = self.expression_input.toPlainText()
        try:
            parsed = parse_expression(expression)
        except (ValueError, TypeError) as error:
            self._show_error(error)
            return
        known = {row[0]: row[1:] for row in self.input_rows()}
        rows = [(name, *known.get(name, DEFAULT_ROW)) for name in parsed.input_names]
        names_changed = [row[0] for row in rows] != list(known)
        # The table follows the expression even if the graph cannot be built yet, so that
        # values (a matrix for x @ W) can be fixed there.
        self._table_expression = expression
        self._set_input_rows(rows)
        if not self._build(expression, rows) and names_changed:
            self.message_bar.show_message(
                f"{self.message_bar.text()}\n" + self.tr(
                    "The inputs table now lists the names of the new expression: give them "
                    "values that fit, and the graph is built."), "error")

    def _build(self, expression: str, rows) -> bool:
        """Build a graph; on failure show why and keep the previous graph. True on success."""
        inputs = {name: {"value": value, "kind": kind, "dtype": dtype}
                  for name, kind, dtype, value in rows}
        try:
            graph = build_graph(expression, inputs)
        except (ValueError, TypeError) as error:
            self._show_error(error)
            return False
        self.message_bar.clear()
        self.graph = graph
        self._expression = expression
        self._current = None
        variables = [name for name, kind, *_ in rows if kind != "constant"]
        self._selected = graph.node(variables[0]).index if variables else None
        self.comparisons = []
        self.code_view.set_code(graph.tape_code())
        self.tape_view.clear()
        self.details_view.setPlainText(
            self.tr("Step ▶ evaluates the next node with its TensorFlow op; Step ◀ then "
                    "applies the chain rule from the output back to the inputs. Click a node "
                    "for its details."))
        self._update_all()
        return True

    def _show_error(self, error: Exception) -> None:
        kept = " " + self.tr("The previous graph is kept.") if self.graph is not None else ""
        self.message_bar.show_message(f"{error}{kept}", "error")

    def _rebuild_from_table(self) -> None:
        if not self._tensorflow_ready or not self._table_expression:
            return
        built = self._build(self._table_expression, self.input_rows())
        if not built and self.graph is not None and self._table_expression == self._expression:
            # Nothing changes: the table shows the inputs of the graph that is kept.
            self._set_input_rows([(name, spec.kind, spec.dtype, _value_text(spec.value))
                                  for name, spec in self.graph.inputs.items()])

    def _on_inputs_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3:
            self._rebuild_from_table()

    def _on_input_kind_changed(self) -> None:
        self._rebuild_from_table()

    def _on_input_dtype_changed(self) -> None:
        self._rebuild_from_table()

    # -- stepping -------------------------------------------------------------------------
    def _graph_ready(self) -> bool:
        return self._tensorflow_ready and self.graph is not None

    def _on_step_shortcut_activated(self) -> None:
        """Space: the next forward step, then the next backward step."""
        if not self._graph_ready():
            return
        if not self.graph.forward_done:
            self._on_step_forward_clicked()
        elif not self.graph.backward_done:
            self._on_step_backward_clicked()

    def _on_run_shortcut_activated(self) -> None:
        if self._graph_ready() and not self.graph.backward_done:
            self._on_run_backward_clicked()

    def _on_reset_shortcut_activated(self) -> None:
        if self._graph_ready():
            self._on_reset_clicked()

    def _on_step_forward_clicked(self) -> None:
        step = self.graph.step_forward()
        if step is None:
            return
        self._current = step.node.index
        self.details_view.setPlainText(f"{self.tr('Step ▶')} {step.node.name}\n"
                                       f"{step.describe()}\n\nTensorFlow: {step.code}")
        self._update_all()

    def _on_run_forward_clicked(self) -> None:
        steps = self.graph.run_forward()
        if steps:
            self._current = steps[-1].node.index
            self.details_view.setPlainText(
                self.tr("Run forward:") + "\n" + "\n".join(step.describe() for step in steps))
        self._update_all()

    def _on_step_backward_clicked(self) -> None:
        step = self.graph.step_backward()
        if step is None:
            return
        self._current = step.node.index
        self.details_view.setPlainText(f"{self.tr('Step ◀')} {step.node.name}\n"
                                       f"{step.describe()}")
        if self.graph.backward_done:
            self._after_backward_done()
        self._update_all()

    def _on_run_backward_clicked(self) -> None:
        steps = self.graph.run_backward()
        if steps:
            self._current = steps[-1].node.index
        self._after_backward_done()
        self.details_view.setPlainText(self.graph.describe_node(self._selected)
                                       if self._selected is not None else
                                       "\n\n".join(step.describe() for step in steps))
        self._update_all()

    def _on_reset_clicked(self) -> None:
        self.graph.reset()
        self._current = None
        self.comparisons = []
        self.details_view.clear()
        self._update_all()

    def _after_backward_done(self) -> None:
        try:
            self.comparisons = compare_gradients(self.graph)
        except ValueError as error:  # a finite difference can meet a TensorFlow error
            self.comparisons = []
            self.message_bar.show_message(
                self.tr("The finite-difference check failed: {error}").format(error=error),
                "warning")

    # -- selection ------------------------------------------------------------------------
    def _on_drawing_node_clicked(self, index: int) -> None:
        self._select(index)
        self._update_drawing()

    def _select(self, index: int) -> None:
        self._selected = index
        self.details_view.setPlainText(self.graph.describe_node(index))

    @property
    def selected_node(self) -> int | None:
        """Index of the node whose path to the output is highlighted."""
        return self._selected

    # -- tape rules -----------------------------------------------------------------------
    def _on_tape_clicked(self) -> None:
        reuse = second_gradient_call(self.graph)

        def listing(gradients) -> str:
            return ", ".join(f"{name}: {_gradient_text(value)}"
                             for name, value in gradients.items())

        first, second = self.tr("first call:"), self.tr("second call:")
        lines = [self.tr("First call on tf.GradientTape(): {gradients}").format(
            gradients=listing(reuse.first))]
        if reuse.error_type:
            lines.append(self.tr("Second call: {error}").format(
                error=f"{reuse.error_type}: {reuse.error_message}"))
        lines += ["", reuse.explanation, "",
                  f"tf.GradientTape(persistent=True), {first}  "
                  f"{listing(reuse.persistent_first)}",
                  f"tf.GradientTape(persistent=True), {second} "
                  f"{listing(reuse.persistent_second)}", "", reuse.code]
        self.tape_view.setPlainText("\n".join(lines))

    # -- export ---------------------------------------------------------------------------
    def export_drawing(self, path: str) -> bool:
        """Save the drawing as PNG or SVG (by suffix); errors go to the message bar."""
        try:
            self.drawing.export(path)
        except (ValueError, OSError) as error:
            self.message_bar.show_message(
                self.tr("The drawing could not be saved: {error}").format(error=error), "error")
            return False
        self.message_bar.show_message(self.tr("Saved the drawing to {path}.").format(path=path),
                                      "info")
        return True

    def _on_save_png_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the graph"), "graph.png",
                                              self.tr("PNG image (*.png)"))
        if path:
            self.export_drawing(path)

    def _on_save_svg_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the graph"), "graph.svg",
                                              self.tr("SVG image (*.svg)"))
        if path:
            self.export_drawing(path)

    # -- updating -------------------------------------------------------------------------
    def _set_tensorflow_controls_enabled(self, enabled: bool) -> None:
        tip = "" if enabled else self.tr("Loading TensorFlow…")
        for widget in (self.build_button, self.step_forward_button, self.run_forward_button,
                       self.step_backward_button, self.run_backward_button, self.reset_button,
                       self.save_png_button, self.save_svg_button, self.tape_button,
                       self.inputs_table, self.preset_input):
            widget.setEnabled(enabled)
            widget.setStatusTip(tip)

    def _update_all(self) -> None:
        self._update_buttons()
        self._update_drawing()
        self._update_results()

    def _update_buttons(self) -> None:
        graph = self.graph
        if graph is None:
            return
        self.step_forward_button.setEnabled(not graph.forward_done)
        self.run_forward_button.setEnabled(not graph.forward_done)
        self.step_backward_button.setEnabled(graph.forward_done and not graph.backward_done)
        self.run_backward_button.setEnabled(not graph.backward_done)
        operations = [node for node in graph.nodes if node.is_operation]
        evaluated = sum(graph.value(node.index) is not None for node in operations)
        next_forward = graph.next_forward_node()
        next_backward = graph.next_backward_node()
        text = self.tr("Forward: {evaluated}/{total} evaluated").format(
            evaluated=evaluated, total=len(operations))
        if next_forward is not None:
            text += " · " + self.tr("next ▶ {name}").format(name=next_forward.name)
        if graph.forward_done:
            text += " · " + (self.tr("backward: done") if graph.backward_done else
                             self.tr("backward: next ◀ {name}").format(name=next_backward.name))
        self.progress_label.setText(text)

    def _update_drawing(self) -> None:
        if self.graph is not None:
            self.drawing.show_graph(self.graph, selected=self._selected, current=self._current)

    def _update_results(self) -> None:
        table = self.results_table
        if not self.comparisons:
            table.setRowCount(0)
            self.results_label.setText(self.tr("Finish the backward pass (Run backward) to "
                                               "compare the chain rule with tape.gradient and a "
                                               "finite difference."))
            return
        table.setRowCount(len(self.comparisons))
        for row, comparison in enumerate(self.comparisons):
            note = comparison.note
            if comparison.status == "none":
                note = f"None: {comparison.none_reason}"
            cells = (comparison.name, STATUS_MARKS[comparison.status],
                     _gradient_text(comparison.chain_rule), _gradient_text(comparison.tape),
                     _gradient_text(comparison.numeric), note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == len(cells) - 1:
                    item.setToolTip(comparison.note)
                if column == CHECK_COLUMN:
                    item.setToolTip(comparison.status)
                    item.setForeground(QColor("#1a7f37" if comparison.agrees else "#b42318"))
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        agreeing = sum(comparison.agrees for comparison in self.comparisons)
        self.results_label.setText(
            self.tr("{agreeing} of {total} agree. ✓ = chain rule, tape.gradient and finite "
                    "difference match; ✓ None = all three are None, for the reason in the note "
                    "(None is not 0); ✓ kink = a corner, explained in the note.").format(
                agreeing=agreeing, total=len(self.comparisons)))

    def results(self) -> dict[str, tuple[str, str, str, str]]:
        """The results table as text: name -> (chain rule, tape, finite difference, check)."""
        table = self.results_table
        return {table.item(row, 0).text(): tuple(table.item(row, column).text()
                                                 for column in (2, 3, 4, 1))
                for row in range(table.rowCount())}


def main() -> int:
    """Run the panel on its own: ``python -m tfintro_gui.ui.backprop_panel``."""
    from tfintro_gui.app import run_single_panel

    return run_single_panel(BackpropPanel)


if __name__ == "__main__":
    sys.exit(main())
