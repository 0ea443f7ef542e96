"""The devices part of ``--self-test``: devices listed, a matmul correct on each.

A teacher's "is this laptop ready?" check (:mod:`tfintro_gui.core.self_test`): TensorFlow
lists a CPU, and a float32 ``tf.matmul`` on each benchmarked device matches NumPy's
float64 product.
"""

from __future__ import annotations

import numpy as np

from tfintro_gui.core.device_setup import check_device_name, short_device_name
from tfintro_gui.core.devices.benchmark import benchmark_devices
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.diagnosis import explain_no_gpu
from tfintro_gui.core.devices.environment import probe_gpu_environment
from tfintro_gui.core.devices.matmul import matmul_flops
from tfintro_gui.core.runtime import import_tensorflow

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
    ran_on = short_device_name(product.device)
    return {"device": name, "ran_on": ran_on, "size": size,
            "max_relative_error": error,
            "ok": ran_on == name and error <= MATMUL_RELATIVE_TOLERANCE}


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
