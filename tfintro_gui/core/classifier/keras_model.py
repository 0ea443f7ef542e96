"""The classifier as a Keras model: ``Sequential([Dense(1)])`` or with one hidden layer.

:func:`build_model` makes the model of a :class:`ModelSpec` with given weights;
:func:`keras_loss` gives the Keras loss of the lab's loss name. Used by the Keras trainer
and by the model export.
"""

from __future__ import annotations

from tfintro_gui.core.classifier.losses import check_loss_name
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.trainer import LINEAR_MODEL
from tfintro_gui.core.runtime import import_tensorflow


def import_keras():
    """Import Keras after TensorFlow's environment is set (see :mod:`runtime`)."""
    import_tensorflow()
    import keras

    return keras


def build_model(model_spec: ModelSpec = LINEAR_MODEL, weights=None):
    """A Keras ``Sequential`` model of ``model_spec``, not compiled.

    Args:
        model_spec: linear (``Dense(1)``) or with one hidden ``Dense`` layer.
        weights: arrays of ``model_spec.weight_shapes`` to start from, or None for Keras's
            own initialisation.

    Returns:
        A built ``keras.Sequential`` taking `(batch, 2)` float32 and returning `(batch, 1)`
        logits.
    """
    keras = import_keras()
    layers = [keras.Input(shape=(2,), name="inputs")]
    if not model_spec.is_linear:
        layers.append(keras.layers.Dense(model_spec.hidden_units,
                                         activation=model_spec.activation, name="hidden"))
    layers.append(keras.layers.Dense(1, name="logits"))
    model = keras.Sequential(layers, name="classifier")
    if weights is not None:
        model.set_weights(model_spec.check_weights(weights))
    return model


def keras_loss(loss: str):
    """The Keras loss object for the lab's loss name.

    ``"logistic"`` → ``BinaryCrossentropy(from_logits=True)`` (the same
    ``log(1 + exp(o)) − y·o``); ``"squared"`` → ``MeanSquaredError()`` (``(y − o)²``).
    """
    keras = import_keras()
    if check_loss_name(loss) == "logistic":
        return keras.losses.BinaryCrossentropy(from_logits=True)
    return keras.losses.MeanSquaredError()
