"""The expression parser: what it accepts, and hostile input refused without running it."""

import builtins

import pytest

from tfintro_gui.core.autodiff import (
    GraphInputError,
    GraphTypeError,
    build_graph,
    parse_expression,
    parse_input_value,
)
from tfintro_gui.core.autodiff.parser import MAX_EXPRESSION_LENGTH


def test_notebook_statements_give_named_nodes_in_topological_order():
    parsed = parse_expression("x1 = w * x; x2 = x1 + b; loss_val = abs(y_true - x2)")
    assert parsed.input_names == ("w", "x", "b", "y_true")
    assert parsed.assigned_names == ("x1", "x2", "loss_val")
    names = [node.name for node in parsed.nodes]
    assert names.index("x1") < names.index("x2") < names.index("loss_val")
    for node in parsed.nodes:
        assert all(operand < node.index for operand in node.operands)
    assert parsed.nodes[parsed.output].name == "loss_val"
    assert parsed.nodes[parsed.output].op == "abs"


def test_single_expression_output_is_named_output():
    parsed = parse_expression("abs(y_true - (w * x + b))")
    assert parsed.nodes[parsed.output].name == "output"
    assert set(parsed.input_names) == {"y_true", "w", "x", "b"}


def test_power_keeps_the_exponent_on_the_node():
    parsed = parse_expression("r = x**2")
    node = parsed.nodes[parsed.output]
    assert (node.op, node.exponent, node.operands) == ("pow", 2, (0,))


@pytest.mark.parametrize("source, fragment", [
    ("__import__('os')", "calling '__import__' is not allowed"),
    ("__import__('os').system('echo hi')", "attribute access"),
    ("w.numpy()", "attribute access"),
    ("tf.abs(w)", "write abs(...) instead of tf.abs(...)"),
    ("__import__('os').system('ls')", "`: attribute access (a.b) is not allowed. Allowed:"),
    ("w[0]", "subscripts"),
    ("(lambda: 1)()", "calling"),
    ("f = lambda v: v", "lambda is not allowed"),
    ("10**10**10", "exponent of ** must be a plain number"),
    ("w ** 1000", "exponent of ** must be a plain number"),
    ("w ** x", "exponent of ** must be a plain number"),
    ("open('/etc/passwd')", "calling 'open' is not allowed"),
    ("abs(w, key=1)", "keyword arguments"),
    ("abs(*w)", "*arguments"),
    ("'text' + w", "str values are not allowed"),
    ("w if x else b", "IfExp is not allowed"),
    ("[w for w in x]", "ListComp is not allowed"),
    ("import os", "statement Import is not allowed"),
    ("w // x", "operator FloorDiv is not allowed"),
    ("w == x", "Compare is not allowed"),
    ("x = x + 1", "used before the line that assigns it"),
    ("y = w * 2; y = w * 3", "already has a value"),
    ("y = w", "must compute something"),
    ("abs(w); square(w)", "only the last line may be a bare expression"),
    ("w", "at least one operation"),
    ("w * 1e400", "finite"),
    ("_secret * 2", "not allowed: use letters"),
    ("abs = w * 2", "name of a function"),
    ("maximum(w)", "maximum takes 2 arguments"),
    ("w * True", "bool values are not allowed"),
    ("w +", "not valid Python syntax"),
    ("", "empty"),
])
def test_disallowed_expressions_are_refused_with_a_pointed_message(source, fragment):
    with pytest.raises(ValueError) as caught:
        parse_expression(source)
    assert fragment in str(caught.value)


def test_message_points_at_line_column_and_text():
    with pytest.raises(ValueError) as caught:
        parse_expression("x1 = w * x\nloss_val = abs(x1.real)")
    message = str(caught.value)
    assert "Line 2, column 16" in message
    assert "`x1.real`" in message


@pytest.mark.parametrize("source", [
    "(" * 10_000 + "w" + ")" * 10_000,               # 10 000-deep nesting
    "(" * 500 + "w" + ")" * 500,                      # within the length cap, too deep
    "-" * 1500 + "w",                                 # deep without brackets
    "w" + " + w" * 400,                               # a long left-deep chain
    "abs(" * 300 + "w" + ")" * 300,
    "w * " + "9" * 1500,                              # a huge number
    "w" * (MAX_EXPRESSION_LENGTH + 1),
])
def test_oversized_or_deeply_nested_input_is_refused(source):
    with pytest.raises(ValueError):
        parse_expression(source)


def test_hostile_input_runs_nothing(tmp_path, monkeypatch):
    """Refused before anything is called: no file appears, eval and exec are never used."""
    marker = tmp_path / "executed"

    def forbidden(*args, **kwargs):
        raise AssertionError("eval/exec must not be called")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    attacks = [
        f"__import__('os').system('touch {marker}')",
        f"open('{marker}', 'w').write('x')",
        f"(lambda: open('{marker}', 'w'))()",
        f"w * __import__('pathlib').Path('{marker}').touch()",
        "().__class__.__bases__[0].__subclasses__()",
        "w ** 10 ** 10 ** 10",
    ]
    for attack in attacks:
        with pytest.raises(ValueError):
            build_graph(attack, {"w": 1.0})
        with pytest.raises(ValueError):
            parse_input_value(attack)
    assert not marker.exists()
    # the allowed path also works without eval/exec
    assert parse_expression("r = x**2").output == 1


