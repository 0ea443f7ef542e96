"""The device report in the interface's language: ``tfintro-gui --report --language …``.

:func:`~tfintro_gui.core.devices.report.format_report` takes its words from a
:class:`~tfintro_gui.core.devices.texts.ReportWords` object; :class:`TranslatedReportWords`
words the core's codes through ``tr()`` (context ``DeviceReport``), and the no-GPU reasons
and notes as the Devices panel does (:mod:`tfintro_gui.ui.devices.texts`). The English
templates below are the core's (:data:`tfintro_gui.core.devices.texts.REPORT_TEXTS`),
repeated so ``pyside6-lupdate`` extracts them; ``tests/ui/test_command_words.py`` fails
when the two lists differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.ui.devices.texts import word, word_reason

CONTEXT = "DeviceReport"

#: The report's headings, table headers and lines: code → English template.
REPORT_TEXTS = {
    "title": QT_TRANSLATE_NOOP("DeviceReport", "TensorFlow Intro Lab — device report"),
    "collected": QT_TRANSLATE_NOOP("DeviceReport", "Collected {time} on {platform}."),
    "versions": QT_TRANSLATE_NOOP("DeviceReport", "Versions"),
    "library": QT_TRANSLATE_NOOP("DeviceReport", "Library"),
    "version": QT_TRANSLATE_NOOP("DeviceReport", "Version"),
    "build_info": QT_TRANSLATE_NOOP(
        "DeviceReport", "TensorFlow build (tf.sysconfig.get_build_info())"),
    "key": QT_TRANSLATE_NOOP("DeviceReport", "Key"),
    "value": QT_TRANSLATE_NOOP("DeviceReport", "Value"),
    "tf32_enabled": QT_TRANSLATE_NOOP(
        "DeviceReport", "TensorFloat-32 for float32 matmuls on GPUs: enabled."),
    "tf32_disabled": QT_TRANSLATE_NOOP(
        "DeviceReport", "TensorFloat-32 for float32 matmuls on GPUs: disabled."),
    "packages": QT_TRANSLATE_NOOP(
        "DeviceReport", 'Installed TensorFlow packages (pip list | grep -E "keras|tensorflow")'),
    "package": QT_TRANSLATE_NOOP("DeviceReport", "Package"),
    "location": QT_TRANSLATE_NOOP("DeviceReport", "Location"),
    "devices": QT_TRANSLATE_NOOP("DeviceReport", "Devices"),
    "kind": QT_TRANSLATE_NOOP("DeviceReport", "Kind"),
    "name": QT_TRANSLATE_NOOP("DeviceReport", "Name"),
    "type": QT_TRANSLATE_NOOP("DeviceReport", "Type"),
    "physical": QT_TRANSLATE_NOOP("DeviceReport", "physical"),
    "logical": QT_TRANSLATE_NOOP("DeviceReport", "logical"),
    "gpus": QT_TRANSLATE_NOOP("DeviceReport", "GPUs"),
    "device": QT_TRANSLATE_NOOP("DeviceReport", "Device"),
    "model": QT_TRANSLATE_NOOP("DeviceReport", "Model"),
    "compute_capability": QT_TRANSLATE_NOOP("DeviceReport", "Compute capability"),
    "memory_in_use": QT_TRANSLATE_NOOP("DeviceReport", "Memory in use"),
    "peak": QT_TRANSLATE_NOOP("DeviceReport", "Peak"),
    "why_no_gpu": QT_TRANSLATE_NOOP("DeviceReport", "Why TensorFlow lists no GPU"),
    "reason": QT_TRANSLATE_NOOP("DeviceReport", "{index}. {explanation} **What to do:** {remedy}"),
    "detected": QT_TRANSLATE_NOOP("DeviceReport", "What was detected"),
    "system": QT_TRANSLATE_NOOP("DeviceReport", "Operating system: {system}"),
    "system_wsl": QT_TRANSLATE_NOOP("DeviceReport", "Operating system: {system} (WSL)"),
    "cuda_build": QT_TRANSLATE_NOOP(
        "DeviceReport", "Built with CUDA: {built} (CUDA {cuda_version}, cuDNN {cudnn_version})"),
    "yes": QT_TRANSLATE_NOOP("DeviceReport", "True"),
    "no": QT_TRANSLATE_NOOP("DeviceReport", "False"),
    "driver_loaded": QT_TRANSLATE_NOOP("DeviceReport", "NVIDIA driver library {library}: loaded"),
    "driver_not_loadable": QT_TRANSLATE_NOOP(
        "DeviceReport", "NVIDIA driver library {library}: not loadable"),
    "kernel_driver": QT_TRANSLATE_NOOP("DeviceReport", "NVIDIA kernel driver: {version}"),
    "kernel_driver_missing": QT_TRANSLATE_NOOP("DeviceReport", "NVIDIA kernel driver: not found"),
    "visible_devices": QT_TRANSLATE_NOOP("DeviceReport", "CUDA_VISIBLE_DEVICES: {value}"),
    "visible_devices_unset": QT_TRANSLATE_NOOP("DeviceReport", "CUDA_VISIBLE_DEVICES: unset"),
    "cuda_wheels": QT_TRANSLATE_NOOP("DeviceReport", "NVIDIA CUDA wheels: {wheels}"),
    "cuda_wheels_none": QT_TRANSLATE_NOOP("DeviceReport", "NVIDIA CUDA wheels: none"),
    "setup": QT_TRANSLATE_NOOP("DeviceReport", "Device set-up"),
    "computes_on": QT_TRANSLATE_NOOP("DeviceReport", "The lab computes on: {device}"),
    "preferred": QT_TRANSLATE_NOOP("DeviceReport", "Preferred device: {device}"),
    "preferred_automatic": QT_TRANSLATE_NOOP("DeviceReport", "Preferred device: automatic"),
    "cpu_devices": QT_TRANSLATE_NOOP("DeviceReport", "Logical CPU devices asked for: {count}"),
    "memory_growth_on": QT_TRANSLATE_NOOP("DeviceReport", "GPU memory growth: on"),
    "memory_growth_off": QT_TRANSLATE_NOOP("DeviceReport", "GPU memory growth: off"),
    "startup_note": QT_TRANSLATE_NOOP("DeviceReport", "At start-up: {note}"),
    "benchmark": QT_TRANSLATE_NOOP(
        "DeviceReport", "Matrix product benchmark (float32, median of repeats)"),
    "target": QT_TRANSLATE_NOOP("DeviceReport", "Target"),
    "median_seconds": QT_TRANSLATE_NOOP("DeviceReport", "Median seconds"),
    "repeats": QT_TRANSLATE_NOOP("DeviceReport", "Repeats"),
    "spread": QT_TRANSLATE_NOOP("DeviceReport", "Spread"),
    "blocks": QT_TRANSLATE_NOOP("DeviceReport", "Blocks"),
    "relative_speed": QT_TRANSLATE_NOOP(
        "DeviceReport", "Speed relative to /CPU:0 (GFLOP/s ratio):"),
    "placement": QT_TRANSLATE_NOOP("DeviceReport", "Placement"),
    "replica_device": QT_TRANSLATE_NOOP("DeviceReport", "Replica device"),
    "values": QT_TRANSLATE_NOOP("DeviceReport", "Values"),
    "partial_sum": QT_TRANSLATE_NOOP("DeviceReport", "Partial sum"),
    "reduced_sum": QT_TRANSLATE_NOOP("DeviceReport", "Reduced sum (ReduceOp.SUM): {total}"),
}


class TranslatedReportWords:
    """The report's words in the interface's language (the translator installed now)."""

    def text(self, code: str, **values) -> str:
        """The translated template of ``code`` filled with ``values``."""
        return QCoreApplication.translate(CONTEXT, REPORT_TEXTS[code]).format(**values)

    def reason(self, reason) -> tuple[str, str]:
        """``(what was detected, what to do)`` of a no-GPU reason."""
        return word_reason(reason)

    def note(self, note) -> str:
        """A set-up note or the placement note."""
        return word(note)
