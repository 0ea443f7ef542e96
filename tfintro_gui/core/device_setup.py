"""The lab's device set-up: options chosen before TensorFlow starts, applied at its import.

TensorFlow accepts a CPU split (``tf.config.set_logical_device_configuration``) and GPU
memory growth (``tf.config.experimental.set_memory_growth``) only before its runtime
starts. The lab keeps the chosen :class:`DeviceOptions` here; :mod:`tfintro_gui.core.runtime`
hands the freshly imported module to :func:`apply_at_startup` right after the import, and
:func:`tfintro_gui.core.runtime.default_device` reads the preferred device.

This module imports nothing of the lab (it is below :mod:`~tfintro_gui.core.runtime` and
every core area), so the import graph has no cycle. What applying did comes back as
:class:`SetupNote` data (a code plus values); the UI words it, and
:meth:`SetupNote.english` is the English for ``--report``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType

#: At most this many logical CPU devices (enough to show a MirroredStrategy at work).
MAX_CPU_LOGICAL_DEVICES = 4
_DEVICE_PATTERN = re.compile(r"^/?(?:device:)?(CPU|GPU|TPU):(\d+)$", re.IGNORECASE)


@dataclass(frozen=True)
class DeviceOptions:
    """How the lab sets up TensorFlow's devices.

    Attributes:
        preferred_device: the device :func:`~tfintro_gui.core.runtime.default_device`
            returns when TensorFlow lists it, e.g. ``"/CPU:0"``; None = the first GPU,
            else the CPU.
        num_cpu_logical_devices: split the CPU into this many logical devices (1 to
            :data:`MAX_CPU_LOGICAL_DEVICES`) with
            ``tf.config.set_logical_device_configuration``; 1 = no split.
        gpu_memory_growth: ``tf.config.experimental.set_memory_growth(gpu, True)`` for
            every GPU, so TensorFlow takes GPU memory as needed instead of nearly all of it.
    """

    preferred_device: str | None = None
    num_cpu_logical_devices: int = 1
    gpu_memory_growth: bool = False


#: English of each :class:`SetupNote` code (the UI words the same codes through tr()).
SETUP_NOTE_TEMPLATES = {
    "cpu_split": "The CPU is split into {count} logical devices.",
    "cpu_split_refused": "The CPU split was not applied ({reason}); restart the lab.",
    "memory_growth_on": "Memory growth is on for {device}.",
    "memory_growth_refused": "Memory growth was not applied to {device} ({reason}); "
                             "restart the lab.",
    "memory_growth_without_gpu": "GPU memory growth is on, but TensorFlow lists no GPU.",
}
#: Codes of the notes that say TensorFlow refused because its runtime had started.
RESTART_CODES = frozenset({"cpu_split_refused", "memory_growth_refused"})


@dataclass(frozen=True)
class SetupNote:
    """What applying one device option did.

    Attributes:
        code: a key of :data:`SETUP_NOTE_TEMPLATES`, e.g. ``"cpu_split"``.
        values: the template's values, e.g. ``{"count": 3}``; ``reason`` is TensorFlow's
            own error text.
    """

    code: str
    values: dict = field(default_factory=dict)

    @property
    def restart_needed(self) -> bool:
        """True when TensorFlow refused because its runtime had already started."""
        return self.code in RESTART_CODES

    def english(self) -> str:
        """The note in English (``--report``)."""
        return SETUP_NOTE_TEMPLATES[self.code].format(**self.values)

    def __str__(self) -> str:
        return self.english()


_device_options = DeviceOptions()
_startup_notes: tuple[SetupNote, ...] = ()


def check_device_name(name: str) -> str:
    """Normalise a device name to the ``tf.device`` form ``"/CPU:0"``.

    Args:
        name: e.g. ``"/GPU:0"``, ``"gpu:0"`` or ``"/device:CPU:1"``.

    Returns:
        The name as ``"/TYPE:index"`` with the type in capitals.

    Raises:
        TypeError: ``name`` is not a string.
        ValueError: ``name`` is not of that form.
    """
    if not isinstance(name, str):
        raise TypeError(f"A device name must be a string such as '/CPU:0', not "
                        f"{type(name).__name__}.")
    match = _DEVICE_PATTERN.match(name.strip())
    if match is None:
        shown = name if len(name) <= 40 else name[:39] + "…"
        raise ValueError(f"{shown!r} is not a device name. Expected '/CPU:0', '/GPU:0' or "
                         "another '/TYPE:index' as TensorFlow writes it.")
    return f"/{match.group(1).upper()}:{int(match.group(2))}"


def short_device_name(name: str) -> str:
    """The ``tf.device`` form of any name TensorFlow writes.

    ``"/physical_device:GPU:0"`` → ``"/GPU:0"``;
    ``"/job:localhost/replica:0/task:0/device:CPU:1"`` → ``"/CPU:1"``.
    """
    return "/" + name.rsplit("/", 1)[-1].split("device:")[-1]


def set_device_options(preferred_device: str | None = None, num_cpu_logical_devices: int = 1,
                       gpu_memory_growth: bool = False) -> DeviceOptions:
    """Choose the lab's device set-up.

    The preferred device counts at once (the next ``default_device()`` call). The CPU
    split and memory growth are applied when TensorFlow is imported, so they take effect
    only if it is not imported yet (else at the next start of the lab).

    Args:
        preferred_device: see :class:`DeviceOptions`; None or ``""`` = automatic.
        num_cpu_logical_devices: 1 to :data:`MAX_CPU_LOGICAL_DEVICES`.
        gpu_memory_growth: see :class:`DeviceOptions`.

    Returns:
        The stored options.

    Raises:
        TypeError, ValueError: a value of the wrong type or out of range; nothing changes.
    """
    global _device_options
    preferred = check_device_name(preferred_device) if preferred_device else None
    if isinstance(num_cpu_logical_devices, bool) or not isinstance(num_cpu_logical_devices,
                                                                   int):
        raise TypeError("num_cpu_logical_devices must be an integer, not "
                        f"{type(num_cpu_logical_devices).__name__}.")
    if not 1 <= num_cpu_logical_devices <= MAX_CPU_LOGICAL_DEVICES:
        raise ValueError(f"num_cpu_logical_devices must be 1 to {MAX_CPU_LOGICAL_DEVICES}, "
                         f"got {num_cpu_logical_devices}.")
    _device_options = DeviceOptions(preferred, num_cpu_logical_devices, bool(gpu_memory_growth))
    return _device_options


def device_options() -> DeviceOptions:
    """The options stored by :func:`set_device_options`."""
    return _device_options


def startup_notes() -> tuple[SetupNote, ...]:
    """What applying the device options did when TensorFlow was imported."""
    return _startup_notes


class TensorFlowDeviceSetup:
    """The ``tf.config`` calls that set devices up, on a given ``tensorflow`` module.

    :class:`tfintro_gui.core.devices.config.TensorFlowDeviceConfig` extends it with the
    questions the Devices panel asks.

    Args:
        tf: the ``tensorflow`` module.
    """

    def __init__(self, tf: ModuleType | None):
        self._tf = tf

    @property
    def tf(self) -> ModuleType:
        """The ``tensorflow`` module asked."""
        return self._tf

    def physical_device_names(self, device_type: str | None = None) -> list[str]:
        """Names from ``tf.config.list_physical_devices(device_type)``, e.g.
        ``"/physical_device:GPU:0"``; does not start the runtime."""
        return [device.name for device in self.tf.config.list_physical_devices(device_type)]

    def set_memory_growth(self, physical_name: str, enable: bool) -> None:
        """``tf.config.experimental.set_memory_growth``.

        Raises:
            ValueError: TensorFlow lists no such physical device.
            RuntimeError: the runtime is already initialised (TensorFlow's own error).
        """
        self.tf.config.experimental.set_memory_growth(self._physical(physical_name),
                                                      bool(enable))

    def set_cpu_logical_devices(self, num_devices: int) -> None:
        """Split the first physical CPU into ``num_devices`` logical devices.

        Raises:
            RuntimeError: the runtime is already initialised (TensorFlow's own error).
        """
        tf = self.tf
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(
            cpu, [tf.config.LogicalDeviceConfiguration() for _ in range(int(num_devices))])

    def _physical(self, physical_name: str):
        for device in self.tf.config.list_physical_devices():
            if device.name == physical_name:
                return device
        raise ValueError(f"TensorFlow lists no physical device named {physical_name!r}.")


def apply_device_options(config, options: DeviceOptions) -> list[SetupNote]:
    """Apply the CPU split and GPU memory growth of ``options``; never raises.

    Args:
        config: an object with ``set_cpu_logical_devices``, ``physical_device_names`` and
            ``set_memory_growth`` (:class:`TensorFlowDeviceSetup`, or a recorded
            configuration of :mod:`tfintro_gui.core.devices.config`).
        options: what to apply.

    Returns:
        One note per change made or refused; a refusal carries TensorFlow's words and
        :attr:`SetupNote.restart_needed`.
    """
    notes = []
    if options.num_cpu_logical_devices > 1:
        try:
            config.set_cpu_logical_devices(options.num_cpu_logical_devices)
            notes.append(SetupNote("cpu_split", {"count": options.num_cpu_logical_devices}))
        except (RuntimeError, ValueError) as error:
            notes.append(SetupNote("cpu_split_refused", {"reason": str(error)}))
    if options.gpu_memory_growth:
        gpus = config.physical_device_names("GPU")
        if not gpus:
            notes.append(SetupNote("memory_growth_without_gpu"))
        for gpu in gpus:
            try:
                config.set_memory_growth(gpu, True)
                notes.append(SetupNote("memory_growth_on", {"device": gpu}))
            except (RuntimeError, ValueError) as error:
                notes.append(SetupNote("memory_growth_refused",
                                       {"device": gpu, "reason": str(error)}))
    return notes


def apply_at_startup(tf: ModuleType) -> tuple[SetupNote, ...]:
    """Apply the stored options to a just-imported TensorFlow and keep the notes.

    Called by :func:`tfintro_gui.core.runtime.import_tensorflow`, once.

    Args:
        tf: the ``tensorflow`` module, before its runtime starts.

    Returns:
        The notes, as :func:`startup_notes` returns them from now on.
    """
    global _startup_notes
    _startup_notes = tuple(apply_device_options(TensorFlowDeviceSetup(tf), _device_options))
    return _startup_notes
