"""The classifier's data: Gaussians, presets, train/test split and CSV files."""

import os
from pathlib import Path

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import (
    make_two_gaussians,
    parse_covariance,
    parse_mean,
    split_train_test,
)
from tfintro_gui.core.classifier.data_files import (
    CsvFormatError,
    parse_points_csv,
    read_points_csv,
    write_points_csv,
)
from tfintro_gui.core.classifier.presets import PRESETS, make_preset


def test_defaults_match_the_notebook_shapes_and_labels():
    data = make_two_gaussians(seed=0)
    assert data.inputs.shape == (2000, 2) and data.inputs.dtype == np.float32
    assert data.targets.shape == (2000, 1) and data.targets.dtype == np.float32
    assert np.all(data.targets[:1000] == 0) and np.all(data.targets[1000:] == 1)
    np.testing.assert_allclose(data.inputs[:1000].mean(axis=0), [0, 3], atol=0.1)
    np.testing.assert_allclose(data.inputs[1000:].mean(axis=0), [3, 0], atol=0.1)
    covariance = np.cov(data.inputs[:1000].T)
    np.testing.assert_allclose(covariance, [[1, 0.5], [0.5, 1]], atol=0.12)


def test_same_seed_same_data_and_new_seed_new_data():
    first = make_two_gaussians(50, seed=3).inputs
    np.testing.assert_array_equal(first, make_two_gaussians(50, seed=3).inputs)
    assert not np.array_equal(first, make_two_gaussians(50, seed=4).inputs)


def test_text_inputs_are_read_as_literals():
    data = make_two_gaussians(10, "[1, 2]", "(-1, -2)", "[[2, 0], [0, 2]]", seed=1)
    np.testing.assert_array_equal(data.mean_0, [1, 2])
    np.testing.assert_array_equal(data.mean_1, [-1, -2])


@pytest.mark.parametrize("count", [0, -5, 100_001])
def test_point_count_out_of_range_is_refused(count):
    with pytest.raises(ValueError, match="between 1 and 100,000"):
        make_two_gaussians(count)


def test_point_count_that_is_not_an_integer_is_refused():
    with pytest.raises(TypeError, match="integer"):
        make_two_gaussians(2.5)


@pytest.mark.parametrize("text, message", [
    ("[0, 3, 4]", "expected \\(2,\\)"),
    ("abc", "could not read"),
    ("__import__('os')", "could not read"),
    ("[nan, 1]", "could not read"),
    ("[1e400, 1]", "finite"),
    ("['a', 1]", "not a list of numbers"),
])
def test_bad_means_are_refused_with_a_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_mean(text)


@pytest.mark.parametrize("text, message", [
    ("nan", r"Covariance: could not read 'nan' as numbers\. Type a list such as "
            r"\[\[1, 0\.5\], \[0\.5, 1\]\]\."),
    ("  ", r"Covariance is empty\. Type a list such as \[\[1, 0\.5\], \[0\.5, 1\]\]\."),
])
def test_an_unreadable_covariance_gets_a_covariance_example(text, message):
    with pytest.raises(ValueError, match=message):
        parse_covariance(text)
    with pytest.raises(ValueError, match=r"Class 0 mean is empty\. Type a list such as \[0, 3\]"):
        parse_mean("", "mean_0")


def test_covariance_must_be_symmetric():
    with pytest.raises(ValueError, match="symmetric"):
        parse_covariance("[[1, 0.5], [0.2, 1]]")


def test_covariance_must_be_positive_semi_definite():
    with pytest.raises(ValueError, match="positive semi-definite.*eigenvalue"):
        parse_covariance("[[1, 2], [2, 1]]")


def test_degenerate_but_valid_covariance_is_accepted():
    np.testing.assert_array_equal(parse_covariance("[[1, 1], [1, 1]]"), [[1, 1], [1, 1]])


# -- presets ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", PRESETS)
def test_presets_have_the_notebooks_layout_and_are_reproducible(name):
    data = make_preset(name, 200, noise=0.1, seed=3)
    assert data.inputs.shape == (400, 2) and data.inputs.dtype == np.float32
    assert data.targets.shape == (400, 1) and data.targets.dtype == np.float32
    assert np.all(data.targets[:200] == 0) and np.all(data.targets[200:] == 1)
    np.testing.assert_array_equal(data.inputs, make_preset(name, 200, 0.1, seed=3).inputs)
    assert not np.array_equal(data.inputs, make_preset(name, 200, 0.1, seed=4).inputs)


def best_linear_accuracy(inputs, targets, directions=360):
    """The best accuracy of any straight boundary (searched over directions and offsets)."""
    labels = targets[:, 0] > 0.5
    best = 0.0
    for angle in np.linspace(0, np.pi, directions, endpoint=False):
        projection = inputs @ np.array([np.cos(angle), np.sin(angle)])
        order = np.argsort(projection)
        ones_below = np.concatenate(([0], np.cumsum(labels[order])))
        below = np.arange(len(labels) + 1)
        correct = (below - ones_below) + (labels.sum() - ones_below)  # 0s below, 1s above
        best = max(best, correct.max() / len(labels), 1 - correct.min() / len(labels))
    return best


