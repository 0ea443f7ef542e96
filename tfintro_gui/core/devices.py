"""Device facts and the matmul benchmark: what TensorFlow sees, why, and how fast.

The lesson starts by checking the runtime (``pip list`` filtered to Keras/TensorFlow,
``tf.config.list_physical_devices('GPU')`` printing "Num GPUs Available: 1") and says a
modern NVIDIA GPU is 5–10× faster than a CPU (Chollet, Deep Learning with Python, ch. 3).
This module gathers the same facts on the student's own computer, explains a missing GPU
in plain words, times ``tf.matmul`` per device, shows where an op is placed and runs a
``tf.distribute.MirroredStrategy`` over logical devices. Everything is plain Python and
NumPy (no Qt); GPU questions go through :mod:`tfintro_gui.core.device_config`.
"""

from __future__ import annotations

import ast
import ctypes
import math
import os
import platform
import re
import statistics
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import numpy as np

from tfintro_gui.core.device_config import DeviceEntry, TensorFlowDeviceConfig
from tfintro_gui.core.runtime import (
    DeviceOptions,
    check_device_name,
    device_options,
    import_tensorflow,
    startup_notes,
    versions,
)

#: ``pip list | grep -E "keras|tensorflow"`` as the notebook runs it, plus TensorBoard and
#: the ``tf-*`` packages (``tf-keras``, ``tf-nightly``).
TENSORFLOW_DISTRIBUTIONS = r"keras|tensorflow|tensorboard|^tf[-_]"
#: NVIDIA's CUDA/cuDNN wheels, which ``pip install "tensorflow[and-cuda]"`` brings.
CUDA_DISTRIBUTIONS = r"^nvidia[-_].*cu\d+$"
#: The last TensorFlow release with CUDA GPU support on native Windows (TF install guide).
LAST_NATIVE_WINDOWS_GPU_RELEASE = (2, 10)
GPU_EXTRA_COMMAND = 'pip install "tensorflow[and-cuda]"'
HOSTED_RUNTIME = ("use a hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime "
                  "type ▸ GPU)")


# -- versions and installed packages ------------------------------------------------------
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


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2])


# -- why there is no GPU ------------------------------------------------------------------
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


@dataclass(frozen=True)
class NoGpuReason:
    """One reason why TensorFlow lists no GPU.

    Attributes:
        code: a stable key, e.g. ``"no_driver"``.
        explanation: what was detected, in plain words.
        remedy: what to do about it.
    """

    code: str
    explanation: str
    remedy: str


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


def probe_gpu_environment(config=None, environ: dict | None = None) -> GpuEnvironment:
    """Detect what decides whether TensorFlow can use a GPU here.

    Args:
        config: a :mod:`~tfintro_gui.core.device_config` adapter; None = TensorFlow's.
        environ: environment variables; None = ``os.environ``.

    Returns:
        The :class:`GpuEnvironment` of this process.
    """
    config = config or TensorFlowDeviceConfig()
    environ = os.environ if environ is None else environ
    build = config.build_info()
    system = platform.system()
    library, loaded, error = probe_driver_library(system)
    driver_version = None
    version_file = Path("/proc/driver/nvidia/version")
    if version_file.is_file():
        try:
            driver_version = version_file.read_text(errors="replace").splitlines()[0].strip()
        except (OSError, IndexError):
            driver_version = None
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
        driver_version=driver_version,
        cuda_wheels=tuple(f"{item.name} {item.version}"
                          for item in installed_distributions(CUDA_DISTRIBUTIONS)),
        is_wsl="microsoft" in platform.release().lower(),
        num_gpus=len(config.list_physical_devices("GPU")),
    )


