"""Every step of ``model.fit`` recorded inside TensorFlow's call, for the live plots.

With ``compile(steps_per_execution=k)`` Keras runs k steps in one TensorFlow call and calls
the callbacks once per call (Keras 3, ``TensorFlowTrainer.fit``), so a callback can no
longer read each step's weights. :func:`step_recorder` is a Keras metric that writes one
row per step into a buffer while the step runs, and :func:`streaming_callback` hands the
rows of each call to the trainer's generator.

A Keras ``train_step`` updates the metrics after the optimizer has applied the gradients,
with the predictions of the forward pass (``TensorFlowTrainer.train_step``). A row
therefore holds the batch's loss and accuracy *before* the update and the weights (and the
held-out set's loss and accuracy) *after* it; :func:`rows_before_each_step` shifts the
latter by one step, so that every record describes the model the step started from, as the
hand-written loop reports it.
"""

from __future__ import annotations

import queue

import lazy_loader

from tfintro_gui.core.classifier.keras_model import import_keras

np = lazy_loader.load("numpy")

#: Columns of a recorded row: the batch's loss and accuracy, then the held-out set's loss
#: and accuracy (NaN without one), then all weights flattened.
LOSS, ACCURACY, TEST_LOSS, TEST_ACCURACY = range(4)
STATE = slice(TEST_LOSS, None)  # what a step leaves behind: held-out metrics and weights

#: What the generator answers a waiting callback.
NEXT, STOP = "next", "stop"

_recorder_class = None


def step_recorder(model, loss_object, threshold: float, capacity: int,
                  test_inputs=None, test_targets=None):
    """A metric recording one row per training step, up to ``capacity`` rows a call.

    Args:
        model: the Keras model being trained; its ``trainable_variables`` are read after
            each update (in ``model.get_weights()`` order for the lab's ``Dense`` layers).
        loss_object: the compiled Keras loss, e.g. ``BinaryCrossentropy(from_logits=True)``.
        threshold: the logit above which a prediction is class 1.
        capacity: rows the buffer holds: the model's ``steps_per_execution``.
        test_inputs, test_targets: `(n, 2)` and `(n, 1)` float32 held-out set, or None.

    Returns:
        A ``keras.metrics.Metric`` whose :meth:`recorded` gives the rows of the current
        call, a `(steps, 4 + num_parameters)` float32 array (columns: :data:`LOSS`,
        :data:`ACCURACY`, :data:`TEST_LOSS`, :data:`TEST_ACCURACY`, then the weights).
    """
    global _recorder_class
    if _recorder_class is None:
        _recorder_class = _define_recorder_class()
    return _recorder_class(model, loss_object, threshold, capacity, test_inputs,
                           test_targets)


def _define_recorder_class():
    keras = import_keras()
    ops = keras.ops

    class StepRecorder(keras.metrics.Metric):
        def __init__(self, model, loss_object, threshold, capacity, test_inputs,
                     test_targets):
            super().__init__(name="step_recorder")
            self._model = model
            self._loss_object = loss_object
            self._threshold = threshold
            self._test = None if test_inputs is None else (
                ops.convert_to_tensor(test_inputs), ops.convert_to_tensor(test_targets))
            width = 4 + sum(int(np.prod(w.shape)) for w in model.trainable_variables)
            self.rows = self.add_variable(shape=(capacity, width), initializer="zeros",
                                          name="rows")
            self.count = self.add_variable(shape=(), initializer="zeros", dtype="int32",
                                           name="count")

        def _loss_and_accuracy(self, targets, logits):
            accuracy = keras.metrics.binary_accuracy(targets, logits,
                                                     threshold=self._threshold)
            return self._loss_object(targets, logits), ops.mean(accuracy)

        def _test_metrics(self):
            """The held-out loss and accuracy of the model now (NaN without a held-out set)."""
            if self._test is None:
                return ops.convert_to_tensor(float("nan")), ops.convert_to_tensor(float("nan"))
            test_inputs, test_targets = self._test
            return self._loss_and_accuracy(test_targets,
                                           self._model(test_inputs, training=False))

        def update_state(self, y_true, y_pred, sample_weight=None):
            loss, accuracy = self._loss_and_accuracy(y_true, y_pred)
            test_loss, test_accuracy = self._test_metrics()
            weights = [ops.reshape(w, (-1,)) for w in self._model.trainable_variables]
            row = ops.concatenate([ops.stack([loss, accuracy, test_loss, test_accuracy]),
                                   *weights])
            index = ops.reshape(self.count, (1, 1))
            self.rows.assign(ops.scatter_update(self.rows, index, row[None, :]))
            self.count.assign(self.count + 1)

        def result(self):
            return self.count

        def reset_state(self):
            self.count.assign(0)

        def recorded(self) -> np.ndarray:
            return np.array(self.rows.numpy()[:int(self.count.numpy())])

        def current_state(self) -> np.ndarray:
            """The held-out metrics and weights now, as a row's :data:`STATE` columns."""
            test = [float(value) for value in self._test_metrics()]
            weights = [np.ravel(w.numpy()) for w in self._model.trainable_variables]
            return np.concatenate([test, *weights]).astype(np.float32)

    return StepRecorder


def rows_before_each_step(rows: np.ndarray, start_state: np.ndarray) -> np.ndarray:
    """Recorded rows with the state columns (:data:`STATE`) of the model each step
    started from: ``start_state`` for the first, the previous row's for the others.

    Args:
        rows: `(steps, 4 + num_parameters)` float32 from :meth:`recorded`.
        start_state: `(2 + num_parameters,)`, the held-out metrics and weights before the
            first of these steps.
    """
    shifted = np.array(rows)
    shifted[:, STATE] = np.vstack([start_state[None, :], rows[:-1, STATE]])
    return shifted


def streaming_callback(recorder, outbox: queue.Queue, inbox: queue.Queue):
    """The callback that empties ``recorder`` into ``outbox`` after every call and waits
    for the generator's answer on ``inbox`` (:data:`NEXT` or :data:`STOP`)."""
    keras = import_keras()

    class StreamSteps(keras.callbacks.Callback):
        calls = 0  # TensorFlow calls whose steps were handed over

        def on_train_batch_begin(self, batch, logs=None):
            recorder.reset_state()

        def on_train_batch_end(self, batch, logs=None):
            self.calls += 1
            outbox.put(recorder.recorded())
            if inbox.get() == STOP:
                self.model.stop_training = True

    return StreamSteps()
