"""Inputs too large to type: a recipe that TensorFlow turns into the same numbers every time.

A recipe is written like a call, e.g. ``glorot_uniform((784, 512), seed=2)``, and read with
:mod:`ast` against an allow-list (never ``eval``); its arguments are literals. Random
recipes use TensorFlow's *stateless* random ops, whose numbers depend only on the shape, the
dtype and the seed, so every build of the graph and the exported code (run alone in a fresh
Python) produce exactly the same tensor:

- ``random_normal(shape, stddev=1.0, seed=0)`` -> ``tf.random.stateless_normal``;
- ``random_uniform(shape, minval=0.0, maxval=1.0, seed=0)`` ->
  ``tf.random.stateless_uniform`` (pixel values scaled to ``[0, 1)``);
- ``glorot_uniform(shape, seed=0)``: uniform in ``±sqrt(6 / (fan_in + fan_out))``, the
  default kernel initializer of ``keras.layers.Dense`` (Glorot and Bengio, 2010);
- ``zeros(shape)``: Keras' default bias initializer;
- ``one_hot(labels, depth)`` -> ``tf.one_hot``: one-hot targets from class labels.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass

from tfintro_gui.core.autodiff.errors import GraphInputError
from tfintro_gui.core.autodiff.limits import (
    MAX_GENERATED_ELEMENTS,
    MAX_INPUT_RANK,
    MAX_VALUE_TEXT,
    shorten,
)
from tfintro_gui.core.runtime import import_tensorflow

#: recipe name -> its parameters in order, with defaults (None: required).
RECIPES: dict[str, tuple[tuple[str, object], ...]] = {
    "random_normal": (("shape", None), ("stddev", 1.0), ("seed", 0)),
    "random_uniform": (("shape", None), ("minval", 0.0), ("maxval", 1.0), ("seed", 0)),
    "glorot_uniform": (("shape", None), ("seed", 0)),
    "zeros": (("shape", None),),
    "one_hot": (("labels", None), ("depth", None)),
}
#: Dtypes a recipe can make (gradients need floating point).
RECIPE_DTYPES = ("float32", "float64")
#: Largest seed accepted (TensorFlow's stateless seeds are int32 pairs here).
MAX_SEED = 2**31 - 1
#: Largest magnitude of ``stddev``, ``minval`` and ``maxval``.
MAX_SCALE = 1e6
_CALL = re.compile(r"\s*([A-Za-z_]\w*)\s*\(")


def is_recipe(text) -> bool:
    """True when ``text`` is written like a call (``name(…)``), i.e. meant as a recipe."""
    return isinstance(text, str) and _CALL.match(text) is not None


@dataclass(frozen=True)
class Recipe:
    """A checked recipe: its name and its arguments, all literals.

    Attributes:
        name: one of :data:`RECIPES`.
        arguments: parameter -> value (defaults filled in).
    """

    name: str
    arguments: tuple[tuple[str, object], ...]

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape of the tensor made."""
        values = dict(self.arguments)
        if self.name == "one_hot":
            return (len(values["labels"]), values["depth"])
        return values["shape"]

    @property
    def text(self) -> str:
        """The recipe as the inputs table shows it: ``"glorot_uniform((784, 512), seed=2)"``
        (defaults left out)."""
        defaults = dict(RECIPES[self.name])
        parts = []
        for position, (key, value) in enumerate(self.arguments):
            if position == 0 or (self.name == "one_hot" and key == "depth"):
                parts.append(repr(value))
            elif value != defaults[key]:
                parts.append(f"{key}={value!r}")
        return f"{self.name}({', '.join(parts)})"

    def _call(self) -> tuple[str, tuple, dict]:
        """The TensorFlow function (its path under ``tf``), its positional and its keyword
        arguments: one description that both :meth:`code` writes and :meth:`generate` runs."""
        values = dict(self.arguments)
        shape = values.get("shape")
        if self.name == "zeros":
            return "zeros", (shape,), {}
        if self.name == "one_hot":
            return "one_hot", (list(values["labels"]), values["depth"]), {}
        seed = {"seed": (values["seed"], 0)}
        if self.name == "random_normal":
            scale = {} if values["stddev"] == 1.0 else {"stddev": values["stddev"]}
            return "random.stateless_normal", (shape,), {**seed, **scale}
        if self.name == "random_uniform":
            low, high = values["minval"], values["maxval"]
        else:  # glorot_uniform
            high = glorot_limit(shape)
            low = -high
        bounds = {} if (low, high) == (0.0, 1.0) else {"minval": low, "maxval": high}
        return "random.stateless_uniform", (shape,), {**seed, **bounds}

    def code(self, dtype: str = "float32") -> str:
        """The TensorFlow expression that makes the tensor, e.g.
        ``"tf.random.stateless_normal((4, 784), seed=(1, 0))"`` (runs alone after
        ``import tensorflow as tf``)."""
        path, arguments, keywords = self._call()
        parts = [repr(argument) for argument in arguments]
        parts += [f"{key}={value!r}" for key, value in keywords.items()]
        if dtype != "float32":
            parts.append(f"dtype=tf.{dtype}")
        return f"tf.{path}({', '.join(parts)})"

    @property
    def comment(self) -> str:
        """What the numbers of :meth:`code` are, for a comment after it; may be empty."""
        if self.name != "glorot_uniform":
            return ""
        shape = self.shape
        fans = f"{shape[0]} + {shape[1]}" if len(shape) > 1 else f"2 * {shape[0]}"
        return f"Glorot uniform, as keras.layers.Dense: ±sqrt(6 / ({fans}))"

    def generate(self, dtype: str = "float32"):
        """The tensor, made by the TensorFlow call that :meth:`code` writes.

        Returns:
            A NumPy array of :attr:`shape` and ``dtype``.
        """
        tf = import_tensorflow()
        path, arguments, keywords = self._call()
        function = tf
        for part in path.split("."):
            function = getattr(function, part)
        return function(*arguments, **keywords, dtype=getattr(tf, dtype)).numpy()


