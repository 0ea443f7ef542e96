"""The facts the Devices panel and ``--report`` show: versions, packages, devices, GPUs.

:func:`collect_device_facts` asks TensorFlow once (through a
:mod:`~tfintro_gui.core.devices.config` adapter, so a recorded GPU laptop can stand in)
and returns a frozen :class:`DeviceFacts`: the notebook's ``Num GPUs Available`` line,
physical and logical devices, each GPU's model and memory, and why there is no GPU.
"""

from __future__ import annotations

import platform
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from tfintro_gui.core.device_setup import DeviceOptions, SetupNote, device_options, startup_notes
from tfintro_gui.core.devices.config import DeviceEntry, TensorFlowDeviceConfig
from tfintro_gui.core.devices.diagnosis import NoGpuReason, explain_no_gpu
from tfintro_gui.core.devices.environment import (
    Distribution,
    GpuEnvironment,
    installed_distributions,
    probe_gpu_environment,
)
from tfintro_gui.core.runtime import versions


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
    startup_notes: tuple[SetupNote, ...] = ()
    collected_at: str = ""

    @property
    def num_gpus(self) -> int:
        """Physical GPUs TensorFlow lists."""
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
