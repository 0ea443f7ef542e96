"""Where the Classifier's figures go: an empty placeholder until :meth:`FigureArea.build`.

The panel's controls are built and painted before Matplotlib is imported (it takes a
noticeable part of a second); :meth:`FigureArea.build` imports the figure modules and
makes the canvases when the main window asks for it, after its first paint. Until then
:attr:`FigureArea.plots`, :attr:`FigureArea.parameter_view` and
:attr:`FigureArea.sigmoid_plot` are None, and whoever draws must cope with that. The σ(o)
plot lives in its own page (:attr:`FigureArea.sigmoid_page`, a tab beside the log).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from tfintro_gui.ui.widgets.plot_placeholder import PlotPlaceholder
from tfintro_gui.ui.zoom import set_zoomed_minimum_size


class FigureArea(QWidget):
    """The live figure and, when switched on, the parameter view beside it.

    Signals:
        point_clicked(float, float, int): a click on the scatter (data coordinates, button).
        weights_dragged(float, float): the parameter view's point was dragged to ``W``.
    """

    point_clicked = Signal(float, float, int)
    weights_dragged = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plots = None
        self.parameter_view = None
        self.sigmoid_plot = None
        self.sigmoid_page = QWidget()
        QVBoxLayout(self.sigmoid_page).setContentsMargins(0, 0, 0, 0)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        set_zoomed_minimum_size(self, 440, 337)
        self._placeholder = PlotPlaceholder()  # until build()
        self._splitter.addWidget(self._placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)

    def is_built(self) -> bool:
        """True once the canvases exist."""
        return self.plots is not None

    def build(self) -> None:
        """Import Matplotlib and make the figure, the σ(o) plot and the (hidden) parameter
        view."""
        from tfintro_gui.ui.classifier.parameter_view import ParameterView
        from tfintro_gui.ui.classifier.plots import ClassifierPlots
        from tfintro_gui.ui.classifier.sigmoid_plot import SigmoidPlot

        self.sigmoid_plot = SigmoidPlot()
        self.sigmoid_page.layout().addWidget(self.sigmoid_plot)
        self.plots = ClassifierPlots()
        self.plots.point_clicked.connect(self.point_clicked)
        self.parameter_view = ParameterView()
        self.parameter_view.setVisible(False)
        self.parameter_view.weights_dragged.connect(self.weights_dragged)
        self._placeholder.deleteLater()
        self._placeholder.setParent(None)
        self._splitter.addWidget(self.plots)
        self._splitter.addWidget(self.parameter_view)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 1)

    def parameter_view_shown(self) -> bool:
        """True when the parameter view is built and switched on."""
        return self.parameter_view is not None and not self.parameter_view.isHidden()
