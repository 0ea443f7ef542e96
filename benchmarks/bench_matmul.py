"""TensorFlow's CPU matmul against NumPy's ``@`` at one size (default 2048), as a ratio.

Prints one JSON object: the median seconds and GFLOP/s (2·n³ / seconds) of a float32
``(n, n) @ (n, n)`` product for ``tf.matmul`` on ``/CPU:0`` and for NumPy, and
``tf_to_numpy_ratio`` = TF GFLOP/s / NumPy GFLOP/s (> 1: TensorFlow is faster), the spread
of each (slowest − fastest repeat) / median and the thread pools both ran on. Timed
with :class:`tfintro_gui.core.devices.MatmulBenchmark`, as the Devices panel does: a
warm-up, then ``--repeats`` products, completion forced by reading back a reduction;
unlike the panel, whole products are timed (no row blocks) unless one is expected to take
longer than ``--seconds-per-call``.
"""

from __future__ import annotations

import argparse
import json
import platform


def blas_name() -> str | None:
    """The BLAS NumPy was built with, e.g. ``"scipy-openblas"``, if NumPy says."""
    import numpy as np

    try:
        config = np.show_config(mode="dicts")
        return config["Build Dependencies"]["blas"]["name"]
    except (TypeError, KeyError, ValueError):
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048, help="n (128 to 4096)")
    parser.add_argument("--repeats", type=int, default=5,
                        help="the fewest timed products (median); fast ones repeat for 0.25 s")
    parser.add_argument("--seconds-per-call", type=float, default=60.0,
                        help="split a product into row blocks only if it is expected to take "
                             "longer (the panel uses 0.2 s to stay stoppable; here whole "
                             "products are timed)")
    args = parser.parse_args()

    from tfintro_gui.core.runtime import configure_environment, import_tensorflow

    configure_environment()
    tf = import_tensorflow()
    import numpy as np

    from tfintro_gui.core.devices.benchmark import MatmulBenchmark
    from tfintro_gui.core.devices.matmul import NUMPY_TARGET
    from tfintro_gui.core.devices.threads import thread_counts

    benchmark = MatmulBenchmark((args.size,), devices=["/CPU:0"], repeats=args.repeats,
                                include_numpy=True, seconds_per_call=args.seconds_per_call)
    *_, last = benchmark.run()
    by_target = {timing.target: timing for timing in last.timings}
    tf_timing, numpy_timing = by_target["/CPU:0"], by_target[NUMPY_TARGET]
    print(json.dumps({
        "size": args.size,
        "dtype": "float32",
        "repeats": args.repeats,
        "tf_cpu_seconds": round(tf_timing.seconds, 6),
        "tf_cpu_gflops": round(tf_timing.gflops, 1),
        "tf_cpu_row_blocks": tf_timing.num_blocks,
        "tf_cpu_repeats": len(tf_timing.repeat_seconds),
        "tf_cpu_spread": round(tf_timing.variation, 3),
        "numpy_seconds": round(numpy_timing.seconds, 6),
        "numpy_gflops": round(numpy_timing.gflops, 1),
        "numpy_row_blocks": numpy_timing.num_blocks,
        "numpy_repeats": len(numpy_timing.repeat_seconds),
        "numpy_spread": round(numpy_timing.variation, 3),
        "tf_to_numpy_ratio": round(tf_timing.gflops / numpy_timing.gflops, 3),
        "tensorflow": tf.__version__,
        "numpy": np.__version__,
        "numpy_blas": blas_name(),
        "threads": vars(thread_counts(tf)),
        "machine": platform.machine(),
    }))


if __name__ == "__main__":
    main()
