"""Probes: the named computations that give the real answer of a lab question.

A question never holds its answer. It names a probe and its arguments, e.g.
``{"name": "backprop.gradient", "args": {"expression": "r = square(x)", "inputs": {"x":
{"value": 3, "kind": "watched"}}, "wrt": "x"}}``, and the app runs TensorFlow when the
student checks a prediction. Each probe declares what kinds of value it gives
(:data:`RESULT_KINDS`), checks its arguments without TensorFlow (:func:`check_probe`)
and computes (:func:`run_probe`).

The probes use TensorFlow and NumPy directly (small code in this package), not the
panels' core models, so the answers do not depend on how a panel is built.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from tfintro_gui.core.labs.classifier_probe import train
from tfintro_gui.core.labs.expression import ExpressionError, evaluate, parse_program
from tfintro_gui.core.labs.tensor_ops import (
    OperationError,
    as_array,
    check_operations,
    dtype_name,
    kind_of,
    run_operations,
)
from tfintro_gui.core.runtime import import_tensorflow

#: The kinds of value a probe can give: a finite number, true/false, a word (device
#: type, error class, kind), a shape (list of sizes), a dtype name, or None.
RESULT_KINDS = ("number", "bool", "text", "shape", "dtype", "none")


class ProbeError(ValueError):
    """A probe could not compute its answer; the message says why."""


@dataclass(frozen=True)
class Probe:
    """One named computation.

    Attributes:
        name: e.g. ``"backprop.gradient"``.
        results: the kinds of value it can give (from :data:`RESULT_KINDS`).
        compute: ``args -> value`` (runs TensorFlow).
        check: ``args -> [(field, message)]``: problems found without running anything.
        summary: what it computes, for teachers (English; the schema's description).
    """

    name: str
    results: frozenset[str]
    compute: Callable[[dict], object]
    check: Callable[[dict], list[tuple[str, str]]]
    summary: str


def _no_problems(args: dict) -> list[tuple[str, str]]:
    return []


# -- devices ---------------------------------------------------------------------------------
def _num_gpus(args: dict) -> int:
    return len(import_tensorflow().config.list_physical_devices("GPU"))


def _num_logical_devices(args: dict) -> int:
    return len(import_tensorflow().config.list_logical_devices(args["device_type"]))


def _op_device_type(args: dict) -> str:
    tf = import_tensorflow()
    product = tf.matmul(tf.ones((2, 2)), tf.ones((2, 2)))
    return tf.DeviceSpec.from_string(product.device).device_type or "CPU"


def _built_with_cuda(args: dict) -> bool:
    return bool(import_tensorflow().test.is_built_with_cuda())


# -- backprop ----------------------------------------------------------------------------------
def _check_expression(args: dict) -> list[tuple[str, str]]:
    try:
        program = parse_program(args["expression"])
    except ExpressionError as error:
        return [("expression", str(error))]
    problems = []
    missing = sorted(program.names_read - set(args["inputs"]))
    if missing:
        problems.append(("inputs", f"the expression reads {', '.join(missing)}, which the "
                                   "inputs do not give."))
    known = set(args["inputs"]) | set(program.names_assigned)
    for field in ("target", "wrt"):
        if field in args and args[field] not in known:
            problems.append((field, f"{args[field]!r} is neither an input nor a name the "
                                    "expression assigns."))
    return problems


def _backprop(args: dict) -> tuple[float, float | None]:
    try:
        return evaluate(parse_program(args["expression"]), args["inputs"],
                        args.get("target"), args.get("wrt"))
    except ExpressionError as error:
        raise ProbeError(str(error)) from None


def _gradient(args: dict) -> float | None:
    return _backprop(args)[1]


def _value(args: dict) -> float:
    return _backprop(args)[0]


# -- tensors -----------------------------------------------------------------------------------
def _check_operations(args: dict) -> list[tuple[str, str]]:
    operations = args["operations"]
    problems = [(f"operations[{position}].{field}", message)
                for position, field, message in check_operations(operations)]
    made = {operation["name"] for operation in operations}
    if "of" in args and args["of"] not in made:
        problems.append(("of", f"{args['of']!r} is not made by any operation."))
    return problems


def _result(args: dict):
    try:
        values, _ = run_operations(args["operations"])
    except OperationError as error:
        raise ProbeError(str(error)) from None
    return values[args["of"]]


def _shape(args: dict) -> list[int]:
    return [int(size) for size in as_array(_result(args)).shape]


def _dtype(args: dict) -> str:
    return dtype_name(_result(args))


def _kind(args: dict) -> str:
    return kind_of(import_tensorflow(), _result(args))


def _element(args: dict) -> float:
    array = as_array(_result(args))
    index = tuple(args.get("index", ()))
    if len(index) != array.ndim:
        raise ProbeError(f"{args['of']} has shape {list(array.shape)}: the index needs "
                         f"{array.ndim} number(s), got {list(index)}.")
    try:
        return float(array[index])
    except IndexError as error:
        raise ProbeError(f"The index {list(index)} is outside {args['of']}: {error}") \
            from None


def _error(args: dict) -> str | None:
    try:
        _, error = run_operations(args["operations"], fail_at_last=True)
    except OperationError as problem:
        raise ProbeError(str(problem)) from None
    return None if error is None else type(error).__name__


# -- classifier --------------------------------------------------------------------------------
def _training(args: dict):
    return train(args["learning_rate"], args["num_steps"], args.get("loss", "logistic"),
                 args.get("seed", 0), args.get("num_samples_per_class", 1000))


PROBES: dict[str, Probe] = {probe.name: probe for probe in (
    Probe("devices.num_gpus", frozenset({"number"}), _num_gpus, _no_problems,
          "len(tf.config.list_physical_devices('GPU')) on the student's computer."),
    Probe("devices.num_logical_devices", frozenset({"number"}), _num_logical_devices,
          _no_problems, "len(tf.config.list_logical_devices(device_type))."),
    Probe("devices.op_device_type", frozenset({"text"}), _op_device_type, _no_problems,
          "'CPU' or 'GPU': where tf.matmul of two tf.ones((2, 2)) runs by default."),
    Probe("devices.built_with_cuda", frozenset({"bool"}), _built_with_cuda, _no_problems,
          "tf.test.is_built_with_cuda(): whether this TensorFlow has CUDA kernels."),
    Probe("backprop.gradient", frozenset({"number", "none"}), _gradient, _check_expression,
          "tape.gradient(target, wrt) of the expression at the inputs' values (None when "
          "TensorFlow gives None)."),
    Probe("backprop.value", frozenset({"number"}), _value, _check_expression,
          "The value of target (default: the last line) at the inputs' values."),
    Probe("tensors.shape", frozenset({"shape"}), _shape, _check_operations,
          "The shape of 'of' after the operations."),
    Probe("tensors.dtype", frozenset({"dtype"}), _dtype, _check_operations,
          "The dtype of 'of' after the operations, e.g. 'float64'."),
    Probe("tensors.kind", frozenset({"text"}), _kind, _check_operations,
          "What 'of' is: 'constant', 'variable', 'ndarray' or 'numpy scalar'."),
    Probe("tensors.value", frozenset({"number"}), _element, _check_operations,
          "The element of 'of' at 'index' (empty for a scalar)."),
    Probe("tensors.error", frozenset({"text", "none"}), _error, _check_operations,
          "The class of the error the last operation raises (e.g. 'TypeError'), or None."),
    Probe("classifier.loss_goes_down", frozenset({"bool"}),
          lambda args: _training(args).loss_went_down, _no_problems,
          "Whether the notebook's classifier ends with a finite loss below its first."),
    Probe("classifier.final_loss", frozenset({"number"}),
          lambda args: _training(args).final_loss, _no_problems,
          "The mean loss after num_steps steps."),
    Probe("classifier.accuracy", frozenset({"number"}),
          lambda args: _training(args).accuracy, _no_problems,
          "The share of points on the right side after num_steps steps, in [0, 1]."),
)}


def check_probe(name: str, args: dict) -> list[tuple[str, str]]:
    """Problems of a probe's arguments found without TensorFlow.

    Args:
        name: a key of :data:`PROBES`.
        args: the arguments, already valid against the probe's schema.

    Returns:
        ``(field, message)`` pairs; ``field`` is a path relative to ``args``.
    """
    return PROBES[name].check(args)


def run_probe(name: str, args: dict):
    """Compute a probe's value with TensorFlow.

    Args:
        name: a key of :data:`PROBES`.
        args: checked arguments (schema and :func:`check_probe`).

    Returns:
        A JSON value: a finite number, a bool, a string, a list of sizes, or None.

    Raises:
        ProbeError: TensorFlow refused, or the value is not finite; the message says
            why.
    """
    try:
        value = PROBES[name].compute(args)
    except ProbeError:
        raise
    except (ValueError, TypeError, ArithmeticError) as error:
        raise ProbeError(f"{type(error).__name__}: {error}") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise ProbeError(f"The probe {name} gave {value}, which is not a finite number.")
    return value
