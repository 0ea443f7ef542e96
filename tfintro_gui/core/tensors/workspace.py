"""A workspace of named tensors, variables and NumPy arrays, changed one action at a time.

Every action calls real TensorFlow (or NumPy) on the stored objects and returns an
:class:`~.specs.ActionResult` with a NumPy copy of the value and the exact Python line(s)
that do the same thing. The lines of all successful actions, run top to bottom after
``import numpy as np`` and ``import tensorflow as tf``, rebuild the workspace
(:meth:`Workspace.script`). A refused action raises :class:`~.errors.TensorInputError` or
:class:`~.errors.TensorActionError` (both ``ValueError``) and changes nothing: the
workspace changes only once the whole action, its NumPy copy included, has succeeded.
:mod:`~.creation`, :mod:`~.operations` and :mod:`~.assignment` do the work; this façade
owns the entries and the code. The calls follow Chollet, Deep Learning with Python, ch. 3.
"""

from __future__ import annotations

from dataclasses import dataclass

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tensors import assignment, creation, operations
from tfintro_gui.core.tensors.constructors import constructor_operand
from tfintro_gui.core.tensors.errors import TensorInputError, echo, explain
from tfintro_gui.core.tensors.literals import parse_literal
from tfintro_gui.core.tensors.objects import (
    Change,
    Operand,
    dtype_name,
    entry_operand,
    is_numpy_kind,
    kind_of,
    literal_operand,
    numpy_copy,
    shape_of,
    short_device,
)
from tfintro_gui.core.tensors.parsing import parse_index, shape_code, validate_name
from tfintro_gui.core.tensors.specs import (
    CONVERSIONS,
    OPS,
    SCRIPT_HEADER,
    ActionResult,
    EntryInfo,
)

#: The most entries a workspace holds (a session file with more is refused too).
MAX_ENTRIES = 1000


@dataclass
class _Entry:
    obj: object
    reproducible: bool


