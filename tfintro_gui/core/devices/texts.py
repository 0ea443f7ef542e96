"""The Devices core's explanations as data, and their English words.

The core says what it found or refused as an :class:`Explanation`: a stable ``code`` plus
the ``values`` that fill the code's template. The panel words each code through ``tr()``
(``tfintro_gui/ui/devices/texts.py`` lists the same English templates for translation);
:meth:`Explanation.english` is the English the ``--report`` Markdown and ``str()`` of
errors use. Values are plain: numbers, device names, versions, a short excerpt of what
was typed (never all of it: a long text without spaces cannot wrap in a message).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
        "The NVIDIA driver library ({library}) could not be loaded: {error}. Either this "
        "computer has no NVIDIA GPU, or the GPU's driver is not installed.",
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


class DevicesInputError(ValueError):
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

    @property
    def code(self) -> str:
        """The explanation's code."""
        return self.explanation.code
