"""The Tensors panel's readers of typed text: literals, slices, shapes, axes and names."""

import ast
import builtins

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tfintro_gui.core.tensors import CODES, TensorInputError
from tfintro_gui.core.tensors.literals import (
    MAX_ELEMENTS,
    check_fits_dtype,
    parse_literal,
)
from tfintro_gui.core.tensors.parsing import (
    index_code,
    parse_axis,
    parse_index,
    parse_shape,
    validate_name,
)


def refusal(action, *arguments, **keywords) -> TensorInputError:
    """The explanation ``action`` refuses with (a code of the catalogue, and its values)."""
    with pytest.raises(TensorInputError) as raised:
        action(*arguments, **keywords)
    assert raised.value.code in CODES
    return raised.value


# -- literals ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected, dtype", [
    ("3.", 3.0, "float64"),
    ("-2", -2, "int64"),
    ("True", True, "bool"),
    ("[[1, 2], [3, 4]]", [[1, 2], [3, 4]], "int64"),
    ("(1.5, 2)", [1.5, 2], "float64"),
    ("  [ [1.], [2.] ]  ", [[1.0], [2.0]], "float64"),
    ("[]", [], "float64"),
])
def test_literals_are_read_into_python_values_and_arrays(text, expected, dtype):
    literal = parse_literal(text)
    assert literal.value == expected
    assert literal.array.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(literal.array, np.array(expected))


def test_an_unclosed_bracket_is_named():
    error = refusal(parse_literal, "[[1, 2], [3, 4]", "value")
    assert (error.values["opening"], error.values["opened"], error.values["closed"]) == (
        "[", 3, 2)


def test_literal_code_is_generated_from_the_value_not_the_text():
    literal = parse_literal("( 1 , 2.50 ,-3 )")
    assert literal.code == "[1, 2.5, -3]"
    assert parse_literal(literal.code).value == literal.value


@pytest.mark.parametrize("text, codes", [
    ("", {"literal.empty"}),
    ("abc", {"literal.unreadable"}),
    ("__import__('os').system('echo hi')", {"literal.unreadable"}),
    ("1 + 2", {"literal.unreadable"}),
    ("'text'", {"literal.not_number"}),
    ("None", {"literal.not_number"}),
    ("{1, 2}", {"literal.not_number"}),
    ("1+2j", {"literal.complex"}),
    ("1e400", {"literal.not_finite"}),
    ("[[1, 2], [3, 4]", {"literal.unbalanced"}),
    ("(1, 2", {"literal.unbalanced"}),
    ("[[1, 2], [3]]", {"literal.ragged"}),
    ("[1, [2]]", {"literal.ragged"}),
    ("[" * 500 + "]" * 500, {"literal.too_deep", "literal.unreadable"}),
    ("9" * 30, {"literal.int_too_large"}),
])
def test_bad_literals_are_refused_with_a_code(text, codes):
    error = refusal(parse_literal, text, "x")
    assert error.code in codes
    assert error.values["field"] == "x"


def test_a_literal_echoed_in_a_refusal_is_cut_short():
    error = refusal(parse_literal, "x" * 5000)
    assert error.code == "literal.unreadable" and len(error.values["text"]) <= 60


@pytest.mark.parametrize("values, dtype", [
    (1e39, "float32"), (70000.0, "float16"), (2**40, "int32"), ([1, 2**31], "int32"),
    (-(2**15) - 1, "int16"), (float("inf"), "float64"),
])
def test_numbers_outside_the_target_dtype_are_refused(values, dtype):
    error = refusal(check_fits_dtype, np.array(values), dtype, "value")
    assert error.code == "value.out_of_range" and error.values["dtype"] == dtype


@pytest.mark.parametrize("values, dtype", [
    (3.4e38, "float32"), (65504.0, "float16"), (2**31 - 1, "int32"), (1e300, "float64"),
    ([True, False], "bool"), (5, "bool"), (2.5, "int32"),
])
def test_numbers_inside_the_target_dtype_pass(values, dtype):
    check_fits_dtype(np.array(values), dtype, "value")


