"""The Classifier's replay slider: show any recorded step again, or the live model."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget


class ReplayBar(QWidget):
    """A slider over the recorded steps; at its right end the plots are live.

    Signals:
        row_chosen(object): the history row to show (an int), or None for live.
    """

    row_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 12))
        self.slider.setToolTip(
            self.tr("Replay: show any earlier step's model and mark it on the curves (pauses "
                    "training). At the right end the plots are live again."))
        self.slider.setAccessibleName(self.tr("Replay step"))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.label = QLabel(self.tr("Live"))
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(
            self.tr("Step {step} of {count} (replay)").format(step=999999, count=999999)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Replay")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._width_hint: int | None = None

    def set_width_hint(self, width: int | None) -> None:
        """Ask for ``width`` pixels where a parent gives a widget its size hint (a tab
        bar's corner, see :class:`~tfintro_gui.ui.classifier.log_tabs.LogArea`); None:
        the bar's natural width."""
        if width != self._width_hint:
            self._width_hint = width
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self._width_hint is not None:
            hint.setWidth(max(self._width_hint, self.minimumSizeHint().width()))
        return hint

    def show_live(self, num_rows: int) -> None:
        """The slider at the right end of ``num_rows`` rows; the label says "Live"."""
        blocker = QSignalBlocker(self.slider)
        self.slider.setMaximum(num_rows)
        self.slider.setValue(num_rows)
        del blocker
        self.label.setText(self.tr("Live"))

    def set_num_rows(self, num_rows: int) -> None:
        """More rows were recorded while a step is replayed: keep the slider where it is."""
        blocker = QSignalBlocker(self.slider)
        self.slider.setMaximum(num_rows)
        del blocker

    def show_replay(self, row: int, step: int, num_steps: int) -> None:
        """The slider at ``row``; the label names the step."""
        blocker = QSignalBlocker(self.slider)
        self.slider.setValue(row)
        del blocker
        self.label.setText(self.tr("Step {step} of {count} (replay)").format(
            step=step, count=num_steps))

    def _on_slider_value_changed(self, value: int) -> None:
        self.row_chosen.emit(None if value >= self.slider.maximum() else value)
