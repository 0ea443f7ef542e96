"""The Classifier core's refusals are data: a stable code and values, with English str()."""

import json

import pytest

from tfintro_gui.core.classifier.data import (
    make_two_gaussians,
    parse_covariance,
    parse_mean,
    split_train_test,
)
from tfintro_gui.core.classifier.data_files import CsvFormatError, parse_points_csv
from tfintro_gui.core.classifier.errors import (
    ClassifierInputError,
    Explanation,
    explain,
    field_name,
    template_names,
)
from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.core.classifier.messages import FIELDS, MESSAGES
from tfintro_gui.core.classifier.recipe import check_edit
from tfintro_gui.core.classifier.settings import DataSettings, TrainingSettings
from tfintro_gui.core.runtime import import_tensorflow


def test_field_names_fill_no_values():
    assert all(template_names(FIELDS[code]) == set() for code in FIELDS)
    assert all(code.startswith("field.") for code in FIELDS)
    assert not any(code.startswith("field.") for code in set(MESSAGES) - set(FIELDS))


def test_a_mean_beyond_the_range_is_a_code_with_its_numbers():
    with pytest.raises(ClassifierInputError) as caught:
        parse_mean("[0, 3e7]", "mean_1")
    assert caught.value.code == "data.too_large"
    assert caught.value.values == {"field": field_name("mean_1"), "largest": 3e7,
                                   "limit": 1e6, "example": "[0, 3]"}
    assert str(caught.value) == (
        "Class 1 mean: 3e+07 is too large; every number must be between -1,000,000 and "
        "1,000,000 (the points are float32 and training multiplies them). Scale the data "
        "down. Example: [0, 3].")


def test_a_covariance_that_is_not_a_matrix_echoes_it():
    with pytest.raises(ClassifierInputError) as caught:
        parse_covariance("[[1, 0.5], [0.5]]")
    assert caught.value.explanation == explain(
        "data.not_numbers", field=field_name("covariance"), value="[[1, 0.5], [0.5]]",
        example="[[1, 0.5], [0.5, 1]]")


def test_points_drawn_out_of_range_are_named_as_drawn():
    with pytest.raises(ClassifierInputError) as caught:
        make_two_gaussians(10, "[0, 0]", "[0, 0]", "[[1e12, 0], [0, 1e12]]", seed=0)
    assert caught.value.code == "data.points_too_large"
    assert caught.value.values["field"] == field_name("points_drawn")


def test_a_csv_refusal_keeps_each_lines_explanation():
    text = "x,y,label\n1,2,0\nabc,2,1\n3,4,7\n5,6\n1e9,0,1\n"
    with pytest.raises(CsvFormatError) as caught:
        parse_points_csv(text, "points.csv")
    error = caught.value
    assert error.code == "csv.refused" and error.values == {"source": "points.csv",
                                                             "count": 4}
    assert [(line, reason.code) for line, reason in error.errors] == [
        (3, "csv.not_numbers"), (4, "csv.bad_label"), (5, "csv.value_count"),
        (6, "csv.out_of_range")]
    assert error.errors[3][1].values == {"axis": "x", "limit": 1e6, "text": "'1e9'"}
    assert [detail.code for detail in error.details] == ["csv.line"] * 4
    assert str(error).split("\n")[1] == "line 3: x and y must be numbers, got 'abc' and '2'"


def test_a_whole_file_problem_has_no_line_number_and_names_the_file():
    with pytest.raises(CsvFormatError) as caught:
        parse_points_csv("1,2,0\n")
    assert caught.value.code == "csv.refused_one"
    assert caught.value.values == {"source": field_name("the_file")}
    assert caught.value.details == (explain("csv.too_few_points", count=1),)
    assert str(caught.value).startswith("The file was not imported (1 problem;")


def test_a_bad_edit_is_a_code():
    with pytest.raises(ClassifierInputError) as caught:
        check_edit(("insert", 0, 0.0, float("inf"), 1.0, False))
    assert caught.value.explanation == explain("recipe.not_finite",
                                               field=field_name("point_y"), value="inf")


def test_the_last_two_training_points_are_kept_with_a_code():
    lab = ClassifierLab()
    lab.draw_data(DataSettings(num_samples_per_class=1), TrainingSettings())
    with pytest.raises(ClassifierInputError) as caught:
        lab.delete_point(0)
    assert caught.value.code == "data.keep_two_training_points"


def test_a_sessions_refused_weights_nest_the_reason():
    import_tensorflow()
    lab = ClassifierLab()
    lab.draw_data(DataSettings(num_samples_per_class=5), TrainingSettings())
    lab.start(TrainingSettings())
    state = json.loads(json.dumps(lab.session_state(DataSettings(), TrainingSettings())))
    state["weights"] = [[[1.0], [2.0], [3.0]], [0.0]]
    with pytest.raises(ClassifierInputError) as caught:
        ClassifierLab.check_session_state(state)
    assert caught.value.explanation == explain(
        "session.weights_refused", field=field_name("weights"),
        reason=explain("weights.shape", name="W", expected="(2, 1)", shape="(3, 1)"))
    assert str(caught.value) == "The classifier's weights: W must have shape (2, 1), got (3, 1)."


def test_a_hidden_layer_in_the_hand_written_loop_is_a_keras_mode_refusal():
    state = {**TrainingSettings().to_state(), "hidden_units": 8}
    with pytest.raises(ClassifierInputError) as caught:
        TrainingSettings.from_state(state)
    assert caught.value.code == "settings.hidden_layer_needs_keras"


def test_programmer_mistakes_stay_plain_exceptions():
    with pytest.raises(TypeError) as caught:
        make_two_gaussians(2.5)
    assert not isinstance(caught.value, ClassifierInputError)
    with pytest.raises(ValueError) as caught:
        split_train_test(10, 0.95)
    assert not isinstance(caught.value, ClassifierInputError)


def test_an_explanation_is_frozen_data():
    explanation = Explanation("csv.bad_label", {"label": "'7'"})
    assert explanation == explain("csv.bad_label", label="'7'")
    with pytest.raises(KeyError):
        Explanation("csv.no_such_code")
