"""The hand-written training step, k times in one compiled call.

Each step is the notebook's (Chollet, Deep Learning with Python, ch. 3): a
``tf.GradientTape`` over ``logits = X @ W + b`` and the loss, then
``W.assign_sub(grad_W * learning_rate)`` and the same for ``b``. Running k of them inside one
``tf.function`` keeps a fast trainer from being held back by Python; with
``jit_compile=True`` XLA fuses the whole loop (see
:mod:`~tfintro_gui.core.classifier.xla_calls` for the sizes it is compiled for).
"""

from __future__ import annotations

from collections.abc import Callable

from tfintro_gui.core.classifier.losses import decision_threshold, mean_loss
from tfintro_gui.core.runtime import import_tensorflow


def build_step_loop(*, W, b, learning_rate, loss_name: str, next_batch: Callable,
                    test_inputs=None, test_targets=None, jit_compile: bool = False):
    """A ``tf.function`` ``run_steps(count)`` that trains ``count`` steps.

    Args:
        W, b: the ``tf.Variable`` weights, `(2, 1)` and `(1,)` float32, updated in place.
        learning_rate: a float32 ``tf.Variable`` (read at every step).
        loss_name: ``"logistic"`` or ``"squared"``.
        next_batch: called once per step inside the loop; returns ``(inputs, targets)``
            tensors, `(n, 2)` and `(n, 1)` float32.
        test_inputs, test_targets: held-out tensors evaluated every step, or None.
        jit_compile: compile with XLA; ``count`` must then be a Python int (one program
            per value).

    Returns:
        ``run_steps(count)`` → ``(losses (k,), accuracies (k,), parameters (k, 3),
        test_losses (k,) or (0,), test_accuracies (k,) or (0,), grad_W, grad_b, W, b)``:
        each step's loss, accuracy and parameters before its update, the last step's
        gradients, and the weights after the last update (read inside the call: reading
        the variables afterwards would cost two more TensorFlow calls, each a wait for
        Python's lock while the window draws).
    """
    tf = import_tensorflow()
    threshold = decision_threshold(loss_name)
    has_test = test_inputs is not None

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
        grad_W, grad_b = tf.zeros_like(W), tf.zeros_like(b)
        for i in tf.range(count):
            inputs, targets = next_batch()
            parameters = parameters.write(i, tf.concat([tf.reshape(W, [-1]), b], axis=0))
            if has_test:
                test_logits = tf.matmul(test_inputs, W) + b
                test_losses = test_losses.write(
                    i, mean_loss(loss_name, test_targets, test_logits))
                test_accuracies = test_accuracies.write(
                    i, accuracy_of(test_logits, test_targets))
            with tf.GradientTape() as tape:
                logits = tf.matmul(inputs, W) + b
                loss = mean_loss(loss_name, targets, logits)
            grad_W, grad_b = tape.gradient(loss, [W, b])
            W.assign_sub(grad_W * learning_rate)
            b.assign_sub(grad_b * learning_rate)
            losses = losses.write(i, loss)
            accuracies = accuracies.write(i, accuracy_of(logits, targets))
        return (losses.stack(), accuracies.stack(), parameters.stack(),
                test_losses.stack(), test_accuracies.stack(), grad_W, grad_b,
                W.read_value(), b.read_value())

    return tf.function(run_steps, jit_compile=jit_compile)
