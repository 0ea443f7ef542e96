"""The Versions tab: library versions and TensorFlow's build, then the installed TensorFlow
packages as ``pip list | grep -E "keras|tensorflow"`` shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tfintro_gui.core.devices.facts import DeviceFacts
from tfintro_gui.ui.devices.tables import FittedTable

#: The packages table's height range, in pixels.
MIN_PACKAGES_HEIGHT, MAX_PACKAGES_HEIGHT = 90, 220


def _titled(title: str, table: FittedTable) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return box


class VersionsView(QWidget):
    """Versions (known before TensorFlow loads) and, once it has, its build and packages."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.versions_table = FittedTable(self.tr("Versions"))
        self.packages_table = FittedTable(self.tr("Packages"), Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.addWidget(_titled(self.tr("Versions"), self.versions_table), 1)
        layout.addWidget(_titled(self.tr("Installed TensorFlow packages (pip list)"),
                                 self.packages_table))

    def show_versions(self, versions: dict[str, str], facts: DeviceFacts | None) -> None:
        """Show ``versions`` (name → version) and, with ``facts``, the build and packages."""
        rows = [(name, version) for name, version in versions.items()]
        rows.append((self.tr("qt (runtime)"), qVersion()))
        if facts is not None:
            rows += [(self.tr("build: {key}").format(key=key), value)
                     for key, value in sorted(facts.build_info.items())]
            rows.append((self.tr("TensorFloat-32 on GPUs"),
                         self.tr("enabled") if facts.tensor_float_32 else self.tr("disabled")))
            rows.append((self.tr("platform"), facts.platform))
            self.packages_table.set_rows(
                (self.tr("Package"), self.tr("Version"), self.tr("Location")),
                [(item.name, item.version, item.location) for item in facts.distributions])
            # As tall as its few rows, at most about six: the versions get the rest.
            self.packages_table.setMaximumHeight(
                max(MIN_PACKAGES_HEIGHT, min(MAX_PACKAGES_HEIGHT,
                                             self.packages_table.rows_height())))
        self.versions_table.set_rows((self.tr("Name"), self.tr("Version")), rows)
