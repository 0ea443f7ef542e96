"""The classifier's part of ``--self-test``: train the notebook's setup and check it learns."""

from __future__ import annotations

import time

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters

#: The notebook reaches about 0.04 after 100 steps; 0.1 leaves room for other draws.
MAX_FINAL_LOSS = 0.1
MIN_ACCURACY = 0.95


def self_check(num_steps: int = 100, timing_steps: int = 2000) -> dict:
    """Train on the notebook's defaults and report whether the model learned.

    Args:
        num_steps: steps of the checked run (the notebook's 100).
        timing_steps: steps of a second, timed run that measures speed (in calls of
            ``num_steps``, as the checked run).

    Returns:
        ``{"ok": bool, "final_loss": float, "accuracy": float, "steps_per_s": float,
        "device": str}``; ``ok`` when the final loss < 0.1 and accuracy ≥ 0.95.
    """
    data = make_two_gaussians(seed=0)
    W, b = initial_parameters(seed=0)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W, b=b)
    snapshots = list(trainer.run(num_steps, steps_per_call=num_steps))
    final = snapshots[-1]
    started = time.perf_counter()
    # The checked run's compiled call again: no new tracing, and no XLA compilation
    # (seconds of processor time on a cold, busy laptop, for a readiness check).
    for _ in trainer.run(timing_steps, steps_per_call=num_steps):
        pass
    steps_per_s = timing_steps / (time.perf_counter() - started)
    return {
        "ok": final.loss < MAX_FINAL_LOSS and final.accuracy >= MIN_ACCURACY,
        "final_loss": round(final.loss, 6),
        "accuracy": round(final.accuracy, 6),
        "steps_per_s": round(steps_per_s, 1),
        "device": trainer.device,
    }
