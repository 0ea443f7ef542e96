"""Tracing TensorFlow functions in a worker thread with Python's garbage collector off.

The trainers trace (and XLA-compile) their TensorFlow calls in a worker thread while the
window's thread draws. When Python's cyclic garbage collector, started by an allocation in
any thread, frees TensorFlow objects (an earlier trainer's functions, say) while another
thread builds a graph, TensorFlow can crash the process with a segmentation fault in the
graph building. Measured with ``benchmarks/bench_trainer.py``: Keras's train function,
traced in its fit thread right after a run of the other trainer, crashed 4 runs of 4, and
none of 2 with the collector off. :func:`collector_paused` keeps the collector off while a
thread traces; what became garbage meanwhile is collected after.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_holders = 0
_was_enabled = False


def _pause_collector() -> None:
    """Turn Python's cyclic garbage collector off until the matching
    :func:`_resume_collector` (calls may nest, from any thread)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1


def _resume_collector() -> None:
    """Undo one :func:`_pause_collector`; the last one turns the collector back on if it
    was on before the first."""
    global _holders
    with _lock:
        if _holders == 0:
            raise RuntimeError("The garbage collector was resumed more often than paused.")
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def collector_paused(paused: bool = True):
    """A block (tracing a ``tf.function``) with the garbage collector off, if ``paused``.

    Blocks may nest and overlap across threads: the collector is back on (if it was on)
    when the last one ends.
    """
    if not paused:
        yield
        return
    _pause_collector()
    try:
        yield
    finally:
        _resume_collector()
