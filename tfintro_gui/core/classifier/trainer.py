"""What every classifier trainer offers and yields, and the checks the trainers share.

Two trainers train the classifier: :class:`~tfintro_gui.core.classifier.training.
LinearClassifierTrainer` (the notebook's hand-written ``GradientTape`` loop) and
:class:`~tfintro_gui.core.classifier.keras_training.KerasClassifierTrainer` (``model.fit``).
Both satisfy the :class:`Trainer` protocol, so nothing that drives them needs to know which
one it holds: both yield :class:`TrainingSnapshot` objects, both say how the notebook redoes
their next run (:meth:`Trainer.training_run`), and both report divergence as a
:class:`Divergence` (a reason code and numbers, worded by the user interface).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import lazy_loader

from tfintro_gui.core.classifier.events import TrainingRun
from tfintro_gui.core.classifier.model import ModelSpec

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: The notebook's learning rate (Chollet, Deep Learning with Python, ch. 3).
DEFAULT_LEARNING_RATE = 0.1
#: The notebook's number of steps.
DEFAULT_NUM_STEPS = 100
MAX_STEPS_PER_CALL = 100_000
#: A loss this many times above its value at the start of the run counts as divergence.
DIVERGENCE_GROWTH_FACTOR = 10.0
#: The growth is measured from at least this loss: a loss under 10 × 0.1 = 1.0 (worse than
#: chance, ln 2 ≈ 0.69, for the logistic loss) never counts as grown, so one noisy
#: mini-batch after a nearly perfect fit (0.0002 → 0.012) is not taken for divergence.
DIVERGENCE_LOSS_FLOOR = 0.1
LINEAR_MODEL = ModelSpec()


def initial_parameters(seed: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's starting point: ``W`` uniform in [0, 1), ``b`` zeros.

    Args:
        seed: integer seed, or None for fresh randomness.

    Returns:
        ``(W, b)``: `(2, 1)` float32 and `(1,)` float32.
    """
    W, b = LINEAR_MODEL.initial_weights(seed)
    return W, b


#: ``"tape"``: the hand-written ``GradientTape`` loop; ``"keras"``: ``model.fit``.
MODES = ("tape", "keras")


@dataclass(frozen=True)
class Divergence:
    """Why a run stopped as divergent, as data (the user interface words it).

    Attributes:
        reason: ``"not_finite"`` (the loss or a weight became NaN or infinite) or
            ``"loss_grew"`` (the loss rose above :data:`DIVERGENCE_GROWTH_FACTOR` times its
            value at the start of the run).
        learning_rate: the step size in use; usually the cause.
        reference_loss: the loss at the run's first step.
        newest_loss: the loss that set it off (may be NaN or infinite).
        growth_factor: :data:`DIVERGENCE_GROWTH_FACTOR`.
    """

    reason: str
    learning_rate: float
    reference_loss: float
    newest_loss: float
    growth_factor: float = DIVERGENCE_GROWTH_FACTOR


def find_divergence(losses: np.ndarray, reference_loss: float, learning_rate: float,
                    *weights: np.ndarray) -> Divergence | None:
    """Tell whether training diverged.

    Divergence is a non-finite loss or weight, or a loss more than
    :data:`DIVERGENCE_GROWTH_FACTOR` times the loss at the start of the run (at least
    :data:`DIVERGENCE_LOSS_FLOOR`). The stable
    logistic loss grows linearly in the weights rather than overflowing, so growth is
    checked as well as NaN/inf.

    Args:
        losses: `(k,)` the newest losses.
        reference_loss: the loss at the first step of the run.
        learning_rate: the step size in use.
        *weights: the current weights (``W, b`` for the linear model).

    Returns:
        A :class:`Divergence`, or None when training is fine.
    """
    newest = float(losses[-1])
    if not (np.all(np.isfinite(losses)) and all(np.all(np.isfinite(w)) for w in weights)):
        return Divergence("not_finite", float(learning_rate), float(reference_loss), newest)
    if newest > DIVERGENCE_GROWTH_FACTOR * max(reference_loss, DIVERGENCE_LOSS_FLOOR):
        return Divergence("loss_grew", float(learning_rate), float(reference_loss), newest)
    return None


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
        divergence: None, or why training stopped as divergent.
        compiled: True when this call was compiled for XLA first (its time is mostly
            compilation, not training).
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
    divergence: Divergence | None = None
    compiled: bool = False

    @property
    def first_step(self) -> int:
        """Index of the first step in this snapshot."""
        return self.step - len(self.losses) + 1

    @property
    def loss(self) -> float:
        """The last step's loss."""
        return float(self.losses[-1])

    @property
    def accuracy(self) -> float:
        """The last step's accuracy."""
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
        """The last step's gradient of the loss for :attr:`W`."""
        return self.gradients[0]

    @property
    def grad_b(self) -> np.ndarray:
        """The last step's gradient of the loss for :attr:`b`."""
        return self.gradients[1]


