"""Losses for the linear classifier and how each turns a logit into a prediction.

Logistic loss (the course's choice): ``log(1 + exp(o)) − y·o``, binary cross-entropy on
the logit ``o`` with ``ŷ = 1 / (1 + exp(−o))``; computed as ``softplus(o) − y·o``, which
never overflows. Squared loss (Chollet, Deep Learning with Python, ch. 3): ``(y − o)²``,
with the prediction ``o > 0.5``.
"""

from __future__ import annotations

import numpy as np

from tfintro_gui.core.runtime import import_tensorflow

LOSSES = ("logistic", "squared")

_FORMULAS = {
    "logistic": "loss = mean(log(1 + exp(o)) − y·o)\no = X @ W + b,  P(y=1|x) = 1 / (1 + exp(−o))",
    "squared": "loss = mean((y − o)²)\no = X @ W + b,  class 1 when o > 0.5",
}


def check_loss_name(loss: str) -> str:
    """Return ``loss`` if it names a known loss.

    Raises:
        ValueError: ``loss`` is not one of :data:`LOSSES`.
    """
    if loss not in LOSSES:
        raise ValueError(f"Unknown loss {loss!r}; choose one of {', '.join(LOSSES)}.")
    return loss


def loss_formula(loss: str) -> str:
    """The formula of ``loss`` in plain text, as shown beside the plots."""
    return _FORMULAS[check_loss_name(loss)]


def decision_threshold(loss: str) -> float:
    """The model output at which the predicted class flips: 0 for logits, 0.5 for squared."""
    return 0.0 if check_loss_name(loss) == "logistic" else 0.5


def mean_loss(loss: str, targets, logits):
    """Mean loss over samples, as a TensorFlow scalar.

    Args:
        loss: ``"logistic"`` or ``"squared"``.
        targets: `(num_samples, 1)` float32 tensor of 0/1 labels.
        logits: `(num_samples, 1)` float32 tensor, ``X @ W + b``.

    Returns:
        A float32 scalar tensor.
    """
    tf = import_tensorflow()
    if check_loss_name(loss) == "logistic":
        per_sample = tf.math.softplus(logits) - targets * logits
    else:
        per_sample = tf.square(targets - logits)
    return tf.reduce_mean(per_sample)


def probability(loss: str, logits: np.ndarray) -> np.ndarray:
    """The model's P(class 1) in NumPy, for the background field of the scatter plot.

    For the logistic loss this is the sigmoid of the logit; for the squared loss the raw
    output clipped to [0, 1] (the book's model has no probability of its own).

    Args:
        loss: ``"logistic"`` or ``"squared"``.
        logits: any shape, float.

    Returns:
        Same shape as ``logits``, values in [0, 1].
    """
    logits = np.asarray(logits, dtype=np.float64)
    if check_loss_name(loss) == "logistic":
        return 0.5 * (1.0 + np.tanh(0.5 * logits))  # the sigmoid, without overflow warnings
    return np.clip(logits, 0.0, 1.0)
