"""What a plot's place shows until its canvas exists (Matplotlib is still loading)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

LOADING_PLOTS_TEXT = QT_TRANSLATE_NOOP("PlotPlaceholder", "Loading the plots…")


class PlotPlaceholder(QLabel):
    """A centred, dimmed "Loading the plots…" where a canvas will go.

    The panels build their Matplotlib canvases after TensorFlow's and Matplotlib's imports
    (see :mod:`tfintro_gui.ui.tensorflow_loader`); until then this keeps the empty space
    from looking broken. It ignores its text's size, so it never widens the layout.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PlotPlaceholder", LOADING_PLOTS_TEXT),
                         parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setEnabled(False)  # the palette's dimmed text
        self.setMinimumWidth(1)
