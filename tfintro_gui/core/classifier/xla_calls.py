"""How many steps each XLA-compiled training call runs.

XLA (``tf.function(jit_compile=True)``) compiles a function for fixed shapes. A call that
runs k training steps fills TensorArrays of k rows, so every new k is a new program and
compiles anew (about 0.3 s on a two-core laptop). The trainer therefore runs only the few
sizes in :data:`XLA_CALL_SIZES` under XLA, each compiled once per setting, and does the
rest (single steps, a run's last few steps, the first call of a run, mini-batches whose
last batch is shorter) on the plain ``tf.function`` path, which takes k as a tensor.

Measured on the notebook's data (2 × 1000 points, full batch, 2 CPU cores, TF 2.21):
about 80 000 steps/s in calls of 4096 steps under XLA, against about 17 000 steps/s for
the same loop without XLA.
"""

from __future__ import annotations

#: Steps per XLA call: powers of 8, so a run compiles two or three of them; fewer steps
#: than the smallest run without XLA, which needs no compiling.
XLA_CALL_SIZES = (128, 1024, 8192)

#: The errors that mean "XLA cannot compile this here" (no XLA in this build, an op
#: without an XLA kernel on this device); the trainer then stays on ``tf.function``.
XLA_ERROR_NAMES = ("UnimplementedError", "InvalidArgumentError", "NotFoundError",
                   "InternalError")


def xla_call_size(wanted: float, remaining: int) -> int | None:
    """The XLA call size for a call that should run about ``wanted`` steps.

    Args:
        wanted: steps that would fill one call (e.g. one frame's worth), > 0.
        remaining: steps left in the run, ≥ 0.

    Returns:
        The largest size of :data:`XLA_CALL_SIZES` that is ≤ ``wanted`` and ≤ ``remaining``
        (the smallest when ``wanted`` is below it), or None when fewer steps than the
        smallest size remain (they run without XLA).
    """
    fitting = [size for size in XLA_CALL_SIZES if size <= remaining]
    if not fitting:
        return None
    below = [size for size in fitting if size <= wanted]
    return below[-1] if below else fitting[0]


def is_xla_error(error: BaseException) -> bool:
    """True for a TensorFlow error that says XLA cannot compile the training call."""
    return type(error).__name__ in XLA_ERROR_NAMES


def first_line(error: BaseException) -> str:
    """The first non-empty line of ``error``'s message (TF errors carry pages of context)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__
