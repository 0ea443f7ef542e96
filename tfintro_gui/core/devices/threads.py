"""How many threads the benchmark's two CPU contenders use: NumPy's BLAS and TensorFlow.

NumPy's ``@`` runs in the BLAS library NumPy was built with (OpenBLAS in the wheels); its
thread pool is read with ``threadpoolctl``, which asks the loaded library itself.
TensorFlow runs one op (such as a matmul) on ``intra_op`` threads and independent ops on
``inter_op`` threads (``tf.config.threading``); 0 means TensorFlow chooses, by default one
per CPU core. A comparison of the two is fair only when both may use the same cores.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import lazy_loader

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


@dataclass(frozen=True)
class ThreadCounts:
    """Thread pools of the CPU benchmark targets.

    Attributes:
        numpy_library: NumPy's BLAS library as ``threadpoolctl`` names it, e.g.
            ``"openblas"``; None when none is loaded (a NumPy without BLAS).
        numpy_threads: that library's threads; None with no BLAS.
        intra_op: ``tf.config.threading.get_intra_op_parallelism_threads()`` (0 = TF
            chooses).
        inter_op: ``tf.config.threading.get_inter_op_parallelism_threads()`` (0 = TF
            chooses).
        cpu_count: logical CPUs of the computer (``os.cpu_count()``); None if unknown.
    """

    numpy_library: str | None
    numpy_threads: int | None
    intra_op: int
    inter_op: int
    cpu_count: int | None


def numpy_blas_threads() -> tuple[str | None, int | None]:
    """NumPy's BLAS library and its thread count, as ``threadpoolctl`` reads them.

    Returns:
        ``(internal_api, num_threads)``, e.g. ``("openblas", 2)``; the library whose file
        lies in NumPy's folders is preferred over another BLAS a process loaded (TF's own
        libraries, say); ``(None, None)`` when no BLAS is loaded.
    """
    from threadpoolctl import threadpool_info

    np.ones(1)  # NumPy, and with it its BLAS, is loaded
    blas = [info for info in threadpool_info() if info.get("user_api") == "blas"]
    blas.sort(key=lambda info: "numpy" not in str(info.get("filepath", "")).lower())
    if not blas:
        return None, None
    return blas[0].get("internal_api"), int(blas[0]["num_threads"])


def thread_counts(tf) -> ThreadCounts:
    """The thread pools NumPy and TensorFlow (the module ``tf``) use now."""
    library, threads = numpy_blas_threads()
    return ThreadCounts(library, threads,
                        int(tf.config.threading.get_intra_op_parallelism_threads()),
                        int(tf.config.threading.get_inter_op_parallelism_threads()),
                        os.cpu_count())
