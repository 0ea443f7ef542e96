"""Gradient descent on the notebook's linear model ``logits = X @ W + b``.

The step is the notebook's: a ``tf.GradientTape`` over model and loss, then
``W.assign_sub(grad_W * learning_rate)`` and the same for ``b`` (Chollet, Deep Learning
with Python, ch. 3). Several steps can run inside one ``tf.function`` call so that a fast
trainer is not held back by Python.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from tfintro_gui.core.classifier.losses import check_loss_name, decision_threshold, mean_loss
from tfintro_gui.core.runtime import default_device, import_tensorflow

DEFAULT_LEARNING_RATE = 0.1
DEFAULT_NUM_STEPS = 100
MAX_STEPS_PER_CALL = 100_000
# A loss this many times above its value at the start of the run counts as divergence.
DIVERGENCE_GROWTH_FACTOR = 10.0


@dataclass(frozen=True)
class TrainingSnapshot:
    """The state after one or more training steps; every array is a NumPy copy.

    Attributes:
        step: 0-based index of the last step done (the notebook's "Loss at step 9" is the
            10th step).
        losses: `(k,)` float32, the loss of each of the k steps in this snapshot, each
            computed before that step's update (as the notebook prints it).
        accuracies: `(k,)` float32, fraction of correctly classified samples, likewise.
        W: `(2, 1)` float32 after the last update.
        b: `(1,)` float32 after the last update.
        grad_W: `(2, 1)` float32, the last step's gradient of the loss with respect to W.
        grad_b: `(1,)` float32, likewise for b.
        timestamp: ``time.perf_counter()`` when the snapshot was taken, in seconds.
        divergence: None, or a message saying why training stopped as divergent.
    """

    step: int
    losses: np.ndarray
    accuracies: np.ndarray
    W: np.ndarray
    b: np.ndarray
    grad_W: np.ndarray
    grad_b: np.ndarray
    timestamp: float
    divergence: str | None = None

    @property
    def first_step(self) -> int:
        """Index of the first step in this snapshot."""
        return self.step - len(self.losses) + 1

    @property
    def loss(self) -> float:
        return float(self.losses[-1])

    @property
    def accuracy(self) -> float:
        return float(self.accuracies[-1])


def initial_parameters(seed: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's starting point: ``W`` uniform in [0, 1), ``b`` zeros.

    Args:
        seed: integer seed, or None for fresh randomness.

    Returns:
        ``(W, b)``: `(2, 1)` float32 and `(1,)` float32.
    """
    rng = np.random.default_rng(seed)
    return rng.random((2, 1), dtype=np.float32), np.zeros((1,), dtype=np.float32)


def _check_learning_rate(learning_rate) -> float:
    try:
        value = float(learning_rate)
    except (TypeError, ValueError):
        raise TypeError(f"learning_rate must be a number, got {learning_rate!r}.") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"learning_rate must be a finite number > 0, got {learning_rate!r}.")
    return value


