"""What happened in the Classifier lab, as typed records (data, never sentences).

The lab keeps, since its trainer's start, the events the notebook export redoes in
order: :class:`TrainingRun` (Run, Resume or Step), :class:`DataEdited` (a point added or
removed) and :class:`WeightsSet` (weights set by hand). Training also reports
:class:`LossLogged` lines (the notebook's "Loss at step 9: …") and the lab answers some
actions with a :class:`Notice` (a refusal or a remark, as a code and values). The user
interface words all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lazy_loader

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


@dataclass(frozen=True)
class TrainingRun:
    """One run of training (Run, Resume or Step), as the trainer did it.

    Attributes:
        loss: ``"logistic"`` or ``"squared"``.
        learning_rate: the step size, > 0.
        batch_size: samples per step, or None for the full batch.
        shuffle: mini-batches in a shuffled order.
        first_step: 0-based index of the run's first step.
        num_steps: steps done in the run.
        batch_counter: hand-written loop: mini-batches taken since the epochs were last
            counted from 0 when the run started (the epoch is ``batch_counter //
            num_batches``).
        shuffle_seed: the seed of the shuffling (hand-written loop: the trainer's; Keras:
            the ``Dataset.shuffle`` seed of this run).
    """

    loss: str
    learning_rate: float
    batch_size: int | None
    shuffle: bool
    first_step: int
    num_steps: int
    batch_counter: int = 0
    shuffle_seed: int = 0

    def settings(self) -> tuple:
        """``(loss, learning_rate, batch_size, shuffle)``: runs with equal settings that
        follow each other can be redone as one loop."""
        return (self.loss, self.learning_rate, self.batch_size, self.shuffle)


@dataclass(frozen=True)
class DataEdited:
    """A point was added or removed after the trainer started.

    Attributes:
        edit: ``("insert", index, x, y, label, is_test)`` or ``("delete", index)`` (see
            :func:`~tfintro_gui.core.classifier.recipe.check_edit`).
    """

    edit: tuple


@dataclass(frozen=True)
class WeightsSet:
    """Weights set by hand (the parameter view's point dragged).

    Attributes:
        weights: float32 arrays of the model's :attr:`ModelSpec.weight_shapes`.
    """

    weights: tuple[np.ndarray, ...] = field(compare=False)


#: An event the notebook export redoes.
LabEvent = TrainingRun | DataEdited | WeightsSet


@dataclass(frozen=True)
class LossLogged:
    """A line of the training log: the loss at ``step`` (every 10th step, as the notebook
    prints it)."""

    step: int
    loss: float


@dataclass(frozen=True)
class Notice:
    """An action the lab refused or commented on, as a stable code and its values.

    Codes:
        ``"no_point_near"``: a right click found no point within ``radius_px`` pixels.
        ``"keep_two_training_points"``: removing the point would leave fewer than two
            training points.
        ``"no_history"``: nothing was trained yet (``values`` empty).
        ``"point_out_of_range"``: a click outside ±``limit`` (``x``, ``y``).
    """

    code: str
    values: dict = field(default_factory=dict, compare=False)
