"""Gradient descent on the notebook's linear model ``logits = X @ W + b``, written by hand.

The step is the notebook's: a ``tf.GradientTape`` over model and loss, then
``W.assign_sub(grad_W * learning_rate)`` and the same for ``b`` (Chollet, Deep Learning
with Python, ch. 3). Several steps can run inside one ``tf.function`` call so that a fast
trainer is not held back by Python. By default every step uses the whole data set (the
notebook's full batch); with a batch size, a step uses one mini-batch, and the order of the
samples can be shuffled at the start of every epoch.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from tfintro_gui.core.classifier.losses import check_loss_name, decision_threshold, mean_loss
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.runtime import default_device, import_tensorflow

DEFAULT_LEARNING_RATE = 0.1
DEFAULT_NUM_STEPS = 100
MAX_STEPS_PER_CALL = 100_000
# A loss this many times above its value at the start of the run counts as divergence.
DIVERGENCE_GROWTH_FACTOR = 10.0
LINEAR_MODEL = ModelSpec()


@dataclass(frozen=True)
class TrainingSnapshot:
    """The state after one or more training steps; every array is a NumPy copy.

    Attributes:
        step: 0-based index of the last step done (the notebook's "Loss at step 9" is the
            10th step). A step is one batch: the whole data set in full-batch mode.
        losses: `(k,)` float32, the loss of each of the k steps in this snapshot, each
            computed on that step's batch before that step's update (as the notebook
            prints it).
        accuracies: `(k,)` float32, fraction of the batch's samples classified correctly,
            likewise.
        parameters: `(k, num_parameters)` float32, all parameters (see
            :meth:`ModelSpec.flatten`) at which each step's loss was computed, i.e. before
            its update.
        weights: the model's weights after the last update, float32 arrays of
            :attr:`ModelSpec.weight_shapes`; ``(W, b)`` for the linear model.
        gradients: the last step's gradient of the loss for each weight, same shapes.
        timestamp: ``time.perf_counter()`` when the snapshot was taken, in seconds.
        test_losses: `(k,)` float32 loss on the held-out test set at the same parameters,
            or None without a test set.
        test_accuracies: `(k,)` float32 accuracy on the test set, or None.
        divergence: None, or a message saying why training stopped as divergent.
    """

    step: int
    losses: np.ndarray
    accuracies: np.ndarray
    parameters: np.ndarray
    weights: tuple[np.ndarray, ...]
    gradients: tuple[np.ndarray, ...]
    timestamp: float
    test_losses: np.ndarray | None = None
    test_accuracies: np.ndarray | None = None
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

    @property
    def W(self) -> np.ndarray:
        """The first kernel after the last update; `(2, 1)` for the linear model."""
        return self.weights[0]

    @property
    def b(self) -> np.ndarray:
        """The first bias after the last update; `(1,)` for the linear model."""
        return self.weights[1]

    @property
    def grad_W(self) -> np.ndarray:
        return self.gradients[0]

    @property
    def grad_b(self) -> np.ndarray:
        return self.gradients[1]


def initial_parameters(seed: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's starting point: ``W`` uniform in [0, 1), ``b`` zeros.

    Args:
        seed: integer seed, or None for fresh randomness.

    Returns:
        ``(W, b)``: `(2, 1)` float32 and `(1,)` float32.
    """
    W, b = LINEAR_MODEL.initial_weights(seed)
    return W, b


def check_learning_rate(learning_rate) -> float:
    """Return ``learning_rate`` as a float.

    Raises:
        TypeError: not a number.
        ValueError: not finite or not > 0.
    """
    try:
        value = float(learning_rate)
    except (TypeError, ValueError):
        raise TypeError(f"learning_rate must be a number, got {learning_rate!r}.") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"learning_rate must be a finite number > 0, got {learning_rate!r}.")
    return value


def check_batch_size(batch_size, num_samples: int) -> int | None:
    """Return the batch size, or None for full batch (None, or ≥ ``num_samples``).

    Raises:
        TypeError: not an integer or None.
        ValueError: < 1.
    """
    if batch_size is None:
        return None
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)):
        raise TypeError(f"batch_size must be an integer or None (full batch), "
                        f"got {batch_size!r}.")
    if batch_size < 1:
        raise ValueError(f"batch_size must be ≥ 1, got {batch_size}.")
    return None if batch_size >= num_samples else int(batch_size)