def divergence_message(losses: np.ndarray, reference_loss: float, learning_rate: float,
                       W: np.ndarray, b: np.ndarray) -> str | None:
    """Say why training diverged, or return None when it did not.

    Divergence is a non-finite loss or weight, or a loss more than
    :data:`DIVERGENCE_GROWTH_FACTOR` times the loss at the start of the run. The stable
    logistic loss grows linearly in the weights rather than overflowing, so growth is
    checked as well as NaN/inf.

    Args:
        losses: `(k,)` the newest losses.
        reference_loss: the loss at the first step of the run.
        learning_rate: the step size in use, named in the message.
        W, b: the current parameters.

    Returns:
        A message for the user, or None.
    """
    hint = (f"The learning rate {learning_rate:g} is probably too large: "
            "lower it (the notebook uses 0.1), press Reset and run again.")
    if not (np.all(np.isfinite(losses)) and np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
        return f"Training diverged: the loss or the weights are no longer finite numbers. {hint}"
    newest = float(losses[-1])
    limit = DIVERGENCE_GROWTH_FACTOR * max(reference_loss, 1e-3)
    if newest > limit:
        return (f"Training diverged: the loss grew from {reference_loss:.4g} to {newest:.4g} "
                f"(over {DIVERGENCE_GROWTH_FACTOR:g}× its start). {hint}")
    return None


class LinearClassifierTrainer:
    """Trains ``logits = inputs @ W + b`` by full-batch gradient descent.

    ``W`` and ``b`` are ``tf.Variable`` objects on the chosen device; :meth:`run` yields
    NumPy snapshots. The trainer is not thread-safe: use it from one thread at a time.

    Args:
        inputs: `(num_samples, 2)` float32 array.
        targets: `(num_samples, 1)` float32 array of 0/1.
        W: `(2, 1)` initial weights; default from :func:`initial_parameters`.
        b: `(1,)` initial bias; default zeros.
        loss: ``"logistic"`` (default) or ``"squared"``.
        learning_rate: step size, > 0. Default 0.1, the notebook's.
        device: TensorFlow device string; default the first GPU, else the CPU.

    Raises:
        ValueError: shapes that do not match, a bad loss name or learning rate.
    """

    def __init__(self, inputs, targets, *, W=None, b=None, loss: str = "logistic",
                 learning_rate: float = DEFAULT_LEARNING_RATE, device: str | None = None):
        tf = import_tensorflow()
        inputs = np.asarray(inputs, dtype=np.float32)
        targets = np.asarray(targets, dtype=np.float32)
        if inputs.ndim != 2 or inputs.shape[1] != 2:
            raise ValueError(f"inputs must have shape (num_samples, 2), got {inputs.shape}.")
        if targets.shape != (inputs.shape[0], 1):
            raise ValueError(
                f"targets must have shape ({inputs.shape[0]}, 1), got {targets.shape}.")
        self._loss = check_loss_name(loss)
        self._learning_rate_value = _check_learning_rate(learning_rate)
        self.device = device or default_device()
        if W is None or b is None:
            W, b = initial_parameters()
        with tf.device(self.device):
            self._inputs = tf.constant(inputs)
            self._targets = tf.constant(targets)
            self.W = tf.Variable(self._checked_W(W), name="W")
            self.b = tf.Variable(self._checked_b(b), name="b")
            self._learning_rate = tf.Variable(self._learning_rate_value, dtype=tf.float32,
                                              trainable=False, name="learning_rate")
        self.num_steps_done = 0
        self._compiled = {}

    @staticmethod
    def _checked_W(W) -> np.ndarray:
        W = np.asarray(W, dtype=np.float32)
        if W.shape != (2, 1):
            raise ValueError(f"W must have shape (2, 1), got {W.shape}.")
        return W

    @staticmethod
    def _checked_b(b) -> np.ndarray:
        b = np.asarray(b, dtype=np.float32).reshape(-1)
        if b.shape != (1,):
            raise ValueError(f"b must have shape (1,), got {b.shape}.")
        return b

    @property
    def loss(self) -> str:
        return self._loss

    @loss.setter
    def loss(self, value: str) -> None:
        self._loss = check_loss_name(value)

    @property
    def learning_rate(self) -> float:
        return self._learning_rate_value

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        self._learning_rate_value = _check_learning_rate(value)
        self._learning_rate.assign(self._learning_rate_value)

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of ``(W, b)``: `(2, 1)` and `(1,)` float32."""
        return self.W.numpy().copy(), self.b.numpy().copy()

    def reset(self, W, b) -> None:
        """Set new starting parameters and the step count back to 0."""
        self.W.assign(self._checked_W(W))
        self.b.assign(self._checked_b(b))
        self.num_steps_done = 0

    def _run_steps_function(self):
        """The compiled k-step loop for the current loss (traced once per loss)."""
        if self._loss not in self._compiled:
            tf = import_tensorflow()
            loss_name = self._loss
            threshold = decision_threshold(loss_name)

            def run_steps(count):
                losses = tf.TensorArray(tf.float32, size=count)
                accuracies = tf.TensorArray(tf.float32, size=count)
                grad_W = tf.zeros_like(self.W)
                grad_b = tf.zeros_like(self.b)
                for i in tf.range(count):
                    with tf.GradientTape() as tape:
                        logits = tf.matmul(self._inputs, self.W) + self.b
                        loss = mean_loss(loss_name, self._targets, logits)
                    grad_W, grad_b = tape.gradient(loss, [self.W, self.b])
                    self.W.assign_sub(grad_W * self._learning_rate)
                    self.b.assign_sub(grad_b * self._learning_rate)
                    correct = tf.equal(logits > threshold, self._targets > 0.5)
                    losses = losses.write(i, loss)
                    accuracies = accuracies.write(i, tf.reduce_mean(tf.cast(correct, tf.float32)))
                return losses.stack(), accuracies.stack(), grad_W, grad_b

            self._compiled[loss_name] = tf.function(run_steps)
        return self._compiled[self._loss]

    def run(self, num_steps: int = DEFAULT_NUM_STEPS, steps_per_call: int | str = 1,
            target_call_s: float = 1 / 30) -> Iterator[TrainingSnapshot]:
        """Train for ``num_steps`` steps, yielding a snapshot after every TensorFlow call.

        Args:
            num_steps: steps to run, ≥ 1.
            steps_per_call: steps per compiled call (and so per snapshot), or ``"auto"`` to
                size each call to take about ``target_call_s`` seconds.
            target_call_s: the wanted duration of one call in ``"auto"`` mode, seconds.

        Yields:
            :class:`TrainingSnapshot`. Stops early, after a snapshot whose ``divergence``
            is set, when training diverges.

        Raises:
            ValueError: ``num_steps`` < 1 or a bad ``steps_per_call``.
        """
        if isinstance(num_steps, bool) or not isinstance(num_steps, (int, np.integer)) \
                or num_steps < 1:
            raise ValueError(f"num_steps must be an integer ≥ 1, got {num_steps!r}.")
        auto = steps_per_call == "auto"
        if not auto and (not isinstance(steps_per_call, (int, np.integer)) or steps_per_call < 1):
            raise ValueError(f"steps_per_call must be an integer ≥ 1 or 'auto', "
                             f"got {steps_per_call!r}.")
        tf = import_tensorflow()
        run_steps = self._run_steps_function()
        chunk = 8 if auto else int(steps_per_call)
        reference_loss = None
        remaining = int(num_steps)
        first_call = True
        while remaining > 0:
            count = min(chunk, remaining)
            started = time.perf_counter()
            with tf.device(self.device):
                losses, accuracies, grad_W, grad_b = run_steps(tf.constant(count, tf.int32))
            snapshot_losses = losses.numpy().copy()
            elapsed = time.perf_counter() - started
            remaining -= count
            self.num_steps_done += count
            W, b = self.parameters()
            if reference_loss is None:
                reference_loss = float(snapshot_losses[0])
            message = divergence_message(snapshot_losses, reference_loss,
                                         self._learning_rate_value, W, b)
            yield TrainingSnapshot(
                step=self.num_steps_done - 1, losses=snapshot_losses,
                accuracies=accuracies.numpy().copy(), W=W, b=b,
                grad_W=grad_W.numpy().copy(), grad_b=grad_b.numpy().copy(),
                timestamp=time.perf_counter(), divergence=message)
            if message is not None:
                return
            if auto and not first_call:
                # Aim each call at about one frame; grow by at most 4× to stay responsive.
                wanted = count * target_call_s / max(elapsed, 1e-6)
                chunk = int(min(max(1, wanted), 4 * count, MAX_STEPS_PER_CALL))
            first_call = False


def training_code(*, learning_rate: float = DEFAULT_LEARNING_RATE,
                  num_steps: int = DEFAULT_NUM_STEPS, loss: str = "logistic") -> str:
    """The notebook-style TensorFlow code of the training the panel runs.

    Returns:
        Python source text that trains the same model on ``inputs``/``targets``.
    """
    if check_loss_name(loss) == "logistic":
        loss_lines = ("    per_sample = tf.math.softplus(logits) - targets * logits"
                      "  # log(1 + exp(o)) - y*o\n")
    else:
        loss_lines = "    per_sample = tf.square(targets - logits)\n"
    return (
        "W = tf.Variable(tf.random.uniform(shape=(2, 1)))\n"
        "b = tf.Variable(tf.zeros(shape=(1,)))\n"
        f"learning_rate = {learning_rate:g}\n\n"
        "def model(inputs):\n"
        "    return tf.matmul(inputs, W) + b\n\n"
        "def loss_fn(targets, logits):\n"
        f"{loss_lines}"
        "    return tf.reduce_mean(per_sample)\n\n"
        "def training_step(inputs, targets):\n"
        "    with tf.GradientTape() as tape:\n"
        "        loss = loss_fn(targets, model(inputs))\n"
        "    grad_W, grad_b = tape.gradient(loss, [W, b])\n"
        "    W.assign_sub(grad_W * learning_rate)\n"
        "    b.assign_sub(grad_b * learning_rate)\n"
        "    return loss\n\n"
        f"for step in range({num_steps}):\n"
        "    loss = training_step(inputs, targets)\n"
        "    if step % 10 == 9:\n"
        "        print(f\"Loss at step {step}: {loss:.4f}\")\n"
    )
