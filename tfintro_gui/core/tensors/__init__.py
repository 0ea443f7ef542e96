"""The Tensors panel's core: a workspace of named tensors and variables, and safe parsers.

Every action returns an :class:`ActionResult` (a NumPy copy of the value, its dtype and
shape, the exact TensorFlow line, and explanations as data: a code and values) or raises
:class:`TensorInputError` / :class:`TensorActionError` and changes nothing. No Qt here:
the workspace runs in a plain script or a notebook too.

Modules: ``workspace`` (the façade), ``creation`` (recipes), ``operations`` and
``op_explanations`` (the ops table and its errors), ``assignment``, ``literals`` and
``parsing`` (typed text), ``objects``, ``specs`` (the tables), ``errors`` and ``codes``
(explanations as data), ``snapshot`` (session files), ``self_check``.
"""

from tfintro_gui.core.tensors.codes import CODES
from tfintro_gui.core.tensors.errors import (
    Explanation,
    TensorActionError,
    TensorInputError,
)
from tfintro_gui.core.tensors.literals import MAX_ELEMENTS, Literal, parse_literal
from tfintro_gui.core.tensors.parsing import (
    index_code,
    parse_axis,
    parse_index,
    parse_shape,
    shape_code,
    validate_name,
)
from tfintro_gui.core.tensors.specs import (
    CONVERSIONS,
    DTYPES,
    KINDS,
    OPS,
    SCRIPT_HEADER,
    SOURCES,
    ActionResult,
    EntryInfo,
)
from tfintro_gui.core.tensors.workspace import MAX_ENTRIES, Workspace

__all__ = [
    "CODES", "CONVERSIONS", "DTYPES", "KINDS", "MAX_ELEMENTS", "MAX_ENTRIES", "OPS",
    "SCRIPT_HEADER", "SOURCES", "ActionResult", "EntryInfo", "Explanation", "Literal",
    "TensorActionError", "TensorInputError", "Workspace", "index_code", "parse_axis",
    "parse_index", "parse_literal", "parse_shape", "shape_code", "validate_name",
]
