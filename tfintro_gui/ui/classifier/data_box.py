"""The Classifier's "Data" box: which points to draw, the test share, clicks and CSV files.

The box reads and writes a :class:`~tfintro_gui.core.classifier.settings.DataSettings`;
it holds no data itself. It shows only the fields of the chosen data set (means and
covariance for the notebook's Gaussians, noise for the presets).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tfintro_gui.core.classifier.data import GAUSSIAN_GENERATORS, MAX_NUM_SAMPLES_PER_CLASS
from tfintro_gui.core.classifier.presets import MAX_NOISE
from tfintro_gui.core.classifier.settings import MAX_SEED, MAX_TEST_PERCENT, DataSettings
from tfintro_gui.ui.zoom import fixed_pitch_font

DATA_CHOICES = (
    (QT_TRANSLATE_NOOP("DataBox", "Two Gaussians (the notebook's)"), "gaussians"),
    (QT_TRANSLATE_NOOP("DataBox", "Two Gaussians (np.random.seed)"), "gaussians_np_random"),
    (QT_TRANSLATE_NOOP("DataBox", "XOR"), "xor"),
    (QT_TRANSLATE_NOOP("DataBox", "Circles"), "circles"),
    (QT_TRANSLATE_NOOP("DataBox", "Moons"), "moons"),
    (QT_TRANSLATE_NOOP("DataBox", "Spirals"), "spirals"),
)


class DataBox(QGroupBox):
    """The data settings, Regenerate, the class a click adds, and Import/Export CSV.

    Signals:
        regenerate_requested(): draw new points with :meth:`settings`.
        test_percent_changed(): the test share changed (split the same points again).
        import_requested(), export_requested(): the CSV buttons were clicked.
    """

    regenerate_requested = Signal()
    test_percent_changed = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.data_input = QComboBox()
        for label, key in DATA_CHOICES:
            self.data_input.addItem(QCoreApplication.translate("DataBox", label), key)
        self.data_input.setToolTip(self.tr("Which points to draw; a straight line cannot "
                                           "separate XOR, circles, moons or spirals"))
        self.data_input.setItemData(
            self.data_input.findData("gaussians_np_random"),
            self.tr("The notebook's own draw: np.random.seed(seed), then its cell with "
                    "np.random.multivariate_normal gives exactly these points"),
            Qt.ItemDataRole.ToolTipRole)
        self.data_input.currentIndexChanged.connect(self._update_fields)
        # Choosing a data set draws it at once (as Regenerate does); a session or a lab
        # setting the choice does not (activated comes from the student only).
        self.data_input.activated.connect(self.regenerate_requested)
        self.num_samples_input = QSpinBox()
        self.num_samples_input.setRange(1, MAX_NUM_SAMPLES_PER_CLASS)
        self.num_samples_input.setToolTip(self.tr("Points drawn per class"))
        self.mean_0_input = QLineEdit()
        self.mean_0_input.setToolTip(self.tr("Mean of class 0, two numbers, e.g. [0, 3]"))
        self.mean_1_input = QLineEdit()
        self.mean_1_input.setToolTip(self.tr("Mean of class 1, two numbers, e.g. [3, 0]"))
        self.covariance_input = QLineEdit()
        self.covariance_input.setToolTip(
            self.tr("Covariance shared by both classes: symmetric positive semi-definite 2×2"))
        self.noise_input = QDoubleSpinBox()
        self.noise_input.setRange(0.0, MAX_NOISE)
        self.noise_input.setSingleStep(0.05)
        self.noise_input.setToolTip(self.tr("Standard deviation of the Gaussian noise added "
                                            "to every coordinate of the preset shapes"))
        self.seed_input = QSpinBox()
        self.seed_input.setRange(-1, MAX_SEED)
        self.seed_input.setSpecialValueText(self.tr("random"))
        self.seed_input.setToolTip(self.tr("Random seed of the data and the split; 'random' "
                                           "draws new data each time"))
        self.test_split_input = QSpinBox()
        self.test_split_input.setRange(0, MAX_TEST_PERCENT)
        self.test_split_input.setSuffix(" %")
        self.test_split_input.setSpecialValueText(self.tr("none"))
        self.test_split_input.setToolTip(self.tr("Share of the points held out as a test "
                                                 "set; their loss and accuracy are plotted "
                                                 "dashed"))
        # Typing "25" would split at 2 % first: a new split (and start) only on Enter,
        # on leaving the field or with the arrows.
        self.test_split_input.setKeyboardTracking(False)
        self.test_split_input.valueChanged.connect(self.test_percent_changed)
        self.regenerate_button = QPushButton(self.tr("Regenerate data"))
        self.regenerate_button.setToolTip(
            self.tr("Draw new points with these settings (stops training)"))
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        for field in (self.mean_0_input, self.mean_1_input, self.covariance_input):
            field.returnPressed.connect(self.regenerate_requested)  # Enter = Regenerate
        self.click_class_input = QComboBox()
        self.click_class_input.addItem(self.tr("class 0"), 0)
        self.click_class_input.addItem(self.tr("class 1"), 1)
        self.click_class_input.setToolTip(
            self.tr("A left click on the scatter adds a training point of this class; a right "
                    "click removes the nearest point. Ctrl+Z undoes, Ctrl+Shift+Z redoes."))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("Read points from a CSV file of lines x, y, "
                                              "label"))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Write the points as x, y, label"))
        self.export_button.clicked.connect(self.export_requested)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        self._form = QFormLayout(self)
        self._form.addRow(self.tr("Data set"), self.data_input)
        self._form.addRow(self.tr("Points per class"), self.num_samples_input)
        self._form.addRow(self.tr("Class 0 mean"), self.mean_0_input)
        self._form.addRow(self.tr("Class 1 mean"), self.mean_1_input)
        self._form.addRow(self.tr("Covariance"), self.covariance_input)
        self._form.addRow(self.tr("Noise"), self.noise_input)
        self._form.addRow(self.tr("Seed"), self.seed_input)
        self._form.addRow(self.tr("Test set"), self.test_split_input)
        self._form.addRow(self.regenerate_button)
        self._form.addRow(self.tr("Click adds"), self.click_class_input)
        self._form.addRow(files)
        self.shapes_label = QLabel()
        self.shapes_label.setFont(fixed_pitch_font())
        self.shapes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shapes_label.setToolTip(self.tr("The training set as the notebook names it"))
        self._form.addRow(self.shapes_label)
        self.show_shapes(None)  # both lines from the start: the column does not jump
        self.set_settings(DataSettings())

    def show_shapes(self, num_training_points: int | None) -> None:
        """``inputs.shape`` and ``targets.shape`` of the training set, as the notebook
        prints them ((2000, 2) and (2000, 1) for its data); None (no points drawn yet)
        shows "…" for the count."""
        count = "…" if num_training_points is None else num_training_points
        self.shapes_label.setText(f"inputs.shape  = ({count}, 2)\n"
                                  f"targets.shape = ({count}, 1)")

    def settings(self) -> DataSettings:
        """The settings as the controls show them."""
        return DataSettings(
            data_set=self.data_input.currentData(),
            num_samples_per_class=self.num_samples_input.value(),
            mean_0=self.mean_0_input.text(), mean_1=self.mean_1_input.text(),
            covariance=self.covariance_input.text(), noise=self.noise_input.value(),
            seed=self.seed_input.value(), test_percent=self.test_split_input.value(),
            click_class=int(self.click_class_input.currentData()))

    def set_settings(self, settings: DataSettings) -> None:
        """Show ``settings`` without emitting any of the box's signals."""
        blocker = QSignalBlocker(self)
        self.data_input.setCurrentIndex(self.data_input.findData(settings.data_set))
        self.num_samples_input.setValue(settings.num_samples_per_class)
        self.mean_0_input.setText(settings.mean_0)
        self.mean_1_input.setText(settings.mean_1)
        self.covariance_input.setText(settings.covariance)
        self.noise_input.setValue(settings.noise)
        self.seed_input.setValue(settings.seed)
        self.test_split_input.setValue(settings.test_percent)
        self.click_class_input.setCurrentIndex(settings.click_class)
        blocker.unblock()
        self._update_fields()

    def _update_fields(self) -> None:
        """Show the fields of the chosen data set only."""
        gaussians = self.data_input.currentData() in GAUSSIAN_GENERATORS
        for widget in (self.mean_0_input, self.mean_1_input, self.covariance_input):
            self._form.setRowVisible(widget, gaussians)
        self._form.setRowVisible(self.noise_input, not gaussians)
