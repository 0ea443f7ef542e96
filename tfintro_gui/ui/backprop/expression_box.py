"""The Expression box: a preset list, the expression editor (capped in length before any
work), the Build button and the preset's description."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from tfintro_gui.core.autodiff.limits import MAX_EXPRESSION_LENGTH
from tfintro_gui.core.autodiff.presets import PRESETS, preset
from tfintro_gui.ui.core_texts import translate_core
from tfintro_gui.ui.zoom import fixed_pitch_font

#: Builds the graph from the editor.
BUILD_KEY = "Ctrl+Return"


@dataclass(frozen=True)
class ExpressionSettings:
    """What the box shows: the preset chosen and the expression typed."""

    preset: str
    expression: str


class ExpressionEdit(QPlainTextEdit):
    """A plain-text editor that never holds more than ``max_length`` characters.

    Typing, pasting or dropping text that would make it longer is refused *before* the
    text reaches the document (a 1 MB line would otherwise take minutes to lay out), and
    :attr:`refused` says how long the text would have been.

    Signals:
        refused(int): the length the refused edit would have given.
    """

    refused = Signal(int)

    def __init__(self, max_length: int = MAX_EXPRESSION_LENGTH, parent=None):
        super().__init__(parent)
        self.max_length = max_length

    def _length_after(self, inserted: int) -> int:
        cursor = self.textCursor()
        selected = abs(cursor.selectionEnd() - cursor.selectionStart())
        return self.document().characterCount() - 1 - selected + inserted

    def insertFromMimeData(self, source) -> None:  # paste and drop
        if source.hasText():
            length = self._length_after(len(source.text()))
            if length > self.max_length:
                self.refused.emit(length)
                return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        typed = text and (text.isprintable() or text in "\r\n\t")
        if typed and self._length_after(len(text)) > self.max_length:
            self.refused.emit(self._length_after(len(text)))
            return
        super().keyPressEvent(event)


class ExpressionBox(QGroupBox):
    """The expression, its preset and the Build button.

    Signals:
        preset_chosen(str): the key of the preset the student picked.
        build_requested(): Build graph was clicked (or Ctrl+Return pressed in the editor).
        text_refused(int): an edit was refused; the text would have had this many characters.
    """

    preset_chosen = Signal(str)
    build_requested = Signal()
    text_refused = Signal(int)

    def __init__(self, parent=None):
        super().__init__(self.tr("Expression"), parent)
        self.preset_input = QComboBox()
        for example in PRESETS:
            self.preset_input.addItem(translate_core(example.title), example.key)
            self.preset_input.setItemData(self.preset_input.count() - 1,
                                          translate_core(example.title),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_input.setToolTip(self.tr("Load a ready-made expression and its inputs"))
        self.preset_input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_input.setMinimumContentsLength(20)
        self.preset_input.currentIndexChanged.connect(self._on_preset_input_changed)
        self.expression_input = ExpressionEdit()
        self.expression_input.setFont(fixed_pitch_font())
        self.expression_input.setFixedHeight(72)
        self.expression_input.setToolTip(
            self.tr("One expression, or name = … lines ending with the output; allowed: + - * "
                    "/ ** @, abs, square, sqrt, exp, log, relu, sigmoid, tanh, softplus, "
                    "softmax, maximum, matmul, reduce_sum, reduce_mean, crossentropy"))
        self.expression_input.setAccessibleName(self.tr("Expression"))
        self.expression_input.refused.connect(self.text_refused)
        self.expression_input.textChanged.connect(self._show_description)
        self.build_button = QPushButton(self.tr("Build graph"))
        self.build_button.setToolTip(self.tr("Parse the expression and build its graph "
                                             "({key})").format(key=BUILD_KEY))
        self.build_button.clicked.connect(self.build_requested)
        shortcut = QShortcut(QKeySequence(BUILD_KEY), self.expression_input)
        shortcut.activated.connect(self.build_requested)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setStyleSheet("color: #444;")
        self.description_label.setToolTip(self.tr("What this preset shows"))
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.preset_input)
        layout.addWidget(self.expression_input)
        layout.addWidget(self.build_button)
        layout.addWidget(self.description_label)

    def _on_preset_input_changed(self, position: int) -> None:
        self.preset_chosen.emit(self.preset_input.itemData(position))

    def expression(self) -> str:
        """The expression typed now."""
        return self.expression_input.toPlainText()

    def settings(self) -> ExpressionSettings:
        """The preset chosen and the expression typed."""
        return ExpressionSettings(self.preset_input.currentData(), self.expression())

    def set_settings(self, settings: ExpressionSettings) -> None:
        """Show ``settings`` without emitting :attr:`preset_chosen` (an unknown preset key
        keeps the preset shown)."""
        position = self.preset_input.findData(settings.preset)
        with QSignalBlocker(self.preset_input):
            if position >= 0:
                self.preset_input.setCurrentIndex(position)
            self.expression_input.setPlainText(settings.expression)
        self._show_description()

    def _show_description(self) -> None:
        # The preset's words describe its own expression only, not one edited from it.
        chosen = preset(self.preset_input.currentData())
        if " ".join(self.expression().split()) == " ".join(chosen.expression.split()):
            self.description_label.setText(translate_core(chosen.description))
        else:
            self.description_label.setText(self.tr(
                "Your own expression, edited from this preset: Build graph draws it. Pick a "
                "preset to start again from one."))
