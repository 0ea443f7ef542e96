"""Going through a lab: the current step, predictions, real values, what is shown.

The rules of a predict-then-run question: the student types a prediction and checks it;
the app compares it with the real value (computed by the question's probe). A right
answer shows the value. A wrong answer never blocks: the student may go on, and the
value is shown after :data:`WRONG_ANSWERS_BEFORE_SHOWN` wrong tries or when the student
asks for it ("show me"). A run is kept as JSON (:meth:`LabRun.to_state`) so progress
survives a restart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tfintro_gui.core.labs.answers import Answer, answer_from_value, is_right, parse_prediction
from tfintro_gui.core.labs.model import Lab, Question, Step
from tfintro_gui.core.labs.probes import ProbeError

#: Wrong tries after which the real value is shown.
WRONG_ANSWERS_BEFORE_SHOWN = 2
#: The most tries kept per question (later ones are compared but not kept).
MAX_KEPT_ATTEMPTS = 20


@dataclass
class QuestionRecord:
    """What happened with one question.

    Attributes:
        attempts: ``{"prediction": text, "right": bool}`` in order.
        revealed: the student asked to see the value ("show me").
        answer: the real value once computed, else None.
    """

    attempts: list[dict] = field(default_factory=list)
    revealed: bool = False
    answer: Answer | None = None

    @property
    def answered_right(self) -> bool:
        """True once a try was right."""
        return any(attempt["right"] for attempt in self.attempts)

    @property
    def value_shown(self) -> bool:
        """True when the real value is shown: right, asked for, or enough wrong tries."""
        wrong = sum(1 for attempt in self.attempts if not attempt["right"])
        return self.answered_right or self.revealed or wrong >= WRONG_ANSWERS_BEFORE_SHOWN


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking one prediction.

    Attributes:
        code: ``"right"``, ``"wrong"`` (try again; the value stays hidden) or
            ``"wrong_shown"`` (wrong, and the value is shown now).
        attempt: the try's number, from 1.
        answer: the real value when it is shown, else None.
    """

    code: str
    attempt: int
    answer: Answer | None


class LabRun:
    """One student's way through a lab.

    Args:
        lab: the lab.
        state: what :meth:`to_state` returned in an earlier session, or None. Parts that
            do not fit this lab (unknown steps, bad types) are left out.
    """

    def __init__(self, lab: Lab, state: dict | None = None):
        self.lab = lab
        self.step_index = 0
        self.student_name = ""
        self._records: dict[str, QuestionRecord] = {
            step.id: QuestionRecord() for step in lab.question_steps()}
        if state:
            self._restore(state)

    # -- steps ------------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        """The current step."""
        return self.lab.steps[self.step_index]

    def go_to(self, index: int) -> Step:
        """Make step ``index`` (from 0) the current one.

        Raises:
            IndexError: no such step.
        """
        if not 0 <= index < len(self.lab.steps):
            raise IndexError(f"The lab has steps 0 to {len(self.lab.steps) - 1}, not {index}.")
        self.step_index = index
        return self.step

    def can_go_back(self) -> bool:
        """True when there is a step before the current one."""
        return self.step_index > 0

    def can_go_on(self) -> bool:
        """True when there is a step after the current one (answered or not)."""
        return self.step_index < len(self.lab.steps) - 1

    # -- questions ----------------------------------------------------------------------------
    def record(self, step_id: str | None = None) -> QuestionRecord:
        """The record of a question step (default: the current step).

        Raises:
            KeyError: the step asks no question.
        """
        return self._records[step_id or self.step.id]

    def needs_answer(self) -> bool:
        """True when the current step asks a question whose real value is not computed."""
        return self.step.question is not None and self.record().answer is None

    def set_answer(self, answer: Answer, step_id: str | None = None) -> None:
        """Keep the real value computed for a question (default: the current step's)."""
        self.record(step_id).answer = answer

    def check(self, prediction) -> CheckResult:
        """Compare a prediction with the current question's real value.

        Args:
            prediction: text (number, shape, dtype) or a choice's index.

        Returns:
            The :class:`CheckResult`; the try is kept.

        Raises:
            PredictionError: the prediction cannot be read (nothing is kept).
            ValueError: the step asks no question, or its real value is not computed yet
                (:meth:`set_answer`).
        """
        question = self.step.question
        if question is None:
            raise ValueError(f"Step {self.step.id!r} asks no question.")
        record = self.record()
        if record.answer is None:
            raise ValueError("The real value is not computed yet.")
        value = parse_prediction(question, prediction)
        right = is_right(question, value, record.answer)
        if len(record.attempts) < MAX_KEPT_ATTEMPTS:
            record.attempts.append({"prediction": _prediction_text(prediction),
                                    "value": list(value) if isinstance(value, tuple)
                                    else value, "right": right})
        code = "right" if right else ("wrong_shown" if record.value_shown else "wrong")
        return CheckResult(code, len(record.attempts),
                           record.answer if record.value_shown else None)

    def show_me(self) -> Answer:
        """Show the current question's real value without a right answer.

        Raises:
            ValueError: no question, or its value is not computed yet.
        """
        if self.step.question is None or self.record().answer is None:
            raise ValueError("There is no computed value to show on this step.")
        self.record().revealed = True
        return self.record().answer

    def summary(self) -> dict:
        """``{"questions", "answered", "right_first_time", "steps", "step"}`` counts."""
        records = self._records.values()
        return {"questions": len(self._records),
                "answered": sum(1 for record in records if record.attempts or record.revealed),
                "right_first_time": sum(1 for record in records
                                        if record.attempts and record.attempts[0]["right"]),
                "steps": len(self.lab.steps), "step": self.step_index}

    # -- keeping --------------------------------------------------------------------------------
    def to_state(self) -> dict:
        """The run as JSON types (for the progress file)."""
        answers = {}
        for step_id, record in self._records.items():
            if record.attempts or record.revealed or record.answer is not None:
                answers[step_id] = {
                    "attempts": list(record.attempts), "revealed": record.revealed,
                    "real_value": None if record.answer is None else record.answer.to_json(),
                    "computed": record.answer is not None}
        return {"step": self.step_index, "student_name": self.student_name,
                "answers": answers}

    def _restore(self, state: dict) -> None:
        step = state.get("step")
        if isinstance(step, int) and not isinstance(step, bool) \
                and 0 <= step < len(self.lab.steps):
            self.step_index = step
        name = state.get("student_name")
        self.student_name = name[:200] if isinstance(name, str) else ""
        answers = state.get("answers")
        for step_id, saved in (answers.items() if isinstance(answers, dict) else ()):
            if step_id in self._records and isinstance(saved, dict):
                question = self.lab.steps[self.lab.step_index(step_id)].question
                self._records[step_id] = _record_from_state(saved, question)


def _prediction_text(prediction) -> str:
    return str(prediction)[:200]


def _record_from_state(saved: dict, question: Question) -> QuestionRecord:
    attempts = [attempt for attempt in saved.get("attempts", ())
                if isinstance(attempt, dict) and isinstance(attempt.get("right"), bool)
                and isinstance(attempt.get("prediction"), str)][:MAX_KEPT_ATTEMPTS]
    answer = None
    if saved.get("computed") is True:
        try:  # the same checks as a freshly computed value
            answer = answer_from_value(question, saved.get("real_value"))
        except (ProbeError, TypeError, ValueError):
            answer = None  # computed again when needed
    return QuestionRecord(attempts, saved.get("revealed") is True, answer)
