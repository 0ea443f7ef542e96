"""The lab pane: one lab's steps beside the panels, with predict-then-run questions.

The pane talks to the window through a narrow ``host`` (see
:class:`~tfintro_gui.ui.labs.host.WindowLabHost`): ``show_panel(key)``, ``panel(key)``
(a :class:`~tfintro_gui.ui.panel.Panel`), ``lock_controls(panel_key, names, hidden)``,
``unlock_controls()``, ``grab_window()``, ``language()``, ``tensorflow_info`` and the
``tensorflow_loaded`` signal. Everything a step does goes through the core
(:class:`~tfintro_gui.core.labs.runner.LabRun`); the real values are computed by the
questions' probes in a worker thread (:class:`~tfintro_gui.ui.run_controller.RunController`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.labs.answers import PredictionError, compute_answer, parse_prediction
from tfintro_gui.core.labs.model import Lab, merged_state, text
from tfintro_gui.core.labs.progress import ProgressStore
from tfintro_gui.core.labs.runner import LabRun
from tfintro_gui.ui.labs.question_view import QuestionView
from tfintro_gui.ui.run_controller import RunController
from tfintro_gui.ui.widgets.message_bar import MessageBar

# Width of the thumbnails of the window kept for the report, in pixels.
THUMBNAIL_WIDTH = 480


def _answer_items(question):
    """The probe's work for the worker thread: one item, the real value."""
    yield compute_answer(question)


