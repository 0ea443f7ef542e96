"""Data generation and validation of the classifier's two Gaussian classes."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import (
    make_two_gaussians,
    parse_covariance,
    parse_mean,
)


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


def test_covariance_must_be_symmetric():
    with pytest.raises(ValueError, match="symmetric"):
        parse_covariance("[[1, 0.5], [0.2, 1]]")


def test_covariance_must_be_positive_semi_definite():
    with pytest.raises(ValueError, match="positive semi-definite.*eigenvalue"):
        parse_covariance("[[1, 2], [2, 1]]")


def test_degenerate_but_valid_covariance_is_accepted():
    np.testing.assert_array_equal(parse_covariance("[[1, 1], [1, 1]]"), [[1, 1], [1, 1]])