def test_literal_above_the_size_cap_is_refused():
    text = "[" + ", ".join(["0"] * 1000) + "]"
    rows = "[" + ", ".join([text] * (MAX_ELEMENTS // 1000 + 1)) + "]"
    assert refusal(parse_literal, rows).code in ("text.too_long", "literal.too_many_elements")


# -- indices and slices ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("0:2, 0", (slice(0, 2, None), 0)),
    ("1, :", (1, slice(None, None, None))),
    ("::2", (slice(None, None, 2),)),
    ("-1", (-1,)),
    ("..., 0", (Ellipsis, 0)),
    ("1:-1:2, +3", (slice(1, -1, 2), 3)),
])
def test_slices_are_read_into_python_index_tuples(text, expected):
    assert parse_index(text) == expected


@pytest.mark.parametrize("text", ["0:2, 0", "1, :", "::2", "-1", "..., 0", "1:-1:2, 3", "::-1"])
def test_index_code_writes_back_an_equivalent_index(text):
    index = parse_index(text)
    assert parse_index(index_code(index)) == index
    array = np.arange(60).reshape(5, 12)
    np.testing.assert_array_equal(array[index], array[parse_index(index_code(index))])


@pytest.mark.parametrize("text, code", [
    ("", "index.empty"),
    ("a", "index.not_whole"),
    ("0.5", "index.not_whole"),
    ("True", "index.not_whole"),
    ("f()", "index.not_whole"),
    ("0] + x[1", "index.unreadable"),
    ("::0", "index.zero_step"),
    ("..., ...", "index.two_ellipses"),
    ("[0, 1]", "index.not_whole"),
    ("__import__('os')", "index.not_whole"),
    ("0:2,, 0", "index.unreadable"),
    ("0, " * 9 + "0", "index.too_many_axes"),
    ("9" * 30, "index.too_large"),
])
def test_bad_slices_are_refused_with_a_code(text, code):
    assert refusal(parse_index, text).code == code


# -- shapes, axes, names -----------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("(2, 3)", (2, 3)), ("2, 3", (2, 3)), ("[2, 3]", (2, 3)), ("3", (3,)), ("()", ()),
    ((3, 1), (3, 1)), (4, (4,)), ("(0, 5)", (0, 5)),
])
def test_shapes_are_read(value, expected):
    assert parse_shape(value) == expected


@pytest.mark.parametrize("value, code", [
    ("(2, -3)", "shape.negative"), ("(2.5,)", "shape.not_whole"), ("x", "shape.unreadable"),
    ("(1000, 1001)", "shape.too_many_elements"), ((1,) * 9, "shape.rank"),
    ("(True,)", "shape.not_whole"), ("", "shape.empty"), ("{1: 2}", "shape.not_sizes"),
])
def test_bad_shapes_are_refused(value, code):
    assert refusal(parse_shape, value).code == code


def test_a_shape_with_no_elements_but_a_huge_axis_is_refused():
    """Issue 14: (0, 9223372036854775807) holds no element, yet no array can have it."""
    error = refusal(parse_shape, "(0, 9223372036854775807)")
    assert error.code == "shape.axis_too_large"
    assert error.values["limit"] == MAX_ELEMENTS
    assert parse_shape("(0, 1000000)") == (0, 1_000_000)


def test_reshape_shapes_may_hold_one_unknown_size():
    assert parse_shape("(-1, 2)", allow_unknown=True) == (-1, 2)
    assert refusal(parse_shape, "(-1, -1)", allow_unknown=True).code == "shape.two_unknown"
    assert refusal(parse_shape, "(-2, 2)", allow_unknown=True).code == \
        "shape.negative_reshape"


@pytest.mark.parametrize("text, expected", [
    ("", None), ("None", None), ("0", 0), ("-1", -1), ("(0, 2)", (0, 2)),
])
def test_axes_are_read(text, expected):
    assert parse_axis(text) == expected


@pytest.mark.parametrize("text, code", [
    ("x", "axis.unreadable"), ("1.5", "axis.invalid"), ("'a'", "axis.invalid"),
    ("(0, 'a')", "axis.invalid"), ("True", "axis.invalid"), ("99", "axis.invalid"),
    ("0" * 300, "text.too_long"),
])
def test_bad_axes_are_refused(text, code):
    assert refusal(parse_axis, text).code == code