def glorot_limit(shape: tuple[int, ...]) -> float:
    """``sqrt(6 / (fan_in + fan_out))`` for a kernel of ``shape`` (Keras' ``GlorotUniform``;
    a vector's fans are both its length)."""
    fans = shape[0] + shape[1] if len(shape) > 1 else 2 * shape[0]
    return math.sqrt(6.0 / fans)


def _refuse(text: str, **values) -> GraphInputError:
    return GraphInputError("recipe.unreadable", text=shorten(text),
                           recipes=", ".join(RECIPES), **values)


def _check_shape(text: str, shape) -> tuple[int, ...]:
    if not (isinstance(shape, tuple) and all(type(size) is int for size in shape)):
        raise GraphInputError("recipe.shape", text=shorten(text))
    if len(shape) > MAX_INPUT_RANK or any(size < 1 for size in shape) or not shape:
        raise GraphInputError("recipe.shape", text=shorten(text))
    return shape


def _check_argument(text: str, key: str, value):
    if key == "shape":
        return _check_shape(text, value)
    if key in ("seed", "depth"):
        low = 0 if key == "seed" else 1
        if type(value) is not int or not low <= value <= MAX_SEED:
            raise GraphInputError("recipe.integer", key=key, text=shorten(text), low=low,
                                  high=MAX_SEED)
        return value
    if key == "labels":
        if not (isinstance(value, (list, tuple)) and value
                and all(type(label) is int and label >= 0 for label in value)):
            raise GraphInputError("recipe.labels", text=shorten(text))
        return tuple(value)
    if type(value) not in (int, float) or not math.isfinite(value) or abs(value) > MAX_SCALE:
        raise GraphInputError("recipe.number", key=key, text=shorten(text), limit=f"{MAX_SCALE:g}")
    return float(value)


def parse_recipe(text: str) -> Recipe:
    """Read a recipe such as ``"random_normal((4, 784), seed=1)"`` without running it.

    Args:
        text: the recipe (at most
            :data:`~tfintro_gui.core.autodiff.limits.MAX_VALUE_TEXT` characters).

    Returns:
        A :class:`Recipe` with every argument checked.

    Raises:
        GraphInputError: the text is not a call of one of :data:`RECIPES` with literal
            arguments, a shape is not 1 or 2 positive sizes, a seed or depth is not a whole
            number in range, a label is not below ``depth``, a scale is not finite, or the
            tensor would hold more than
            :data:`~tfintro_gui.core.autodiff.limits.MAX_GENERATED_ELEMENTS` elements.
    """
    if len(text) > MAX_VALUE_TEXT:
        raise GraphInputError("value.too_long", text=shorten(text, 30))
    try:
        call = ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise _refuse(text) from None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and call.func.id in RECIPES):
        raise _refuse(text)
    parameters = RECIPES[call.func.id]
    names = [key for key, _ in parameters]
    given: dict[str, object] = {}
    try:
        for key, node in [*zip(names, call.args, strict=False),
                          *((keyword.arg, keyword.value) for keyword in call.keywords)]:
            if len(call.args) > len(names) or key not in names or key in given:
                raise _refuse(text)
            given[key] = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        raise _refuse(text) from None
    arguments = []
    for key, default in parameters:
        if key not in given and default is None:
            raise _refuse(text)
        arguments.append((key, _check_argument(text, key, given.get(key, default))))
    recipe = Recipe(call.func.id, tuple(arguments))
    values = dict(arguments)
    if recipe.name == "one_hot" and max(values["labels"]) >= values["depth"]:
        raise GraphInputError("recipe.labels", text=shorten(text))
    count = math.prod(recipe.shape)
    if count > MAX_GENERATED_ELEMENTS:
        raise GraphInputError("recipe.too_many_elements", count=count,
                              limit=MAX_GENERATED_ELEMENTS)
    return recipe
