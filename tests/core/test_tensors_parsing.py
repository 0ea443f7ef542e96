"""The Tensors panel's readers of typed text: literals, slices, shapes, axes and names."""

import ast
import builtins

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tfintro_gui.core.tensors.parsing import (
    MAX_ELEMENTS,
    index_code,
    parse_axis,
    parse_index,
    parse_literal,
    parse_shape,
    validate_name,
)


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


def test_literal_code_is_generated_from_the_value_not_the_text():
    literal = parse_literal("( 1 , 2.50 ,-3 )")
    assert literal.code == "[1, 2.5, -3]"
    assert parse_literal(literal.code).value == literal.value


@pytest.mark.parametrize("text, message", [
    ("", "nothing was typed"),
    ("abc", "could not read"),
    ("__import__('os').system('echo hi')", "could not read"),
    ("1 + 2", "could not read"),
    ("'text'", "not numbers"),
    ("None", "not numbers"),
    ("{1, 2}", "not numbers"),
    ("1+2j", "complex"),
    ("1e400", "finite"),
    ("[[1, 2], [3]]", "different lengths"),
    ("[1, [2]]", "different lengths"),
    ("[" * 500 + "]" * 500, "nested|could not read"),
    ("9" * 30, "64 bits"),
])
def test_bad_literals_are_refused_with_a_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_literal(text)


def test_literal_above_the_size_cap_is_refused():
    text = "[" + ", ".join(["0"] * 1000) + "]"
    rows = "[" + ", ".join([text] * (MAX_ELEMENTS // 1000 + 1)) + "]"
    with pytest.raises(ValueError, match="characters|elements"):
        parse_literal(rows)


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


@pytest.mark.parametrize("text, message", [
    ("", "nothing was typed"),
    ("a", "whole numbers"),
    ("0.5", "whole numbers"),
    ("True", "whole numbers"),
    ("f()", "whole numbers"),
    ("0] + x[1", "could not be read"),
    ("::0", "cannot be zero"),
    ("..., ...", "only once"),
    ("[0, 1]", "whole numbers"),
    ("__import__('os')", "whole numbers"),
    ("0:2,, 0", "could not be read"),
])
def test_bad_slices_are_refused_with_a_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_index(text)


# -- shapes, axes, names -----------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("(2, 3)", (2, 3)), ("2, 3", (2, 3)), ("[2, 3]", (2, 3)), ("3", (3,)), ("()", ()),
    ((3, 1), (3, 1)), (4, (4,)), ("(0, 5)", (0, 5)),
])
def test_shapes_are_read(value, expected):
    assert parse_shape(value) == expected


@pytest.mark.parametrize("value, message", [
    ("(2, -3)", "negative"), ("(2.5,)", "whole number"), ("x", "could not be read"),
    ("(1000, 1001)", "1,001,000 elements"), ((1,) * 9, "rank 9"), ("(True,)", "whole number"),
])
def test_bad_shapes_are_refused(value, message):
    with pytest.raises(ValueError, match=message):
        parse_shape(value)


def test_reshape_shapes_may_hold_one_unknown_size():
    assert parse_shape("(-1, 2)", allow_unknown=True) == (-1, 2)
    with pytest.raises(ValueError, match="only one axis"):
        parse_shape("(-1, -1)", allow_unknown=True)


@pytest.mark.parametrize("text, expected", [
    ("", None), ("None", None), ("0", 0), ("-1", -1), ("(0, 2)", (0, 2)),
])
def test_axes_are_read(text, expected):
    assert parse_axis(text) == expected


@pytest.mark.parametrize("text", ["x", "1.5", "'a'", "(0, 'a')", "True"])
def test_bad_axes_are_refused(text):
    with pytest.raises(ValueError, match="Axis"):
        parse_axis(text)


@pytest.mark.parametrize("name", ["a", "weights", "_hidden", "v2", "  e  "])
def test_valid_names_are_accepted(name):
    assert validate_name(name) == name.strip()


@pytest.mark.parametrize("name, message", [
    ("", "nothing was typed"), ("2x", "not a Python name"), ("my tensor", "not a Python name"),
    ("for", "keyword"), ("None", "keyword"), ("tf", "hide the module"), ("np", "hide"),
    ("é", "not a Python name"),
])
def test_bad_names_are_refused(name, message):
    with pytest.raises(ValueError, match=message):
        validate_name(name)


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
