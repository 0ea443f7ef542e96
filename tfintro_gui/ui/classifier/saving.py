"""Saving from the Classifier panel: the figure as an image, the history as CSV.

Both go through :func:`~tfintro_gui.ui.widgets.file_dialogs.write_with_message` (one place
for the messages) and an atomic writer (a failed write leaves the old file as it was).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from tfintro_gui.core.classifier.events import Notice
from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.ui.classifier.figures import FigureArea
from tfintro_gui.ui.classifier.log_tabs import LogTabs
from tfintro_gui.ui.classifier.texts import notice_text
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar


class SaveActions(QObject):
    """What the "Save plots…" and "Save history CSV…" buttons do.

    Args:
        lab: the model whose history is saved.
        figures: the figure saved; built on demand by ``build_figures``.
        log_tabs: where the buttons are.
        message_bar: where the outcome is said.
        build_figures: makes the figures if they are not built yet.
        parent: the panel.
    """

    def __init__(self, lab: ClassifierLab, figures: FigureArea, log_tabs: LogTabs,
                 message_bar: MessageBar, build_figures: Callable[[], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._lab = lab
        self._figures = figures
        self._log_tabs = log_tabs
        self._message_bar = message_bar
        self._build_figures = build_figures
        log_tabs.save_plots_clicked.connect(self._on_log_tabs_save_plots_clicked)
        log_tabs.save_history_clicked.connect(self._on_log_tabs_save_history_clicked)

    def save_plots(self, path: str | Path) -> bool:
        """Save the figure (PNG, SVG or PDF by extension); a message says how it went."""
        self._build_figures()
        return write_with_message(self._message_bar, self._figures.plots.save, path,
                                  self.tr("Saved the plots to {path}."))

    def _say_if_no_history(self) -> bool:
        """True (and a message) when nothing was trained yet."""
        if self._lab.trainer is not None and len(self._lab.history) > 0:
            return False
        self._message_bar.show_message(notice_text(Notice("no_history")), "warning")
        return True

    def save_history(self, path: str | Path) -> bool:
        """Save the recorded steps as CSV; a message says how it went."""
        history = self._lab.history
        if self._say_if_no_history():
            return False
        if history.stride > 1:
            text = self.tr("Saved {count} steps (one in {stride} of {total} steps) to "
                           "{path}.").format(count=len(history), stride=history.stride,
                                             total=history.num_steps, path="{path}")
        else:
            text = self.tr("Saved {count} steps to {path}.").format(count=len(history),
                                                                     path="{path}")
        return write_with_message(self._message_bar, self._lab.write_history, path, text)

    def _on_log_tabs_save_plots_clicked(self) -> None:
        path = ask_save_path(self._log_tabs, self.tr("Save plots"), "classifier.png",
                             self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path:
            self.save_plots(path)

    def _on_log_tabs_save_history_clicked(self) -> None:
        if self._say_if_no_history():
            return
        path = ask_save_path(self._log_tabs, self.tr("Save history"), "history.csv",
                             self.tr("CSV files (*.csv)"))
        if path:
            self.save_history(path)
