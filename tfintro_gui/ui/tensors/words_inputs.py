"""Words for refused input: typed values, slices, shapes, axes, names, and the arguments of
the Create box. ``code: (summary, why, fix)``; placeholders are the code's values (see
``tfintro_gui.core.tensors.codes``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "TensorsInputWords"

_LITERAL_HINT = QT_TRANSLATE_NOOP(
    "TensorsInputWords",
    "Type a number such as 3.0, or nested lists such as [[1, 2], [3, 4]].")
_SLICE_HINT = QT_TRANSLATE_NOOP(
    "TensorsInputWords",
    "Use whole numbers and slices separated by commas, e.g. 0:2, 0 or 1, : or ::2.")
_SHAPE_HINT = QT_TRANSLATE_NOOP(
    "TensorsInputWords", "Type whole numbers ≥ 0, e.g. (2, 3), 3 or () for a scalar.")
_AXIS_HINT = QT_TRANSLATE_NOOP(
    "TensorsInputWords",
    "Type a whole number such as 0 or -1, a tuple such as (0, 1), or leave it empty for all "
    "axes.")
_SMALLER = QT_TRANSLATE_NOOP("TensorsInputWords", "Make the value smaller.")

WORDS: dict[str, tuple[str, str, str]] = {
    "text.not_text": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "{field}: expected text, got {type}."), "", ""),
    "text.too_long": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: the text is {length} characters long; at most {limit} are accepted."),
        "", _SMALLER),
    "text.null": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                    "{field}: the text contains a null character."), "",
                  QT_TRANSLATE_NOOP("TensorsInputWords", "Retype it.")),
    "literal.empty": (QT_TRANSLATE_NOOP("TensorsInputWords", "{field}: nothing was typed."),
                      "", _LITERAL_HINT),
    "literal.unreadable": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: could not read {text} as a number or a list of numbers."),
        "", _LITERAL_HINT),
    "literal.unbalanced": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: {text} opens {opened} “{opening}” but closes {closed} “{closing}”."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Close every “{opening}” with a “{closing}”, e.g. [[1, 2], [3, 4]].")),
    "literal.too_deep": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: the lists are nested more than {limit} deep."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "The lab handles tensors of rank {limit} or less."), ""),
    "literal.int_too_large": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: {number} does not fit in 64 bits (int64 holds about ±9.2e18)."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Type a smaller number, or a float such as 1e20.")),
    "literal.not_finite": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: {number} is not a finite number."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Type a finite number (NaN or infinity can be made by an "
                          "operation, e.g. tf.sqrt(-1.0)).")),
    "literal.complex": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: complex numbers such as {number} are not supported here."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords", "Type real numbers.")),
    "literal.not_number": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: {type} values such as {text} are not numbers."), "",
        _LITERAL_HINT),
    "literal.ragged": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: the rows have different lengths or depths, e.g. [[1, 2], [3]]."),
        QT_TRANSLATE_NOOP("TensorsInputWords", "A tensor is a rectangular block."),
        QT_TRANSLATE_NOOP("TensorsInputWords", "Give every row the same number of items.")),
    "literal.too_many_elements": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: {count} elements; at most {limit} are accepted."), "",
        _SMALLER),
    "constructor.unknown": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: {text} calls something the lab does not run."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Typed text is read, never run; only these calls are understood: "
                          "{known}."), _LITERAL_HINT),
    "constructor.argument": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{field}: in {text}, the argument {argument} cannot be read."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Arguments are numbers, tuples or lists, and dtype=tf.float32 "
                          "(or another dtype); for example tf.ones((3, 1)) or "
                          "tf.random.normal(shape=(3, 1), mean=0., stddev=1.)."), ""),
    "value.out_of_range": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{field}: a number is outside the range of {dtype} ({low} to {high})."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "TensorFlow would store it as inf, or wrap it to another number, "
                          "without an error."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Type a smaller number, or pick a wider dtype (float64, int64).")),
    "index.empty": (QT_TRANSLATE_NOOP("TensorsInputWords", "Slice: nothing was typed."), "",
                    _SLICE_HINT),
    "index.unreadable": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                           "Slice {text} could not be read."), "", _SLICE_HINT),
    "index.not_whole": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Slice {text}: only whole numbers may appear in a slice."), "",
        _SLICE_HINT),
    "index.too_large": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Slice {text}: {number} is too large for an index."), "",
        _SLICE_HINT),
    "index.too_many_axes": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Slice {text}: more than {limit} axes."), "", _SLICE_HINT),
    "index.zero_step": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Slice {text}: a slice step cannot be zero."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Use 1 (every item) or 2 (every other item).")),
    "index.two_ellipses": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Slice {text}: '...' may appear only once."), "", _SLICE_HINT),
    "shape.empty": (QT_TRANSLATE_NOOP("TensorsInputWords", "Shape: nothing was typed."), "",
                    _SHAPE_HINT),
    "shape.unreadable": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                           "Shape {text} could not be read."), "", _SHAPE_HINT),
    "shape.not_sizes": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                          "Shape {text} is not a list of sizes."), "",
                        _SHAPE_HINT),
    "shape.rank": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Shape {shape} has rank {rank}; the lab handles rank ≤ {limit}."),
        "", ""),
    "shape.not_whole": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Shape {shape}: {item} is not a whole number."), "", _SHAPE_HINT),
    "shape.negative": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Shape {shape}: sizes cannot be negative."), "", _SHAPE_HINT),
    "shape.negative_reshape": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "Shape {shape}: sizes cannot be negative; only one -1, for 'work it out', is "
        "allowed."), "", ""),
    "shape.axis_too_large": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "Shape {shape}: an axis of size {size} is longer than the {limit} elements a tensor "
        "of the lab may hold."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords", "Use smaller sizes.")),
    "shape.two_unknown": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                            "Shape {shape}: only one axis may be -1."), "", ""),
    "shape.too_many_elements": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "Shape {shape} holds {count} elements; at most {limit} are accepted, to keep the lab "
        "responsive."), "", QT_TRANSLATE_NOOP("TensorsInputWords", "Use a smaller shape.")),
    "axis.unreadable": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                          "Axis {text} could not be read."), "", _AXIS_HINT),
    "axis.invalid": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Axis {text} is not a small whole number or a tuple of them."),
        "", _AXIS_HINT),
    "name.empty": (QT_TRANSLATE_NOOP("TensorsInputWords", "Name: nothing was typed."), "",
                   QT_TRANSLATE_NOOP("TensorsInputWords",
                                     "Type a Python name such as a, v or weights.")),
    "name.too_long": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "Name {start}…: at most {limit} characters."), "", ""),
    "name.not_identifier": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                              "Name {name} is not a Python name."), "",
                            QT_TRANSLATE_NOOP("TensorsInputWords",
                                              "Use letters, digits and _, not starting with a "
                                              "digit, e.g. my_tensor.")),
    "name.keyword": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                       "Name {name} is a Python keyword."), "",
                     QT_TRANSLATE_NOOP("TensorsInputWords", "Pick another, e.g. {name}_.")),
    "name.reserved": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "Name {name} would hide what the code uses (import tensorflow as tf, import numpy "
        "as np, print)."), "", QT_TRANSLATE_NOOP("TensorsInputWords", "Pick another name.")),
    "name.taken": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                     "The name {name} is already taken."), "",
                   QT_TRANSLATE_NOOP("TensorsInputWords",
                                     "Pick another name, or delete or rename the existing "
                                     "{name} first. (An operation may reuse one of its inputs' "
                                     "names, as in e *= d.)")),
    "name.same": (QT_TRANSLATE_NOOP("TensorsInputWords", "{name} already has that name."), "",
                  QT_TRANSLATE_NOOP("TensorsInputWords", "Type a different one.")),
    "name.repeated": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "The name {name} appears twice."), "", ""),
    "name.unknown": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                       "There is no entry named {name}."), "",
                     QT_TRANSLATE_NOOP("TensorsInputWords",
                                       "Pick one of the entries: {known}.")),
    "number.not_number": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                            "{field} must be a number; got {text}."), "", ""),
    "number.not_finite": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                            "{field} must be finite; got {number}."), "", ""),
    "operand.missing": (QT_TRANSLATE_NOOP("TensorsInputWords", "{field}: nothing was given."),
                        "", QT_TRANSLATE_NOOP("TensorsInputWords",
                                              "Type an entry name or a number.")),
    "operand.or_entry": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                           "Or type the name of an entry ({known})."), "", ""),
    "workspace.full": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "The workspace holds {limit} entries, the most it can."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Delete entries you no longer need, or Clear all.")),
    "entry.unsupported": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{name} is a {type}, which the workspace cannot hold."), "", ""),
    "source.unknown": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Source {source} is unknown; expected one of {known}."), "", ""),
    "dtype.unknown": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "Dtype {dtype} is not offered; pick one of {known}."), "", ""),
    "create.needs_value": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{source} needs a value, e.g. [[1, 2], [3, 4]]."), "", ""),
    "create.needs_shape": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{source} needs a shape, e.g. (2, 3)."), "", ""),
    "seed.not_whole": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                         "Seed {seed} is not a whole number."), "",
                       QT_TRANSLATE_NOOP("TensorsInputWords",
                                         "Type e.g. 42, or leave it at none for a new draw "
                                         "each time.")),
    "seed.out_of_range": (QT_TRANSLATE_NOOP("TensorsInputWords", "Seed {seed} is out of range."),
                          "", QT_TRANSLATE_NOOP("TensorsInputWords", "Use 0 to {limit}.")),
    "normal.negative_stddev": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "stddev is {stddev}; a standard deviation cannot be negative."),
        "", QT_TRANSLATE_NOOP("TensorsInputWords",
                              "Use 1.0 for the standard normal distribution.")),
    "normal.needs_float": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "{source} draws floating-point numbers; dtype {dtype} is not possible."), "",
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Pick float32, float64 or float16, and cast afterwards if you need "
                          "another dtype.")),
    "uniform.bounds": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "minval ({minval}) must be smaller than maxval ({maxval})."),
        QT_TRANSLATE_NOOP("TensorsInputWords", "Values are drawn from [minval, maxval)."), ""),
    "uniform.dtype": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "{source} cannot draw {dtype} values."), "",
                      QT_TRANSLATE_NOOP("TensorsInputWords", "Pick a float or int dtype.")),
    "uniform.numpy_int": (QT_TRANSLATE_NOOP("TensorsInputWords", "{source} draws floats."), "",
                          QT_TRANSLATE_NOOP("TensorsInputWords",
                                            "Pick a float dtype (NumPy's integers() draws "
                                            "whole numbers).")),
    "uniform.int_bounds": (QT_TRANSLATE_NOOP(
        "TensorsInputWords",
        "With dtype {dtype}, minval and maxval must be whole numbers; got {minval} and "
        "{maxval}."), "", QT_TRANSLATE_NOOP("TensorsInputWords", "Type e.g. 0 and 10.")),
    "create.fraction_into_int": (QT_TRANSLATE_NOOP(
        "TensorsInputWords", "{code} could not make a {dtype} tensor from {value}."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "TensorFlow does not drop fractions silently: a {dtype} tensor "
                          "accepts whole numbers only, written without a decimal point."),
        QT_TRANSLATE_NOOP("TensorsInputWords",
                          "Pick a float dtype, or type whole numbers (2, not 2.0 or 2.5).")),
    "create.mixed_types": (QT_TRANSLATE_NOOP("TensorsInputWords",
                                             "{code} could not make a tensor."),
                           QT_TRANSLATE_NOOP("TensorsInputWords",
                                             "A tensor has one dtype; True/False and numbers "
                                             "cannot be mixed."),
                           QT_TRANSLATE_NOOP("TensorsInputWords",
                                             "Use only numbers, or only True/False.")),
    "create.failed": (QT_TRANSLATE_NOOP("TensorsInputWords", "{code} failed."),
                      QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "TensorFlow refused these arguments; its message says "
                                        "which."),
                      QT_TRANSLATE_NOOP("TensorsInputWords",
                                        "Check the shape, dtype and values.")),
}
