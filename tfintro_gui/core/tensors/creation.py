"""Recipes for new entries: the arguments of a source checked and capped, then the line of
code and the call that makes the value.

One builder per source of :data:`~.specs.SOURCES` (``tf.ones`` … ``np.array``), chosen
from a table. Every argument is checked before the work: the shape's size
(:func:`~.parsing.parse_shape`), the literal's length and nesting
(:func:`~.literals.parse_literal`), and every number against the range of the target
dtype (:func:`~.literals.check_fits_dtype`), so TensorFlow never silently makes ``inf`` or
wraps an int. Seeded draws use ``tf.random.stateless_normal(..., seed=(seed, 0))`` and
``np.random.default_rng(seed)``, which give the same numbers on every run.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.tensors.errors import (
    TensorActionError,
    TensorInputError,
    echo,
    error_text,
    is_int_dtype,
)
from tfintro_gui.core.tensors.literals import Literal, check_fits_dtype, parse_literal
from tfintro_gui.core.tensors.parsing import parse_shape, shape_code
from tfintro_gui.core.tensors.specs import DTYPES, FLOAT_DTYPES, SOURCES, SourceSpec

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: How many standard deviations from the mean a normal draw is checked to fit the dtype.
NORMAL_REACH = 10.0
#: Seeds are whole numbers in ``[0, MAX_SEED]`` (TensorFlow's stateless seeds are int32s).
MAX_SEED = 2**31 - 1


@dataclass(frozen=True)
class CreateArguments:
    """The checked arguments of one :meth:`Workspace.create` call.

    Attributes:
        spec: the source.
        dtype: the dtype to make (None = inferred from the literal).
        dtype_given: True when the student picked the dtype (it is then written out).
        shape: the shape, for shape-based sources.
        literal: the value, for ``tf.constant`` / ``np.array``.
        mean, stddev: of the normal sources.
        minval, maxval: of the uniform sources (ints for int dtypes).
        seed: None for a new draw each run, else an int in ``[0, MAX_SEED]``.
    """

    spec: SourceSpec
    dtype: str | None
    dtype_given: bool
    shape: tuple[int, ...] | None = None
    literal: Literal | None = None
    mean: float = 0.0
    stddev: float = 1.0
    minval: float | int = 0.0
    maxval: float | int = 1.0
    seed: int | None = None

    @property
    def reproducible(self) -> bool:
        """False for an unseeded random draw."""
        return self.seed is not None or "seed" not in self.spec.needs


def check_number(value, field: str) -> float:
    """A finite real number, or a refusal naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TensorInputError("number.not_number", field=field, text=echo(repr(value)))
    if isinstance(value, (int, np.integer)) and abs(int(value)) > 2**1023:
        raise TensorInputError("number.not_finite", field=field, number=echo(value))
    value = float(value)
    if not math.isfinite(value):
        raise TensorInputError("number.not_finite", field=field, number=repr(value))
    return value


def check_seed(seed) -> int | None:
    """None, or a whole number in ``[0, MAX_SEED]``."""
    if seed is None:
        return None
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TensorInputError("seed.not_whole", seed=echo(repr(seed)))
    if not 0 <= int(seed) <= MAX_SEED:
        raise TensorInputError("seed.out_of_range", seed=echo(seed), limit=MAX_SEED)
    return int(seed)


def _normal_bounds(spec, dtype, mean, stddev) -> tuple[float, float]:
    mean = check_number(mean, "mean")
    stddev = check_number(stddev, "stddev")
    if stddev < 0:
        raise TensorInputError("normal.negative_stddev", stddev=repr(stddev))
    if dtype not in FLOAT_DTYPES:
        raise TensorInputError("normal.needs_float", source=spec.key, dtype=dtype)
    check_fits_dtype(np.array([mean - NORMAL_REACH * stddev, mean + NORMAL_REACH * stddev]),
                     dtype, "normal")
    return mean, stddev


def _uniform_bounds(spec, dtype, minval, maxval):
    minval = check_number(minval, "minval")
    maxval = check_number(maxval, "maxval")
    if not minval < maxval:
        raise TensorInputError("uniform.bounds", minval=repr(minval), maxval=repr(maxval))
    if dtype not in FLOAT_DTYPES and not is_int_dtype(dtype):
        raise TensorInputError("uniform.dtype", source=spec.key, dtype=dtype)
    check_fits_dtype(np.array([minval, maxval, maxval - minval]), dtype, "uniform")
    if not is_int_dtype(dtype):
        return minval, maxval
    if spec.library == "np":
        raise TensorInputError("uniform.numpy_int", source=spec.key)
    if minval != int(minval) or maxval != int(maxval):
        raise TensorInputError("uniform.int_bounds", dtype=dtype, minval=repr(minval),
                               maxval=repr(maxval))
    return int(minval), int(maxval)


