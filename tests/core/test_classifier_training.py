"""The core trainer against the notebook's own eager GradientTape loop."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.losses import probability
from tfintro_gui.core.classifier.training import (
    LinearClassifierTrainer,
    divergence_message,
    initial_parameters,
    training_code,
)
from tfintro_gui.core.runtime import import_tensorflow


@pytest.fixture(scope="module")
def data():
    return make_two_gaussians(seed=0)


def notebook_losses(inputs, targets, W0, b0, num_steps=100, learning_rate=0.1):
    """The notebook's loop, written out as students type it."""
    tf = import_tensorflow()
    W = tf.Variable(W0)
    b = tf.Variable(b0)
    losses = []
    for _ in range(num_steps):
        with tf.GradientTape() as tape:
            predictions = tf.matmul(inputs, W) + b
            loss = tf.reduce_mean(tf.math.log(1 + tf.exp(predictions)) - targets * predictions)
        grad_W, grad_b = tape.gradient(loss, [W, b])
        W.assign_sub(grad_W * learning_rate)
        b.assign_sub(grad_b * learning_rate)
        losses.append(float(loss))
    return np.array(losses), W.numpy(), b.numpy()


@pytest.mark.parametrize("steps_per_call", [1, 7, 100, "auto"])
def test_losses_equal_the_notebook_loop(data, steps_per_call):
    W0, b0 = initial_parameters(seed=0)
    expected, W_expected, b_expected = notebook_losses(data.inputs, data.targets, W0, b0)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    snapshots = list(trainer.run(100, steps_per_call=steps_per_call))
    losses = np.concatenate([snapshot.losses for snapshot in snapshots])
    np.testing.assert_allclose(losses, expected, atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].W, W_expected, atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].b, b_expected, atol=1e-5)
    assert snapshots[-1].step == 99 and trainer.num_steps_done == 100


def test_loss_falls_below_0_1_in_100_steps_on_defaults(data):
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=initial_parameters(seed=5)[0],
                                      b=np.zeros(1, np.float32))
    final = list(trainer.run(100, steps_per_call=100))[-1]
    assert final.loss < 0.1
    assert final.accuracy > 0.97


def test_gradients_in_snapshot_match_a_tape(data):
    tf = import_tensorflow()
    W0, b0 = initial_parameters(seed=2)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    snapshot = next(trainer.run(1))
    W, b = tf.Variable(W0), tf.Variable(b0)
    with tf.GradientTape() as tape:
        logits = tf.matmul(data.inputs, W) + b
        loss = tf.reduce_mean(tf.math.softplus(logits) - data.targets * logits)
    grad_W, grad_b = tape.gradient(loss, [W, b])
    np.testing.assert_allclose(snapshot.grad_W, grad_W.numpy(), atol=1e-6)
    np.testing.assert_allclose(snapshot.grad_b, grad_b.numpy(), atol=1e-6)
    np.testing.assert_allclose(snapshot.W, W0 - 0.1 * grad_W.numpy(), atol=1e-6)


def test_squared_loss_is_the_books(data):
    tf = import_tensorflow()
    W0, b0 = initial_parameters(seed=2)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, loss="squared")
    snapshot = next(trainer.run(1))
    expected = tf.reduce_mean(tf.square(data.targets - (data.inputs @ W0 + b0))).numpy()
    assert snapshot.loss == pytest.approx(float(expected), rel=1e-6)
    accuracy = np.mean(((data.inputs @ W0 + b0) > 0.5) == (data.targets > 0.5))
    assert snapshot.accuracy == pytest.approx(accuracy, abs=1e-6)


def test_large_learning_rate_with_squared_loss_is_reported_as_divergence(data):
    trainer = LinearClassifierTrainer(data.inputs, data.targets, loss="squared", learning_rate=5)
    snapshots = list(trainer.run(100))
    assert len(snapshots) < 100
    assert "learning rate 5" in snapshots[-1].divergence


def test_divergence_message_catches_nan_and_growth_but_not_a_falling_loss():
    W, b = np.ones((2, 1)), np.zeros(1)
    assert divergence_message(np.array([0.5, 0.3]), 0.6, 0.1, W, b) is None
    assert "no longer finite" in divergence_message(np.array([np.nan]), 0.6, 50, W, b)
    assert "no longer finite" in divergence_message(np.array([1.0]), 0.6, 50, W * np.inf, b)
    assert "grew from 0.6 to 7" in divergence_message(np.array([7.0]), 0.6, 50, W, b)


@pytest.mark.parametrize("kwargs, error", [
    ({"learning_rate": 0}, ValueError),
    ({"learning_rate": float("nan")}, ValueError),
    ({"learning_rate": "fast"}, TypeError),
    ({"loss": "hinge"}, ValueError),
    ({"W": np.zeros((3, 1))}, ValueError),
])
def test_bad_trainer_arguments_are_refused(data, kwargs, error):
    kwargs.setdefault("b", np.zeros(1))
    kwargs.setdefault("W", np.zeros((2, 1)))
    with pytest.raises(error):
        LinearClassifierTrainer(data.inputs, data.targets, **kwargs)


def test_reset_restores_the_start(data):
    W0, b0 = initial_parameters(seed=9)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    first = np.concatenate([s.losses for s in trainer.run(5)])
    trainer.reset(W0, b0)
    again = np.concatenate([s.losses for s in trainer.run(5)])
    np.testing.assert_array_equal(first, again)


def test_initial_parameters_follow_the_notebook():
    W, b = initial_parameters(seed=1)
    assert W.shape == (2, 1) and W.dtype == np.float32 and np.all((0 <= W) & (W < 1))
    np.testing.assert_array_equal(b, np.zeros(1, np.float32))


def test_probability_is_the_sigmoid_for_logistic_and_clipped_for_squared():
    np.testing.assert_allclose(probability("logistic", np.array([0.0, 2.0, -800.0])),
                               [0.5, 1 / (1 + np.exp(-2.0)), 0.0], atol=1e-12)
    np.testing.assert_array_equal(probability("squared", np.array([-1.0, 0.3, 2.0])),
                                  [0.0, 0.3, 1.0])


def test_history_grows_past_its_capacity():
    history = TrainingHistory(capacity=4)
    for start in range(0, 30, 3):
        history.append(np.arange(start, start + 3, dtype=np.float32), np.ones(3))
    assert len(history) == 30
    np.testing.assert_array_equal(history.losses, np.arange(30))
    np.testing.assert_array_equal(history.steps, np.arange(30))


def test_training_code_runs_and_learns(data):
    tf = import_tensorflow()
    namespace = {"tf": tf, "inputs": data.inputs, "targets": data.targets}
    exec(training_code(num_steps=100), namespace)  # the code students copy, run for real
    assert float(namespace["loss"]) < 0.1
