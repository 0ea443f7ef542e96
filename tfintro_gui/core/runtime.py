"""TensorFlow runtime: environment set before the import, the lazy import, device choice.

TensorFlow's C++ logging reads ``TF_CPP_MIN_LOG_LEVEL`` once, when the library loads, so
:func:`configure_environment` must run before the first ``import tensorflow``. Likewise
the device set-up of :mod:`tfintro_gui.core.device_setup` (logical CPUs, GPU memory
growth) can only be applied before TensorFlow's runtime starts: :func:`import_tensorflow`
applies it right after the import.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import platform
import sys
import threading
from pathlib import Path
from types import ModuleType

from tfintro_gui.core.device_setup import apply_at_startup, device_options, short_device_name

_import_lock = threading.Lock()
_tensorflow: ModuleType | None = None

#: The lab's folder name in the user's configuration folder (``QSettings``' organisation).
CONFIG_DIRNAME = "tfintro-gui"


def configure_environment(verbose: bool = False) -> None:
    """Set TensorFlow's and Keras' environment variables; call before TensorFlow is imported.

    Keras keeps its ``keras.json`` in ``KERAS_HOME``: the lab points it at
    ``user_config_dir() / "keras"`` (unless the user exported one), so a first start writes
    only into the user's configuration folder, never ``~/.keras``.

    Args:
        verbose: if False, TensorFlow's C++ INFO/WARNING/ERROR lines are silenced
            (``TF_CPP_MIN_LOG_LEVEL=3``); if True they are shown (level 0).
            A value the user already exported wins in both cases.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "0" if verbose else "3")
    # Keras writes keras.json into ~/.keras on import; keep it with the lab's settings
    # instead (and out of reach of a keras.json that picks another backend).
    os.environ.setdefault("KERAS_HOME", str(user_config_dir() / "keras"))


def user_config_dir() -> Path:
    """The lab's folder in the user's configuration folder (created by whoever writes there).

    Returns:
        ``%APPDATA%\\tfintro-gui`` on Windows, ``~/Library/Application Support/tfintro-gui``
        on macOS, else ``$XDG_CONFIG_HOME/tfintro-gui`` (default ``~/.config/tfintro-gui``,
        the folder ``QSettings`` writes the lab's settings to).
    """
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / CONFIG_DIRNAME


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
        ImportError: TensorFlow is not installed, fails to load, or cannot run on this
            processor; the message says what to do.
    """
    global _tensorflow
    with _import_lock:
        if _tensorflow is None:
            quiet = os.environ.get("TF_CPP_MIN_LOG_LEVEL", "3") != "0"
            missing = missing_cpu_features()
            if missing:
                # Importing would kill the whole lab with "Illegal instruction".
                raise ImportError(
                    f"This processor lacks {', '.join(missing)}, which TensorFlow's "
                    "packages for x86-64 need; importing TensorFlow here would crash the lab. "
                    "Use a computer with a newer processor (most from 2011 on have AVX), or "
                    "a hosted notebook such as Google Colab.")
            try:
                with _stderr_silenced(quiet):
                    tf = importlib.import_module("tensorflow")
                    tf.config.list_physical_devices()  # device probing logs too
            except Exception as error:  # a broken install raises more than ImportError
                raise ImportError(
                    f"TensorFlow could not be imported ({type(error).__name__}: {error}). "
                    + _tensorflow_fix()
                ) from error
            if quiet:
                tf.get_logger().setLevel("ERROR")
                try:
                    from absl import logging as absl_logging

                    absl_logging.set_verbosity(absl_logging.ERROR)
                except ImportError:
                    pass
            apply_at_startup(tf)  # the CPU split and memory growth, before the runtime starts
            _tensorflow = tf
    return _tensorflow


def missing_cpu_features(cpuinfo: str | None = None) -> list[str]:
    """The processor features TensorFlow's x86-64 packages need that this CPU lacks.

    TensorFlow's PyPI wheels for x86-64 are compiled with AVX instructions (since
    TensorFlow 1.6); on a processor without them the import ends the process with
    "Illegal instruction" instead of raising. Only Linux says so cheaply
    (``/proc/cpuinfo``); elsewhere nothing is reported missing.

    Args:
        cpuinfo: the text of ``/proc/cpuinfo``; None = read it on Linux x86-64.

    Returns:
        Names such as ``["AVX"]``; empty when nothing is known to be missing.
    """
    if cpuinfo is None:
        if sys.platform != "linux" or platform.machine() != "x86_64":
            return []
        try:
            with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as file:
                cpuinfo = file.read()
        except OSError:
            return []
    flags = set()
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "flags":
            flags.update(value.split())
            break
    if not flags:
        return []
    return [] if "avx" in flags else ["AVX"]


def _tensorflow_fix() -> str:
    """What to do when TensorFlow does not import, for a packaged lab or a Python install."""
    if getattr(sys, "frozen", False):
        # The packaged lab carries its own TensorFlow: pip cannot repair it.
        return ("This copy of the lab is damaged or incomplete: unpack the release archive "
                "again (or reinstall it), then run tfintro-gui --self-test.")
    if importlib.util.find_spec("tensorflow") is None:
        return f"Install it into this Python with: {sys.executable} -m pip install tensorflow"
    return ("Reinstall it (and the packages it needs) into this Python with: "
            f"{sys.executable} -m pip install --force-reinstall tensorflow")


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
    """Return the device the lab computes on.

    The preferred device of :func:`tfintro_gui.core.device_setup.set_device_options` when
    TensorFlow lists it as a logical device; otherwise the first GPU TensorFlow sees, else
    the CPU.

    Returns:
        A TensorFlow device string such as ``"/GPU:0"`` or ``"/CPU:0"``.
    """
    tf = import_tensorflow()
    preferred = device_options().preferred_device
    if preferred is not None:
        listed = {short_device_name(device.name) for device in tf.config.list_logical_devices()}
        if preferred in listed:
            return preferred
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
