"""Export the classifier's live model to other runtimes, in a worker thread.

A button, a label with the results and a :class:`~tfintro_gui.ui.run_controller.
RunController` that runs :func:`~tfintro_gui.core.classifier.export.export_model`: the model
is saved as a ``.keras`` file, a SavedModel and a TF Lite model, each copy is loaded back in
its own runtime, and the largest difference between its predictions and the live model's is
shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tfintro_gui.core.classifier.export import EXPORT_FORMATS, ExportResult, export_model
from tfintro_gui.ui.classifier.texts import tensorflow_failure_text
from tfintro_gui.ui.run_controller import RunController
from tfintro_gui.ui.widgets.file_dialogs import ask_directory

#: How long closing waits for a format being written (a TF Lite conversion takes seconds).
SHUTDOWN_TIMEOUT_MS = 60_000
#: Each format's name in the results (translated with the context "ModelExporter").
FORMAT_NAMES = {"keras": QT_TRANSLATE_NOOP("ModelExporter", ".keras file"),
                "saved_model": "SavedModel", "tflite": "TF Lite"}


def format_name(format_code: str) -> str:
    """A format's name in the interface's language: ".keras 文件", SavedModel, TF Lite."""
    return QCoreApplication.translate("ModelExporter", FORMAT_NAMES[format_code])


class ModelExporter(QWidget):
    """The "Export model to other runtimes…" button, its results and its run controller.

    Args:
        request_model: called (in the GUI thread) when an export starts; returns
            ``(weights, model_spec, inputs, live_logits)`` as NumPy copies, or None when
            there is no model yet.
        parent: the Qt parent.

    Signals:
        busy_changed(bool): an export started (True) or ended (False).
        message(str, str): a text and a level (``"info"``, ``"error"``) for the message bar.
        logged(str): a line for the log, with the code that loads each copy.
    """

    busy_changed = Signal(bool)
    message = Signal(str, str)
    logged = Signal(str)

    def __init__(self, request_model: Callable[[], tuple | None], parent=None):
        super().__init__(parent)
        self._request_model = request_model
        self._num_points = 0
        self.results: list[ExportResult] = []
        self._runs = RunController(self)
        self._runs.produced.connect(self._on_runs_produced)
        self._runs.failed.connect(self._on_runs_failed)
        self._runs.finished.connect(self._on_runs_finished)
        self.button = QPushButton(self.tr("Export model to other runtimes…"))
        self.button.setToolTip(
            self.tr("Save the trained model as a .keras file, a SavedModel (model.export) and a "
                    "TF Lite model; load each back and compare its predictions with the live "
                    "model. Pause training first: a model that is still changing cannot be "
                    "compared."))
        self.button.clicked.connect(self._on_button_clicked)
        self.results_label = QLabel("")
        self.results_label.setWordWrap(True)
        self.results_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.results_label)

    def is_exporting(self) -> bool:
        """True from the start of an export until its last format is done."""
        return self._runs.is_running()

    def export_to(self, directory: str | Path) -> bool:
        """Start exporting the model into ``directory`` (an existing folder).

        Returns:
            True if the export started; otherwise a message says why not.
        """
        if self.is_exporting():
            return False
        if not Path(directory).is_dir():
            self.message.emit(self.tr("{directory} is not a folder; choose an existing folder "
                                      "to export the model into.").format(directory=directory),
                              "error")
            return False
        model = self._request_model()
        if model is None:
            return False
        weights, model_spec, inputs, live_logits = model
        self._num_points = len(inputs)
        self.results = []
        self.results_label.setText(self.tr("Exporting: .keras, SavedModel, TF Lite…"))
        self._runs.start(lambda: export_model(weights, model_spec, inputs, live_logits,
                                              directory))
        self.busy_changed.emit(True)
        return True

    def forget_results(self, training: bool = True) -> None:
        """Training changes the model: the last export's figures no longer describe it
        (the log keeps them)."""
        if training and not self.is_exporting():
            self.results = []
            self.results_label.clear()

    def shutdown(self) -> None:
        """Stop the export after the format being written (bounded wait) and drop the rest."""
        self._runs.stop(drain=False, timeout_ms=SHUTDOWN_TIMEOUT_MS)

    def _on_runs_produced(self, result: ExportResult) -> None:
        self.results.append(result)
        self.results_label.setText("\n".join(
            self.tr("{format}: max |Δ logit| = {difference} ({size} KiB, {seconds} s)").format(
                format=format_name(r.format), difference=f"{r.max_abs_difference:.2g}",
                size=f"{r.size_bytes / 1024:,.0f}", seconds=f"{r.seconds:.1f}")
            for r in self.results))
        self.logged.emit(
            self.tr("Saved {format} to {path}; predictions on the {count} points differ from "
                    "the live model by at most {difference}. Load it with:").format(
                format=format_name(result.format), path=result.path, count=self._num_points,
                difference=f"{result.max_abs_difference:.3g}") + f"\n{result.load_code}")

    def _on_runs_failed(self, message: str) -> None:
        self.message.emit(tensorflow_failure_text(
            self.tr("The export stopped with an error; the copies already saved are kept."),
            message), "error")

    def _on_runs_finished(self, completed: bool) -> None:
        self.busy_changed.emit(False)
        if completed and len(self.results) == len(EXPORT_FORMATS):
            worst = max(r.max_abs_difference for r in self.results)
            self.message.emit(self.tr("Exported the model three ways; every copy's predictions "
                                      "match the live model's exactly.") if worst == 0 else
                              self.tr("Exported the model three ways; every copy's predictions "
                                      "match the live model's to within {difference}.").format(
                                  difference=f"{worst:.2g}"), "info")

    def _on_button_clicked(self) -> None:
        directory = ask_directory(self, self.tr("Export the model into a folder"))
        if directory:
            self.export_to(directory)
