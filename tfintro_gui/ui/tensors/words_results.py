"""Words for what a successful action did: its summary, notes and warnings (the silent
surprises of TensorFlow and NumPy). ``code: (summary, why, fix)``; placeholders are the
code's values (see ``tfintro_gui.core.tensors.codes``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "TensorsResultWords"

_MADE = QT_TRANSLATE_NOOP("TensorsResultWords", "{code}: {kind}, shape {shape}, {dtype}")

WORDS: dict[str, tuple[str, str, str]] = {
    "result.created": (_MADE, "", ""),
    "result.changed": (_MADE, "", ""),
    "result.op": (QT_TRANSLATE_NOOP("TensorsResultWords",
                                    "{code}: {shapes} → {shape}, {dtype}, {kind}"), "", ""),
    "result.converted": (QT_TRANSLATE_NOOP("TensorsResultWords",
                                           "{code}: {kind} → {new_kind}, shape {shape}, "
                                           "{dtype}"), "", ""),
    "result.deleted": (QT_TRANSLATE_NOOP("TensorsResultWords", "{code}: {name} is gone."),
                       "", ""),
    "result.renamed": (QT_TRANSLATE_NOOP("TensorsResultWords",
                                         "{name} is now called {new_name}."), "", ""),
    "note.broadcast": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "Broadcasting: {left_shape} and {right_shape} → {shape}. Shapes are compared from the "
        "last axis; an axis of size 1, or a missing one, is stretched to match."), "", ""),
    "warn.no_seed": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "No seed: the code draws new random numbers each time it runs. Give a seed to get "
        "the same numbers every time."), "", ""),
    "warn.sqrt_nan": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "tf.sqrt of a negative number gives NaN (not a number), without an error: {count} of "
        "{total} values are NaN. Check for negatives first, e.g. tf.reduce_min({name}), or "
        "use tf.abs."), "", ""),
    "warn.log_nan": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "tf.math.log of a negative number gives NaN, without an error: {count} of {total} "
        "values are NaN."), "", ""),
    "warn.nan": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "{count} of {total} values are NaN (not a number); TensorFlow raised no error."),
        "", ""),
    "warn.inf": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "{count} of {total} values are infinite; TensorFlow raised no error."), "", ""),
    "warn.log_inf": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "{count} of {total} values are infinite (tf.math.log(0) is -inf); TensorFlow raised "
        "no error."), "", ""),
    "warn.division_inf": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "{count} of {total} values are infinite (division by zero); TensorFlow raised no "
        "error."), "", ""),
    "warn.exp_inf": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "{count} of {total} values are infinite (the result is too large for the dtype); "
        "TensorFlow raised no error."), "", ""),
    "warn.int_division": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "/ on int tensors is true division: the result is {dtype}. Use tf.math.floordiv (//) "
        "for whole numbers."), "", ""),
    "warn.numpy_converted": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "The NumPy array {name} ({dtype}) was converted to {result_dtype} silently to match "
        "the tensor. A {dtype} tensor would have raised a dtype error instead."), "", ""),
    "warn.numpy_result": (QT_TRANSLATE_NOOP("TensorsResultWords",
                                            "The result is a NumPy array, not a tensor."),
                          "", ""),
    "warn.numpy_stored": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "NumPy stored {stored} because {name} is {dtype}: it converted {value} silently. "
        "TensorFlow would refuse instead."), "", ""),
    "warn.numpy_function": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "np.add returned a NumPy {type}, not a tensor: NumPy functions turn tensors into "
        "arrays. type({result}) is numpy.{type}."), "", ""),
    "warn.keeps_numpy_dtype": (QT_TRANSLATE_NOOP(
        "TensorsResultWords",
        "tf.multiply returned a tensor, and it kept NumPy's dtype {dtype}; TensorFlow's own "
        "default is float32."), "", ""),
    "warn.numpy_copy": (QT_TRANSLATE_NOOP(
        "TensorsResultWords", "{result} is a copy: changing it does not change {source}."),
        "", ""),
}
