"""Keras mode: model.fit streamed through a callback, against the hand-written loop and Keras."""

import threading

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.example_code import keras_code
from tfintro_gui.core.classifier.keras_model import build_model
from tfintro_gui.core.classifier.keras_training import (
    STEPS_PER_EXECUTION,
    KerasClassifierTrainer,
)
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters
from tfintro_gui.core.runtime import import_tensorflow

# Keras turns epoch logs into floats with np.array(tensor), which NumPy 2 flags; not ours.
pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy")


@pytest.fixture(scope="module")
def data():
    return make_two_gaussians(seed=0)


def all_losses(snapshots):
    return np.concatenate([snapshot.losses for snapshot in snapshots])


def fit_threads():
    return [thread for thread in threading.enumerate() if thread.name == "keras-fit"]


@pytest.mark.parametrize("loss", ["logistic", "squared"])
def test_full_batch_keras_equals_the_hand_written_loop(data, loss):
    W0, b0 = initial_parameters(seed=0)
    by_hand = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, loss=loss)
    expected = list(by_hand.run(100, steps_per_call=100))
    trainer = KerasClassifierTrainer(data.inputs, data.targets, weights=[W0, b0], loss=loss)
    snapshots = list(trainer.run(100, steps_per_call="auto"))
    np.testing.assert_allclose(all_losses(snapshots), expected[0].losses, atol=1e-5)
    np.testing.assert_allclose(np.concatenate([s.accuracies for s in snapshots]),
                               expected[0].accuracies, atol=1e-6)
    np.testing.assert_allclose(np.concatenate([s.parameters for s in snapshots]),
                               expected[0].parameters, atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].W, by_hand.W.numpy(), atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].b, by_hand.b.numpy(), atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].grad_W, expected[-1].grad_W, atol=1e-4)
    assert snapshots[-1].step == 99 and trainer.num_steps_done == 100
    assert not fit_threads()


def test_mini_batches_in_order_equal_the_hand_written_mini_batches(data):
    W0, b0 = initial_parameters(seed=3)
    by_hand = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, batch_size=300,
                                      shuffle=False)
    expected = all_losses(by_hand.run(20, steps_per_call=20))
    trainer = KerasClassifierTrainer(data.inputs, data.targets, weights=[W0, b0],
                                     batch_size=300, shuffle=False)
    snapshots = list(trainer.run(20, steps_per_call=7))
    assert [len(s.losses) for s in snapshots] == [7, 7, 6]
    np.testing.assert_allclose(all_losses(snapshots), expected, atol=1e-5)
    # 2000 samples in batches of 300: batch 6 of each epoch holds the last 200.
    assert not np.allclose(expected[:7], expected[7:14])


def test_first_loss_matches_a_direct_keras_call_with_a_hidden_layer(data):
    keras = pytest.importorskip("keras")
    spec = ModelSpec(hidden_units=8, activation="tanh")
    weights = spec.initial_weights(seed=4)
    trainer = KerasClassifierTrainer(data.inputs, data.targets, weights=weights,
                                     model_spec=spec)
    snapshot = next(iter(trainer.run(1)))
    model = build_model(spec, weights)
    logits = model(data.inputs)
    expected = keras.losses.BinaryCrossentropy(from_logits=True)(data.targets, logits)
    assert snapshot.loss == pytest.approx(float(expected), abs=1e-6)
    accuracy = np.mean((logits.numpy() > 0) == (data.targets > 0.5))
    assert snapshot.accuracy == pytest.approx(accuracy, abs=1e-6)
    np.testing.assert_allclose(spec.logits(weights, data.inputs), logits.numpy(), atol=1e-5)
    assert [w.shape for w in snapshot.weights] == [(2, 8), (8,), (8, 1), (1,)]