def explain_no_gpu(environment: GpuEnvironment) -> list[NoGpuReason]:
    """Say in plain words why TensorFlow lists no GPU, and what to do.

    Args:
        environment: what :func:`probe_gpu_environment` detected (or any values).

    Returns:
        The reasons, most decisive first; empty when TensorFlow lists a GPU.
    """
    env = environment
    if env.num_gpus > 0:
        return []
    if env.system == "Darwin":
        return [NoGpuReason(
            "macos",
            "This is macOS. TensorFlow uses NVIDIA GPUs through CUDA, and CUDA does not "
            "exist for macOS, so TensorFlow computes on the CPU.",
            "Apple's tensorflow-metal plug-in (pip install tensorflow-metal) lets TensorFlow "
            f"use an Apple GPU; or {HOSTED_RUNTIME}.")]
    if env.system == "Windows" and (
            _version_tuple(env.tensorflow_version) > LAST_NATIVE_WINDOWS_GPU_RELEASE):
        return [NoGpuReason(
            "native_windows",
            f"This is native Windows with TensorFlow {env.tensorflow_version}. TensorFlow "
            "2.10 was the last release that used a CUDA GPU on native Windows (since 2.11 "
            "it runs on the CPU there).",
            f"Install TensorFlow inside WSL2 (Ubuntu) with {GPU_EXTRA_COMMAND}; or "
            f"{HOSTED_RUNTIME}.")]
    reasons = []
    if not env.is_cuda_build and not env.is_rocm_build:
        reasons.append(NoGpuReason(
            "cpu_only_build",
            f"This TensorFlow {env.tensorflow_version} was built without CUDA (for example "
            "the tensorflow-cpu package), so it cannot use an NVIDIA GPU.",
            f"On Linux or WSL2: {GPU_EXTRA_COMMAND} (or this lab's extra: "
            'pip install "tfintro-gui[gpu]").'))
    if cuda_visible_devices_hides_all(env.cuda_visible_devices):
        reasons.append(NoGpuReason(
            "cuda_visible_devices",
            f"CUDA_VISIBLE_DEVICES is set to {env.cuda_visible_devices!r}, which hides every "
            "GPU from CUDA and so from TensorFlow.",
            "Unset it (unset CUDA_VISIBLE_DEVICES) or set it to the GPU numbers to use, "
            "e.g. CUDA_VISIBLE_DEVICES=0, then start the lab again."))
    if env.is_cuda_build and not env.driver_loaded:
        reasons.append(NoGpuReason(
            "no_driver",
            f"The NVIDIA driver library ({env.driver_library}) could not be loaded"
            f"{': ' + env.driver_error if env.driver_error else ''}. Either this computer "
            "has no NVIDIA GPU, or the GPU's driver is not installed.",
            "On a computer with an NVIDIA GPU, install NVIDIA's driver (nvidia-smi then "
            f"lists the GPU) and start the lab again. Without one, {HOSTED_RUNTIME}."))
    if env.is_cuda_build and env.driver_loaded and not env.cuda_wheels:
        built_for = ", ".join(part for part in (
            f"CUDA {env.cuda_version}" if env.cuda_version else "",
            f"cuDNN {env.cudnn_version}" if env.cudnn_version else "") if part)
        reasons.append(NoGpuReason(
            "no_cuda_libraries",
            "An NVIDIA driver is installed, but the CUDA libraries TensorFlow was built for "
            f"({built_for or 'see the build information'}) are not installed as Python "
            "packages, and TensorFlow found none elsewhere.",
            f"{GPU_EXTRA_COMMAND} installs them next to TensorFlow (Linux, WSL2)."))
    if env.is_rocm_build and not reasons:
        reasons.append(NoGpuReason(
            "rocm_build",
            "This TensorFlow is built for AMD GPUs (ROCm), and it found no usable AMD GPU.",
            "Install AMD's ROCm driver stack for your GPU, or install the standard "
            f"tensorflow package for NVIDIA GPUs ({GPU_EXTRA_COMMAND})."))
    if env.cuda_visible_devices and not cuda_visible_devices_hides_all(
            env.cuda_visible_devices) and not reasons:
        reasons.append(NoGpuReason(
            "cuda_visible_devices_set",
            f"CUDA_VISIBLE_DEVICES is set to {env.cuda_visible_devices!r}: only GPUs with "
            "those numbers are visible, and there may be none with them.",
            "Unset CUDA_VISIBLE_DEVICES, or list numbers that nvidia-smi shows."))
    if not reasons:
        reasons.append(NoGpuReason(
            "unexplained",
            "An NVIDIA driver and CUDA libraries are present, yet TensorFlow lists no GPU. "
            "The GPU may be older than this build supports, or the driver older than "
            f"CUDA {env.cuda_version or '(unknown)'} needs.",
            "Start the lab with --verbose to read TensorFlow's own lines about the GPU, and "
            "update the NVIDIA driver."))
    return reasons


# -- devices ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GpuInfo:
    """One GPU as TensorFlow reports it.

    Attributes:
        physical_name: e.g. ``"/physical_device:GPU:0"``.
        device: the ``tf.device`` name, e.g. ``"/GPU:0"``.
        model: e.g. ``"NVIDIA GeForce RTX 3060"`` (``get_device_details``), or None.
        compute_capability: ``(major, minor)``, or None.
        memory_current_bytes: memory TensorFlow holds now (``get_memory_info``), or None.
        memory_peak_bytes: the most it has held, or None.
    """

    physical_name: str
    device: str
    model: str | None = None
    compute_capability: tuple[int, int] | None = None
    memory_current_bytes: int | None = None
    memory_peak_bytes: int | None = None


def gpu_infos(config=None) -> list[GpuInfo]:
    """Model, compute capability and memory of every GPU TensorFlow lists.

    Asking for memory starts TensorFlow's runtime.

    Args:
        config: a device-config adapter; None = TensorFlow's.

    Returns:
        One :class:`GpuInfo` per physical GPU; empty without GPUs.
    """
    config = config or TensorFlowDeviceConfig()
    infos = []
    for index, entry in enumerate(config.list_physical_devices("GPU")):
        try:
            details = config.get_device_details(entry.name)
        except (ValueError, RuntimeError):
            details = {}
        capability = details.get("compute_capability")
        device = entry.short_name
        try:
            memory = config.get_memory_info(device.lstrip("/"))
        except (ValueError, RuntimeError):
            memory = {}
        infos.append(GpuInfo(
            physical_name=entry.name,
            device=device if device.startswith("/GPU:") else f"/GPU:{index}",
            model=details.get("device_name"),
            compute_capability=tuple(int(part) for part in capability) if capability else None,
            memory_current_bytes=memory.get("current"),
            memory_peak_bytes=memory.get("peak"),
        ))
    return infos


def choose_default_device(logical: Iterable[DeviceEntry], num_gpus: int,
                          preferred: str | None) -> str:
    """The rule of :func:`tfintro_gui.core.runtime.default_device` on given answers.

    Args:
        logical: the logical devices listed.
        num_gpus: the physical GPUs listed.
        preferred: the preferred device, or None.

    Returns:
        ``preferred`` if listed, else ``"/GPU:0"`` when there is a GPU, else ``"/CPU:0"``.
    """
    if preferred is not None and preferred in {entry.short_name for entry in logical}:
        return preferred
    return "/GPU:0" if num_gpus else "/CPU:0"


