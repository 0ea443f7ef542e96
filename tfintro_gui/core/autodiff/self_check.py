"""The Backprop panel's part of ``--self-test``: the notebook's gradients, three ways."""

from __future__ import annotations

import time

from tfintro_gui.core.autodiff.checks import numeric_gradients, tape_gradients
from tfintro_gui.core.autodiff.graph import build_graph
from tfintro_gui.core.autodiff.presets import preset

#: The notebook's answers (Chollet, Deep Learning with Python, ch. 3).
EXPECTED = {"w": 2.0, "b": 1.0, "x1": 1.0, "x2": 1.0}
TOLERANCE = 1e-3


def self_check() -> dict:
    """Build the notebook example and compare its gradients by all three methods.

    Returns:
        ``{"ok": bool, "forward": {...}, "chain_rule": {...}, "tape": {...},
        "finite_difference": {...}, "seconds": float}``; ``ok`` when every method gives
        ∂loss_val/∂w = 2, ∂/∂b = 1, ∂/∂x1 = 1 and ∂/∂x2 = 1 within 1e-3, and the forward
        pass gives x1 = 6, x2 = 7, loss_val = 3.
    """
    started = time.perf_counter()
    example = preset("notebook")
    graph = build_graph(example.expression, example.inputs)
    graph.run_forward()
    forward = {name: float(graph.value(name)) for name in ("x1", "x2", "loss_val")}
    methods = {
        "chain_rule": graph.chain_rule_gradients(),
        "tape": tape_gradients(graph),
        "finite_difference": numeric_gradients(graph),
    }
    report = {"forward": forward}
    ok = forward == {"x1": 6.0, "x2": 7.0, "loss_val": 3.0}
    for method, gradients in methods.items():
        values = {name: None if gradients[name] is None else round(float(gradients[name]), 6)
                  for name in EXPECTED}
        report[method] = values
        ok = ok and all(values[name] is not None and abs(values[name] - expected) < TOLERANCE
                        for name, expected in EXPECTED.items())
    report["seconds"] = round(time.perf_counter() - started, 3)
    return {"ok": ok, **report}
