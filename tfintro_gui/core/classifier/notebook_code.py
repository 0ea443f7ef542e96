"""The classifier's training as notebook cells that redo it in a fresh kernel.

What the lab did since its trainer's start is a list of typed events
(:mod:`~tfintro_gui.core.classifier.events`): training runs (each with the loss, learning
rate and batching it used), edits of the points, and weights set by hand.
:func:`classifier_notebook_cells` turns the data recipe, the starting weights and these
events into code cells: the same data, the same start written out, the same steps with the
hand-written ``GradientTape`` loop (or ``model.fit`` in Keras mode), ending with the
weights printed. Mini-batches are taken in the lab's order: unshuffled slices, or the
order of ``tf.random.experimental.stateless_shuffle`` keyed by the lab's seed and the
epoch (hand-written loop), or ``Dataset.shuffle`` with the lab's seed of that run (Keras).
"""

from __future__ import annotations

import dataclasses

from tfintro_gui.core.classifier.events import DataEdited, LabEvent, TrainingRun, WeightsSet
from tfintro_gui.core.classifier.losses import check_loss_name
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.recipe import DataRecipe, array_code, check_edit, edit_code
from tfintro_gui.core.classifier.trainer import MODES, check_learning_rate


def _array(array) -> str:
    """``np.array([...], dtype=np.float32)`` holding exactly ``array``'s float32 values."""
    return f"np.array({array_code(array)}, dtype=np.float32)"


def _merged(events: list[LabEvent], mode: str) -> list[LabEvent]:
    """Join back-to-back runs with the same settings (the hand-written loop's batches go
    on where they were; Keras's only in full batch, as each fit starts a new epoch), and
    keep only the last of weights set one after another."""
    merged: list[LabEvent] = []
    for event in events:
        last = merged[-1] if merged else None
        if isinstance(event, TrainingRun) and isinstance(last, TrainingRun):
            joinable = (mode == "tape" or event.batch_size is None)
            if joinable and last.settings() == event.settings() \
                    and last.first_step + last.num_steps == event.first_step:
                merged[-1] = dataclasses.replace(last, num_steps=last.num_steps
                                                 + event.num_steps)
                continue
        if isinstance(event, WeightsSet) and isinstance(last, WeightsSet):
            merged[-1] = event
            continue
        merged.append(event)
    return merged


def _describe(run: TrainingRun) -> str:
    last = run.first_step + run.num_steps - 1
    steps = f"Step {run.first_step}" if run.num_steps == 1 else \
        f"Steps {run.first_step}–{last}"
    batches = "full batch" if run.batch_size is None else (
        f"batches of {run.batch_size}" + (", shuffled" if run.shuffle else ""))
    return (f"# {steps}: {run.loss} loss, learning_rate {run.learning_rate:g}, "
            f"{batches}")


def _tape_run_code(run: TrainingRun) -> str:
    loss_fn = f"{run.loss}_loss"
    first, end = run.first_step, run.first_step + run.num_steps
    log = ("    if step % 10 == 9:\n"
           "        print(f\"Loss at step {step}: {loss:.4f}\")")
    if run.batch_size is None:
        return (f"{_describe(run)}\n"
                f"for step in range({first}, {end}):\n"
                f"    loss = training_step(inputs, targets, {loss_fn}, {run.learning_rate!r})\n"
                f"{log}")
    if run.shuffle:
        order = (
            f"    if step == {first} or batch_index == 0:  # a new order every epoch\n"
            "        order = tf.random.experimental.stateless_shuffle(\n"
            "            tf.range(len(inputs), dtype=tf.int64),\n"
            f"            seed=[{run.shuffle_seed}, batch_counter // num_batches])\n"
            "    batch = order[start:start + batch_size]\n"
            "    batch_inputs = tf.gather(inputs, batch)\n"
            "    batch_targets = tf.gather(targets, batch)\n")
    else:
        order = ("    batch_inputs = inputs[start:start + batch_size]\n"
                 "    batch_targets = targets[start:start + batch_size]\n")
    return (f"{_describe(run)}\n"
            f"batch_size = {run.batch_size}\n"
            "num_batches = -(-len(inputs) // batch_size)  # the last batch holds the rest\n"
            f"batch_counter = {run.batch_counter}  # batches taken since the epochs were "
            "last counted from 0\n"
            f"for step in range({first}, {end}):\n"
            "    batch_index = batch_counter % num_batches\n"
            "    start = batch_index * batch_size\n"
            f"{order}"
            f"    loss = training_step(batch_inputs, batch_targets, {loss_fn}, "
            f"{run.learning_rate!r})\n"
            "    batch_counter += 1\n"
            f"{log}")


