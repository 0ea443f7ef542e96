"""A Matplotlib canvas for Qt that redraws only its changing artists (blitting).

The pattern is Matplotlib's own ("Faster rendering by using blitting"): artists that
change every frame are marked animated and left out of the full draw; the rest is cached
as a background, re-captured on every ``draw_event`` (resize, zoom, new limits).
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from tfintro_gui.ui.i18n import use_cjk_font_in_matplotlib


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
        self._background = None
        self.mpl_connect("draw_event", self._on_draw)

    def add_animated(self, *artists) -> None:
        """Mark ``artists`` as changing every frame; :meth:`update_animated` redraws them."""
        for artist in artists:
            artist.set_animated(True)
            self._animated.append(artist)

    def _on_draw(self, event) -> None:
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._draw_animated()

    def _draw_animated(self) -> None:
        for artist in self._animated:
            self.figure.draw_artist(artist)

    def update_animated(self) -> None:
        """Redraw the animated artists over the cached background and show the result."""
        if self._background is None:
            self.draw_idle()
            return
        self.restore_region(self._background)
        self._draw_animated()
        self.blit(self.figure.bbox)
