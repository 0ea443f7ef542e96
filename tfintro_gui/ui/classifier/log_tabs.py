"""The tabs under the Classifier's plots: the training log, σ(o), the code, saving and
export; and :class:`LogArea`, which puts the replay slider at the right of their tab bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.ui.classifier.texts import log_line
from tfintro_gui.ui.widgets.code_view import CodeView

#: Lines the log keeps (the oldest go first).
MAX_LOG_LINES = 5000
#: Pixels left between the last tab and a widget in the tab bar's corner.
CORNER_GAP_PX = 24


class LogTabs(QTabWidget):
    """Log, Code (hand-written loop and Keras side by side), and Save and export.

    Args:
        exporter: the model-export widget shown in the "Save and export" tab.
        sigmoid_page: the page of the σ(o) plot (filled once Matplotlib is loaded).

    Signals:
        save_plots_clicked(), save_history_clicked(): the save buttons were clicked.
    """

    save_plots_clicked = Signal()
    save_history_clicked = Signal()

    def __init__(self, exporter: QWidget, sigmoid_page: QWidget,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(MAX_LOG_LINES)
        self.log_view.setAccessibleName(self.tr("Training log"))
        self.log_view.setToolTip(self.tr("The loss every 10 steps, as the notebook prints it, "
                                         "and what the model export did"))
        self.code_view = CodeView()
        self.keras_code_view = CodeView()
        code = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.tr("Hand-written loop (tf.GradientTape)"), self.code_view),
                            (self.tr("The same with Keras (model.fit)"),
                             self.keras_code_view)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(2, 2, 2, 2)
            box_layout.addWidget(view)
            code.addWidget(box)
        self.save_plots_button = QPushButton(self.tr("Save plots…"))
        self.save_plots_button.setToolTip(self.tr("Save the figure as PNG or SVG"))
        self.save_plots_button.clicked.connect(self.save_plots_clicked)
        self.save_history_button = QPushButton(self.tr("Save history CSV…"))
        self.save_history_button.setToolTip(self.tr("Every recorded step: loss, accuracy, test "
                                                    "metrics and parameters"))
        self.save_history_button.clicked.connect(self.save_history_clicked)
        files = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_plots_button)
        buttons.addWidget(self.save_history_button)
        buttons.addStretch(1)
        files_layout = QVBoxLayout(files)
        files_layout.addLayout(buttons)
        files_layout.addWidget(exporter)
        files_layout.addStretch(1)
        self.addTab(self.log_view, self.tr("Log"))
        self.addTab(sigmoid_page, "σ(o)")
        self.setTabToolTip(1, self.tr("The standard logistic function, with every training "
                                      "point at its logit"))
        self.addTab(code, self.tr("Code"))
        self.addTab(files, self.tr("Save and export"))
        self._pending: list[str] = []

    def queue_lines(self, lines) -> None:
        """:class:`~tfintro_gui.core.classifier.events.LossLogged` lines to append at the
        next :meth:`flush` (once a frame, not once a step)."""
        self._pending.extend(lines)

    def flush(self) -> None:
        """Append the queued lines. Only the last :data:`MAX_LOG_LINES` are worded: the
        log keeps no more (at 50 000 steps/s, 5 000 lines come every second)."""
        if self._pending:
            shown = self._pending[-MAX_LOG_LINES:]
            self.log_view.appendPlainText("\n".join(log_line(line) for line in shown))
            self._pending.clear()

    def append_line(self, text: str) -> None:
        """Append ``text`` now."""
        self.flush()
        self.log_view.appendPlainText(text)

    def clear_log(self) -> None:
        """A new start: an empty log."""
        self._pending.clear()
        self.log_view.clear()

    def log_text(self) -> str:
        """What the log shows."""
        return self.log_view.toPlainText()


class LogArea(QWidget):
    """The log tabs with ``replay_bar`` in the empty right end of their tab bar, which
    saves a row of height on a laptop screen; where the tabs and the slider do not both
    fit (the lesson open beside a narrow window, a large zoom), the slider gets a row of
    its own above the tabs.

    Args:
        replay_bar: the :class:`~tfintro_gui.ui.classifier.replay_bar.ReplayBar`.
        log_tabs: the :class:`LogTabs`.
    """

    def __init__(self, replay_bar: QWidget, log_tabs: LogTabs, parent: QWidget | None = None):
        super().__init__(parent)
        self._replay_bar = replay_bar
        self._log_tabs = log_tabs
        self._in_corner: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(log_tabs, 1)
        self._place(in_corner=False)

    def replay_bar_in_corner(self) -> bool:
        """True when the slider sits in the tab bar's corner."""
        return bool(self._in_corner)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        tabs_width = self._log_tabs.tabBar().sizeHint().width() + CORNER_GAP_PX
        room = event.size().width() - tabs_width
        self._place(in_corner=room >= self._replay_bar.minimumSizeHint().width())
        self._replay_bar.set_width_hint(room if self._in_corner else None)

    def _place(self, in_corner: bool) -> None:
        if in_corner == self._in_corner:
            return
        self._in_corner = in_corner
        if in_corner:
            self.layout().removeWidget(self._replay_bar)
            self._log_tabs.setCornerWidget(self._replay_bar, Qt.Corner.TopRightCorner)
        else:
            self._log_tabs.setCornerWidget(None, Qt.Corner.TopRightCorner)
            self.layout().insertWidget(0, self._replay_bar)
        self._replay_bar.show()
