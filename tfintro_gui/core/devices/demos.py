"""Two small demos: where TensorFlow places an op, and a sum over a ``MirroredStrategy``.

:func:`run_placement_demo` runs ``tf.matmul(x, x)`` under ``tf.device`` and reports
``y.device`` (with soft device placement, a missing GPU means the CPU).
:func:`mirrored_sum_demo` spreads numbers over the replicas of a
``tf.distribute.MirroredStrategy`` (one per logical CPU), sums each share and reduces.
Both return the TensorFlow code that did it; both refuse bad input with a
:class:`~tfintro_gui.core.devices.texts.DevicesInputError` before any TensorFlow work.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.device_setup import check_device_name, short_device_name
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.texts import DevicesInputError, Explanation, excerpt
from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


def check_device(device: str) -> str:
    """A typed device name in ``tf.device`` form (``"gpu:0"`` → ``"/GPU:0"``).

    Raises:
        DevicesInputError: not a device name (``"not_device_name"``).
    """
    try:
        return check_device_name(device)
    except (TypeError, ValueError):
        raise DevicesInputError("not_device_name", text=excerpt(device)) from None


# -- placement ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlacementResult:
    """Where TensorFlow ran a small op.

    Attributes:
        requested: the device asked for with ``tf.device``, or None (TensorFlow chooses).
        device: ``tensor.device`` of the result, e.g.
            ``"/job:localhost/replica:0/task:0/device:CPU:0"``.
        value: `(2, 2)` float32, the result.
        code: the TensorFlow lines that did it.
        note: ``"soft_placement"`` when the op ran elsewhere than requested, else None.
    """

    requested: str | None
    device: str
    value: np.ndarray
    code: str
    note: Explanation | None = None

    @property
    def short_device(self) -> str:
        """``device`` as ``tf.device`` writes it, e.g. ``"/CPU:0"``."""
        return short_device_name(self.device)


def run_placement_demo(device: str | None = None) -> PlacementResult:
    """Run ``tf.matmul(x, x)`` for ``x = [[1, 2], [3, 4]]`` and report ``.device``.

    Args:
        device: a device such as ``"/GPU:0"`` for ``with tf.device(...)``; None or ``""``
            lets TensorFlow choose (a GPU when there is one).

    Returns:
        A :class:`PlacementResult`; with soft device placement on (TensorFlow's default),
        a device that does not exist is replaced by one that does, and ``note`` says so.

    Raises:
        DevicesInputError: ``device`` is not a device name, or TensorFlow refuses it.
    """
    requested = check_device(device) if device else None
    tf = import_tensorflow()
    x_value = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    lines = ["x = tf.constant([[1., 2.], [3., 4.]])", "y = tf.matmul(x, x)"]
    try:
        if requested is None:
            x = tf.constant(x_value)
            y = tf.matmul(x, x)
            code = "\n".join([*lines, "print(y.device)"])
        else:
            with tf.device(requested):
                x = tf.constant(x_value)
                y = tf.matmul(x, x)
            code = "\n".join([f'with tf.device("{requested}"):',
                              *("    " + line for line in lines), "print(y.device)"])
    except (tf.errors.InvalidArgumentError, tf.errors.NotFoundError) as error:
        raise DevicesInputError("placement_refused", device=requested,
                                reason=error.message) from None
    result = PlacementResult(requested, y.device, y.numpy().copy(), code)
    if requested is not None and result.short_device != requested:
        note = Explanation("soft_placement",
                           {"requested": requested, "device": result.short_device})
        result = PlacementResult(requested, y.device, result.value, code, note)
    return result


# -- distribution in miniature --------------------------------------------------------------
MAX_DISTRIBUTED_VALUES = 10_000
#: The longest values text read, in characters (10 000 numbers of ~20 characters).
MAX_VALUES_TEXT = 200_000
#: The largest float32 magnitude, about 3.4e38 (``np.finfo(np.float32).max``).
FLOAT32_MAX = float.fromhex("0x1.fffffep+127")
_FLOAT32_MAX_TEXT = "3.4e38"
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_BRACKETS = {"[": "]", "(": ")"}


def _tokens(text: str) -> list[str]:
    """The number tokens of ``text``: one enclosing ``[...]`` or ``(...)`` allowed,
    numbers separated by commas or spaces."""
    stripped = text.strip()
    if not stripped:
        raise DevicesInputError("values_empty")
    if len(stripped) > MAX_VALUES_TEXT:
        raise DevicesInputError("text_too_long", length=len(stripped), maximum=MAX_VALUES_TEXT)
    if stripped[0] in _BRACKETS and stripped[-1] == _BRACKETS[stripped[0]]:
        stripped = stripped[1:-1]
    if "[" in stripped or "]" in stripped:  # a nested list
        raise DevicesInputError("values_not_flat")
    tokens = [token for token in re.split(r"[,\s]+", stripped) if token]
    if not 1 <= len(tokens) <= MAX_DISTRIBUTED_VALUES:
        raise DevicesInputError("values_count", maximum=MAX_DISTRIBUTED_VALUES,
                                count=len(tokens))
    return tokens


def _number(token, shown: str) -> float:
    """One number as a Python float; refuses text that is not a number, inf, nan and
    magnitudes beyond float32 (a 400-digit integer included)."""
    if isinstance(token, str):
        if not _NUMBER.fullmatch(token):
            raise DevicesInputError("value_not_number", text=excerpt(shown))
        value = float(token)  # a huge literal gives inf, never an OverflowError
    else:
        if isinstance(token, (list, tuple, np.ndarray)):
            raise DevicesInputError("values_not_flat")
        try:
            value = float(token)
        except OverflowError:  # an int beyond float64, e.g. 10**400
            raise DevicesInputError("value_too_large", text=excerpt(shown),
                                    limit=_FLOAT32_MAX_TEXT) from None
        except (TypeError, ValueError):
            raise DevicesInputError("value_not_number", text=excerpt(shown)) from None
        if not math.isfinite(value):
            raise DevicesInputError("value_not_finite", text=excerpt(shown))
    if not abs(value) <= FLOAT32_MAX:
        raise DevicesInputError("value_too_large", text=excerpt(shown),
                                limit=_FLOAT32_MAX_TEXT)
    return value


def parse_values(text) -> np.ndarray:
    """Read the numbers to spread over replicas (never evaluates the text).

    Args:
        text: a list such as ``"[1, 2, 3, 4]"`` (brackets or parentheses optional),
            numbers separated by commas or spaces, at most :data:`MAX_VALUES_TEXT`
            characters; or a sequence of numbers.

    Returns:
        `(k,)` float32, 1 ≤ k ≤ :data:`MAX_DISTRIBUTED_VALUES`.

    Raises:
        DevicesInputError: empty, not numbers, nested, too many, not finite, beyond
            float32's range (±3.4e38), or summing beyond it. The message quotes at most
            40 characters of the offending number.
    """
    if isinstance(text, str):
        tokens = _tokens(text)
        values = [_number(token, token) for token in tokens]
    else:
        if isinstance(text, np.ndarray) and text.ndim != 1:
            raise DevicesInputError("values_not_flat")
        try:
            items = text.tolist() if isinstance(text, np.ndarray) else list(text)
        except TypeError:
            raise DevicesInputError("value_not_number", text=excerpt(repr(text))) from None
        if not 1 <= len(items) <= MAX_DISTRIBUTED_VALUES:
            raise DevicesInputError("values_count", maximum=MAX_DISTRIBUTED_VALUES,
                                    count=len(items))
        values = [_number(item, str(item)) for item in items]
    array = np.asarray(values, dtype=np.float64)
    if float(np.sum(np.abs(array))) > FLOAT32_MAX:
        raise DevicesInputError("sum_too_large", limit=_FLOAT32_MAX_TEXT)
    return array.astype(np.float32)


@dataclass(frozen=True)
class ReplicaResult:
    """What one replica of the strategy computed.

    Attributes:
        device: where it ran, e.g. ``"/job:localhost/replica:0/task:0/device:CPU:1"``.
        values: `(m,)` float32, its share of the values.
        partial_sum: ``tf.reduce_sum`` of its share.
    """

    device: str
    values: np.ndarray
    partial_sum: float


@dataclass(frozen=True)
class MirroredSumResult:
    """A sum spread over the replicas of a ``tf.distribute.MirroredStrategy``.

    Attributes:
        devices: the strategy's devices.
        replicas: one :class:`ReplicaResult` per replica.
        total: ``strategy.reduce(tf.distribute.ReduceOp.SUM, ...)`` of the partial sums.
        code: the TensorFlow lines that did it.
    """

    devices: tuple[str, ...]
    replicas: tuple[ReplicaResult, ...]
    total: float
    code: str


def mirrored_sum_demo(values, devices: Iterable[str] | None = None) -> MirroredSumResult:
    """Sum ``values`` with one share per replica of a ``MirroredStrategy``, then reduce.

    Args:
        values: numbers (see :func:`parse_values`).
        devices: the strategy's devices; None = every logical CPU (split the CPU with
            :func:`tfintro_gui.core.device_setup.set_device_options` before TensorFlow
            starts to have more than one).

    Returns:
        A :class:`MirroredSumResult`.

    Raises:
        DevicesInputError: bad values or device names; nothing is run then.
    """
    array = parse_values(values)
    tf = import_tensorflow()
    if devices is None:
        names = [entry.short_name
                 for entry in TensorFlowDeviceConfig(tf).list_logical_devices("CPU")]
    else:
        names = [check_device(device) for device in devices]
    if not names:
        raise DevicesInputError("no_target")
    shards = np.array_split(array, len(names))
    strategy = tf.distribute.MirroredStrategy(devices=names)
    distributed = strategy.experimental_distribute_values_from_function(
        lambda context: tf.constant(shards[context.replica_id_in_sync_group]))
    per_replica = strategy.run(tf.reduce_sum, args=(distributed,))
    local = strategy.experimental_local_results(per_replica)
    total = strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)
    replicas = tuple(ReplicaResult(partial.device, shard.copy(), float(partial.numpy()))
                     for partial, shard in zip(local, shards, strict=True))
    code = "\n".join([
        f"values = np.array({array.tolist()!r}, dtype=np.{array.dtype.name})",
        f"strategy = tf.distribute.MirroredStrategy(devices={names!r})",
        "shards = np.array_split(values, strategy.num_replicas_in_sync)",
        "distributed = strategy.experimental_distribute_values_from_function(",
        "    lambda context: tf.constant(shards[context.replica_id_in_sync_group]))",
        "partial_sums = strategy.run(tf.reduce_sum, args=(distributed,))",
        "print(strategy.experimental_local_results(partial_sums))",
        "total = strategy.reduce(tf.distribute.ReduceOp.SUM, partial_sums, axis=None)",
        "print(total)",
    ])
    return MirroredSumResult(tuple(names), replicas, float(total.numpy()), code)
