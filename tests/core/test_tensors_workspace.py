"""The Tensors workspace against direct TensorFlow: creators, assigns, ops, conversions,
failures that change nothing, and the generated code rebuilding the workspace."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tensors import (
    CODES,
    OPS,
    Explanation,
    TensorActionError,
    TensorInputError,
    Workspace,
)
from tfintro_gui.core.tensors.self_check import self_check

tf = import_tensorflow()


@pytest.fixture
def workspace():
    return Workspace()


def snapshot(workspace):
    """Everything a failed action must leave as it was."""
    return (workspace.entries(), {name: workspace.value(name) for name in workspace.names()},
            workspace.code_lines())


def assert_unchanged(workspace, before):
    entries, values, code = before
    assert workspace.entries() == entries
    assert workspace.code_lines() == code
    for name, value in values.items():
        np.testing.assert_array_equal(workspace.value(name), value)
        assert workspace.value(name).dtype == value.dtype


# -- creating ----------------------------------------------------------------------------
def test_tf_ones_and_zeros_match_the_notebook(workspace):
    result = workspace.create("x", "tf.ones", shape="(2, 3)")
    np.testing.assert_array_equal(result.value, tf.ones(shape=(2, 3)).numpy())
    assert (result.kind, result.dtype, result.shape) == ("constant", "float32", (2, 3))
    assert result.code == ("x = tf.ones(shape=(2, 3))",)
    result = workspace.create("z", "tf.zeros", shape=(2, 1), dtype="int64")
    np.testing.assert_array_equal(result.value, np.zeros((2, 1)))
    assert result.dtype == "int64"
    assert result.code == ("z = tf.zeros(shape=(2, 1), dtype=tf.int64)",)
    info = workspace.info("x")
    assert info.device.startswith(("CPU", "GPU")) and info.reproducible


def test_seeded_random_normal_and_uniform_match_stateless_tf(workspace):
    normal = workspace.create("n", "tf.random.normal", shape=(3, 1), mean=1.0, stddev=2.0,
                              seed=5)
    expected = tf.random.stateless_normal((3, 1), seed=(5, 0), mean=1.0, stddev=2.0)
    np.testing.assert_array_equal(normal.value, expected.numpy())
    uniform = workspace.create("u", "tf.random.uniform", shape=(4,), minval=0, maxval=10,
                               dtype="int32", seed=3)
    expected = tf.random.stateless_uniform((4,), seed=(3, 0), minval=0, maxval=10,
                                           dtype=tf.int32)
    np.testing.assert_array_equal(uniform.value, expected.numpy())
    assert uniform.dtype == "int32" and "minval=0, maxval=10" in uniform.code[0]
    assert not normal.warnings and workspace.info("n").reproducible


def test_unseeded_random_is_flagged_as_not_reproducible(workspace):
    result = workspace.create("r", "tf.random.uniform", shape=(1000,), minval=-1.0, maxval=1.0)
    assert result.value.min() >= -1.0 and result.value.max() < 1.0
    assert result.value.std() > 0.3  # really random, not a constant fill
    assert result.warnings == (Explanation("warn.no_seed"),)
    assert result.code == ("r = tf.random.uniform(shape=(1000,), minval=-1.0, maxval=1.0)",)
    assert not workspace.info("r").reproducible
    workspace.apply("square", "s", "r")
    assert not workspace.info("s").reproducible


def test_tf_constant_from_a_literal_infers_or_takes_the_dtype(workspace):
    result = workspace.create("t", "tf.constant", literal="[[1, 2], [3, 4]]")
    assert result.dtype == "int32" and result.code == ("t = tf.constant([[1, 2], [3, 4]])",)
    result = workspace.create("f", "tf.constant", literal="[[1, 2], [3, 4]]", dtype="float32")
    np.testing.assert_array_equal(result.value, tf.constant([[1, 2], [3, 4]], tf.float32))
    assert result.code == ("f = tf.constant([[1, 2], [3, 4]], dtype=tf.float32)",)


def test_numpy_sources_keep_float64(workspace):
    result = workspace.create("n", "np.ones", shape="(3, 3)")
    assert (result.kind, result.dtype) == ("ndarray", "float64")
    assert result.code == ("n = np.ones((3, 3))",)
    result = workspace.create("g", "np.random.normal", shape=(2, 2), seed=7)
    np.testing.assert_array_equal(result.value,
                                  np.random.default_rng(7).normal(0.0, 1.0, size=(2, 2)))
    result = workspace.create("k", "np.array", literal="[1, 2]", dtype="bool")
    assert result.code == ("k = np.array([1, 2], dtype=np.bool_)",)
    assert result.value.dtype == np.bool_


def test_create_as_variable_is_the_notebooks_tf_variable(workspace):
    result = workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
    assert result.kind == "variable"
    assert result.code[0].startswith("v = tf.Variable(initial_value=tf.random.stateless_normal(")
    assert isinstance(workspace.object("v"), tf.Variable)


# -- the notebook's conversions ----------------------------------------------------------
def test_the_notebooks_three_conversion_cells(workspace):
    workspace.create("x", "np.ones", shape=(3, 3))
    product = workspace.convert("tf.multiply", "x", "t")
    assert (product.kind, product.dtype) == ("constant", "float64")
    np.testing.assert_array_equal(product.value, np.full((3, 3), 42.0))
    assert product.warnings == (Explanation("warn.keeps_numpy_dtype", {"dtype": "float64"}),)
    added = workspace.convert("np.add", "t", "y")
    assert added.kind == "ndarray" and isinstance(workspace.object("y"), np.ndarray)
    np.testing.assert_array_equal(added.value, np.full((3, 3), 43.0))
    assert added.warnings == (Explanation("warn.numpy_function",
                                          {"type": "ndarray", "result": "y"}),)
    as_numpy = workspace.convert("numpy", "t", "z")
    assert as_numpy.kind == "ndarray" and as_numpy.code == ("z = t.numpy()",)
    variable = workspace.convert("tf.Variable", "t", "v")
    assert variable.kind == "variable" and variable.code == ("v = tf.Variable(t)",)


# -- variables ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["nan", "inf", "Infinity"])
def test_nan_and_inf_typed_as_a_value_are_refused_as_numbers_not_names(workspace, text):
    workspace.create("v", "tf.zeros", shape=(3, 1), variable=True)
    with pytest.raises(TensorInputError) as refused:
        workspace.assign("v", text)
    assert refused.value.explanation.code == "number.not_finite"
    np.testing.assert_array_equal(workspace.value("v"), np.zeros((3, 1)))
    workspace.create("nan", "tf.ones", shape=(3, 1))  # an entry of that name is used
    np.testing.assert_array_equal(workspace.assign("v", "nan").value, np.ones((3, 1)))


def test_assign_forms_match_direct_tf(workspace):
    workspace.create("v", "tf.random.normal", shape=(3, 1), seed=1, variable=True)
    direct = tf.Variable(tf.random.stateless_normal((3, 1), seed=(1, 0)))
    workspace.create("o", "tf.ones", shape=(3, 1))

    result = workspace.assign("v", "o")
    direct.assign(tf.ones((3, 1)))
    np.testing.assert_array_equal(result.value, direct.numpy())
    assert result.code == ("v.assign(o)",)

    result = workspace.assign("v", "3.", index="0:2, 0")
    direct[0:2, 0].assign(3.0)
    np.testing.assert_array_equal(result.value, [[3.0], [3.0], [1.0]])
    np.testing.assert_array_equal(result.value, direct.numpy())
    assert result.code == ("v[0:2, 0].assign(3.0)",)

    result = workspace.assign("v", "o", method="assign_add")
    direct.assign_add(tf.ones((3, 1)))
    np.testing.assert_array_equal(result.value, direct.numpy())
    result = workspace.assign("v", "[[1.0], [1.0], [1.0]]", method="assign_sub")
    direct.assign_sub(tf.ones((3, 1)))
    np.testing.assert_array_equal(result.value, direct.numpy())
    assert result.code == ("v.assign_sub([[1.0], [1.0], [1.0]])",)


def test_cell_edits_assign_into_variables_and_numpy_arrays(workspace):
    workspace.create("v", "tf.zeros", shape=(2, 2), variable=True)
    result = workspace.set_item("v", (1, 0), "5.5")
    assert result.code == ("v[1, 0].assign(5.5)",)
    np.testing.assert_array_equal(workspace.value("v"), [[0, 0], [5.5, 0]])
    workspace.create("s", "tf.zeros", shape=(), variable=True)
    assert workspace.set_item("s", (), "2.").code == ("s.assign(2.0)",)
    workspace.create("n", "np.array", literal="[1, 2, 3]")
    result = workspace.set_item("n", (2,), "2.7")
    assert result.code == ("n[2] = 2.7",)
    np.testing.assert_array_equal(workspace.value("n"), [1, 2, 2])
    assert result.warnings == (Explanation("warn.numpy_stored", {
        "stored": "2", "name": "n", "dtype": "int64", "value": "2.7"}),)


# -- operations --------------------------------------------------------------------------
_A = np.array([[1.0, -4.0], [9.0, 0.5]], dtype=np.float32)
_B = np.array([[2.0, 1.0], [0.0, 3.0]], dtype=np.float32)


@pytest.mark.parametrize("op, kwargs, direct", [
    ("square", {}, lambda a, b: tf.square(a)),
    ("sqrt", {}, lambda a, b: tf.sqrt(a)),
    ("exp", {}, lambda a, b: tf.exp(a)),
    ("log", {}, lambda a, b: tf.math.log(a)),
    ("relu", {}, lambda a, b: tf.nn.relu(a)),
    ("abs", {}, lambda a, b: tf.abs(a)),
    ("+", {"y": "b"}, lambda a, b: a + b),
    ("-", {"y": "b"}, lambda a, b: a - b),
    ("*", {"y": "b"}, lambda a, b: a * b),
    ("/", {"y": "b"}, lambda a, b: a / b),
    ("matmul", {"y": "b"}, lambda a, b: tf.matmul(a, b)),
    ("transpose", {}, lambda a, b: tf.transpose(a)),
    ("reshape", {"shape": "(4, -1)"}, lambda a, b: tf.reshape(a, (4, -1))),
    ("reduce_sum", {"axis": "0"}, lambda a, b: tf.reduce_sum(a, axis=0)),
    ("reduce_mean", {"axis": ""}, lambda a, b: tf.reduce_mean(a)),
    ("cast", {"dtype": "int32"}, lambda a, b: tf.cast(a, tf.int32)),
])
def test_each_op_matches_direct_tf(workspace, op, kwargs, direct):
    workspace.create("a", "tf.constant", literal=repr(_A.tolist()))
    workspace.create("b", "tf.constant", literal=repr(_B.tolist()))
    result = workspace.apply(op, "r", "a", **kwargs)
    expected = direct(tf.constant(_A), tf.constant(_B))
    np.testing.assert_array_equal(result.value, expected.numpy())
    assert result.dtype == expected.dtype.name and result.shape == tuple(expected.shape)
    assert set(OPS) >= {op}


def test_the_notebooks_a_to_e_sequence_ends_in_fours(workspace):
    workspace.create("a", "tf.ones", shape=(2, 2))
    workspace.apply("square", "b", "a")
    workspace.apply("sqrt", "c", "a")
    np.testing.assert_array_equal(workspace.apply("+", "d", "b", "c").value, np.full((2, 2), 2))
    np.testing.assert_array_equal(workspace.apply("matmul", "e", "a", "b").value,
                                  np.full((2, 2), 2))
    result = workspace.apply("*", "e", "e", "d")
    assert result.code == ("e *= d",)
    np.testing.assert_array_equal(result.value, np.full((2, 2), 4))
    assert workspace.names() == ["a", "b", "c", "d", "e"]


def test_broadcasting_is_shown_as_shapes_in_and_out(workspace):
    workspace.create("m", "tf.ones", shape=(2, 3))
    workspace.create("row", "tf.constant", literal="[1., 2., 3.]")
    result = workspace.apply("+", "s", "m", "row")
    assert result.summary == Explanation("result.op", {
        "code": "s = m + row", "shapes": "(2, 3) + (3,)", "shape": "(2, 3)",
        "dtype": "float32", "kind": "constant"})
    assert result.notes == (Explanation("note.broadcast", {
        "left_shape": "(2, 3)", "right_shape": "(3,)", "shape": "(2, 3)"}),)
    np.testing.assert_array_equal(result.value, [[2, 3, 4], [2, 3, 4]])
    scalar = workspace.apply("*", "t", "m", "2")
    assert scalar.summary.values["shapes"] == "(2, 3) * ()"
    assert not workspace.apply("+", "same", "m", "m").notes


def test_sqrt_of_a_negative_is_flagged_as_nan(workspace):
    workspace.create("x", "tf.constant", literal="[-1., 4.]")
    result = workspace.apply("sqrt", "y", "x")
    assert np.isnan(result.value[0]) and result.value[1] == 2.0
    assert result.warnings == (Explanation("warn.sqrt_nan",
                                           {"count": 1, "total": 2, "name": "x"}),)
    assert not workspace.apply("sqrt", "z", "[4., 9.]").warnings


def test_numpy_op_on_a_tensor_returns_an_ndarray(workspace):
    workspace.create("t", "tf.ones", shape=(2,))
    result = workspace.convert("np.add", "t", "n")
    assert type(workspace.object("n")) is np.ndarray and result.kind == "ndarray"


def test_float64_ndarray_converted_silently_to_a_tensors_float32_is_flagged(workspace):
    workspace.create("a", "tf.ones", shape=(2,))
    workspace.create("n", "np.ones", shape=(2,))
    result = workspace.apply("+", "s", "a", "n")
    assert result.dtype == "float32"
    np.testing.assert_array_equal(result.value, (tf.ones((2,)) + np.ones(2)).numpy())
    assert result.warnings == (Explanation("warn.numpy_converted", {
        "name": "n", "dtype": "float64", "result_dtype": "float32"}),)


def test_int_division_is_flagged(workspace):
    workspace.create("i", "tf.constant", literal="[1, 2]")
    result = workspace.apply("/", "q", "i", "2")
    assert result.dtype == "float64"
    assert result.warnings == (Explanation("warn.int_division", {"dtype": "float64"}),)


# -- failures change nothing -------------------------------------------------------------
@pytest.fixture
def busy():
    """A workspace with one entry of each kind and some code."""
    workspace = Workspace()
    workspace.create("a", "tf.ones", shape=(2, 2))
    workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
    workspace.create("n", "np.ones", shape=(2, 2))
    workspace.create("i", "tf.constant", literal="[1, 2, 3]")
    workspace.create("iv", "tf.constant", literal="[1, 2, 3]", variable=True)
    workspace.create("ni", "np.array", literal="[[1, 2], [3, 4]]")
    workspace.convert("tf.multiply", "n", "t64")
    return workspace


FAILURES = {
    "constant cell edit": (lambda w: w.set_item("a", (0, 0), "0."),
                           "does not support item assignment", "constant.item_assignment"),
    "assign on a constant": (lambda w: w.assign("a", "[[0., 0.], [0., 0.]]"), "assign",
        "assign.not_variable"),
    "assign a scalar": (lambda w: w.assign("v", "5."), "Shape mismatch",
        "assign.shape_mismatch"),
    "assign a wrong shape": (lambda w: w.assign("v", "[[1.], [2.]]"), "Shape mismatch",
        "assign.shape_mismatch_array"),
    "assign float64 into float32": (lambda w: w.assign("v", "t64"), None, "assign.dtype"),
    "slice assign too many values": (lambda w: w.assign("v", "[1., 2., 3.]", index="0:2, 0"),
                                     "Cannot broadcast", "assign.slice_broadcast"),
    "slice index out of range": (lambda w: w.assign("v", "1.", index="5, 0"), "out of bounds",
        "assign.out_of_range"),
    "float into an int variable": (lambda w: w.assign("iv", "[1.5, 2., 3.]"), "Cannot convert",
        "assign.int_value"),
    "2.0 into an int variable cell": (lambda w: w.set_item("iv", (0,), "2.0"), "Cannot convert",
        "assign.int_value"),
    "assign_add a scalar": (lambda w: w.assign("v", "1.", method="assign_add"),
                            "shapes must be equal", "assign.shape_mismatch_update"),
    "slice with assign_sub": (lambda w: w.assign("v", "1.", method="assign_sub", index="0"),
                              None, "assign.slice_needs_assign"),
    "float32 + float64": (lambda w: w.apply("+", "r", "a", "t64"), "double",
        "op.dtype_mismatch"),
    "int + 2.5": (lambda w: w.apply("+", "r", "i", "2.5"), "int32", "op.number_dtype"),
    "shapes that do not broadcast": (lambda w: w.apply("+", "r", "a", "[1., 2., 3.]"),
                                     "Incompatible shapes", "op.broadcast"),
    "matmul inner sizes": (lambda w: w.apply("matmul", "r", "a", "v"), "size-incompatible",
        "op.matmul_inner"),
    "matmul of a vector": (lambda w: w.apply("matmul", "r", "i", "i"), "ndims",
        "op.matmul_rank"),
    "sqrt of ints": (lambda w: w.apply("sqrt", "r", "i"), "allowed values",
        "op.dtype_not_allowed"),
    "reshape to another size": (lambda w: w.apply("reshape", "r", "a", shape="(3,)"),
                                "reshape", "op.reshape"),
    "reduce over a missing axis": (lambda w: w.apply("reduce_sum", "r", "a", axis="2"),
                                   "reduction", "op.reduce_axis"),
    "in-place op on a variable": (lambda w: w.apply("*", "v", "v", "2."), "not supported",
        "op.in_place_variable"),
    "in-place float into int array": (lambda w: w.apply("*", "ni", "ni", "2.5"), "cast",
        "op.in_place_numpy"),
    "result over the size cap": (lambda w: w.apply("matmul", "r", "[[1.]] ", "a"), None,
        "op.too_large"),
    "two literals": (lambda w: w.apply("+", "r", "[1]", "[2]"), None, "op.two_literals"),
    "result name taken": (lambda w: w.apply("square", "n", "a"), None, "name.taken"),
    "keyword name": (lambda w: w.create("for", "tf.ones", shape=(1,)), None, "name.keyword"),
    "name tf": (lambda w: w.create("tf", "tf.ones", shape=(1,)), None, "name.reserved"),
    "taken name on create": (lambda w: w.create("a", "tf.ones", shape=(1,)), None,
        "name.taken"),
    "shape over the cap": (lambda w: w.create("big", "tf.zeros", shape=(1001, 1000)), None,
        "shape.too_many_elements"),
    "normal with an int dtype": (lambda w: w.create("r", "tf.random.normal", shape=(2,),
                                                    dtype="int32"), None, "normal.needs_float"),
    "uniform with minval ≥ maxval": (lambda w: w.create("r", "tf.random.uniform", shape=(2,),
                                                        minval=1.0, maxval=1.0), None,
        "uniform.bounds"),
    "negative seed": (lambda w: w.create("r", "tf.random.normal", shape=(2,), seed=-1), None,
        "seed.out_of_range"),
    "ragged literal": (lambda w: w.create("r", "tf.constant", literal="[[1], [2, 3]]"), None,
        "literal.ragged"),
    "float literal into int32": (lambda w: w.create("r", "tf.constant", literal="[1.5]",
                                                    dtype="int32"), "Cannot convert",
        "create.fraction_into_int"),
    "numpy() of an ndarray": (lambda w: w.convert("numpy", "n", "r"), "no attribute",
        "convert.no_numpy"),
    "rename to a taken name": (lambda w: w.rename("a", "v"), None, "name.taken"),
    "rename to a bad name": (lambda w: w.rename("a", "1a"), None, "name.not_identifier"),
    "delete a missing entry": (lambda w: w.delete("missing"), None, "name.unknown"),
    "unknown op": (lambda w: w.apply("tanh", "r", "a"), None, "op.unknown"),
    "unknown entry operand": (lambda w: w.apply("square", "r", "missing"), None,
        "name.unknown"),
    "cell value that is a list": (lambda w: w.set_item("v", (0, 0), "[1., 2.]"), None,
        "cell.not_scalar"),
    "cell index outside the shape": (lambda w: w.set_item("v", (3, 0), "1."), None,
        "cell.index_outside"),
    "bad slice text": (lambda w: w.assign("v", "1.", index="0:2; x"), None, "index.unreadable"),
    "overflow into an int32 array cell": (
        lambda w: (w.convert("numpy", "i", "ii"), w.set_item("ii", (0,), str(2**40))), None,
        "value.out_of_range"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_failures_raise_a_coded_explanation_and_change_nothing(busy, case):
    action, tensorflow_text, code = FAILURES[case]
    if case == "result over the size cap":
        busy.create("col", "tf.ones", shape=(1000, 1))
        busy.create("row", "tf.ones", shape=(1, 1001))
        action = lambda w: w.apply("matmul", "r", "col", "row")  # noqa: E731
    if case == "overflow into an int32 array cell":
        busy.convert("numpy", "i", "ii")
        action = lambda w: w.set_item("ii", (0,), str(2**40))  # noqa: E731
    before = snapshot(busy)
    with pytest.raises(TensorInputError) as raised:
        action(busy)
    assert raised.value.code == code
    assert set(raised.value.values) == set(CODES[code])
    if tensorflow_text is not None:
        assert isinstance(raised.value, TensorActionError)
        assert tensorflow_text in raised.value.tensorflow_error
    assert_unchanged(busy, before)


def test_constant_edit_shows_tensorflows_own_error_and_the_ways_out(busy):
    with pytest.raises(TensorActionError) as raised:
        busy.set_item("a", (0, 1), "5.")
    error = raised.value
    assert error.tensorflow_error == ("TypeError: 'tensorflow.python.framework.ops.EagerTensor'"
                                      " object does not support item assignment")
    assert error.explanation == Explanation("constant.item_assignment", {
        "code": "a[0, 1] = 5.0", "name": "a", "index": "0, 1", "index_list": "[0, 1]",
        "value": "5.0"})


def test_dtype_mismatch_names_both_dtypes_and_the_cast(busy):
    with pytest.raises(TensorActionError) as raised:
        busy.apply("+", "r", "a", "t64")
    error = raised.value
    assert (error.values["left_dtype"], error.values["right_dtype"]) == ("float32", "float64")
    assert error.values["fixed"] == "r = a + tf.cast(t64, tf.float32)"
    fixed = busy.apply("cast", "t32", "t64", dtype="float32")
    assert busy.apply("+", "r", "a", "[[1., 1.], [1., 1.]]").dtype == "float32"
    assert fixed.dtype == "float32"


def test_assign_of_a_scalar_suggests_a_broadcasting_slice(busy):
    with pytest.raises(TensorActionError) as raised:
        busy.assign("v", "5.")
    assert raised.value.explanation == Explanation("assign.shape_mismatch", {
        "code": "v.assign(5.0)", "name": "v", "shape": "(3, 1)", "value_shape": "()",
        "value": "5.0"})
    result = busy.assign("v", "5.", index="...")
    np.testing.assert_array_equal(result.value, np.full((3, 1), 5.0))


# -- managing entries --------------------------------------------------------------------
def test_rename_keeps_the_place_and_value_and_delete_removes(busy):
    value = busy.value("v")
    result = busy.rename("v", "weights")
    assert busy.names()[1] == "weights" and "v" not in busy
    np.testing.assert_array_equal(busy.value("weights"), value)
    assert result.code == ("weights = v", "del v") and result.removed == ("v",)
    result = busy.delete("weights")
    assert "weights" not in busy and result.code == ("del weights",)


def test_unused_names_never_clash_with_the_notebooks_cells(workspace):
    assert workspace.unused_name() == "t1"
    workspace.create("t1", "tf.ones", shape=(1,))
    workspace.create("t2", "tf.ones", shape=(1,))
    assert workspace.unused_name() == "t3"
    for name in ("x", "v", "a", "b", "c", "d", "e"):  # the notebook's, typed later
        workspace.create(name, "tf.ones", shape=(1,))
    assert workspace.unused_name() == "t3"


# -- the code rebuilds the workspace -----------------------------------------------------
def test_generated_code_run_in_a_fresh_python_reproduces_the_workspace(tmp_path):
    workspace = Workspace()
    workspace.create("a", "tf.ones", shape=(2, 2))
    workspace.apply("square", "b", "a")
    workspace.apply("sqrt", "c", "a")
    workspace.apply("+", "d", "b", "c")
    workspace.apply("matmul", "e", "a", "b")
    workspace.apply("*", "e", "e", "d")
    workspace.create("v", "tf.random.normal", shape=(3, 1), seed=4, variable=True)
    workspace.assign("v", "[[1.], [1.], [1.]]")
    workspace.assign("v", "3.", index="0:2, 0")
    workspace.assign("v", "[[1.], [1.], [1.]]", method="assign_add")
    workspace.set_item("v", (2, 0), "-0.25")
    workspace.create("u", "tf.random.uniform", shape=(2, 3), minval=-2.0, maxval=2.0, seed=9)
    workspace.create("w", "tf.random.uniform", shape=(4,), minval=0, maxval=5, dtype="int64",
                     seed=2)
    workspace.create("g", "np.random.normal", shape=(3, 3), seed=11)
    workspace.create("x", "np.ones", shape=(3, 3))
    workspace.convert("tf.multiply", "x", "t")
    workspace.convert("np.add", "t", "y")
    workspace.convert("numpy", "t", "tn")
    workspace.set_item("tn", (0, 0), "7.5")
    workspace.apply("/", "q", "g", "t")
    workspace.apply("reshape", "rs", "u", shape="(3, -1)")
    workspace.apply("reduce_mean", "rm", "rs", axis="1")
    workspace.apply("sqrt", "nan", "[-1., 4.]")
    workspace.convert("tf.Variable", "u", "uv")
    workspace.assign("uv", "0.", index="1, ::2")
    workspace.create("lit", "tf.constant", literal="[[1, 2], [3, 4]]", dtype="float64")
    workspace.apply("cast", "lit32", "lit", dtype="float32")
    workspace.rename("lit32", "m")
    workspace.delete("lit")
    workspace.create("free", "tf.random.normal", shape=(2,))  # unseeded: not compared
    reproducible = [info.name for info in workspace.entries() if info.reproducible]
    assert "free" not in reproducible and len(reproducible) == len(workspace) - 1

    dump = tmp_path / "values.npz"
    kinds = tmp_path / "kinds.json"
    script = workspace.script() + (
        "import json\n"
        f"_names = {reproducible!r}\n"
        f"np.savez({str(dump)!r}, **{{n: np.asarray(globals()[n]) for n in _names}})\n"
        f"json.dump({{n: type(globals()[n]).__name__ for n in _names}}, open({str(kinds)!r}, "
        "'w'))\n")
    environment = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               timeout=300, env=environment, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr[-2000:]
    rebuilt = np.load(dump)
    rebuilt_kinds = json.loads(kinds.read_text())
    expected_type = {"constant": ("EagerTensor",), "ndarray": ("ndarray",),
                     "variable": ("ResourceVariable",)}
    for name in reproducible:
        info = workspace.info(name)
        value = workspace.value(name)
        assert rebuilt[name].dtype == value.dtype, name
        np.testing.assert_allclose(rebuilt[name], value, rtol=1e-6, atol=1e-6, err_msg=name)
        assert rebuilt_kinds[name] in expected_type[info.kind], name


def test_self_check_passes():
    report = self_check()
    assert report["ok"], report
    assert report["e"] == [[4.0, 4.0], [4.0, 4.0]] and report["v"][:2] == [3.0, 3.0]


# -- a refused action changes nothing; every input is capped before the work --------------
def test_a_refused_shape_adds_no_entry_and_saving_still_works(workspace):
    """Issue 14: tf.ones with shape (0, 9223372036854775807) was refused, yet entry z was
    added; it could not be selected or deleted, and saving the session raised."""
    from tfintro_gui.core.tensors.snapshot import workspace_state

    workspace.create("a", "tf.ones", shape=(2, 2))
    before = snapshot(workspace)
    with pytest.raises(TensorInputError) as raised:
        workspace.create("z", "tf.ones", shape="(0, 9223372036854775807)")
    assert raised.value.code == "shape.axis_too_large"
    assert_unchanged(workspace, before)
    assert "z" not in workspace
    state = workspace_state(workspace)
    assert [entry["name"] for entry in state["entries"]] == ["a"]


def test_an_action_whose_value_cannot_be_copied_stores_nothing(workspace, monkeypatch):
    """The NumPy copy is taken before the workspace changes: if it fails, nothing is kept."""
    from tfintro_gui.core.tensors import workspace as workspace_module

    def broken_copy(obj):
        raise tf.errors.InvalidArgumentError(None, None, "array is too big")

    monkeypatch.setattr(workspace_module, "numpy_copy", broken_copy)
    with pytest.raises(TensorActionError) as raised:
        workspace.create("z", "tf.ones", shape=(2,))
    assert raised.value.code == "create.failed"
    assert "array is too big" in raised.value.tensorflow_error
    assert workspace.names() == [] and workspace.code_lines() == []


@pytest.mark.parametrize("action, field", [
    (lambda w: w.create("r", "tf.constant", literal="[1e39]"), "value"),
    (lambda w: w.create("r", "tf.constant", literal="1e39"), "value"),
    (lambda w: w.create("r", "tf.constant", literal=str(2**40), dtype="int32"), "value"),
    (lambda w: w.create("r", "np.array", literal="[70000.0]", dtype="float16"), "value"),
    (lambda w: w.create("r", "tf.random.normal", shape=(2,), mean=1e39), "normal"),
    (lambda w: w.create("r", "tf.random.normal", shape=(2,), stddev=1e38), "normal"),
    (lambda w: w.create("r", "tf.random.uniform", shape=(2,), minval=-3e38, maxval=3e38),
     "uniform"),
    (lambda w: w.create("r", "tf.random.uniform", shape=(2,), maxval=2**40, dtype="int32"),
     "uniform"),
    (lambda w: w.apply("+", "r", "i", str(2**40)), "y"),
    (lambda w: w.apply("*", "r", "1e39", "a"), "x"),
    (lambda w: w.apply("exp", "r", "[1e39, 1.0]"), "x"),
    (lambda w: w.assign("v", "1e39", index="0, 0"), "value"),
    (lambda w: w.set_item("v", (0, 0), "1e39"), "cell"),
    (lambda w: w.set_item("i", (0,), str(2**31)), "cell"),
], ids=["float32 list", "float32 number", "int32", "float16 array", "mean", "stddev",
        "uniform range", "int32 maxval", "int32 plus 2**40", "1e39 times float32", "exp of 1e39",
        "slice assign 1e39", "cell 1e39", "int32 cell 2**31"])
def test_numbers_that_do_not_fit_the_target_dtype_are_refused_before_the_work(busy, action,
                                                                             field):
    """TensorFlow makes inf of tf.constant(1e39, tf.float32) and 0 of
    tf.constant(2**40, tf.int32) without an error; the lab refuses instead."""
    before = snapshot(busy)
    with pytest.raises(TensorInputError) as raised:
        action(busy)
    assert raised.value.code == "value.out_of_range"
    assert raised.value.values["field"] == field
    assert_unchanged(busy, before)


def test_numbers_that_fit_are_accepted(workspace):
    assert workspace.create("f", "tf.constant", literal="[3e38]").dtype == "float32"
    assert workspace.create("d", "tf.constant", literal="[1e39]", dtype="float64").dtype == \
        "float64"
    assert workspace.create("i", "tf.constant", literal=str(2**40)).dtype == "int64"
    result = workspace.create("u", "tf.random.uniform", shape=(3,), minval=-1e6, maxval=1e6,
                              seed=1)
    assert np.all(np.isfinite(result.value))


def test_the_workspace_holds_at_most_max_entries(workspace, monkeypatch):
    from tfintro_gui.core.tensors import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "MAX_ENTRIES", 2)
    workspace.create("a", "tf.ones", shape=(1,))
    workspace.create("b", "tf.ones", shape=(1,))
    with pytest.raises(TensorInputError) as raised:
        workspace.apply("square", "c", "a")
    assert raised.value.code == "workspace.full" and raised.value.values == {"limit": 2}
    assert workspace.names() == ["a", "b"]
    workspace.apply("square", "b", "b")  # replacing an entry is still possible


def test_a_long_typed_value_is_echoed_cut_short(workspace):
    """Issue 14: messages that echo a whole long input widened the window."""
    workspace.create("a", "tf.ones", shape=(2,))
    with pytest.raises(TensorInputError) as raised:
        workspace.apply("+", "r", "a", "[" + "9" * 5000 + "]")
    assert all(len(str(value)) <= 200 for value in raised.value.values.values())


def test_matmul_of_transposable_operands_suggests_the_transpose(workspace):
    workspace.create("x", "tf.ones", shape=(2, 3))
    workspace.create("w", "tf.ones", shape=(4, 3))
    with pytest.raises(TensorActionError) as raised:
        workspace.apply("matmul", "r", "x", "w")
    assert raised.value.code == "op.matmul_transpose"
    assert raised.value.values["fixed"] == "r = tf.matmul(x, tf.transpose(w))"
    assert workspace.apply("matmul", "r", "x", "[[1.], [1.], [1.]]").shape == (2, 1)


def test_an_unknown_operand_name_lists_the_entries(workspace):
    workspace.create("a", "tf.ones", shape=(2,))
    with pytest.raises(TensorInputError) as raised:
        workspace.apply("square", "r", "1 +")
    assert raised.value.code == "literal.unreadable"
    assert raised.value.details == (Explanation("operand.or_entry", {"known": "a"}),)


def test_every_explanation_names_exactly_its_catalogued_values():
    with pytest.raises(ValueError):
        Explanation("warn.no_seed", {"extra": 1})
    with pytest.raises(KeyError):
        Explanation("no.such.code")
    assert str(Explanation("name.taken", {"name": "a"})) == "name.taken(name='a')"


def test_a_session_with_a_million_entries_is_refused_before_reading_them():
    """Issue 14: a session with 1 000 000 workspace entries was accepted and froze the lab
    for 115 s; sizes are now checked before any value is read."""
    from tfintro_gui.core.tensors import MAX_ENTRIES
    from tfintro_gui.core.tensors.snapshot import check_workspace_state

    entry = {"name": "x", "kind": "constant", "dtype": "float32", "shape": [],
             "values": 1.0, "reproducible": True}
    with pytest.raises(ValueError, match="at most 1,000"):
        check_workspace_state({"entries": [entry] * 1_000_000, "code": []})
    assert MAX_ENTRIES == 1000
    with pytest.raises(ValueError, match="lines"):
        check_workspace_state({"entries": [], "code": ["x" * 5000]})


def test_a_deeply_nested_session_value_is_refused_in_words():
    """Issue 14: a deeply nested session raised RecursionError."""
    from tfintro_gui.core.tensors.snapshot import check_workspace_state

    nested = 1.0
    for _ in range(5000):
        nested = [nested]
    entry = {"name": "x", "kind": "constant", "dtype": "float32", "shape": [1],
             "values": nested, "reproducible": True}
    with pytest.raises(ValueError, match="nested"):
        check_workspace_state({"entries": [entry], "code": []})


# -- issue: a session file can plant code in the exported script --------------------------
def test_a_session_file_cannot_plant_code_in_the_exported_script():
    from tfintro_gui.core.tensors.snapshot import check_workspace_state

    planted = {"entries": [], "code": ["a = tf.ones(shape=(2, 2))",
                                       "__import__('os').system('echo planted')"]}
    with pytest.raises(ValueError, match="Line 2"):
        check_workspace_state(planted)


@pytest.mark.parametrize("line", [
    "import os", "import tensorflow as tf, os", "a = tf.io.write_file('x', 'y')",
    "a = eval('1')", "a = open('/etc/passwd')", "a.__class__", "print(a)",
    "a = tf.ones(shape=(2, 2)); import shutil", "a = (lambda: 0)()", "a = b.numpy().tofile('x')",
    "__builtins__ = 1", "a = [x for x in range(3)]", "a = np.load('f.npy')", "a = tf.ones",
])
def test_lines_the_workspace_never_writes_are_refused(line):
    from tfintro_gui.core.tensors.code_check import is_workspace_code

    assert not is_workspace_code(line)


def test_every_line_the_workspace_writes_is_accepted(workspace):
    from tfintro_gui.core.tensors.code_check import is_workspace_code

    workspace.create(name="a", source="tf.ones", shape=(2, 2))
    workspace.create(name="n", source="np.random.normal", shape=(2, 2), seed=3)
    workspace.create(name="u", source="tf.random.uniform", shape=(2, 2), seed=3)
    workspace.create(name="v", source="tf.zeros", shape=(3, 1), variable=True)
    workspace.apply(op="square", result="b", x="a")
    workspace.apply(op="*", result="a", x="a", y="b")
    workspace.apply(op="matmul", result="e", x="a", y="b")
    workspace.assign(name="v", value="3.", index="0:2, 0")
    lines = workspace.code_lines()
    assert len(lines) >= 8
    assert [line for line in lines if not is_workspace_code(line)] == []


def test_the_advice_for_a_constant_uses_a_value_that_fits(busy):
    """Regression: `a.assign(tf.ones((3, 1)))` on a (2, 2) constant advised
    `a_var.assign(tf.ones((3, 1)))`, which fails on the shapes in turn."""
    with pytest.raises(TensorActionError) as refused:
        busy.assign("a", "tf.ones((3, 1))")
    assert refused.value.explanation.values["call"] == "assign(tf.ones(shape=(2, 2)))"
    with pytest.raises(TensorActionError) as refused:
        busy.assign("a", "[[0., 1.], [2., 3.]]")  # fits: the student's own call is kept
    assert refused.value.explanation.values["call"] == "assign([[0.0, 1.0], [2.0, 3.0]])"


def test_a_slice_past_the_end_is_refused_and_changes_nothing(workspace):
    workspace.create("v", "tf.ones", shape=(3, 1), variable=True)
    with pytest.raises(TensorInputError) as refused:
        workspace.assign("v", "5.", index="5:9, 0")
    explanation = refused.value.explanation
    assert explanation.code == "assign.empty_slice"
    assert explanation.values["index"] == "5:9, 0" and explanation.values["shape"] == "(3, 1)"
    np.testing.assert_array_equal(workspace.value("v"), np.ones((3, 1)))
    np.testing.assert_array_equal(workspace.assign("v", "5.", index="2:9, 0").value,
                                  [[1.0], [1.0], [5.0]])  # partly past the end: not empty