@dataclass(frozen=True)
class DeviceFacts:
    """Everything the Devices panel and ``--report`` show about this computer.

    Attributes:
        versions: library name → version (Python, TensorFlow, Keras, NumPy, ...).
        platform: ``platform.platform()``.
        build_info: ``tf.sysconfig.get_build_info()``.
        distributions: TensorFlow-related installed packages.
        physical_devices: ``tf.config.list_physical_devices()``.
        logical_devices: ``tf.config.list_logical_devices()``.
        gpus: details of each GPU.
        environment: what decides GPU support.
        no_gpu_reasons: why there is no GPU (empty when there is one).
        tensor_float_32: whether GPU float32 matmuls may use TF32.
        default_device: where the lab computes.
        options: the device options in force.
        startup_notes: what applying them at start did.
        collected_at: when, in ISO 8601 (UTC).
    """

    versions: dict
    platform: str
    build_info: dict
    distributions: tuple[Distribution, ...]
    physical_devices: tuple[DeviceEntry, ...]
    logical_devices: tuple[DeviceEntry, ...]
    gpus: tuple[GpuInfo, ...]
    environment: GpuEnvironment
    no_gpu_reasons: tuple[NoGpuReason, ...]
    tensor_float_32: bool
    default_device: str
    options: DeviceOptions = field(default_factory=DeviceOptions)
    startup_notes: tuple[str, ...] = ()
    collected_at: str = ""

    @property
    def num_gpus(self) -> int:
        return sum(1 for entry in self.physical_devices if entry.device_type == "GPU")

    @property
    def num_gpus_line(self) -> str:
        """The notebook's line, e.g. ``"Num GPUs Available: 1"``."""
        return f"Num GPUs Available: {self.num_gpus}"


def collect_device_facts(config=None, environ: dict | None = None) -> DeviceFacts:
    """Gather versions, packages, devices and GPU facts (takes about 0.1 s).

    Args:
        config: a device-config adapter; None = TensorFlow's (imports TensorFlow).
        environ: environment variables; None = ``os.environ``.

    Returns:
        A :class:`DeviceFacts`.
    """
    config = config or TensorFlowDeviceConfig()
    physical = tuple(config.list_physical_devices())
    logical = tuple(config.list_logical_devices())
    environment = probe_gpu_environment(config, environ)
    options = device_options()
    num_gpus = sum(1 for entry in physical if entry.device_type == "GPU")
    return DeviceFacts(
        versions=versions(),
        platform=platform.platform(),
        build_info=config.build_info(),
        distributions=tuple(installed_distributions()),
        physical_devices=physical,
        logical_devices=logical,
        gpus=tuple(gpu_infos(config)),
        environment=environment,
        no_gpu_reasons=tuple(explain_no_gpu(environment)),
        tensor_float_32=config.tensor_float_32_execution_enabled(),
        default_device=choose_default_device(logical, num_gpus, options.preferred_device),
        options=options,
        startup_notes=startup_notes(),
        collected_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


# -- the matmul benchmark -----------------------------------------------------------------
MIN_BENCHMARK_SIZE = 128
MAX_BENCHMARK_SIZE = 4096
DEFAULT_BENCHMARK_SIZES = (128, 256, 512, 1024, 2048)
DEFAULT_REPEATS = 3
MAX_REPEATS = 20
#: The name of NumPy's ``@`` among the benchmark's targets.
NUMPY_TARGET = "NumPy"
#: A timed product expected to take longer than this is split into row blocks, so that a
#: stop request is honoured within about this time.
SECONDS_PER_CALL = 0.2
#: A split product is never cut finer than this many rows: thinner blocks lose much of a
#: BLAS library's speed. On a CPU above ~10 GFLOP/s a 256-row block of a 4096 product
#: takes under a second.
MIN_ROWS_PER_BLOCK = 256
_CALIBRATION_SIZE = 256
_CALIBRATION_REPEATS = 3


def matmul_flops(size: int) -> int:
    """Floating-point operations of an `(n, n) @ (n, n)` product: ``2·n³``.

    Each of the n² results takes n multiplications and n − 1 additions, counted as 2n.

    Raises:
        TypeError: ``size`` is not an integer.
        ValueError: ``size`` < 1.
    """
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
        raise TypeError(f"size must be an integer, not {type(size).__name__}.")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}.")
    return 2 * int(size) ** 3


def gflops_per_second(size: int, seconds: float) -> float:
    """Speed of an `(n, n) @ (n, n)` product that took ``seconds``: 2·n³ / seconds / 10⁹.

    Args:
        size: n.
        seconds: the measured time, > 0.

    Returns:
        GFLOP/s.

    Raises:
        ValueError: ``seconds`` is not a positive finite number.
    """
    seconds = float(seconds)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"seconds must be a positive number, got {seconds}.")
    return matmul_flops(size) / seconds / 1e9


def parse_sizes(sizes) -> tuple[int, ...]:
    """Check matrix sizes for the benchmark.

    Args:
        sizes: text such as ``"128, 512, 2048"`` (commas or spaces), or integers.

    Returns:
        The sizes, sorted, without duplicates.

    Raises:
        TypeError: ``sizes`` is neither text nor a sequence of integers.
        ValueError: empty, not whole numbers, or outside 128 to 4096.
    """
    if isinstance(sizes, str):
        parts = [part for part in re.split(r"[,\s;]+", sizes.strip()) if part]
        values = []
        for part in parts:
            if not re.fullmatch(r"\d+", part):
                raise ValueError(f"{part!r} is not a whole number. Enter sizes such as "
                                 f"'128, 512, 2048', each from {MIN_BENCHMARK_SIZE} to "
                                 f"{MAX_BENCHMARK_SIZE}.")
            values.append(int(part))
    else:
        try:
            values = list(sizes)
        except TypeError:
            raise TypeError("sizes must be text or a sequence of integers, not "
                            f"{type(sizes).__name__}.") from None
        for value in values:
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise TypeError(f"Each size must be an integer, got {value!r}.")
    if not values:
        raise ValueError("Enter at least one matrix size, e.g. '128, 512, 2048'.")
    outside = [value for value in values
               if not MIN_BENCHMARK_SIZE <= value <= MAX_BENCHMARK_SIZE]
    if outside:
        raise ValueError(f"Size {outside[0]} is outside {MIN_BENCHMARK_SIZE} to "
                         f"{MAX_BENCHMARK_SIZE}. Larger products take minutes on a laptop "
                         "CPU; smaller ones measure mostly Python overhead.")
    return tuple(sorted({int(value) for value in values}))


