"""Render the app icon's SVG to the PNG sizes the window and installers use.

Run after editing ``resources/icons/tfintro-gui.svg``; the PNGs are committed, so builds
need no SVG renderer::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tfintro_gui.resources import ICON_PNG_SIZES, ICON_SVG, icon_png_path, resource_path  # noqa: E402


def render(svg: Path, size: int, target: Path) -> None:
    """Draw ``svg`` into a transparent ``size`` × ``size`` PNG at ``target``.

    Raises:
        ValueError: the SVG could not be parsed.
        OSError: the PNG could not be written.
    """
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can read.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"Could not write {target}.")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    svg = resource_path(ICON_SVG)
    for size in ICON_PNG_SIZES:
        target = icon_png_path(size)
        render(svg, size, target)
        print(f"{target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
