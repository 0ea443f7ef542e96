"""Where the main window opens and how big: from the screen it opens on, never larger.

A first start fills most of a large screen and is maximised on a small one (1366×768,
1280×720); a remembered geometry is restored only if it is valid, then moved and shrunk
into the screen's available area (screens change between starts: a projector, a smaller
laptop).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QMainWindow

#: A screen whose available area is narrower or lower than this (pixels) is small: the
#: window starts maximised there.
SMALL_SCREEN = QSize(1440, 860)
#: The share of a large screen's available width and height a first start takes.
FIRST_START_SHARE = 0.85
#: The smallest first-start size on a large screen, in pixels.
FIRST_START_MINIMUM = QSize(1280, 800)


@dataclass(frozen=True)
class Placement:
    """Where a window goes.

    Attributes:
        rect: the window's geometry (without the frame), in screen coordinates.
        maximised: show it maximised (``rect`` is then its size when restored).
    """

    rect: QRect
    maximised: bool


def first_start_placement(available: QRect) -> Placement:
    """The window's place on a first start, given the screen's available area.

    Small screens (below :data:`SMALL_SCREEN` either way) get the whole area, maximised;
    larger ones :data:`FIRST_START_SHARE` of it (at least :data:`FIRST_START_MINIMUM`),
    centred.

    Args:
        available: ``QScreen.availableGeometry()`` (without task bars and docks).

    Returns:
        The :class:`Placement`; its rectangle never exceeds ``available``.
    """
    if (available.width() < SMALL_SCREEN.width()
            or available.height() < SMALL_SCREEN.height()):
        return Placement(QRect(available), True)
    size = QSize(max(round(available.width() * FIRST_START_SHARE), FIRST_START_MINIMUM.width()),
                 max(round(available.height() * FIRST_START_SHARE),
                     FIRST_START_MINIMUM.height())).boundedTo(available.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return Placement(rect, False)


def fit_into(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to ``available``'s size if larger, then moved inside it."""
    size = rect.size().boundedTo(available.size())
    x = min(max(rect.x(), available.left()), available.right() + 1 - size.width())
    y = min(max(rect.y(), available.top()), available.bottom() + 1 - size.height())
    return QRect(x, y, size.width(), size.height())


class WindowGeometry:
    """Places ``window`` on its screen: the remembered geometry, else a first start.

    Args:
        window: the main window, not shown yet.
    """

    def __init__(self, window: QMainWindow):
        self._window = window
        self._maximise_at: QSize | None = None

    def available(self) -> QRect:
        """The available area of the window's screen (a 1280×800 area when none)."""
        screen = self._window.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)

    def place(self, saved: QByteArray | None) -> bool:
        """Restore ``saved`` (from ``saveGeometry``) fitted into the screen, or place the
        window as on a first start.

        Returns:
            True if ``saved`` was valid and restored.
        """
        available = self.available()
        restored = saved is not None and self._window.restoreGeometry(saved)
        if restored:
            if not self._window.isMaximized() and not self._window.isFullScreen():
                self._window.setGeometry(fit_into(self._window.geometry(), available))
            return True
        placement = first_start_placement(available)
        self._window.setGeometry(placement.rect)
        self._maximise_at = placement.rect.size() if placement.maximised else None
        return False

    def before_show(self) -> None:
        """Maximise a first-start window on a small screen, unless its size was set since
        :meth:`place` (``--screenshot`` and tests choose their own size)."""
        if self._maximise_at is not None and self._window.size() == self._maximise_at:
            self._window.setWindowState(self._window.windowState()
                                        | Qt.WindowState.WindowMaximized)
        self._maximise_at = None