def check_repeats(repeats) -> int:
    """Check the number of timed repeats (the median is reported).

    Raises:
        TypeError: not an integer.
        ValueError: outside 1 to :data:`MAX_REPEATS`.
    """
    if isinstance(repeats, bool) or not isinstance(repeats, (int, np.integer)):
        raise TypeError(f"repeats must be an integer, not {type(repeats).__name__}.")
    if not 1 <= repeats <= MAX_REPEATS:
        raise ValueError(f"repeats must be 1 to {MAX_REPEATS}, got {repeats}.")
    return int(repeats)


def benchmark_devices(config=None) -> list[str]:
    """The devices the benchmark times: ``/CPU:0`` and every logical GPU.

    Further logical CPUs (a split CPU) share the same cores, so only the first is timed.
    """
    config = config or TensorFlowDeviceConfig()
    gpus = [entry.short_name for entry in config.list_logical_devices("GPU")]
    return ["/CPU:0", *gpus]


@dataclass(frozen=True)
class MatmulTiming:
    """The timing of one float32 `(n, n) @ (n, n)` product on one target.

    Attributes:
        target: a device such as ``"/CPU:0"``, or :data:`NUMPY_TARGET`.
        size: n.
        repeat_seconds: the time of each timed repeat, in seconds.
        num_blocks: the product was timed as this many row blocks (1 = whole).
    """

    target: str
    size: int
    repeat_seconds: tuple[float, ...]
    num_blocks: int = 1

    @property
    def seconds(self) -> float:
        """The median of the repeats, in seconds."""
        return float(statistics.median(self.repeat_seconds))

    @property
    def gflops(self) -> float:
        """Speed in GFLOP/s: 2·n³ / median seconds / 10⁹."""
        return gflops_per_second(self.size, self.seconds)


@dataclass(frozen=True)
class BenchmarkProgress:
    """A snapshot of a running benchmark (plain values, safe to hand to another thread).

    Attributes:
        done_flops: floating-point operations timed so far.
        total_flops: all the benchmark will time (warm-up excluded).
        target: the target being timed.
        size: the size being timed.
        stage: e.g. ``"warm-up"``, ``"repeat 2 of 3"`` or ``"done"``.
        timings: the finished timings, in order.
    """

    done_flops: int
    total_flops: int
    target: str
    size: int
    stage: str
    timings: tuple[MatmulTiming, ...]

    @property
    def fraction(self) -> float:
        """Done share of the work, 0 to 1."""
        return self.done_flops / self.total_flops if self.total_flops else 1.0


def speedups(timings: Iterable[MatmulTiming], reference: str = "/CPU:0") -> dict:
    """Speed of each target relative to ``reference``, per size.

    Args:
        timings: finished timings.
        reference: the target everything is compared with.

    Returns:
        ``{target: [(size, ratio), ...]}`` where ratio = GFLOP/s of the target / GFLOP/s
        of the reference at that size; the reference itself is left out.
    """
    by_target: dict[str, dict[int, float]] = {}
    for timing in timings:
        by_target.setdefault(timing.target, {})[timing.size] = timing.gflops
    base = by_target.get(reference, {})
    result = {}
    for target, speeds in by_target.items():
        if target == reference:
            continue
        pairs = [(size, speed / base[size]) for size, speed in sorted(speeds.items())
                 if size in base]
        if pairs:
            result[target] = pairs
    return result