def _literal_dtype(spec, dtype, literal: Literal) -> str | None:
    """The dtype the literal's numbers go into (TensorFlow reads Python floats as float32)."""
    if dtype is not None:
        return dtype
    if spec.library == "tf" and literal.array.dtype.kind == "f":
        return "float32"
    return None


def check_arguments(source: str, *, shape=None, dtype: str | None = None,
                    literal: str | None = None, mean=0.0, stddev=1.0, minval=0.0, maxval=1.0,
                    seed=None) -> CreateArguments:
    """Check and cap the arguments of ``source`` (see :meth:`Workspace.create`).

    Returns:
        The :class:`CreateArguments`.

    Raises:
        TensorInputError: an unknown source or dtype, a missing shape or value, a number
            that is not finite or does not fit the dtype, a bad seed, a negative stddev,
            minval ≥ maxval, or a dtype the source cannot draw.
    """
    if source not in SOURCES:
        raise TensorInputError("source.unknown", source=echo(source), known=", ".join(SOURCES))
    spec = SOURCES[source]
    if dtype is not None and dtype not in DTYPES:
        raise TensorInputError("dtype.unknown", dtype=echo(dtype), known=", ".join(DTYPES))
    chosen = dtype or spec.default_dtype
    arguments = {"spec": spec, "dtype": chosen, "dtype_given": dtype is not None,
                 "seed": check_seed(seed) if "seed" in spec.needs else None}
    if "literal" in spec.needs:
        if literal is None:
            raise TensorInputError("create.needs_value", source=source)
        parsed = parse_literal(literal, "value")
        check_fits_dtype(parsed.array, _literal_dtype(spec, dtype, parsed), "value")
        arguments["literal"] = parsed
    else:
        if shape is None:
            raise TensorInputError("create.needs_shape", source=source)
        arguments["shape"] = parse_shape(shape)
    if "normal" in spec.needs:
        arguments["mean"], arguments["stddev"] = _normal_bounds(spec, chosen, mean, stddev)
    if "uniform" in spec.needs:
        arguments["minval"], arguments["maxval"] = _uniform_bounds(spec, chosen, minval,
                                                                   maxval)
    return CreateArguments(**arguments)


# -- the builders: (tf, arguments) -> (expression, make) ----------------------------------
Builder = Callable[[object, CreateArguments], tuple[str, Callable[[], object]]]


def _float_code(value: float) -> str:
    return repr(float(value))


def _np_dtype_code(dtype_name: str) -> str:
    # np.bool_ exists in NumPy 1.x and 2.x alike; np.bool only in 2.x.
    return "np.bool_" if dtype_name == "bool" else f"np.{dtype_name}"


def _tf_dtype_code(arguments: CreateArguments) -> str:
    dtype = arguments.dtype
    written = arguments.dtype_given and (arguments.literal is not None or dtype != "float32")
    return f", dtype=tf.{dtype}" if written else ""


def _np_custom(arguments: CreateArguments) -> bool:
    return arguments.dtype_given and (arguments.literal is not None
                                      or arguments.dtype != "float64")


def _np_dtype_argument(arguments: CreateArguments) -> str:
    return f", dtype={_np_dtype_code(arguments.dtype)}" if _np_custom(arguments) else ""


def _tf_fill(tf, arguments):
    key, shape = arguments.spec.key, arguments.shape
    function, dtype = (tf.ones if key == "tf.ones" else tf.zeros), tf.as_dtype(arguments.dtype)
    return (f"{key}(shape={shape_code(shape)}{_tf_dtype_code(arguments)})",
            lambda: function(shape=shape, dtype=dtype))


def _tf_normal(tf, a):
    dtype, shape = tf.as_dtype(a.dtype), a.shape
    rest = f"mean={_float_code(a.mean)}, stddev={_float_code(a.stddev)}{_tf_dtype_code(a)}"
    if a.seed is None:
        return (f"tf.random.normal(shape={shape_code(shape)}, {rest})",
                lambda: tf.random.normal(shape=shape, mean=a.mean, stddev=a.stddev,
                                         dtype=dtype))
    return (f"tf.random.stateless_normal(shape={shape_code(shape)}, seed=({a.seed}, 0), {rest})",
            lambda: tf.random.stateless_normal(shape=shape, seed=(a.seed, 0), mean=a.mean,
                                               stddev=a.stddev, dtype=dtype))


