"""The status bar's TensorFlow line: loading, its version and device, or why it failed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

LOADING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Loading TensorFlow…")


class TensorFlowStatus(QLabel):
    """Says where the TensorFlow import stands, in the language installed now.

    Words are the main window's (translation context ``MainWindow``).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tensorflowStatus")
        # The size grip is hidden on maximised windows: keep the text off the screen edge.
        self.setContentsMargins(0, 0, 8, 0)
        self._info: dict | None = None
        self._error: str | None = None
        self.retranslate()

    def show_loaded(self, info: dict) -> None:
        """TensorFlow is loaded: ``info`` has ``"version"`` and ``"device"``."""
        self._info, self._error = dict(info), None
        self.retranslate()

    def show_failed(self, message: str) -> None:
        """The import failed; ``message`` (its reason) becomes the tool tip."""
        self._info, self._error = None, message
        self.retranslate()

    def retranslate(self) -> None:
        """Word the line again in the language installed now."""
        if self._info is not None:
            text = QCoreApplication.translate(
                "MainWindow", "TensorFlow {version} · device {device}").format(
                version=self._info["version"], device=self._info["device"])
        elif self._error is not None:
            text = QCoreApplication.translate("MainWindow", "TensorFlow could not be loaded")
        else:
            text = QCoreApplication.translate("MainWindow", LOADING_TEXT)
        self.setText(text)
        self.setToolTip(self._error or "")