class MatmulBenchmark:
    """Times float32 ``tf.matmul`` on each device, with NumPy's ``@`` as a reference.

    For each size and target: a warm-up product, then ``repeats`` timed products; the
    median is reported. Timing forces completion by reading back a reduction
    (``tf.reduce_sum(product).numpy()``), since GPU ops run asynchronously. A product
    expected to take longer than ``seconds_per_call`` (from the speed measured at the
    previous size, or at 256 first) is timed as row blocks ``a[i:j] @ b`` of at least 256
    rows, whose times add up to the product's; :meth:`run` yields after every timed call,
    so a stop request is honoured within one call (about ``seconds_per_call``; longer on
    a CPU too slow for a 256-row block to fit in it).

    Args:
        sizes: matrix sizes n (see :func:`parse_sizes`).
        devices: TensorFlow devices; None = :func:`benchmark_devices`.
        repeats: timed repeats per size and target (median reported).
        include_numpy: also time NumPy's ``@`` (the reference line).
        seconds_per_call: the longest a single timed call should take, in seconds.
        seed: seed of the random inputs (standard normal, float32).

    Raises:
        TypeError, ValueError: invalid sizes, devices or repeats.
    """

    def __init__(self, sizes=DEFAULT_BENCHMARK_SIZES, devices: Iterable[str] | None = None,
                 repeats: int = DEFAULT_REPEATS, include_numpy: bool = True,
                 seconds_per_call: float = SECONDS_PER_CALL, seed: int = 0):
        self.sizes = parse_sizes(sizes)
        self.repeats = check_repeats(repeats)
        if devices is None:
            devices = benchmark_devices()
        checked = []
        for device in devices:
            name = check_device_name(device)
            if name not in checked:
                checked.append(name)
        if not checked and not include_numpy:
            raise ValueError("Choose at least one device, or NumPy.")
        self.devices = tuple(checked)
        self.include_numpy = bool(include_numpy)
        if not seconds_per_call > 0:
            raise ValueError(f"seconds_per_call must be > 0, got {seconds_per_call}.")
        self.seconds_per_call = float(seconds_per_call)
        self.seed = seed

    @property
    def targets(self) -> tuple[str, ...]:
        """The devices, then NumPy if included."""
        return self.devices + ((NUMPY_TARGET,) if self.include_numpy else ())

    @property
    def total_flops(self) -> int:
        """Floating-point operations of all timed repeats (warm-ups excluded)."""
        return sum(matmul_flops(size) for size in self.sizes) * self.repeats * len(self.targets)

    def rows_per_block(self, size: int, gflops_estimate: float) -> int:
        """How many rows of ``a`` each timed call multiplies, for a product of ``size``.

        Args:
            size: n.
            gflops_estimate: the expected speed, in GFLOP/s.

        Returns:
            n when the whole product is expected to take at most ``seconds_per_call``;
            else the most rows whose ``a[i:j] @ b`` is expected to take at most that, but
            never fewer than :data:`MIN_ROWS_PER_BLOCK` (or n if smaller). The product is
            then ceil(n / rows) calls.
        """
        expected_seconds = matmul_flops(size) / (max(gflops_estimate, 1e-3) * 1e9)
        wanted = max(1, min(size, math.ceil(expected_seconds / self.seconds_per_call)))
        return max(min(size, MIN_ROWS_PER_BLOCK), size // wanted)

    def run(self) -> Iterator[BenchmarkProgress]:
        """Run the benchmark, yielding a :class:`BenchmarkProgress` after every timed call.

        Raises:
            ValueError: a device is not one TensorFlow lists.
        """
        tf = import_tensorflow()
        listed = {DeviceEntry(device.name, device.device_type).short_name
                  for device in tf.config.list_logical_devices()}
        missing = [device for device in self.devices if device not in listed]
        if missing:
            raise ValueError(f"TensorFlow lists no device {missing[0]}; it lists "
                             f"{', '.join(sorted(listed))}.")
        rng = np.random.default_rng(self.seed)
        total = self.total_flops
        done = 0
        timings: list[MatmulTiming] = []
        speed: dict[str, float] = {}
        for size in self.sizes:
            a = rng.standard_normal((size, size), dtype=np.float32)
            b = rng.standard_normal((size, size), dtype=np.float32)
            for target in self.targets:
                if target not in speed:
                    speed[target] = self._calibrate(tf, target, a, b)
                rows = self.rows_per_block(size, speed[target])
                blocks, b_on_target = self._prepare(tf, target, a, b, rows)
                # Warm-up (not timed): one call per distinct block shape.
                for block in {len(block): block for block in blocks}.values():
                    yield BenchmarkProgress(done, total, target, size, "warm-up",
                                            tuple(timings))
                    self._time_call(tf, target, block, b_on_target)
                repeat_seconds = []
                for repeat in range(self.repeats):
                    elapsed = 0.0
                    for block in blocks:
                        elapsed += self._time_call(tf, target, block, b_on_target)
                        done += 2 * len(block) * size * size
                        yield BenchmarkProgress(done, total, target, size,
                                                f"repeat {repeat + 1} of {self.repeats}",
                                                tuple(timings))
                    repeat_seconds.append(elapsed)
                timing = MatmulTiming(target, size, tuple(repeat_seconds), len(blocks))
                timings.append(timing)
                speed[target] = timing.gflops
                del blocks, b_on_target
        yield BenchmarkProgress(total, total, "", 0, "done", tuple(timings))

    def _calibrate(self, tf, target: str, a: np.ndarray, b: np.ndarray) -> float:
        """A first speed estimate in GFLOP/s: the fastest of a few warm products of at
        most 256 (the fastest, so that a busy moment does not split products needlessly).
        """
        n = min(a.shape[0], _CALIBRATION_SIZE)
        blocks, b_on_target = self._prepare(tf, target, a[:n, :n], b[:n, :n], n)
        self._time_call(tf, target, blocks[0], b_on_target)
        fastest = min(self._time_call(tf, target, blocks[0], b_on_target)
                      for _ in range(_CALIBRATION_REPEATS))
        return gflops_per_second(n, fastest)

    @staticmethod
    def _prepare(tf, target: str, a: np.ndarray, b: np.ndarray, rows: int):
        bounds = [(start, min(start + rows, a.shape[0])) for start in range(0, a.shape[0], rows)]
        if target == NUMPY_TARGET:
            return [np.ascontiguousarray(a[start:stop]) for start, stop in bounds], b
        with tf.device(target):
            a_tensor = tf.identity(tf.convert_to_tensor(a))
            b_tensor = tf.identity(tf.convert_to_tensor(b))
            blocks = [tf.identity(a_tensor[start:stop]) for start, stop in bounds]
        return blocks, b_tensor

    @staticmethod
    def _time_call(tf, target: str, block, b) -> float:
        """Seconds for ``block @ b`` including the read-back that forces completion."""
        if target == NUMPY_TARGET:
            start = time.perf_counter()
            product = block @ b
            float(product.sum())
            return time.perf_counter() - start
        with tf.device(target):
            start = time.perf_counter()
            product = tf.matmul(block, b)
            tf.reduce_sum(product).numpy()
            return time.perf_counter() - start



def benchmark_code(devices: Iterable[str], sizes: Iterable[int], repeats: int) -> str:
    """A stand-alone script that times ``tf.matmul`` the way :class:`MatmulBenchmark` does
    (without the row blocks).

    Args:
        devices: TensorFlow devices.
        sizes: matrix sizes n.
        repeats: timed repeats (the median is printed).

    Returns:
        Python source.
    """
    return "\n".join([
        "import time",
        "",
        "import numpy as np",
        "import tensorflow as tf",
        "",
        f"for device in {list(devices)!r}:",
        f"    for n in {list(sizes)!r}:",
        "        with tf.device(device):",
        "            a = tf.random.normal((n, n))",
        "            b = tf.random.normal((n, n))",
        "            tf.reduce_sum(tf.matmul(a, b)).numpy()  # warm-up",
        "            seconds = []",
        f"            for _ in range({int(repeats)}):",
        "                start = time.perf_counter()",
        "                # Reading back a reduction waits until the product is done.",
        "                tf.reduce_sum(tf.matmul(a, b)).numpy()",
        "                seconds.append(time.perf_counter() - start)",
        '        gflops = 2 * n**3 / np.median(seconds) / 1e9',
        '        print(f"{device} n={n}: {gflops:.1f} GFLOP/s")',
    ])

# -- correctness ----------------------------------------------------------------------------
#: Largest accepted max |TF − NumPy| / max |NumPy| of a float32 product. TensorFlow's
#: default TF32 on recent NVIDIA GPUs keeps 10 mantissa bits (relative rounding ≈ 5e-4 per
#: input), giving about 1e-4 at n = 256; plain float32 gives about 1e-7.
MATMUL_RELATIVE_TOLERANCE = 1e-3


def check_matmul(device: str, size: int = 256, seed: int = 0) -> dict:
    """Compare ``tf.matmul`` on ``device`` with NumPy (in float64) for one product.

    Args:
        device: a TensorFlow device such as ``"/CPU:0"``.
        size: n of the `(n, n) @ (n, n)` float32 product.
        seed: seed of the standard normal inputs.

    Returns:
        ``{"device", "ran_on", "size", "max_relative_error", "ok"}``; ``ok`` when the error
        is at most :data:`MATMUL_RELATIVE_TOLERANCE` and the product ran on ``device``.
    """
    name = check_device_name(device)
    matmul_flops(size)
    tf = import_tensorflow()
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((size, size), dtype=np.float32)
    b = rng.standard_normal((size, size), dtype=np.float32)
    with tf.device(name):
        product = tf.matmul(tf.identity(tf.convert_to_tensor(a)),
                            tf.identity(tf.convert_to_tensor(b)))
    expected = a.astype(np.float64) @ b.astype(np.float64)
    error = float(np.max(np.abs(product.numpy() - expected)) / np.max(np.abs(expected)))
    ran_on = DeviceEntry(product.device, "").short_name
    return {"device": name, "ran_on": ran_on, "size": size,
            "max_relative_error": error,
            "ok": ran_on == name and error <= MATMUL_RELATIVE_TOLERANCE}


# -- placement ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlacementResult:
    """Where TensorFlow ran a small op.

    Attributes:
        requested: the device asked for with ``tf.device``, or None (TensorFlow chooses).
        device: ``tensor.device`` of the result, e.g.
            ``"/job:localhost/replica:0/task:0/device:CPU:0"``.
        value: `(2, 2)` float32, the result.
        code: the TensorFlow lines that did it.
        note: a plain-words note when the op ran elsewhere than requested.
    """

    requested: str | None
    device: str
    value: np.ndarray
    code: str
    note: str | None = None

    @property
    def short_device(self) -> str:
        """``device`` as ``tf.device`` writes it, e.g. ``"/CPU:0"``."""
        return DeviceEntry(self.device, "").short_name


def run_placement_demo(device: str | None = None) -> PlacementResult:
    """Run ``tf.matmul(x, x)`` for ``x = [[1, 2], [3, 4]]`` and report ``.device``.

    Args:
        device: a device such as ``"/GPU:0"`` for ``with tf.device(...)``; None or ``""``
            lets TensorFlow choose (a GPU when there is one).

    Returns:
        A :class:`PlacementResult`; with soft device placement on (TensorFlow's default),
        a device that does not exist is replaced by one that does, and ``note`` says so.

    Raises:
        ValueError: ``device`` is not a device name, or TensorFlow refuses it.
    """
    requested = check_device_name(device) if device else None
    tf = import_tensorflow()
    x_value = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    lines = ["x = tf.constant([[1., 2.], [3., 4.]])", "y = tf.matmul(x, x)"]
    try:
        if requested is None:
            x = tf.constant(x_value)
            y = tf.matmul(x, x)
            code = "\n".join([*lines, "print(y.device)"])
        else:
            with tf.device(requested):
                x = tf.constant(x_value)
                y = tf.matmul(x, x)
            code = "\n".join([f'with tf.device("{requested}"):',
                              *("    " + line for line in lines), "print(y.device)"])
    except (tf.errors.InvalidArgumentError, tf.errors.NotFoundError) as error:
        raise ValueError(f"TensorFlow could not run the op on {requested}: "
                         f"{error.message}") from None
    result = PlacementResult(requested, y.device, y.numpy().copy(), code)
    if requested is not None and result.short_device != requested:
        note = (f"TensorFlow lists no {requested}, so with soft device placement on "
                "(tf.config.get_soft_device_placement() is True) it ran the op on "
                f"{result.short_device} instead.")
        result = PlacementResult(requested, y.device, result.value, code, note)
    return result


# -- distribution in miniature --------------------------------------------------------------
MAX_DISTRIBUTED_VALUES = 10_000


def parse_values(text) -> np.ndarray:
    """Read the numbers to spread over replicas.

    Args:
        text: a Python list literal such as ``"[1, 2, 3, 4]"``, numbers separated by
            commas or spaces, or a sequence of numbers.

    Returns:
        `(k,)` float32, 1 ≤ k ≤ 10 000.

    Raises:
        ValueError: not numbers, not finite, empty or too many.
    """
    if isinstance(text, str):
        stripped = text.strip()
        if not stripped:
            raise ValueError("Enter some numbers, e.g. [1, 2, 3, 4, 5, 6, 7, 8].")
        if not stripped.startswith(("[", "(")):
            stripped = "[" + ",".join(part for part in re.split(r"[,\s]+", stripped)
                                      if part) + "]"
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            raise ValueError(f"{text!r} is not a list of numbers. Enter e.g. "
                             "[1, 2, 3, 4, 5, 6, 7, 8].") from None
    else:
        value = text
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{text!r} is not a list of numbers. Enter e.g. "
                         "[1, 2, 3, 4, 5, 6, 7, 8].") from None
    if array.ndim != 1:
        raise ValueError(f"Expected a flat list of numbers, got shape {array.shape}.")
    if not 1 <= array.size <= MAX_DISTRIBUTED_VALUES:
        raise ValueError(f"Expected 1 to {MAX_DISTRIBUTED_VALUES} numbers, got {array.size}.")
    if not np.all(np.isfinite(array)):
        raise ValueError("Every number must be finite (no inf or nan).")
    return array.astype(np.float32)


