"""Print the requirements of the environment that builds the PyInstaller bundle.

``make package`` installs them into ``build/venv-package``: the app's dependencies and its
``[package]`` extra (PyInstaller) as pyproject.toml lists them, with one change: on Linux
x86-64, ``tensorflow`` becomes ``tensorflow-cpu``, the same TensorFlow without its CUDA
kernels (TensorFlow 2.21: about 450 MB less in the bundle; a lab laptop has no NVIDIA GPU
set up for it). Elsewhere ``tensorflow`` is CPU-only already (Windows, macOS) and stays.

Usage::

    python packaging/requirements.py > requirements-package.txt
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pip carries the same parser
    from pip._vendor import tomli as tomllib

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
EXTRA = "package"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def cpu_tensorflow_name(system: str, machine: str) -> str:
    """The TensorFlow distribution without CUDA for this system, or ``"tensorflow"``.

    Args:
        system: ``platform.system()``, e.g. ``"Linux"``.
        machine: ``platform.machine()``, e.g. ``"x86_64"``.
    """
    if system == "Linux" and machine in ("x86_64", "AMD64"):
        return "tensorflow-cpu"
    return "tensorflow"


def build_requirements(project: dict, tensorflow_name: str) -> list[str]:
    """The bundle's build requirements from pyproject.toml's ``[project]`` table.

    Args:
        project: the parsed ``[project]`` table.
        tensorflow_name: the distribution that replaces ``tensorflow``.

    Returns:
        ``dependencies`` then the ``package`` extra, in pyproject.toml's order and form.

    Raises:
        KeyError: pyproject.toml has no ``package`` extra.
    """
    lines = []
    for requirement in [*project["dependencies"],
                        *project["optional-dependencies"][EXTRA]]:
        name = _NAME.match(requirement)
        if name.group(1).lower() == "tensorflow":
            requirement = tensorflow_name + requirement[name.end():]
        lines.append(requirement)
    return lines


def main() -> int:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    tensorflow_name = cpu_tensorflow_name(platform.system(), platform.machine())
    print("\n".join(build_requirements(project, tensorflow_name)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
