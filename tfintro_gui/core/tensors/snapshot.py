"""The workspace as plain JSON data (for session files), and back.

A snapshot holds each entry's name, kind, dtype, shape and values (nested lists) and the
code that made them. :func:`check_workspace_state` validates a snapshot completely
without TensorFlow, so a bad file is refused before anything changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tensors.code_check import is_workspace_code
from tfintro_gui.core.tensors.literals import MAX_ELEMENTS, MAX_RANK
from tfintro_gui.core.tensors.parsing import validate_name
from tfintro_gui.core.tensors.specs import DTYPES, KINDS
from tfintro_gui.core.tensors.workspace import MAX_ENTRIES, Workspace

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Dtypes a snapshot may hold: the workspace's, plus those NumPy interplay can make.
SNAPSHOT_DTYPES = tuple(dict.fromkeys((*DTYPES, "int8", "int16", "uint8")))
#: The most elements a snapshot may hold over all entries (a session file is read whole).
MAX_SNAPSHOT_ELEMENTS = 4 * MAX_ELEMENTS
#: The most code lines a snapshot may hold.
MAX_CODE_LINES = 100 * MAX_ENTRIES
#: The longest code line a snapshot may hold, in characters.
MAX_CODE_LINE_LENGTH = 2000


@dataclass(frozen=True)
class EntrySnapshot:
    """One validated entry of a snapshot.

    Attributes:
        name: the Python name.
        kind: one of ``"constant"``, ``"variable"``, ``"ndarray"``, ``"numpy scalar"``.
        values: the values, with the entry's dtype and shape.
        reproducible: whether the saved code rebuilds the same values.
    """

    name: str
    kind: str
    values: np.ndarray
    reproducible: bool


def workspace_state(workspace: Workspace) -> dict:
    """The workspace as JSON data.

    Returns:
        ``{"entries": [{"name", "kind", "dtype", "shape", "values", "reproducible"}…],
        "code": [line…]}``; ``values`` are nested lists (NaN and ±inf as the strings
        ``"nan"``, ``"inf"``, ``"-inf"``, since JSON has no such numbers).
    """
    entries = []
    for info in workspace.entries():
        values = workspace.value(info.name)
        entries.append({"name": info.name, "kind": info.kind, "dtype": info.dtype,
                        "shape": list(info.shape), "values": _to_json(values),
                        "reproducible": info.reproducible})
    return {"entries": entries, "code": workspace.code_lines()}


def _to_json(values: np.ndarray):
    if values.dtype.kind == "f":
        return np.vectorize(_float_json, otypes=[object])(values).tolist() if values.ndim \
            else _float_json(values.item())
    return values.tolist()


def _float_json(value: float):
    value = float(value)
    if math.isfinite(value):
        return value
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")


def _check_lists(state) -> tuple[list, list]:
    if not isinstance(state, dict):
        raise ValueError(f"The workspace is a JSON object, not {type(state).__name__}.")
    entries, code = state.get("entries", []), state.get("code", [])
    if not isinstance(entries, list):
        raise ValueError("The workspace's 'entries' is a list.")
    if len(entries) > MAX_ENTRIES:
        raise ValueError(f"The workspace holds {len(entries):,} entries; at most "
                         f"{MAX_ENTRIES:,} are accepted.")
    if not isinstance(code, list) or not all(isinstance(line, str) for line in code):
        raise ValueError("The workspace's 'code' is a list of lines (strings).")
    if len(code) > MAX_CODE_LINES or any(len(line) > MAX_CODE_LINE_LENGTH for line in code):
        raise ValueError(f"The workspace's 'code' is too long: at most {MAX_CODE_LINES:,} "
                         f"lines of at most {MAX_CODE_LINE_LENGTH:,} characters.")
    foreign = next((number for number, line in enumerate(code, 1)
                    if line.strip() and not is_workspace_code(line)), None)
    if foreign is not None:
        raise ValueError(f"Line {foreign} of the workspace's 'code' is not code the "
                         "workspace writes; a session file carries only the lab's own code.")
    return entries, code


def _check_name(entry, position: int) -> str:
    where = f"entry {position + 1}"
    if not isinstance(entry, dict):
        raise ValueError(f"The workspace's {where} is a JSON object.")
    name = entry.get("name")
    try:
        return validate_name(name)
    except (TypeError, ValueError):
        raise ValueError(f"The workspace's {where}: {str(name)[:40]!r} is not a name the "
                         "workspace accepts (a Python identifier that is not a keyword, "
                         "nor tf, np or print).") from None


def _check_description(name: str, entry: dict) -> tuple[str, str, list]:
    kind, dtype, shape = entry.get("kind"), entry.get("dtype"), entry.get("shape")
    if kind not in KINDS:
        raise ValueError(f"{name}: the kind is one of {', '.join(KINDS)}, not {kind!r}.")
    if dtype not in SNAPSHOT_DTYPES:
        raise ValueError(f"{name}: the dtype is one of {', '.join(SNAPSHOT_DTYPES)}, "
                         f"not {dtype!r}.")
    if not isinstance(shape, list) or not all(
            isinstance(size, int) and not isinstance(size, bool) and size >= 0
            for size in shape):
        raise ValueError(f"{name}: the shape is a list of sizes ≥ 0, not {shape!r:.60}.")
    if len(shape) > MAX_RANK:
        raise ValueError(f"{name}: the shape has rank {len(shape)}; at most {MAX_RANK}.")
    if kind == "numpy scalar" and shape:
        raise ValueError(f"{name}: a NumPy scalar has shape [], not {shape}.")
    return kind, dtype, shape


def check_workspace_state(state) -> tuple[list[EntrySnapshot], list[str]]:
    """Validate a snapshot made by :func:`workspace_state` (no TensorFlow needed).

    Sizes are capped before values are read: at most ``MAX_ENTRIES`` entries, rank
    :data:`~.literals.MAX_RANK`, :data:`~.literals.MAX_ELEMENTS` elements per entry and
    :data:`MAX_SNAPSHOT_ELEMENTS` in all, :data:`MAX_CODE_LINES` code lines.

    Args:
        state: the decoded JSON.

    Returns:
        The entries and the code lines.

    Raises:
        ValueError: anything is missing, of the wrong type, too large or inconsistent (the
            message names the entry and what was expected).
    """
    entries, code = _check_lists(state)
    checked, names, total = [], set(), 0
    for position, entry in enumerate(entries):
        name = _check_name(entry, position)
        if name in names:
            raise ValueError(f"The workspace names {name!r} twice.")
        names.add(name)
        kind, dtype, shape = _check_description(name, entry)
        size = math.prod(shape)
        total += size
        if size > MAX_ELEMENTS or total > MAX_SNAPSHOT_ELEMENTS:
            raise ValueError(f"{name}: too many elements ({size:,}); a tensor holds at most "
                             f"{MAX_ELEMENTS:,}.")
        values = _from_json(entry.get("values"), dtype, name)
        if values.shape != tuple(shape):
            raise ValueError(f"{name}: the values have shape {list(values.shape)}, but the "
                             f"shape says {shape}.")
        reproducible = entry.get("reproducible", False)
        if not isinstance(reproducible, bool):
            raise ValueError(f"{name}: 'reproducible' is true or false.")
        checked.append(EntrySnapshot(name, kind, values, reproducible))
    return checked, list(code)


def _from_json(values, dtype: str, name: str) -> np.ndarray:
    def number(value):
        if isinstance(value, str) and value in ("nan", "inf", "-inf"):
            return float(value)
        if isinstance(value, bool) or isinstance(value, (int, float)):
            return value
        raise ValueError(f"{name}: {value!r} is not a number.")

    def walk(value, depth=0):
        if depth > MAX_RANK:
            raise ValueError(f"{name}: the values are nested more than {MAX_RANK} deep.")
        if isinstance(value, list):
            return [walk(item, depth + 1) for item in value]
        return number(value)

    try:
        nested = walk(values)
        array = np.array(nested, dtype=object)
        if array.dtype == object and array.ndim and any(
                isinstance(item, list) for item in array.ravel()):
            raise ValueError(f"{name}: the values are not a regular grid (rows of "
                             "different lengths).")
        with np.errstate(over="ignore"):  # 1e300 as float16 is inf, as NumPy says
            return np.array(nested, dtype=dtype)
    except (TypeError, OverflowError) as error:
        raise ValueError(f"{name}: the values are not {dtype} numbers ({error}).") from None
    except ValueError as error:
        if str(error).startswith(f"{name}:"):
            raise
        raise ValueError(f"{name}: the values are not a regular grid of {dtype} numbers "
                         f"({error}).") from None


def restore_workspace(workspace: Workspace, state) -> list[str]:
    """Replace the workspace's entries and code with a snapshot's.

    Args:
        workspace: the workspace to fill.
        state: a snapshot, as made by :func:`workspace_state`.

    Returns:
        The names restored, in order.

    Raises:
        ValueError: the snapshot is invalid; the workspace is unchanged then.
    """
    entries, code = check_workspace_state(state)
    tf = import_tensorflow()
    objects = []
    for entry in entries:
        if entry.kind == "constant":
            obj = tf.constant(entry.values, dtype=entry.values.dtype.name)
        elif entry.kind == "variable":
            obj = tf.Variable(entry.values, dtype=entry.values.dtype.name)
        elif entry.kind == "ndarray":
            obj = entry.values.copy()
        else:
            obj = entry.values.dtype.type(entry.values.item())
        objects.append((entry.name, obj, entry.reproducible))
    workspace.replace_all(objects, code)
    return [entry.name for entry in entries]
