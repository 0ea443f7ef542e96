"""The Tensors panel's part of ``--self-test``: a scripted workspace session checked against
the same calls made directly in TensorFlow."""

from __future__ import annotations

import time

import numpy as np

from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tensors.errors import TensorActionError
from tfintro_gui.core.tensors.workspace import Workspace

#: TensorFlow's message for ``t[0, 0] = 0.`` on a constant (Chollet, ch. 3).
ITEM_ASSIGNMENT_ERROR = "object does not support item assignment"


def self_check() -> dict:
    """Create, assign, slice assign, matmul and the constant-assignment error, in a
    :class:`~tfintro_gui.core.tensors.workspace.Workspace` and directly in TensorFlow.

    The sequence is the notebook's: ``a = tf.ones((2, 2))``, ``b = tf.square(a)``,
    ``c = tf.sqrt(a)``, ``d = b + c``, ``e = tf.matmul(a, b)``, ``e *= d`` (all 4.0), and
    ``v = tf.Variable(...)``, ``v.assign(tf.ones((3, 1)))``, ``v[0:2, 0].assign(3.)``
    (``[[3], [3], [1]]``).

    Returns:
        ``{"ok": bool, "checks": {name: bool}, "e": list, "v": list, "seconds": float}``;
        ``ok`` when every check passed.
    """
    tf = import_tensorflow()
    started = time.perf_counter()
    checks = {}
    workspace = Workspace()

    workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
    direct_v = tf.Variable(tf.random.stateless_normal(shape=(3, 1), seed=(0, 0)))
    checks["create"] = bool(np.array_equal(workspace.value("v"), direct_v.numpy()))

    workspace.assign("v", "[[1.0], [1.0], [1.0]]")
    direct_v.assign(tf.ones((3, 1)))
    checks["assign"] = bool(np.array_equal(workspace.value("v"), direct_v.numpy()))

    workspace.assign("v", "3.", index="0:2, 0")
    direct_v[0:2, 0].assign(3.0)
    v = workspace.value("v")
    checks["slice_assign"] = bool(np.array_equal(v, direct_v.numpy())
                                  and np.array_equal(v, [[3.0], [3.0], [1.0]]))

    workspace.create("a", "tf.ones", shape=(2, 2))
    workspace.apply("square", "b", "a")
    workspace.apply("sqrt", "c", "a")
    workspace.apply("+", "d", "b", "c")
    workspace.apply("matmul", "e", "a", "b")
    workspace.apply("*", "e", "e", "d")
    a = tf.ones((2, 2))
    b = tf.square(a)
    c = tf.sqrt(a)
    d = b + c
    e = tf.matmul(a, b)
    e *= d
    e_value = workspace.value("e")
    checks["matmul"] = bool(np.array_equal(e_value, e.numpy())
                            and np.array_equal(e_value, np.full((2, 2), 4.0)))

    direct_message = ""
    try:
        a[0, 0] = 0.0
    except TypeError as error:
        direct_message = str(error)
    before = workspace.value("a")
    try:
        workspace.set_item("a", (0, 0), "0.")
        refused = False
    except TensorActionError as error:
        refused = ITEM_ASSIGNMENT_ERROR in error.tensorflow_error and \
            direct_message in error.tensorflow_error
    checks["constant_assignment_error"] = bool(
        refused and ITEM_ASSIGNMENT_ERROR in direct_message
        and np.array_equal(workspace.value("a"), before))

    return {
        "ok": all(checks.values()),
        "checks": checks,
        "e": e_value.tolist(),
        "v": v.ravel().tolist(),
        "seconds": round(time.perf_counter() - started, 3),
    }
