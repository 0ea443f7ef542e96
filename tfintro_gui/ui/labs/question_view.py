"""The question part of the lab pane: the prompt, the prediction input, Check and Show me,
and the verdict with the real value."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.labs.answers import DTYPE_NAMES, Answer, format_value
from tfintro_gui.core.labs.model import Question, text
from tfintro_gui.core.labs.runner import QuestionRecord


def _markdown_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class QuestionView(QWidget):
    """Shows one question and what the student did with it.

    Signals:
        check_requested(): the student pressed Check (or Enter in the input).
        show_requested(): the student pressed Show me.
    """

    check_requested = Signal()
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._question: Question | None = None
        self._language = "en"
        self.prompt_label = _markdown_label()
        self.prompt_label.setAccessibleName(self.tr("Question"))
        self.prediction_input = QLineEdit()
        self.prediction_input.setAccessibleName(self.tr("Your prediction"))
        self.prediction_input.returnPressed.connect(self.check_requested)
        self._dtype_completer = QCompleter(list(DTYPE_NAMES), self)
        self._choices_box = QWidget()
        self._choices_layout = QVBoxLayout(self._choices_box)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self._choice_group = QButtonGroup(self)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Compare your prediction with what TensorFlow "
                                             "computes"))
        self.check_button.clicked.connect(self.check_requested)
        self.show_button = QPushButton(self.tr("Show me"))
        self.show_button.setToolTip(self.tr("Show the real value without a prediction"))
        self.show_button.clicked.connect(self.show_requested)
        self.verdict_label = _markdown_label()
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.prediction_input)
        layout.addWidget(self._choices_box)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict_label)

    # -- question -------------------------------------------------------------------------
    def set_question(self, question: Question, record: QuestionRecord, language: str) -> None:
        """Show ``question`` with the student's last prediction and, if shown, the value."""
        self._question, self._language = question, language
        self.prompt_label.setText(text(question.prompt, language))
        choice = question.kind == "choice"
        self.prediction_input.setVisible(not choice)
        self._choices_box.setVisible(choice)
        self.prediction_input.setCompleter(
            self._dtype_completer if question.kind == "dtype" else None)
        self.prediction_input.setPlaceholderText(self._placeholder(question.kind))
        for button in self._choice_group.buttons():
            self._choice_group.removeButton(button)
            self._choices_layout.removeWidget(button)
            button.setParent(None)  # gone now, not at the next turn of the event loop
        for index, option in enumerate(question.choices):
            button = QRadioButton(text(option.label, language))
            self._choice_group.addButton(button, index)
            self._choices_layout.addWidget(button)
        last = record.attempts[-1] if record.attempts else None
        with QSignalBlocker(self.prediction_input):
            self.prediction_input.setText(last["prediction"] if last and not choice else "")
        if last and choice and isinstance(last.get("value"), int):
            button = self._choice_group.button(last["value"])
            if button is not None:
                button.setChecked(True)
        self.verdict_label.clear()
        if record.value_shown and record.answer is not None:
            self.show_verdict("right" if record.answered_right else "shown", record.answer)

    def _placeholder(self, kind: str) -> str:
        return {"number": self.tr("A number, e.g. 2.5"),
                "shape": self.tr("A shape, e.g. (4, 1)"),
                "dtype": self.tr("A dtype, e.g. float32")}.get(kind, "")

    def choice_texts(self) -> list[str]:
        """The answers offered now (empty for a question that is not a choice)."""
        return [button.text() for button in self._choice_group.buttons()]

    def prediction(self):
        """The prediction: the typed text, or the chosen answer's index (-1: none)."""
        if self._question is not None and self._question.kind == "choice":
            return self._choice_group.checkedId()
        return self.prediction_input.text()

    def set_busy(self, busy: bool) -> None:
        """Disable Check and Show me while TensorFlow computes the real value."""
        self.check_button.setEnabled(not busy)
        self.show_button.setEnabled(not busy)
        if busy:
            self.verdict_label.setText(self.tr("Running TensorFlow…"))

    # -- verdicts -------------------------------------------------------------------------
    def show_verdict(self, code: str, answer: Answer | None) -> None:
        """Show a verdict.

        Args:
            code: ``"right"``, ``"wrong"`` (try again), ``"wrong_shown"`` or ``"shown"``
                (the value after Show me).
            answer: the real value, when it is shown.
        """
        question, language = self._question, self._language
        lines = [{"right": self.tr("**Right.**"),
                  "wrong": self.tr("**Not quite.** Try once more, or press Show me."),
                  "wrong_shown": self.tr("**Not quite.**"),
                  "shown": ""}[code]]
        if code in ("wrong", "wrong_shown") and question.hint:
            lines.append(self.tr("Hint: {hint}").format(hint=text(question.hint, language)))
        if answer is not None:
            value = format_value(question, answer.choice if question.kind == "choice"
                                 else answer.value, language)
            lines.append(self.tr("TensorFlow computed: `{value}`").format(value=value))
            if question.explanation:
                lines.append(text(question.explanation, language))
        self.verdict_label.setText("\n\n".join(line for line in lines if line))

    def show_problem(self, message: str) -> None:
        """Show why the prediction or the value could not be used (plain text)."""
        self.verdict_label.setText(message.replace("*", "\\*"))

    def prediction_error_text(self, code: str, received: str) -> str:
        """The words of a :class:`~tfintro_gui.core.labs.answers.PredictionError`."""
        texts = {
            "empty": self.tr("Type a prediction first."),
            "too_long": self.tr("That prediction is too long; type a short value."),
            "not_a_number": self.tr("'{text}' is not a number. Type e.g. 2, -0.5 or 1e-3."),
            "not_a_shape": self.tr("'{text}' is not a shape. Type sizes in brackets, e.g. "
                                   "(2, 3), (3,) or () for a scalar."),
            "not_a_dtype": self.tr("'{text}' is not a dtype. Type e.g. float32, float64, "
                                   "int32 or bool."),
            "not_a_choice": self.tr("Choose one of the answers first."),
        }
        return texts.get(code, code).format(text=received)
