"""The ``tf.data`` pipelines that Keras mode's ``model.fit`` reads.

The full batch is one element, repeated once per step of a Run, so that the whole Run is
one epoch; mini-batches are ``from_tensor_slices(...).shuffle(...).batch(...)``, one epoch
per pass over the data, as the Code tab's program builds them.
"""

from __future__ import annotations

import math

from tfintro_gui.core.runtime import import_tensorflow


def fit_dataset(inputs, targets, batch_size: int | None, shuffle: bool, seed: int):
    """The ``tf.data.Dataset`` of one pass over the data.

    Args:
        inputs: `(num_samples, 2)` float32; targets: `(num_samples, 1)` float32 of 0/1.
        batch_size: samples per batch, or None for the full batch as one element.
        shuffle: with mini-batches, ``Dataset.shuffle`` over all samples every epoch.
        seed: the shuffle's seed (``reshuffle_each_iteration=True``: a new order every
            epoch, the same orders for the same seed).

    Returns:
        A dataset of ``(inputs, targets)`` batches. The batches are a few kB in memory, so
        it runs without tf.data's prefetch thread and autotuning: they cost more than they
        save here (1.2–2× more full-batch steps/s without them, 2 CPU cores, TF 2.21).
    """
    tf = import_tensorflow()
    options = tf.data.Options()
    options.autotune.enabled = False
    options.experimental_optimization.inject_prefetch = False
    if batch_size is None:
        return tf.data.Dataset.from_tensors((inputs, targets)).with_options(options)
    dataset = tf.data.Dataset.from_tensor_slices((inputs, targets))
    if shuffle:
        dataset = dataset.shuffle(len(inputs), seed=seed, reshuffle_each_iteration=True)
    return dataset.batch(batch_size).with_options(options)


def fit_arguments(dataset, num_samples: int, batch_size: int | None, num_steps: int) -> dict:
    """The ``x`` and ``epochs`` of one Run's ``model.fit`` call of ``num_steps`` batches.

    The full batch is one long epoch of ``num_steps`` copies of the batch
    (``Dataset.repeat(num_steps)``): ``fit``'s work at every epoch's start and end then
    happens once per Run, not once per step, and the last call of ``steps_per_execution``
    steps ends where the data does. Mini-batches keep one epoch per pass over the data
    (``ceil(num_steps / batches per epoch)`` epochs; the trainer stops after
    ``num_steps``), so that the batches come in the order the Code tab's program gives.
    """
    if batch_size is None:
        return {"x": dataset.repeat(num_steps), "epochs": 1}
    num_batches = math.ceil(num_samples / batch_size)
    return {"x": dataset, "epochs": math.ceil(num_steps / num_batches)}
