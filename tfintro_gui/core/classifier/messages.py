"""The Classifier core's refusals, by code: the English template of each.

A refusal is an :class:`~tfintro_gui.core.classifier.errors.Explanation`: one of these codes
and the values its template names. The core's ``str()`` of an error is the English below;
the panel words the same code through ``tr()`` (``tfintro_gui/ui/classifier/
message_texts.py`` repeats these templates for translation, and a test fails when the two
differ). Codes starting with ``field.`` name a field and are used as values of others
("{field} must be a finite number").

Values fill the templates with Python's ``str.format`` (format specs included: ``{limit:,.0f}``
is ``1,000,000``); a value that is itself an explanation is worded first.
"""

from __future__ import annotations

#: The fields a message can name: code → English name (as the sentence uses it).
FIELDS = {
    "field.mean": "Mean",
    "field.mean_0": "Class 0 mean",
    "field.mean_1": "Class 1 mean",
    "field.covariance": "Covariance",
    "field.points": "The points",
    "field.points_drawn": "The points drawn",
    "field.session_points": "The data's 'points'",
    "field.the_file": "The file",
    "field.seed": "seed",
    "field.split_seed": "split seed",
    "field.noise": "The data's noise",
    "field.point_x": "A point's x",
    "field.point_y": "A point's y",
    "field.data_set": "data set",
    "field.points_per_class": "points per class",
    "field.seed_input": "seed input (-1 for random)",
    "field.test_percent": "test share in percent",
    "field.click_class": "click class",
    "field.noise_setting": "noise",
    "field.training_mode": "training mode",
    "field.hidden_units": "hidden units",
    "field.batch_size": "batch_size (null for the full batch)",
    "field.activation": "activation",
    "field.loss": "loss",
    "field.learning_rate": "learning_rate",
    "field.num_steps": "num_steps",
    "field.weights": "weights",
    "field.start_weights": "starting weights",
}

#: Typed numbers, the drawn points, covariance (``data.py``).
DATA_MESSAGES = {
    "data.text_too_long": "{field}: the text has {length:,} characters; type at most "
                          "{maximum:,}, e.g. {example}.",
    "data.empty": "{field} is empty. Type a list such as {example}.",
    "data.not_literal": "{field}: could not read {text} as numbers. Type a list such as "
                        "{example}.",
    "data.not_numbers": "{field}: {value} is not a list of numbers. Example: {example}.",
    "data.number_too_long": "{field}: a number in {value} is too large. Every number must be "
                            "between -{limit:,.0f} and {limit:,.0f}. Example: {example}.",
    "data.wrong_shape": "{field}: got shape {shape}, expected {expected}. Example: {example}.",
    "data.not_finite": "{field}: every number must be finite, got {value}.",
    "data.too_large": "{field}: {largest:.3g} is too large; every number must be between "
                      "-{limit:,.0f} and {limit:,.0f} (the points are float32 and training "
                      "multiplies them). Scale the data down. Example: {example}.",
    "data.points_not_finite": "{field} hold a number that is not finite in float32 (NaN, "
                              "infinity or beyond ±3.4e38).",
    "data.points_too_large": "{field} reach {largest:.3g}; every coordinate must be between "
                             "-{limit:,.0f} and {limit:,.0f}. Scale the data down (e.g. divide "
                             "by 1000).",
    "data.covariance_not_symmetric": "Covariance must be symmetric: entry [0][1] is {upper:g} "
                                     "but [1][0] is {lower:g}. Make them equal.",
    "data.covariance_negative": "Covariance must be positive semi-definite, but it has the "
                                "eigenvalue {eigenvalue:.3g} < 0. Keep |covariance[0][1]| ≤ "
                                "√(covariance[0][0]·covariance[1][1]) = {bound:.3g}.",
    "data.keep_two_training_points": "The last two training points cannot be removed.",
    "data.no_history": "There is no history yet: train first.",
}

#: CSV files of points (``data_files.py``); a refusal lists its lines' problems.
CSV_MESSAGES = {
    "csv.refused_one": "{source} was not imported (1 problem; nothing was changed). Expected "
                       "lines 'x, y, label' with numbers x, y and a label 0 or 1:",
    "csv.refused": "{source} was not imported ({count} problems; nothing was changed). "
                   "Expected lines 'x, y, label' with numbers x, y and a label 0 or 1:",
    "csv.line": "line {line}: {reason}",
    "csv.more_one": "… and 1 more bad line",
    "csv.more": "… and {count} more bad lines",
    "csv.field_too_long": "a field is too long or the line is not CSV text (at most "
                          "{maximum:,} characters per value)",
    "csv.value_count": "expected 3 values (x, y, label), got {count}: {text}",
    "csv.not_finite": "{axis} must be a finite number, got {text}",
    "csv.out_of_range": "{axis} must be between -{limit:,.0f} and {limit:,.0f} (points are "
                        "float32), got {text}; scale the data down",
    "csv.not_numbers": "x and y must be numbers, got {x} and {y}",
    "csv.bad_label": "the label must be 0 or 1, got {label}",
    "csv.too_many_points": "more than {maximum:,} points; the lab takes at most {maximum:,}",
    "csv.too_few_points": "found {count} point(s); at least 2 are needed",
    "csv.one_class": "every point has label {label}; a classifier needs points of both "
                     "classes",
    "csv.folder": "it is a folder; choose a .csv file",
    "csv.not_regular_file": "it is not a regular file (a device, a pipe or a socket); choose "
                            "a .csv file",
    "csv.too_big": "the file has {size:.1f} MiB; the limit is {limit} MiB",
    "csv.not_utf8": "not UTF-8 text ({reason} at byte {start})",
}