@dataclass(frozen=True)
class ReplicaResult:
    """What one replica of the strategy computed.

    Attributes:
        device: where it ran, e.g. ``"/job:localhost/replica:0/task:0/device:CPU:1"``.
        values: `(m,)` float32, its share of the values.
        partial_sum: ``tf.reduce_sum`` of its share.
    """

    device: str
    values: np.ndarray
    partial_sum: float


@dataclass(frozen=True)
class MirroredSumResult:
    """A sum spread over the replicas of a ``tf.distribute.MirroredStrategy``.

    Attributes:
        devices: the strategy's devices.
        replicas: one :class:`ReplicaResult` per replica.
        total: ``strategy.reduce(tf.distribute.ReduceOp.SUM, ...)`` of the partial sums.
        code: the TensorFlow lines that did it.
    """

    devices: tuple[str, ...]
    replicas: tuple[ReplicaResult, ...]
    total: float
    code: str


def mirrored_sum_demo(values, devices: Iterable[str] | None = None) -> MirroredSumResult:
    """Sum ``values`` with one share per replica of a ``MirroredStrategy``, then reduce.

    Args:
        values: numbers (see :func:`parse_values`).
        devices: the strategy's devices; None = every logical CPU (split the CPU with
            :func:`tfintro_gui.core.runtime.set_device_options` before TensorFlow starts
            to have more than one).

    Returns:
        A :class:`MirroredSumResult`.

    Raises:
        ValueError: bad values or device names.
    """
    array = parse_values(values)
    tf = import_tensorflow()
    if devices is None:
        config = TensorFlowDeviceConfig(tf)
        names = [entry.short_name for entry in config.list_logical_devices("CPU")]
    else:
        names = [check_device_name(device) for device in devices]
    if not names:
        raise ValueError("Give at least one device.")
    shards = np.array_split(array, len(names))
    strategy = tf.distribute.MirroredStrategy(devices=names)
    distributed = strategy.experimental_distribute_values_from_function(
        lambda context: tf.constant(shards[context.replica_id_in_sync_group]))
    per_replica = strategy.run(tf.reduce_sum, args=(distributed,))
    local = strategy.experimental_local_results(per_replica)
    total = strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)
    replicas = tuple(ReplicaResult(partial.device, shard.copy(), float(partial.numpy()))
                     for partial, shard in zip(local, shards, strict=True))
    code = "\n".join([
        f"values = np.array({array.tolist()!r}, dtype=np.{array.dtype.name})",
        f"strategy = tf.distribute.MirroredStrategy(devices={names!r})",
        "shards = np.array_split(values, strategy.num_replicas_in_sync)",
        "distributed = strategy.experimental_distribute_values_from_function(",
        "    lambda context: tf.constant(shards[context.replica_id_in_sync_group]))",
        "partial_sums = strategy.run(tf.reduce_sum, args=(distributed,))",
        "print(strategy.experimental_local_results(partial_sums))",
        "total = strategy.reduce(tf.distribute.ReduceOp.SUM, partial_sums, axis=None)",
        "print(total)",
    ])
    return MirroredSumResult(tuple(names), replicas, float(total.numpy()), code)


