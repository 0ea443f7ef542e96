"""The "Create a tensor" box: a source (tf.ones, tf.random.normal, np.array…), a name, a
shape or a typed value, a dtype, the distribution's arguments, a seed, "as tf.Variable"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from tfintro_gui.core.tensors import DTYPES, SOURCES
from tfintro_gui.ui.tensors.descriptions import SOURCE_DESCRIPTIONS, describe

#: The spin boxes' range; the core refuses what does not fit the dtype (float16: ±65504).
NUMBER_LIMIT = 1e6
#: The spin boxes' minimum width, in pixels.
SPIN_MINIMUM_WIDTH = 64


@dataclass(frozen=True)
class CreateSettings:
    """What the Create box holds.

    Attributes:
        source: a key of ``SOURCES``.
        name: the new entry's name, as typed.
        shape: the shape, as typed (for shape-based sources).
        literal: the value, as typed (for ``tf.constant`` / ``np.array``).
        dtype: a dtype name, or None for the source's default.
        mean, stddev, minval, maxval: the distributions' arguments.
        seed: None for a new draw each run, else 0 … 2**31 - 1.
        variable: wrap the value in ``tf.Variable``.
    """

    source: str = "tf.ones"
    name: str = "t1"  # never a notebook cell's name (see Workspace.unused_name)
    shape: str = "(2, 3)"
    literal: str = "[[1, 2], [3, 4]]"
    dtype: str | None = None
    mean: float = 0.0
    stddev: float = 1.0
    minval: float = 0.0
    maxval: float = 1.0
    seed: int | None = None
    variable: bool = False

    def create_arguments(self) -> dict:
        """The keyword arguments of ``Workspace.create`` the source reads."""
        needs = SOURCES[self.source].needs
        arguments = {"dtype": self.dtype, "variable": self.variable}
        if "literal" in needs:
            arguments["literal"] = self.literal
        else:
            arguments["shape"] = self.shape
        if "normal" in needs:
            arguments.update(mean=self.mean, stddev=self.stddev)
        if "uniform" in needs:
            arguments.update(minval=self.minval, maxval=self.maxval)
        if "seed" in needs:
            arguments["seed"] = self.seed
        return arguments


def number_input(value: float, tooltip: str, name: str, minimum: float = -NUMBER_LIMIT
                 ) -> QDoubleSpinBox:
    """A spin box for a distribution argument, three decimals."""
    spin = QDoubleSpinBox()
    spin.setDecimals(3)
    spin.setRange(minimum, NUMBER_LIMIT)
    spin.setValue(value)
    spin.setToolTip(tooltip)
    spin.setAccessibleName(name)
    # Two share a row of the form column: narrower than the ±1e6 range asks for, wide
    # enough for the numbers a lesson uses.
    spin.setMinimumWidth(SPIN_MINIMUM_WIDTH)
    return spin


class CreateForm(QGroupBox):
    """The Create box. Emits :attr:`create_requested` on the button or Enter."""

    create_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Create a tensor"), parent)
        self.source_input = QComboBox()
        for key in SOURCES:
            self.source_input.addItem(key, key)
            self.source_input.setItemData(self.source_input.count() - 1,
                                          describe(SOURCE_DESCRIPTIONS, key),
                                          Qt.ItemDataRole.ToolTipRole)
        self.source_input.setToolTip(self.tr("How to make the new entry: a TensorFlow creator "
                                             "(tf.ones, tf.random.normal…) or a NumPy one "
                                             "(np.ones…)"))
        self.source_input.currentIndexChanged.connect(self._on_source_input_changed)
        self.name_input = QLineEdit()
        self.name_input.setToolTip(self.tr("Python name of the new entry: letters, digits "
                                           "and _, not a keyword, not tf or np"))
        self.shape_input = QLineEdit()
        self.shape_input.setToolTip(self.tr("shape: sizes of the axes, e.g. (2, 3), (3,) or () "
                                            "for a scalar; at most 1,000,000 elements"))
        self.literal_input = QLineEdit()
        self.literal_input.setToolTip(self.tr("Value for tf.constant / np.array: a number or "
                                              "nested lists such as [[1, 2], [3, 4]] (read, "
                                              "never executed)"))
        self.dtype_input = QComboBox()
        self.dtype_input.addItem(self.tr("default"), None)
        for dtype in DTYPES:
            self.dtype_input.addItem(dtype, dtype)
        self.dtype_input.setToolTip(self.tr("dtype of the new entry; default = float32 for tf "
                                            "creators, float64 for NumPy, inferred for a typed "
                                            "value"))
        self.mean_input = number_input(0.0, self.tr("mean of tf.random.normal's distribution"),
                                       "mean")
        self.stddev_input = number_input(1.0, self.tr("stddev (standard deviation) of "
                                                      "tf.random.normal's distribution"),
                                         "stddev", minimum=0.0)
        self.minval_input = number_input(
            0.0, self.tr("minval: smallest value tf.random.uniform draws"), "minval")
        self.maxval_input = number_input(
            1.0, self.tr("maxval: tf.random.uniform draws values below it"), "maxval")
        self.seed_input = QSpinBox()
        self.seed_input.setRange(-1, 2**31 - 1)
        self.seed_input.setSpecialValueText(self.tr("none"))
        self.seed_input.setToolTip(self.tr("seed: 'none' draws new numbers each run; a number "
                                           "uses tf.random.stateless_normal/uniform(seed=(seed, "
                                           "0)), the same numbers every run"))
        self.variable_input = QCheckBox(self.tr("as tf.Variable"))
        self.variable_input.setToolTip(self.tr("Wrap the value in tf.Variable(initial_value=…) "
                                               "so it can be assigned to"))
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setToolTip(self.tr("Make the entry and append its TensorFlow line to "
                                              "the code (Enter in Name, Shape or Value)"))
        self.create_button.clicked.connect(self.create_requested)
        for field in (self.name_input, self.shape_input, self.literal_input):
            field.returnPressed.connect(self.create_requested)
        self._lay_out()
        self.set_settings(CreateSettings())

    def _lay_out(self) -> None:
        normal = QHBoxLayout()
        normal.addWidget(self.mean_input, 1)
        normal.addWidget(QLabel("stddev"))
        normal.addWidget(self.stddev_input, 1)
        uniform = QHBoxLayout()
        uniform.addWidget(self.minval_input, 1)
        uniform.addWidget(QLabel("maxval"))
        uniform.addWidget(self.maxval_input, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Source"), self.source_input)
        form.addRow(self.tr("Name"), self.name_input)
        form.addRow(self.tr("Shape"), self.shape_input)
        form.addRow(self.tr("Value"), self.literal_input)
        form.addRow(self.tr("Dtype"), self.dtype_input)
        form.addRow("mean", normal)
        form.addRow("minval", uniform)
        form.addRow(self.tr("Seed"), self.seed_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.variable_input)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)

    def settings(self) -> CreateSettings:
        """What the box holds now."""
        seed = self.seed_input.value()
        return CreateSettings(
            source=self.source_input.currentData(), name=self.name_input.text(),
            shape=self.shape_input.text(), literal=self.literal_input.text(),
            dtype=self.dtype_input.currentData(), mean=self.mean_input.value(),
            stddev=self.stddev_input.value(), minval=self.minval_input.value(),
            maxval=self.maxval_input.value(), seed=None if seed < 0 else seed,
            variable=self.variable_input.isChecked())

    def set_settings(self, settings: CreateSettings) -> None:
        """Show ``settings`` (no signal is emitted while the fields change)."""
        blocker = QSignalBlocker(self.source_input)  # its slot runs once, below
        self.source_input.setCurrentIndex(self.source_input.findData(settings.source))
        self.name_input.setText(settings.name)
        self.shape_input.setText(settings.shape)
        self.literal_input.setText(settings.literal)
        self.dtype_input.setCurrentIndex(self.dtype_input.findData(settings.dtype))
        self.mean_input.setValue(settings.mean)
        self.stddev_input.setValue(settings.stddev)
        self.minval_input.setValue(settings.minval)
        self.maxval_input.setValue(settings.maxval)
        self.seed_input.setValue(-1 if settings.seed is None else settings.seed)
        self.variable_input.setChecked(settings.variable)
        blocker.unblock()
        self._on_source_input_changed()

    def suggest_name(self, free: str, taken) -> None:
        """Put ``free`` in the Name field if it is empty or holds a name in ``taken``."""
        if not self.name_input.text().strip() or self.name_input.text().strip() in taken:
            self.name_input.setText(free)

    def _on_source_input_changed(self) -> None:
        needs = SOURCES[self.source_input.currentData()].needs
        self.shape_input.setEnabled("shape" in needs)
        self.literal_input.setEnabled("literal" in needs)
        for widget in (self.mean_input, self.stddev_input):
            widget.setEnabled("normal" in needs)
        for widget in (self.minval_input, self.maxval_input):
            widget.setEnabled("uniform" in needs)
        self.seed_input.setEnabled("seed" in needs)
