"""Where the lab's bundled files (icons, lesson texts, translations) are.

The same ``resources/`` folder is laid out three ways:

- a source checkout (or an editable install): ``<repository>/resources``;
- an installed wheel: ``tfintro_gui/_resources`` inside ``site-packages`` (``setup.py``
  maps the repository's ``resources/`` onto that package when the wheel is built);
- the PyInstaller bundle: ``resources`` in the folder PyInstaller unpacks to,
  ``sys._MEIPASS`` (``packaging/tfintro_gui.spec`` copies it there).

Nothing here imports Qt, so core code and scripts may use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The folder name in the repository and in the frozen bundle.
RESOURCES_DIRNAME = "resources"
#: The package the wheel installs the resources as.
WHEEL_PACKAGE_DIRNAME = "_resources"
#: The app icon, relative to the resources folder.
ICON_SVG = "icons/tfintro-gui.svg"
#: PNG renderings of :data:`ICON_SVG`, in pixels, for window icons (no SVG plug-in needed).
ICON_PNG_SIZES = (16, 32, 48, 64, 128, 256)


def resources_dir() -> Path:
    """The folder that holds the lab's bundled files.

    Returns:
        An existing folder: the frozen bundle's ``resources`` when running from
        PyInstaller, else the installed ``tfintro_gui/_resources``, else the source
        checkout's ``resources``.

    Raises:
        FileNotFoundError: none of these exists (a broken install); the message names the
            folders tried and how to repair it.
    """
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / RESOURCES_DIRNAME)
    package = Path(__file__).resolve().parent
    candidates.append(package / WHEEL_PACKAGE_DIRNAME)
    candidates.append(package.parent / RESOURCES_DIRNAME)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(
        f"The lab's resources folder is missing (looked in: {tried}). Reinstall the lab: "
        "pip install --force-reinstall tfintro-gui, or unpack the release archive again.")


def resource_path(relative: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("icons/tfintro-gui.svg")``.

    Args:
        relative: a path inside the resources folder, with ``/`` separators.

    Returns:
        The absolute path; it may not exist (check before use).

    Raises:
        FileNotFoundError: the resources folder itself is missing.
    """
    return resources_dir().joinpath(*relative.split("/"))


def icon_png_path(size: int) -> Path:
    """The path of the app icon rendered at ``size`` × ``size`` pixels.

    Args:
        size: one of :data:`ICON_PNG_SIZES`.

    Raises:
        ValueError: ``size`` is not one of the rendered sizes.
    """
    if size not in ICON_PNG_SIZES:
        raise ValueError(f"The icon is rendered at {ICON_PNG_SIZES} pixels, not {size!r}.")
    return resource_path(f"icons/tfintro-gui-{size}.png")
