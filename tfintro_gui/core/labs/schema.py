"""The ``.tflab`` format: a declared, versioned JSON Schema, and the panels' controls.

A lab file is JSON (never code)::

    {"format": "tfintro-lab", "version": 1,
     "title": {"en": "…", "zh_CN": "…"},
     "steps": [{"id": "forward", "panel": "backprop",
                "state": {…part of the panel's session state…},
                "lock": ["expression"], "hide": ["preset"],
                "instruction": {"en": "Markdown…", "zh_CN": "Markdown…"},
                "question": {"kind": "number", "prompt": {…}, "hint": {…},
                             "probe": {"name": "backprop.gradient", "args": {…}},
                             "tolerance": {"atol": 0.01, "rtol": 0}}}]}

:func:`lab_schema` builds the schema (draft 2020-12) from :data:`PANEL_CONTROLS` and the
probes' argument schemas; ``resources/labs/tflab-1.schema.json`` is the same schema
written out for editors.
"""

from __future__ import annotations

import json

from tfintro_gui.core.labs.probe_args import ARGS_SCHEMAS, DEFINITIONS

FORMAT = "tfintro-lab"
#: The version this lab reads and writes; a newer file is refused with "update the lab".
VERSION = 1
#: The languages every text of a lab is written in.
LANGUAGES = ("en", "zh_CN")
#: The kinds of predict-then-run question.
QUESTION_KINDS = ("number", "shape", "dtype", "choice")
#: The most steps of one lab, and the longest instruction (characters).
MAX_STEPS = 100
MAX_MARKDOWN_LENGTH = 20_000
MAX_LINE_LENGTH = 500

#: Panel -> control name -> what it is. These names are what ``lock`` and ``hide`` take;
#: the Qt side gives the matching widgets these object names (``ui/labs/controls.py``).
PANEL_CONTROLS: dict[str, dict[str, str]] = {
    "devices": {
        "refresh": "Refresh: list the devices again",
        "sizes": "Benchmark matrix sizes",
        "repeats": "Benchmark repeats",
        "numpy_reference": "NumPy reference line of the benchmark",
        "run_benchmark": "Run the benchmark",
        "cancel_benchmark": "Cancel the benchmark",
        "placement_device": "The device of the placement demo (tf.device)",
        "run_placement": "Run the placement demo",
        "preferred_device": "The device the classifier trains on",
        "memory_growth": "GPU memory growth",
        "cpu_devices": "Number of logical CPUs",
        "apply_setup": "Apply the device set-up (restart)",
        "distribution_values": "Numbers of the MirroredStrategy demo",
        "run_distribution": "Run the MirroredStrategy demo",
        "copy_report": "Copy report",
        "save_report": "Save report…",
    },
    "tensors": {
        "create_group": "The whole 'Create a tensor' group",
        "source": "Source (tf.ones, tf.constant, np.array…)",
        "name": "Name of the new tensor",
        "shape": "Shape",
        "literal": "Literal values",
        "dtype": "dtype",
        "seed": "Seed of random sources",
        "variable": "'as tf.Variable'",
        "create": "Create",
        "variable_group": "The whole 'Change a variable' group",
        "assign_target": "The variable to change",
        "assign_value": "The value to assign",
        "assign_index": "The slice to assign",
        "assign": "assign",
        "assign_add": "assign_add",
        "assign_sub": "assign_sub",
        "operation_group": "The whole 'Apply an operation' group",
        "operation": "The operation",
        "operand_x": "Operand x",
        "operand_y": "Operand y",
        "parameter": "Shape or axis of the operation",
        "cast_dtype": "dtype of tf.cast",
        "result": "Result name",
        "apply": "Apply",
        "conversion_group": "The NumPy ⇄ TensorFlow buttons",
        "rename": "Rename",
        "delete": "Delete",
        "clear": "Clear all",
    },
    "backprop": {
        "preset": "Presets",
        "expression": "The expression",
        "inputs": "The inputs table",
        "build": "Build the graph",
        "step_forward": "Step ▶",
        "run_forward": "Run forward",
        "step_backward": "Step ◀",
        "run_backward": "Run backward",
        "reset": "Reset",
        "tape": "Run tf.GradientTape",
        "save_png": "Save PNG",
        "save_svg": "Save SVG",
    },
    "classifier": {
        "data_set": "Data set",
        "num_samples": "Points per class",
        "mean_0": "Class 0 mean",
        "mean_1": "Class 1 mean",
        "covariance": "Covariance",
        "noise": "Noise",
        "seed": "Seed",
        "test_split": "Test share",
        "click_class": "Class of clicked points",
        "regenerate": "New data",
        "import_points": "Import points…",
        "export_points": "Export points…",
        "mode": "Hand-written loop or Keras",
        "hidden_units": "Hidden units",
        "activation": "Activation",
        "loss": "Loss",
        "learning_rate": "Learning rate",
        "num_steps": "Steps",
        "batch_size": "Batch size",
        "shuffle": "Shuffle",
        "speed": "Speed",
        "run": "Run",
        "pause": "Pause",
        "step": "Step",
        "reset": "Reset",
        "restart": "Restart",
    },
}
PANELS = tuple(PANEL_CONTROLS)

