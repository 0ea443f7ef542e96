"""Projector mode: one zoom factor for the fonts of the controls, the lessons and the plots.

The zoom is the application font's size relative to the platform's: widgets follow it
through Qt's font propagation (a widget that needs its own font sets only what differs,
e.g. :func:`fixed_pitch_font`'s family, and keeps following the size); the lesson pane
re-renders at the new size; every :class:`~tfintro_gui.ui.widgets.mpl_canvas.MplCanvas`
scales its figure (see ``MplCanvas.set_zoom``) when :func:`zoom_notifier` says so.

Nothing here imports Matplotlib: the zoom is applied before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from tfintro_gui.ui.settings_values import read_float

#: The zoom steps of View → Zoom in / Zoom out (1.0 = the platform's font size).
ZOOM_LEVELS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_LEVELS[0], ZOOM_LEVELS[-1]
SETTINGS_KEY = "view/zoom"


class ZoomNotifier(QObject):
    """Emits ``changed(factor)`` after the zoom changed (the application font is set)."""

    changed = Signal(float)


_notifier: ZoomNotifier | None = None
_factor = 1.0
_base_font: QFont | None = None


def zoom_notifier() -> ZoomNotifier:
    """The one object whose ``changed(float)`` signal announces a new zoom factor."""
    global _notifier
    if _notifier is None:
        _notifier = ZoomNotifier()
    return _notifier


def zoom_factor() -> float:
    """The zoom in force: 1.0 is the platform's font size, 1.5 half as big again."""
    return _factor


def set_zoom(factor: float) -> float:
    """Scale the application font (hence every widget and the lessons) and the plots.

    Args:
        factor: the wanted zoom; clamped to ``[MIN_ZOOM, MAX_ZOOM]``.

    Returns:
        The zoom in force now.
    """
    global _factor, _base_font
    factor = min(max(float(factor), MIN_ZOOM), MAX_ZOOM)
    if _base_font is None:
        _base_font = QFont(QGuiApplication.font())
    if factor == _factor:
        return _factor
    _factor = factor
    font = QFont(_base_font)
    if _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * factor)
    else:  # a platform font given in pixels
        font.setPixelSize(max(1, round(_base_font.pixelSize() * factor)))
    QGuiApplication.setFont(font)
    zoom_notifier().changed.emit(factor)
    return factor


def next_zoom(direction: int, factor: float | None = None) -> float:
    """The zoom level after ``factor`` (default: the one in force) in ``direction``.

    Args:
        direction: +1 for Zoom in, -1 for Zoom out, 0 for Reset (1.0).
        factor: the zoom to step from.

    Returns:
        The next of :data:`ZOOM_LEVELS` up or down; the end level at either end.
    """
    factor = zoom_factor() if factor is None else factor
    if direction > 0:
        return next((level for level in ZOOM_LEVELS if level > factor + 1e-9), MAX_ZOOM)
    if direction < 0:
        return next((level for level in reversed(ZOOM_LEVELS) if level < factor - 1e-9),
                    MIN_ZOOM)
    return 1.0


class _ZoomedMinimum(QObject):
    """Keeps its parent widget's minimum size at a size at 100 % times the zoom."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.size = (0, 0)
        zoom_notifier().changed.connect(self.apply)

    def apply(self) -> None:
        width, height = self.size
        self.parent().setMinimumSize(round(width * _factor), round(height * _factor))


def set_zoomed_minimum_size(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` a minimum size of ``width`` × ``height`` pixels at 100 %, times the
    zoom in force, now and after every zoom change.

    For a plot (or what holds one): its titles, labels and ticks grow with the zoom, and
    at a fixed minimum they would squeeze its axes to nothing on a small screen; the panel
    scrolls instead. Calling it again replaces the size.
    """
    keeper = widget.findChild(_ZoomedMinimum, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        keeper = _ZoomedMinimum(widget)
    keeper.size = (width, height)
    keeper.apply()


def saved_zoom(settings: QSettings) -> float:
    """The zoom saved with View → Zoom; 1.0 when none was or the value is not valid."""
    return read_float(settings, SETTINGS_KEY, 1.0, MIN_ZOOM, MAX_ZOOM)


def fixed_pitch_font() -> QFont:
    """The system's fixed-pitch family for code, with no size of its own.

    Set on a widget, only the family is the widget's own: the size still follows the
    application font, hence the zoom (``QFontDatabase.systemFont(FixedFont)`` would fix
    the size too).
    """
    font = QFont()
    font.setFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font
