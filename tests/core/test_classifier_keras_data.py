"""The datasets Keras mode's model.fit reads: the batches and the order of the Code tab's."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.keras_data import fit_arguments, fit_dataset
from tfintro_gui.core.runtime import import_tensorflow

INPUTS = np.arange(20, dtype=np.float32).reshape(10, 2)
TARGETS = (np.arange(10) % 2).astype(np.float32).reshape(10, 1)


def batches(dataset, epochs=1):
    return [inputs.numpy() for _ in range(epochs) for inputs, _ in dataset]


def test_a_full_batch_run_is_one_epoch_of_exactly_the_steps_asked():
    dataset = fit_dataset(INPUTS, TARGETS, None, shuffle=True, seed=0)
    arguments = fit_arguments(dataset, len(INPUTS), None, num_steps=7)
    seen = batches(arguments["x"])
    assert arguments["epochs"] == 1 and len(seen) == 7
    assert all(np.array_equal(inputs, INPUTS) for inputs in seen)


@pytest.mark.parametrize(("batch_size", "num_steps", "epochs"), [(4, 7, 3), (4, 3, 1), (5, 4, 2)])
def test_mini_batches_take_whole_epochs(batch_size, num_steps, epochs):
    dataset = fit_dataset(INPUTS, TARGETS, batch_size, shuffle=False, seed=0)
    arguments = fit_arguments(dataset, len(INPUTS), batch_size, num_steps)
    assert arguments["epochs"] == epochs
    assert [len(inputs) for inputs in batches(arguments["x"])] == (
        [4, 4, 2] if batch_size == 4 else [5, 5])


def test_shuffled_batches_come_in_the_order_of_the_code_tabs_dataset():
    tf = import_tensorflow()
    code_tab = tf.data.Dataset.from_tensor_slices((INPUTS, TARGETS)).shuffle(
        len(INPUTS), seed=123, reshuffle_each_iteration=True).batch(4)
    ours = fit_dataset(INPUTS, TARGETS, 4, shuffle=True, seed=123)
    expected, seen = batches(code_tab, epochs=2), batches(ours, epochs=2)
    assert len(seen) == 6
    assert all(np.array_equal(a, b) for a, b in zip(expected, seen, strict=True))
    assert not np.array_equal(np.concatenate(seen[:3]), INPUTS)  # shuffled
    assert not np.array_equal(np.concatenate(seen[:3]), np.concatenate(seen[3:]))  # per epoch
