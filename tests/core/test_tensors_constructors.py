"""The notebook's constructors typed into a value field: read with ast, checked like the
Create form's arguments, never evaluated."""

import numpy as np
import pytest

from tfintro_gui.core.tensors import TensorActionError, TensorInputError, Workspace
from tfintro_gui.core.tensors.constructors import parse_constructor


@pytest.fixture
def workspace():
    space = Workspace()
    space.create("v", "tf.zeros", shape="(3, 1)", variable=True)
    return space


@pytest.mark.parametrize(("typed", "code", "expected"), [
    ("tf.ones((3, 1))", "v.assign(tf.ones(shape=(3, 1)))", np.ones((3, 1))),
    ("tf.zeros(shape=(3, 1))", "v.assign(tf.zeros(shape=(3, 1)))", np.zeros((3, 1))),
    ("np.ones([3, 1])", "v.assign(np.ones((3, 1)))", np.ones((3, 1))),
    ("tf.constant([[1.], [2.], [3.]])", "v.assign(tf.constant([[1.0], [2.0], [3.0]]))",
     np.array([[1.0], [2.0], [3.0]])),
])
def test_the_notebooks_constructors_assign_as_in_the_notebook(workspace, typed, code,
                                                                expected):
    result = workspace.assign("v", typed)
    assert result.code == (code,)
    np.testing.assert_allclose(workspace.value("v"), expected, rtol=0, atol=0)


def test_a_random_constructor_draws_and_is_marked_not_reproducible(workspace):
    result = workspace.assign("v", "tf.random.normal(shape=(3, 1), mean=0., stddev=1.)")
    assert result.code == ("v.assign(tf.random.normal(shape=(3, 1), mean=0.0, stddev=1.0))",)
    assert np.all(np.isfinite(workspace.value("v"))) and np.std(workspace.value("v")) > 0
    info, = [entry for entry in workspace.entries() if entry.name == "v"]
    assert not info.reproducible


@pytest.mark.parametrize(("typed", "code"), [
    ('__import__("os").system("ls")', "constructor.unknown"),
    ("os.system('ls')", "constructor.unknown"),
    ("tf.ones((3, 1), foo=1)", "constructor.argument"),
    ("tf.ones(10**9)", "constructor.argument"),       # an expression, not a literal
    ("tf.ones((3, 1), dtype=tf.complex64)", "constructor.argument"),
    ("tf.ones((100000, 100000))", "shape.too_many_elements"),
    ("tf.random.normal(shape=(3, 1), stddev=-1.)", "normal.negative_stddev"),
])
def test_anything_else_is_refused_and_changes_nothing(workspace, typed, code):
    before = workspace.value("v").copy()
    with pytest.raises(TensorInputError) as refused:
        workspace.assign("v", typed)
    assert refused.value.code == code
    np.testing.assert_array_equal(workspace.value("v"), before)


def test_a_shape_that_does_not_fit_the_variable_is_tensorflows_refusal(workspace):
    with pytest.raises(TensorActionError) as refused:
        workspace.assign("v", "tf.ones((2, 2))")
    # No broadcast can help a (2, 2) value: the explanation asks for the shape itself.
    assert refused.value.code == "assign.shape_mismatch_array"
    assert refused.value.values["shape"] == "(3, 1)"
    with pytest.raises(TensorActionError) as refused:
        workspace.assign("v", "5.")
    assert refused.value.code == "assign.shape_mismatch"  # a scalar: multiply, or a slice


def test_text_that_is_not_a_call_is_left_to_the_literal_reader():
    assert parse_constructor("[[1, 2], [3, 4]]", "value") is None
    assert parse_constructor("3.", "value") is None
    assert parse_constructor("tf.ones((3,", "value") is None