#: What a step's ``state`` may hold per panel: the top-level fields of the panel's
#: session state, with their JSON types. The panel checks the values in full before
#: anything changes (``Panel.check_session_state``).
_STATE_FIELDS = {
    "devices": {},
    "tensors": {"workspace": {"type": "object", "properties": {
                    "entries": {"type": "array", "maxItems": 50, "items": {"type": "object"}},
                    "code": {"type": "array", "maxItems": 500, "items": {"type": "string"}}}},
                "cells": {"type": "array", "maxItems": 500, "items": {"type": "string"}},
                "selected": {"type": ["string", "null"]}},
    "backprop": {"preset": {"type": ["string", "null"]},
                 "expression": {"type": "string", "maxLength": 2000},
                 "inputs": {"type": "array", "maxItems": 30, "items": {
                     "type": "array", "minItems": 4, "maxItems": 4,
                     "items": {"type": "string", "maxLength": 2000}}}},
    "classifier": {"data": {"type": "object"}, "inputs": {"type": "object"},
                   "training": {"type": "object", "properties": {
                       "mode": {"enum": ["tape", "keras"]},
                       "loss": {"enum": ["logistic", "squared"]},
                       "learning_rate": {"type": "number", "exclusiveMinimum": 0},
                       "num_steps": {"type": "integer", "minimum": 1}}},
                   "weights": {"type": "array"}, "start_weights": {"type": "array"},
                   "num_steps_done": {"type": "integer", "minimum": 0}},
}


def _texts(max_length: int) -> dict:
    """A ``$ref`` to the definition of a text in every language (one line or Markdown)."""
    return {"$ref": "#/$defs/line" if max_length == MAX_LINE_LENGTH else "#/$defs/markdown"}


def _texts_definition(max_length: int) -> dict:
    text = {"type": "string", "minLength": 1, "maxLength": max_length}
    return {"type": "object", "required": list(LANGUAGES), "additionalProperties": False,
            "properties": {language: text for language in LANGUAGES}}


def _panel_cases() -> list[dict]:
    cases = []
    for panel, controls in PANEL_CONTROLS.items():
        names = {"type": "array", "maxItems": len(controls), "uniqueItems": True,
                 "items": {"enum": list(controls)}}
        state = {"type": "object", "properties": _STATE_FIELDS[panel],
                 "additionalProperties": False}
        cases.append({"if": {"properties": {"panel": {"const": panel}}, "required": ["panel"]},
                      "then": {"properties": {"lock": names, "hide": names,
                                              "state": state}}})
    return cases


def _probe_schema() -> dict:
    cases = [{"if": {"properties": {"name": {"const": name}}, "required": ["name"]},
              "then": {"properties": {"args": args}}} for name, args in ARGS_SCHEMAS.items()]
    return {"type": "object", "required": ["name", "args"], "additionalProperties": False,
            "properties": {"name": {"enum": list(ARGS_SCHEMAS)},
                           "args": {"type": "object"}},
            "allOf": cases}


def _question_schema() -> dict:
    choice = {"type": "object", "required": ["value", "label"], "additionalProperties": False,
              "properties": {"value": {"type": ["boolean", "number", "string", "null"]},
                             "label": _texts(MAX_LINE_LENGTH)}}
    tolerance = {"type": "object", "additionalProperties": False,
                 "properties": {"atol": {"type": "number", "minimum": 0, "maximum": 1e12},
                                "rtol": {"type": "number", "minimum": 0, "maximum": 1}}}
    return {
        "type": "object", "required": ["kind", "prompt", "probe"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": list(QUESTION_KINDS)},
            "prompt": _texts(MAX_MARKDOWN_LENGTH),
            "probe": {"$ref": "#/$defs/probe"},
            "tolerance": tolerance,
            "choices": {"type": "array", "minItems": 2, "maxItems": 8, "items": choice},
            "hint": _texts(MAX_MARKDOWN_LENGTH),
            "explanation": _texts(MAX_MARKDOWN_LENGTH),
        },
        "allOf": [
            {"if": {"properties": {"kind": {"const": "choice"}}, "required": ["kind"]},
             "then": {"required": ["choices"]},
             "else": {"not": {"required": ["choices"]}}},
            {"if": {"properties": {"kind": {"const": "number"}}, "required": ["kind"]},
             "else": {"not": {"required": ["tolerance"]}}},
        ],
    }


def lab_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a version-1 lab file.

    Returns:
        A new dict each call (callers may change it).
    """
    step = {
        "type": "object", "required": ["id", "panel", "instruction"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,39}$"},
            "panel": {"enum": list(PANELS)},
            "title": _texts(MAX_LINE_LENGTH),
            "state": {"type": "object"},
            "lock": {"type": "array"},
            "hide": {"type": "array"},
            "instruction": _texts(MAX_MARKDOWN_LENGTH),
            "question": {"$ref": "#/$defs/question"},
        },
        "allOf": _panel_cases(),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:tfintro-gui:tflab:{VERSION}",
        "title": "TensorFlow Intro Lab file (.tflab), version 1",
        "type": "object",
        "required": ["format", "version", "title", "steps"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "title": _texts(MAX_LINE_LENGTH),
            "description": _texts(MAX_MARKDOWN_LENGTH),
            "author": {"type": "string", "maxLength": MAX_LINE_LENGTH},
            "steps": {"type": "array", "minItems": 1, "maxItems": MAX_STEPS, "items": step},
        },
        "$defs": {"question": _question_schema(), "probe": _probe_schema(),
                  "line": _texts_definition(MAX_LINE_LENGTH),
                  "markdown": _texts_definition(MAX_MARKDOWN_LENGTH), **DEFINITIONS},
    }


def schema_json() -> str:
    """:func:`lab_schema` as the text of ``resources/labs/tflab-1.schema.json``."""
    return json.dumps(lab_schema(), indent=2, ensure_ascii=False) + "\n"
