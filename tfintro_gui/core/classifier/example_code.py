"""The TensorFlow code shown beside the training: the hand-written loop and the Keras way.

:func:`training_code` is the notebook's ``GradientTape`` loop (Chollet, Deep Learning with
Python, ch. 3) with the lab's settings; :func:`keras_code` trains the same model with
``Sequential``, ``compile`` and ``model.fit``. Both run as they are on NumPy ``inputs`` and
``targets`` (the notebook's names), so a student can copy them.
"""

from __future__ import annotations

import math

from tfintro_gui.core.classifier.losses import check_loss_name, decision_threshold
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.trainer import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_NUM_STEPS,
    LINEAR_MODEL,
)


def training_code(*, learning_rate: float = DEFAULT_LEARNING_RATE,
                  num_steps: int = DEFAULT_NUM_STEPS, loss: str = "logistic",
                  batch_size: int | None = None, shuffle: bool = True) -> str:
    """The notebook-style TensorFlow code of the training the panel runs by hand.

    Args:
        learning_rate, num_steps, loss: as in :class:`LinearClassifierTrainer`.
        batch_size: None for the notebook's full batch, else samples per step.
        shuffle: with mini-batches, shuffle every epoch.

    Returns:
        Python source text that trains the same model on ``inputs``/``targets``.
    """
    if check_loss_name(loss) == "logistic":
        loss_lines = ("    per_sample = tf.math.softplus(logits) - targets * logits"
                      "  # log(1 + exp(o)) - y*o\n")
    else:
        loss_lines = "    per_sample = tf.square(targets - logits)\n"
    head = (
        "W = tf.Variable(tf.random.uniform(shape=(2, 1)))\n"
        "b = tf.Variable(tf.zeros(shape=(1,)))\n"
        f"learning_rate = {learning_rate:g}\n\n"
        "def model(inputs):\n"
        "    return tf.matmul(inputs, W) + b\n\n"
        "def loss_fn(targets, logits):\n"
        f"{loss_lines}"
        "    return tf.reduce_mean(per_sample)\n\n"
        "def training_step(inputs, targets):\n"
        "    with tf.GradientTape() as tape:\n"
        "        loss = loss_fn(targets, model(inputs))\n"
        "    grad_W, grad_b = tape.gradient(loss, [W, b])\n"
        "    W.assign_sub(grad_W * learning_rate)\n"
        "    b.assign_sub(grad_b * learning_rate)\n"
        "    return loss\n\n"
    )
    if batch_size is None:
        return head + (
            f"for step in range({num_steps}):\n"
            "    loss = training_step(inputs, targets)\n"
            "    if step % 10 == 9:\n"
            "        print(f\"Loss at step {step}: {loss:.4f}\")\n"
        )
    order = ("    order = np.random.permutation(len(inputs))  # a new order every epoch\n"
             if shuffle else "    order = np.arange(len(inputs))\n")
    return head + (
        f"batch_size = {batch_size}\n"
        "num_batches = -(-len(inputs) // batch_size)  # the last batch holds the rest\n"
        "step = 0\n"
        f"while step < {num_steps}:\n"
        f"{order}"
        "    for start in range(0, len(inputs), batch_size):\n"
        "        batch = order[start:start + batch_size]\n"
        "        loss = training_step(inputs[batch], targets[batch])\n"
        "        if step % 10 == 9:\n"
        "            print(f\"Loss at step {step}: {loss:.4f}\")\n"
        "        step += 1\n"
        f"        if step == {num_steps}:\n"
        "            break\n"
    )


def keras_code(*, model_spec: ModelSpec = LINEAR_MODEL, loss: str = "logistic",
               learning_rate: float = DEFAULT_LEARNING_RATE, num_steps: int = DEFAULT_NUM_STEPS,
               batch_size: int | None = None, shuffle: bool = True,
               num_samples: int = 2000) -> str:
    """The Keras code of the training the panel runs in Keras mode.

    Args:
        model_spec, loss, learning_rate, batch_size, shuffle: as in
            :class:`KerasClassifierTrainer`.
        num_steps: batches to train.
        num_samples: size of the training set (to turn steps into epochs).

    Returns:
        Python source that trains the same model on NumPy ``inputs``/``targets``.
    """
    if check_loss_name(loss) == "logistic":
        loss_line = "keras.losses.BinaryCrossentropy(from_logits=True),  # log(1 + exp(o)) - y*o"
    else:
        loss_line = "keras.losses.MeanSquaredError(),  # (y - o)**2"
    threshold = decision_threshold(loss)
    hidden = "" if model_spec.is_linear else (
        f'    layers.Dense({model_spec.hidden_units}, activation="{model_spec.activation}"),\n')
    if batch_size is None or batch_size >= num_samples:
        data = ("# The whole data set is one batch: one step per epoch, as in the notebook.\n"
                "dataset = tf.data.Dataset.from_tensors((inputs, targets))\n")
        epochs = num_steps
    else:
        shuffled = f".shuffle({num_samples})" if shuffle else ""
        data = ("dataset = tf.data.Dataset.from_tensor_slices((inputs, targets))"
                f"{shuffled}.batch({batch_size})\n")
        epochs = math.ceil(num_steps / math.ceil(num_samples / batch_size))
    return (
        "import keras\n"
        "from keras import layers\n\n"
        "model = keras.Sequential([\n"
        "    keras.Input(shape=(2,)),\n"
        f"{hidden}"
        "    layers.Dense(1),  # one logit per sample\n"
        "])\n"
        "model.compile(\n"
        f"    optimizer=keras.optimizers.SGD(learning_rate={learning_rate:g}),\n"
        f"    loss={loss_line}\n"
        f"    metrics=[keras.metrics.BinaryAccuracy(threshold={threshold:g})],\n"
        ")\n\n"
        "class PrintLoss(keras.callbacks.Callback):\n"
        "    def on_train_batch_end(self, batch, logs=None):\n"
        "        self.step = getattr(self, \"step\", -1) + 1\n"
        "        if self.step % 10 == 9:\n"
        "            print(f\"Loss at step {self.step}: {logs['loss']:.4f}\")\n\n"
        f"{data}"
        "# shuffle=False: the Dataset above does any shuffling (fit's own applies to arrays).\n"
        f"history = model.fit(dataset, epochs={epochs}, shuffle=False, verbose=0,\n"
        "                    callbacks=[PrintLoss()])\n"
    )