def test_a_fast_run_records_every_step_of_its_calls_and_stops_where_asked(data):
    W0, b0 = initial_parameters(seed=5)
    num_steps = 2 * STEPS_PER_EXECUTION + 44  # the last call ends with the data
    by_hand = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    expected = next(by_hand.run(num_steps, steps_per_call=num_steps))
    trainer = KerasClassifierTrainer(data.inputs, data.targets, weights=[W0, b0])
    snapshots = list(trainer.run(num_steps, steps_per_call="auto"))
    assert trainer._compiled[1] and trainer.model.steps_per_execution == STEPS_PER_EXECUTION
    assert trainer.num_steps_done == num_steps == snapshots[-1].step + 1
    np.testing.assert_allclose(all_losses(snapshots), expected.losses, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(np.concatenate([s.parameters for s in snapshots]),
                               expected.parameters, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].W, by_hand.W.numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(snapshots[-1].grad_W, expected.grad_W, rtol=1e-3, atol=1e-4)


def test_closing_a_fast_run_stops_fit_after_the_yielded_call(data):
    trainer = KerasClassifierTrainer(data.inputs, data.targets)
    run = trainer.run(10**9, steps_per_call="auto", target_call_s=0)
    first = next(run)
    run.close()
    assert len(first.losses) == STEPS_PER_EXECUTION == trainer.num_steps_done
    assert not fit_threads()
    for now, then in zip(trainer.get_weights(), first.weights, strict=True):
        np.testing.assert_array_equal(now, then)


class FakeXlaError(Exception):
    """Named as TensorFlow names the error of an op without an XLA kernel."""


FakeXlaError.__name__ = "UnimplementedError"


def test_where_xla_cannot_compile_fit_the_trainer_says_why_and_fits_without(data,
                                                                              monkeypatch):
    trainer = KerasClassifierTrainer(data.inputs, data.targets)
    trainer.compile(fast=True)
    fit = trainer.model.fit

    def refuse_xla(*arguments, **options):
        if trainer.model.jit_compile:
            raise FakeXlaError("Could not find a kernel for XLA_CPU_JIT\nmore context")
        return fit(*arguments, **options)

    monkeypatch.setattr(trainer.model, "fit", refuse_xla)
    losses = all_losses(trainer.run(300, steps_per_call="auto"))
    assert trainer.xla_unavailable == "Could not find a kernel for XLA_CPU_JIT"
    assert trainer._compiled == ("logistic", True, False)
    assert len(losses) == 300 and losses[-1] < losses[0]
    assert not fit_threads()


@pytest.mark.parametrize("steps_per_call", [3, "auto"])
def test_test_set_metrics_are_those_of_the_parameters_before_each_step(data, steps_per_call):
    tf = import_tensorflow()
    W0, b0 = initial_parameters(seed=1)
    train, test = slice(0, 1500), slice(1500, None)
    trainer = KerasClassifierTrainer(data.inputs[train], data.targets[train], weights=[W0, b0],
                                     test_inputs=data.inputs[test],
                                     test_targets=data.targets[test])
    snapshot = list(trainer.run(3, steps_per_call=steps_per_call))[0]
    for i in range(3):
        W = snapshot.parameters[i, :2].reshape(2, 1)
        b = snapshot.parameters[i, 2:]
        logits = data.inputs[test] @ W + b
        expected = tf.reduce_mean(tf.math.softplus(logits) - data.targets[test] * logits)
        assert snapshot.test_losses[i] == pytest.approx(float(expected), abs=1e-6)
        accuracy = np.mean((logits > 0) == (data.targets[test] > 0.5))
        assert snapshot.test_accuracies[i] == pytest.approx(accuracy, abs=1e-6)


def test_a_new_held_out_set_is_the_one_measured_and_new_points_alone_keep_the_compile(data):
    train, first, second = slice(0, 1000), slice(1000, 1500), slice(1500, None)
    trainer = KerasClassifierTrainer(data.inputs[train], data.targets[train],
                                     test_inputs=data.inputs[first],
                                     test_targets=data.targets[first])
    list(trainer.run(2, steps_per_call="auto"))
    trainer.set_data(data.inputs[train], data.targets[train], data.inputs[second],
                     data.targets[second])
    snapshot = list(trainer.run(2, steps_per_call="auto"))[0]
    W, b = trainer.model_spec.unflatten(snapshot.parameters[0])
    logits = data.inputs[second] @ W + b
    expected = np.mean(np.logaddexp(0, logits) - data.targets[second] * logits)
    assert snapshot.test_losses[0] == pytest.approx(expected, rel=1e-5, abs=1e-6)
    plain = KerasClassifierTrainer(data.inputs[train], data.targets[train])
    list(plain.run(2, steps_per_call="auto"))
    train_function = plain.model.train_function
    plain.set_data(data.inputs[:1100], data.targets[:1100])  # points added, no held-out set
    list(plain.run(2, steps_per_call="auto"))
    assert plain.model.train_function is train_function


def test_closing_the_run_stops_fit_after_the_yielded_batch(data):
    trainer = KerasClassifierTrainer(data.inputs, data.targets, batch_size=100)
    run = trainer.run(10_000)
    first = next(run)
    second = next(run)
    weights_at_second = [w.copy() for w in second.weights]
    run.close()
    assert trainer.num_steps_done == 2 == second.step + 1 and first.step == 0
    assert not fit_threads()
    for now, then in zip(trainer.get_weights(), weights_at_second, strict=True):
        np.testing.assert_array_equal(now, then)  # fit did not run ahead of what was seen


def test_the_first_fit_says_it_traces_until_its_first_batch(data, monkeypatch):
    trainer = KerasClassifierTrainer(data.inputs, data.targets)
    seen = []
    fit = trainer._fit

    def watched(*arguments):  # the fit thread, as the GUI's poll reads the trainer
        seen.append(trainer.compiling)
        fit(*arguments)

    monkeypatch.setattr(trainer, "_fit", watched)
    run = trainer.run(3)
    next(run)
    assert seen == ["tf.function"] and trainer.compiling is None  # cleared by a batch
    list(run)
    list(trainer.run(3))  # traced already: nothing to say
    assert seen == ["tf.function", None] and trainer.compiling is None
    list(trainer.run(3, steps_per_call="auto"))  # compiled again: many steps a call, XLA
    assert seen[2] == ("XLA" if trainer.xla_unavailable is None else "tf.function")


def test_divergence_stops_the_keras_run(data):
    trainer = KerasClassifierTrainer(data.inputs, data.targets, loss="squared",
                                     learning_rate=5.0)
    snapshots = list(trainer.run(100))
    assert len(snapshots) < 100
    assert snapshots[-1].divergence.learning_rate == 5
    assert not fit_threads()


def test_an_error_inside_fit_is_raised_by_the_generator(data, monkeypatch):
    tf = import_tensorflow()
    trainer = KerasClassifierTrainer(data.inputs, data.targets)
    bad = tf.data.Dataset.from_tensors((np.zeros((2000, 3), np.float32), data.targets))
    monkeypatch.setattr(trainer, "make_dataset", lambda: bad)  # a shape the model cannot take
    with pytest.raises(ValueError):
        list(trainer.run(2))
    assert not fit_threads()


def test_learning_rate_and_loss_changes_take_effect(data):
    W0, b0 = initial_parameters(seed=2)
    trainer = KerasClassifierTrainer(data.inputs, data.targets, weights=[W0, b0])
    list(trainer.run(1))
    trainer.reset(W0, b0)
    trainer.learning_rate = 0.5
    trainer.loss = "squared"
    snapshot = list(trainer.run(1))[0]
    by_hand = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0, loss="squared",
                                      learning_rate=0.5)
    expected = next(by_hand.run(1))
    assert snapshot.loss == pytest.approx(expected.loss, abs=1e-6)
    np.testing.assert_allclose(snapshot.W, expected.W, atol=1e-6)


