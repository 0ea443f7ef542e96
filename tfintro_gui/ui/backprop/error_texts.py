"""The Backprop core's refusals in the interface's language.

The core raises :class:`~tfintro_gui.core.autodiff.errors.GraphError` with a code, its
values, where in the expression, further explanations and Python's or TensorFlow's own
message. The English templates below are the core's
(:data:`tfintro_gui.core.autodiff.errors.MESSAGE_TEMPLATES`), repeated here so that
``pyside6-lupdate`` extracts them for translation (context ``BackpropErrors``);
``tests/ui/test_backprop_error_texts.py`` fails when the two lists differ. Python's and
TensorFlow's own messages are shown verbatim on a line of their own, after a marker in the
interface's language ("Python says: SyntaxError: …"); code, names and numbers stay as they
are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.autodiff.errors import GraphError, compose, own_words

CONTEXT = "BackpropErrors"

#: code → English template (the core's), marked for translation.
TEMPLATES = {
    "frame.input": QT_TRANSLATE_NOOP("BackpropErrors", "Input {name}: {text}"),
    "frame.place": QT_TRANSLATE_NOOP("BackpropErrors", "{place}: {text}"),
    "frame.detail": QT_TRANSLATE_NOOP("BackpropErrors", "{text} {detail}"),
    "frame.python": QT_TRANSLATE_NOOP("BackpropErrors", "Python says: {error}"),
    "frame.tensorflow": QT_TRANSLATE_NOOP("BackpropErrors", "TensorFlow says: {error}"),
    "place.text": QT_TRANSLATE_NOOP("BackpropErrors", "Line {line}, column {column}, `{text}`"),
    "place.line": QT_TRANSLATE_NOOP("BackpropErrors", "Line {line}, column {column}"),
    "place.none": QT_TRANSLATE_NOOP("BackpropErrors", "The text"),
    "list.pair": QT_TRANSLATE_NOOP("BackpropErrors", "{first} and {second}"),
    "role.input": QT_TRANSLATE_NOOP("BackpropErrors", "Input name"),
    "role.name": QT_TRANSLATE_NOOP("BackpropErrors", "Name"),
    "role.assigned": QT_TRANSLATE_NOOP("BackpropErrors", "Assigned name"),
    "allowed": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "Allowed: numbers, names, name = … lines, + - * / ** @, unary minus and calls of "
        "{functions}."),
    "expression.not_text": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression must be a string, got {type}."),
    "expression.too_long": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression has {length} characters; at most {limit} are allowed. Keep graphs"
        " small."),
    "expression.empty": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression is empty. Type one, e.g. abs(y_true - (w * x + b))."),
    "expression.brackets": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression nests brackets {depth} deep; at most {limit} levels are allowed."),
    "expression.unreadable": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression is nested too deeply to read; simplify it."),
    "expression.too_deep": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression is nested more than {limit} levels deep (long chains of operators"
        " count too); simplify it."),
    "expression.statements": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The expression has {count} statements; at most {limit} are allowed."),
    "syntax.invalid": QT_TRANSLATE_NOOP("BackpropErrors", "this is not valid Python syntax."),
    "name.not_text": QT_TRANSLATE_NOOP("BackpropErrors", "{role} must be a string, got {type}."),
    "name.not_allowed": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{role} {name} is not allowed: use letters, digits and '_', starting with a "
        "letter (at most {limit} characters), e.g. 'w' or 'y_true'."),
    "name.keyword": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{role} {name} is a Python keyword; pick another name."),
    "name.function": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{role} {name} is the name of a function; pick another name."),
    "syntax.too_many_operations": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the expression has more than {limit} operations and numbers; keep graphs small."),
    "syntax.number": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "numbers must be finite and at most {limit} in size."),
    "syntax.attribute": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "attribute access (a.b) is not allowed."),
    "syntax.subscript": QT_TRANSLATE_NOOP("BackpropErrors", "subscripts (a[i]) are not allowed."),
    "syntax.lambda": QT_TRANSLATE_NOOP("BackpropErrors", "lambda is not allowed."),
    "syntax.construct": QT_TRANSLATE_NOOP("BackpropErrors", "{construct} is not allowed."),
    "syntax.value_type": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{type} values are not allowed; only numbers are."),
    "syntax.function_not_called": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{name} is a function; call it, e.g. {function}(x)."),
    "syntax.used_before_assigned": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{name} is used before the line that assigns it."),
    "syntax.operator": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the operator {operator} is not allowed."),
    "syntax.exponent": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the exponent of ** must be a plain number between -{limit} and {limit} (huge "
        "powers overflow; write exp(...) for e^x)."),
    "syntax.method": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "attribute access is not allowed; write {attribute}(...) instead of {call}(...)."),
    "syntax.call": QT_TRANSLATE_NOOP("BackpropErrors", "calling {name} is not allowed."),
    "syntax.keyword_arguments": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "keyword arguments are not allowed."),
    "syntax.starred": QT_TRANSLATE_NOOP("BackpropErrors", "*arguments are not allowed."),
    "syntax.one_argument": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{function} takes 1 argument, got {count}."),
    "syntax.arguments": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{function} takes {expected} arguments, got {count}."),
    "syntax.bare_expression": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "only the last line may be a bare expression; give this one a name (name = …)."),
    "syntax.no_operation": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the output must be computed by at least one operation."),
    "syntax.statement": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the statement {statement} is not allowed."),
    "syntax.assign_target": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "assign to exactly one plain name, e.g. x1 = w * x."),
    "syntax.assigned_twice": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{name} already has a value; each name may be assigned once."),
    "syntax.copy": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "a line must compute something: put plain numbers in the inputs table and use "
        "names directly instead of copying them."),
    "syntax.copy_name": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "a line must compute something; use the name directly instead of copying it."),
    "value.no_text": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value is empty; type a number such as 3 or a list such as [[1, 2], [3, 4]]."),
    "value.too_long": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value {text} is too long or too deeply nested; inputs are scalars, vectors "
        "or matrices."),
    "value.unreadable": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{text} is not a number or a list of numbers; type e.g. 3, -0.5, [1, 2] or [[1, "
        "2], [3, 4]]."),
    "value.bool": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "True/False are not numbers here; type 1 or 0."),
    "value.type": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "An input value must be a number, a nested list or an array, got {type}."),
    "value.beyond_float64": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "A number is too large even for float64; give numbers below 1.8e308 in size."),
    "value.ragged": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{text} is not a number or a rectangular list of numbers (every row must have the"
        " same length)."),
    "value.rank": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value has rank {rank}; inputs are scalars, vectors or matrices (rank at most"
        " 2)."),
    "value.too_many_elements": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value has {count} elements; at most {limit} are allowed so the graph stays "
        "readable."),
    "value.empty": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value is empty; give at least one number."),
    "value.not_finite": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The value holds inf or nan; give finite numbers."),
    "value.int32": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "An int32 input needs whole numbers (within ±2³¹); pick float32 for fractions."),
    "value.too_large": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "A number is larger than {dtype} can hold (±{largest}); give smaller numbers or "
        "pick float64."),
    "recipe.unreadable": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{text} is neither a number, a list of numbers nor a recipe; recipes are {recipes}, "
        "e.g. random_normal((4, 784), seed=1)."),
    "recipe.shape": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{text}: a shape is a tuple of 1 or 2 positive whole numbers, e.g. (784, 512) or "
        "(512,)."),
    "recipe.integer": QT_TRANSLATE_NOOP(
        "BackpropErrors", "{text}: {key} must be a whole number from {low} to {high}."),
    "recipe.labels": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{text}: labels must be whole numbers from 0 to depth - 1, e.g. "
        "one_hot([3, 1, 4, 1], 10)."),
    "recipe.number": QT_TRANSLATE_NOOP(
        "BackpropErrors", "{text}: {key} must be a finite number of at most {limit} in size."),
    "recipe.too_many_elements": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The recipe makes {count} elements; a generated input holds at most {limit}."),
    "recipe.dtype": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "A recipe makes floating-point tensors; pick float32 or float64, not {dtype}."),
    "inputs.too_many_elements": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The inputs hold {count} elements together; at most {limit} are allowed."),
    "input.dtype": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "dtype {dtype} is not offered; use one of {dtypes}."),
    "input.keys": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "unknown keys {keys}; use value, kind and dtype."),
    "input.no_value": QT_TRANSLATE_NOOP("BackpropErrors", "Input {name} has no 'value'."),
    "input.kind": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "kind {kind} is unknown; use one of {kinds}."),
    "inputs.not_mapping": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "inputs must map names to values, got {type}."),
    "inputs.too_many": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{count} inputs were given; a graph reads at most {limit}."),
    "inputs.missing": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "No value for {names}: give every name the expression reads a value (or assign it"
        " on an earlier line)."),
    "inputs.unused": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "Input {names} is not read by the expression; remove it or use it."),
    "evaluation.int32_literal": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "the number {number} cannot be an int32 like the inputs; use whole numbers or "
        "make the inputs float32."),
    "evaluation.failed": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "TensorFlow cannot compute {expression} with operands of shape {shapes} and dtype"
        " {dtypes}."),
    "evaluation.too_large": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "{expression} would hold {count} elements; a node holds at most {limit}. Use "
        "smaller shapes."),
    "evaluation.inputs": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "TensorFlow could not create the inputs."),
    "advice.dtypes": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The dtypes differ: TensorFlow never converts silently; give all inputs the same "
        "dtype."),
    "advice.matmul": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "matmul needs matrices (rank 2) whose inner sizes match: (m, k) @ (k, n)."),
    "advice.crossentropy": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "crossentropy(y_true, y_pred) needs at least one axis of classes."),
    "advice.broadcast": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The shapes must be equal or broadcastable (sizes equal or 1, compared from the "
        "right)."),
    "advice.float": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "Check the operand's dtype: this op may need floating-point input."),
    "session.expression": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The backprop panel's 'expression' is text."),
    "session.inputs": QT_TRANSLATE_NOOP(
        "BackpropErrors",
        "The backprop panel's 'inputs' are at most {limit} [name, kind, dtype, value] "
        "lists of text."),
}


def template(code: str) -> str:
    """The template of ``code`` in the interface's language.

    Raises:
        KeyError: the code is unknown.
    """
    return QCoreApplication.translate(CONTEXT, TEMPLATES[code])


def error_text(error: BaseException) -> str:
    """A refusal as the message bar shows it, in the interface's language.

    Args:
        error: usually a :class:`~tfintro_gui.core.autodiff.errors.GraphError`; any other
            exception (a bug, not a refusal) is shown as its type and text.

    Returns:
        e.g. ``第 1 行第 11 列：这不是有效的 Python 语法。…`` and, on a new line,
        ``Python 的报错：SyntaxError: '(' was never closed``.
    """
    return summary_text(error) + verbatim_text(error)


def summary_text(error: BaseException) -> str:
    """:func:`error_text` without Python's or TensorFlow's own message."""
    if isinstance(error, GraphError):
        return compose(error, template, verbatim=False)
    return f"{type(error).__name__}: {error}"


def verbatim_text(error: BaseException) -> str:
    """Python's or TensorFlow's own message of ``error``, each on a new line after its
    marker in the interface's language; empty when there is none."""
    return own_words(error, template) if isinstance(error, GraphError) else ""
