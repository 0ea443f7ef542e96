"""The same classifier trained the Keras way: ``Sequential``, ``compile`` and ``model.fit``.

Chollet (Deep Learning with Python, ch. 3) shows that Keras wraps the notebook's pieces:
layers make the model, ``compile`` picks the loss, optimizer and metrics, ``fit`` runs the
loop of mini-batch SGD. :class:`KerasClassifierTrainer` trains
``Sequential([Dense(1)])`` (optionally with one hidden ``Dense`` layer) with
``SGD(learning_rate)`` and ``BinaryCrossentropy(from_logits=True)`` (or ``MeanSquaredError``
for the squared loss), so that from the same ``W`` and ``b`` it takes the same steps as the
hand-written ``GradientTape`` loop.

How the live plots see ``fit``: ``model.fit`` is one blocking call, but the app's workers
drive generators. :meth:`KerasClassifierTrainer.run` is a generator that starts ``fit`` in
a helper thread it owns and joins. A Keras callback hands the steps of each TensorFlow call
to the generator through a queue in lock-step: after ``on_train_batch_end`` it waits until
the generator asks for more. So ``fit`` never runs ahead of what was yielded, and closing
the generator (Pause, Stop) answers the waiting callback with "stop", which sets
``model.stop_training`` and ``fit`` returns after that call. The helper thread has ended
when ``close()`` returns.

Full-batch runs "as fast as possible" compile with ``steps_per_execution`` =
:data:`STEPS_PER_EXECUTION` and ``jit_compile=True`` (XLA, where it compiles here), so that
Keras's per-call work is paid once per call rather than once per step; paced runs and
mini-batches take one step a call, to stop where asked in the batch order of the Code tab's
``fit(dataset, epochs=…)`` (``Dataset.repeat().take()`` reshuffles in another order).
Every step's loss, accuracy and weights are recorded inside the call by a metric
(:mod:`~tfintro_gui.core.classifier.keras_recording`): Keras's own logs hold the running
mean of the epoch and only the call's last step.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Iterator

import lazy_loader

from tfintro_gui.core.classifier.events import TrainingRun
from tfintro_gui.core.classifier.keras_data import fit_arguments, fit_dataset
from tfintro_gui.core.classifier.keras_model import build_model, import_keras, keras_loss
from tfintro_gui.core.classifier.keras_recording import (
    ACCURACY,
    LOSS,
    NEXT,
    STATE,
    STOP,
    TEST_ACCURACY,
    TEST_LOSS,
    rows_before_each_step,
    step_recorder,
    streaming_callback,
)
from tfintro_gui.core.classifier.losses import check_loss_name, decision_threshold
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.trainer import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    LINEAR_MODEL,
    TrainingSnapshot,
    check_batch_size,
    check_learning_rate,
    check_num_steps,
    check_steps_per_call,
    check_test_data,
    check_training_data,
    find_divergence,
)
from tfintro_gui.core.classifier.xla_calls import first_line, is_xla_error
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.core.tracing import collector_paused

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

_FIT_ENDED = "fit ended"
#: Steps per TensorFlow call of a fast full-batch run, and how many Keras writes out in the
#: call's loop body (``TensorFlowTrainer.unrolled_steps_per_execution``). Measured on the
#: notebook's data (2 CPU cores, TF 2.21, Keras 3.15), every step recorded: 1 000 steps/s
#: with one step a call; under XLA, headless, 11 900 with 128 (4 unrolled), 14 400 with
#: 256 (8), 18 100 with 512 (16). In the panel, with live plots: 7 200–8 700 steps/s at
#: 24–27 redraws/s with 128, 10 700–13 400 at 25–27 with 256, but 8 600–11 200 at 16–19
#: with 512, whose calls outlast a frame.
STEPS_PER_EXECUTION = 256
UNROLLED_STEPS = 8


class KerasClassifierTrainer:
    """Trains the classifier with ``model.fit``, streaming every batch to :meth:`run`.

    Args:
        inputs: `(num_samples, 2)` float32, the training set.
        targets: `(num_samples, 1)` float32 of 0/1.
        weights: starting weights (``[W, b]`` for the linear model, see
            :attr:`ModelSpec.weight_shapes`), or None for ``model_spec.initial_weights()``.
        model_spec: the architecture; default the notebook's linear model.
        loss: ``"logistic"`` (default) or ``"squared"``.
        learning_rate: SGD step size, > 0.
        device: TensorFlow device; default the first GPU, else the CPU.
        batch_size: samples per step, or None for the full batch (default, as the notebook).
        shuffle: with mini-batches, ``Dataset.shuffle`` every epoch.
        seed: seed of the shuffling; None draws one.
        test_inputs, test_targets: an optional held-out set evaluated before every step.

    Raises:
        ValueError, TypeError: bad shapes, loss, learning rate or batch size.
    """

    #: The :class:`~tfintro_gui.core.classifier.trainer.Trainer` protocol's mode.
    mode = "keras"
    #: How runs are compiled, for the Steps/s readout: Keras's own train function.
    compiler = "model.fit"

    def __init__(self, inputs, targets, *, weights=None, model_spec: ModelSpec = LINEAR_MODEL,
                 loss: str = "logistic", learning_rate: float = DEFAULT_LEARNING_RATE,
                 device: str | None = None, batch_size: int | None = None,
                 shuffle: bool = True, seed: int | None = None,
                 test_inputs=None, test_targets=None):
        self.model_spec = model_spec
        self._loss = check_loss_name(loss)
        self._learning_rate_value = check_learning_rate(learning_rate)
        self.device = device or default_device()
        self._seed = int(np.random.default_rng(seed).integers(2**31 - 1))
        self._batch_size = None
        self._shuffle = bool(shuffle)
        self._compiled: tuple | None = None  # (loss, fast, jit_compile) of model.compile
        self._test_inputs = None
        self.set_data(inputs, targets, test_inputs, test_targets)
        self.set_batching(batch_size, shuffle)
        if weights is None:
            weights = model_spec.initial_weights()
        tf = import_tensorflow()
        with tf.device(self.device):
            self.model = build_model(model_spec, weights)
        self.num_steps_done = 0
        #: Why XLA could not compile ``fit``'s call here (fast runs then go on without it).
        self.xla_unavailable: str | None = None
        #: ``"XLA"`` or ``"tf.function"`` from the start of a run's first ``fit`` after
        #: ``compile`` to its first call's end; None otherwise.
        self.compiling: str | None = None

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
        if self._compiled is not None:
            self.model.optimizer.learning_rate.assign(self._learning_rate_value)

    @property
    def batch_size(self) -> int | None:
        return self._batch_size

    @property
    def shuffle(self) -> bool:
        return self._shuffle

    @property
    def num_samples(self) -> int:
        return len(self._inputs)

    @property
    def has_test_set(self) -> bool:
        return self._test_inputs is not None

    @property
    def run_shuffle_seed(self) -> int:
        """The ``Dataset.shuffle`` seed of the next run (a new one per run, so that
        successive runs and Steps see different orders)."""
        return (self._seed + self.num_steps_done) % (2**31 - 1)

    def set_batching(self, batch_size: int | None, shuffle: bool = True) -> None:
        """Full batch (None) or mini-batches of ``batch_size``, shuffled or not."""
        self._batch_size = check_batch_size(batch_size, self.num_samples)
        self._shuffle = bool(shuffle)

    def set_data(self, inputs, targets, test_inputs=None, test_targets=None) -> None:
        """Train on new data from the current weights."""
        self._inputs, self._targets = check_training_data(inputs, targets)
        test_inputs, test_targets = check_test_data(test_inputs, test_targets)
        if test_inputs is not None or self._test_inputs is not None:
            self._compiled = None  # the step recorder holds the held-out set: compile again
        self._test_inputs, self._test_targets = test_inputs, test_targets
        if self._batch_size is not None and self._batch_size >= len(self._inputs):
            self._batch_size = None

    def compile(self, fast: bool = False) -> None:
        """``model.compile`` with SGD, the loss and the metrics.

        Args:
            fast: compile for full-batch runs as fast as possible:
                ``steps_per_execution`` = :data:`STEPS_PER_EXECUTION` and
                ``jit_compile=True`` unless XLA failed here before; else one step a call,
                without XLA.
        """
        keras = import_keras()
        loss_object = keras_loss(self._loss)
        threshold = decision_threshold(self._loss)
        steps_per_execution = STEPS_PER_EXECUTION if fast else 1
        jit_compile = fast and self.xla_unavailable is None
        self._recorder = step_recorder(self.model, loss_object, threshold, steps_per_execution,
                                       self._test_inputs, self._test_targets)
        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=self._learning_rate_value),
            loss=loss_object,
            metrics=[keras.metrics.BinaryAccuracy(threshold=threshold, name="accuracy"),
                     self._recorder],
            steps_per_execution=steps_per_execution, jit_compile=jit_compile)
        # Keras's TensorFlow trainer writes this many steps out in its call's loop body.
        self.model.unrolled_steps_per_execution = UNROLLED_STEPS if fast else 1
        self._compiled = (self._loss, fast, jit_compile)

    # -- parameters -----------------------------------------------------------------------
    def get_weights(self) -> list[np.ndarray]:
        """``model.get_weights()``: NumPy copies in :attr:`ModelSpec.weight_shapes` order."""
        return [np.array(w, dtype=np.float32) for w in self.model.get_weights()]

    def parameters(self) -> tuple[np.ndarray, np.ndarray]:
        """The first layer's kernel and bias; ``(W, b)`` for the linear model."""
        weights = self.get_weights()
        return weights[0], weights[1]

    def set_weights(self, weights) -> None:
        """``model.set_weights`` after checking the shapes; the step count is kept."""
        self.model.set_weights(self.model_spec.check_weights(weights))

    def predict_logits(self, points) -> np.ndarray:
        """``model(points)`` with the live model: `(n, 1)` float32 NumPy."""
        return np.asarray(self.model(np.asarray(points, np.float32), training=False))

    def training_run(self) -> TrainingRun:
        """How the notebook redoes the next run: its settings, first step and the
        ``Dataset.shuffle`` seed of that run (``num_steps`` is 0 until it is done)."""
        return TrainingRun(self._loss, self._learning_rate_value, self._batch_size,
                           self._shuffle, first_step=self.num_steps_done, num_steps=0,
                           batch_counter=0, shuffle_seed=self.run_shuffle_seed)

    def reset(self, *weights) -> None:
        """Start again from ``weights`` (``W, b`` or all arrays); step count back to 0."""
        self.set_weights(weights)
        self.num_steps_done = 0

    # -- training -------------------------------------------------------------------------
    def make_dataset(self):
        """The ``tf.data.Dataset`` that ``fit`` reads (:func:`fit_dataset`): the full batch
        as one element, or this run's shuffled mini-batches."""
        return fit_dataset(self._inputs, self._targets, self._batch_size, self._shuffle,
                           self.run_shuffle_seed)

    def _fit_arguments(self, num_steps: int) -> dict:
        """The dataset and epochs of one Run's ``fit`` call (:func:`fit_arguments`)."""
        return fit_arguments(self.make_dataset(), self.num_samples, self._batch_size,
                             num_steps)

    def _fit(self, num_steps: int, outbox: queue.Queue, inbox: queue.Queue) -> None:
        """Run ``model.fit`` (in the helper thread); report an error instead of raising.

        Where XLA cannot compile the first call, the trainer says why
        (:attr:`xla_unavailable`), compiles without it and fits again.
        """
        tf = import_tensorflow()
        try:
            with tf.device(self.device):
                callback = streaming_callback(self._recorder, outbox, inbox)
                try:
                    self.model.fit(**self._fit_arguments(num_steps), verbose=0,
                                   shuffle=False, callbacks=[callback])
                except Exception as error:
                    _, fast, jit_compile = self._compiled
                    if not (jit_compile and callback.calls == 0 and is_xla_error(error)):
                        raise
                    self.xla_unavailable = first_line(error)
                    self.compiling = "tf.function"
                    self.compile(fast)
                    callback = streaming_callback(self._recorder, outbox, inbox)
                    self.model.fit(**self._fit_arguments(num_steps), verbose=0,
                                   shuffle=False, callbacks=[callback])
        except Exception as error:  # handed to the generator, which raises it
            outbox.put(error)
        outbox.put(_FIT_ENDED)

    def _snapshot(self, records: np.ndarray, reference_loss: float) -> TrainingSnapshot:
        """A snapshot of ``records`` (rows of :func:`rows_before_each_step`, oldest first)."""
        weights = self.get_weights()
        last_before = self.model_spec.unflatten(records[-1, STATE][2:])
        # Plain SGD: after = before − learning_rate · gradient, so the gradient is recovered.
        gradients = tuple(((b - a) / self._learning_rate_value).astype(np.float32)
                          for b, a in zip(last_before, weights, strict=True))
        losses = records[:, LOSS]
        divergence = find_divergence(losses, reference_loss, self._learning_rate_value,
                                     *weights)
        return TrainingSnapshot(
            step=self.num_steps_done - 1, losses=losses, accuracies=records[:, ACCURACY],
            parameters=records[:, STATE][:, 2:], weights=tuple(weights), gradients=gradients,
            timestamp=time.perf_counter(),
            test_losses=records[:, TEST_LOSS] if self.has_test_set else None,
            test_accuracies=records[:, TEST_ACCURACY] if self.has_test_set else None,
            divergence=divergence)

    def run(self, num_steps: int = DEFAULT_NUM_STEPS, steps_per_call: int | str = 1,
            target_call_s: float = 1 / 30) -> Iterator[TrainingSnapshot]:
        """Train ``num_steps`` batches with one ``model.fit`` call, yielding snapshots.

        Each run is one ``fit`` call, so it starts a new epoch (as calling ``fit`` again
        does in Keras); with the full batch the whole run is that one epoch. A full-batch
        run with ``steps_per_call="auto"`` runs :data:`STEPS_PER_EXECUTION` steps per
        TensorFlow call (compiling again when the previous run was paced).

        Args:
            num_steps: batches to train, ≥ 1.
            steps_per_call: batches per snapshot, or ``"auto"`` for as many as take about
                ``target_call_s`` seconds.
            target_call_s: the wanted time between snapshots in ``"auto"`` mode, seconds.

        Yields:
            :class:`TrainingSnapshot`; stops after a snapshot whose ``divergence`` is set.

        Raises:
            ValueError: bad ``num_steps`` or ``steps_per_call``; any error of ``fit``.
        """
        num_steps = check_num_steps(num_steps)
        steps_per_call = check_steps_per_call(steps_per_call)
        fast = steps_per_call == "auto" and self._batch_size is None
        if self._compiled is None or self._compiled[:2] != (self._loss, fast):
            self.compile(fast)
        self.model.optimizer.learning_rate.assign(self._learning_rate_value)
        # The first fit after compile traces Keras's train function (and compiles it for
        # XLA): about a second with no step. The readout says so until the first steps.
        jit_compile = self._compiled[2]
        self.compiling = (None if self.model.train_function is not None
                          else "XLA" if jit_compile else "tf.function")
        state = self._recorder.current_state()
        outbox: queue.Queue = queue.Queue()
        inbox: queue.Queue = queue.Queue()
        fit_thread = threading.Thread(target=self._fit, name="keras-fit", daemon=True,
                                      args=(num_steps, outbox, inbox))
        tracing = contextlib.ExitStack()  # until the first call's rows: see core.tracing
        tracing.enter_context(collector_paused(self.compiling is not None))
        fit_thread.start()
        try:
            records: list[np.ndarray] = []
            reference_loss = None
            done = 0
            collect_since = rows_since = time.perf_counter()
            while done < num_steps:
                rows = outbox.get()
                tracing.close()
                if rows is _FIT_ENDED:
                    break
                if isinstance(rows, Exception):
                    raise rows
                self.compiling = None
                records.append(rows_before_each_step(rows, state))
                state = rows[-1, STATE]
                done += len(rows)
                self.num_steps_done += len(rows)
                if reference_loss is None:
                    reference_loss = float(rows[0, LOSS])
                now = time.perf_counter()  # "auto": yield if the next call would end late
                call_s, rows_since = now - rows_since, now
                wanted = (now - collect_since + call_s >= target_call_s
                          if steps_per_call == "auto"
                          else sum(map(len, records)) >= steps_per_call)
                if done < num_steps and not wanted and np.isfinite(rows[:, LOSS]).all():
                    inbox.put(NEXT)
                    continue
                snapshot = self._snapshot(np.vstack(records), reference_loss)
                records = []
                yield snapshot
                if snapshot.divergence is not None:
                    return
                collect_since = time.perf_counter()
                if done < num_steps:
                    inbox.put(NEXT)
            if records:
                yield self._snapshot(np.vstack(records), reference_loss)
        finally:
            self.compiling = None
            inbox.put(STOP)  # answers the waiting callback: fit stops after this call
            fit_thread.join()
            tracing.close()
