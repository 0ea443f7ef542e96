"""Matplotlib's navigation tool bar with its words in the interface's language.

Matplotlib writes its tool bar's names and tool tips in English only; this subclass hands
it the same tools with the texts passed through ``tr()``. Importing this module imports
Matplotlib: a panel imports it where it builds its canvases (``_build_deferred``).
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import NavigationToolbar2QT
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def _translated_tool_items() -> list[tuple]:
    items = []
    for name, tooltip, icon, method in NavigationToolbar2QT.toolitems:
        if method in _TOOL_TEXTS:
            name, tooltip = (QCoreApplication.translate("PlotToolbar", text)
                             for text in _TOOL_TEXTS[method])
        items.append((name, tooltip, icon, method))
    return items


class PlotToolbar(NavigationToolbar2QT):
    """``NavigationToolbar2QT`` for ``canvas`` with translated names and tool tips.

    Args:
        canvas: the ``FigureCanvasQTAgg`` it navigates.
        parent: the Qt parent widget.
        coordinates: show the pointer's data coordinates at the right end.
    """

    def __init__(self, canvas, parent=None, coordinates: bool = True):
        # Read by NavigationToolbar2QT.__init__: an instance attribute shadows the class's.
        self.toolitems = _translated_tool_items()
        super().__init__(canvas, parent, coordinates)