class Trainer(Protocol):
    """What the lab needs from a trainer, whichever way it trains.

    Attributes:
        mode: ``"tape"`` or ``"keras"`` (see :data:`MODES`).
        model_spec: the architecture trained.
        device: the TensorFlow device it computes on, e.g. ``"/CPU:0"``.
        num_steps_done: steps trained since the start (or the last :meth:`reset`).
        loss, learning_rate: settable; checked on assignment.
        batch_size: samples per step, or None for the full batch.
        shuffle: with mini-batches, a new order every epoch.
        num_samples: size of the training set.
        compiler: how its fast runs are compiled now, e.g. ``"XLA"``, ``"tf.function"``,
            ``"model.fit"``.
        xla_unavailable: why XLA could not compile here, or None.
        compiling: what the running call is compiling now (read from another thread):
            ``"XLA"``, ``"tf.function"`` (its first trace of the training step), or None.
    """

    mode: str
    compiler: str
    xla_unavailable: str | None
    compiling: str | None
    model_spec: ModelSpec
    device: str
    num_steps_done: int
    loss: str
    learning_rate: float

    @property
    def batch_size(self) -> int | None: ...

    @property
    def shuffle(self) -> bool: ...

    @property
    def num_samples(self) -> int: ...

    def set_batching(self, batch_size: int | None, shuffle: bool = True) -> None:
        """Full batch (None) or mini-batches of ``batch_size``."""

    def set_data(self, inputs, targets, test_inputs=None, test_targets=None) -> None:
        """Train on new data from the current weights."""

    def get_weights(self) -> list[np.ndarray]:
        """Copies of the weights in :attr:`ModelSpec.weight_shapes` order."""

    def set_weights(self, weights) -> None:
        """Set the weights; the step count is kept."""

    def predict_logits(self, points) -> np.ndarray:
        """The live model's logits, `(n, 1)` float32."""

    def training_run(self) -> TrainingRun:
        """How the notebook redoes the next run (``num_steps`` 0, filled in afterwards)."""

    def run(self, num_steps: int = DEFAULT_NUM_STEPS, steps_per_call: int | str = 1,
            target_call_s: float = 1 / 30) -> Iterator[TrainingSnapshot]:
        """Train ``num_steps`` steps, yielding snapshots (see the trainers)."""


def check_learning_rate(learning_rate) -> float:
    """Return ``learning_rate`` as a float.

    Raises:
        TypeError: not a number.
        ValueError: not finite or not > 0.
    """
    try:
        value = float(learning_rate)
    except (TypeError, ValueError, OverflowError):
        raise TypeError(f"learning_rate must be a number, got "
                        f"{str(learning_rate)[:40]!r}.") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"learning_rate must be a finite number > 0, got {value!r}.")
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


def check_test_data(test_inputs, test_targets):
    """Return checked float32 ``(test_inputs, test_targets)``, or ``(None, None)``.

    Raises:
        ValueError: only one of them given, or wrong shapes.
    """
    if (test_inputs is None) != (test_targets is None):
        raise ValueError("Give both test_inputs and test_targets, or neither.")
    if test_inputs is None:
        return None, None
    return check_training_data(test_inputs, test_targets, "test ")
