"""Why TensorFlow lists no GPU, and what to do: reasons as data (a code plus values).

Each :class:`NoGpuReason` carries a stable ``code`` (``"no_driver"``, ``"macos"``, …) and
the values its words need (versions, the loader's message, the command to run). The panel
words them in the user's language; :attr:`NoGpuReason.explanation` and
:attr:`NoGpuReason.remedy` are the English of ``--report``
(:data:`tfintro_gui.core.devices.texts.REASON_TEMPLATES`).

Facts behind the rules: CUDA exists for Linux and Windows only; TensorFlow 2.10 was the
last release with CUDA GPUs on native Windows (TensorFlow's install guide); ``pip install
"tensorflow[and-cuda]"`` brings the CUDA libraries as wheels; ``CUDA_VISIBLE_DEVICES``
hides GPUs (CUDA C Programming Guide, "CUDA Environment Variables").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tfintro_gui.core.devices.environment import (
    GpuEnvironment,
    cuda_visible_devices_hides_all,
    version_tuple,
)
from tfintro_gui.core.devices.texts import REASON_TEMPLATES, excerpt

#: The last TensorFlow release with CUDA GPU support on native Windows (TF install guide).
LAST_NATIVE_WINDOWS_GPU_RELEASE = (2, 10)
GPU_EXTRA_COMMAND = 'pip install "tensorflow[and-cuda]"'
#: This lab's own extra that brings the same (``pyproject.toml``, ``gpu``).
LAB_GPU_EXTRA_COMMAND = 'pip install "tfintro-gui[gpu]"'
#: Shown where a value is not known.
UNKNOWN = "—"


@dataclass(frozen=True)
class NoGpuReason:
    """One reason why TensorFlow lists no GPU.

    Attributes:
        code: a stable key of :data:`~tfintro_gui.core.devices.texts.REASON_TEMPLATES`,
            e.g. ``"no_driver"``.
        values: what the reason's words need, e.g. ``{"library": "libcuda.so.1",
            "error": "…cannot open shared object file…"}``.
    """

    code: str
    values: dict = field(default_factory=dict)

    @property
    def explanation(self) -> str:
        """What was detected, in English."""
        return REASON_TEMPLATES[self.code][0].format(**self.values)

    @property
    def remedy(self) -> str:
        """What to do about it, in English."""
        return REASON_TEMPLATES[self.code][1].format(**self.values)


def _platform_reason(env: GpuEnvironment) -> NoGpuReason | None:
    """macOS, or native Windows past 2.10: nothing else matters there."""
    if env.system == "Darwin":
        return NoGpuReason("macos")
    if env.system == "Windows" and (
            version_tuple(env.tensorflow_version) > LAST_NATIVE_WINDOWS_GPU_RELEASE):
        return NoGpuReason("native_windows", {"tensorflow_version": env.tensorflow_version,
                                              "command": GPU_EXTRA_COMMAND})
    return None


def _cuda_reasons(env: GpuEnvironment) -> list[NoGpuReason]:
    """The build, ``CUDA_VISIBLE_DEVICES``, the driver and the CUDA libraries."""
    reasons = []
    if not env.is_cuda_build and not env.is_rocm_build:
        reasons.append(NoGpuReason("cpu_only_build", {
            "tensorflow_version": env.tensorflow_version, "command": GPU_EXTRA_COMMAND,
            "lab_command": LAB_GPU_EXTRA_COMMAND}))
    if cuda_visible_devices_hides_all(env.cuda_visible_devices):
        reasons.append(NoGpuReason("cuda_visible_devices",
                                   {"value": excerpt(env.cuda_visible_devices)}))
    if env.is_cuda_build and not env.driver_loaded:
        reasons.append(NoGpuReason("no_driver", {"library": env.driver_library or UNKNOWN,
                                                 "error": env.driver_error or UNKNOWN}))
    if env.is_cuda_build and env.driver_loaded and not env.cuda_wheels:
        reasons.append(NoGpuReason("no_cuda_libraries", {
            "cuda_version": env.cuda_version or UNKNOWN,
            "cudnn_version": env.cudnn_version or UNKNOWN, "command": GPU_EXTRA_COMMAND}))
    return reasons


def explain_no_gpu(environment: GpuEnvironment) -> list[NoGpuReason]:
    """Why TensorFlow lists no GPU, and what to do.

    Args:
        environment: what :func:`~tfintro_gui.core.devices.environment.probe_gpu_environment`
            detected (or any values).

    Returns:
        The reasons, most decisive first; empty when TensorFlow lists a GPU. There is
        always at least one reason when it lists none (``"unexplained"`` if nothing
        else fits).
    """
    env = environment
    if env.num_gpus > 0:
        return []
    platform_reason = _platform_reason(env)
    if platform_reason is not None:
        return [platform_reason]
    reasons = _cuda_reasons(env)
    if env.is_rocm_build and not reasons:
        reasons.append(NoGpuReason("rocm_build", {"command": GPU_EXTRA_COMMAND}))
    if env.cuda_visible_devices and not reasons:
        reasons.append(NoGpuReason("cuda_visible_devices_set",
                                   {"value": excerpt(env.cuda_visible_devices)}))
    if not reasons:
        reasons.append(NoGpuReason("unexplained",
                                   {"cuda_version": env.cuda_version or UNKNOWN}))
    return reasons
