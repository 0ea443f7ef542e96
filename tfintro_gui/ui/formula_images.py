"""Formulas of the lessons rendered offline as PNG images with Matplotlib's mathtext.

Each image is rendered once and kept in the user's cache folder
(``QStandardPaths.CacheLocation``/``formulas``), named after a hash of the formula, its
colour and resolution, so later starts only read the file. No network, no LaTeX install:
mathtext is part of Matplotlib.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths

#: Resolution of a formula image at a device pixel ratio of 1, in dots per inch.
BASE_DPI = 125
#: The subfolder of the cache folder that holds the images.
CACHE_SUBDIR = "formulas"


def cache_dir() -> Path:
    """The folder formula images are cached in (created if needed).

    The user's cache folder (e.g. ``~/.cache/tfintro-gui/TensorFlow Intro Lab``), else a
    folder in the temporary directory when that one cannot be written.
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    for candidate in (Path(base) / CACHE_SUBDIR if base else None,
                      Path(tempfile.gettempdir()) / "tfintro-gui-formulas"):
        if candidate is None:
            continue
        try:
            candidate.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    raise OSError("No writable folder for formula images (the cache and temporary "
                  "folders are read-only).")


def formula_image(tex: str, color: str = "#000000", scale: float = 1.0,
                  folder: Path | None = None) -> Path:
    """The PNG image of a mathtext formula, rendered now or taken from the cache.

    Args:
        tex: the formula without dollar signs, e.g. ``r"\\sigma(o) = \\frac{1}{1+e^{-o}}"``.
        color: the colour of the glyphs, e.g. the palette's text colour ``"#1a1a1a"``.
        scale: the screen's device pixel ratio; the image has ``BASE_DPI * scale`` dots
            per inch.
        folder: where to cache it; default :func:`cache_dir`.

    Returns:
        The path of the PNG (transparent background).

    Raises:
        ValueError: ``tex`` is not valid mathtext (Matplotlib's message says where).
        OSError: the image cannot be written.
    """
    dpi = round(BASE_DPI * max(scale, 1.0))
    key = hashlib.sha256(f"{tex}\0{color}\0{dpi}".encode()).hexdigest()[:24]
    folder = cache_dir() if folder is None else Path(folder)
    path = folder / f"{key}.png"
    if path.is_file() and path.stat().st_size > 0:
        return path
    from matplotlib import mathtext  # only to render: a cached image needs no Matplotlib

    handle, temporary = tempfile.mkstemp(suffix=".png", dir=folder)
    os.close(handle)
    try:
        mathtext.math_to_image(f"${tex}$", temporary, dpi=dpi, format="png", color=color)
        os.replace(temporary, path)  # another process may render the same: last one wins
    except Exception:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
