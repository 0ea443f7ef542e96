"""The Backprop core's refusals as data: a stable code, the values to fill in, and where.

Every expression, input or session the core refuses raises a :class:`GraphInputError`
(a ``ValueError``) or a :class:`GraphTypeError` (a ``TypeError``). Each carries an
:class:`Explanation` (a code of :data:`MESSAGE_TEMPLATES` and its values: names and code
as the student typed them, shapes, dtypes, numbers), optionally the :class:`Place` in the
expression, the input it concerns, further explanations (what is allowed, how to fix a
shape error) and Python's or TensorFlow's own message, kept verbatim.

``str(error)`` is the English text (for scripts and logs); the panel words the same codes
in the interface's language (``tfintro_gui/ui/backprop/error_texts.py`` lists the same
English templates for translation) with :func:`compose`, which puts the parts together the
same way in every language.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field

from tfintro_gui.core.explained_error import ExplainedError

#: code → English template; ``{name}`` placeholders are the explanation's values.
MESSAGE_TEMPLATES = {
    # -- how the parts are put together -------------------------------------------------
    "frame.input": "Input {name}: {text}",
    "frame.place": "{place}: {text}",
    "frame.detail": "{text} {detail}",
    "frame.python": "Python says: {error}",
    "frame.tensorflow": "TensorFlow says: {error}",
    "place.text": "Line {line}, column {column}, `{text}`",
    "place.line": "Line {line}, column {column}",
    "place.none": "The text",
    "list.pair": "{first} and {second}",
    "role.input": "Input name",
    "role.name": "Name",
    "role.assigned": "Assigned name",
    "allowed": "Allowed: numbers, names, name = … lines, + - * / ** @, unary minus and calls "
               "of {functions}.",
    # -- the expression's text ----------------------------------------------------------
    "expression.not_text": "The expression must be a string, got {type}.",
    "expression.too_long": "The expression has {length} characters; at most {limit} are "
                           "allowed. Keep graphs small.",
    "expression.empty": "The expression is empty. Type one, e.g. abs(y_true - (w * x + b)).",
    "expression.brackets": "The expression nests brackets {depth} deep; at most {limit} "
                           "levels are allowed.",
    "expression.unreadable": "The expression is nested too deeply to read; simplify it.",
    "expression.too_deep": "The expression is nested more than {limit} levels deep (long "
                           "chains of operators count too); simplify it.",
    "expression.statements": "The expression has {count} statements; at most {limit} are "
                             "allowed.",
    "syntax.invalid": "this is not valid Python syntax.",
    # -- names ----------------------------------------------------------------------------
    "name.not_text": "{role} must be a string, got {type}.",
    "name.not_allowed": "{role} {name} is not allowed: use letters, digits and '_', starting "
                        "with a letter (at most {limit} characters), e.g. 'w' or 'y_true'.",
    "name.keyword": "{role} {name} is a Python keyword; pick another name.",
    "name.function": "{role} {name} is the name of a function; pick another name.",
    # -- what an expression may contain -------------------------------------------------
    "syntax.too_many_operations": "the expression has more than {limit} operations and "
                                  "numbers; keep graphs small.",
    "syntax.number": "numbers must be finite and at most {limit} in size.",
    "syntax.attribute": "attribute access (a.b) is not allowed.",
    "syntax.subscript": "subscripts (a[i]) are not allowed.",
    "syntax.lambda": "lambda is not allowed.",
    "syntax.construct": "{construct} is not allowed.",
    "syntax.value_type": "{type} values are not allowed; only numbers are.",
    "syntax.function_not_called": "{name} is a function; call it, e.g. {function}(x).",
    "syntax.used_before_assigned": "{name} is used before the line that assigns it.",
    "syntax.operator": "the operator {operator} is not allowed.",
    "syntax.exponent": "the exponent of ** must be a plain number between -{limit} and "
                       "{limit} (huge powers overflow; write exp(...) for e^x).",
    "syntax.method": "attribute access is not allowed; write {attribute}(...) instead of "
                     "{call}(...).",
    "syntax.call": "calling {name} is not allowed.",
    "syntax.keyword_arguments": "keyword arguments are not allowed.",
    "syntax.starred": "*arguments are not allowed.",
    "syntax.one_argument": "{function} takes 1 argument, got {count}.",
    "syntax.arguments": "{function} takes {expected} arguments, got {count}.",
    "syntax.bare_expression": "only the last line may be a bare expression; give this one a "
                              "name (name = …).",
    "syntax.no_operation": "the output must be computed by at least one operation.",
    "syntax.statement": "the statement {statement} is not allowed.",
    "syntax.assign_target": "assign to exactly one plain name, e.g. x1 = w * x.",
    "syntax.assigned_twice": "{name} already has a value; each name may be assigned once.",
    "syntax.copy": "a line must compute something: put plain numbers in the inputs table and "
                   "use names directly instead of copying them.",
    "syntax.copy_name": "a line must compute something; use the name directly instead of "
                        "copying it.",
    # -- input values -----------------------------------------------------------------------
    "value.no_text": "The value is empty; type a number such as 3 or a list such as "
                     "[[1, 2], [3, 4]].",
    "value.too_long": "The value {text} is too long or too deeply nested; inputs are "
                      "scalars, vectors or matrices.",
    "value.unreadable": "{text} is not a number or a list of numbers; type e.g. 3, -0.5, "
                        "[1, 2] or [[1, 2], [3, 4]].",
    "value.bool": "True/False are not numbers here; type 1 or 0.",
    "value.type": "An input value must be a number, a nested list or an array, got {type}.",
    "value.beyond_float64": "A number is too large even for float64; give numbers below "
                            "1.8e308 in size.",
    "value.ragged": "{text} is not a number or a rectangular list of numbers (every row must "
                    "have the same length).",
    "value.rank": "The value has rank {rank}; inputs are scalars, vectors or matrices (rank "
                  "at most 2).",
    "value.too_many_elements": "The value has {count} elements; at most {limit} are allowed "
                               "so the graph stays readable.",
    "value.empty": "The value is empty; give at least one number.",
    "value.not_finite": "The value holds inf or nan; give finite numbers.",
    "value.int32": "An int32 input needs whole numbers (within ±2³¹); pick float32 for "
                   "fractions.",
    "value.too_large": "A number is larger than {dtype} can hold (±{largest}); give smaller "
                       "numbers or pick float64.",
    "recipe.unreadable": "{text} is neither a number, a list of numbers nor a recipe; "
                         "recipes are {recipes}, e.g. random_normal((4, 784), seed=1).",
    "recipe.shape": "{text}: a shape is a tuple of 1 or 2 positive whole numbers, e.g. "
                    "(784, 512) or (512,).",
    "recipe.integer": "{text}: {key} must be a whole number from {low} to {high}.",
    "recipe.labels": "{text}: labels must be whole numbers from 0 to depth - 1, e.g. "
                     "one_hot([3, 1, 4, 1], 10).",
    "recipe.number": "{text}: {key} must be a finite number of at most {limit} in size.",
    "recipe.too_many_elements": "The recipe makes {count} elements; a generated input holds "
                                "at most {limit}.",
    "recipe.dtype": "A recipe makes floating-point tensors; pick float32 or float64, not "
                    "{dtype}.",
    "inputs.too_many_elements": "The inputs hold {count} elements together; at most {limit} "
                                "are allowed.",
    # -- the inputs -----------------------------------------------------------------------
    "input.dtype": "dtype {dtype} is not offered; use one of {dtypes}.",
    "input.keys": "unknown keys {keys}; use value, kind and dtype.",
    "input.no_value": "Input {name} has no 'value'.",
    "input.kind": "kind {kind} is unknown; use one of {kinds}.",
    "inputs.not_mapping": "inputs must map names to values, got {type}.",
    "inputs.too_many": "{count} inputs were given; a graph reads at most {limit}.",
    "inputs.missing": "No value for {names}: give every name the expression reads a value "
                      "(or assign it on an earlier line).",
    "inputs.unused": "Input {names} is not read by the expression; remove it or use it.",
    # -- TensorFlow's evaluation ----------------------------------------------------------
    "evaluation.int32_literal": "the number {number} cannot be an int32 like the inputs; use "
                                "whole numbers or make the inputs float32.",
    "evaluation.failed": "TensorFlow cannot compute {expression} with operands of shape "
                         "{shapes} and dtype {dtypes}.",
    "evaluation.too_large": "{expression} would hold {count} elements; a node holds at most "
                            "{limit}. Use smaller shapes.",
    "evaluation.inputs": "TensorFlow could not create the inputs.",
    "advice.dtypes": "The dtypes differ: TensorFlow never converts silently; give all inputs "
                     "the same dtype.",
    "advice.matmul": "matmul needs matrices (rank 2) whose inner sizes match: (m, k) @ (k, n).",
    "advice.crossentropy": "crossentropy(y_true, y_pred) needs at least one axis of classes.",
    "advice.broadcast": "The shapes must be equal or broadcastable (sizes equal or 1, compared "
                        "from the right).",
    "advice.float": "Check the operand's dtype: this op may need floating-point input.",
    # -- sessions -------------------------------------------------------------------------
    "session.expression": "The backprop panel's 'expression' is text.",
    "session.inputs": "The backprop panel's 'inputs' are at most {limit} [name, kind, dtype, "
                      "value] lists of text.",
}

#: Values that are words to translate (``role.<value>``), not code or numbers.
_WORD_VALUES = frozenset({"role"})


def placeholders(template: str) -> set[str]:
    """The ``{name}`` placeholders of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Explanation:
    """One refusal (or part of one) as data.

    Attributes:
        code: a key of :data:`MESSAGE_TEMPLATES`, e.g. ``"value.unreadable"``.
        values: what fills the template, e.g. ``{"text": "'three'"}``: strings (names and
            code quoted as typed), ints, or tuples of strings (joined "a and b").

    Raises:
        KeyError: the code is unknown.
        ValueError: the values are not exactly the template's placeholders.
    """

    code: str
    values: dict = field(default_factory=dict)

    def __post_init__(self):
        expected = placeholders(MESSAGE_TEMPLATES[self.code])
        if set(self.values) != expected:
            raise ValueError(f"{self.code} takes {sorted(expected)}, got {sorted(self.values)}")

    def english(self) -> str:
        """The explanation in English."""
        return fill(self, MESSAGE_TEMPLATES.__getitem__)


