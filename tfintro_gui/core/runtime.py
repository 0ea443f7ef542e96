"""TensorFlow runtime: environment set before the import, the lazy import, device choice.

TensorFlow's C++ logging reads ``TF_CPP_MIN_LOG_LEVEL`` once, when the library loads, so
:func:`configure_environment` must run before the first ``import tensorflow``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import platform
import sys
import threading
from types import ModuleType

_import_lock = threading.Lock()
_tensorflow: ModuleType | None = None


def configure_environment(verbose: bool = False) -> None:
    """Set TensorFlow's environment variables; call before TensorFlow is imported.

    Args:
        verbose: if False, TensorFlow's C++ INFO/WARNING/ERROR lines are silenced
            (``TF_CPP_MIN_LOG_LEVEL=3``); if True they are shown (level 0).
            A value the user already exported wins in both cases.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "0" if verbose else "3")


def is_tensorflow_imported() -> bool:
    """Return True once TensorFlow has been imported in this process."""
    return _tensorflow is not None


def import_tensorflow() -> ModuleType:
    """Import TensorFlow once (thread-safe) and return the module.

    The first call takes seconds (about 3 s on a 2-core laptop); later calls return at once.
    Python's ``absl`` warnings are lowered to errors unless ``TF_CPP_MIN_LOG_LEVEL`` is 0.

    Returns:
        The ``tensorflow`` module.

    Raises:
        ImportError: TensorFlow is not installed or fails to load; the message says how to
            install it.
    """
    global _tensorflow
    with _import_lock:
        if _tensorflow is None:
            quiet = os.environ.get("TF_CPP_MIN_LOG_LEVEL", "3") != "0"
            try:
                with _stderr_silenced(quiet):
                    tf = importlib.import_module("tensorflow")
                    tf.config.list_physical_devices()  # device probing logs too
            except Exception as error:  # a broken install raises more than ImportError
                raise ImportError(
                    f"TensorFlow could not be imported ({type(error).__name__}: {error}). "
                    "Install it into this Python with: "
                    f"{sys.executable} -m pip install tensorflow"
                ) from error
            if quiet:
                tf.get_logger().setLevel("ERROR")
                try:
                    from absl import logging as absl_logging

                    absl_logging.set_verbosity(absl_logging.ERROR)
                except ImportError:
                    pass
            _tensorflow = tf
    return _tensorflow


@contextlib.contextmanager
def _stderr_silenced(enabled: bool):
    """Send file descriptor 2 to the null device while the body runs.

    TensorFlow's C++ library prints a few lines before its logger reads
    ``TF_CPP_MIN_LOG_LEVEL``; only an OS-level redirect hides them.
    """
    if not enabled:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def default_device() -> str:
    """Return the device the lab computes on: the first GPU TensorFlow sees, else the CPU.

    Returns:
        A TensorFlow device string, ``"/GPU:0"`` or ``"/CPU:0"``.
    """
    tf = import_tensorflow()
    return "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"


def versions() -> dict[str, str]:
    """Versions of Python and the libraries the lab runs on, without importing TensorFlow.

    Returns:
        A dict from name (``python``, ``tensorflow``, ``keras``, ``numpy``, ``matplotlib``,
        ``pyside6``) to version string; ``"not installed"`` where a package is missing.
    """
    from importlib import metadata

    found = {"python": platform.python_version()}
    for key, distribution in (
        ("tensorflow", "tensorflow"),
        ("keras", "keras"),
        ("numpy", "numpy"),
        ("matplotlib", "matplotlib"),
        ("pyside6", "PySide6-Essentials"),
    ):
        try:
            found[key] = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            if key == "tensorflow":
                found[key] = _first_installed(("tensorflow-cpu", "tensorflow-macos", "tf-nightly"))
            elif key == "pyside6":
                found[key] = _first_installed(("PySide6",))
            else:
                found[key] = "not installed"
    return found


def _first_installed(names: tuple[str, ...]) -> str:
    from importlib import metadata

    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"