def _tf_uniform(tf, a):
    dtype, shape = tf.as_dtype(a.dtype), a.shape
    bounds = (f"minval={a.minval!r}, maxval={a.maxval!r}" if isinstance(a.minval, int)
              else f"minval={_float_code(a.minval)}, maxval={_float_code(a.maxval)}")
    if a.seed is None:
        return (f"tf.random.uniform(shape={shape_code(shape)}, {bounds}{_tf_dtype_code(a)})",
                lambda: tf.random.uniform(shape=shape, minval=a.minval, maxval=a.maxval,
                                          dtype=dtype))
    return (f"tf.random.stateless_uniform(shape={shape_code(shape)}, seed=({a.seed}, 0), "
            f"{bounds}{_tf_dtype_code(a)})",
            lambda: tf.random.stateless_uniform(shape=shape, seed=(a.seed, 0), minval=a.minval,
                                                maxval=a.maxval, dtype=dtype))


def _tf_constant(tf, a):
    dtype = tf.as_dtype(a.dtype) if a.dtype else None
    return (f"tf.constant({a.literal.code}{_tf_dtype_code(a)})",
            lambda: tf.constant(a.literal.value, dtype=dtype))


def _np_fill(tf, a):
    function = np.ones if a.spec.key == "np.ones" else np.zeros
    dtype = np.dtype(a.dtype)
    return (f"{a.spec.key}({shape_code(a.shape)}{_np_dtype_argument(a)})",
            lambda: function(a.shape, dtype=dtype))


def _np_array(tf, a):
    dtype = np.dtype(a.dtype) if a.dtype else None
    return (f"np.array({a.literal.code}{_np_dtype_argument(a)})",
            lambda: np.array(a.literal.value, dtype=dtype))


def _np_random(tf, a):
    normal = a.spec.key == "np.random.normal"
    first, second = (a.mean, a.stddev) if normal else (a.minval, a.maxval)
    method = "normal" if normal else "uniform"
    generator = "np.random.default_rng(" + ("" if a.seed is None else str(a.seed)) + ")"
    custom = _np_custom(a)
    astype = f".astype({_np_dtype_code(a.dtype)})" if custom else ""

    def draw():
        values = getattr(np.random.default_rng(a.seed), method)(first, second, size=a.shape)
        return values.astype(np.dtype(a.dtype)) if custom else values

    return (f"{generator}.{method}({_float_code(first)}, {_float_code(second)}, "
            f"size={shape_code(a.shape)}){astype}", draw)


BUILDERS: dict[str, Builder] = {
    "tf.ones": _tf_fill,
    "tf.zeros": _tf_fill,
    "tf.random.normal": _tf_normal,
    "tf.random.uniform": _tf_uniform,
    "tf.constant": _tf_constant,
    "np.ones": _np_fill,
    "np.zeros": _np_fill,
    "np.random.normal": _np_random,
    "np.random.uniform": _np_random,
    "np.array": _np_array,
}


def recipe(tf, arguments: CreateArguments, variable: bool) -> tuple[str, Callable[[], object]]:
    """The expression (code) and the call that make the value.

    Args:
        tf: the TensorFlow module.
        arguments: from :func:`check_arguments`.
        variable: wrap the value in ``tf.Variable(initial_value=...)``.

    Returns:
        ``(expression, make)``; ``make()`` may raise TensorFlow's or NumPy's errors.
    """
    expression, make = BUILDERS[arguments.spec.key](tf, arguments)
    if not variable:
        return expression, make
    return (f"tf.Variable(initial_value={expression})",
            lambda: tf.Variable(initial_value=make()))


def create_error(code: str, arguments: CreateArguments, error: BaseException
                 ) -> TensorActionError:
    """Explain why TensorFlow or NumPy refused to make the value of line ``code``."""
    message, tf_text, literal = str(error), error_text(error), arguments.literal
    if literal is not None and "Cannot convert" in message:
        return TensorActionError("create.fraction_into_int", tf_text, code=echo(code, 80),
                                 statement=code, dtype=arguments.dtype,
                                 value=echo(literal.code, 80))
    if literal is not None and "mixed types" in message:
        return TensorActionError("create.mixed_types", tf_text, code=echo(code, 80),
                                 statement=code)
    return TensorActionError("create.failed", tf_text, code=echo(code, 80), statement=code)