@dataclass(frozen=True)
class Place:
    """Where in the expression a refusal points.

    Attributes:
        line: 1-based line; 0 when Python did not say.
        column: 1-based column.
        text: the source text there on one line (cut short), or None.
    """

    line: int
    column: int = 0
    text: str | None = None

    def explanation(self) -> Explanation:
        """``Line 2, column 16, `x1.real``` (or without the text, or "The text")."""
        if not self.line:
            return Explanation("place.none")
        if self.text is None:
            return Explanation("place.line", {"line": self.line, "column": self.column})
        return Explanation("place.text", {"line": self.line, "column": self.column,
                                          "text": self.text})


class GraphError(ExplainedError, Exception):
    """A refusal of the Backprop core, as data; see the module docstring.

    Args:
        code: a key of :data:`MESSAGE_TEMPLATES`.
        place: where in the expression, or None.
        details: further explanations, shown after the first.
        python_error: Python's own message, ``"SyntaxError: '(' was never closed"``.
        tensorflow_error: TensorFlow's own message, ``"InvalidArgumentError: …"``.
        **values: the template's values.

    Attributes:
        explanation: the main :class:`Explanation`.
        place, details, python_error, tensorflow_error: as given.
        input_name: the input the refusal concerns (quoted as typed), or None.
    """

    def __init__(self, code: str, /, *, place: Place | None = None,
                 details: tuple[Explanation, ...] = (), python_error: str = "",
                 tensorflow_error: str = "", **values):
        self.explanation = Explanation(code, values)
        self.place = place
        self.details = tuple(details)
        self.python_error = python_error
        self.tensorflow_error = tensorflow_error
        self.input_name: str | None = None
        super().__init__(code)

    def at(self, place: Place, *details: Explanation) -> GraphError:
        """This error pointing at ``place`` in the expression, with ``details`` added
        (what an expression may contain)."""
        self.place = place
        self.details = (*self.details, *details)
        return self

    def for_input(self, name: str) -> GraphError:
        """This error as a refusal of input ``name``."""
        self.input_name = repr(name)
        return self

    def __str__(self) -> str:
        return compose(self)


