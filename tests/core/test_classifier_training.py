"""The core trainer against the notebook's own eager GradientTape loop."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.example_code import training_code
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.losses import probability
from tfintro_gui.core.classifier.trainer import Divergence, Trainer, find_divergence
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters
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
    assert snapshot.loss == pytest.approx(float(expected), rel=1e-5, abs=1e-6)
    accuracy = np.mean(((data.inputs @ W0 + b0) > 0.5) == (data.targets > 0.5))
    assert snapshot.accuracy == pytest.approx(accuracy, abs=1e-6)


def test_large_learning_rate_with_squared_loss_is_reported_as_divergence(data):
    trainer = LinearClassifierTrainer(data.inputs, data.targets, loss="squared", learning_rate=5)
    snapshots = list(trainer.run(100))
    assert len(snapshots) < 100
    divergence = snapshots[-1].divergence
    assert divergence.learning_rate == 5 and divergence.reason in ("loss_grew", "not_finite")
    assert all(snapshot.divergence is None for snapshot in snapshots[:-1])


def test_divergence_is_data_and_catches_nan_and_growth_but_not_a_falling_loss():
    W, b = np.ones((2, 1)), np.zeros(1)
    assert find_divergence(np.array([0.5, 0.3]), 0.6, 0.1, W, b) is None
    assert find_divergence(np.array([np.nan]), 0.6, 50, W, b).reason == "not_finite"
    assert find_divergence(np.array([1.0]), 0.6, 50, W * np.inf, b).reason == "not_finite"
    assert find_divergence(np.array([7.0]), 0.6, 50, W, b) == Divergence(
        "loss_grew", learning_rate=50.0, reference_loss=0.6, newest_loss=7.0)


def test_the_hand_written_trainer_is_a_trainer_and_says_how_the_notebook_redoes_its_run(data):
    trainer: Trainer = LinearClassifierTrainer(data.inputs, data.targets, batch_size=300,
                                               learning_rate=0.5, seed=3)
    list(trainer.run(4))
    run = trainer.training_run()
    assert (trainer.mode, trainer.model_spec.is_linear) == ("tape", True)
    assert (run.first_step, run.num_steps, run.batch_counter) == (4, 0, 4)
    assert (run.learning_rate, run.batch_size, run.shuffle_seed) == (0.5, 300,
                                                                     trainer.shuffle_seed)


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


def test_history_grows_past_its_initial_capacity():
    history = TrainingHistory(initial_capacity=4)
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


def eager_step_losses(inputs, targets, W0, b0, batches, learning_rate=0.1):
    """One eager GradientTape step per batch of indices, as a student would write it."""
    tf = import_tensorflow()
    W, b = tf.Variable(W0), tf.Variable(b0)
    losses = []
    for batch in batches:
        with tf.GradientTape() as tape:
            logits = tf.matmul(inputs[batch], W) + b
            loss = tf.reduce_mean(tf.math.softplus(logits) - targets[batch] * logits)
        grad_W, grad_b = tape.gradient(loss, [W, b])
        W.assign_sub(grad_W * learning_rate)
        b.assign_sub(grad_b * learning_rate)
        losses.append(float(loss))
    return np.array(losses)


def test_mini_batches_in_order_follow_an_eager_loop_over_slices(data):
    W0, b0 = initial_parameters(seed=4)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, batch_size=300,
                                      shuffle=False)
    losses = np.concatenate([s.losses for s in trainer.run(16, steps_per_call=5)])
    starts = [300 * (step % 7) for step in range(16)]  # 7 batches, the last of 200
    batches = [np.arange(start, min(start + 300, 2000)) for start in starts]
    np.testing.assert_allclose(losses, eager_step_losses(data.inputs, data.targets, W0, b0,
                                                         batches), atol=1e-5)


def test_shuffled_epoch_visits_every_sample_once(data):
    W0, b0 = initial_parameters(seed=4)
    # A tiny step keeps the weights still, so a batch's loss depends only on its samples.
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, batch_size=300,
                                      learning_rate=1e-12, seed=7)
    epoch = np.concatenate([s.losses for s in trainer.run(7, steps_per_call=7)])
    full = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    sizes = np.array([300] * 6 + [200])
    assert np.sum(epoch * sizes) / 2000 == pytest.approx(next(full.run(1)).loss, rel=1e-5,
                                                              abs=1e-6)
    # Shuffled batches are mixtures of both classes, unlike the sorted data's slices.
    in_order = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, batch_size=300,
                                       learning_rate=1e-12, shuffle=False)
    sorted_losses = np.concatenate([s.losses for s in in_order.run(7, steps_per_call=7)])
    assert np.ptp(epoch) < 0.5 * np.ptp(sorted_losses)


def test_shuffling_depends_on_the_seed_and_the_epoch(data):
    def losses(seed, steps=14):
        W0, b0 = initial_parameters(seed=4)
        trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0,
                                          batch_size=300, seed=seed, learning_rate=1e-12)
        return np.concatenate([s.losses for s in trainer.run(steps, steps_per_call=3)])

    first = losses(1)
    np.testing.assert_array_equal(first, losses(1))
    assert not np.allclose(first, losses(2))
    assert not np.allclose(np.sort(first[:7]), np.sort(first[7:]))  # a new order each epoch


def test_snapshot_parameters_are_those_before_each_step(data):
    W0, b0 = initial_parameters(seed=6)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    first, second = list(trainer.run(2, steps_per_call=1))
    np.testing.assert_array_equal(first.parameters[0], np.concatenate([W0.ravel(), b0]))
    np.testing.assert_allclose(second.parameters[0],
                               np.concatenate([first.W.ravel(), first.b]), atol=0)


def test_test_set_loss_is_reported_per_step(data):
    tf = import_tensorflow()
    W0, b0 = initial_parameters(seed=8)
    trainer = LinearClassifierTrainer(data.inputs[::2], data.targets[::2], W=W0, b=b0,
                                      test_inputs=data.inputs[1::2],
                                      test_targets=data.targets[1::2])
    snapshot = list(trainer.run(5, steps_per_call=5))[0]
    W = snapshot.parameters[4, :2].reshape(2, 1)
    b = snapshot.parameters[4, 2:]
    logits = data.inputs[1::2] @ W + b
    expected = tf.reduce_mean(tf.math.softplus(logits) - data.targets[1::2] * logits)
    assert snapshot.test_losses[4] == pytest.approx(float(expected), abs=1e-6)
    assert snapshot.test_accuracies.shape == (5,)
    no_test = next(LinearClassifierTrainer(data.inputs, data.targets).run(1))
    assert no_test.test_losses is None


@pytest.mark.parametrize("batch_size, error", [(0, ValueError), (1.5, TypeError),
                                               ("32", TypeError)])
def test_bad_batch_sizes_are_refused(data, batch_size, error):
    with pytest.raises(error):
        LinearClassifierTrainer(data.inputs, data.targets, batch_size=batch_size)


def test_batch_size_of_the_whole_set_is_the_full_batch(data):
    trainer = LinearClassifierTrainer(data.inputs, data.targets, batch_size=5000)
    assert trainer.batch_size is None


@pytest.mark.parametrize("batch_size, shuffle", [(None, True), (100, True), (100, False)])
def test_hand_written_code_runs(data, batch_size, shuffle):
    tf = import_tensorflow()
    namespace = {"tf": tf, "np": np, "inputs": data.inputs, "targets": data.targets}
    exec(training_code(num_steps=60, batch_size=batch_size, shuffle=shuffle), namespace)
    assert float(namespace["loss"]) < 0.3


@pytest.mark.parametrize("loss", ["logistic", "squared"])
def test_loss_surface_matches_tensorflow_at_grid_points(data, loss):
    from tfintro_gui.core.classifier.losses import loss_surface, mean_loss

    w1_values, w2_values = np.linspace(-2, 3, 7), np.linspace(-1, 2, 5)
    surface = loss_surface(loss, data.inputs, data.targets, w1_values, w2_values, b=0.3)
    assert surface.shape == (5, 7)
    for row, column in [(0, 0), (2, 5), (4, 6)]:
        W = np.array([[w1_values[column]], [w2_values[row]]], np.float32)
        expected = mean_loss(loss, data.targets, data.inputs @ W + np.float32(0.3))
        assert surface[row, column] == pytest.approx(float(expected), rel=1e-5, abs=1e-6)


def test_a_noisy_mini_batch_after_a_near_perfect_fit_is_not_divergence():
    """0.0002 → 0.012 is 60× but far below chance: noise, not a learning rate too large."""
    from tfintro_gui.core.classifier.trainer import find_divergence

    W, b = np.ones((2, 1), np.float32), np.zeros(1, np.float32)
    assert find_divergence(np.array([0.012], np.float32), 0.0002, 0.1, W, b) is None
    grown = find_divergence(np.array([1.5], np.float32), 0.0002, 0.1, W, b)
    assert grown is not None and grown.reason == "loss_grew"
    assert find_divergence(np.array([6.0], np.float32), 0.5, 0.1, W, b).reason == "loss_grew"
