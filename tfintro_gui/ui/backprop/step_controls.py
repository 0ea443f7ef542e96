"""The Forward and backward box: Step ▶ / Run forward / Step ◀ / Run backward / Reset, the
status line and the keys.

The status line wraps and keeps room for two lines (every status of names up to 12
characters fits), so a longer status does not move the buttons: they stay under the mouse
while the student clicks through the steps.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSizePolicy

from tfintro_gui.core.autodiff import Progress
from tfintro_gui.ui.backprop.expression_box import BUILD_KEY
from tfintro_gui.ui.backprop.step_texts import progress_text

#: Keys of the stepping actions (shown on the panel, the buttons' tool tips and here).
STEP_KEY = "Space"
RUN_KEY = "Ctrl+R"
RESET_KEY = "Ctrl+Backspace"
#: Lines the status line keeps room for.
STATUS_LINES = 2


class StepControls(QGroupBox):
    """The stepping buttons and the status line; the panel connects the buttons."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Forward and backward"), parent)
        self.step_forward_button = self._button(
            self.tr("Step ▶"),
            self.tr("Evaluate the next node with its TensorFlow op ({key})").format(key=STEP_KEY))
        self.run_forward_button = self._button(self.tr("Run forward"),
                                               self.tr("Evaluate every remaining node"))
        self.step_backward_button = self._button(
            self.tr("Step ◀"),
            self.tr("Apply the chain rule at the next node, from the output back to the inputs "
                    "({key} once the forward pass is done)").format(key=STEP_KEY))
        self.run_backward_button = self._button(
            self.tr("Run backward"),
            self.tr("Finish the backward pass (and the forward pass first if needed) "
                    "({key})").format(key=RUN_KEY))
        self.reset_button = self._button(
            self.tr("Reset"),
            self.tr("Forget the computed values and gradients; start again ({key})").format(
                key=RESET_KEY))
        self.status_label = QLabel("—")
        self.status_label.setWordWrap(True)
        self.status_label.setToolTip(self.tr("How far the forward and backward passes have come"))
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Fixed)
        self.keys_label = QLabel(self.tr("Keys: {step} = next step · {run} = run both passes · "
                                         "{reset} = reset · {build} = build").format(
            step=STEP_KEY, run=RUN_KEY, reset=RESET_KEY, build=BUILD_KEY))
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #444;")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)  # the column fits a 720-pixel screen in Chinese too
        grid.addWidget(self.step_forward_button, 0, 0)
        grid.addWidget(self.run_forward_button, 0, 1)
        grid.addWidget(self.step_backward_button, 1, 0)
        grid.addWidget(self.run_backward_button, 1, 1)
        grid.addWidget(self.reset_button, 2, 0, 1, 2)
        grid.addWidget(self.status_label, 3, 0, 1, 2)
        grid.addWidget(self.keys_label, 4, 0, 1, 2)
        self._probe = QLabel()  # measures the status room, never shown
        self._probe.setWordWrap(True)
        self._fit_status()

    @staticmethod
    def _button(text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        return button

    def _status_room(self) -> int:
        """The height of :data:`STATUS_LINES` lines of status in the interface's language
        now (Chinese glyphs come from a taller fallback font)."""
        sample = progress_text(Progress(evaluated=4, total=4, next_forward=None,
                                        backward_started=True, backward_done=False,
                                        next_backward="x", output_name="x"))
        self._probe.setFont(self.status_label.font())
        self._probe.setText("\n".join([sample] * STATUS_LINES))
        return self._probe.heightForWidth(10_000)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def _fit_status(self) -> None:
        """Keep the room for the status; grow it only if a text needs more."""
        needed = self.status_label.heightForWidth(max(self.status_label.width(), 1))
        height = max(self._status_room(), needed)
        if self.status_label.height() != height:
            self.status_label.setFixedHeight(height)

    def show_progress(self, progress: Progress | None, tensorflow_ready: bool) -> None:
        """Enable the buttons the passes allow and say how far they have come."""
        has_graph = tensorflow_ready and progress is not None
        forward_done = has_graph and progress.forward_done
        backward_done = has_graph and progress.backward_done
        self.step_forward_button.setEnabled(has_graph and not forward_done)
        self.run_forward_button.setEnabled(has_graph and not forward_done)
        self.step_backward_button.setEnabled(forward_done and not backward_done)
        self.run_backward_button.setEnabled(has_graph and not backward_done)
        self.reset_button.setEnabled(has_graph)
        self.status_label.setText(progress_text(progress))
        self._fit_status()
