"""File → Save as lab step…: the teacher turns what a panel shows into a lab step.

The form holds the panel's ``session_state()`` (shown, not edited), the instruction in
English and Chinese, the controls to lock, and an optional question (kind, prompt, probe
and its arguments as JSON). "Add to a lab…" appends the step to an existing ``.tflab``;
"New lab…" starts one. The whole lab is checked against the schema before it is written
(:mod:`tfintro_gui.core.labs.authoring`), so a teacher never saves a lab the app refuses.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.labs.authoring import in_every_language, make_step, save_step
from tfintro_gui.core.labs.probe_args import ARGS_SCHEMAS
from tfintro_gui.core.labs.reading import LabFileError
from tfintro_gui.core.labs.schema import PANEL_CONTROLS, QUESTION_KINDS
from tfintro_gui.ui.widgets.file_dialogs import ask_open_path, ask_save_path, reason_of
from tfintro_gui.ui.widgets.message_bar import MessageBar

LAB_FILTER_TEXT = QT_TRANSLATE_NOOP("StepForm", "Lab file (*.tflab)")


def _text_input(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class StepForm(QDialog):
    """The form of one new step.

    Args:
        panel_key: the panel the step shows.
        state: the panel's ``session_state()`` now.
        parent: the window.
    """

    def __init__(self, panel_key: str, state: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as lab step"))
        self._panel_key, self._state = panel_key, state
        self.saved_path: str | None = None
        self.message_bar = MessageBar()
        self.id_input = QLineEdit(panel_key)
        self.id_input.setToolTip(self.tr("A short id: lower-case letters, digits, - and _"))
        self.title_en_input = QLineEdit()
        self.title_zh_input = QLineEdit()
        self.instruction_en_input = _text_input(self.tr("What the student does (Markdown)"))
        self.instruction_zh_input = _text_input(self.tr("The same in Chinese (Markdown)"))
        self.lock_list = QListWidget()
        self.lock_list.setAccessibleName(self.tr("Controls to lock"))
        for name, description in PANEL_CONTROLS.get(panel_key, {}).items():
            item = QListWidgetItem(f"{name} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lock_list.addItem(item)
        self.lock_list.setFixedHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Panel"), QLineEdit(panel_key, readOnly=True))
        form.addRow(self.tr("Step id"), self.id_input)
        form.addRow(self.tr("Title (English)"), self.title_en_input)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh_input)
        form.addRow(self.tr("Instruction (English)"), self.instruction_en_input)
        form.addRow(self.tr("Instruction (Chinese)"), self.instruction_zh_input)
        form.addRow(self.tr("Lock"), self.lock_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self._build_question_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("Add to a lab…"))
        self.add_button.setToolTip(self.tr("Append this step to an existing .tflab file"))
        self.new_button = QPushButton(self.tr("New lab…"))
        self.new_button.setToolTip(self.tr("Start a new .tflab file with this step"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        layout.addWidget(buttons)

    def _build_question_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Predict-then-run question"))
        box.setCheckable(True)
        box.setChecked(False)
        self.question_box = box
        self.kind_input = QComboBox()
        for kind in QUESTION_KINDS:
            self.kind_input.addItem(kind, kind)
        self.prompt_en_input = _text_input(self.tr("The question (English)"), 2)
        self.prompt_zh_input = _text_input(self.tr("The question (Chinese)"), 2)
        self.probe_input = QComboBox()
        for name in ARGS_SCHEMAS:
            self.probe_input.addItem(name, name)
        self.args_input = _text_input('{"wrt": "w", …}', 4)
        self.args_input.setAccessibleName(self.tr("Probe arguments (JSON)"))
        self.atol_input = QDoubleSpinBox(decimals=6, maximum=1e6, value=0.01)
        self.choices_input = _text_input(
            '[{"value": true, "label": {"en": "Yes", "zh_CN": "是"}}, …]', 3)
        self.choices_input.setAccessibleName(self.tr("Choices (JSON)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kind"), self.kind_input)
        form.addRow(self.tr("Question (English)"), self.prompt_en_input)
        form.addRow(self.tr("Question (Chinese)"), self.prompt_zh_input)
        form.addRow(self.tr("Probe"), self.probe_input)
        form.addRow(self.tr("Arguments (JSON)"), self.args_input)
        form.addRow(self.tr("Tolerance (numbers)"), self.atol_input)
        form.addRow(self.tr("Choices (JSON)"), self.choices_input)
        return box

    # -- the step -------------------------------------------------------------------------
    def _question(self) -> dict | None:
        if not self.question_box.isChecked():
            return None
        kind = self.kind_input.currentData()
        try:
            args = json.loads(self.args_input.toPlainText() or "{}")
            choices = json.loads(self.choices_input.toPlainText() or "[]")
        except json.JSONDecodeError as error:
            raise ValueError(self.tr("The arguments or choices are not valid JSON: "
                                     "{reason}").format(reason=error.msg)) from None
        prompt = in_every_language({"en": self.prompt_en_input.toPlainText(),
                                    "zh_CN": self.prompt_zh_input.toPlainText()})
        question = {"kind": kind, "prompt": prompt,
                    "probe": {"name": self.probe_input.currentData(), "args": args}}
        if kind == "number":
            question["tolerance"] = {"atol": self.atol_input.value(), "rtol": 0}
        if kind == "choice":
            question["choices"] = choices
        return question

    def step_document(self) -> dict:
        """The step the form describes (checked with the whole lab when saved).

        Raises:
            ValueError: the question's JSON cannot be read.
            TypeError: the panel's state cannot be written as JSON.
        """
        locked = [self.lock_list.item(row).data(Qt.ItemDataRole.UserRole)
                  for row in range(self.lock_list.count())
                  if self.lock_list.item(row).checkState() == Qt.CheckState.Checked]
        step = make_step(self._panel_key, self._state,
                         {"en": self.instruction_en_input.toPlainText(),
                          "zh_CN": self.instruction_zh_input.toPlainText()},
                         self._question(), lock=locked, step_id=self.id_input.text().strip())
        titles = {"en": self.title_en_input.text(), "zh_CN": self.title_zh_input.text()}
        if any(titles.values()):
            step["title"] = in_every_language(titles)
        return step

    def save_to(self, path: str, new: bool = False) -> bool:
        """Append the step to the lab at ``path`` (a new lab if there is none, or if
        ``new``: an existing file is then replaced).

        Returns:
            True if written; otherwise the form's message bar says why (with the JSON
            path of the first problem) and no file is changed.
        """
        title = self.title_en_input.text() or self._panel_key
        try:
            save_step(path, self.step_document(),
                      {"en": title, "zh_CN": self.title_zh_input.text() or title}, new)
        except LabFileError as error:
            problems = "\n".join(f"{problem.path}: {problem.message}"
                                 for problem in error.problems[:5])
            self.message_bar.show_message(self.tr("The step was not saved; the lab would be "
                                                  "refused:\n{problems}").format(
                problems=problems), "error")
            return False
        except (OSError, ValueError, TypeError) as error:
            self.message_bar.show_message(self.tr("The step was not saved: {reason}").format(
                reason=reason_of(error)), "error")
            return False
        self.saved_path = path
        return True

    def _on_add_clicked(self) -> None:
        path = ask_open_path(self, self.tr("Add the step to a lab"), self.tr(LAB_FILTER_TEXT))
        if path and self.save_to(path):
            self.accept()

    def _on_new_clicked(self) -> None:
        path = ask_save_path(self, self.tr("New lab"), "lab.tflab", self.tr(LAB_FILTER_TEXT))
        if path and self.save_to(path, new=True):
            self.accept()
