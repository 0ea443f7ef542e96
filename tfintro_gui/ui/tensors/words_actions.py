"""Words for actions TensorFlow (or NumPy) refused: assignments, cell edits, operations and
conversions. ``code: (summary, why, fix)``; placeholders are the code's values (see
``tfintro_gui.core.tensors.codes``). The rules are Chollet's, Deep Learning with Python,
ch. 3."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "TensorsActionWords"

_IMMUTABLE = QT_TRANSLATE_NOOP(
    "TensorsActionWords",
    "TensorFlow tensors (tf.constant, tf.ones, the result of any operation) are immutable: "
    "once made, their values cannot change.")
_SHAPE_MISMATCH = QT_TRANSLATE_NOOP(
    "TensorsActionWords", "{code}: {name} has shape {shape}, the value has shape {value_shape}.")
_SLICE_BROADCASTS = QT_TRANSLATE_NOOP(
    "TensorsActionWords",
    "A slice assign broadcasts the value to the slice's shape: the value may be a scalar or "
    "have a shape that stretches to it (sizes equal or 1, from the last axis), never more "
    "elements.")
_CONSTANT_CHANGED = QT_TRANSLATE_NOOP("TensorsActionWords",
                                      "{code}: {name} is a constant; it was not changed.")
_MATMUL_SIZES = QT_TRANSLATE_NOOP(
    "TensorsActionWords",
    "{code}: {left} is {left_shape} and {right} is {right_shape}; {left_size} ≠ {right_size}.")
_MATMUL_RULE = QT_TRANSLATE_NOOP(
    "TensorsActionWords",
    "tf.matmul(x, y) needs x's last axis to have the same size as y's second-to-last axis: "
    "(n, k) @ (k, m) → (n, m).")

WORDS: dict[str, tuple[str, str, str]] = {
    "assign.unknown_method": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Method {method} is unknown; expected assign, assign_add or assign_sub."), "", ""),
    "assign.slice_needs_assign": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{method} changes the whole variable; a slice works with "
                              "assign only."), "",
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Empty the Slice field, or use assign, e.g. "
                          "{name}[0:2, 0].assign(3.0).")),
    "assign.empty_slice": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: the slice [{index}] selects no element of {name}, "
                              "whose shape is {shape}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "A slice past the end of an axis is empty (as in NumPy), and "
                          "TensorFlow assigns to it without a word."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Count from 0: each index must be below the size of its axis.")),
    "assign.not_variable": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {name} is a constant, not a variable."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "TensorFlow tensors (tf.constant, tf.ones, the result of any "
                          "operation) are immutable: once made, their values cannot change. "
                          "Only a tf.Variable has assign, assign_add and assign_sub."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Make a variable from it first: {name}_var = tf.Variable({name}), "
                          "then {name}_var.{call}.")),
    "assign.not_variable_numpy": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {name} is a NumPy {kind}, not a variable."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "assign belongs to tf.Variable. NumPy arrays change by item "
                          "assignment."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "{name}[...] = value, or make a variable: v = tf.Variable({name}).")),
    "assign.shape_mismatch": (
        _SHAPE_MISMATCH,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "assign replaces the whole variable, so the value must have exactly "
                          "the variable's shape; a scalar is not broadcast."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Give a value of shape {shape}, e.g. {value} * tf.ones({shape}), or "
                          "assign through a slice, which broadcasts: "
                          "{name}[...].assign({value}).")),
    "assign.shape_mismatch_update": (
        _SHAPE_MISMATCH,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "assign_add and assign_sub update the whole variable, so the value "
                          "must have exactly the variable's shape; a scalar is not "
                          "broadcast."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Give a value of shape {shape}, e.g. {value} * tf.ones({shape}).")),
    "assign.shape_mismatch_array": (
        _SHAPE_MISMATCH,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "The whole variable is replaced or updated, so the value must have "
                          "exactly the variable's shape."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Give a value of shape {shape}, e.g. tf.ones({shape}) or nested "
                          "lists of that shape.")),
    "assign.slice_broadcast": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: the slice {name}[{index}] has shape {slice_shape}; the value has shape "
        "{value_shape}."), _SLICE_BROADCASTS,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Assign a scalar, or a value with the slice's shape {slice_shape}.")),
    "assign.slice_broadcast_unknown": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: the value has shape {value_shape}, which does not fit the slice."),
        _SLICE_BROADCASTS,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Assign a scalar, or a value with the slice's shape.")),
    "assign.int_value": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: {name} is {dtype} and the value {value} is not written as a whole number."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "TensorFlow does not convert floats into an int variable, not even "
                          "2.0: int vs float must match."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Type a whole number without a decimal point, or use a float "
                          "variable: tf.Variable(tf.cast({name}, tf.float32)).")),
    "assign.dtype": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                       "{code}: {name} is {dtype}, the value is {value_dtype}."),
                     QT_TRANSLATE_NOOP("TensorsActionWords",
                                       "A variable keeps its dtype; TensorFlow does not "
                                       "convert tensors between dtypes silently."),
                     "{name}.{method}(tf.cast({value}, tf.{dtype}))"),
    "assign.out_of_range": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: the index is outside {name}'s shape {shape}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Indices count from 0; an axis of size n has indices 0 … n-1 "
                          "(or -n … -1)."),
        QT_TRANSLATE_NOOP("TensorsActionWords", "Use indices inside the shape.")),
    "assign.failed": (QT_TRANSLATE_NOOP("TensorsActionWords", "{code} failed."),
                      QT_TRANSLATE_NOOP("TensorsActionWords",
                                        "TensorFlow refused the assignment; its message says "
                                        "why."),
                      QT_TRANSLATE_NOOP("TensorsActionWords",
                                        "Check the value's shape and dtype against {name}'s "
                                        "{shape}, {dtype}.")),
    "cell.index_not_whole": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Element index {index} must be a tuple of whole numbers, one per axis."), "", ""),
    "cell.index_rank": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Element index {index} has {count} numbers; the shape {shape} needs {rank}."), "", ""),
    "cell.index_outside": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Element index {index}: {item} is outside axis {axis} (size {size})."), "", ""),
    "cell.not_scalar": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "A cell holds one number; got {value} with shape {shape}."), "",
        QT_TRANSLATE_NOOP("TensorsActionWords", "Type a single number.")),
    "cell.numpy_refused": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                             "{code} was refused by NumPy."),
                           QT_TRANSLATE_NOOP("TensorsActionWords",
                                             "{name} is {dtype}; the value does not fit in "
                                             "it."),
                           QT_TRANSLATE_NOOP("TensorsActionWords",
                                             "Type a value that fits the dtype, or convert the "
                                             "array with .astype().")),
    "constant.item_assignment": (
        _CONSTANT_CHANGED, _IMMUTABLE,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Make a variable, v = tf.Variable({name}); v[{index}].assign({value}) "
                          "— or build a new tensor: {name}2 = tf.tensor_scatter_nd_update("
                          "{name}, [{index_list}], [{value}]).")),
    "constant.scalar_assignment": (
        _CONSTANT_CHANGED, _IMMUTABLE,
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Make a variable, v = tf.Variable({name}); v.assign({value}) — or a "
                          "new constant: {name}2 = tf.constant({value}, dtype={name}.dtype).")),
    "scalar.immutable": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {name} is a NumPy scalar; it was not changed."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "A NumPy scalar is an immutable number, not an array."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Make an array: {name}_array = np.array({name}).")),
    "op.unknown": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                     "Operation {op} is unknown; expected one of {known}."),
                   "", ""),
    "op.needs_two": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                       "{label} needs two operands, x and y."), "", ""),
    "op.needs_shape": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                         "tf.reshape needs a shape, e.g. (4, 1) or (-1,)."),
                       "", ""),
    "op.needs_dtype": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                         "tf.cast needs a dtype, one of {known}; got {dtype}."),
                       "", ""),
    "op.two_literals": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{label}: at least one operand must be a workspace entry (its name); got {left} and "
        "{right}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "With two plain numbers or lists, Python computes without "
                          "TensorFlow (and + joins two lists)."),
        QT_TRANSLATE_NOOP("TensorsActionWords", "Create a tensor first.")),
    "op.too_large": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: the result would have shape {shape}, {count} elements; at most {limit} are "
        "accepted."), "", QT_TRANSLATE_NOOP("TensorsActionWords", "Use smaller operands.")),
    "op.dtype_mismatch": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {left} is {left_dtype} and {right} is {right_dtype}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "TensorFlow never converts dtypes silently; both operands of {label} "
                          "must have the same dtype. float32 is TensorFlow's default, float64 "
                          "NumPy's."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "{fixed}   (or make {casted} first with the cast operation).")),
    "op.number_dtype": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: the number {number} does not fit {entry}'s dtype {dtype}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "TensorFlow converts a Python number to the tensor's dtype, and "
                          "refuses when that would drop a fraction ({dtype} holds whole "
                          "numbers)."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Type a whole number, or cast first: tf.cast({entry}, tf.float32).")),
    "op.broadcast": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: shapes {left_shape} and {right_shape} do not broadcast."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Broadcasting compares sizes from the last axis: each pair must be "
                          "equal, or one of them 1 (or missing)."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Reshape one operand so its sizes line up, e.g. tf.reshape({right}, "
                          "{reshaped}), or pick operands of the same shape.")),
    "op.matmul_rank": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: {name} has shape {shape}; tf.matmul needs matrices (rank 2 or more)."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "A matrix product pairs rows with columns, so both operands need two "
                          "axes."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Reshape it first: tf.reshape({name}, (1, -1)) for a row or "
                          "tf.reshape({name}, (-1, 1)) for a column.")),
    "op.matmul_inner": (_MATMUL_SIZES, _MATMUL_RULE, QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Pick operands whose inner sizes match, or reshape one of them; use * for an "
        "element-wise product.")),
    "op.matmul_transpose": (_MATMUL_SIZES, _MATMUL_RULE, QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "Transpose {transposed}: {fixed}, or use * for an element-wise product.")),
    "op.dtype_not_allowed": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {label} does not accept {dtype} values."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Each TensorFlow op works on a fixed set of dtypes; {dtype} is not "
                          "one of {label}'s."),
        QT_TRANSLATE_NOOP("TensorsActionWords", "Cast first: tf.cast({name}, tf.float32).")),
    "op.reshape": (QT_TRANSLATE_NOOP("TensorsActionWords", "{code}: {name} has {count} elements."),
                   QT_TRANSLATE_NOOP("TensorsActionWords",
                                     "tf.reshape keeps every element, so the new sizes must "
                                     "multiply to the same number."),
                   QT_TRANSLATE_NOOP("TensorsActionWords",
                                     "Pick sizes whose product is the element count, or put -1 "
                                     "for one axis.")),
    "op.reduce_axis": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: {name} has rank {rank}, so axis must be between {low} and {high}."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "An axis numbers a dimension of the shape, from 0."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Pick an axis in that range, or leave it empty to reduce over all "
                          "elements.")),
    "op.in_place_variable": (QT_TRANSLATE_NOOP("TensorsActionWords",
                                               "{code}: {name} is a variable."),
                             QT_TRANSLATE_NOOP("TensorsActionWords",
                                               "An in-place operator on a variable would "
                                               "silently replace it by a new tensor, so "
                                               "TensorFlow forbids it."),
                             QT_TRANSLATE_NOOP("TensorsActionWords",
                                               "{name}.assign({name} {op} {right}) changes the "
                                               "variable; or pick a new result name.")),
    "op.in_place_numpy": (QT_TRANSLATE_NOOP(
        "TensorsActionWords",
        "{code}: NumPy cannot store the result in {name} ({dtype}) in place."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "An in-place NumPy operator keeps the array's dtype and refuses a "
                          "result that does not fit it."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Pick a new result name ({name} {op} {right} makes a new array).")),
    "op.failed": (QT_TRANSLATE_NOOP("TensorsActionWords", "{code} failed on {names}."),
                  QT_TRANSLATE_NOOP("TensorsActionWords",
                                    "TensorFlow refused the operation; its message says why."),
                  QT_TRANSLATE_NOOP("TensorsActionWords",
                                    "Check the operands' shapes and dtypes.")),
    "conversion.unknown": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "Conversion {conversion} is unknown; expected one of {known}."),
        "", ""),
    "convert.no_numpy": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code}: {name} is a {kind}, which has no .numpy() method."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          ".numpy() turns a TensorFlow tensor or variable into a NumPy array; "
                          "{name} already is NumPy."),
        QT_TRANSLATE_NOOP("TensorsActionWords",
                          "Use {name} directly, or make a tensor: tf.constant({name}).")),
    "convert.failed": (QT_TRANSLATE_NOOP("TensorsActionWords", "{code} failed."),
                       QT_TRANSLATE_NOOP("TensorsActionWords",
                                         "TensorFlow could not convert this value."),
                       QT_TRANSLATE_NOOP("TensorsActionWords", "Check the entry's dtype.")),
    "result.unsupported": (QT_TRANSLATE_NOOP(
        "TensorsActionWords", "{code} returned a {type}, which the workspace cannot hold."),
        "", ""),
}