def check_num_steps(num_steps) -> int:
    """Return ``num_steps`` as an int.

    Raises:
        ValueError: not an integer ≥ 1.
    """
    if isinstance(num_steps, bool) or not isinstance(num_steps, (int, np.integer)) \
            or num_steps < 1:
        raise ValueError(f"num_steps must be an integer ≥ 1, got {num_steps!r}.")
    return int(num_steps)


def check_training_data(inputs, targets, what: str = "") -> tuple[np.ndarray, np.ndarray]:
    """Return float32 copies of ``inputs`` `(n, 2)` and ``targets`` `(n, 1)`.

    Raises:
        ValueError: wrong shapes or no samples.
    """
    inputs = np.array(inputs, dtype=np.float32)
    targets = np.array(targets, dtype=np.float32)
    if inputs.ndim != 2 or inputs.shape[1] != 2:
        raise ValueError(f"{what}inputs must have shape (num_samples, 2), got {inputs.shape}.")
    if targets.shape != (inputs.shape[0], 1):
        raise ValueError(
            f"{what}targets must have shape ({inputs.shape[0]}, 1), got {targets.shape}.")
    if len(inputs) == 0:
        raise ValueError(f"{what}inputs must hold at least one sample.")
    return inputs, targets


def divergence_message(losses: np.ndarray, reference_loss: float, learning_rate: float,
                       *weights: np.ndarray) -> str | None:
    """Say why training diverged, or return None when it did not.

    Divergence is a non-finite loss or weight, or a loss more than
    :data:`DIVERGENCE_GROWTH_FACTOR` times the loss at the start of the run. The stable
    logistic loss grows linearly in the weights rather than overflowing, so growth is
    checked as well as NaN/inf.

    Args:
        losses: `(k,)` the newest losses.
        reference_loss: the loss at the first step of the run.
        learning_rate: the step size in use, named in the message.
        *weights: the current weights (``W, b`` for the linear model).

    Returns:
        A message for the user, or None.
    """
    hint = (f"The learning rate {learning_rate:g} is probably too large: "
            "lower it (the notebook uses 0.1), reset and run again.")
    if not (np.all(np.isfinite(losses)) and all(np.all(np.isfinite(w)) for w in weights)):
        return f"Training diverged: the loss or the weights are no longer finite numbers. {hint}"
    newest = float(losses[-1])
    limit = DIVERGENCE_GROWTH_FACTOR * max(reference_loss, 1e-3)
    if newest > limit:
        return (f"Training diverged: the loss grew from {reference_loss:.4g} to {newest:.4g} "
                f"(over {DIVERGENCE_GROWTH_FACTOR:g}× its start). {hint}")
    return None


def check_steps_per_call(steps_per_call) -> int | str:
    """Return ``steps_per_call``: an integer ≥ 1 or ``"auto"``.

    Raises:
        ValueError: anything else.
    """
    if steps_per_call == "auto":
        return "auto"
    if isinstance(steps_per_call, bool) or not isinstance(steps_per_call, (int, np.integer)) \
            or steps_per_call < 1:
        raise ValueError(f"steps_per_call must be an integer ≥ 1 or 'auto', "
                         f"got {steps_per_call!r}.")
    return int(steps_per_call)


