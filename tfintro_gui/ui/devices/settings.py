"""The device choices of the Devices panel, kept with ``QSettings`` across starts.

TensorFlow accepts a CPU split and GPU memory growth only before its runtime starts, so
:func:`apply_saved_device_settings` hands the saved choices to
:func:`tfintro_gui.core.device_setup.set_device_options` just before TensorFlow is
imported (the TensorFlow loader and ``--report`` call it).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tfintro_gui.core.device_setup import (
    MAX_CPU_LOGICAL_DEVICES,
    DeviceOptions,
    check_device_name,
    set_device_options,
)
from tfintro_gui.core.runtime import is_tensorflow_imported

PREFERRED_DEVICE_KEY = "devices/preferred_device"
CPU_LOGICAL_DEVICES_KEY = "devices/num_cpu_logical_devices"
GPU_MEMORY_GROWTH_KEY = "devices/gpu_memory_growth"


def saved_device_options(settings: QSettings | None = None) -> DeviceOptions:
    """The saved choices; a value that is missing or unreadable counts as the default.

    Args:
        settings: where to read; None = the application's ``QSettings()``.
    """
    settings = settings or QSettings()
    preferred = str(settings.value(PREFERRED_DEVICE_KEY, "") or "")
    try:
        preferred = check_device_name(preferred) if preferred else None
    except ValueError:
        preferred = None
    try:
        num_cpus = int(settings.value(CPU_LOGICAL_DEVICES_KEY, 1))
    except (TypeError, ValueError):
        num_cpus = 1
    if not 1 <= num_cpus <= MAX_CPU_LOGICAL_DEVICES:
        num_cpus = 1
    growth = settings.value(GPU_MEMORY_GROWTH_KEY, False)
    growth = growth if isinstance(growth, bool) else str(growth).lower() == "true"
    return DeviceOptions(preferred, num_cpus, growth)


def save_device_options(options: DeviceOptions, settings: QSettings | None = None) -> None:
    """Keep ``options`` for the next start.

    Args:
        options: the choices.
        settings: where to write; None = the application's ``QSettings()``.
    """
    settings = settings or QSettings()
    settings.setValue(PREFERRED_DEVICE_KEY, options.preferred_device or "")
    settings.setValue(CPU_LOGICAL_DEVICES_KEY, int(options.num_cpu_logical_devices))
    settings.setValue(GPU_MEMORY_GROWTH_KEY, bool(options.gpu_memory_growth))
    settings.sync()


def apply_saved_device_settings(settings: QSettings | None = None) -> DeviceOptions | None:
    """Hand the saved choices to the runtime before TensorFlow is imported.

    Args:
        settings: where to read; None = the application's ``QSettings()``.

    Returns:
        The options handed over, or None when TensorFlow was already imported (its
        options are in force and are left alone).
    """
    if is_tensorflow_imported():
        return None
    options = saved_device_options(settings)
    return set_device_options(options.preferred_device, options.num_cpu_logical_devices,
                              options.gpu_memory_growth)