#: The data recipe of a session file and its edits (``recipe.py``).
RECIPE_MESSAGES = {
    "recipe.seed": "The data's {field} must be a whole number from 0 to {maximum}, got "
                   "{value}.",
    "recipe.test_share": "The test share must be a number from 0 to {maximum:g}, got {value}.",
    "recipe.not_finite": "{field} must be a finite number, got {value}.",
    "recipe.coordinate": "{field} must be between -{limit:,.0f} and {limit:,.0f}, got "
                         "{value:.3g}.",
    "recipe.edit_not_list": "A data edit is a list starting with 'split', 'insert' or "
                            "'delete', got {edit}.",
    "recipe.insert_index": "An inserted point's index must be a whole number ≥ 0, got "
                           "{index}.",
    "recipe.insert_label": "An inserted point's label must be 0 or 1, got {label}.",
    "recipe.insert_is_test": "An inserted point's 'is test' must be true or false, got "
                             "{value}.",
    "recipe.delete_index": "A removed point's index must be a whole number ≥ 0, got {index}.",
    "recipe.unknown_edit": "Unknown data edit {edit}: expected ['split', fraction, seed], "
                           "['insert', index, x, y, label, is_test] or ['delete', index].",
    "recipe.too_many_edits": "The data has had {maximum:,} edits; regenerate it to go on.",
    "recipe.insert_beyond": "Data edit {number} inserts at index {index}, but there are only "
                            "{count} points.",
    "recipe.delete_beyond": "Data edit {number} removes point {index}, but there are only "
                            "{count} points.",
    "recipe.no_training_point": "The data's edits leave no training point.",
    "recipe.not_object": "The classifier's 'data' is a JSON object, not {type}.",
    "recipe.unknown_source": "Unknown data source {source}; expected one of {choices}.",
    "recipe.count": "The data's points per class must be a whole number from 1 to "
                    "{maximum:,}, got {value}.",
    "recipe.noise": "The data's noise must be between 0 and {maximum:g}, got {value:g}.",
    "recipe.name": "The data's name is text, got {value}.",
    "recipe.points_not_numbers": "The data's 'points' must be [x, y] pairs of numbers and its "
                                 "'labels' a list of 0 and 1.",
    "recipe.points_shape": "The data's 'points' must have shape (n, 2) with 1 ≤ n ≤ "
                           "{maximum:,}, got {shape}.",
    "recipe.labels": "The data's 'labels' must be {count} values of 0 or 1.",
    "recipe.edits": "The data's 'edits' must be a list of at most {maximum:,} edits.",
}

#: Settings, weights and the rest of a session file (``settings.py``, ``session.py``,
#: ``model.py``).
SESSION_MESSAGES = {
    "settings.whole": "The classifier's {field} must be a whole number from {low:,} to "
                      "{high:,}, got {value}.",
    "settings.number": "The classifier's {field} must be a number from {low:g} to {high:g}, "
                       "got {value}.",
    "settings.choice": "Unknown {field} {value}; expected one of {choices}.",
    "settings.inputs_not_object": "The classifier's 'inputs' is a JSON object.",
    "settings.input_not_text": "The classifier's '{key}' input is text, got {value}.",
    "settings.training_not_object": "The classifier's 'training' is a JSON object.",
    "settings.hidden_layer_needs_keras": "The hand-written loop trains the linear model: a "
                                         "hidden layer needs the 'keras' mode.",
    "settings.shuffle": "The classifier's 'shuffle' is true or false, got {value}.",
    "settings.speed": "The classifier's speed is one of {choices} steps per second (0: as "
                      "fast as possible), got {value}.",
    "session.not_object": "The classifier's state is a JSON object, not {type}.",
    "session.tensorflow_loading": "TensorFlow is still loading; open the session once the "
                                  "status bar shows its version.",
    "session.missing": "The classifier's state has no {key}.",
    "session.steps_done": "The classifier's num_steps_done must be a whole number from 0 to "
                          "{maximum:,}, got {value}.",
    "session.weights_not_list": "The classifier's {field} are a list of arrays ({names}).",
    "session.weights_refused": "The classifier's {field}: {reason}",
    "session.weight_not_finite": "The classifier's {field}: {name} holds a number that is not "
                                 "finite (NaN or infinity, or beyond float32's ±3.4e38).",
    "weights.count": "Expected {expected} weight arrays ({names}), got {count}.",
    "weights.not_numbers": "{name} must hold numbers of float32's range, got {value}.",
    "weights.shape": "{name} must have shape {expected}, got {shape}.",
}

#: Every code → its English template.
MESSAGES = {**FIELDS, **DATA_MESSAGES, **CSV_MESSAGES, **RECIPE_MESSAGES, **SESSION_MESSAGES}