# -- self-test ------------------------------------------------------------------------------
def self_check(size: int = 256) -> dict:
    """The devices part of ``--self-test``: devices listed, a matmul correct on each.

    Args:
        size: n of the checked float32 product on each device.

    Returns:
        ``{"ok", "physical_devices", "logical_devices", "num_gpus", "no_gpu_reasons",
        "matmul"}``; ``ok`` when TensorFlow lists a CPU and every product matches NumPy.
    """
    config = TensorFlowDeviceConfig()
    physical = config.list_physical_devices()
    logical = config.list_logical_devices()
    checks = [check_matmul(device, size) for device in benchmark_devices(config)]
    num_gpus = sum(1 for entry in physical if entry.device_type == "GPU")
    reasons = explain_no_gpu(probe_gpu_environment(config)) if num_gpus == 0 else []
    return {
        "ok": any(entry.device_type == "CPU" for entry in physical)
              and all(check["ok"] for check in checks),
        "physical_devices": [str(entry) for entry in physical],
        "logical_devices": [str(entry) for entry in logical],
        "num_gpus": num_gpus,
        "no_gpu_reasons": [reason.code for reason in reasons],
        "matmul": {check["device"]: {
            "size": check["size"],
            "max_relative_error": float(f"{check['max_relative_error']:.3g}"),
            "ok": check["ok"]} for check in checks},
    }