@pytest.mark.parametrize("name, ceiling", [("xor", 0.8), ("circles", 0.7), ("spirals", 0.8),
                                           ("moons", 0.92)])
def test_a_straight_boundary_fails_on_the_presets(name, ceiling):
    data = make_preset(name, 500, noise=0.05, seed=0)
    assert best_linear_accuracy(data.inputs, data.targets) < ceiling
    gaussians = make_two_gaussians(500, seed=0)
    assert best_linear_accuracy(gaussians.inputs, gaussians.targets) > 0.97


def test_circles_have_their_radii_without_noise():
    data = make_preset("circles", 100, noise=0.0, seed=1)
    radius = np.hypot(*data.inputs.T)
    np.testing.assert_allclose(radius[:100], 1.0, rtol=1e-6)
    np.testing.assert_allclose(radius[100:], 2.5, rtol=1e-6)


def test_noise_spreads_the_points():
    quiet = make_preset("circles", 500, noise=0.0, seed=1)
    noisy = make_preset("circles", 500, noise=0.5, seed=1)
    assert np.std(np.hypot(*noisy.inputs[:500].T)) > 0.3 > np.std(np.hypot(*quiet.inputs.T)[:500])


@pytest.mark.parametrize("kwargs, error, message", [
    ({"name": "blobs"}, ValueError, "Unknown data set"),
    ({"noise": -0.1}, ValueError, "between 0 and 2"),
    ({"noise": "loud"}, ValueError, "must be a number"),
    ({"num_samples_per_class": 0}, ValueError, "between 1 and"),
    ({"num_samples_per_class": 1.5}, TypeError, "integer"),
    ({"seed": -1}, ValueError, "Seed"),
])
def test_bad_preset_settings_are_refused(kwargs, error, message):
    kwargs = {"name": "moons", **kwargs}
    with pytest.raises(error, match=message):
        make_preset(**kwargs)


# -- train/test split -------------------------------------------------------------------

def test_split_holds_out_the_fraction_and_follows_the_seed():
    mask = split_train_test(1000, 0.25, seed=1)
    assert mask.dtype == bool and mask.sum() == 250
    np.testing.assert_array_equal(mask, split_train_test(1000, 0.25, seed=1))
    assert not np.array_equal(mask, split_train_test(1000, 0.25, seed=2))
    assert not split_train_test(1000, 0.0).any()
    assert split_train_test(3, 0.9).sum() == 2  # one sample is always left for training


@pytest.mark.parametrize("fraction", [-0.1, 0.95, "half", None])
def test_bad_split_fractions_are_refused(fraction):
    with pytest.raises(ValueError, match="test fraction"):
        split_train_test(100, fraction)


# -- CSV --------------------------------------------------------------------------------

def test_csv_round_trip_is_exact(tmp_path):
    data = make_preset("spirals", 50, seed=2)
    path = tmp_path / "points.csv"
    write_points_csv(path, data.inputs, data.targets)
    assert path.read_text().splitlines()[0] == "x,y,label"
    loaded = read_points_csv(path)
    np.testing.assert_array_equal(loaded.inputs, data.inputs)
    np.testing.assert_array_equal(loaded.targets, data.targets)
    assert loaded.name == "points.csv"


