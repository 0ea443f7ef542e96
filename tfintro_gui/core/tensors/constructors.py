"""The notebook's constructors typed into a value field: ``tf.ones((3, 1))``,
``tf.zeros(shape=(2, 1))``, ``np.ones([3, 3])``, ``tf.random.normal(shape=(3, 1), mean=0.,
stddev=1.)``, ``tf.constant([[1, 2]])``, ``np.array(...)``.

The text is read with :mod:`ast` and never evaluated: the call must name one of the
sources of :data:`~.specs.SOURCES`, its arguments must be literals (numbers, tuples, lists,
a dtype such as ``tf.float32`` or ``"float32"``), and they go through the same checks and
caps as the Create form's (:func:`~.creation.check_arguments`) before TensorFlow or NumPy
makes the value.
"""

from __future__ import annotations

import ast

from tfintro_gui.core.tensors import creation
from tfintro_gui.core.tensors.errors import TensorInputError, echo
from tfintro_gui.core.tensors.objects import Operand, dtype_name, numpy_copy, shape_of
from tfintro_gui.core.tensors.specs import DTYPES, SOURCES

#: Keyword arguments a constructor may be given (the Create form's fields).
KEYWORDS = ("shape", "dtype", "mean", "stddev", "minval", "maxval", "seed")


def _dotted_name(node) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        parent = _dotted_name(node.value)
        return None if parent is None else f"{parent}.{node.attr}"
    return None


def _dtype_name(node, text: str, field: str) -> str:
    name = _dotted_name(node)
    if name is not None and name.split(".")[0] in ("tf", "np") and name.count(".") == 1:
        name = name.split(".")[1]
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        name = node.value
    if name == "bool_":
        name = "bool"
    if name not in DTYPES:
        raise TensorInputError("constructor.argument", field=field, text=echo(text),
                               argument="dtype")
    return name


def _literal_value(node, text: str, field: str, argument: str):
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise TensorInputError("constructor.argument", field=field, text=echo(text),
                               argument=argument) from None


def parse_constructor(text: str, field: str) -> creation.CreateArguments | None:
    """Read ``text`` as a constructor call; None when it is not a call at all.

    Args:
        text: the stripped text of a value field, e.g. ``"tf.ones((3, 1))"``.
        field: the field it came from, named in a refusal.

    Returns:
        The checked :class:`~.creation.CreateArguments`, or None for text that is not a
        call (a literal, a name), which the caller reads its own way.

    Raises:
        TensorInputError: a call of something that is not a source, arguments that are
            not literals or not the source's, or values the source refuses (shape too
            large, a number that does not fit the dtype…).
    """
    try:
        node = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if not isinstance(node, ast.Call):
        return None
    source = _dotted_name(node.func)
    if source not in SOURCES:
        raise TensorInputError("constructor.unknown", field=field, text=echo(text),
                               known=", ".join(SOURCES))
    spec = SOURCES[source]
    first = "literal" if "literal" in spec.needs else "shape"
    if len(node.args) > 1 or any(keyword.arg is None for keyword in node.keywords):
        raise TensorInputError("constructor.argument", field=field, text=echo(text),
                               argument="*")
    options: dict = {}
    if node.args:
        options[first] = node.args[0]
    for keyword in node.keywords:
        if keyword.arg not in KEYWORDS or keyword.arg in options:
            raise TensorInputError("constructor.argument", field=field, text=echo(text),
                                   argument=keyword.arg)
        options[keyword.arg] = keyword.value
    values = {}
    for name, value in options.items():
        if name == "dtype":
            values[name] = _dtype_name(value, text, field)
        elif name == "literal":
            values[name] = ast.unparse(value)  # read again by parse_literal, with its caps
        else:
            values[name] = _literal_value(value, text, field, name)
    return creation.check_arguments(source, **values)


def constructor_operand(tf, text: str, field: str) -> Operand | None:
    """``text`` read as a constructor (:func:`parse_constructor`), made, as an operand.

    Returns:
        The :class:`~.objects.Operand` (its code written back from the checked
        arguments), or None when ``text`` is not a call.

    Raises:
        TensorInputError: see :func:`parse_constructor`.
        TensorActionError: TensorFlow or NumPy refused, with its own message.
    """
    arguments = parse_constructor(text, field)
    if arguments is None:
        return None
    code, make = creation.recipe(tf, arguments, variable=False)
    try:
        value = make()
    except Exception as error:  # TensorFlow's or NumPy's refusal, explained
        raise creation.create_error(code, arguments, error) from None
    return Operand(obj=value, code=code, name=None, dtype=dtype_name(value),
                   shape=shape_of(value), reproducible=arguments.reproducible,
                   values=numpy_copy(value))
