"""Gradient descent on the notebook's linear model ``logits = X @ W + b``, written by hand.

The step is the notebook's: a ``tf.GradientTape`` over model and loss, then
``W.assign_sub(grad_W * learning_rate)`` and the same for ``b`` (Chollet, Deep Learning
with Python, ch. 3). Many steps run in one ``tf.function`` call, so that Python does not
hold a fast trainer back (``step_loop.py``), under XLA at a few fixed sizes for full-batch
runs "as fast as possible" (``xla_calls.py``). A step uses the whole data set (the
notebook's full batch) or one mini-batch, shuffled at every epoch's start if asked.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Iterator

import lazy_loader

from tfintro_gui.core.classifier.events import TrainingRun
from tfintro_gui.core.classifier.losses import check_loss_name
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.step_loop import build_step_loop
from tfintro_gui.core.classifier.trainer import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    LINEAR_MODEL,
    MAX_STEPS_PER_CALL,
    TrainingSnapshot,
    check_batch_size,
    check_learning_rate,
    check_num_steps,
    check_steps_per_call,
    check_test_data,
    check_training_data,
    find_divergence,
    initial_parameters,
)
from tfintro_gui.core.classifier.xla_calls import first_line, is_xla_error, xla_call_size
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.core.tracing import collector_paused

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


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
        jit_compile: let full-batch runs of ``steps_per_call="auto"`` use XLA-compiled
            calls of fixed sizes (:mod:`~tfintro_gui.core.classifier.xla_calls`); where
            XLA cannot compile, the trainer says why (:attr:`xla_unavailable`) and goes on
            without it.

    Raises:
        ValueError: shapes that do not match, a bad loss name, learning rate or batch size.
        TypeError: a learning rate or batch size that is not a number.
    """

    #: The :class:`~tfintro_gui.core.classifier.trainer.Trainer` protocol's mode.
    mode = "tape"

    def __init__(self, inputs, targets, *, W=None, b=None, loss: str = "logistic",
                 learning_rate: float = DEFAULT_LEARNING_RATE, device: str | None = None,
                 batch_size: int | None = None, shuffle: bool = True, seed: int | None = None,
                 test_inputs=None, test_targets=None, jit_compile: bool = True):
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
        self.in_run = False  # True while a run() generator is under way, in any thread
        self._jit_compile = bool(jit_compile)
        self.xla_unavailable: str | None = None  # why XLA could not compile, once tried
        #: What a call compiles now: "XLA", "tf.function" (first trace) or None (read from
        #: the GUI thread for the readout).
        self.compiling: str | None = None
        #: Seconds spent in calls that compiled for XLA (compilation and their one run).
        self.compile_seconds = 0.0
        self._batch_size = None
        self._shuffle = bool(shuffle)
        self._order = None
        self.set_data(inputs, targets, test_inputs, test_targets)
        self.set_batching(batch_size, shuffle)

    # -- settings -------------------------------------------------------------------------
    @property
    def model_spec(self) -> ModelSpec:
        """The notebook's linear model ``X @ W + b``."""
        return LINEAR_MODEL

    @property
    def loss(self) -> str:
        """``"logistic"`` or ``"squared"``; checked on assignment."""
        return self._loss

    @loss.setter
    def loss(self, value: str) -> None:
        self._loss = check_loss_name(value)

    @property
    def learning_rate(self) -> float:
        """The step size, > 0; checked on assignment."""
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
        """With mini-batches, a new order every epoch."""
        return self._shuffle

    @property
    def num_samples(self) -> int:
        """Size of the training set."""
        return self._num_samples

    @property
    def has_test_set(self) -> bool:
        """True when a held-out test set is evaluated every step."""
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
        test_inputs, test_targets = check_test_data(test_inputs, test_targets)
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
        self._xla_sizes_compiled: set[tuple] = set()

    @property
    def compiler(self) -> str:
        """How fast runs are compiled with the current settings: ``"XLA"`` (full batch,
        XLA available) or ``"tf.function"``."""
        return "XLA" if self._xla_usable() else "tf.function"

    def _xla_usable(self) -> bool:
        # Mini-batches end an epoch with a shorter batch: a shape XLA would recompile for.
        return self._jit_compile and self.xla_unavailable is None and self._batch_size is None

    # -- parameters -----------------------------------------------------------------------
    def get_weights(self) -> list[np.ndarray]:
        """Copies of ``[W, b]`` (`(2, 1)` and `(1,)` float32), as Keras's
        ``model.get_weights()`` returns them."""
        return [self.W.numpy().copy(), self.b.numpy().copy()]

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

    def training_run(self) -> TrainingRun:
        """How the notebook redoes the next run: the settings, the first step and where
        the mini-batches stand (``num_steps`` is 0 until the run is done)."""
        return TrainingRun(self._loss, self._learning_rate_value, self._batch_size,
                           self._shuffle, first_step=self.num_steps_done, num_steps=0,
                           batch_counter=self.batch_counter, shuffle_seed=self._shuffle_seed)

    def reset(self, W, b) -> None:
        """New starting parameters; step count and epoch start at 0; compiled calls stay."""
        self.set_weights([W, b])
        self._batch_counter.assign(0)
        self.num_steps_done = 0

    def can_restart_on(self, inputs, targets, test_inputs=None, test_targets=None) -> bool:
        """True if a new start on these arrays may reuse the trainer and its calls."""
        pairs = ((inputs, self._inputs), (targets, self._targets),
                 (test_inputs, self._test_inputs), (test_targets, self._test_targets))
        return not self.in_run and self.device == default_device() and all(
            array is None and tensor is None if array is None or tensor is None
            else np.array_equal(np.asarray(array, np.float32), tensor.numpy())
            for array, tensor in pairs)

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

    def _function_key(self, xla: bool) -> tuple:
        return (self._loss, self._batch_size, self._shuffle, xla)

    def _run_steps_function(self, xla: bool = False):
        """The compiled k-step loop for the current settings (traced once per setting;
        with ``xla``, compiled once per setting and step count)."""
        key = self._function_key(xla)
        if key not in self._compiled:
            tf = import_tensorflow()
            loss_name, batch_size, shuffle, _ = key
            if batch_size is None:
                def next_batch():
                    return self._inputs, self._targets
            else:
                num_batches = math.ceil(self._num_samples / batch_size)
                next_batch = functools.partial(self._next_batch, num_batches, batch_size,
                                               shuffle)
            if batch_size is not None and shuffle and self._order is None:
                # The epoch's sample order; _next_batch fills it at the start of every epoch.
                with tf.device(self.device):
                    self._order = tf.Variable(tf.range(self._num_samples, dtype=tf.int64),
                                              trainable=False, shape=tf.TensorShape([None]))
            self._compiled[key] = build_step_loop(
                W=self.W, b=self.b, learning_rate=self._learning_rate, loss_name=loss_name,
                next_batch=next_batch, test_inputs=self._test_inputs,
                test_targets=self._test_targets, jit_compile=xla)
        return self._compiled[key]

    def _call(self, count: int, xla: bool) -> tuple:
        """Run ``count`` steps in one compiled call; XLA's first call of a size compiles
        (``compiling`` is ``"XLA"`` meanwhile; ``"tf.function"`` while the plain loop is
        traced, on its first call for a setting). Returns the call's outputs and whether it
        compiled."""
        tf = import_tensorflow()
        size_key = (self._loss, count)
        compiles = xla and size_key not in self._xla_sizes_compiled
        traces = not xla and self._function_key(False) not in self._compiled
        self.compiling = "XLA" if compiles else "tf.function" if traces else None
        started = time.perf_counter()
        try:
            with tf.device(self.device), collector_paused(compiles or traces):
                if xla:
                    try:
                        outputs = self._run_steps_function(xla=True)(count)
                    except Exception as error:
                        if not is_xla_error(error):
                            raise
                        self.xla_unavailable = first_line(error)
                        return self._call(count, xla=False)[0], False
                    self._xla_sizes_compiled.add(size_key)
                else:
                    outputs = self._run_steps_function()(tf.constant(count, tf.int32))
        finally:
            self.compiling = None
        if compiles:
            self.compile_seconds += time.perf_counter() - started
        return outputs, compiles

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
        self.in_run = True  # until the generator ends or is closed
        try:
            yield from self._run(num_steps, steps_per_call, target_call_s)
        finally:
            self.in_run = False

    def _run(self, num_steps, steps_per_call, target_call_s) -> Iterator[TrainingSnapshot]:
        remaining = check_num_steps(num_steps)
        steps_per_call = check_steps_per_call(steps_per_call)
        auto = steps_per_call == "auto"
        chunk = 8 if auto else steps_per_call
        reference_loss = None
        first_call = True
        while remaining > 0:
            count = min(chunk, remaining)
            # XLA after the first call (its timing sizes the calls; it needs no compiling).
            size = (xla_call_size(count, remaining)
                    if auto and not first_call and self._xla_usable() else None)
            started = time.perf_counter()
            outputs, compiled = self._call(size or count, xla=size is not None)
            count = size or count
            (losses, accuracies, parameters, test_losses, test_accuracies,
             grad_W, grad_b, W, b) = outputs
            snapshot_losses = losses.numpy().copy()
            elapsed = time.perf_counter() - started
            remaining -= count
            self.num_steps_done += count
            W, b = W.numpy().copy(), b.numpy().copy()
            if reference_loss is None:
                reference_loss = float(snapshot_losses[0])
            divergence = find_divergence(snapshot_losses, reference_loss,
                                         self._learning_rate_value, W, b)
            yield TrainingSnapshot(
                step=self.num_steps_done - 1, losses=snapshot_losses,
                accuracies=accuracies.numpy().copy(), parameters=parameters.numpy().copy(),
                weights=(W, b), gradients=(grad_W.numpy().copy(), grad_b.numpy().copy()),
                timestamp=time.perf_counter(),
                test_losses=test_losses.numpy().copy() if self.has_test_set else None,
                test_accuracies=test_accuracies.numpy().copy() if self.has_test_set else None,
                divergence=divergence, compiled=compiled)
            if divergence is not None:
                return
            if auto and not first_call and not compiled:
                # Aim each call at about one frame; grow by at most 4× (8×: the step from
                # one XLA size to the next) to stay responsive.
                wanted = count * target_call_s / max(elapsed, 1e-6)
                growth = 8 if size else 4
                chunk = int(min(max(1, wanted), growth * count, MAX_STEPS_PER_CALL))
            first_call = False

