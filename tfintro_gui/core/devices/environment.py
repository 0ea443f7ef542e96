"""What decides whether TensorFlow can use a GPU here, detected without a GPU.

The installed TensorFlow packages (``pip list | grep -E "keras|tensorflow"`` as the
lesson's notebook runs it, read with ``importlib.metadata``), the build (CUDA or not), the
NVIDIA driver library, ``CUDA_VISIBLE_DEVICES`` and NVIDIA's CUDA wheels.
:mod:`tfintro_gui.core.devices.diagnosis` turns a :class:`GpuEnvironment` into reasons.
"""

from __future__ import annotations

import ctypes
import os
import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.runtime import versions

#: ``pip list | grep -E "keras|tensorflow"`` as the notebook runs it, plus TensorBoard and
#: the ``tf-*`` packages (``tf-keras``, ``tf-nightly``).
TENSORFLOW_DISTRIBUTIONS = r"keras|tensorflow|tensorboard|^tf[-_]"
#: NVIDIA's CUDA/cuDNN wheels, which ``pip install "tensorflow[and-cuda]"`` brings.
CUDA_DISTRIBUTIONS = r"^nvidia[-_].*cu\d+$"


@dataclass(frozen=True)
class Distribution:
    """An installed Python distribution, as ``pip list -v`` shows it.

    Attributes:
        name: the distribution's name, e.g. ``"tensorflow"``.
        version: its version string.
        location: the folder it is installed in (``site-packages``).
    """

    name: str
    version: str
    location: str


def installed_distributions(pattern: str = TENSORFLOW_DISTRIBUTIONS) -> list[Distribution]:
    """The installed distributions whose name matches ``pattern`` (read with
    ``importlib.metadata``; no ``pip`` process).

    Args:
        pattern: a regular expression searched in each name, case-insensitively.

    Returns:
        Sorted by name; where a name is installed twice, the one Python imports first.

    Raises:
        ValueError: ``pattern`` is not a valid regular expression.
    """
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{pattern!r} is not a valid regular expression: {error}.") from None
    found: dict[str, Distribution] = {}
    for distribution in metadata.distributions():
        name = distribution.metadata["Name"]
        if not name or not regex.search(name):
            continue
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key not in found:
            found[key] = Distribution(name, distribution.version,
                                      str(Path(distribution.locate_file("")).resolve()))
    return sorted(found.values(), key=lambda item: item.name.lower())


def version_tuple(version: str) -> tuple[int, ...]:
    """The major and minor numbers of a version string: ``"2.11.0"`` → ``(2, 11)``."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2])


@dataclass(frozen=True)
class GpuEnvironment:
    """What can be detected about GPU support without a GPU.

    Attributes:
        system: ``platform.system()``: ``"Linux"``, ``"Darwin"`` (macOS) or ``"Windows"``.
        tensorflow_version: e.g. ``"2.21.0"``.
        is_cuda_build: TensorFlow was built with CUDA (``tf.sysconfig.get_build_info()``).
        is_rocm_build: TensorFlow was built for AMD ROCm.
        cuda_version: the CUDA version TensorFlow was built for, or None.
        cudnn_version: the cuDNN version TensorFlow was built for, or None.
        cuda_visible_devices: the ``CUDA_VISIBLE_DEVICES`` variable, None when unset.
        driver_library: the NVIDIA driver library tried (``libcuda.so.1``/``nvcuda.dll``).
        driver_loaded: whether that library could be loaded.
        driver_error: the loader's message when it could not.
        driver_version: the NVIDIA kernel driver's version line (Linux), or None.
        cuda_wheels: installed NVIDIA CUDA/cuDNN Python packages.
        is_wsl: running under Windows Subsystem for Linux.
        num_gpus: GPUs TensorFlow lists.
    """

    system: str
    tensorflow_version: str
    is_cuda_build: bool
    is_rocm_build: bool = False
    cuda_version: str | None = None
    cudnn_version: str | None = None
    cuda_visible_devices: str | None = None
    driver_library: str | None = None
    driver_loaded: bool = False
    driver_error: str | None = None
    driver_version: str | None = None
    cuda_wheels: tuple[str, ...] = ()
    is_wsl: bool = False
    num_gpus: int = 0


def driver_library_name(system: str) -> str | None:
    """The NVIDIA driver library CUDA loads on ``system``; None on macOS."""
    return {"Linux": "libcuda.so.1", "Windows": "nvcuda.dll"}.get(system)


def probe_driver_library(system: str | None = None) -> tuple[str | None, bool, str | None]:
    """Try to load the NVIDIA driver library, as CUDA does when TensorFlow starts.

    Args:
        system: ``platform.system()``; None = this computer's.

    Returns:
        ``(library, loaded, error)``: the library's name (None on macOS), whether it
        loaded, and the loader's message if it did not.
    """
    library = driver_library_name(system or platform.system())
    if library is None:
        return None, False, "no NVIDIA driver exists for this operating system"
    try:
        ctypes.CDLL(library)
    except OSError as error:
        return library, False, str(error)
    return library, True, None


def cuda_visible_devices_hides_all(value: str | None) -> bool:
    """Whether ``CUDA_VISIBLE_DEVICES=value`` hides every GPU from CUDA.

    CUDA reads the comma-separated list up to the first entry that is neither a
    non-negative index nor a ``GPU-``/``MIG-`` UUID; an empty value or ``-1`` leaves
    nothing visible (CUDA C Programming Guide, "CUDA Environment Variables").

    Args:
        value: the variable's value; None = unset.
    """
    if value is None:
        return False
    first = value.split(",")[0].strip()
    return not (first.isdigit() or first.upper().startswith(("GPU-", "MIG-")))


def nvidia_kernel_driver_version(path: str | Path = "/proc/driver/nvidia/version"
                                 ) -> str | None:
    """The first line of the NVIDIA kernel driver's version file (Linux), or None.

    Only the first 4 096 bytes are read (the file is one short line per module).
    """
    try:
        with open(path, "rb") as stream:
            first = stream.read(4096).decode("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return first[0].strip() if first else None


def probe_gpu_environment(config=None, environ: dict | None = None) -> GpuEnvironment:
    """Detect what decides whether TensorFlow can use a GPU here.

    Args:
        config: a :mod:`~tfintro_gui.core.devices.config` adapter; None = TensorFlow's.
        environ: environment variables; None = ``os.environ``.

    Returns:
        The :class:`GpuEnvironment` of this process.
    """
    config = config or TensorFlowDeviceConfig()
    environ = os.environ if environ is None else environ
    build = config.build_info()
    system = platform.system()
    library, loaded, error = probe_driver_library(system)
    return GpuEnvironment(
        system=system,
        tensorflow_version=versions()["tensorflow"],
        is_cuda_build=bool(build.get("is_cuda_build", False)),
        is_rocm_build=bool(build.get("is_rocm_build", False)),
        cuda_version=build.get("cuda_version"),
        cudnn_version=build.get("cudnn_version"),
        cuda_visible_devices=environ.get("CUDA_VISIBLE_DEVICES"),
        driver_library=library,
        driver_loaded=loaded,
        driver_error=error,
        driver_version=nvidia_kernel_driver_version(),
        cuda_wheels=tuple(f"{item.name} {item.version}"
                          for item in installed_distributions(CUDA_DISTRIBUTIONS)),
        is_wsl="microsoft" in platform.release().lower(),
        num_gpus=len(config.list_physical_devices("GPU")),
    )
