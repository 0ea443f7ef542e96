"""The Classifier core's refusals in the interface's language.

The core refuses with an :class:`~tfintro_gui.core.classifier.errors.Explanation` (a code
plus values); :func:`word` says it through ``tr()``. The English templates below are the
core's (:mod:`tfintro_gui.core.classifier.messages`), repeated here so that
``pyside6-lupdate`` extracts them; ``tests/ui/test_classifier_words.py`` fails when the two
lists differ. Numbers keep their format specs (``{limit:,.0f}``) in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.classifier.errors import ClassifierInputError, Explanation

CONTEXT = "ClassifierMessages"

#: The fields a message names.
FIELDS = {
    "field.mean": QT_TRANSLATE_NOOP("ClassifierMessages", "Mean"),
    "field.mean_0": QT_TRANSLATE_NOOP("ClassifierMessages", "Class 0 mean"),
    "field.mean_1": QT_TRANSLATE_NOOP("ClassifierMessages", "Class 1 mean"),
    "field.covariance": QT_TRANSLATE_NOOP("ClassifierMessages", "Covariance"),
    "field.points": QT_TRANSLATE_NOOP("ClassifierMessages", "The points"),
    "field.points_drawn": QT_TRANSLATE_NOOP("ClassifierMessages", "The points drawn"),
    "field.session_points": QT_TRANSLATE_NOOP("ClassifierMessages", "The data's 'points'"),
    "field.the_file": QT_TRANSLATE_NOOP("ClassifierMessages", "The file"),
    "field.seed": QT_TRANSLATE_NOOP("ClassifierMessages", "seed"),
    "field.split_seed": QT_TRANSLATE_NOOP("ClassifierMessages", "split seed"),
    "field.noise": QT_TRANSLATE_NOOP("ClassifierMessages", "The data's noise"),
    "field.point_x": QT_TRANSLATE_NOOP("ClassifierMessages", "A point's x"),
    "field.point_y": QT_TRANSLATE_NOOP("ClassifierMessages", "A point's y"),
    "field.data_set": QT_TRANSLATE_NOOP("ClassifierMessages", "data set"),
    "field.points_per_class": QT_TRANSLATE_NOOP("ClassifierMessages", "points per class"),
    "field.seed_input": QT_TRANSLATE_NOOP("ClassifierMessages", "seed input (-1 for random)"),
    "field.test_percent": QT_TRANSLATE_NOOP("ClassifierMessages", "test share in percent"),
    "field.click_class": QT_TRANSLATE_NOOP("ClassifierMessages", "click class"),
    "field.noise_setting": QT_TRANSLATE_NOOP("ClassifierMessages", "noise"),
    "field.training_mode": QT_TRANSLATE_NOOP("ClassifierMessages", "training mode"),
    "field.hidden_units": QT_TRANSLATE_NOOP("ClassifierMessages", "hidden units"),
    "field.batch_size": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "batch_size (null for the full batch)"),
    "field.activation": QT_TRANSLATE_NOOP("ClassifierMessages", "activation"),
    "field.loss": QT_TRANSLATE_NOOP("ClassifierMessages", "loss"),
    "field.learning_rate": QT_TRANSLATE_NOOP("ClassifierMessages", "learning_rate"),
    "field.num_steps": QT_TRANSLATE_NOOP("ClassifierMessages", "num_steps"),
    "field.weights": QT_TRANSLATE_NOOP("ClassifierMessages", "weights"),
    "field.start_weights": QT_TRANSLATE_NOOP("ClassifierMessages", "starting weights"),
}

#: Typed numbers, drawn points, covariance.
DATA_MESSAGES = {
    "data.text_too_long": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: the text has {length:,} characters; type at most {maximum:,}, e.g. "
        "{example}."),
    "data.empty": QT_TRANSLATE_NOOP(
        "ClassifierMessages", "{field} is empty. Type a list such as {example}."),
    "data.not_literal": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: could not read {text} as numbers. Type a list such as {example}."),
    "data.not_numbers": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: {value} is not a list of numbers. Example: {example}."),
    "data.number_too_long": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: a number in {value} is too large. Every number must be between -{limit:,.0f} "
        "and {limit:,.0f}. Example: {example}."),
    "data.wrong_shape": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: got shape {shape}, expected {expected}. Example: {example}."),
    "data.not_finite": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: every number must be finite, got {value}."),
    "data.too_large": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field}: {largest:.3g} is too large; every number must be between -{limit:,.0f} and "
        "{limit:,.0f} (the points are float32 and training multiplies them). Scale the data "
        "down. Example: {example}."),
    "data.points_not_finite": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field} hold a number that is not finite in float32 (NaN, infinity or beyond ±3.4e38)."),
    "data.points_too_large": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field} reach {largest:.3g}; every coordinate must be between -{limit:,.0f} and "
        "{limit:,.0f}. Scale the data down (e.g. divide by 1000)."),
    "data.covariance_not_symmetric": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Covariance must be symmetric: entry [0][1] is {upper:g} but [1][0] is {lower:g}. Make "
        "them equal."),
    "data.covariance_negative": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Covariance must be positive semi-definite, but it has the eigenvalue {eigenvalue:.3g} "
        "< 0. Keep |covariance[0][1]| ≤ √(covariance[0][0]·covariance[1][1]) = {bound:.3g}."),
    "data.keep_two_training_points": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The last two training points cannot be removed."),
    "data.no_history": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "There is no history yet: train first."),
}

#: CSV files of points.
CSV_MESSAGES = {
    "csv.refused_one": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{source} was not imported (1 problem; nothing was changed). Expected lines 'x, y, "
        "label' with numbers x, y and a label 0 or 1:"),
    "csv.refused": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{source} was not imported ({count} problems; nothing was changed). Expected lines 'x, "
        "y, label' with numbers x, y and a label 0 or 1:"),
    "csv.line": QT_TRANSLATE_NOOP("ClassifierMessages", "line {line}: {reason}"),
    "csv.more_one": QT_TRANSLATE_NOOP("ClassifierMessages", "… and 1 more bad line"),
    "csv.more": QT_TRANSLATE_NOOP("ClassifierMessages", "… and {count} more bad lines"),
    "csv.field_too_long": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "a field is too long or the line is not CSV text (at most {maximum:,} characters per "
        "value)"),
    "csv.value_count": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "expected 3 values (x, y, label), got {count}: {text}"),
    "csv.not_finite": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{axis} must be a finite number, got {text}"),
    "csv.out_of_range": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{axis} must be between -{limit:,.0f} and {limit:,.0f} (points are float32), got "
        "{text}; scale the data down"),
    "csv.not_numbers": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "x and y must be numbers, got {x} and {y}"),
    "csv.bad_label": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "the label must be 0 or 1, got {label}"),
    "csv.too_many_points": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "more than {maximum:,} points; the lab takes at most {maximum:,}"),
    "csv.too_few_points": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "found {count} point(s); at least 2 are needed"),
    "csv.one_class": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "every point has label {label}; a classifier needs points of both classes"),
    "csv.folder": QT_TRANSLATE_NOOP("ClassifierMessages", "it is a folder; choose a .csv file"),
    "csv.not_regular_file": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "it is not a regular file (a device, a pipe or a socket); choose a .csv file"),
    "csv.too_big": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "the file has {size:.1f} MiB; the limit is {limit} MiB"),
    "csv.not_utf8": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "not UTF-8 text ({reason} at byte {start})"),
}

#: A session file's data recipe and its edits.
RECIPE_MESSAGES = {
    "recipe.seed": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's {field} must be a whole number from 0 to {maximum}, got {value}."),
    "recipe.test_share": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The test share must be a number from 0 to {maximum:g}, got {value}."),
    "recipe.not_finite": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field} must be a finite number, got {value}."),
    "recipe.coordinate": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{field} must be between -{limit:,.0f} and {limit:,.0f}, got {value:.3g}."),
    "recipe.edit_not_list": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "A data edit is a list starting with 'split', 'insert' or 'delete', got {edit}."),
    "recipe.insert_index": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "An inserted point's index must be a whole number ≥ 0, got {index}."),
    "recipe.insert_label": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "An inserted point's label must be 0 or 1, got {label}."),
    "recipe.insert_is_test": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "An inserted point's 'is test' must be true or false, got {value}."),
    "recipe.delete_index": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "A removed point's index must be a whole number ≥ 0, got {index}."),
    "recipe.unknown_edit": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Unknown data edit {edit}: expected ['split', fraction, seed], ['insert', index, x, y, "
        "label, is_test] or ['delete', index]."),
    "recipe.too_many_edits": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data has had {maximum:,} edits; regenerate it to go on."),
    "recipe.insert_beyond": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Data edit {number} inserts at index {index}, but there are only {count} points."),
    "recipe.delete_beyond": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Data edit {number} removes point {index}, but there are only {count} points."),
    "recipe.no_training_point": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's edits leave no training point."),
    "recipe.not_object": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's 'data' is a JSON object, not {type}."),
    "recipe.unknown_source": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Unknown data source {source}; expected one of {choices}."),
    "recipe.count": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's points per class must be a whole number from 1 to {maximum:,}, got {value}."),
    "recipe.noise": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's noise must be between 0 and {maximum:g}, got {value:g}."),
    "recipe.name": QT_TRANSLATE_NOOP("ClassifierMessages", "The data's name is text, got {value}."),
    "recipe.points_not_numbers": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's 'points' must be [x, y] pairs of numbers and its 'labels' a list of 0 and "
        "1."),
    "recipe.points_shape": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's 'points' must have shape (n, 2) with 1 ≤ n ≤ {maximum:,}, got {shape}."),
    "recipe.labels": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's 'labels' must be {count} values of 0 or 1."),
    "recipe.edits": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The data's 'edits' must be a list of at most {maximum:,} edits."),
}

#: Settings, weights and the rest of a session file.
SESSION_MESSAGES = {
    "settings.whole": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's {field} must be a whole number from {low:,} to {high:,}, got {value}."),
    "settings.number": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's {field} must be a number from {low:g} to {high:g}, got {value}."),
    "settings.choice": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Unknown {field} {value}; expected one of {choices}."),
    "settings.inputs_not_object": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's 'inputs' is a JSON object."),
    "settings.input_not_text": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's '{key}' input is text, got {value}."),
    "settings.training_not_object": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's 'training' is a JSON object."),
    "settings.hidden_layer_needs_keras": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The hand-written loop trains the linear model: a hidden layer needs the 'keras' mode."),
    "settings.shuffle": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's 'shuffle' is true or false, got {value}."),
    "settings.speed": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's speed is one of {choices} steps per second (0: as fast as possible), "
        "got {value}."),
    "session.not_object": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's state is a JSON object, not {type}."),
    "session.tensorflow_loading": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "TensorFlow is still loading; open the session once the status bar shows its version."),
    "session.missing": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's state has no {key}."),
    "session.steps_done": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's num_steps_done must be a whole number from 0 to {maximum:,}, got "
        "{value}."),
    "session.weights_not_list": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's {field} are a list of arrays ({names})."),
    "session.weights_refused": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's {field}: {reason}"),
    "session.weight_not_finite": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "The classifier's {field}: {name} holds a number that is not finite (NaN or infinity, "
        "or beyond float32's ±3.4e38)."),
    "weights.count": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "Expected {expected} weight arrays ({names}), got {count}."),
    "weights.not_numbers": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{name} must hold numbers of float32's range, got {value}."),
    "weights.shape": QT_TRANSLATE_NOOP(
        "ClassifierMessages",
        "{name} must have shape {expected}, got {shape}."),
}
#: Every code → its English template (the source text ``tr()`` translates).
MESSAGES = {**FIELDS, **DATA_MESSAGES, **CSV_MESSAGES, **RECIPE_MESSAGES, **SESSION_MESSAGES}


def word(explanation: Explanation) -> str:
    """``explanation`` in the interface's language (nested explanations worded first)."""
    values = {name: word(value) if isinstance(value, Explanation) else value
              for name, value in explanation.values.items()}
    return QCoreApplication.translate(CONTEXT, MESSAGES[explanation.code]).format(**values)


def refusal_words(error: ClassifierInputError) -> str:
    """A refusal of the core: its explanation, then each detail on its own line."""
    return "\n".join(word(part) for part in (error.explanation, *error.details))