# -- report ---------------------------------------------------------------------------------
def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: tuple[str, ...], rows: Iterable[tuple]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def format_bytes(num_bytes: int | None) -> str:
    """``1536`` → ``"1.5 KiB"``; None → ``"—"``."""
    if num_bytes is None:
        return "—"
    value = float(num_bytes)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def format_report(facts: DeviceFacts, timings: Iterable[MatmulTiming] = (),
                  placement: PlacementResult | None = None,
                  distribution: MirroredSumResult | None = None,
                  extra_versions: dict | None = None) -> str:
    """The device report in Markdown (the panel's "Copy report" and ``--report``).

    Args:
        facts: from :func:`collect_device_facts`.
        timings: benchmark results to include.
        placement: a placement demo to include.
        distribution: a MirroredStrategy demo to include.
        extra_versions: more name → version rows, e.g. the Qt runtime's.

    Returns:
        Markdown text ending with a newline.
    """
    lines = ["# TensorFlow Intro Lab — device report", "",
             f"Collected {facts.collected_at} on {facts.platform}.", "",
             "## Versions", ""]
    version_rows = [(name, version) for name, version in facts.versions.items()]
    version_rows += list((extra_versions or {}).items())
    lines += _table(("Library", "Version"), version_rows)
    lines += ["", "## TensorFlow build (tf.sysconfig.get_build_info())", ""]
    lines += _table(("Key", "Value"), sorted(facts.build_info.items()))
    lines += ["", "TensorFloat-32 for float32 matmuls on GPUs: "
              f"{'enabled' if facts.tensor_float_32 else 'disabled'}.", "",
              '## Installed TensorFlow packages (pip list | grep -E "keras|tensorflow")', ""]
    lines += _table(("Package", "Version", "Location"),
                    [(item.name, item.version, item.location) for item in facts.distributions])
    lines += ["", "## Devices", "", f"`{facts.num_gpus_line}`", ""]
    lines += _table(("Kind", "Name", "Type"),
                    [("physical", entry.name, entry.device_type)
                     for entry in facts.physical_devices]
                    + [("logical", entry.name, entry.device_type)
                       for entry in facts.logical_devices])
    if facts.gpus:
        lines += ["", "### GPUs", ""]
        lines += _table(("Device", "Model", "Compute capability", "Memory in use", "Peak"),
                        [(gpu.device, gpu.model or "—",
                          ".".join(map(str, gpu.compute_capability))
                          if gpu.compute_capability else "—",
                          format_bytes(gpu.memory_current_bytes),
                          format_bytes(gpu.memory_peak_bytes)) for gpu in facts.gpus])
    if facts.no_gpu_reasons:
        lines += ["", "## Why TensorFlow lists no GPU", ""]
        for index, reason in enumerate(facts.no_gpu_reasons, 1):
            lines.append(f"{index}. {reason.explanation} **What to do:** {reason.remedy}")
    environment = facts.environment
    lines += ["", "### What was detected", "",
              f"- Operating system: {environment.system}"
              f"{' (WSL)' if environment.is_wsl else ''}",
              f"- Built with CUDA: {environment.is_cuda_build}"
              f" (CUDA {environment.cuda_version or '—'}, cuDNN "
              f"{environment.cudnn_version or '—'})",
              f"- NVIDIA driver library {environment.driver_library or '—'}: "
              f"{'loaded' if environment.driver_loaded else 'not loadable'}",
              f"- NVIDIA kernel driver: {environment.driver_version or 'not found'}",
              "- CUDA_VISIBLE_DEVICES: " + ("unset" if environment.cuda_visible_devices is None
                                            else repr(environment.cuda_visible_devices)),
              f"- NVIDIA CUDA wheels: {', '.join(environment.cuda_wheels) or 'none'}"]
    options = facts.options
    lines += ["", "## Device set-up", "",
              f"- The lab computes on: {facts.default_device}",
              f"- Preferred device: {options.preferred_device or 'automatic'}",
              f"- Logical CPU devices asked for: {options.num_cpu_logical_devices}",
              f"- GPU memory growth: {'on' if options.gpu_memory_growth else 'off'}"]
    lines += [f"- At start-up: {note}" for note in facts.startup_notes]
    timings = list(timings)
    if timings:
        lines += ["", "## Matrix product benchmark (float32, median of repeats)", ""]
        lines += _table(("Target", "n", "Median seconds", "GFLOP/s", "Repeats", "Blocks"),
                        [(timing.target, timing.size, f"{timing.seconds:.6f}",
                          f"{timing.gflops:.1f}", len(timing.repeat_seconds),
                          timing.num_blocks) for timing in timings])
        ratios = speedups(timings)
        if ratios:
            lines += ["", "Speed relative to /CPU:0 (GFLOP/s ratio):", ""]
            for target, pairs in ratios.items():
                lines.append(f"- {target}: " + ", ".join(f"n={size}: {ratio:.2f}×"
                                                         for size, ratio in pairs))
    if placement is not None:
        lines += ["", "## Placement", "", "```python", placement.code, "```", "",
                  f"`y.device` = `{placement.device}`"]
        if placement.note:
            lines += ["", placement.note]
    if distribution is not None:
        lines += ["", "## MirroredStrategy", "", "```python", distribution.code, "```", ""]
        lines += _table(("Replica device", "Values", "Partial sum"),
                        [(replica.device, np.array2string(replica.values, threshold=12),
                          f"{replica.partial_sum:g}") for replica in distribution.replicas])
        lines += ["", f"Reduced sum (ReduceOp.SUM): {distribution.total:g}"]
    return "\n".join(lines) + "\n"


#: Sizes of the quick benchmark in ``--report`` (well under a second on a laptop CPU).
REPORT_BENCHMARK_SIZES = (128, 256, 512, 1024)


def device_report(benchmark_sizes=REPORT_BENCHMARK_SIZES, repeats: int = DEFAULT_REPEATS,
                  extra_versions: dict | None = None) -> str:
    """Collect the facts, run a quick benchmark and both demos, and format the report.

    What ``tfintro-gui --report`` prints.

    Args:
        benchmark_sizes: sizes of the benchmark (see :func:`parse_sizes`); empty = none.
        repeats: timed repeats per size and device.
        extra_versions: more name → version rows, e.g. the Qt runtime's.

    Returns:
        The Markdown report.

    Raises:
        ImportError: TensorFlow cannot be imported.
        ValueError, TypeError: invalid sizes or repeats.
    """
    facts = collect_device_facts()
    timings: tuple[MatmulTiming, ...] = ()
    if benchmark_sizes:
        *_, last = MatmulBenchmark(benchmark_sizes, repeats=repeats).run()
        timings = last.timings
    placement = run_placement_demo()
    distribution = mirrored_sum_demo(np.arange(1, 9))
    return format_report(facts, timings, placement, distribution, extra_versions)