class LabPane(QWidget):
    """Shows the current step of a lab; Previous / Next go through the steps.

    Args:
        host: the window, seen through the narrow interface above.
        store: where progress is kept between sessions; None keeps nothing.

    Signals:
        step_changed(int): the current step's index, after its state was applied.
        verdict(str): ``"right"``, ``"wrong"``, ``"wrong_shown"`` or ``"shown"``, after a
            check or Show me.
        problem(str): a prediction, a probe or a step's state could not be used (the
            message shown).
        answer_computed(str): TensorFlow computed the real value of this step's question.
    """

    step_changed = Signal(int)
    verdict = Signal(str)
    problem = Signal(str)
    answer_computed = Signal(str)

    def __init__(self, host, store: ProgressStore | None = None, parent=None):
        super().__init__(parent)
        self._host = host
        self._store = store
        self._run: LabRun | None = None
        self._pending: tuple[str, str, object] | None = None  # (action, step id, prediction)
        self._computing: str | None = None  # the step whose real value is being computed
        self._state_waiting = False
        self._thumbnails: dict[str, QImage] = {}
        self._controller = RunController(self)
        self._controller.produced.connect(self._on_controller_produced)
        self._controller.failed.connect(self._on_controller_failed)
        host.tensorflow_loaded.connect(self._on_host_tensorflow_loaded)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Lab progress"))
        self.step_title_label = QLabel()
        self.step_title_label.setWordWrap(True)
        self.instruction_view = QTextBrowser()
        self.instruction_view.setAccessibleName(self.tr("Instruction"))
        self.instruction_view.setOpenExternalLinks(False)
        self.question_view = QuestionView()
        self.question_view.check_requested.connect(self._on_question_check_requested)
        self.question_view.show_requested.connect(self._on_question_show_requested)
        self.message_bar = MessageBar()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("The previous step of the lab"))
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next step (a question never blocks it)"))
        self.next_button.clicked.connect(self.next_step)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.step_title_label)
        layout.addWidget(self.instruction_view, 1)
        layout.addWidget(self.question_view)
        layout.addLayout(navigation)
        self._update_controls()

    # -- lab ------------------------------------------------------------------------------
    @property
    def run(self) -> LabRun | None:
        """The student's run of the open lab, or None."""
        return self._run

    @property
    def lab(self) -> Lab | None:
        """The open lab, or None."""
        return self._run.lab if self._run else None

    def open_lab(self, lab: Lab) -> None:
        """Show ``lab`` where the student left it (its saved progress, if any)."""
        self.close_lab()
        saved = self._store.load(lab) if self._store is not None else None
        self._run = LabRun(lab, saved)
        self._thumbnails = {}
        self.title_label.setText(text(lab.title, self._language()))
        self._enter_step()

    def close_lab(self) -> None:
        """Release the controls, keep the progress, forget the lab."""
        self._controller.stop(drain=False)
        self._pending = self._computing = None
        self._host.unlock_controls()
        if self._run is not None:
            self._save_progress()
        self._run = None
        self._update_controls()

    def thumbnails(self) -> dict[str, QImage]:
        """Step id -> a picture of the window when its question was checked."""
        return dict(self._thumbnails)

    def shutdown(self) -> None:
        """Stop a probe still computing and keep the progress (before the window closes)."""
        self.close_lab()

    # -- steps ----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Make step ``index`` (from 0) the current one and apply it.

        Raises:
            IndexError: no such step.
        """
        if self._run is None:
            return
        self._run.go_to(index)
        self._pending = None
        self._enter_step()

    def next_step(self) -> None:
        """Go to the next step, if there is one (a question never blocks it)."""
        if self._run is not None and self._run.can_go_on():
            self.go_to(self._run.step_index + 1)

    def previous_step(self) -> None:
        """Go to the step before, if there is one."""
        if self._run is not None and self._run.can_go_back():
            self.go_to(self._run.step_index - 1)

    def _language(self) -> str:
        return self._host.language()

    def _enter_step(self) -> None:
        run, language = self._run, self._language()
        step = run.step
        self.message_bar.clear()
        self._host.unlock_controls()
        self._host.show_panel(step.panel)
        missing = self._host.lock_controls(step.panel, step.lock, False)
        missing += self._host.lock_controls(step.panel, step.hide, True)
        if missing:
            self._say(self.tr("This lab names controls the {panel} panel does not have: "
                              "{names}. They stay free.").format(
                panel=step.panel, names=", ".join(missing)), "warning")
        self._state_waiting = bool(step.state)
        if self._state_waiting:
            self._apply_state()
        self.step_title_label.setText(text(step.title, language))
        self.instruction_view.setMarkdown(text(step.instruction, language))
        self.question_view.setVisible(step.question is not None)
        if step.question is not None:
            self.question_view.set_question(step.question, run.record(), language)
        self._update_controls()
        self._save_progress()
        self.step_changed.emit(run.step_index)

    def _apply_state(self) -> None:
        """Set the panel to the step's state; wait for TensorFlow if it is still loading."""
        step = self._run.step
        if self._host.tensorflow_info is None:
            self._say(self.tr("This step's settings are applied once TensorFlow is loaded."),
                      "info")
            return
        self._state_waiting = False
        panel = self._host.panel(step.panel)
        try:
            state = merged_state(panel.session_state(), step.state)
            panel.check_session_state(state)
            panel.restore_session(state)
        except Exception as error:  # a panel's refusal is said, never a crash
            self._say(self.tr("This step's settings could not be applied to the {panel} "
                              "panel: {reason}").format(panel=step.panel, reason=error),
                      "error")

    def _on_host_tensorflow_loaded(self, _info: dict) -> None:
        if self._run is not None and self._state_waiting:
            self.message_bar.clear()
            self._apply_state()

    def _update_controls(self) -> None:
        run = self._run
        total = len(run.lab.steps) if run else 1
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(run.step_index + 1 if run else 0)
        self.progress_bar.setFormat(self.tr("Step {step} of {count}").format(
            step=run.step_index + 1 if run else 0, count=total if run else 0))
        self.previous_button.setEnabled(bool(run and run.can_go_back()))
        self.next_button.setEnabled(bool(run and run.can_go_on()))
        if run is None:
            self.question_view.hide()

    def _say(self, message: str, level: str) -> None:
        self.message_bar.show_message(message, level)
        if level != "info":
            self.problem.emit(message)

    # -- questions --------------------------------------------------------------------------
    def check(self, prediction=None) -> None:
        """Check a prediction (default: what the question view holds) against the real
        value, computing it first if needed. The verdict comes with :attr:`verdict`."""
        question = self._run.step.question if self._run else None
        if question is None:
            return
        prediction = self.question_view.prediction() if prediction is None else prediction
        try:
            parse_prediction(question, prediction)
        except PredictionError as error:
            message = self.question_view.prediction_error_text(error.code, error.received)
            self.question_view.show_problem(message)
            self.problem.emit(message)
            return
        self._when_answered("check", prediction)

    def show_me(self) -> None:
        """Show the current question's real value (computing it first if needed)."""
        if self._run is not None and self._run.step.question is not None:
            self._when_answered("show", None)

    def _on_question_check_requested(self) -> None:
        self.check()

    def _on_question_show_requested(self) -> None:
        self.show_me()

    def _when_answered(self, action: str, prediction) -> None:
        step = self._run.step
        self._pending = (action, step.id, prediction)
        if not self._run.needs_answer():
            self._finish_pending()
            return
        self.question_view.set_busy(True)
        question = step.question
        self._computing = step.id
        self._controller.start(lambda: _answer_items(question))

    def _on_controller_produced(self, answer) -> None:
        step_id, self._computing = self._computing, None
        self.question_view.set_busy(False)
        if self._run is None or step_id is None:
            return
        self._run.set_answer(answer, step_id)  # kept even if the student moved on
        self.answer_computed.emit(step_id)
        if self._pending is not None and self._pending[1] == step_id == self._run.step.id:
            self._finish_pending()

    def _on_controller_failed(self, message: str) -> None:
        self.question_view.set_busy(False)
        self._pending = self._computing = None
        text_shown = self.tr("TensorFlow could not compute the real value: {reason}").format(
            reason=message)
        self.question_view.show_problem(text_shown)
        self.problem.emit(text_shown)

    def _finish_pending(self) -> None:
        action, _step_id, prediction = self._pending
        self._pending = None
        if action == "check":
            result = self._run.check(prediction)
            code, answer = result.code, result.answer
        else:
            code, answer = "shown", self._run.show_me()
        self.question_view.show_verdict(code, answer)
        self._capture_thumbnail(self._run.step.id)
        self._save_progress()
        self.verdict.emit(code)

    def _capture_thumbnail(self, step_id: str) -> None:
        image = self._host.grab_window().toImage()
        if not image.isNull():
            self._thumbnails[step_id] = image.scaledToWidth(
                min(THUMBNAIL_WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation)

    def _save_progress(self) -> None:
        if self._store is None or self._run is None:
            return
        try:
            self._store.save(self._run.lab, self._run.to_state())
        except (OSError, TypeError) as error:
            self._say(self.tr("The lab's progress could not be kept: {reason}").format(
                reason=getattr(error, "strerror", None) or error), "warning")