class LinearClassifierTrainer:
    """Trains ``logits = inputs @ W + b`` by gradient descent written with ``GradientTape``.

    ``W`` and ``b`` are ``tf.Variable`` objects on the chosen device; :meth:`run` yields
    NumPy snapshots. The trainer is not thread-safe: use it from one thread at a time.

    Args:
        inputs: `(num_samples, 2)` float32 array, the training set.
        targets: `(num_samples, 1)` float32 array of 0/1.
        W: `(2, 1)` initial weights; default from :func:`initial_parameters`.
        b: `(1,)` initial bias; default zeros.
        loss: ``"logistic"`` (default) or ``"squared"``.
        learning_rate: step size, > 0. Default 0.1, the notebook's.
        device: TensorFlow device string; default the first GPU, else the CPU.
        batch_size: samples per step, or None for the full batch (the notebook's). The last
            batch of an epoch holds what is left, as in ``model.fit``.
        shuffle: with mini-batches, visit the samples in a new random order every epoch
            (``tf.random.experimental.stateless_shuffle`` keyed by ``(seed, epoch)``).
        seed: seed of the shuffling; None draws one.
        test_inputs: `(num_test, 2)` held-out samples, or None; their loss and accuracy
            are reported every step.
        test_targets: `(num_test, 1)` 0/1, with ``test_inputs``.

    Raises:
        ValueError: shapes that do not match, a bad loss name, learning rate or batch size.
        TypeError: a learning rate or batch size that is not a number.
    """

    model = LINEAR_MODEL

    def __init__(self, inputs, targets, *, W=None, b=None, loss: str = "logistic",
                 learning_rate: float = DEFAULT_LEARNING_RATE, device: str | None = None,
                 batch_size: int | None = None, shuffle: bool = True, seed: int | None = None,
                 test_inputs=None, test_targets=None):
        tf = import_tensorflow()
        self._loss = check_loss_name(loss)
        self._learning_rate_value = check_learning_rate(learning_rate)
        self.device = device or default_device()
        if W is None or b is None:
            W, b = initial_parameters()
        W, b = LINEAR_MODEL.check_weights([W, b])
        self._shuffle_seed = int(np.random.default_rng(seed).integers(2**31 - 1))
        with tf.device(self.device):
            self.W = tf.Variable(W, name="W")
            self.b = tf.Variable(b, name="b")
            self._learning_rate = tf.Variable(self._learning_rate_value, dtype=tf.float32,
                                              trainable=False, name="learning_rate")
            self._batch_counter = tf.Variable(0, dtype=tf.int64, trainable=False,
                                              name="batch_counter")
        self.num_steps_done = 0
        self._batch_size = None
        self._shuffle = bool(shuffle)
        self._order = None
        self.set_data(inputs, targets, test_inputs, test_targets)
        self.set_batching(batch_size, shuffle)

    # -- settings -------------------------------------------------------------------------
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
        self._learning_rate_value = check_learning_rate(value)
        self._learning_rate.assign(self._learning_rate_value)

    @property
    def batch_size(self) -> int | None:
        """Samples per step, or None for the full batch."""
        return self._batch_size

    @property
    def shuffle(self) -> bool:
        return self._shuffle

    @property
    def num_samples(self) -> int:
        return self._num_samples

    @property
    def has_test_set(self) -> bool:
        return self._test_inputs is not None

    @property
    def shuffle_seed(self) -> int:
        """The seed of the mini-batch order: epoch ``e`` visits the samples in the order
        ``stateless_shuffle(range(num_samples), seed=[shuffle_seed, e])``."""
        return self._shuffle_seed

    @property
    def batch_counter(self) -> int:
        """Mini-batches taken since the epochs were last counted from 0 (a change of data
        or batching counts from 0 again)."""
        return int(self._batch_counter.numpy())

    def set_batching(self, batch_size: int | None, shuffle: bool = True) -> None:
        """Choose full batch (None) or mini-batches of ``batch_size``; a change starts a new
        epoch.

        Raises:
            ValueError, TypeError: see :func:`check_batch_size`.
        """
        batch_size = check_batch_size(batch_size, self._num_samples)
        if (batch_size, bool(shuffle)) != (self._batch_size, self._shuffle):
            self._batch_counter.assign(0)
        self._batch_size, self._shuffle = batch_size, bool(shuffle)

    def set_data(self, inputs, targets, test_inputs=None, test_targets=None) -> None:
        """Train on new data from the current weights; the next step starts a new epoch.

        Raises:
            ValueError: see :func:`check_training_data`.
        """
        tf = import_tensorflow()
        inputs, targets = check_training_data(inputs, targets)
        if (test_inputs is None) != (test_targets is None):
            raise ValueError("Give both test_inputs and test_targets, or neither.")
        if test_inputs is not None:
            test_inputs, test_targets = check_training_data(test_inputs, test_targets, "test ")
        with tf.device(self.device):
            self._inputs = tf.constant(inputs)
            self._targets = tf.constant(targets)
            self._test_inputs = None if test_inputs is None else tf.constant(test_inputs)
            self._test_targets = None if test_targets is None else tf.constant(test_targets)
        self._num_samples = len(inputs)
        self._batch_counter.assign(0)
        if self._batch_size is not None and self._batch_size >= self._num_samples:
            self._batch_size = None
        self._compiled = {}

    # -- parameters -----------------------------------------------------------------------
    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of ``(W, b)``: `(2, 1)` and `(1,)` float32."""
        return self.W.numpy().copy(), self.b.numpy().copy()

    def get_weights(self) -> list[np.ndarray]:
        """Copies of the weights, ``[W, b]``, as Keras's ``model.get_weights()`` returns."""
        return list(self.parameters())

    def set_weights(self, weights) -> None:
        """Set ``[W, b]`` without changing the step count (e.g. dragged by the user)."""
        W, b = LINEAR_MODEL.check_weights(weights)
        self.W.assign(W)
        self.b.assign(b)

    def predict_logits(self, points) -> np.ndarray:
        """``tf.matmul(points, W) + b`` with the live variables: `(n, 1)` float32 NumPy."""
        tf = import_tensorflow()
        with tf.device(self.device):
            return (tf.matmul(np.asarray(points, np.float32), self.W) + self.b).numpy()

    def reset(self, W, b) -> None:
        """Set new starting parameters; the step count and the epoch start again at 0."""
        self.set_weights([W, b])
        self._batch_counter.assign(0)
        self.num_steps_done = 0

    # -- training -------------------------------------------------------------------------
    def _next_batch(self, num_batches: int, batch_size: int, shuffle: bool):
        """The inputs and targets of the next mini-batch (traced inside the compiled loop)."""
        tf = import_tensorflow()
        counter = self._batch_counter
        batch_index = counter % num_batches
        start = batch_index * batch_size
        end = tf.minimum(start + batch_size, self._num_samples)
        if shuffle:
            if batch_index == 0:
                self._order.assign(tf.random.experimental.stateless_shuffle(
                    tf.range(self._num_samples, dtype=tf.int64),
                    seed=tf.stack([tf.constant(self._shuffle_seed, tf.int64),
                                   counter // num_batches])))
            indices = self._order[start:end]
            inputs, targets = tf.gather(self._inputs, indices), tf.gather(self._targets, indices)
        else:
            inputs, targets = self._inputs[start:end], self._targets[start:end]
        counter.assign_add(1)
        return inputs, targets

    def _run_steps_function(self):
        """The compiled k-step loop for the current settings (traced once per setting)."""
        key = (self._loss, self._batch_size, self._shuffle)
        if key not in self._compiled:
            tf = import_tensorflow()
            loss_name, batch_size, shuffle = key
            threshold = decision_threshold(loss_name)
            has_test = self.has_test_set
            num_batches = 1 if batch_size is None else math.ceil(self._num_samples / batch_size)
            if batch_size is not None and shuffle and self._order is None:
                # The epoch's sample order; _next_batch fills it at the start of every epoch.
                with tf.device(self.device):
                    self._order = tf.Variable(tf.range(self._num_samples, dtype=tf.int64),
                                              trainable=False, shape=tf.TensorShape([None]))

            def accuracy_of(logits, targets):
                correct = tf.equal(logits > threshold, targets > 0.5)
                return tf.reduce_mean(tf.cast(correct, tf.float32))

            def run_steps(count):
                losses = tf.TensorArray(tf.float32, size=count)
                accuracies = tf.TensorArray(tf.float32, size=count)
                parameters = tf.TensorArray(tf.float32, size=count, element_shape=(3,))
                test_size = count if has_test else 0
                test_losses = tf.TensorArray(tf.float32, size=test_size, element_shape=())
                test_accuracies = tf.TensorArray(tf.float32, size=test_size, element_shape=())
                grad_W = tf.zeros_like(self.W)
                grad_b = tf.zeros_like(self.b)
                for i in tf.range(count):
                    if batch_size is None:
                        inputs, targets = self._inputs, self._targets
                    else:
                        inputs, targets = self._next_batch(num_batches, batch_size, shuffle)
                    parameters = parameters.write(
                        i, tf.concat([tf.reshape(self.W, [-1]), self.b], axis=0))
                    if has_test:
                        test_logits = tf.matmul(self._test_inputs, self.W) + self.b
                        test_losses = test_losses.write(
                            i, mean_loss(loss_name, self._test_targets, test_logits))
                        test_accuracies = test_accuracies.write(
                            i, accuracy_of(test_logits, self._test_targets))
                    with tf.GradientTape() as tape:
                        logits = tf.matmul(inputs, self.W) + self.b
                        loss = mean_loss(loss_name, targets, logits)
                    grad_W, grad_b = tape.gradient(loss, [self.W, self.b])
                    self.W.assign_sub(grad_W * self._learning_rate)
                    self.b.assign_sub(grad_b * self._learning_rate)
                    losses = losses.write(i, loss)
                    accuracies = accuracies.write(i, accuracy_of(logits, targets))
                return (losses.stack(), accuracies.stack(), parameters.stack(),
                        test_losses.stack(), test_accuracies.stack(), grad_W, grad_b)

            self._compiled[key] = tf.function(run_steps)
        return self._compiled[key]

    def run(self, num_steps: int = DEFAULT_NUM_STEPS, steps_per_call: int | str = 1,
            target_call_s: float = 1 / 30) -> Iterator[TrainingSnapshot]:
        """Train for ``num_steps`` steps, yielding a snapshot after every TensorFlow call.

        Args:
            num_steps: steps to run, ≥ 1; a step is one batch.
            steps_per_call: steps per compiled call (and so per snapshot), or ``"auto"`` to
                size each call to take about ``target_call_s`` seconds.
            target_call_s: the wanted duration of one call in ``"auto"`` mode, seconds.

        Yields:
            :class:`TrainingSnapshot`. Stops early, after a snapshot whose ``divergence``
            is set, when training diverges.

        Raises:
            ValueError: ``num_steps`` < 1 or a bad ``steps_per_call``.
        """
        remaining = check_num_steps(num_steps)
        steps_per_call = check_steps_per_call(steps_per_call)
        auto = steps_per_call == "auto"
        tf = import_tensorflow()
        run_steps = self._run_steps_function()
        chunk = 8 if auto else steps_per_call
        reference_loss = None
        first_call = True
        while remaining > 0:
            count = min(chunk, remaining)
            started = time.perf_counter()
            with tf.device(self.device):
                (losses, accuracies, parameters, test_losses, test_accuracies,
                 grad_W, grad_b) = run_steps(tf.constant(count, tf.int32))
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
                accuracies=accuracies.numpy().copy(), parameters=parameters.numpy().copy(),
                weights=(W, b), gradients=(grad_W.numpy().copy(), grad_b.numpy().copy()),
                timestamp=time.perf_counter(),
                test_losses=test_losses.numpy().copy() if self.has_test_set else None,
                test_accuracies=test_accuracies.numpy().copy() if self.has_test_set else None,
                divergence=message)
            if message is not None:
                return
            if auto and not first_call:
                # Aim each call at about one frame; grow by at most 4× to stay responsive.
                wanted = count * target_call_s / max(elapsed, 1e-6)
                chunk = int(min(max(1, wanted), 4 * count, MAX_STEPS_PER_CALL))
            first_call = False


def training_code(*, learning_rate: float = DEFAULT_LEARNING_RATE,
                  num_steps: int = DEFAULT_NUM_STEPS, loss: str = "logistic",
                  batch_size: int | None = None, shuffle: bool = True) -> str:
    """The notebook-style TensorFlow code of the training the panel runs by hand.

    Args:
        learning_rate, num_steps, loss: as in :class:`LinearClassifierTrainer`.
        batch_size: None for the notebook's full batch, else samples per step.
        shuffle: with mini-batches, shuffle every epoch.

    Returns:
        Python source text that trains the same model on ``inputs``/``targets``.
    """
    if check_loss_name(loss) == "logistic":
        loss_lines = ("    per_sample = tf.math.softplus(logits) - targets * logits"
                      "  # log(1 + exp(o)) - y*o\n")
    else:
        loss_lines = "    per_sample = tf.square(targets - logits)\n"
    head = (
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
    )
    if batch_size is None:
        return head + (
            f"for step in range({num_steps}):\n"
            "    loss = training_step(inputs, targets)\n"
            "    if step % 10 == 9:\n"
            "        print(f\"Loss at step {step}: {loss:.4f}\")\n"
        )
    order = ("    order = np.random.permutation(len(inputs))  # a new order every epoch\n"
             if shuffle else "    order = np.arange(len(inputs))\n")
    return head + (
        f"batch_size = {batch_size}\n"
        "num_batches = -(-len(inputs) // batch_size)  # the last batch holds the rest\n"
        "step = 0\n"
        f"while step < {num_steps}:\n"
        f"{order}"
        "    for start in range(0, len(inputs), batch_size):\n"
        "        batch = order[start:start + batch_size]\n"
        "        loss = training_step(inputs[batch], targets[batch])\n"
        "        if step % 10 == 9:\n"
        "            print(f\"Loss at step {step}: {loss:.4f}\")\n"
        "        step += 1\n"
        f"        if step == {num_steps}:\n"
        "            break\n"
    )
