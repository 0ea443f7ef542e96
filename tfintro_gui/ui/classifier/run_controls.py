"""The Classifier's run controls: Step, Run/Resume, Pause, and the two ways to start over."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget


class RunControls(QGroupBox):
    """Five buttons that start, pause and restart training.

    Signals:
        step_clicked(), run_clicked(), pause_clicked(): one step, a run (or the rest of a
            paused one), stop after the current step.
        restart_clicked(): back to this run's initial weights.
        reset_clicked(): new random initial weights.
    """

    step_clicked = Signal()
    run_clicked = Signal()
    pause_clicked = Signal()
    restart_clicked = Signal()
    reset_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Train"))
        self.step_button = QPushButton(self.tr("Step", "button: run one step"))
        self.step_button.setToolTip(self.tr("Run exactly one gradient-descent step (one batch)"))
        self.step_button.clicked.connect(self.step_clicked)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Run num_steps steps (or resume a paused run)"))
        self.run_button.clicked.connect(self.run_clicked)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Stop after the current step; Run resumes"))
        self.pause_button.clicked.connect(self.pause_clicked)
        self.restart_button = QPushButton(self.tr("Reset to same start"))
        self.restart_button.setToolTip(
            self.tr("Back to this run's initial weights, to compare a learning rate or mode "
                    "from the same start; the loss curve stays as 'previous run'"))
        self.restart_button.clicked.connect(self.restart_clicked)
        self.reset_button = QPushButton(self.tr("New random start"))
        self.reset_button.setToolTip(
            self.tr("New random initial weights (W uniform in [0, 1), b = 0 for the linear "
                    "model); same data"))
        self.reset_button.clicked.connect(self.reset_clicked)
        layout = QGridLayout(self)
        for column, button in enumerate((self.step_button, self.run_button,
                                         self.pause_button)):
            layout.addWidget(button, 0, 2 * column, 1, 2)
        layout.addWidget(self.restart_button, 1, 0, 1, 3)
        layout.addWidget(self.reset_button, 1, 3, 1, 3)
        self.update_state(ready=False, running=False, exporting=False, paused=False)

    def update_state(self, ready: bool, running: bool, exporting: bool, paused: bool) -> None:
        """Enable what can be done now; Run reads "Resume" when a run was paused.

        Args:
            ready: a trainer exists (TensorFlow is loaded).
            running: training runs.
            exporting: the model is being exported.
            paused: a run was stopped before its last step.
        """
        idle = ready and not running and not exporting
        self.step_button.setEnabled(idle)
        self.run_button.setEnabled(idle)
        self.pause_button.setEnabled(ready and running)
        self.restart_button.setEnabled(ready)
        self.reset_button.setEnabled(ready)
        self.run_button.setText(self.tr("Resume") if paused and not running else self.tr("Run"))
