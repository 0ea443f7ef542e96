"""The classifier probes: the notebook's linear classifier, trained for a question.

The data are the notebook's two Gaussian classes (means ``[0, 3]`` and ``[3, 0]``,
covariance ``[[1, 0.5], [0.5, 1]]``), the model ``logits = X @ W + b`` with ``W`` uniform
in [0, 1) and ``b`` = 0, and the hand-written training loop: a ``tf.GradientTape`` over the
mean loss, then ``W.assign_sub(grad_W * learning_rate)`` (Chollet, Deep Learning with
Python, ch. 3, "A linear classifier in pure TensorFlow"). Draws come from
``np.random.default_rng(seed)``, so one seed gives the same answer on every laptop.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tfintro_gui.core.runtime import import_tensorflow

#: The notebook's class means and shared covariance.
MEAN_0 = (0.0, 3.0)
MEAN_1 = (3.0, 0.0)
COVARIANCE = ((1.0, 0.5), (0.5, 1.0))
#: The losses: the course's logistic loss and the book's squared loss.
LOSSES = ("logistic", "squared")
#: The most training steps and points per class a probe may ask for.
MAX_NUM_STEPS = 1000
MAX_NUM_SAMPLES_PER_CLASS = 2000


@dataclass(frozen=True)
class TrainingOutcome:
    """What a probe's training run gave.

    Attributes:
        initial_loss: the mean loss before the first step.
        final_loss: the mean loss after ``num_steps`` steps (may be NaN or inf when the
            learning rate is too large).
        accuracy: the share of points on the right side, in [0, 1]: logits > 0 for the
            logistic loss, > 0.5 for the squared loss (as the book predicts with it).
    """

    initial_loss: float
    final_loss: float
    accuracy: float

    @property
    def loss_went_down(self) -> bool:
        """True when the final loss is finite and below the initial one."""
        return bool(np.isfinite(self.final_loss) and self.final_loss < self.initial_loss)


def notebook_data(num_samples_per_class: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's two classes: inputs `(2n, 2)` float32, targets `(2n, 1)` float32."""
    rng = np.random.default_rng(seed)
    negative = rng.multivariate_normal(MEAN_0, COVARIANCE, size=num_samples_per_class)
    positive = rng.multivariate_normal(MEAN_1, COVARIANCE, size=num_samples_per_class)
    inputs = np.vstack((negative, positive)).astype(np.float32)
    targets = np.vstack((np.zeros((num_samples_per_class, 1), np.float32),
                         np.ones((num_samples_per_class, 1), np.float32)))
    return inputs, targets


def train(learning_rate: float, num_steps: int, loss: str = "logistic", seed: int = 0,
          num_samples_per_class: int = 1000) -> TrainingOutcome:
    """Train the notebook's linear classifier with full-batch gradient descent.

    Args:
        learning_rate: the step size, > 0.
        num_steps: how many full-batch steps, 1 to :data:`MAX_NUM_STEPS`.
        loss: ``"logistic"`` (``softplus(o) − y·o``, the course's) or ``"squared"``
            (``(y − o)²``, the book's).
        seed: the seed of the data and of the starting ``W``.
        num_samples_per_class: points per class, 1 to :data:`MAX_NUM_SAMPLES_PER_CLASS`.

    Returns:
        A :class:`TrainingOutcome`.

    Raises:
        ValueError: an argument is out of range.
    """
    if not learning_rate > 0 or not 1 <= num_steps <= MAX_NUM_STEPS or loss not in LOSSES \
            or not 1 <= num_samples_per_class <= MAX_NUM_SAMPLES_PER_CLASS:
        raise ValueError(f"learning_rate > 0, 1 ≤ num_steps ≤ {MAX_NUM_STEPS}, loss in "
                         f"{LOSSES} and 1 ≤ points per class ≤ {MAX_NUM_SAMPLES_PER_CLASS}; "
                         f"got {learning_rate!r}, {num_steps!r}, {loss!r}, "
                         f"{num_samples_per_class!r}.")
    tf = import_tensorflow()
    inputs, targets = notebook_data(num_samples_per_class, seed)
    start = np.random.default_rng(seed + 1).uniform(size=(2, 1)).astype(np.float32)
    weights, bias = tf.Variable(start), tf.Variable(tf.zeros((1,)))
    inputs, targets = tf.constant(inputs), tf.constant(targets)

    def mean_loss():
        """The mean loss over all points at the current W and b."""
        logits = tf.matmul(inputs, weights) + bias
        if loss == "logistic":
            return tf.reduce_mean(tf.math.softplus(logits) - targets * logits)
        return tf.reduce_mean(tf.square(targets - logits))

    initial_loss = float(mean_loss())
    for _ in range(num_steps):
        with tf.GradientTape() as tape:
            value = mean_loss()
        grad_weights, grad_bias = tape.gradient(value, [weights, bias])
        weights.assign_sub(grad_weights * learning_rate)
        bias.assign_sub(grad_bias * learning_rate)
    logits = (tf.matmul(inputs, weights) + bias).numpy()
    threshold = 0.0 if loss == "logistic" else 0.5
    accuracy = float(np.mean((logits > threshold) == (targets.numpy() > 0.5)))
    return TrainingOutcome(initial_loss, float(mean_loss()), accuracy)
