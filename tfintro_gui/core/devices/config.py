"""A small adapter over ``tf.config``: the device questions the lab asks TensorFlow.

:class:`TensorFlowDeviceConfig` asks the TensorFlow of this process.
:class:`RecordedDeviceConfig` replays answers recorded elsewhere (with :func:`record`, or
written by hand from TensorFlow's documented outputs), so the GPU paths of the lab (a GPU
with details and memory, a runtime that is already initialised) can be run and checked on
a computer that has no GPU. Both can be handed to
:func:`tfintro_gui.core.device_setup.apply_device_options`.

Every answer is a plain value (strings, ints, dicts), never a TensorFlow object.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from types import ModuleType

from tfintro_gui.core.device_setup import TensorFlowDeviceSetup, short_device_name
from tfintro_gui.core.runtime import import_tensorflow

#: TensorFlow's text when devices are configured after the runtime started (TF 2.x).
PHYSICAL_DEVICES_INITIALIZED = "Physical devices cannot be modified after being initialized"
VIRTUAL_DEVICES_INITIALIZED = "Virtual devices cannot be modified after being initialized"


@dataclass(frozen=True)
class DeviceEntry:
    """One device as TensorFlow lists it.

    Attributes:
        name: TensorFlow's name, e.g. ``"/physical_device:GPU:0"`` (physical) or
            ``"/device:GPU:0"`` (logical).
        device_type: ``"CPU"``, ``"GPU"`` or ``"TPU"``.
    """

    name: str
    device_type: str

    @property
    def short_name(self) -> str:
        """The name as ``tf.device`` takes it, e.g. ``"/GPU:0"``."""
        return short_device_name(self.name)

    def __str__(self) -> str:
        kind = "PhysicalDevice" if "physical_device" in self.name else "LogicalDevice"
        return f"{kind}(name='{self.name}', device_type='{self.device_type}')"


class TensorFlowDeviceConfig(TensorFlowDeviceSetup):
    """Asks ``tf.config`` of this process.

    Args:
        tf: the ``tensorflow`` module; None = import it through
            :func:`tfintro_gui.core.runtime.import_tensorflow` on first use.
    """

    def __init__(self, tf: ModuleType | None = None):
        super().__init__(tf)

    @property
    def tf(self) -> ModuleType:
        """The ``tensorflow`` module (imported on first use)."""
        if self._tf is None:
            self._tf = import_tensorflow()
        return self._tf

    def list_physical_devices(self, device_type: str | None = None) -> list[DeviceEntry]:
        """``tf.config.list_physical_devices(device_type)``; does not start the runtime."""
        return [DeviceEntry(device.name, device.device_type)
                for device in self.tf.config.list_physical_devices(device_type)]

    def list_logical_devices(self, device_type: str | None = None) -> list[DeviceEntry]:
        """``tf.config.list_logical_devices(device_type)``; starts the runtime."""
        return [DeviceEntry(device.name, device.device_type)
                for device in self.tf.config.list_logical_devices(device_type)]

    def get_device_details(self, physical_name: str) -> dict:
        """``tf.config.experimental.get_device_details``: for a GPU, ``device_name`` and
        ``compute_capability`` (a ``(major, minor)`` tuple); often empty for a CPU.
        """
        return dict(self.tf.config.experimental.get_device_details(
            self._physical(physical_name)))

    def get_memory_info(self, device: str) -> dict:
        """``tf.config.experimental.get_memory_info(device)``: ``current`` and ``peak`` in
        bytes, for a device such as ``"GPU:0"``.
        """
        return dict(self.tf.config.experimental.get_memory_info(device))

    def build_info(self) -> dict:
        """``tf.sysconfig.get_build_info()`` as a plain dict (lists instead of tuples)."""
        info = {}
        for key, value in self.tf.sysconfig.get_build_info().items():
            info[key] = list(value) if isinstance(value, (list, tuple)) else value
        return info

    def tensor_float_32_execution_enabled(self) -> bool:
        """Whether GPU float32 matmuls may round inputs to TF32 (TensorFlow's default)."""
        return bool(self.tf.config.experimental.tensor_float_32_execution_enabled())


class RecordedDeviceConfig:
    """Replays recorded ``tf.config`` answers; configuring follows TensorFlow's rules.

    Args:
        answers: a dict as :func:`record` returns it::

            {"physical": [[name, device_type], ...], "logical": [[name, device_type], ...],
             "details": {physical_name: {...}}, "memory": {"GPU:0": {"current": int,
             "peak": int}}, "build_info": {...}, "tensor_float_32": bool,
             "initialized": bool}

            With ``"initialized": True`` the runtime counts as started, and configuring
            raises TensorFlow's ``RuntimeError``; listing logical devices starts it, as in
            TensorFlow.

    Raises:
        ValueError: ``answers`` lacks ``"physical"``.
    """

    def __init__(self, answers: dict):
        if "physical" not in answers:
            raise ValueError("Recorded answers need at least a 'physical' device list.")
        self.answers = copy.deepcopy(answers)
        for key, default in (("details", {}), ("memory", {}), ("build_info", {}),
                             ("tensor_float_32", True), ("initialized", False),
                             ("memory_growth", {})):
            self.answers.setdefault(key, default)
        if "logical" not in self.answers:
            self.answers["logical"] = [
                [name.replace("/physical_device:", "/device:"), device_type]
                for name, device_type in self.answers["physical"]]

    @property
    def initialized(self) -> bool:
        """True once the (recorded) runtime has started."""
        return bool(self.answers["initialized"])

    @property
    def memory_growth(self) -> dict[str, bool]:
        """Physical GPU name → memory growth set on it, as configured here."""
        return dict(self.answers["memory_growth"])

    def list_physical_devices(self, device_type: str | None = None) -> list[DeviceEntry]:
        """The recorded physical devices (of ``device_type``, if given)."""
        return [DeviceEntry(name, kind) for name, kind in self.answers["physical"]
                if device_type is None or kind == device_type]

    def physical_device_names(self, device_type: str | None = None) -> list[str]:
        """Names of :meth:`list_physical_devices`."""
        return [entry.name for entry in self.list_physical_devices(device_type)]

    def list_logical_devices(self, device_type: str | None = None) -> list[DeviceEntry]:
        """The recorded logical devices; starts the (recorded) runtime."""
        self.answers["initialized"] = True
        return [DeviceEntry(name, kind) for name, kind in self.answers["logical"]
                if device_type is None or kind == device_type]

    def get_device_details(self, physical_name: str) -> dict:
        """The recorded details of ``physical_name``."""
        self._check_physical(physical_name)
        return dict(self.answers["details"].get(physical_name, {}))

    def get_memory_info(self, device: str) -> dict:
        """The recorded memory of ``device``, e.g. ``"GPU:0"``."""
        key = device.lstrip("/").replace("device:", "")
        if key not in self.answers["memory"]:
            raise ValueError(f"No memory information was recorded for {device!r}.")
        return dict(self.answers["memory"][key])

    def set_memory_growth(self, physical_name: str, enable: bool) -> None:
        """As TensorFlow: refused with ``RuntimeError`` once the runtime started."""
        self._check_physical(physical_name)
        if self.initialized:
            raise RuntimeError(PHYSICAL_DEVICES_INITIALIZED)
        self.answers["memory_growth"][physical_name] = bool(enable)

    def set_cpu_logical_devices(self, num_devices: int) -> None:
        """As TensorFlow: refused with ``RuntimeError`` once the runtime started."""
        if self.initialized:
            raise RuntimeError(VIRTUAL_DEVICES_INITIALIZED)
        others = [entry for entry in self.answers["logical"] if entry[1] != "CPU"]
        cpus = [[f"/device:CPU:{index}", "CPU"] for index in range(int(num_devices))]
        self.answers["logical"] = cpus + others

    def build_info(self) -> dict:
        """The recorded ``tf.sysconfig.get_build_info()``."""
        return copy.deepcopy(self.answers["build_info"])

    def tensor_float_32_execution_enabled(self) -> bool:
        """The recorded TF32 setting."""
        return bool(self.answers["tensor_float_32"])

    def _check_physical(self, physical_name: str) -> None:
        if physical_name not in {name for name, _ in self.answers["physical"]}:
            raise ValueError(f"TensorFlow lists no physical device named {physical_name!r}.")


def record(config: TensorFlowDeviceConfig | RecordedDeviceConfig) -> dict:
    """Record a configuration's answers so :class:`RecordedDeviceConfig` can replay them.

    Lists the logical devices too, which starts TensorFlow's runtime.

    Args:
        config: the configuration to ask.

    Returns:
        A JSON-serialisable dict (see :class:`RecordedDeviceConfig`).
    """
    physical = config.list_physical_devices()
    logical = config.list_logical_devices()
    details, memory = {}, {}
    for entry in physical:
        try:
            found = config.get_device_details(entry.name)
        except (ValueError, RuntimeError):
            found = {}
        details[entry.name] = {key: list(value) if isinstance(value, tuple) else value
                               for key, value in found.items()}
    for entry in logical:
        if entry.device_type == "GPU":
            key = entry.short_name.lstrip("/")
            try:
                memory[key] = config.get_memory_info(key)
            except (ValueError, RuntimeError):
                pass
    return {
        "physical": [[entry.name, entry.device_type] for entry in physical],
        "logical": [[entry.name, entry.device_type] for entry in logical],
        "details": details,
        "memory": memory,
        "build_info": config.build_info(),
        "tensor_float_32": config.tensor_float_32_execution_enabled(),
        "initialized": True,
    }
