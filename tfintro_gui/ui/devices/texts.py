"""The Devices core's explanations in the interface's language.

The core returns explanations as data (a code plus values: no-GPU reasons, refusals of
typed input, set-up notes, the soft-placement note). The English templates below are the
core's (:mod:`tfintro_gui.core.devices.texts`, :mod:`tfintro_gui.core.device_setup`),
repeated here so ``pyside6-lupdate`` extracts them for translation;
``tests/ui/test_devices_panel.py`` fails when the two lists differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.device_setup import SetupNote
from tfintro_gui.core.devices.diagnosis import NoGpuReason
from tfintro_gui.core.devices.matmul import TIME_BUDGET_SECONDS
from tfintro_gui.core.devices.texts import DevicesInputError, Explanation

CONTEXT = "DevicesTexts"


#: Why TensorFlow lists no GPU: code → (what was detected, what to do).
REASONS = {
    "macos": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "This is macOS. TensorFlow uses NVIDIA GPUs through CUDA, and CUDA "
                          "does not exist for macOS, so TensorFlow computes on the CPU."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Apple's tensorflow-metal plug-in (pip install tensorflow-metal) lets "
                          "TensorFlow use an Apple GPU; or use a hosted GPU runtime such as "
                          "Google Colab (Runtime ▸ Change runtime type ▸ GPU).")),
    "native_windows": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "This is native Windows with TensorFlow {tensorflow_version}. "
                          "TensorFlow 2.10 was the last release that used a CUDA GPU on native "
                          "Windows (since 2.11 it runs on the CPU there)."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Install TensorFlow inside WSL2 (Ubuntu) with {command}; or use a "
                          "hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime "
                          "type ▸ GPU).")),
    "cpu_only_build": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "This TensorFlow {tensorflow_version} was built without CUDA (for "
                          "example the tensorflow-cpu package), so it cannot use an NVIDIA GPU."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "On Linux or WSL2: {command} (or this lab's extra: {lab_command}).")),
    "cuda_visible_devices": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "CUDA_VISIBLE_DEVICES is set to {value}, which hides every GPU from "
                          "CUDA and so from TensorFlow."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Unset it (unset CUDA_VISIBLE_DEVICES) or set it to the GPU numbers "
                          "to use, e.g. CUDA_VISIBLE_DEVICES=0, then start the lab again.")),
    "no_driver": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "The NVIDIA driver library ({library}) could not be loaded. Either "
                          "this computer has no NVIDIA GPU, or the GPU's driver is not "
                          "installed.\nThe system says: {error}"),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "On a computer with an NVIDIA GPU, install NVIDIA's driver "
                          "(nvidia-smi then lists the GPU) and start the lab again. Without "
                          "one, use a hosted GPU runtime such as Google Colab (Runtime ▸ Change "
                          "runtime type ▸ GPU).")),
    "no_cuda_libraries": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "An NVIDIA driver is installed, but the CUDA libraries TensorFlow was "
                          "built for (CUDA {cuda_version}, cuDNN {cudnn_version}) are not "
                          "installed as Python packages, and TensorFlow found none elsewhere."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "{command} installs them next to TensorFlow (Linux, WSL2).")),
    "rocm_build": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "This TensorFlow is built for AMD GPUs (ROCm), and it found no usable "
                          "AMD GPU."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Install AMD's ROCm driver stack for your GPU, or install the "
                          "standard tensorflow package for NVIDIA GPUs ({command}).")),
    "cuda_visible_devices_set": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "CUDA_VISIBLE_DEVICES is set to {value}: only GPUs with those numbers "
                          "are visible, and there may be none with them."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Unset CUDA_VISIBLE_DEVICES, or list numbers that nvidia-smi shows.")),
    "unexplained": (
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "An NVIDIA driver and CUDA libraries are present, yet TensorFlow "
                          "lists no GPU. The GPU may be older than this build supports, or the "
                          "driver older than CUDA {cuda_version} needs."),
        QT_TRANSLATE_NOOP("DevicesTexts",
                          "Start the lab with --verbose to read TensorFlow's own lines about "
                          "the GPU, and update the NVIDIA driver.")),
}
#: Refusals and notes: code → template.
MESSAGES = {
    "text_too_long": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "The text has {length} characters; at most {maximum} are read. Shorten it."),
    "sizes_empty": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Enter at least one matrix size, e.g. '128, 512, 2048'."),
    "size_not_whole": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "{text} is not a whole number. Enter sizes such as '128, 512, 2048', each from "
        "{minimum} to {maximum}."),
    "size_out_of_range": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Size {size} is outside {minimum} to {maximum}. Larger products take minutes on a "
        "laptop CPU; smaller ones measure mostly Python overhead."),
    "values_empty": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Enter some numbers, e.g. [1, 2, 3, 4, 5, 6, 7, 8]."),
    "value_not_number": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "{text} is not a number. Enter numbers separated by commas, e.g. [1, 2, 3, 4, 5, 6, 7, "
        "8]."),
    "values_not_flat": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Expected a flat list of numbers such as [1, 2, 3, 4], not a nested one."),
    "values_count": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Expected 1 to {maximum} numbers, got {count}."),
    "value_not_finite": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Every number must be finite (no inf or nan); got {text}."),
    "value_too_large": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "{text} is beyond float32's range (±{limit}): TensorFlow would store it as inf. Enter "
        "smaller numbers."),
    "sum_too_large": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "The sum of these numbers is beyond float32's range (±{limit}), so the reduced sum "
        "would be inf. Enter smaller numbers."),
    "not_device_name": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "{text} is not a device name. Expected '/CPU:0', '/GPU:0' or another '/TYPE:index' as "
        "TensorFlow writes it."),
    "device_not_listed": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "TensorFlow lists no device {device}; it lists {listed}."),
    "no_target": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Choose at least one device, or NumPy."),
    "placement_refused": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "TensorFlow could not run the op on {device}: {reason}"),
    "soft_placement": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "TensorFlow lists no {requested}, so with soft device placement on "
        "(tf.config.get_soft_device_placement() is True) it ran the op on {device} instead."),
    "cpu_split": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "The CPU is split into {count} logical devices."),
    "cpu_split_refused": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "The CPU split was not applied ({reason}); restart the lab."),
    "memory_growth_on": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Memory growth is on for {device}."),
    "memory_growth_refused": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "Memory growth was not applied to {device} ({reason}); restart the lab."),
    "memory_growth_without_gpu": QT_TRANSLATE_NOOP(
        "DevicesTexts",
        "GPU memory growth is on, but TensorFlow lists no GPU."),
}


def _translate(template: str, values: dict) -> str:
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def word(explanation: Explanation | SetupNote) -> str:
    """An explanation or a set-up note in the interface's language."""
    return _translate(MESSAGES[explanation.code], explanation.values)


def word_error(error: DevicesInputError) -> str:
    """A refusal of the Devices core in the interface's language."""
    return word(error.explanation)


def word_reason(reason: NoGpuReason) -> tuple[str, str]:
    """``(what was detected, what to do)`` of a no-GPU reason in the interface's language."""
    detected, remedy = REASONS[reason.code]
    return _translate(detected, reason.values), _translate(remedy, reason.values)


def stage_text(stage: str, repeat: int, repeats: int) -> str:
    """A benchmark stage (``"warm-up"``, ``"repeat"``, ``"done"``) in words."""
    if stage == "repeat" and repeat > repeats:  # the time budget's further repeats
        return QCoreApplication.translate(
            "DevicesTexts", "repeat {index} (fast products repeat for {seconds} s)").format(
            index=repeat, seconds=TIME_BUDGET_SECONDS)
    if stage == "repeat":
        return QCoreApplication.translate("DevicesTexts", "repeat {index} of {count}").format(
            index=repeat, count=repeats)
    if stage == "warm-up":
        return QCoreApplication.translate("DevicesTexts", "warm-up")
    return QCoreApplication.translate("DevicesTexts", "done")
