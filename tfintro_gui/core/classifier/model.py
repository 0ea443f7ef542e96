"""The classifier's model: the notebook's linear ``X @ W + b``, or one hidden ``Dense`` layer.

:class:`ModelSpec` names the architecture in Keras terms and computes the model's logits in
NumPy (for the probability field and for checks), so drawing never needs TensorFlow.
The linear model is the notebook's (Chollet, Deep Learning with Python, ch. 3): ``W``
uniform in [0, 1), ``b`` zeros. A hidden layer starts as Keras's ``Dense`` does: a
Glorot-uniform kernel and a zero bias.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.classifier.errors import ClassifierInputError

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

ACTIVATIONS = ("relu", "tanh", "sigmoid")
MAX_HIDDEN_UNITS = 64


def _activation(name: str, values: np.ndarray) -> np.ndarray:
    if name == "relu":
        return np.maximum(values, 0.0)
    if name == "tanh":
        return np.tanh(values)
    return 0.5 * (1.0 + np.tanh(0.5 * values))  # the sigmoid, without overflow warnings


@dataclass(frozen=True)
class ModelSpec:
    """Which model is trained.

    Attributes:
        hidden_units: 0 for the notebook's linear model ``logits = X @ W + b``; 1 to 64 for
            ``Sequential([Dense(hidden_units, activation), Dense(1)])``.
        activation: the hidden layer's activation, ``"relu"``, ``"tanh"`` or ``"sigmoid"``.

    Raises:
        TypeError: ``hidden_units`` is not an integer.
        ValueError: ``hidden_units`` out of range or an unknown activation.
    """

    hidden_units: int = 0
    activation: str = "relu"

    def __post_init__(self):
        units = self.hidden_units
        # numbers.Integral covers NumPy's integers without importing NumPy.
        if isinstance(units, bool) or not isinstance(units, numbers.Integral):
            raise TypeError(f"hidden_units must be an integer, got {units!r}.")
        if not 0 <= units <= MAX_HIDDEN_UNITS:
            raise ValueError(f"hidden_units must be between 0 (no hidden layer) and "
                             f"{MAX_HIDDEN_UNITS}, got {units}.")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"Unknown activation {self.activation!r}; choose one of "
                             f"{', '.join(ACTIVATIONS)}.")

    @property
    def is_linear(self) -> bool:
        """True for the notebook's model without a hidden layer."""
        return self.hidden_units == 0

    @property
    def weight_shapes(self) -> list[tuple[int, ...]]:
        """Shapes of the weights in Keras's order: kernel, bias per ``Dense`` layer."""
        if self.is_linear:
            return [(2, 1), (1,)]
        units = int(self.hidden_units)
        return [(2, units), (units,), (units, 1), (1,)]

    @property
    def weight_names(self) -> list[str]:
        """``["W", "b"]``, or the kernel and bias names of both ``Dense`` layers."""
        if self.is_linear:
            return ["W", "b"]
        return ["hidden_kernel", "hidden_bias", "output_kernel", "output_bias"]

    @property
    def num_parameters(self) -> int:
        return sum(math.prod(shape) for shape in self.weight_shapes)

    def parameter_names(self) -> list[str]:
        """A name per scalar parameter in :meth:`flatten` order, e.g. ``"W[1]"``."""
        names = []
        for name, shape in zip(self.weight_names, self.weight_shapes, strict=True):
            for index in np.ndindex(*shape):
                if shape[-1] == 1 and len(shape) == 2:
                    index = index[:1]  # a (n, 1) kernel reads better as W[0], W[1]
                names.append(f"{name}[{','.join(str(i) for i in index)}]")
        return names

    def check_weights(self, weights) -> list[np.ndarray]:
        """Copies of ``weights`` as float32 arrays of :attr:`weight_shapes`.

        Raises:
            ClassifierInputError: wrong count, shape or non-numbers (a session file's
                weights are checked here).
        """
        weights = list(weights)
        if len(weights) != len(self.weight_shapes):
            raise ClassifierInputError("weights.count", expected=len(self.weight_shapes),
                                       names=", ".join(self.weight_names), count=len(weights))
        checked = []
        for name, shape, value in zip(self.weight_names, self.weight_shapes, weights,
                                      strict=True):
            try:
                with np.errstate(over="ignore"):  # beyond float32: inf, refused by callers
                    array = np.array(value, dtype=np.float32)
            except (TypeError, ValueError, OverflowError):
                raise ClassifierInputError("weights.not_numbers", name=name,
                                           value=str(value)[:40]) from None
            if array.size == math.prod(shape) and len(shape) == 1:
                array = array.reshape(shape)
            if array.shape != shape:
                raise ClassifierInputError("weights.shape", name=name, expected=str(shape),
                                           shape=str(array.shape))
            checked.append(array)
        return checked

    def flatten(self, weights) -> np.ndarray:
        """All parameters in one `(num_parameters,)` float32 vector."""
        return np.concatenate([np.ravel(w) for w in self.check_weights(weights)])

    def unflatten(self, vector: np.ndarray) -> list[np.ndarray]:
        """The inverse of :meth:`flatten`: weight arrays of :attr:`weight_shapes`."""
        vector = np.asarray(vector, dtype=np.float32)
        if vector.shape != (self.num_parameters,):
            raise ValueError(f"Expected {self.num_parameters} parameters, got {vector.shape}.")
        weights, start = [], 0
        for shape in self.weight_shapes:
            size = math.prod(shape)
            weights.append(vector[start:start + size].reshape(shape).copy())
            start += size
        return weights

    def initial_weights(self, seed: int | None = None) -> list[np.ndarray]:
        """Starting weights drawn with ``numpy.random.default_rng(seed)``.

        Linear: the notebook's ``W`` uniform in [0, 1) and ``b`` zeros. Hidden layer:
        Keras's ``Dense`` defaults, Glorot-uniform kernels (limit ``√(6 / (fan_in +
        fan_out))``, Glorot & Bengio 2010) and zero biases.

        Returns:
            float32 arrays of :attr:`weight_shapes`.
        """
        rng = np.random.default_rng(seed)
        if self.is_linear:
            return [rng.random((2, 1), dtype=np.float32), np.zeros((1,), dtype=np.float32)]
        weights = []
        for shape in self.weight_shapes:
            if len(shape) == 2:
                limit = math.sqrt(6.0 / (shape[0] + shape[1]))
                weights.append(rng.uniform(-limit, limit, shape).astype(np.float32))
            else:
                weights.append(np.zeros(shape, dtype=np.float32))
        return weights

    def logits(self, weights, points: np.ndarray) -> np.ndarray:
        """The model's output (logit) for each point, computed in NumPy.

        Args:
            weights: arrays of :attr:`weight_shapes`.
            points: `(num_points, 2)`.

        Returns:
            `(num_points, 1)` float32, what ``model(points)`` returns.
        """
        points = np.asarray(points, dtype=np.float32)
        if self.is_linear:
            W, b = weights
            return points @ W + b
        kernel, bias, output_kernel, output_bias = weights
        hidden = _activation(self.activation, points @ kernel + bias)
        return (hidden @ output_kernel + output_bias).astype(np.float32)

    def describe(self) -> str:
        """One line in Keras terms, e.g. ``Sequential([Dense(8, "tanh"), Dense(1)])``."""
        if self.is_linear:
            return "logits = X @ W + b  (Sequential([Dense(1)]))"
        return (f'Sequential([Dense({self.hidden_units}, activation="{self.activation}"), '
                "Dense(1)])")
