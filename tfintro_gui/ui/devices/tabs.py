"""The Devices panel's pages: Devices, Benchmark, Versions, Replicas, Code, Report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from tfintro_gui.core.devices.lab import LIST_DEVICES_CODE, standalone_program
from tfintro_gui.ui.devices.benchmark_view import BenchmarkView
from tfintro_gui.ui.devices.distribution import ReplicasView
from tfintro_gui.ui.devices.facts_view import DevicesFactsView
from tfintro_gui.ui.devices.report_view import ReportView
from tfintro_gui.ui.devices.versions_view import VersionsView
from tfintro_gui.ui.widgets.code_view import CodeView


class DevicesTabs(QTabWidget):
    """The panel's pages, each a view. Every tab title stays in sight: when the panel is
    narrow (beside the lesson on a small screen) the titles elide instead of hiding behind
    scroll arrows, and each tab's tool tip says what it holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.facts_view = DevicesFactsView()
        self.benchmark_view = BenchmarkView()
        self.versions_view = VersionsView()
        self.replicas_view = ReplicasView()
        self.code_view = CodeView(self)
        self.code_view.set_code(standalone_program(LIST_DEVICES_CODE))
        self.report_view = ReportView()
        self.setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        for page, title, tip in (
                (self.facts_view, self.tr("Devices"),
                 self.tr("The devices TensorFlow lists, and why there is no GPU")),
                (self.benchmark_view, self.tr("Benchmark"),
                 self.tr("The matmul benchmark's plots and timings")),
                (self.versions_view, self.tr("Versions"),
                 self.tr("Library versions, TensorFlow's build and its packages")),
                (self.replicas_view, self.tr("Replicas"),
                 self.tr("The MirroredStrategy's replicas and their partial sums")),
                (self.code_view, self.tr("Code"),
                 self.tr("The TensorFlow code of the last action")),
                (self.report_view, self.tr("Report"),
                 self.tr("Everything shown here as Markdown"))):
            self.setTabToolTip(self.addTab(page, title), tip)
