"""Matplotlib's navigation tool bar with its words in the interface's language.

Matplotlib writes its tool bar's names and tool tips in English only; this subclass hands
it the same tools with the texts passed through ``tr()``. Importing this module imports
Matplotlib: a panel imports it where it builds its canvases (``_build_deferred``).
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import NavigationToolbar2QT
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize

from tfintro_gui.core.files import write_atomically
from tfintro_gui.ui.widgets.file_dialogs import ask_save_path, write_with_message
from tfintro_gui.ui.widgets.message_bar import MessageBar, find_message_bar

#: The icons of a compact tool bar (the style's tool bar icons are 24 px): 4 px less height.
COMPACT_ICON_SIZE = QSize(20, 20)

# Names and tool tips of NavigationToolbar2QT.toolitems, by the method each tool calls.
_TOOL_TEXTS = {
    "home": (QT_TRANSLATE_NOOP("PlotToolbar", "Home"),
             QT_TRANSLATE_NOOP("PlotToolbar", "Reset original view")),
    "back": (QT_TRANSLATE_NOOP("PlotToolbar", "Back"),
             QT_TRANSLATE_NOOP("PlotToolbar", "Back to previous view")),
    "forward": (QT_TRANSLATE_NOOP("PlotToolbar", "Forward"),
                QT_TRANSLATE_NOOP("PlotToolbar", "Forward to next view")),
    "pan": (QT_TRANSLATE_NOOP("PlotToolbar", "Pan"),
            QT_TRANSLATE_NOOP("PlotToolbar", "Left button pans, right button zooms\n"
                                             "x/y fixes the axis, Ctrl fixes the aspect")),
    "zoom": (QT_TRANSLATE_NOOP("PlotToolbar", "Zoom"),
             QT_TRANSLATE_NOOP("PlotToolbar", "Zoom to a rectangle\nx/y fixes the axis")),
    "configure_subplots": (QT_TRANSLATE_NOOP("PlotToolbar", "Subplots"),
                           QT_TRANSLATE_NOOP("PlotToolbar", "Configure the subplots' margins")),
    "edit_parameters": (QT_TRANSLATE_NOOP("PlotToolbar", "Customize"),
                        QT_TRANSLATE_NOOP("PlotToolbar",
                                          "Edit the axes, curves and image parameters")),
    "save_figure": (QT_TRANSLATE_NOOP("PlotToolbar", "Save"),
                    QT_TRANSLATE_NOOP("PlotToolbar", "Save the figure")),
}


def _translated_tool_items(leave_out) -> list[tuple]:
    items = []
    for name, tooltip, icon, method in NavigationToolbar2QT.toolitems:
        if method in leave_out:
            continue
        if method in _TOOL_TEXTS:
            name, tooltip = (QCoreApplication.translate("PlotToolbar", text)
                             for text in _TOOL_TEXTS[method])
        items.append((name, tooltip, icon, method))
    return items


class PlotToolbar(NavigationToolbar2QT):
    """``NavigationToolbar2QT`` for ``canvas`` with translated names and tool tips, whose
    Save writes through the lab's atomic writer and says how it went in the message bar.

    Args:
        canvas: the ``FigureCanvasQTAgg`` it navigates.
        parent: the Qt parent widget.
        coordinates: show the pointer's data coordinates at the right end.
        leave_out: more tools not offered, by the method they call (``"save_figure"``).
        compact: icons of :data:`COMPACT_ICON_SIZE` instead of Matplotlib's 24 px, for a
            figure that needs every pixel of height on a 720-pixel screen.
            Subplots and Customize are never offered: the lab's figures lay themselves
            out (constrained layout), and Matplotlib's subplot tool raises on a figure
            with a colour bar.
    """

    def __init__(self, canvas, parent=None, coordinates: bool = True, leave_out=(),
                 compact: bool = False):
        # Read by NavigationToolbar2QT.__init__: an instance attribute shadows the class's.
        self.toolitems = _translated_tool_items(
            {"configure_subplots", "edit_parameters", *leave_out})
        super().__init__(canvas, parent, coordinates)
        if compact:
            self.setIconSize(COMPACT_ICON_SIZE)

    def save_figure(self, *args) -> str | None:
        """Save the figure as PNG, SVG or PDF (by the chosen name's suffix), atomically.

        Returns:
            The path written, or None if cancelled or refused (the message bar says why).
        """
        path = ask_save_path(self, self.tr("Save the figure"), "figure.png",
                             self.tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"))
        if not path:
            return None
        bar = find_message_bar(self) or MessageBar()
        written = write_with_message(
            bar, lambda target: write_atomically(
                target, lambda temporary: self.canvas.figure.savefig(temporary)),
            path, self.tr("Saved the figure to {path}."))
        return path if written else None
