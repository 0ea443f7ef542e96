"""Tensors panel: constants, variables and operations you can touch.

Wiring only. Each click asks a view for its settings, makes one call on the core's
:class:`~tfintro_gui.core.tensors.Workspace` (on the GUI thread: every tensor is capped at a
million elements, so actions take milliseconds) and shows the :class:`ActionResult` — the
value in the table and heatmap, the TensorFlow line in the code pane, the explanation
worded by :mod:`.words` in the message bar. A refused action changes nothing and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter

from tfintro_gui.core.notebook import is_refused_cell, refused_cell
from tfintro_gui.core.tensors import (
    ActionResult,
    TensorActionError,
    TensorInputError,
    Workspace,
)
from tfintro_gui.core.tensors.snapshot import (
    check_workspace_state,
    restore_workspace,
    workspace_state,
)
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.tensors.assign_form import AssignForm
from tfintro_gui.ui.tensors.code_pane import CodePane
from tfintro_gui.ui.tensors.create_form import CreateForm
from tfintro_gui.ui.tensors.message_area import MessageArea
from tfintro_gui.ui.tensors.ops_form import ConversionBox, OpsForm
from tfintro_gui.ui.tensors.value_view import ValueView
from tfintro_gui.ui.tensors.words import error_text, result_text, unexpected_text
from tfintro_gui.ui.tensors.workspace_list import WorkspaceList
from tfintro_gui.ui.widgets.controls_column import controls_column

#: The width of the column of forms, in pixels.
CONTROLS_WIDTH = 320
#: The notebook's "operations" cells (Chollet, ch. 3), replayed by ``prepare_screenshot``.
NOTEBOOK_SEQUENCE = (
    ("create", {"name": "v", "source": "tf.random.normal", "shape": (3, 1), "seed": 0,
                "variable": True}),
    ("assign", {"name": "v", "value": "tf.ones((3, 1))"}),  # the notebook's own line
    ("assign", {"name": "v", "value": "3.", "index": "0:2, 0"}),
    ("create", {"name": "a", "source": "tf.ones", "shape": (2, 2)}),
    ("apply", {"op": "square", "result": "b", "x": "a"}),
    ("apply", {"op": "sqrt", "result": "c", "x": "a"}),
    ("apply", {"op": "+", "result": "d", "x": "b", "y": "c"}),
    ("apply", {"op": "matmul", "result": "e", "x": "a", "y": "b"}),
    ("apply", {"op": "*", "result": "e", "x": "e", "y": "d"}),
)


class TensorsPanel(Panel):
    """A workspace of named tensors and variables, the actions on them, and their code."""

    title = "Tensors"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._workspace: Workspace | None = None
        # One cell per action, for notebooks: the successful ones, and TensorFlow's
        # refusals as try/except cells between them.
        self._action_code: list[str] = []
        self.create_form = CreateForm()
        self.assign_form = AssignForm()
        self.ops_form = OpsForm()
        self.conversion_box = ConversionBox()
        self.workspace_list = WorkspaceList()
        self.value_view = ValueView()
        self.message_area = MessageArea(self.message_bar)
        self.code_view = CodePane(self.message_bar)
        self._lay_out()
        self.create_form.create_requested.connect(self._on_create_requested)
        self.assign_form.assign_requested.connect(self._on_assign_requested)
        self.ops_form.apply_requested.connect(self._on_apply_requested)
        self.conversion_box.convert_requested.connect(self._on_convert_requested)
        self.workspace_list.selection_changed.connect(self._on_selection_changed)
        self.workspace_list.rename_requested.connect(self._on_rename_requested)
        self.workspace_list.delete_requested.connect(self._on_delete_requested)
        self.workspace_list.clear_requested.connect(self._on_clear_requested)
        self.requires_tensorflow(self.create_form, self.assign_form, self.ops_form,
                                 self.conversion_box, self.workspace_list)
        self.loading_message = self.tr("Loading TensorFlow… Creating tensors works once it is "
                                       "ready.")
        self.show_waiting_message()
        self.update_controls()

    def _lay_out(self) -> None:
        controls = controls_column((self.create_form, self.assign_form, self.ops_form,
                                    self.conversion_box), CONTROLS_WIDTH, self)
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.message_area, self.workspace_list, self.value_view,
                       self.code_view):
            right.addWidget(widget)
        right.setChildrenCollapsible(False)
        for index, stretch in enumerate((0, 2, 4, 2)):  # spare height: mostly the values
            right.setStretchFactor(index, stretch)
        right.setSizes([110, 170, 330, 140])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(controls)
        layout.addWidget(right, 1)

    # -- Panel interface ------------------------------------------------------------------
    def _build_deferred(self) -> None:
        self.value_view.build_heatmap()

    def on_tensorflow_ready(self, info: dict) -> None:
        try:
            self._workspace = Workspace()
        except ImportError as error:
            self.tensorflow_failed(str(error))
            return
        self._update_workspace(select=None)

    def on_tensorflow_failed(self, message: str) -> None:
        self._workspace = None
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so tensors cannot be made.")
            + f"\n{message}", "error")

    def update_controls(self) -> None:
        self.conversion_box.set_selection(self.selected_name is not None)

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        self.build_deferred()  # a screenshot shows the heatmap, however early it is taken
        if self._workspace is not None and not len(self._workspace):
            self.run_sequence(NOTEBOOK_SEQUENCE)
            self.select_entry("e")
        on_ready()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """One code cell per successful action, then one that prints every entry."""
        if self._workspace is None or not self._workspace.code_lines():
            return []
        code = self._workspace.code_lines()
        cells = list(self._action_code)
        if not self._cells_match(cells, code):  # actions not seen here: keep them whole
            cells = ["\n".join(code)]
        cells = [("code", cell) for cell in cells]
        names = self._workspace.names()
        if names:
            cells.append(("code", "\n".join(f"print({name!r}, '=', {name})" for name in names)))
        return cells

    @staticmethod
    def _cells_match(cells: list[str], code: list[str]) -> bool:
        """True when the successful actions' cells are exactly the workspace's code (the
        refused actions' cells sit between them)."""
        done = [cell for cell in cells if not is_refused_cell(cell)]
        return "\n".join(done).splitlines() == code

    def session_state(self) -> dict:
        """The workspace's entries, values and code, and the selected entry."""
        if self._workspace is None:
            return {}
        return {"workspace": workspace_state(self._workspace),
                "cells": list(self._action_code), "selected": self.selected_name}

    def check_session_state(self, state: dict) -> None:
        super().check_session_state(state)
        if not state:
            return
        if self._workspace is None:
            raise ValueError(self.tr("TensorFlow is still loading; open the session once the "
                                     "status bar shows its version."))
        check_workspace_state(state.get("workspace", {}))
        cells = state.get("cells", [])
        if not isinstance(cells, list) or not all(isinstance(cell, str) for cell in cells):
            raise ValueError(self.tr("The Tensors panel's 'cells' is a list of code "
                                     "(strings)."))
        if not isinstance(state.get("selected"), (str, type(None))):
            raise ValueError(self.tr("The Tensors panel's 'selected' is a name or null."))

    def restore_session(self, state: dict) -> None:
        self.check_session_state(state)
        if not state:
            return
        names = restore_workspace(self._workspace, state.get("workspace", {}))
        code = self._workspace.code_lines()
        cells = list(state.get("cells", []))
        self._action_code = cells if self._cells_match(cells, code) else (
            ["\n".join(code)] if code else [])
        self._show_script()
        selected = state.get("selected")
        self._update_workspace(select=selected if selected in names else None)
        self.message_bar.show_message(
            self.tr("Opened {count} entries from the session.").format(count=len(names)),
            "info")

    # -- state ----------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        """The workspace, once TensorFlow is loaded."""
        return self._workspace

    @property
    def selected_name(self) -> str | None:
        """The entry shown in the table and heatmap."""
        return self.workspace_list.selected_name()

    def run_sequence(self, steps) -> None:
        """Run ``(method, kwargs)`` workspace actions as if clicked (the last one is shown)."""
        for method, kwargs in steps:
            self._run(lambda method=method, kwargs=kwargs: getattr(self._workspace, method)(
                **kwargs))

    def select_entry(self, name: str) -> None:
        """Select ``name`` in the workspace list and show it."""
        self.workspace_list.select(name)

    def _show_script(self) -> None:
        """The code view holds a whole program: the imports, then every action so far
        (empty while there is none), scrolled to the newest line."""
        workspace = self._workspace
        self.code_view.set_code(workspace.script() if workspace and workspace.code_lines()
                                else "")
        self.code_view.show_end()

    # -- actions --------------------------------------------------------------------------
    def _run(self, action: Callable[[], ActionResult], show: bool = True) -> ActionResult | None:
        """Run one workspace action; show its outcome or why it was refused. Never raises."""
        if self._workspace is None:
            return None
        try:
            result = action()
        except TensorInputError as error:
            self.message_bar.show_message(error_text(error), "error")
            if isinstance(error, TensorActionError) and error.statement:  # TensorFlow refused
                self._action_code.append(refused_cell(error.statement, self._workspace.names()))
            return None
        except Exception as error:  # a classroom app shows the unexpected instead of dying
            self.message_bar.show_message(unexpected_text(error), "error")
            return None
        self._show_script()
        self._action_code.append("\n".join(result.code))
        self.message_bar.show_message(result_text(result),
                                      "warning" if result.warnings else "info")
        self._update_workspace(select=result.name, show=show)
        return result

    def _on_create_requested(self) -> None:
        settings = self.create_form.settings()
        self._run(lambda: self._workspace.create(settings.name, settings.source,
                                                 **settings.create_arguments()))

    def _on_assign_requested(self, method: str) -> None:
        arguments = self.assign_form.settings().assign_arguments(method)
        self._run(lambda: self._workspace.assign(**arguments))

    def _on_apply_requested(self) -> None:
        arguments = self.ops_form.settings().apply_arguments()
        self._run(lambda: self._workspace.apply(**arguments))

    def _on_convert_requested(self, conversion: str) -> None:
        source = self.selected_name
        if source is not None:
            self._run(lambda: self._workspace.convert(conversion, source,
                                                      self._workspace.unused_name()))

    def _on_rename_requested(self, new_name: str) -> None:
        name = self.selected_name
        if name is not None and self._run(lambda: self._workspace.rename(name, new_name)):
            self.workspace_list.rename_input.clear()

    def _on_delete_requested(self) -> None:
        name = self.selected_name
        if name is not None:
            self._run(lambda: self._workspace.delete(name))

    def _on_clear_requested(self) -> None:
        if self._workspace is None:
            return
        self._workspace.clear()
        self._action_code.clear()
        self._show_script()
        self.message_bar.show_message(self.tr("The workspace is empty; the code starts afresh."),
                                      "info")
        self._update_workspace(select=None)

    def _on_cell_edited(self, index: tuple, text: str):
        """The table's edit handler: one element through the core; None when refused."""
        name = self.selected_name
        if name is None:
            return None
        result = self._run(lambda: self._workspace.set_item(name, index, text), show=False)
        return None if result is None else result.value

    # -- views ----------------------------------------------------------------------------
    def _update_workspace(self, select: str | None, show: bool = True) -> None:
        """Refresh the list and the entry choosers, select ``select`` (else keep the
        selection), suggest free names, and show the selected entry.

        Args:
            select: the entry to select; None keeps the selected one if it still exists,
                else selects the newest.
            show: show the selection in the table; False while the table itself commits
                an edit (its model must not be reset then).
        """
        entries = self._workspace.entries() if self._workspace is not None else []
        names = [info.name for info in entries]
        keep = select if select in names else self.selected_name
        if keep not in names:
            keep = names[-1] if names else None
        self.workspace_list.show_entries(entries, keep)
        self.assign_form.set_entries(names, [info.name for info in entries
                                             if info.kind == "variable"])
        self.ops_form.set_entries(names)
        if self._workspace is not None:
            free = self._workspace.unused_name()
            self.create_form.suggest_name(free, names)
            # The Result field suggests the name after Create's, so the two never match.
            self.ops_form.suggest_result(self._workspace.unused_name({free}), [*names, free])
        if show:
            self._show_selected()
        self.update_controls()

    def _on_selection_changed(self, name: str) -> None:
        self._show_selected()
        self.update_controls()

    def _show_selected(self) -> None:
        name = self.selected_name
        if name is None or self._workspace is None or name not in self._workspace:
            self.value_view.show_nothing()
            return
        self.ops_form.x_input.setEditText(name)
        self.value_view.show_entry(self._workspace.info(name), self._workspace.value(name),
                                   self._on_cell_edited, str(self._workspace.object(name)))
