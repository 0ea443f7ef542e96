"""A Matplotlib canvas for Qt that redraws only its changing artists (blitting).

The pattern is Matplotlib's own ("Faster rendering by using blitting"): artists that
change every frame are marked animated and left out of the full draw; the rest is cached
as a background, re-captured on every ``draw_event`` (resize, zoom, new limits).
Animated artists that are slow to draw and need not follow every frame (an image that
Matplotlib resamples to the screen) can be a *slow layer*: drawn over the background and
cached with it, then redrawn only when :meth:`MplCanvas.update_animated` is told to.

Every canvas follows View → Zoom (:mod:`tfintro_gui.ui.zoom`): :meth:`MplCanvas.set_zoom`
raises the figure's resolution by the zoom factor and keeps its size in pixels, so every
text (titles, labels, ticks, legends, also those made later), line and marker is drawn
that much bigger, as the controls' fonts are. A new canvas starts at the zoom in force.
"""

from __future__ import annotations

import shiboken6
from matplotlib.backend_bases import ResizeEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from tfintro_gui.ui.i18n import use_cjk_font_in_matplotlib
from tfintro_gui.ui.zoom import zoom_factor, zoom_notifier


class MplCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg(Figure())`` with a list of animated artists.

    Args:
        figsize: figure size in inches.
        parent: the Qt parent widget.
    """

    def __init__(self, figsize=(8.0, 5.0), parent=None):
        use_cjk_font_in_matplotlib()
        super().__init__(Figure(figsize=figsize, layout="constrained"))
        self.setParent(parent)
        self._animated = []
        self._slow_animated = []
        self._background = None
        self._background_with_slow = None
        self._base_dpi = float(self.figure.dpi)
        self._zoom = 1.0
        self.mpl_connect("draw_event", self._on_draw)
        self.set_zoom(zoom_factor())
        zoom_notifier().changed.connect(self.set_zoom)

    def zoom(self) -> float:
        """The zoom factor the figure is drawn at (1.0 = Matplotlib's size)."""
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        """Draw the figure's texts, lines and markers ``factor`` times Matplotlib's size.

        The figure's dots per inch become ``factor`` times their first value (times the
        screen's pixel ratio, as Matplotlib's Qt backend does), its size in inches is
        recomputed from the widget's size in pixels, listeners of ``"resize_event"`` are
        told, and the canvas redraws.
        """
        factor = float(factor)
        if factor == self._zoom or not shiboken6.isValid(self):  # Qt deleted the widget
            return
        self._zoom = factor
        # Matplotlib's backends multiply _original_dpi by the screen's pixel ratio when the
        # window moves to another screen; keep the zoom in it so that it survives the move.
        self.figure._original_dpi = self._base_dpi * factor
        dpi = self.figure._original_dpi * self.device_pixel_ratio
        self.figure.set_dpi(dpi)
        if self.width() > 0 and self.height() > 0:
            ratio = self.device_pixel_ratio
            self.figure.set_size_inches(self.width() * ratio / dpi,
                                        self.height() * ratio / dpi, forward=False)
        # The figure's size in inches changed, as in a resize: what fits itself to the
        # canvas (a graph's boxes, a legend's columns) fits again at the new text size.
        self.callbacks.process("resize_event", ResizeEvent("resize_event", self))
        self.draw_idle()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """No figure of the lab uses the wheel: it scrolls what holds the canvas (a zoomed
        panel, a scrolling page) instead of going to Matplotlib as a ``scroll_event``."""
        event.ignore()

    def add_animated(self, *artists, slow: bool = False) -> None:
        """Mark ``artists`` as changing; :meth:`update_animated` redraws them, every time,
        or (``slow``) only when it is asked to redraw the slow layer. Slow artists lie
        under the others."""
        for artist in artists:
            artist.set_animated(True)
            (self._slow_animated if slow else self._animated).append(artist)

    def _on_draw(self, event) -> None:
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._background_with_slow = None
        self._draw_animated()

    def _draw_animated(self) -> None:
        """Draw the slow layer (unless its drawing is cached) then the other artists, over
        the background already on the canvas."""
        if self._background_with_slow is None:
            for artist in self._slow_animated:
                self.figure.draw_artist(artist)
            self._background_with_slow = (self.copy_from_bbox(self.figure.bbox)
                                          if self._slow_animated else None)
        for artist in self._animated:
            self.figure.draw_artist(artist)

    def update_animated(self, redraw_slow: bool = True) -> None:
        """Redraw the animated artists over the cached background and show the result.

        Args:
            redraw_slow: also redraw the slow layer; False reuses its last drawing.
        """
        if self._background is None:
            self.draw_idle()
            return
        if redraw_slow:
            self._background_with_slow = None
        cached = self._background_with_slow
        self.restore_region(self._background if cached is None else cached)
        self._draw_animated()
        self.blit(self.figure.bbox)
