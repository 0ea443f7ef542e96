"""A splitter whose panes keep their shares of its length until the student drags it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class ShareSplitter(QSplitter):
    """A ``QSplitter`` that gives its panes fixed shares of its length at every size, each
    at least its minimum, until the student drags a handle; from then on the panes keep
    the sizes the student chose, as in any ``QSplitter``.

    A plain ``QSplitter`` keeps the pixel sizes of its first layout, made at whatever size
    the window had while it was built; a small screen then took its room from the pane
    that had the most to spare in pixels, not from the one with the largest share.

    Args:
        orientation: ``Qt.Orientation.Vertical`` or ``Horizontal``.
        shares: each pane's share of the length, in the order the panes are added
            (they are normalised, so ``(3, 1)`` means three quarters and one quarter).
        parent: the Qt parent widget.
    """

    def __init__(self, orientation: Qt.Orientation, shares: Sequence[float],
                 parent: QWidget | None = None):
        super().__init__(orientation, parent)
        total = sum(shares)
        self._shares: tuple[float, ...] | None = tuple(share / total for share in shares)
        self.splitterMoved.connect(self._on_splitter_moved)

    def keeps_shares(self) -> bool:
        """True until the student drags a handle."""
        return self._shares is not None

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._shares = None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._shares is not None and self.count() == len(self._shares):
            length = sum(self.sizes())
            self.setSizes([round(length * share) for share in self._shares])
