"""The Devices core's explanations as data, and their English words.

The core says what it found or refused as an :class:`Explanation`: a stable ``code`` plus
the ``values`` that fill the code's template. The panel words each code through ``tr()``
(``tfintro_gui/ui/devices/texts.py`` lists the same English templates for translation);
:meth:`Explanation.english` is the English the ``--report`` Markdown and ``str()`` of
errors use. Values are plain: numbers, device names, versions, a short excerpt of what
was typed (never all of it: a long text without spaces cannot wrap in a message).

The Markdown report (:mod:`tfintro_gui.core.devices.report`) takes its words from a
:class:`ReportWords` object: :data:`ENGLISH` here, or the UI's, which words the same
codes (:data:`REPORT_TEXTS`) through ``tr()`` for ``--report`` in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from tfintro_gui.core.explained_error import ExplainedError

#: A hosted runtime, the way out wherever no GPU can be had (Colab's menu path).
_HOSTED = ("use a hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime type ▸ "
           "GPU)")

#: Why TensorFlow lists no GPU: code → (what was detected, what to do).
REASON_TEMPLATES = {
    "macos": (
        "This is macOS. TensorFlow uses NVIDIA GPUs through CUDA, and CUDA does not exist "
        "for macOS, so TensorFlow computes on the CPU.",
        "Apple's tensorflow-metal plug-in (pip install tensorflow-metal) lets TensorFlow use "
        f"an Apple GPU; or {_HOSTED}."),
    "native_windows": (
        "This is native Windows with TensorFlow {tensorflow_version}. TensorFlow 2.10 was "
        "the last release that used a CUDA GPU on native Windows (since 2.11 it runs on the "
        "CPU there).",
        f"Install TensorFlow inside WSL2 (Ubuntu) with {{command}}; or {_HOSTED}."),
    "cpu_only_build": (
        "This TensorFlow {tensorflow_version} was built without CUDA (for example the "
        "tensorflow-cpu package), so it cannot use an NVIDIA GPU.",
        "On Linux or WSL2: {command} (or this lab's extra: {lab_command})."),
    "cuda_visible_devices": (
        "CUDA_VISIBLE_DEVICES is set to {value}, which hides every GPU from CUDA and so from "
        "TensorFlow.",
        "Unset it (unset CUDA_VISIBLE_DEVICES) or set it to the GPU numbers to use, e.g. "
        "CUDA_VISIBLE_DEVICES=0, then start the lab again."),
    "no_driver": (
        "The NVIDIA driver library ({library}) could not be loaded. Either this computer "
        "has no NVIDIA GPU, or the GPU's driver is not installed.\nThe system says: {error}",
        "On a computer with an NVIDIA GPU, install NVIDIA's driver (nvidia-smi then lists "
        f"the GPU) and start the lab again. Without one, {_HOSTED}."),
    "no_cuda_libraries": (
        "An NVIDIA driver is installed, but the CUDA libraries TensorFlow was built for "
        "(CUDA {cuda_version}, cuDNN {cudnn_version}) are not installed as Python packages, "
        "and TensorFlow found none elsewhere.",
        "{command} installs them next to TensorFlow (Linux, WSL2)."),
    "rocm_build": (
        "This TensorFlow is built for AMD GPUs (ROCm), and it found no usable AMD GPU.",
        "Install AMD's ROCm driver stack for your GPU, or install the standard tensorflow "
        "package for NVIDIA GPUs ({command})."),
    "cuda_visible_devices_set": (
        "CUDA_VISIBLE_DEVICES is set to {value}: only GPUs with those numbers are visible, "
        "and there may be none with them.",
        "Unset CUDA_VISIBLE_DEVICES, or list numbers that nvidia-smi shows."),
    "unexplained": (
        "An NVIDIA driver and CUDA libraries are present, yet TensorFlow lists no GPU. The "
        "GPU may be older than this build supports, or the driver older than CUDA "
        "{cuda_version} needs.",
        "Start the lab with --verbose to read TensorFlow's own lines about the GPU, and "
        "update the NVIDIA driver."),
}

#: What the Devices core refuses or notes: code → template.
MESSAGE_TEMPLATES = {
    "text_too_long": "The text has {length} characters; at most {maximum} are read. "
                     "Shorten it.",
    "sizes_empty": "Enter at least one matrix size, e.g. '128, 512, 2048'.",
    "size_not_whole": "{text} is not a whole number. Enter sizes such as '128, 512, 2048', "
                      "each from {minimum} to {maximum}.",
    "size_out_of_range": "Size {size} is outside {minimum} to {maximum}. Larger products take "
                         "minutes on a laptop CPU; smaller ones measure mostly Python "
                         "overhead.",
    "values_empty": "Enter some numbers, e.g. [1, 2, 3, 4, 5, 6, 7, 8].",
    "value_not_number": "{text} is not a number. Enter numbers separated by commas, e.g. "
                        "[1, 2, 3, 4, 5, 6, 7, 8].",
    "values_not_flat": "Expected a flat list of numbers such as [1, 2, 3, 4], not a nested "
                       "one.",
    "values_count": "Expected 1 to {maximum} numbers, got {count}.",
    "value_not_finite": "Every number must be finite (no inf or nan); got {text}.",
    "value_too_large": "{text} is beyond float32's range (±{limit}): TensorFlow would store "
                       "it as inf. Enter smaller numbers.",
    "sum_too_large": "The sum of these numbers is beyond float32's range (±{limit}), so the "
                     "reduced sum would be inf. Enter smaller numbers.",
    "not_device_name": "{text} is not a device name. Expected '/CPU:0', '/GPU:0' or another "
                       "'/TYPE:index' as TensorFlow writes it.",
    "device_not_listed": "TensorFlow lists no device {device}; it lists {listed}.",
    "no_target": "Choose at least one device, or NumPy.",
    "placement_refused": "TensorFlow could not run the op on {device}: {reason}",
    "soft_placement": "TensorFlow lists no {requested}, so with soft device placement on "
                      "(tf.config.get_soft_device_placement() is True) it ran the op on "
                      "{device} instead.",
}

#: How much of a typed text a message quotes, in characters.
EXCERPT_LENGTH = 40


def cut(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """``text`` quoted as Python writes a string, cut to ``limit`` characters with "…".

    Args:
        text: what was typed (any length).
        limit: the most characters kept inside the quotes.

    Returns:
        e.g. ``"'abc'"`` or ``"'12345678901234567890123456789012345678…'"``.
    """
    return repr(cut(text, limit))


@dataclass(frozen=True)
class Explanation:
    """Something the Devices core found or refused, as data.

    Attributes:
        code: a key of :data:`MESSAGE_TEMPLATES`.
        values: what fills the template, e.g. ``{"text": "'abc'"}``.
    """

    code: str
    values: dict = field(default_factory=dict)

    def english(self) -> str:
        """The explanation in English."""
        return MESSAGE_TEMPLATES[self.code].format(**self.values)


class DevicesInputError(ExplainedError, ValueError):
    """An input the Devices core refuses; nothing was run or changed.

    Args:
        code: a key of :data:`MESSAGE_TEMPLATES`.
        **values: the template's values.

    Attributes:
        explanation: the :class:`Explanation` (the panel words it in the user's language).

    ``str(error)`` is the English sentence.
    """

    def __init__(self, code: str, **values):
        self.explanation = Explanation(code, values)
        super().__init__(self.explanation.english())


#: The report's headings, table headers and lines: code → English template. The UI lists
#: the same templates for translation (``tfintro_gui/ui/devices/report_words.py``).
REPORT_TEXTS = {
    "title": "TensorFlow Intro Lab — device report",
    "collected": "Collected {time} on {platform}.",
    "versions": "Versions",
    "library": "Library",
    "version": "Version",
    "build_info": "TensorFlow build (tf.sysconfig.get_build_info())",
    "key": "Key",
    "value": "Value",
    "tf32_enabled": "TensorFloat-32 for float32 matmuls on GPUs: enabled.",
    "tf32_disabled": "TensorFloat-32 for float32 matmuls on GPUs: disabled.",
    "packages": 'Installed TensorFlow packages (pip list | grep -E "keras|tensorflow")',
    "package": "Package",
    "location": "Location",
    "devices": "Devices",
    "kind": "Kind",
    "name": "Name",
    "type": "Type",
    "physical": "physical",
    "logical": "logical",
    "gpus": "GPUs",
    "device": "Device",
    "model": "Model",
    "compute_capability": "Compute capability",
    "memory_in_use": "Memory in use",
    "peak": "Peak",
    "why_no_gpu": "Why TensorFlow lists no GPU",
    "reason": "{index}. {explanation} **What to do:** {remedy}",
    "detected": "What was detected",
    "system": "Operating system: {system}",
    "system_wsl": "Operating system: {system} (WSL)",
    "cuda_build": "Built with CUDA: {built} (CUDA {cuda_version}, cuDNN {cudnn_version})",
    "yes": "True",
    "no": "False",
    "driver_loaded": "NVIDIA driver library {library}: loaded",
    "driver_not_loadable": "NVIDIA driver library {library}: not loadable",
    "kernel_driver": "NVIDIA kernel driver: {version}",
    "kernel_driver_missing": "NVIDIA kernel driver: not found",
    "visible_devices": "CUDA_VISIBLE_DEVICES: {value}",
    "visible_devices_unset": "CUDA_VISIBLE_DEVICES: unset",
    "cuda_wheels": "NVIDIA CUDA wheels: {wheels}",
    "cuda_wheels_none": "NVIDIA CUDA wheels: none",
    "setup": "Device set-up",
    "computes_on": "The lab computes on: {device}",
    "preferred": "Preferred device: {device}",
    "preferred_automatic": "Preferred device: automatic",
    "cpu_devices": "Logical CPU devices asked for: {count}",
    "memory_growth_on": "GPU memory growth: on",
    "memory_growth_off": "GPU memory growth: off",
    "startup_note": "At start-up: {note}",
    "benchmark": "Matrix product benchmark (float32, median of repeats)",
    "target": "Target",
    "median_seconds": "Median seconds",
    "repeats": "Repeats",
    "spread": "Spread",
    "blocks": "Blocks",
    "relative_speed": "Speed relative to /CPU:0 (GFLOP/s ratio):",
    "placement": "Placement",
    "replica_device": "Replica device",
    "values": "Values",
    "partial_sum": "Partial sum",
    "reduced_sum": "Reduced sum (ReduceOp.SUM): {total}",
}


class ReportWords(Protocol):
    """Where the device report takes its words from (English, or the interface's)."""

    def text(self, code: str, **values) -> str:
        """The template of ``code`` (a key of :data:`REPORT_TEXTS`) filled with ``values``."""

    def reason(self, reason) -> tuple[str, str]:
        """``(what was detected, what to do)`` of a
        :class:`~tfintro_gui.core.devices.diagnosis.NoGpuReason`."""

    def note(self, note) -> str:
        """An :class:`Explanation` or a :class:`~tfintro_gui.core.device_setup.SetupNote`."""


class EnglishWords:
    """The report in English: :data:`REPORT_TEXTS`, the reasons' and notes' English."""

    def text(self, code: str, **values) -> str:
        """The English of ``code`` filled with ``values``."""
        return REPORT_TEXTS[code].format(**values)

    def reason(self, reason) -> tuple[str, str]:
        """The English of a no-GPU reason."""
        return reason.explanation, reason.remedy

    def note(self, note) -> str:
        """The English of an explanation or a set-up note."""
        return note.english()


#: The report's words in English (``format_report``'s default).
ENGLISH = EnglishWords()
