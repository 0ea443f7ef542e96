"""The JSON Schema of each probe's ``args`` (part of the lab file's schema).

Kept apart from :mod:`tfintro_gui.core.labs.probes`, which computes the answers, so the
schema can be built and written out without TensorFlow.
"""

from __future__ import annotations

from tfintro_gui.core.labs.classifier_probe import (
    LOSSES,
    MAX_NUM_SAMPLES_PER_CLASS,
    MAX_NUM_STEPS,
)
from tfintro_gui.core.labs.expression import INPUT_DTYPES, INPUT_KINDS, MAX_EXPRESSION_LENGTH
from tfintro_gui.core.labs.tensor_ops import (
    ASSIGN_METHODS,
    BINARY,
    DTYPES,
    MAX_OPERATIONS,
    SOURCES,
    UNARY,
)

_NAME = {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]{0,31}$"}
_NUMBER = {"type": "number", "minimum": -1e12, "maximum": 1e12}
_SHAPE = {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 100_000},
          "maxItems": 6}
_NESTED = {"anyOf": [_NUMBER, {"type": "boolean"},
                     {"type": "array", "maxItems": 1000, "items": {"$ref": "#/$defs/nested"}}]}
_INDEX = {"type": "array", "minItems": 1, "maxItems": 6, "items": {"anyOf": [
    {"type": "integer", "minimum": -100_000, "maximum": 100_000},
    {"type": "array", "minItems": 2, "maxItems": 2,
     "items": {"type": ["integer", "null"], "minimum": -100_000, "maximum": 100_000}}]}}


def _object(properties: dict, required: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


_BACKPROP_INPUT = _object({"value": _NUMBER, "kind": {"enum": list(INPUT_KINDS)},
                           "dtype": {"enum": list(INPUT_DTYPES)}}, ("value",))
_EXPRESSION = {"expression": {"type": "string", "minLength": 1,
                              "maxLength": MAX_EXPRESSION_LENGTH},
               "inputs": {"type": "object", "maxProperties": 30,
                          "propertyNames": _NAME, "additionalProperties": _BACKPROP_INPUT}}

_OPERATION_FIELDS = {
    "op": {"enum": ["create", "apply", "assign", "set_item"]},
    "name": _NAME,
    "source": {"enum": list(SOURCES)},
    "fn": {"enum": list(UNARY + BINARY)},
    "method": {"enum": list(ASSIGN_METHODS)},
    "shape": _SHAPE,
    "dtype": {"enum": list(DTYPES)},
    "value": {"anyOf": [_NAME, {"$ref": "#/$defs/nested"}]},
    "x": {"anyOf": [_NAME, _NUMBER]},
    "y": {"anyOf": [_NAME, _NUMBER]},
    "axis": {"type": ["integer", "null"], "minimum": -6, "maximum": 5},
    "seed": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1},
    "variable": {"type": "boolean"},
    "index": _INDEX,
}
#: The fields each kind of operation needs and may have.
_OPERATION_KINDS = {
    "create": (("name", "source"), ("shape", "dtype", "value", "seed", "variable")),
    "apply": (("name", "fn", "x"), ("y", "axis", "shape", "dtype")),
    "assign": (("name", "value"), ("method", "index")),
    "set_item": (("name", "index", "value"), ()),
}


def _operation_schema() -> dict:
    cases = []
    for kind, (required, optional) in _OPERATION_KINDS.items():
        allowed = {"op", *required, *optional}
        cases.append({"if": {"properties": {"op": {"const": kind}}, "required": ["op"]},
                      "then": {"required": list(required),
                               "propertyNames": {"enum": sorted(allowed)}}})
    schema = _object(_OPERATION_FIELDS, ("op", "name"))
    schema["allOf"] = cases
    return schema


_OPERATIONS = {"$ref": "#/$defs/operations"}
_TRAINING = {"learning_rate": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000},
             "num_steps": {"type": "integer", "minimum": 1, "maximum": MAX_NUM_STEPS},
             "loss": {"enum": list(LOSSES)},
             "seed": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1},
             "num_samples_per_class": {"type": "integer", "minimum": 1,
                                       "maximum": MAX_NUM_SAMPLES_PER_CLASS}}

#: Probe name -> the JSON Schema of its ``args``.
ARGS_SCHEMAS = {
    "devices.num_gpus": _object({}),
    "devices.num_logical_devices": _object({"device_type": {"enum": ["CPU", "GPU"]}},
                                           ("device_type",)),
    "devices.op_device_type": _object({}),
    "devices.built_with_cuda": _object({}),
    "backprop.gradient": _object({**_EXPRESSION, "target": _NAME, "wrt": _NAME},
                                 ("expression", "inputs", "wrt")),
    "backprop.value": _object({**_EXPRESSION, "target": _NAME}, ("expression", "inputs")),
    "tensors.shape": _object({"operations": _OPERATIONS, "of": _NAME}, ("operations", "of")),
    "tensors.dtype": _object({"operations": _OPERATIONS, "of": _NAME}, ("operations", "of")),
    "tensors.kind": _object({"operations": _OPERATIONS, "of": _NAME}, ("operations", "of")),
    "tensors.value": _object({"operations": _OPERATIONS, "of": _NAME, "index": {
        "type": "array", "maxItems": 6,
        "items": {"type": "integer", "minimum": -100_000, "maximum": 100_000}}},
        ("operations", "of")),
    "tensors.error": _object({"operations": _OPERATIONS}, ("operations",)),
    "classifier.loss_goes_down": _object(_TRAINING, ("learning_rate", "num_steps")),
    "classifier.final_loss": _object(_TRAINING, ("learning_rate", "num_steps")),
    "classifier.accuracy": _object(_TRAINING, ("learning_rate", "num_steps")),
}

#: Definitions the probes' schemas refer to (``#/$defs/...``).
DEFINITIONS = {"nested": _NESTED,
               "operations": {"type": "array", "minItems": 1, "maxItems": MAX_OPERATIONS,
                              "items": _operation_schema()}}
