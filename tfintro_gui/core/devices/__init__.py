"""The Devices panel's core: what TensorFlow sees here, why, and how fast.

The lesson starts by checking the runtime (``pip list`` filtered to Keras/TensorFlow,
``tf.config.list_physical_devices('GPU')`` printing "Num GPUs Available: 1") and says a
modern NVIDIA GPU is 5–10× faster than a CPU (Chollet, Deep Learning with Python, ch. 3).
This package gathers the same facts on the student's own computer. No Qt here.

Modules, one job each:

- ``config``: the ``tf.config`` adapter (TensorFlow's, or recorded answers for a GPU
  laptop simulated on a computer without one);
- ``environment``: what decides GPU support (build, driver, ``CUDA_VISIBLE_DEVICES``,
  CUDA wheels, installed packages);
- ``diagnosis``: why TensorFlow lists no GPU, as reasons (a code plus values);
- ``facts``: everything the panel and ``--report`` show, collected once;
- ``matmul``: FLOPs, GFLOP/s, sizes, timings and progress of the benchmark;
- ``benchmark``: the timed ``tf.matmul`` run, a generator;
- ``threads``: the thread pools of NumPy's BLAS and TensorFlow the benchmark runs on;
- ``demos``: placement with ``tf.device`` and a sum over a ``MirroredStrategy``;
- ``texts``: explanations as data and their English templates;
- ``report``: the Markdown report; ``self_check``: the ``--self-test`` part;
- ``lab``: :class:`DevicesLab`, the model the panel calls.

The device set-up applied before TensorFlow starts (CPU split, memory growth, preferred
device) is shared with the other areas: :mod:`tfintro_gui.core.device_setup`.
"""

import lazy_loader

# Submodules load on first use, so a panel's controls paint before NumPy is imported.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "benchmark": ["MatmulBenchmark", "benchmark_code"],
        "demos": [
            "MirroredSumResult", "PlacementResult", "mirrored_sum_demo", "parse_values",
            "run_placement_demo"
        ],
        "facts": ["DeviceFacts", "collect_device_facts"],
        "lab": ["DevicesLab"],
        "matmul": [
            "NUMPY_TARGET", "BenchmarkProgress", "MatmulTiming", "parse_sizes", "speedups"
        ],
        "report": ["device_report", "format_report"],
        "texts": ["DevicesInputError", "Explanation"],
        "threads": ["ThreadCounts", "thread_counts"],
    },
)
