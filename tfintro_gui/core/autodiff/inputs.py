"""The inputs of a graph: a name, a value of rank 0 to 2, a kind and a dtype.

Values typed as text are read with :func:`ast.literal_eval` (never ``eval``) after their
length and nesting are capped, and must fit the chosen dtype: whole numbers within ±2³¹ for
int32, magnitudes up to float32's largest finite number (3.4e38) for float32. Text written
like a call (``glorot_uniform((784, 512), seed=2)``) is a recipe for a larger tensor
(:mod:`~tfintro_gui.core.autodiff.generated`).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Mapping
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.autodiff.errors import GraphError, GraphInputError, GraphTypeError
from tfintro_gui.core.autodiff.formatting import python_literal
from tfintro_gui.core.autodiff.generated import RECIPE_DTYPES, Recipe, is_recipe, parse_recipe
from tfintro_gui.core.autodiff.limits import (
    MAX_INPUT_ELEMENTS,
    MAX_INPUT_RANK,
    MAX_INPUTS,
    MAX_NODE_ELEMENTS,
    MAX_VALUE_TEXT,
    bracket_depth,
    shorten,
)
from tfintro_gui.core.autodiff.syntax import check_name

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: The kinds of input: a trainable ``tf.Variable``, a ``tf.constant``, or a constant passed
#: to ``tape.watch``.
INPUT_KINDS = ("variable", "constant", "watched")
#: Input dtypes offered; mixing them in one expression is TensorFlow's error to show.
INPUT_DTYPES = ("float32", "float64", "int32")


@dataclass(frozen=True)
class InputSpec:
    """One input of the graph.

    Attributes:
        name: the name used in the expression.
        value: the value as a NumPy array of ``dtype``, rank 0 to 2.
        kind: ``"variable"`` (``tf.Variable``, watched), ``"constant"`` (``tf.constant``,
            not watched) or ``"watched"`` (``tf.constant`` passed to ``tape.watch``).
        dtype: ``"float32"``, ``"float64"`` or ``"int32"``.
        recipe: how a generated value was made, or None for a typed value.
    """

    name: str
    value: np.ndarray
    kind: str
    dtype: str
    recipe: Recipe | None = None

    @property
    def text(self) -> str:
        """The value as the inputs table shows it: the recipe, or the literal."""
        return self.recipe.text if self.recipe is not None else python_literal(self.value)


def _read_text(text: str):
    text = text.strip()
    if not text:
        raise GraphInputError("value.no_text")
    if len(text) > MAX_VALUE_TEXT or bracket_depth(text) > MAX_INPUT_RANK + 1:
        raise GraphInputError("value.too_long", text=shorten(text, 30))
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        raise GraphInputError("value.unreadable", text=shorten(text)) from None


def _has_bool(items) -> bool:
    return any(isinstance(item, bool) or (isinstance(item, (list, tuple)) and _has_bool(item))
               for item in items)


def _as_float_array(value) -> np.ndarray:
    if isinstance(value, bool) or (isinstance(value, (list, tuple)) and _has_bool(value)):
        raise GraphInputError("value.bool")
    if not isinstance(value, (int, float, list, tuple, np.ndarray, np.number)):
        raise GraphTypeError("value.type", type=type(value).__name__)
    try:
        return np.asarray(value, dtype=np.float64)
    except OverflowError:
        raise GraphInputError("value.beyond_float64") from None
    except (ValueError, TypeError):
        raise GraphInputError("value.ragged", text=shorten(str(value))) from None


def _check_shape(array: np.ndarray) -> None:
    if array.ndim > MAX_INPUT_RANK:
        raise GraphInputError("value.rank", rank=array.ndim)
    if array.size > MAX_INPUT_ELEMENTS:
        raise GraphInputError("value.too_many_elements", count=array.size,
                              limit=MAX_INPUT_ELEMENTS)
    if array.size == 0:
        raise GraphInputError("value.empty")


def _cast(array: np.ndarray, dtype: str) -> np.ndarray:
    if not np.all(np.isfinite(array)):
        raise GraphInputError("value.not_finite")
    if dtype == "int32":
        if not np.all(array == np.round(array)) or np.any(np.abs(array) >= 2**31):
            raise GraphInputError("value.int32")
        return array.astype(np.int32)
    largest = float(np.finfo(dtype).max)
    if np.any(np.abs(array) > largest):
        raise GraphInputError("value.too_large", dtype=dtype, largest=f"{largest:.3g}")
    return array.astype(dtype)


def parse_input_value(value, dtype: str = "float32") -> np.ndarray:
    """Turn a number, a nested list or its text into a small array of ``dtype``.

    Text is read with :func:`ast.literal_eval` (never ``eval``) after its length
    (:data:`~tfintro_gui.core.autodiff.limits.MAX_VALUE_TEXT` characters) and its nesting
    have been checked.

    Args:
        value: a number, a nested list/tuple of numbers, a NumPy array, or text such as
            ``"3"`` or ``"[[1, 2], [3, 4]]"``.
        dtype: one of :data:`INPUT_DTYPES`.

    Returns:
        A NumPy array of ``dtype``, of rank 0, 1 or 2.

    Raises:
        GraphTypeError: ``value`` is not a number, list, array or string (a ``TypeError``).
        GraphInputError: the text is not a number or list of numbers, the lists are ragged, a
            number is not finite or does not fit ``dtype``, the rank is above 2, there are
            more than 64 elements, the dtype is unknown, or an int32 value is not a whole
            number (a ``ValueError``).
    """
    if dtype not in INPUT_DTYPES:
        raise GraphInputError("input.dtype", dtype=shorten(dtype), dtypes=", ".join(INPUT_DTYPES))
    if isinstance(value, str):
        value = _read_text(value)
    array = _as_float_array(value)
    _check_shape(array)
    return _cast(array, dtype)


def make_input_spec(name: str, spec) -> InputSpec:
    """Read one entry of ``build_graph``'s ``inputs``.

    Args:
        name: the input's name.
        spec: a number, nested list, array or text (a trainable variable of float32), or a
            dict ``{"value": …, "kind": "variable" | "constant" | "watched",
            "dtype": "float32" | "float64" | "int32"}``; ``kind`` defaults to
            ``"variable"``, ``dtype`` to ``"float32"``.

    Returns:
        An :class:`InputSpec`.

    Raises:
        GraphTypeError: ``spec`` has the wrong type.
        GraphInputError: unknown keys, kind or dtype, a bad value (see
            :func:`parse_input_value`) or recipe (see
            :func:`~tfintro_gui.core.autodiff.generated.parse_recipe`; int32 is refused);
            its ``input_name`` names the input.
    """
    check_name(name)
    if isinstance(spec, Mapping):
        unknown = set(spec) - {"value", "kind", "dtype"}
        if unknown:
            raise GraphInputError("input.keys", keys=shorten(sorted(unknown))).for_input(name)
        if "value" not in spec:
            raise GraphInputError("input.no_value", name=repr(name))
        kind = spec.get("kind", "variable")
        dtype = spec.get("dtype", "float32")
        value = spec["value"]
    else:
        kind, dtype, value = "variable", "float32", spec
    if kind not in INPUT_KINDS:
        raise GraphInputError("input.kind", kind=shorten(kind),
                              kinds=", ".join(INPUT_KINDS)).for_input(name)
    try:
        if is_recipe(value):
            return _generated_spec(name, value, kind, dtype)
        array = parse_input_value(value, dtype)
    except GraphError as error:
        raise error.for_input(name) from None
    return InputSpec(name=name, value=array, kind=kind, dtype=dtype)


def _generated_spec(name: str, text: str, kind: str, dtype: str) -> InputSpec:
    if dtype not in INPUT_DTYPES:
        raise GraphInputError("input.dtype", dtype=shorten(dtype), dtypes=", ".join(INPUT_DTYPES))
    recipe = parse_recipe(text)
    if dtype not in RECIPE_DTYPES:
        raise GraphInputError("recipe.dtype", dtype=dtype)
    return InputSpec(name=name, value=recipe.generate(dtype), kind=kind, dtype=dtype,
                     recipe=recipe)


def make_input_specs(input_names: tuple[str, ...],
                     inputs: Mapping[str, object]) -> dict[str, InputSpec]:
    """Check that ``inputs`` gives exactly the names an expression reads, and read them.

    Args:
        input_names: the names the expression reads, in order.
        inputs: name -> spec (see :func:`make_input_spec`).

    Returns:
        Name -> :class:`InputSpec`, in the order of ``input_names``.

    Raises:
        GraphTypeError: ``inputs`` is not a mapping, or an input has the wrong type.
        GraphInputError: more than :data:`~tfintro_gui.core.autodiff.limits.MAX_INPUTS` inputs,
            an input is missing, unused or malformed, or the inputs hold more than
            :data:`~tfintro_gui.core.autodiff.limits.MAX_NODE_ELEMENTS` elements together.
    """
    if not isinstance(inputs, Mapping):
        raise GraphTypeError("inputs.not_mapping", type=type(inputs).__name__)
    if len(inputs) > MAX_INPUTS:
        raise GraphInputError("inputs.too_many", count=len(inputs), limit=MAX_INPUTS)
    missing = [name for name in input_names if name not in inputs]
    if missing:
        raise GraphInputError("inputs.missing", names=shorten(", ".join(missing), 80))
    unused = [name for name in inputs if name not in input_names]
    if unused:
        raise GraphInputError("inputs.unused", names=shorten(", ".join(map(str, unused)), 80))
    count = sum(_planned_size(inputs[name]) for name in input_names)
    if count > MAX_NODE_ELEMENTS:  # checked before any recipe is run
        raise GraphInputError("inputs.too_many_elements", count=count, limit=MAX_NODE_ELEMENTS)
    return {name: make_input_spec(name, inputs[name]) for name in input_names}


def _planned_size(spec) -> int:
    """Elements a recipe would make (0 for typed values, which are small, and for bad
    recipes, refused with their own message later)."""
    value = spec.get("value") if isinstance(spec, Mapping) else spec
    if not is_recipe(value):
        return 0
    try:
        return math.prod(parse_recipe(value).shape)
    except GraphError:
        return 0