@pytest.mark.parametrize("batch_size", [None, 64])
def test_keras_code_runs_and_learns(data, batch_size):
    tf = import_tensorflow()
    code = keras_code(num_steps=100 if batch_size is None else 200, batch_size=batch_size,
                      num_samples=len(data.inputs))
    assert ("from_tensors" in code) == (batch_size is None)
    namespace = {"tf": tf, "inputs": data.inputs, "targets": data.targets}
    exec(code, namespace)  # the code students copy, run for real
    assert namespace["history"].history["loss"][-1] < 0.15


@pytest.mark.parametrize("kwargs, error", [
    ({"batch_size": 0}, ValueError),
    ({"batch_size": 2.5}, TypeError),
    ({"learning_rate": -1}, ValueError),
    ({"weights": [np.zeros((3, 1)), np.zeros(1)]}, ValueError),
    ({"test_inputs": np.zeros((4, 2))}, ValueError),
])
def test_bad_keras_trainer_arguments_are_refused(data, kwargs, error):
    with pytest.raises(error):
        KerasClassifierTrainer(data.inputs, data.targets, **kwargs)


def test_a_hidden_layer_learns_xor_where_the_linear_model_cannot():
    from tfintro_gui.core.classifier.presets import make_preset

    data = make_preset("xor", 200, noise=0.1, seed=0)
    spec = ModelSpec(hidden_units=16, activation="tanh")
    bent = KerasClassifierTrainer(data.inputs, data.targets, model_spec=spec,
                                  weights=spec.initial_weights(seed=0), learning_rate=0.5,
                                  batch_size=40, seed=0)
    bent_final = list(bent.run(600, steps_per_call="auto"))[-1]
    linear = LinearClassifierTrainer(data.inputs, data.targets, W=initial_parameters(0)[0],
                                     b=np.zeros(1, np.float32), learning_rate=0.5)
    list(linear.run(600, steps_per_call=600))
    logits = spec.logits(bent_final.weights, data.inputs)
    assert np.mean((logits > 0) == (data.targets > 0.5)) > 0.95
    linear_logits = ModelSpec().logits(linear.get_weights(), data.inputs)
    assert np.mean((linear_logits > 0) == (data.targets > 0.5)) < 0.8


def test_the_keras_trainer_is_a_trainer_and_says_how_the_notebook_redoes_its_run(data):
    from tfintro_gui.core.classifier.trainer import Trainer

    trainer: Trainer = KerasClassifierTrainer(data.inputs[:200], data.targets[:200],
                                              batch_size=50, learning_rate=0.3, seed=5)
    list(trainer.run(3))
    run = trainer.training_run()
    assert (trainer.mode, trainer.model_spec.is_linear) == ("keras", True)
    assert (run.first_step, run.num_steps, run.batch_size, run.learning_rate) == (3, 0, 50, 0.3)
    assert run.shuffle_seed == trainer.run_shuffle_seed
