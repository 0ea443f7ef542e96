"""Losses for the linear classifier and how each turns a logit into a prediction.

Logistic loss (the course's choice): ``log(1 + exp(o)) − y·o``, binary cross-entropy on
the logit ``o`` with ``ŷ = 1 / (1 + exp(−o))``; computed as ``softplus(o) − y·o``, which
never overflows. Squared loss (Chollet, Deep Learning with Python, ch. 3): ``(y − o)²``,
with the prediction ``o > 0.5``.
"""

from __future__ import annotations

from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

LOSSES = ("logistic", "squared")


@dataclass(frozen=True)
class LossFormula:
    """A loss's formula as shown beside the plots: code, plus how a prediction is made.

    Attributes:
        loss: the loss, e.g. ``"loss = mean((y − o)²)"`` (code, the same in every language).
        model: the model's output, ``"o = X @ W + b"``.
        rule: ``"probability"``: ``prediction`` is the formula of P(y=1|x) (code);
            ``"threshold"``: ``prediction`` is the condition for class 1, ``"o > 0.5"``
            (worded "class 1 when o > 0.5").
        prediction: see ``rule``.
    """

    loss: str
    model: str
    rule: str
    prediction: str

    def __str__(self) -> str:
        """The formula in English, two lines."""
        prediction = (self.prediction if self.rule == "probability"
                      else f"class 1 when {self.prediction}")
        return f"{self.loss}\n{self.model},  {prediction}"


_FORMULAS = {
    "logistic": LossFormula("loss = mean(log(1 + exp(o)) − y·o)", "o = X @ W + b",
                            "probability", "P(y=1|x) = 1 / (1 + exp(−o))"),
    "squared": LossFormula("loss = mean((y − o)²)", "o = X @ W + b", "threshold", "o > 0.5"),
}


def check_loss_name(loss: str) -> str:
    """Return ``loss`` if it names a known loss.

    Raises:
        ValueError: ``loss`` is not one of :data:`LOSSES`.
    """
    if loss not in LOSSES:
        raise ValueError(f"Unknown loss {loss!r}; choose one of {', '.join(LOSSES)}.")
    return loss


def loss_formula(loss: str) -> LossFormula:
    """The formula of ``loss``, as shown beside the plots (``str()`` of it is English)."""
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


def loss_surface(loss: str, inputs: np.ndarray, targets: np.ndarray, w1_values: np.ndarray,
                 w2_values: np.ndarray, b: float) -> np.ndarray:
    """The linear model's mean loss over a grid of weights, at a fixed bias, in NumPy.

    Each grid point is the loss of ``logits = inputs @ [[w1], [w2]] + b``: the surface that
    gradient descent walks down (for the parameter view).

    Args:
        loss: ``"logistic"`` or ``"squared"``.
        inputs: `(num_samples, 2)`.
        targets: `(num_samples, 1)` of 0/1.
        w1_values: `(nx,)` values of ``W[0]``.
        w2_values: `(ny,)` values of ``W[1]``.
        b: the bias.

    Returns:
        `(ny, nx)` float64; row i, column j is the loss at ``W = [w1_values[j], w2_values[i]]``.
    """
    check_loss_name(loss)
    inputs = np.asarray(inputs, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64).reshape(-1, 1)
    w1_grid, w2_grid = np.meshgrid(np.asarray(w1_values, float), np.asarray(w2_values, float))
    weights = np.vstack((w1_grid.ravel(), w2_grid.ravel()))  # (2, nx·ny)
    logits = inputs @ weights + b  # (num_samples, nx·ny)
    if loss == "logistic":
        per_sample = np.logaddexp(0.0, logits) - targets * logits  # softplus(o) − y·o
    else:
        per_sample = np.square(targets - logits)
    return per_sample.mean(axis=0).reshape(w1_grid.shape)
