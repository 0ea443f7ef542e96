"""The Classifier's "Now" readouts: step, loss, accuracy, weights and gradients, speed.

Laid out as a grid of name/value pairs, as many pairs a row (four, three or two) as fit
the box's width with their widest usual values, so that all twelve fit under the plots in
three rows on a laptop screen and still read in full beside the lesson. Values are
formatted to a bounded width (:func:`~tfintro_gui.ui.classifier.texts.format_number`): a
diverged loss shows as ``1.000e+30``, not as 31 digits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.trainer import TrainingSnapshot
from tfintro_gui.ui.classifier.texts import format_array, format_number

#: Names of the readouts, in reading order.
READOUTS = (
    ("step", QT_TRANSLATE_NOOP("NowBox", "Step")),
    ("loss", QT_TRANSLATE_NOOP("NowBox", "Loss")),
    ("accuracy", QT_TRANSLATE_NOOP("NowBox", "Accuracy")),
    ("test_loss", QT_TRANSLATE_NOOP("NowBox", "Test loss")),
    ("test_accuracy", QT_TRANSLATE_NOOP("NowBox", "Test accuracy")),
    ("misclassified", QT_TRANSLATE_NOOP("NowBox", "Misclassified")),
    ("W", "W"), ("b", "b"), ("grad_W", "∂loss/∂W"), ("grad_b", "∂loss/∂b"),
    ("steps_per_s", QT_TRANSLATE_NOOP("NowBox", "Steps/s")),
    ("device", QT_TRANSLATE_NOOP("NowBox", "Device")),
)
#: The names of the loss and accuracy readouts with mini-batches.
BATCH_METRIC_NAMES = (QT_TRANSLATE_NOOP("NowBox", "Batch loss"),
                      QT_TRANSLATE_NOOP("NowBox", "Batch accuracy"))
#: The readouts measured with the loss (cleared when the loss changes).
METRICS = ("loss", "accuracy", "test_loss", "test_accuracy", "grad_W", "grad_b")
#: The readouts that show training progress (cleared at a new start).
PROGRESS = ("step", *METRICS, "steps_per_s")
EMPTY = "—"
#: Pixels each value column gets beyond its widest usual value: the layout rounds the
#: columns' shares, and a value one pixel short is elided ("1027 of 20…").
VALUE_SLACK = 3
#: Pairs a row the box may take, most first.
COLUMN_CHOICES = (4, 3, 2)


class ReadoutLabel(QLabel):
    """A value that never widens its column: too long, it is elided with "…" and shown in
    full in its tool tip (and by :meth:`full_text`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full_text = EMPTY
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.0000…"))
        self._elide()

    def full_text(self) -> str:
        """The value, not elided."""
        return self._full_text

    def set_full_text(self, text: str) -> None:
        """Show ``text``, elided if it does not fit."""
        self._full_text = text
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        self.setText(shown)
        self.setToolTip(self._full_text if shown != self._full_text else "")


class NowBox(QGroupBox):
    """Twelve readouts of the model now (or at a replayed step).

    Attributes:
        readouts: ``{key: ReadoutLabel}`` for the keys of :data:`READOUTS`.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # No title: the names say what each value is, and the row of height it took is
        # the σ(o) plot's on a 720-pixel screen.
        self.setAccessibleName(self.tr("Now"))
        self.setToolTip(self.tr("The model now, or at the step the replay slider shows"))
        self.readouts: dict[str, ReadoutLabel] = {}
        self._keys = [key for key, _name in READOUTS]
        self._batched = False  # the loss and accuracy are named the batch's
        self._pairs: list[tuple[QLabel, ReadoutLabel]] = []
        self._columns = 0
        self._speed_shown = False  # a steps/s figure since the last new start
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.setVerticalSpacing(1)
        for key, name in READOUTS:
            title = QLabel(QCoreApplication.translate("NowBox", name))
            value = ReadoutLabel()
            value.setAccessibleName(title.text())
            self._pairs.append((title, value))
            self.readouts[key] = value
        self._arrange(3)

    def _usual_values(self) -> dict[str, tuple[str, ...]]:
        """The widest values each readout usually shows."""
        vector, scalar = ("[-0.0000  -0.0000]",), ("[-0.0000]",)  # as NumPy pads them
        return {"step": ("100000",), "loss": ("0.0000",), "accuracy": ("0.000",),
                "test_loss": ("0.0000",), "test_accuracy": ("0.000",),
                "misclassified": (self.tr("{wrong} of {count}").format(wrong=2000,
                                                                       count=2000),),
                "W": (*vector, self.tr("{count} parameters").format(count=99999)),
                "b": scalar, "grad_W": vector, "grad_b": scalar,
                "steps_per_s": ("00,000 (XLA)", self.tr("compiling for XLA…"),
                                self.tr("recompiling for XLA…"),
                                self.tr("tracing tf.function…")),
                "device": ("/GPU:0",)}

    def _value_widths(self, columns: int) -> list[int]:
        """Pixels each value column needs for its widest usual value, ``columns`` pairs a
        row."""
        metrics = self.fontMetrics()
        values = self._usual_values()
        return [max(metrics.horizontalAdvance(value) for key, _name in READOUTS[pair::columns]
                    for value in values[key]) for pair in range(columns)]

    def needed_width(self, columns: int) -> int:
        """Pixels the box needs to show every name and usual value in full, ``columns``
        pairs a row."""
        metrics = self.fontMetrics()
        spacing = max(self._grid.horizontalSpacing(), 0)
        margins = self._grid.contentsMargins()
        names = sum(max(metrics.horizontalAdvance(title.text())
                        for title, _value in self._pairs[pair::columns])
                    for pair in range(columns))
        return (margins.left() + margins.right() + spacing * (2 * columns - 1) + names
                + sum(self._value_widths(columns)) + VALUE_SLACK * columns)

    def columns_for(self, width: int) -> int:
        """Pairs a row for a box ``width`` pixels wide: the most of :data:`COLUMN_CHOICES`
        that show every name and usual value in full, else the fewest."""
        return next((columns for columns in COLUMN_CHOICES
                     if self.needed_width(columns) <= width), COLUMN_CHOICES[-1])

    def _arrange(self, columns: int) -> None:
        """Lay the pairs out ``columns`` pairs a row; the value columns share the room in
        proportion to their widest usual values, so that each shows them in full."""
        for pair, width in enumerate(self._value_widths(columns)
                                     + [0] * (COLUMN_CHOICES[0] - columns)):
            self._grid.setColumnStretch(2 * pair + 1, width)
        if columns == self._columns:
            return
        for title, value in self._pairs:
            self._grid.removeWidget(title)
            self._grid.removeWidget(value)
        for index, (title, value) in enumerate(self._pairs):
            row, pair = divmod(index, columns)
            self._grid.addWidget(title, row, 2 * pair)
            self._grid.addWidget(value, row, 2 * pair + 1)
        self._columns = columns

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(self.columns_for(event.size().width()))

    def _set(self, key: str, text: str) -> None:
        self.readouts[key].set_full_text(text)

    def show_device(self, device: str) -> None:
        """The device the trainer computes on."""
        self._set("device", device)

    def clear_progress(self) -> None:
        """A new start: no step, loss or gradient yet."""
        for key in PROGRESS:
            self._set(key, EMPTY)
        self._speed_shown = False

    def clear_metrics(self) -> None:
        """Another loss: the loss, accuracy and gradients shown were measured with the old
        one (the next step measures them again)."""
        for key in METRICS:
            self._set(key, EMPTY)

    def show_step(self, step: int) -> None:
        """The index of the last step done (after a session was opened)."""
        self._set("step", str(step))

    def show_snapshot(self, snapshot: TrainingSnapshot, model_spec: ModelSpec,
                      steps_per_s: float, compiler: str = "", batched: bool = False) -> None:
        """The newest snapshot's step, metrics, (linear model) gradients and the speed
        (``compiler``: how the steps were compiled, shown after it). With mini-batches
        (``batched``) the loss and accuracy are named the batch's: they are measured on the
        step's batch, while Misclassified counts the whole training set."""
        self._name_batch_metrics(batched)
        self._set("step", str(snapshot.step))
        self._set("loss", format_number(snapshot.loss))
        self._set("accuracy", format_number(snapshot.accuracy, 3))
        if snapshot.test_losses is not None:
            self._set("test_loss", format_number(snapshot.test_losses[-1]))
            self._set("test_accuracy", format_number(snapshot.test_accuracies[-1], 3))
        if model_spec.is_linear:
            self._set("grad_W", format_array(snapshot.grad_W))
            self._set("grad_b", format_array(snapshot.grad_b))
        speed = f"{steps_per_s:,.0f}" if steps_per_s else "—"  # not measured yet
        self._speed_shown = self._speed_shown or bool(steps_per_s)
        self._set("steps_per_s", f"{speed} ({compiler})" if compiler else speed)

    def _name_batch_metrics(self, batched: bool) -> None:
        if batched == self._batched:  # every frame asks; the names change only here
            return
        self._batched = batched
        names = BATCH_METRIC_NAMES if batched else (READOUTS[1][1], READOUTS[2][1])
        for key, name in zip(("loss", "accuracy"), names, strict=True):
            text = QCoreApplication.translate("NowBox", name)
            self._pairs[self._keys.index(key)][0].setText(text)
            self.readouts[key].setAccessibleName(text)
        self._columns = 0  # another name width: the columns are chosen again
        self._arrange(self.columns_for(self.width()))

    def show_compiling(self, kind: str = "XLA") -> None:
        """Say why no step comes: the trainer compiles its call for XLA (``"XLA"``), or
        traces its training step into a graph (``"tf.function"``, a setting's first call).
        Mid-run, when a larger call size is compiled, it says "recompiling": the run goes
        on from where it is, it did not start again."""
        if kind == "tf.function":
            text = self.tr("tracing tf.function…")
        else:
            text = (self.tr("recompiling for XLA…") if self._speed_shown
                    else self.tr("compiling for XLA…"))
        self._set("steps_per_s", text)

    def show_replay(self, history: TrainingHistory, row: int) -> None:
        """Step, metrics of history row ``row`` (a replayed step)."""
        self._set("step", self.tr("{step} (replay)").format(step=int(history.steps[row])))
        self._set("loss", format_number(history.losses[row]))
        self._set("accuracy", format_number(history.accuracies[row], 3))
        if history.has_test:
            self._set("test_loss", format_number(history.test_losses[row]))
            self._set("test_accuracy", format_number(history.test_accuracies[row], 3))

    def show_weights(self, model_spec: ModelSpec, weights, num_wrong: int,
                     num_points: int) -> None:
        """The weights (linear model) or their count, and the misclassified points."""
        if model_spec.is_linear:
            self._set("W", format_array(weights[0]))
            self._set("b", format_array(weights[1]))
        else:
            # Short enough to read in full in three rows (the model line names the layers).
            self._set("W", self.tr("{count} parameters").format(
                count=model_spec.num_parameters))
            for key in ("b", "grad_W", "grad_b"):
                self._set(key, EMPTY)
        self._set("misclassified", self.tr("{wrong} of {count}").format(wrong=num_wrong,
                                                                         count=num_points))

    def text(self, key: str) -> str:
        """The full text of readout ``key`` (even when it is elided)."""
        return self.readouts[key].full_text()
