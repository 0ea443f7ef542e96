"""Devices panel: what TensorFlow sees on this computer, why, and how fast (wiring only).

Each click calls one method of the core's :class:`~tfintro_gui.core.devices.lab.DevicesLab`
and hands its result to a view; a refusal comes back as a
:class:`~tfintro_gui.core.devices.texts.DevicesInputError` and is worded in the message
bar. The benchmark runs through a :class:`~tfintro_gui.ui.run_controller.RunController`
(Cancel drops the progress still queued). The Matplotlib plots are built in
:meth:`_build_deferred`, so importing this module does not import Matplotlib.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from tfintro_gui.core.device_setup import device_options
from tfintro_gui.core.devices.benchmark import benchmark_code
from tfintro_gui.core.devices.demos import MirroredSumResult, PlacementResult
from tfintro_gui.core.devices.facts import DeviceFacts
from tfintro_gui.core.devices.lab import DevicesLab, demo_program
from tfintro_gui.core.devices.matmul import MatmulTiming
from tfintro_gui.core.devices.texts import DevicesInputError
from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.core.runtime import versions
from tfintro_gui.ui.devices.benchmark_box import CANCEL_KEY, RUN_KEY, BenchmarkBox
from tfintro_gui.ui.devices.distribution import DistributionBox
from tfintro_gui.ui.devices.placement_box import PlacementBox
from tfintro_gui.ui.devices.report_view import ReportBox
from tfintro_gui.ui.devices.report_words import TranslatedReportWords
from tfintro_gui.ui.devices.settings import save_device_options, saved_device_options
from tfintro_gui.ui.devices.setup_box import DeviceSetupBox
from tfintro_gui.ui.devices.tabs import DevicesTabs
from tfintro_gui.ui.devices.texts import word, word_error
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.run_controller import RunController
from tfintro_gui.ui.widgets.controls_column import controls_column
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message

#: The sizes ``--screenshot`` times (about a second on a laptop CPU).
SCREENSHOT_SIZES = "128, 256, 512, 1024"
#: The control column's width, in pixels.
COLUMN_WIDTH = 340


class DevicesPanel(Panel):
    """Versions, devices, why there is no GPU, a matmul benchmark, placement and a
    ``MirroredStrategy`` over logical CPUs, and a Markdown report of it all."""

    title = "Devices"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lab = DevicesLab()
        self.controller = RunController(self)
        self._run_started = 0.0
        self._cancelled = False
        self._on_run_finished: Callable[[], None] | None = None
        self._build_views()
        self._connect_views()
        self.requires_tensorflow(
            self.benchmark_box.run_button, self.placement_box.run_button,
            self.distribution_box.run_button, self.setup_box.apply_now_button,
            self.report_box.refresh_button, self.report_box.copy_button,
            self.report_box.save_button)
        self.setup_box.set_options(saved_device_options())
        self._update_setup_state()
        self.update_controls()
        self.loading_message = self.tr("Loading TensorFlow… The devices, benchmark and demos "
                                       "are ready once it is.")
        self.show_waiting_message()

    # -- construction ---------------------------------------------------------------------
    def _build_views(self) -> None:
        self.benchmark_box = BenchmarkBox()
        self.placement_box = PlacementBox()
        self.setup_box = DeviceSetupBox()
        self.distribution_box = DistributionBox()
        self.report_box = ReportBox()
        self.tabs = DevicesTabs(self)
        self.facts_view, self.benchmark_view = self.tabs.facts_view, self.tabs.benchmark_view
        self.versions_view, self.replicas_view = self.tabs.versions_view, self.tabs.replicas_view
        self.code_view, self.report_view = self.tabs.code_view, self.tabs.report_view
        column = controls_column((self.benchmark_box, self.placement_box, self.setup_box,
                                  self.distribution_box, self.report_box), COLUMN_WIDTH, self)
        right = QVBoxLayout()
        right.addWidget(self.message_bar)
        right.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)
        layout.addLayout(right, 1)

    def _connect_views(self) -> None:
        self.benchmark_box.run_requested.connect(self._on_run_requested)
        self.benchmark_box.cancel_requested.connect(self._on_cancel_requested)
        self._shortcuts = []
        for key, slot in ((RUN_KEY, self._on_run_requested),
                          (CANCEL_KEY, self._on_cancel_requested)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self.controller.frame.connect(self._on_controller_frame)
        self.controller.failed.connect(self._on_controller_failed)
        self.controller.finished.connect(self._on_controller_finished)
        self.placement_box.run_requested.connect(self._on_placement_requested)
        self.distribution_box.run_requested.connect(self._on_distribution_requested)
        self.setup_box.preferred_changed.connect(self._on_preferred_changed)
        self.setup_box.next_start_changed.connect(self._on_next_start_changed)
        self.setup_box.apply_requested.connect(self._on_apply_requested)
        self.report_box.refresh_requested.connect(self._refresh_facts)
        self.report_box.copy_requested.connect(self._on_copy_requested)
        self.report_box.save_requested.connect(self._on_save_requested)

    def _build_deferred(self) -> None:
        # Reading the packages' metadata waits until the controls are on the screen.
        if self.lab.facts is None:
            self.versions_view.show_versions(versions(), None)
        self.benchmark_view.build_plots()

    # -- Panel interface ------------------------------------------------------------------
    def on_tensorflow_ready(self, info: dict) -> None:
        self._refresh_facts()

    def on_tensorflow_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so no device can be listed or timed.")
            + f"\n{message}", "error")
        self.facts_view.show_unknown()

    def update_controls(self) -> None:
        ready = self.tensorflow_is_ready() and self.lab.facts is not None
        running = self.controller.is_running()
        self.benchmark_box.set_state(ready, running)
        for button in (self.placement_box.run_button, self.distribution_box.run_button,
                       self.setup_box.apply_now_button):
            button.setEnabled(ready and not running)
        self.report_box.set_state(ready, running)

    def shutdown(self) -> None:
        self.controller.stop(drain=False)

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        if not self.tensorflow_is_ready():
            on_ready()
            return
        self._on_placement_requested()  # TensorFlow chooses the device
        self.benchmark_box.sizes_input.setText(SCREENSHOT_SIZES)
        self._on_run_finished = on_ready
        self._on_run_requested()
        if not self.is_running():  # the run could not start; its message is shown
            self._finish_run_callback()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """The device listing, then the placement and distribution demos run here."""
        return self.lab.notebook_cells()

    # -- state ----------------------------------------------------------------------------
    @property
    def facts(self) -> DeviceFacts | None:
        """What TensorFlow reported at the last refresh; None before it is loaded."""
        return self.lab.facts

    @property
    def timings(self) -> tuple[MatmulTiming, ...]:
        """The benchmark timings shown now."""
        return self.lab.timings

    @property
    def placement(self) -> PlacementResult | None:
        """The last placement demo."""
        return self.lab.placement

    @property
    def distribution(self) -> MirroredSumResult | None:
        """The last MirroredStrategy demo."""
        return self.lab.distribution

    @property
    def plots(self):
        """The benchmark's Matplotlib plots; None until the deferred build."""
        return self.benchmark_view.plots

    def is_running(self) -> bool:
        """True from Run until the run's end is handled here."""
        return self.controller.is_running()

    def report_text(self) -> str:
        """The Markdown report of everything shown; empty before TensorFlow is loaded."""
        return self.lab.report(extra_versions={"qt": qVersion()},
                               words=TranslatedReportWords())

    def save_report(self, path: str | Path) -> bool:
        """Write the report to ``path`` (UTF-8, atomically); a failure is shown in the
        message bar and leaves any old file as it was.

        Returns:
            True if the file was written.
        """
        text = self.report_text()
        return write_with_message(self.message_bar,
                                  lambda target: write_text_atomically(target, text), path,
                                  self.tr("Report saved to {path}."))

    # -- benchmark ------------------------------------------------------------------------
    def _on_run_requested(self) -> None:
        if not self.benchmark_box.run_button.isEnabled():
            return
        settings = self.benchmark_box.settings()
        try:
            benchmark = self.lab.benchmark(settings.sizes, settings.repeats,
                                           settings.include_numpy)
        except DevicesInputError as error:
            self._refuse(word_error(error), self.tr("Nothing was run; the results shown are "
                                                    "kept."))
            return
        self.message_bar.clear()
        self.lab.set_timings(())
        self.benchmark_view.set_running(True)
        self.benchmark_view.clear()
        self.benchmark_view.show_threads(self.lab.thread_counts())
        self.benchmark_box.show_starting()
        self.code_view.set_code(benchmark_code(benchmark.devices, benchmark.sizes,
                                               benchmark.repeats))
        self.tabs.setCurrentWidget(self.benchmark_view)
        self._cancelled = False
        self._run_started = time.perf_counter()
        self.controller.start(benchmark.run)
        self.update_controls()

    def _on_cancel_requested(self) -> None:
        if self.is_running():
            self._cancelled = True
            self.controller.stop(drain=False)

    def _on_controller_frame(self, progress) -> None:
        self.benchmark_box.show_progress(progress)
        if len(progress.timings) != len(self.lab.timings):
            self.lab.set_timings(progress.timings)
            self.benchmark_view.show_timings(progress.timings)

    def _on_controller_failed(self, message: str) -> None:
        self.message_bar.show_message(
            self.tr("The benchmark stopped with an error: {message}").format(message=message),
            "error")
        self.benchmark_box.show_failed()

    def _on_controller_finished(self, completed: bool) -> None:
        self.benchmark_view.set_running(False)
        if completed:
            self.benchmark_box.show_done(len(self.lab.timings),
                                         time.perf_counter() - self._run_started)
        elif self._cancelled:
            self.benchmark_box.show_cancelled(len(self.lab.timings))
        self.update_controls()
        self._update_report()
        self._finish_run_callback()

    def _finish_run_callback(self) -> None:
        if self._on_run_finished is not None:
            callback, self._on_run_finished = self._on_run_finished, None
            callback()

    # -- demos ----------------------------------------------------------------------------
    def _on_placement_requested(self) -> None:
        try:
            result = self.lab.place(self.placement_box.requested())
        except DevicesInputError as error:
            self._refuse(word_error(error), self.tr("Nothing was run."))
            return
        self.message_bar.clear()
        self.placement_box.show_result(result)
        self.code_view.set_code(demo_program(result))
        self._update_report()

    def _on_distribution_requested(self) -> None:
        if not self.distribution_box.run_button.isEnabled():
            return
        try:
            result = self.lab.distribute(self.distribution_box.values())
        except DevicesInputError as error:
            self._refuse(word_error(error), self.tr("Nothing was run."))
            return
        self.message_bar.clear()
        self.distribution_box.show_result(result)
        self.replicas_view.show_result(result)
        self.code_view.set_code(demo_program(result))
        self.tabs.setCurrentWidget(self.replicas_view)
        self._update_report()

    def _refuse(self, reason: str, consequence: str) -> None:
        self.message_bar.show_message(f"{reason}\n{consequence}", "error")

    # -- device set-up --------------------------------------------------------------------
    def _on_preferred_changed(self) -> None:
        choices = self.setup_box.options()
        save_device_options(choices)
        try:
            self.lab.prefer_device(choices)
        except (TypeError, ValueError) as error:
            self.message_bar.show_message(str(error), "error")
            return
        if self.lab.facts is not None:
            self._refresh_facts()
            self.message_bar.show_message(
                self.tr("The lab now computes on {device}. The classifier uses it for its next "
                        "model (Regenerate data there), and at every start.").format(
                    device=self.lab.facts.default_device), "info")

    def _on_next_start_changed(self) -> None:
        save_device_options(self.setup_box.options())
        self._update_setup_state()

    def _on_apply_requested(self) -> None:
        choices = self.setup_box.options()
        if choices.num_cpu_logical_devices == 1 and not choices.gpu_memory_growth:
            self.message_bar.show_message(
                self.tr("Nothing to apply: choose 2 to 4 logical CPUs or GPU memory growth "
                        "first."), "info")
            return
        notes = self.lab.apply_now(choices)
        worded = "\n".join(word(note) for note in notes)
        if any(note.restart_needed for note in notes):
            self.message_bar.show_message(
                self.tr("Restart needed. TensorFlow configures devices only before its runtime "
                        "starts, and it has started (it listed its devices).")
                + f"\n{worded}\n"
                + self.tr("The choice is saved and applied at the next start of the lab."),
                "warning")
        else:
            self.message_bar.show_message(worded, "info")
            self._refresh_facts()

    def _update_setup_state(self) -> None:
        facts = self.lab.facts
        cpus = (sum(1 for entry in facts.logical_devices if entry.device_type == "CPU")
                if facts is not None else None)
        self.setup_box.show_state(device_options(), cpus)

    # -- facts and report -----------------------------------------------------------------
    def _refresh_facts(self) -> None:
        try:
            facts = self.lab.refresh()
        except Exception as error:  # TensorFlow's own failures are shown, never a crash
            self.message_bar.show_message(
                self.tr("TensorFlow could not list its devices: {error}").format(
                    error=f"{type(error).__name__}: {error}"), "error")
            return
        names = [entry.short_name for entry in facts.logical_devices]
        self.facts_view.show_facts(facts)
        self.versions_view.show_versions(versions(), facts)
        self.setup_box.set_device_choices(names)
        self.placement_box.set_device_choices(names)
        self.benchmark_box.set_devices(self.lab.benchmark_devices())
        self._update_setup_state()
        self._update_report()
        self.update_controls()

    def _update_report(self) -> None:
        self.report_view.setPlainText(self.report_text())

    def _on_copy_requested(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.message_bar.show_message(self.tr("The report is on the clipboard (Markdown)."),
                                      "info")

    def _on_save_requested(self) -> None:
        path = ask_save_path(self, self.tr("Save report"), "tfintro-devices.md",
                             self.tr("Markdown (*.md)"))
        if path:
            self.save_report(path)