@pytest.mark.parametrize("name", ["a", "weights", "_hidden", "v2", "  e  "])
def test_valid_names_are_accepted(name):
    assert validate_name(name) == name.strip()


@pytest.mark.parametrize("name, code", [
    ("", "name.empty"), ("2x", "name.not_identifier"), ("my tensor", "name.not_identifier"),
    ("for", "name.keyword"), ("None", "name.keyword"), ("tf", "name.reserved"),
    ("np", "name.reserved"), ("é", "name.not_identifier"), ("x" * 65, "name.too_long"),
    (3, "text.not_text"),
])
def test_bad_names_are_refused(name, code):
    assert refusal(validate_name, name).code == code


def test_an_entry_named_print_is_refused_so_the_exported_script_runs():
    """Issue 14: an entry named print made the exported script fail."""
    assert refusal(validate_name, "print").code == "name.reserved"


# -- random text never runs and never raises anything but ValueError ----------------------
_FRAGMENTS = st.sampled_from([
    "[", "]", "(", ")", ",", ":", "::", "-", "+", "1", "0", "2.5", "1e3", "1e400", "...",
    "True", "None", "x", "__import__", "('os')", ".system", "'s'", "lambda", " ", "*", "**",
    "j", "{", "}", "=", ";", "\n", "#", "\\", "[[1, 2], [3, 4]]", "0:2, 0", "nan",
])
_TEXT = st.one_of(st.text(max_size=40), st.lists(_FRAGMENTS, max_size=12).map("".join))


@pytest.fixture
def compile_only_to_ast(monkeypatch):
    """Make any attempt to compile or run code (rather than parse it) fail the test."""
    real_compile = builtins.compile
    calls = []

    def guarded_compile(source, filename, mode, flags=0, *args, **kwargs):
        if not flags & ast.PyCF_ONLY_AST:
            calls.append(source)
            raise AssertionError(f"code was compiled to run: {source!r}")
        return real_compile(source, filename, mode, flags, *args, **kwargs)

    def forbidden(*args, **kwargs):
        calls.append(args)
        raise AssertionError("eval/exec was called")

    monkeypatch.setattr(builtins, "compile", guarded_compile)
    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    return calls


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_random_text_to_the_literal_parser_gives_a_literal_or_a_value_error(text):
    real_compile = builtins.compile
    compiled = []

    def guarded_compile(source, filename, mode, flags=0, *args, **kwargs):
        if not flags & ast.PyCF_ONLY_AST:
            compiled.append(source)
        return real_compile(source, filename, mode, flags, *args, **kwargs)

    builtins.compile = guarded_compile
    try:
        try:
            literal = parse_literal(text)
        except ValueError as error:
            assert str(error)
        else:
            assert literal.array.dtype.kind in "biuf"
            assert parse_literal(literal.code).value == literal.value
    finally:
        builtins.compile = real_compile
    assert not compiled


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_random_text_to_the_slice_parser_gives_an_index_or_a_value_error(text):
    real_compile = builtins.compile
    compiled = []

    def guarded_compile(source, filename, mode, flags=0, *args, **kwargs):
        if not flags & ast.PyCF_ONLY_AST:
            compiled.append(source)
        return real_compile(source, filename, mode, flags, *args, **kwargs)

    builtins.compile = guarded_compile
    try:
        try:
            index = parse_index(text)
        except ValueError as error:
            assert str(error)
        else:
            assert all(item is Ellipsis or isinstance(item, (int, slice)) for item in index)
            assert parse_index(index_code(index)) == index
    finally:
        builtins.compile = real_compile
    assert not compiled


def test_text_that_would_have_side_effects_is_refused_without_running(tmp_path,
                                                                      compile_only_to_ast):
    marker = tmp_path / "ran"
    attack = f"open({str(marker)!r}, 'w').write('x')"
    for parser in (parse_literal, parse_index, parse_shape, parse_axis):
        with pytest.raises(ValueError):
            parser(attack)
    assert not marker.exists()
    assert compile_only_to_ast == []