_KERAS_LOSSES = {"logistic": "keras.losses.BinaryCrossentropy(from_logits=True)",
                 "squared": "keras.losses.MeanSquaredError()"}


def _keras_run_code(run: TrainingRun) -> str:
    lines = [_describe(run),
             "model.compile(optimizer=keras.optimizers.SGD("
             f"learning_rate={run.learning_rate!r}),",
             f"              loss={_KERAS_LOSSES[run.loss]})"]
    if run.batch_size is None:
        lines += ["dataset = tf.data.Dataset.from_tensors((inputs, targets))  "
                  "# one batch: one step per epoch",
                  f"model.fit(dataset, epochs={run.num_steps}, shuffle=False, verbose=0, "
                  f"callbacks=[PrintLoss({run.first_step})])"]
        return "\n".join(lines)
    shuffle = (f".shuffle(len(inputs), seed={run.shuffle_seed}, "
               "reshuffle_each_iteration=True)" if run.shuffle else "")
    lines += ["dataset = tf.data.Dataset.from_tensor_slices((inputs, targets))"
              f"{shuffle}.batch({run.batch_size})",
              "num_batches = -(-len(inputs) // " f"{run.batch_size})",
              # The Dataset shuffles (or not); fit's own shuffle applies to arrays only.
              f"model.fit(dataset, epochs=-(-{run.num_steps} // num_batches), shuffle=False,",
              "          verbose=0,",
              f"          callbacks=[PrintLoss({run.first_step}), "
              f"StopAfter({run.num_steps})])"]
    return "\n".join(lines)


_TAPE_MODEL = '''
def model(inputs):
    return tf.matmul(inputs, W) + b

def logistic_loss(targets, logits):
    return tf.reduce_mean(tf.math.softplus(logits) - targets * logits)  # log(1 + exp(o)) - y*o

def squared_loss(targets, logits):
    return tf.reduce_mean(tf.square(targets - logits))

def training_step(inputs, targets, loss_fn, learning_rate):
    with tf.GradientTape() as tape:
        loss = loss_fn(targets, model(inputs))
    grad_W, grad_b = tape.gradient(loss, [W, b])
    W.assign_sub(grad_W * learning_rate)
    b.assign_sub(grad_b * learning_rate)
    return loss'''

_KERAS_CALLBACKS = '''
class PrintLoss(keras.callbacks.Callback):
    """Prints the loss every 10 steps, counting the steps across fit calls."""

    def __init__(self, first_step):
        super().__init__()
        self.step = first_step - 1

    def on_train_batch_end(self, batch, logs=None):
        self.step += 1
        if self.step % 10 == 9:
            print(f"Loss at step {self.step}: {logs['loss']:.4f}")

class StopAfter(keras.callbacks.Callback):
    """Stops fit after num_steps batches (the lab's run may end inside an epoch)."""

    def __init__(self, num_steps):
        super().__init__()
        self.num_steps, self.done = num_steps, 0

    def on_train_batch_end(self, batch, logs=None):
        self.done += 1
        if self.done >= self.num_steps:
            self.model.stop_training = True'''


def _weights_code(mode: str, weights: list) -> str:
    if mode == "tape":
        return ("# W set by hand (dragged in the parameter view)\n"
                f"W.assign({_array(weights[0])})\nb.assign({_array(weights[1])})")
    return ("# Weights set by hand\nmodel.set_weights([\n"
            + "".join(f"    {_array(w)},\n" for w in weights) + "])")


def _event_code(event: LabEvent, mode: str, model_spec: ModelSpec) -> str:
    """The cell that redoes one event."""
    match event:
        case TrainingRun():
            check_loss_name(event.loss)
            check_learning_rate(event.learning_rate)
            return _tape_run_code(event) if mode == "tape" else _keras_run_code(event)
        case DataEdited():
            return "\n".join([*edit_code(check_edit(event.edit)),
                              "inputs, targets = points[~is_test], labels[~is_test]"])
        case WeightsSet():
            return _weights_code(mode, model_spec.check_weights(event.weights))
    raise ValueError(f"Unknown classifier event {event!r}.")


