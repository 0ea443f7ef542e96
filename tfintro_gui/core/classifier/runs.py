"""The pieces of a Classifier run: the trainer for a mode, the plan handed to a worker
thread, what each snapshot adds, and the previous run kept for comparison.

:func:`make_trainer` is the one place that knows which class trains which mode; the rest of
the lab talks to the :class:`~tfintro_gui.core.classifier.trainer.Trainer` protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.classifier.events import LossLogged
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.settings import TrainingSettings
from tfintro_gui.core.classifier.trainer import Divergence, Trainer, TrainingSnapshot

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


# The trainers' modules are imported when a trainer is first made (TensorFlow is loaded
# then), not with the panel: about 8 ms less before the window's first paint.
def _tape_trainer(inputs, targets, weights, model_spec: ModelSpec, **settings) -> Trainer:
    from tfintro_gui.core.classifier.training import LinearClassifierTrainer

    return LinearClassifierTrainer(inputs, targets, W=weights[0], b=weights[1], **settings)


def _keras_trainer(inputs, targets, weights, model_spec: ModelSpec, **settings) -> Trainer:
    from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer

    return KerasClassifierTrainer(inputs, targets, weights=weights, model_spec=model_spec,
                                  **settings)


#: How each mode's trainer is made.
TRAINER_FACTORIES: dict[str, Callable[..., Trainer]] = {
    "tape": _tape_trainer, "keras": _keras_trainer}


def make_trainer(training: TrainingSettings, weights, inputs, targets, test_inputs=None,
                 test_targets=None) -> Trainer:
    """A trainer for ``training``'s mode, model, loss and learning rate.

    Args:
        training: the settings (``mode`` picks the hand-written loop or Keras).
        weights: starting weights of ``training.model_spec``'s shapes.
        inputs, targets: `(n, 2)` and `(n, 1)` float32, the training set.
        test_inputs, test_targets: the held-out set, or None.

    Returns:
        A :class:`Trainer`.

    Raises:
        ValueError, TypeError: settings, weights or data the trainer refuses.
    """
    return TRAINER_FACTORIES[training.mode](
        inputs, targets, weights, training.model_spec, loss=training.loss,
        learning_rate=training.learning_rate, test_inputs=test_inputs,
        test_targets=test_targets)


def next_trainer(previous: Trainer | None, training: TrainingSettings, weights, inputs,
                 targets, test_inputs=None, test_targets=None) -> Trainer:
    """The trainer of a new start: :func:`make_trainer`'s, except that the hand-written
    loop's trainer is reused, reset to ``weights``, when it can be: same data and device,
    and no run under way (a call still finishing would move the new start). Its traced
    and XLA-compiled calls are kept: tracing and compiling them again took about a second
    on a 2-core laptop, on every Reset and New random start. A run sets loss, learning
    rate and batching again (:meth:`ClassifierLab.plan_run`).

    Args and Raises: as :func:`make_trainer`; ``previous`` is the current trainer or None.
    """
    if (previous is not None and previous.mode == "tape" == training.mode
            and previous.model_spec == training.model_spec
            and previous.can_restart_on(inputs, targets, test_inputs, test_targets)):
        previous.loss = training.loss
        previous.learning_rate = training.learning_rate
        previous.set_batching(None)
        previous.reset(*weights)
        return previous
    return make_trainer(training, weights, inputs, targets, test_inputs, test_targets)


@dataclass(frozen=True)
class PreviousRun:
    """A finished run's loss curve, shown under the live one to compare settings.

    Attributes:
        steps: `(n,)` int64; losses: `(n,)` float32.
        mode: ``"tape"`` or ``"keras"``; learning_rate: its step size; batch_size: samples
            per step or None for the full batch.
    """

    steps: np.ndarray
    losses: np.ndarray
    mode: str
    learning_rate: float
    batch_size: int | None


@dataclass(frozen=True)
class RunPlan:
    """A run ready to start in a worker thread.

    Attributes:
        make_generator: called in the worker; returns the trainer's snapshot generator.
        seconds_between_items: the pause after each snapshot (0 = as fast as possible).
        end_step: the step count the run reaches if it is not stopped.
    """

    make_generator: Callable[[], Iterator[TrainingSnapshot]]
    seconds_between_items: float
    end_step: int


@dataclass(frozen=True)
class SnapshotReport:
    """What one snapshot adds: the log lines to show, and a divergence that ended the run."""

    log: tuple[LossLogged, ...]
    divergence: Divergence | None