class Workspace:
    """Named tensors, variables and NumPy arrays, and the code that made them.

    TensorFlow is imported (once) when the workspace is created. Example::

        workspace = Workspace()
        workspace.create("a", "tf.ones", shape=(2, 2))
        workspace.apply("square", "b", "a")           # b = tf.square(a)
        workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
        workspace.assign("v", "3.", index="0:2, 0")   # v[0:2, 0].assign(3.0)
        print(workspace.script())
    """

    def __init__(self):
        self._tf = import_tensorflow()
        self._entries: dict[str, _Entry] = {}
        self._code: list[str] = []

    # -- reading --------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The entry names, oldest first."""
        return list(self._entries)

    def __contains__(self, name) -> bool:
        return name in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[EntryInfo]:
        """An :class:`~.specs.EntryInfo` per entry, oldest first."""
        return [self.info(name) for name in self._entries]

    def info(self, name: str) -> EntryInfo:
        """What the workspace list shows for ``name``.

        Raises:
            TensorInputError: there is no such entry (``name.unknown``).
        """
        entry = self._entry(name)
        obj = entry.obj
        kind = kind_of(self._tf, obj)
        device = "host" if is_numpy_kind(kind) else short_device(
            str(getattr(obj, "device", "") or ""))
        return EntryInfo(name=name, kind=kind, shape=shape_of(obj), dtype=dtype_name(obj),
                         device=device, reproducible=entry.reproducible)

    def value(self, name: str):
        """A NumPy copy of ``name``'s value (a 0-d array for scalars); raises
        :class:`~.errors.TensorInputError` if there is no such entry."""
        return numpy_copy(self._entry(name).obj)

    def object(self, name: str):
        """The stored object itself (``tf.Tensor``, ``tf.Variable`` or NumPy), for scripts;
        raises :class:`~.errors.TensorInputError` if there is no such entry."""
        return self._entry(name).obj

    def code_lines(self) -> list[str]:
        """The code of every successful action so far, one line per item."""
        return list(self._code)

    def script(self) -> str:
        """A runnable Python script: the imports, then every action's code in order."""
        return "\n".join((*SCRIPT_HEADER, "", *self._code)) + "\n"

    def unused_name(self, also_taken=()) -> str:
        """A free name for a result: the first of ``t1``, ``t2``… neither taken nor in
        ``also_taken`` (never a notebook cell's name such as ``x``, ``v`` or ``a``…``e``)."""
        number = 1
        while f"t{number}" in self._entries or f"t{number}" in also_taken:
            number += 1
        return f"t{number}"

    def clear(self) -> None:
        """Remove every entry and forget the code."""
        self._entries.clear()
        self._code.clear()

    def replace_all(self, entries: list[tuple[str, object, bool]], code: list[str]) -> None:
        """Replace every entry and the code at once (opening a saved session).

        Args:
            entries: ``(name, obj, reproducible)`` in order, at most :data:`MAX_ENTRIES`;
                ``obj`` a ``tf.Tensor``, ``tf.Variable``, NumPy array or NumPy scalar.
            code: the code lines that made them.

        Raises:
            TensorInputError: too many entries, a name is invalid or repeated, or an object
                is of another type. The workspace is unchanged then.
        """
        if len(entries) > MAX_ENTRIES:
            raise TensorInputError("workspace.full", limit=MAX_ENTRIES)
        new: dict[str, _Entry] = {}
        for name, obj, reproducible in entries:
            name = validate_name(name)
            if name in new:
                raise TensorInputError("name.repeated", name=name)
            if kind_of(self._tf, obj) is None:
                raise TensorInputError("entry.unsupported", name=name, type=type(obj).__name__)
            new[name] = _Entry(obj=obj, reproducible=bool(reproducible))
        self._entries = new
        self._code = [str(line) for line in code]

    # -- actions --------------------------------------------------------------------------
    def create(self, name: str, source: str, *, shape=None, dtype: str | None = None,
               literal: str | None = None, mean: float = 0.0, stddev: float = 1.0,
               minval: float = 0.0, maxval: float = 1.0, seed: int | None = None,
               variable: bool = False) -> ActionResult:
        """Make a new entry from one of :data:`~.specs.SOURCES`.

        Args:
            name: a new Python name (see :func:`~.parsing.validate_name`).
            source: a key of :data:`~.specs.SOURCES`, e.g. ``"tf.ones"``,
                ``"tf.random.normal"``, ``"tf.constant"``, ``"np.ones"``, ``"np.array"``.
            shape, dtype, literal, mean, stddev, minval, maxval, seed: as
                :func:`~.creation.check_arguments` reads them: ``shape`` text such as
                ``"(2, 3)"`` or a tuple; ``dtype`` one of :data:`~.specs.DTYPES` (None = the
                source's default); ``literal`` text such as ``"[[1, 2], [3, 4]]"``; ``seed``
                None (a new draw each run) or an int in ``[0, 2**31)``.
            variable: wrap the value in ``tf.Variable(initial_value=...)``.

        Returns:
            An :class:`~.specs.ActionResult` for the new entry.

        Raises:
            TensorInputError: bad name or arguments (checked and capped before the work).
            TensorActionError: TensorFlow or NumPy refused, with its own message.
        """
        name = self._new_name(name)
        arguments = creation.check_arguments(source, shape=shape, dtype=dtype,
                                             literal=literal, mean=mean, stddev=stddev,
                                             minval=minval, maxval=maxval, seed=seed)
        expression, make = creation.recipe(self._tf, arguments, variable)
        code = f"{name} = {expression}"
        try:
            obj = make()
            values = numpy_copy(obj)
        except Exception as error:  # TensorFlow's or NumPy's refusal, explained
            raise creation.create_error(code, arguments, error) from None
        warnings = () if arguments.reproducible else (explain("warn.no_seed"),)
        summary = explain("result.created", code=code, kind=kind_of(self._tf, obj),
                          shape=shape_code(values.shape), dtype=dtype_name(obj))
        return self._commit(Change(action=source, name=name, obj=obj, values=values,
                                   code=(code,), reproducible=arguments.reproducible,
                                   summary=summary, warnings=warnings))

    def assign(self, name: str, value: str, *, method: str = "assign",
               index=None) -> ActionResult:
        """Change a variable in place: ``v.assign(x)``, ``v[index].assign(x)``,
        ``v.assign_add(x)`` or ``v.assign_sub(x)`` (see :func:`~.assignment.assign`).

        Args:
            name: the variable's name.
            value: the name of an entry, or a literal such as ``"3."`` or ``"[[1.], [2.]]"``.
            method: ``"assign"``, ``"assign_add"`` or ``"assign_sub"``.
            index: for ``assign`` only: NumPy-style slice text such as ``"0:2, 0"`` (see
                :func:`~.parsing.parse_index`), a tuple, or None for the whole variable.

        Returns:
            An :class:`~.specs.ActionResult` for the variable.

        Raises:
            TensorInputError: bad arguments.
            TensorActionError: ``name`` is not a variable, or TensorFlow refused; the
                variable is unchanged.
        """
        if method not in assignment.METHODS:
            raise TensorInputError("assign.unknown_method", method=echo(repr(method)))
        entry = self._entry(name)
        if isinstance(index, str):
            index = parse_index(index)
        operand = self._operand(value, "value")
        change = assignment.assign(self._tf, name, entry.obj, entry.reproducible, method,
                                   index, operand)
        return self._commit(change)

    def set_item(self, name: str, index, text: str) -> ActionResult:
        """Change one element, as a cell edit in the table does (see
        :func:`~.assignment.set_item`): ``v[i, j].assign(value)`` on a variable,
        ``x[i, j] = value`` on a NumPy array; a constant refuses with TensorFlow's own
        ``'EagerTensor' object does not support item assignment``, explained.

        Args:
            name: the entry.
            index: a tuple of ints, one per axis, inside the shape.
            text: the new value, a number such as ``"3.5"``, ``"-2"`` or ``"True"``.

        Returns:
            An :class:`~.specs.ActionResult` for the entry.

        Raises:
            TensorInputError: bad index or value.
            TensorActionError: the change was refused; the entry is unchanged.
        """
        entry = self._entry(name)
        literal = parse_literal(text, "cell")
        change = assignment.set_item(self._tf, name, entry.obj, entry.reproducible, index,
                                     literal)
        return self._commit(change)

    def apply(self, op: str, result: str, x: str, y: str | None = None, *, axis=None,
              shape=None, dtype: str | None = None) -> ActionResult:
        """Apply one of :data:`~.specs.OPS` and store the result under ``result``.

        Args:
            op: a key of :data:`~.specs.OPS`.
            result: the result's name: a new name, or one of the operands' (``e *= d``
                when ``result`` is ``x`` and op is ``+ - * /``).
            x: the first operand: an entry name or a literal such as ``"2."``.
            y: the second operand of binary ops.
            axis: for ``reduce_sum``/``reduce_mean``: None, an int, a tuple, or text.
            shape: for ``reshape``: the new shape (text or tuple; one -1 allowed).
            dtype: for ``cast``: one of :data:`~.specs.DTYPES`.

        Returns:
            An :class:`~.specs.ActionResult` for the result entry; ``summary`` shows the
            shapes in and out, ``notes`` how broadcasting stretched them, ``warnings``
            flags NaN/inf that appeared and int-to-float division.

        Raises:
            TensorInputError: bad arguments, or a result over the size cap.
            TensorActionError: TensorFlow refused; the workspace is unchanged.
        """
        if op not in OPS:
            raise TensorInputError("op.unknown", op=echo(repr(op)), known=", ".join(OPS))
        spec = OPS[op]
        if spec.arity == 2 and y is None:
            raise TensorInputError("op.needs_two", label=spec.label)
        left = self._operand(x, "x")
        right = self._operand(y, "y") if spec.arity == 2 else None
        result = validate_name(result)
        if result in self._entries and result not in (left.name, getattr(right, "name", None)):
            raise TensorInputError("name.taken", name=result)
        call = operations.plan_op(self._tf, op, result, left, right, axis=axis, shape=shape,
                                  dtype=dtype)
        return self._commit(operations.run_op(self._tf, call))

    def convert(self, conversion: str, source: str, result: str) -> ActionResult:
        """One of :data:`~.specs.CONVERSIONS`, applied to the entry ``source``.

        Args:
            conversion: ``"numpy"`` (``x.numpy()``), ``"np.add"`` (``np.add(x, 1)``),
                ``"tf.multiply"`` (``tf.multiply(x, 42)``), ``"tf.Variable"`` or
                ``"tf.constant"``.
            source: the entry's name.
            result: the new entry's name (or ``source`` to replace it).

        Returns:
            An :class:`~.specs.ActionResult`; ``warnings`` says when a NumPy function turned
            a tensor into an ndarray, or a TensorFlow op kept NumPy's float64.

        Raises:
            TensorInputError: bad arguments.
            TensorActionError: the conversion failed; the workspace is unchanged.
        """
        if conversion not in CONVERSIONS:
            raise TensorInputError("conversion.unknown", conversion=echo(repr(conversion)),
                                   known=", ".join(CONVERSIONS))
        entry = self._entry(source)
        result = validate_name(result)
        if result in self._entries and result != source:
            raise TensorInputError("name.taken", name=result)
        operand = entry_operand(source, entry.obj, entry.reproducible)
        return self._commit(operations.convert(self._tf, conversion, operand, result))

    def delete(self, name: str) -> ActionResult:
        """Remove ``name`` (``del name``); raises :class:`~.errors.TensorInputError` if
        there is no such entry."""
        self._entry(name)
        code = f"del {name}"
        del self._entries[name]
        self._code.append(code)
        return ActionResult(action="delete", name=None, kind=None, value=None, dtype=None,
                            shape=None, code=(code,),
                            summary=explain("result.deleted", code=code, name=name),
                            removed=(name,))

    def rename(self, name: str, new_name: str) -> ActionResult:
        """Give ``name`` a new name (``new_name = name; del name``); its place in the list
        and its value stay.

        Raises:
            TensorInputError: there is no such entry, or the new name is invalid, the same
                or taken.
        """
        entry = self._entry(name)
        new_name = validate_name(new_name)
        if new_name == name:
            raise TensorInputError("name.same", name=name)
        if new_name in self._entries:
            raise TensorInputError("name.taken", name=new_name)
        code = (f"{new_name} = {name}", f"del {name}")
        self._entries = {(new_name if key == name else key): value
                         for key, value in self._entries.items()}
        self._code.extend(code)
        return ActionResult(action="rename", name=new_name, kind=kind_of(self._tf, entry.obj),
                            value=numpy_copy(entry.obj), dtype=dtype_name(entry.obj),
                            shape=shape_of(entry.obj), code=code,
                            summary=explain("result.renamed", name=name, new_name=new_name),
                            removed=(name,))

    # -- helpers --------------------------------------------------------------------------
    def _entry(self, name) -> _Entry:
        if not isinstance(name, str) or name not in self._entries:
            raise TensorInputError("name.unknown", name=echo(str(name), 40),
                                   known=echo(", ".join(self._entries), 200))
        return self._entries[name]

    def _new_name(self, name) -> str:
        name = validate_name(name)
        if name in self._entries:
            raise TensorInputError("name.taken", name=name)
        if len(self._entries) >= MAX_ENTRIES:
            raise TensorInputError("workspace.full", limit=MAX_ENTRIES)
        return name

    def _operand(self, text, field: str) -> Operand:
        if text is None:
            raise TensorInputError("operand.missing", field=field)
        if not isinstance(text, str):
            text = repr(text)
        stripped = text.strip()
        if stripped.isidentifier() and stripped not in ("True", "False"):
            if stripped not in self._entries and stripped.lower() in ("nan", "inf", "infinity"):
                raise TensorInputError("number.not_finite", field=field, number=stripped)
            entry = self._entry(stripped)
            return entry_operand(stripped, entry.obj, entry.reproducible)
        if (constructed := constructor_operand(self._tf, stripped, field)) is not None:
            return constructed  # e.g. tf.ones((3, 1)), typed as in the notebook
        try:
            literal = parse_literal(stripped, field)
        except TensorInputError as error:
            raise error.with_details(explain(
                "operand.or_entry", known=echo(", ".join(self._entries), 200))) from None
        return literal_operand(literal)

    def _commit(self, change: Change) -> ActionResult:
        """Store a finished change (the only place the workspace changes) and report it."""
        if change.name not in self._entries and len(self._entries) >= MAX_ENTRIES:
            raise TensorInputError("workspace.full", limit=MAX_ENTRIES)
        self._entries[change.name] = _Entry(obj=change.obj, reproducible=change.reproducible)
        self._code.extend(change.code)
        return ActionResult(action=change.action, name=change.name,
                            kind=kind_of(self._tf, change.obj), value=change.values,
                            dtype=dtype_name(change.obj), shape=tuple(change.values.shape),
                            code=change.code, summary=change.summary,
                            warnings=change.warnings, notes=change.notes)