def _start_code(mode: str, model_spec: ModelSpec, weights: list,
                comment: str = "# The starting weights, as the lab drew them") -> str:
    if mode == "tape":
        return (f"{comment}\n"
                f'W = tf.Variable({_array(weights[0])}, name="W")\n'
                f'b = tf.Variable({_array(weights[1])}, name="b")\n' + _TAPE_MODEL)
    hidden = "" if model_spec.is_linear else (
        f"    keras.layers.Dense({model_spec.hidden_units}, "
        f'activation="{model_spec.activation}"),\n')
    return ("import keras\n\n"
            "model = keras.Sequential([\n"
            "    keras.Input(shape=(2,)),\n"
            f"{hidden}"
            "    keras.layers.Dense(1),  # one logit per sample\n"
            "])\n"
            f"{comment}\n"
            "model.set_weights([\n"
            + "".join(f"    {_array(w)},\n" for w in weights) + "])\n"
            + _KERAS_CALLBACKS)


def classifier_notebook_cells(recipe: DataRecipe, mode: str, model_spec: ModelSpec,
                              start_weights, events) -> list[tuple[str, str]]:
    """Code cells that rebuild the data and redo the training from ``start_weights``.

    Args:
        recipe: how the data at the start were made.
        mode: ``"tape"`` (hand-written ``GradientTape`` loop, linear model only) or
            ``"keras"`` (``model.fit``).
        model_spec: the model trained.
        start_weights: the weights at the start, arrays of ``model_spec.weight_shapes``.
        events: in order, :class:`TrainingRun`, :class:`DataEdited` and
            :class:`WeightsSet` records (see :mod:`~tfintro_gui.core.classifier.events`).

    Returns:
        ``("code", text)`` cells; they need ``import numpy as np`` and ``import tensorflow
        as tf`` first, and end with the weights printed (``W``, ``b`` for the linear
        model; the layers' names for a hidden layer).

    Raises:
        ValueError: an unknown mode or event, a hidden layer in ``"tape"`` mode, or bad
            weights.
    """
    if mode not in MODES:
        raise ValueError(f"Unknown training mode {mode!r}; choose one of {', '.join(MODES)}.")
    if mode == "tape" and not model_spec.is_linear:
        raise ValueError("The hand-written loop trains the linear model only; a hidden layer "
                         "needs Keras mode.")
    cells = [recipe.code(), _start_code(mode, model_spec, model_spec.check_weights(
        start_weights))]
    cells += [_event_code(event, mode, model_spec) for event in _merged(list(events), mode)]
    cells.append(_final_weights_code(mode, model_spec))
    return [("code", cell) for cell in cells]


#: The most earlier starts (resets, new random starts, other modes) an export repeats.
MAX_EARLIER_STARTS = 10
#: The Markdown cell before a start that is not the first.
NEW_START_TEXT = ("A new start (Reset, New random start, another mode or new data): the "
                  "data and the weights are set up again.")


def join_starts(starts: list[list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The cells of several starts in order, a :data:`NEW_START_TEXT` cell between two."""
    joined: list[tuple[str, str]] = []
    for number, cells in enumerate(starts):
        if number:
            joined.append(("markdown", NEW_START_TEXT))
        joined += cells
    return joined


def _final_weights_code(mode: str, model_spec: ModelSpec) -> str:
    if mode == "tape":
        return "print(W.numpy(), b.numpy())"
    names = model_spec.weight_names
    return f"{', '.join(names)} = model.get_weights()\nprint({', '.join(names)})"


def next_run_program(recipe: DataRecipe, mode: str, model_spec: ModelSpec, weights,
                     run: TrainingRun) -> str:
    """One program that runs alone and trains the next run as the lab will: the data
    now (``recipe``, edits included), the weights now written out, then ``run``'s steps
    with its batches, printing the notebook's "Loss at step N" lines and the weights.

    Args:
        recipe: how the points now were made.
        mode: ``"tape"`` (linear model only) or ``"keras"``.
        model_spec: the model.
        weights: the weights now, arrays of ``model_spec.weight_shapes``.
        run: the run to redo (its settings, first step, batch counter and seed).

    Raises:
        ValueError: as :func:`classifier_notebook_cells`.
    """
    if mode == "tape" and not model_spec.is_linear:
        raise ValueError("The hand-written loop trains the linear model only.")
    cells = ["import numpy as np\nimport tensorflow as tf", recipe.code(),
             _start_code(mode, model_spec, model_spec.check_weights(weights),
                         "# The weights now, as the lab holds them"),
             _event_code(run, mode, model_spec), _final_weights_code(mode, model_spec)]
    return "\n\n".join(cells) + "\n"