@pytest.mark.parametrize("text, expected", [
    ("3", 3.0), (" -0.5 ", -0.5), ("[1, 2]", [1.0, 2.0]), ("[[1, 2], [3, 4]]", [[1, 2], [3, 4]]),
])
def test_input_values_are_read_as_literals(text, expected):
    value = parse_input_value(text)
    assert value.dtype == "float32"
    assert value.tolist() == expected


@pytest.mark.parametrize("text, fragment", [
    ("[[1, 2], [3]]", "rectangular"),
    ("1e999", "inf or nan"),
    ("[[[1]]]", "rank 3"),
    ("[" * 5000 + "]" * 5000, "too long or too deeply nested"),
    (str(list(range(65))), "at most 64"),
    ("True", "True/False"),
    ("'3'", "must be a number"),
    ("2 ** 8", "not a number"),
    ("", "empty"),
    ("[]", "empty"),
])
def test_bad_input_values_are_refused(text, fragment):
    with pytest.raises((ValueError, TypeError)) as caught:
        parse_input_value(text)
    assert fragment in str(caught.value)


def test_int32_input_needs_whole_numbers():
    assert parse_input_value("3", "int32").dtype == "int32"
    with pytest.raises(ValueError, match="whole numbers"):
        parse_input_value("2.5", "int32")


def test_a_value_too_large_for_float32_is_refused_but_fits_float64():
    with pytest.raises(ValueError, match="larger than float32"):
        parse_input_value("1e39", "float32")
    assert float(parse_input_value("1e39", "float64")) == 1e39
    with pytest.raises(ValueError, match="too large even for float64"):
        parse_input_value("1" + "0" * 400, "float64")


def test_a_session_with_a_million_inputs_is_refused_before_building():
    from tfintro_gui.core.autodiff import BackpropLab

    rows = [[f"a{i}", "variable", "float32", "1.0"] for i in range(1_000_000)]
    with pytest.raises(ValueError, match="at most 120"):
        BackpropLab.check_session_state({"expression": "r = a0 * 2", "inputs": rows})


def test_a_session_with_a_1_mb_expression_is_refused_before_parsing():
    from tfintro_gui.core.autodiff import BackpropLab

    with pytest.raises(ValueError, match="at most 2000"):
        BackpropLab.check_session_state({"expression": "w*" * 500_000 + "w", "inputs": []})


def test_echoed_input_is_cut_short():
    with pytest.raises(ValueError) as caught:
        build_graph("r = w * 2", {"w": {"value": 1.0, "kind": "k" * 100_000}})
    assert len(str(caught.value)) < 300
    with pytest.raises(ValueError) as caught:
        parse_input_value("[" + "1, " * 600 + "x]")
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("source, code, values, place", [
    ("loss = abs(w * (x + b)", "syntax.invalid", {}, (1, 11, None)),
    ("loss = sin(w)", "syntax.call", {"name": "'sin'"}, (1, 8, "sin(w)")),
    ("x1 = w * x\nloss_val = abs(x1.real)", "syntax.attribute", {}, (2, 16, "x1.real")),
    ("tf.abs(w)", "syntax.method", {"attribute": "abs", "call": "tf.abs"}, (1, 1, "tf.abs")),
    ("_secret * 2", "name.not_allowed", {"role": "name", "name": "'_secret'", "limit": 40},
     (1, 1, "_secret")),
    ("maximum(w)", "syntax.arguments", {"function": "maximum", "expected": 2, "count": 1},
     (1, 1, "maximum(w)")),
    ("", "expression.empty", {}, None),
])
def test_refusals_carry_a_code_values_and_the_place(source, code, values, place):
    with pytest.raises(GraphInputError) as caught:
        parse_expression(source)
    error = caught.value
    assert (error.code, error.values) == (code, values)
    assert (None if error.place is None else
            (error.place.line, error.place.column, error.place.text)) == place


def test_python_s_own_syntax_message_is_kept_verbatim_and_apart():
    with pytest.raises(GraphInputError) as caught:
        parse_expression("loss = abs(w * (x + b)")
    assert caught.value.python_error == "SyntaxError: '(' was never closed"
    assert str(caught.value).splitlines() == [
        "Line 1, column 11: this is not valid Python syntax. Allowed: numbers, names, "
        "name = … lines, + - * / ** @, unary minus and calls of abs, square, sqrt, exp, log, "
        "relu, sigmoid, tanh, softplus, softmax, reduce_sum, reduce_mean, maximum, matmul, "
        "crossentropy.",
        "Python says: SyntaxError: '(' was never closed"]


def test_a_bad_input_value_names_the_input_and_keeps_its_code():
    with pytest.raises(GraphInputError) as caught:
        build_graph("r = w * 2", {"w": "1e39"})
    error = caught.value
    assert (error.code, error.values, error.input_name) == (
        "value.too_large", {"dtype": "float32", "largest": "3.4e+38"}, "'w'")
    assert str(error) == ("Input 'w': A number is larger than float32 can hold (±3.4e+38); "
                          "give smaller numbers or pick float64.")


def test_a_value_of_the_wrong_type_is_a_type_error_with_a_code():
    with pytest.raises(GraphTypeError) as caught:
        parse_input_value({"a": 1})
    assert (caught.value.code, caught.value.values) == ("value.type", {"type": "dict"})
    assert isinstance(caught.value, TypeError)
