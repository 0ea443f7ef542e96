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
a helper thread it owns and joins. A Keras callback hands each batch's record to the
generator through a queue in lock-step: after ``on_train_batch_end`` it waits until the
generator asks for the next batch. So ``fit`` never runs ahead of what was yielded, and
closing the generator (Pause, Stop) answers the waiting callback with "stop", which sets
``model.stop_training`` and ``fit`` returns after that batch. The helper thread has ended
when ``close()`` returns.

Keras's logs hold the *running mean* of the loss over the epoch's batches; the live curves
want each batch's own loss before its update, as the hand-written loop reports it. Two
extra metrics keep the newest batch's loss and accuracy (:func:`batch_value_metric`).
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Iterator

import lazy_loader

from tfintro_gui.core.classifier.events import TrainingRun
from tfintro_gui.core.classifier.keras_model import (
    batch_value_metric,
    build_model,
    import_keras,
    keras_loss,
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
from tfintro_gui.core.runtime import default_device, import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

_NEXT, _STOP, _FIT_ENDED = "next", "stop", "fit ended"


def _streaming_callback(spec: ModelSpec, outbox: queue.Queue, inbox: queue.Queue,
                        test_metrics):
    """The callback that hands each batch to the generator and waits for its answer."""
    keras = import_keras()

    class StreamBatches(keras.callbacks.Callback):
        def on_train_batch_begin(self, batch, logs=None):
            self._before = spec.flatten(self.model.get_weights())
            self._test = test_metrics() if test_metrics is not None else (np.nan, np.nan)

        def on_train_batch_end(self, batch, logs=None):
            outbox.put((self._before, float(logs["batch_loss"]),
                        float(logs["batch_accuracy"]), *self._test))
            if inbox.get() == _STOP:
                self.model.stop_training = True

    return StreamBatches()


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
    #: ``model.fit`` compiles its own train function; the lab does not add XLA here.
    compiler = "model.fit"
    xla_unavailable = None
    #: ``"tf.function"`` from the start of a run's first ``fit`` to its first batch.
    compiling: str | None = None

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
        self.set_data(inputs, targets, test_inputs, test_targets)
        self.set_batching(batch_size, shuffle)
        if weights is None:
            weights = model_spec.initial_weights()
        tf = import_tensorflow()
        with tf.device(self.device):
            self.model = build_model(model_spec, weights)
        self._compiled_loss = None
        self.num_steps_done = 0

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
        if self._compiled_loss is not None:
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
        self._test_inputs, self._test_targets = test_inputs, test_targets
        if self._batch_size is not None and self._batch_size >= len(self._inputs):
            self._batch_size = None

    def compile(self) -> None:
        """``model.compile`` with SGD, the loss and the metrics (again if the loss changed)."""
        keras = import_keras()
        loss_object = keras_loss(self._loss)
        threshold = decision_threshold(self._loss)

        def accuracy(y_true, y_pred):
            return keras.metrics.binary_accuracy(y_true, y_pred, threshold=threshold)

        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=self._learning_rate_value),
            loss=loss_object,
            metrics=[keras.metrics.BinaryAccuracy(threshold=threshold, name="accuracy"),
                     batch_value_metric(loss_object, "batch_loss"),
                     batch_value_metric(accuracy, "batch_accuracy")])
        self._compiled_loss = self._loss

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
        """The ``tf.data.Dataset`` that ``fit`` reads: the full batch as one element, or
        shuffled mini-batches."""
        tf = import_tensorflow()
        if self._batch_size is None:
            return tf.data.Dataset.from_tensors((self._inputs, self._targets))
        dataset = tf.data.Dataset.from_tensor_slices((self._inputs, self._targets))
        if self._shuffle:
            dataset = dataset.shuffle(len(self._inputs), seed=self.run_shuffle_seed,
                                      reshuffle_each_iteration=True)
        return dataset.batch(self._batch_size)

    def _test_metrics_function(self):
        if not self.has_test_set:
            return None
        tf = import_tensorflow()
        keras = import_keras()
        loss_object = keras_loss(self._loss)
        threshold = decision_threshold(self._loss)
        inputs = tf.constant(self._test_inputs)
        targets = tf.constant(self._test_targets)
        model = self.model

        @tf.function
        def evaluate():
            logits = model(inputs, training=False)
            accuracy = keras.metrics.binary_accuracy(targets, logits, threshold=threshold)
            return loss_object(targets, logits), tf.reduce_mean(accuracy)

        def test_metrics():
            loss, accuracy = evaluate()
            return float(loss), float(accuracy)

        return test_metrics

    def _fit_arguments(self, num_steps: int) -> dict:
        """The dataset and epochs of one Run's ``fit`` call.

        The full batch is one long epoch (``Dataset.repeat()`` with ``steps_per_epoch``):
        ``fit``'s work at every epoch's start and end then happens once per Run, not once
        per step (about 8× the steps per second on a laptop), and every step is the same
        whatever the epochs. Mini-batches keep one epoch per pass over the data, so that
        the batches come in the order the Code tab's program gives them.
        """
        dataset = self.make_dataset()
        if self._batch_size is None:
            return {"x": dataset.repeat(), "epochs": 1, "steps_per_epoch": num_steps}
        num_batches = math.ceil(self.num_samples / self._batch_size)
        return {"x": dataset, "epochs": math.ceil(num_steps / num_batches)}

    def _fit(self, num_steps: int, outbox: queue.Queue, inbox: queue.Queue,
             test_metrics) -> None:
        """Run ``model.fit`` (in the helper thread); report an error instead of raising."""
        tf = import_tensorflow()
        try:
            with tf.device(self.device):
                self.model.fit(**self._fit_arguments(num_steps), verbose=0, shuffle=False,
                               callbacks=[_streaming_callback(self.model_spec, outbox, inbox,
                                                              test_metrics)])
        except Exception as error:  # handed to the generator, which raises it
            outbox.put(error)
        outbox.put(_FIT_ENDED)

    def _snapshot(self, records: list, reference_loss: float) -> TrainingSnapshot:
        before, losses, accuracies, test_losses, test_accuracies = (
            np.array(column) for column in zip(*records, strict=True))
        weights = self.get_weights()
        last_before = self.model_spec.unflatten(before[-1])
        # Plain SGD: after = before − learning_rate · gradient, so the gradient is recovered.
        gradients = tuple(((b - a) / self._learning_rate_value).astype(np.float32)
                          for b, a in zip(last_before, weights, strict=True))
        losses = losses.astype(np.float32)
        divergence = find_divergence(losses, reference_loss, self._learning_rate_value,
                                     *weights)
        return TrainingSnapshot(
            step=self.num_steps_done - 1, losses=losses,
            accuracies=accuracies.astype(np.float32), parameters=before.astype(np.float32),
            weights=tuple(weights), gradients=gradients, timestamp=time.perf_counter(),
            test_losses=test_losses.astype(np.float32) if self.has_test_set else None,
            test_accuracies=test_accuracies.astype(np.float32) if self.has_test_set else None,
            divergence=divergence)

    def run(self, num_steps: int = DEFAULT_NUM_STEPS, steps_per_call: int | str = 1,
            target_call_s: float = 1 / 30) -> Iterator[TrainingSnapshot]:
        """Train ``num_steps`` batches with one ``model.fit`` call, yielding snapshots.

        Each run is one ``fit`` call, so it starts a new epoch (as calling ``fit`` again
        does in Keras); with the full batch the whole run is that one epoch.

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
        if self._compiled_loss != self._loss:
            self.compile()
        self.model.optimizer.learning_rate.assign(self._learning_rate_value)
        # The first fit after compile traces Keras's train function (a tf.function): about
        # a second with no batch; the readout says so (cleared at the first batch).
        self.compiling = "tf.function" if self.model.train_function is None else None
        outbox: queue.Queue = queue.Queue()
        inbox: queue.Queue = queue.Queue()
        fit_thread = threading.Thread(
            target=self._fit, name="keras-fit", daemon=True,
            args=(num_steps, outbox, inbox, self._test_metrics_function()))
        fit_thread.start()
        try:
            records: list = []
            reference_loss = None
            done = 0
            collect_since = time.perf_counter()
            while done < num_steps:
                item = outbox.get()
                if item is _FIT_ENDED:
                    break
                if isinstance(item, Exception):
                    raise item
                self.compiling = None
                records.append(item)
                done += 1
                self.num_steps_done += 1
                if reference_loss is None:
                    reference_loss = item[1]
                wanted = (time.perf_counter() - collect_since >= target_call_s
                          if steps_per_call == "auto" else len(records) >= steps_per_call)
                if done < num_steps and not wanted and math.isfinite(item[1]):
                    inbox.put(_NEXT)
                    continue
                snapshot = self._snapshot(records, reference_loss)
                records = []
                yield snapshot
                if snapshot.divergence is not None:
                    return
                collect_since = time.perf_counter()
                if done < num_steps:
                    inbox.put(_NEXT)
            if records:
                yield self._snapshot(records, reference_loss)
        finally:
            self.compiling = None
            inbox.put(_STOP)  # answers the waiting callback: fit stops after this batch
            fit_thread.join()