def test_csv_without_header_with_comments_blank_lines_and_a_bom_is_read(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_bytes("\ufeff# two points\n1.5, -2, 1\n\n 0,3e-1 ,0\n".encode())
    loaded = read_points_csv(path)
    np.testing.assert_array_equal(loaded.inputs, np.float32([[1.5, -2], [0, 0.3]]))
    np.testing.assert_array_equal(loaded.targets, [[1], [0]])


def test_every_bad_row_is_reported_with_its_line_number():
    text = ("x,y,label\n"
            "1,2,0\n"
            "1,2\n"             # line 3: two values
            "a,2,1\n"           # line 4: not a number
            "1,2,2\n"           # line 5: label 2
            "nan,1,0\n"         # line 6: not finite
            "3,4,1\n"
            "1,2,0,9\n")        # line 8: four values
    with pytest.raises(CsvFormatError) as caught:
        parse_points_csv(text, "bad.csv")
    assert [line for line, _ in caught.value.errors] == [3, 4, 5, 6, 8]
    message = str(caught.value)
    assert "bad.csv was not imported" in message and "nothing was changed" in message
    assert "line 5: the label must be 0 or 1, got '2'" in message
    assert "line 6: x must be a finite number" in message


def test_csv_with_one_class_or_one_point_is_refused():
    with pytest.raises(CsvFormatError, match="both classes"):
        parse_points_csv("1,2,1\n3,4,1\n")
    with pytest.raises(CsvFormatError, match="at least 2"):
        parse_points_csv("x,y,label\n1,2,1\n")


def test_csv_size_caps(tmp_path, monkeypatch):
    from tfintro_gui.core.classifier import data_files

    monkeypatch.setattr(data_files, "MAX_ROWS", 3)
    with pytest.raises(CsvFormatError, match="more than 3 points"):
        parse_points_csv("".join(f"{i},0,{i % 2}\n" for i in range(10)))
    monkeypatch.setattr(data_files, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("x,y,label\n1,2,0\n3,4,1\n")
    with pytest.raises(CsvFormatError, match="limit is"):
        read_points_csv(path)


def test_csv_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(CsvFormatError, match="not UTF-8"):
        read_points_csv(path)


def test_many_bad_rows_are_summarised():
    with pytest.raises(CsvFormatError) as caught:
        parse_points_csv("x,y,label\n" + "1,2,3\n" * 20)
    assert len(caught.value.errors) == 20
    assert "… and 12 more bad lines" in str(caught.value)


# -- issue 14: input that overflows float32, huge integers, files that are not files ------

@pytest.mark.parametrize("parse, text", [
    (parse_mean, "[1e39, 0]"),
    (parse_covariance, "[[1e80, 0], [0, 1]]"),
    (parse_mean, "[2e6, 0]"),
])
def test_data_that_overflows_float32_is_refused_with_the_range(parse, text):
    """Regression: a mean of [1e39, 0] or a covariance of [[1e80, 0], [0, 1]] was accepted
    (finite as float64) and drew infinite points."""
    with pytest.raises(ValueError, match=r"too large; every number must be between -1,000,000"):
        parse(text)


@pytest.mark.parametrize("parse, text", [
    (parse_mean, "[1" + "0" * 400 + ", 0]"),
    (parse_covariance, "[[1" + "0" * 400 + ", 0], [0, 1]]"),
])
def test_huge_integers_in_the_mean_and_covariance_are_refused_not_an_overflow_error(parse,
                                                                                    text):
    """Regression: 400-digit integers raised OverflowError uncaught."""
    with pytest.raises(ValueError, match="is too large") as caught:
        parse(text)
    assert len(str(caught.value)) < 300  # the number is not echoed in full


def test_a_long_typo_is_refused_without_echoing_it_in_full():
    with pytest.raises(ValueError, match="30,000 characters") as caught:
        parse_mean("[1, " + "x" * 29_996)
    assert len(str(caught.value)) < 200


def test_drawn_points_beyond_the_range_are_refused():
    with pytest.raises(ValueError, match="The points drawn reach"):
        make_two_gaussians(50, mean_0=[999_999, 0], covariance=[[1e6, 0], [0, 1]], seed=0)


def test_a_csv_with_a_value_beyond_float32_is_refused(tmp_path):
    """Regression: 3.5e38 passed (finite as float64) and became infinite points."""
    path = tmp_path / "huge.csv"
    path.write_text("x,y,label\n3.5e38,0,1\n1,2,0\n0,1,0\n")
    with pytest.raises(CsvFormatError, match=r"line 2: x must be between -1,000,000"):
        read_points_csv(path)


def test_the_apps_own_csv_export_imports_back_at_the_edge_of_the_range(tmp_path):
    points = np.float32([[-1e6, 1e6], [999_999.94, -3.5e-38], [0.1, 2.5e5]])
    labels = np.float32([[0], [1], [1]])
    path = tmp_path / "edge.csv"
    write_points_csv(path, points, labels)
    loaded = read_points_csv(path)
    np.testing.assert_array_equal(loaded.inputs, points)
    np.testing.assert_array_equal(loaded.targets, labels)


def test_a_csv_field_over_131072_characters_is_refused_not_a_csv_error(tmp_path):
    """Regression: _csv.Error ("field larger than field limit") was raised uncaught."""
    path = tmp_path / "long.csv"
    path.write_text("x,y,label\n1,2,0\n" + "1" * 140_000 + ",1,0\n")
    with pytest.raises(CsvFormatError, match="line 3: a field is too long"):
        read_points_csv(path)


def test_dev_zero_is_refused_before_reading():
    """Regression: /dev/zero was read until MemoryError."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(CsvFormatError, match="not a regular file"):
        read_points_csv("/dev/zero")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    """Regression: opening a FIFO with no writer blocked forever."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "points.csv"
    os.mkfifo(fifo)
    with pytest.raises(CsvFormatError, match="not a regular file"):
        read_points_csv(fifo)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(CsvFormatError, match="it is a folder"):
        read_points_csv(tmp_path)


def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path, monkeypatch):
    from tfintro_gui.core.classifier import data_files

    path = tmp_path / "points.csv"
    path.write_text("x,y,label\n1,2,0\n3,4,1\n")
    real_fstat = os.fstat
    monkeypatch.setattr(data_files.os, "fstat", lambda fd: os.stat_result(
        (*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:])))  # says 0 bytes, holds more
    monkeypatch.setattr(data_files, "MAX_FILE_BYTES", 10)
    with pytest.raises(CsvFormatError, match="limit is"):
        read_points_csv(path)
