"""The Tensors panel's core: a workspace of named tensors and variables, and safe parsers.

Every action returns an :class:`ActionResult` (a NumPy copy of the value, its dtype and
shape, and the exact TensorFlow line) or raises :class:`TensorActionError` and changes
nothing. No Qt here: the workspace runs in a plain script or a notebook too.
"""

from tfintro_gui.core.tensors.errors import TensorActionError
from tfintro_gui.core.tensors.parsing import (
    MAX_ELEMENTS,
    Literal,
    index_code,
    parse_axis,
    parse_index,
    parse_literal,
    parse_shape,
    validate_name,
)
from tfintro_gui.core.tensors.workspace import (
    CONVERSIONS,
    DTYPES,
    OPS,
    SCRIPT_HEADER,
    SOURCES,
    ActionResult,
    EntryInfo,
    Workspace,
)

__all__ = [
    "CONVERSIONS", "DTYPES", "MAX_ELEMENTS", "OPS", "SCRIPT_HEADER", "SOURCES",
    "ActionResult", "EntryInfo", "Literal", "TensorActionError", "Workspace", "index_code",
    "parse_axis", "parse_index", "parse_literal", "parse_shape", "validate_name",
]