class GraphInputError(GraphError, ValueError):
    """An expression, input value or session part the Backprop core refuses."""


class GraphTypeError(GraphError, TypeError):
    """An argument of the wrong type (not text, not a mapping, …)."""


Template = Callable[[str], str]


def _shown(key: str, value, template: Template) -> str:
    if key in _WORD_VALUES:
        return template(f"role.{value}")
    if isinstance(value, tuple):
        items = [str(item) for item in value]
        if len(items) < 2:
            return "".join(items)
        return template("list.pair").format(first=", ".join(items[:-1]), second=items[-1])
    return str(value)


def fill(explanation: Explanation, template: Template) -> str:
    """``explanation`` worded by ``template`` (code → template text), values filled in."""
    values = {key: _shown(key, value, template) for key, value in explanation.values.items()}
    return template(explanation.code).format(**values)


def compose(error: GraphError, template: Template = MESSAGE_TEMPLATES.__getitem__,
            verbatim: bool = True) -> str:
    """The message of ``error``: input, place, explanation, details, then (with
    ``verbatim``) Python's or TensorFlow's own message on a line of its own.

    Args:
        error: the refusal.
        template: code → template text; default English (the UI passes its translations).
        verbatim: end with :func:`own_words`; False leaves them to the caller (to put a
            sentence of its own before them).

    Returns:
        e.g. ``Line 1, column 11: this is not valid Python syntax. Allowed: …`` and, on a
        new line, ``Python says: SyntaxError: '(' was never closed``.
    """
    text = fill(error.explanation, template)
    if error.place is not None:
        text = template("frame.place").format(place=fill(error.place.explanation(), template),
                                              text=text)
    if error.input_name is not None:
        text = template("frame.input").format(name=error.input_name, text=text)
    for detail in error.details:
        text = template("frame.detail").format(text=text, detail=fill(detail, template))
    return text + own_words(error, template) if verbatim else text


def own_words(error: GraphError, template: Template = MESSAGE_TEMPLATES.__getitem__) -> str:
    """Python's and TensorFlow's own messages, each on a new line after its marker
    (``Python says: SyntaxError: …``); empty when there are none."""
    text = ""
    if error.python_error:
        text += "\n" + template("frame.python").format(error=error.python_error)
    if error.tensorflow_error:
        text += "\n" + template("frame.tensorflow").format(error=error.tensorflow_error)
    return text
