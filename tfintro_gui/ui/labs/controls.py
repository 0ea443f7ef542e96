"""The panels' widgets that a lab may lock or hide, found by their current attributes.

A lab names controls (``"learning_rate"``, ``"expression"``…, listed per panel in
:data:`tfintro_gui.core.labs.schema.PANEL_CONTROLS`). Before a lock, the one function of
the panel here gives each of those widgets its control name as ``objectName`` (unless it
has one already; the name is then kept in the ``labControl`` property), looking the
widget up by the panel's attribute names, so the panel modules need no lab code. The lock
then finds the widgets with :func:`find_controls`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QWidget

# The dynamic property that carries a control name when the widget has another objectName.
CONTROL_PROPERTY = "labControl"


def _attribute(panel: QWidget, *paths: str) -> QWidget | None:
    """The first widget found at one of ``paths`` (``"a.b"``; a dict gives its first value)."""
    for path in paths:
        value = panel
        for part in path.split("."):
            value = getattr(value, part, None)
        if isinstance(value, dict):
            value = next(iter(value.values()), None)
        if isinstance(value, QWidget):
            return value
    return None


def _group_of(panel: QWidget, *paths: str) -> QWidget | None:
    """The group box around the widget at one of ``paths``."""
    widget = _attribute(panel, *paths)
    while widget is not None and not isinstance(widget, QGroupBox):
        widget = widget.parentWidget()
    return widget


def _give_names(panel: QWidget, found: dict[str, QWidget | None]) -> None:
    for control, widget in found.items():
        if widget is None:
            continue
        if not widget.objectName() or widget.objectName() == control:
            widget.setObjectName(control)
        else:
            widget.setProperty(CONTROL_PROPERTY, control)


def name_devices_controls(panel: QWidget) -> None:
    """Give the Devices panel's lockable widgets their control names."""
    _give_names(panel, {
        "refresh": _attribute(panel, "report_box.refresh_button"),
        "sizes": _attribute(panel, "benchmark_box.sizes_input"),
        "repeats": _attribute(panel, "benchmark_box.repeats_input"),
        "numpy_reference": _attribute(panel, "benchmark_box.numpy_input"),
        "run_benchmark": _attribute(panel, "benchmark_box.run_button"),
        "cancel_benchmark": _attribute(panel, "benchmark_box.cancel_button"),
        "placement_device": _attribute(panel, "placement_box.device_input"),
        "run_placement": _attribute(panel, "placement_box.run_button"),
        "preferred_device": _attribute(panel, "setup_box.preferred_input"),
        "memory_growth": _attribute(panel, "setup_box.memory_growth_input"),
        "cpu_devices": _attribute(panel, "setup_box.cpu_devices_input"),
        "apply_setup": _attribute(panel, "setup_box.apply_now_button"),
        "distribution_values": _attribute(panel, "distribution_box.values_input"),
        "run_distribution": _attribute(panel, "distribution_box.run_button"),
        "copy_report": _attribute(panel, "report_box.copy_button"),
        "save_report": _attribute(panel, "report_box.save_button"),
    })


def name_tensors_controls(panel: QWidget) -> None:
    """Give the Tensors panel's lockable widgets their control names."""
    _give_names(panel, {
        "create_group": _group_of(panel, "create_form.create_button"),
        "source": _attribute(panel, "create_form.source_input"),
        "name": _attribute(panel, "create_form.name_input"),
        "shape": _attribute(panel, "create_form.shape_input"),
        "literal": _attribute(panel, "create_form.literal_input"),
        "dtype": _attribute(panel, "create_form.dtype_input"),
        "seed": _attribute(panel, "create_form.seed_input"),
        "variable": _attribute(panel, "create_form.variable_input"),
        "create": _attribute(panel, "create_form.create_button"),
        "variable_group": _group_of(panel, "assign_form.assign_button"),
        "assign_target": _attribute(panel, "assign_form.target_input"),
        "assign_value": _attribute(panel, "assign_form.value_input"),
        "assign_index": _attribute(panel, "assign_form.index_input"),
        "assign": _attribute(panel, "assign_form.assign_button"),
        "assign_add": _attribute(panel, "assign_form.assign_add_button"),
        "assign_sub": _attribute(panel, "assign_form.assign_sub_button"),
        "operation_group": _group_of(panel, "ops_form.apply_button"),
        "operation": _attribute(panel, "ops_form.op_input"),
        "operand_x": _attribute(panel, "ops_form.x_input"),
        "operand_y": _attribute(panel, "ops_form.y_input"),
        "parameter": _attribute(panel, "ops_form.parameter_input"),
        "cast_dtype": _attribute(panel, "ops_form.cast_dtype_input"),
        "result": _attribute(panel, "ops_form.result_input"),
        "apply": _attribute(panel, "ops_form.apply_button"),
        "conversion_group": _attribute(panel, "conversion_box"),
        "rename": _attribute(panel, "workspace_list.rename_button"),
        "delete": _attribute(panel, "workspace_list.delete_button"),
        "clear": _attribute(panel, "workspace_list.clear_button"),
    })


def _action_button(panel: QWidget, drawing_path: str, action_name: str) -> QWidget | None:
    """The tool button that shows the tool bar action ``action_name`` of the drawing."""
    drawing = _attribute(panel, drawing_path)
    toolbar = getattr(drawing, "toolbar", None)
    action = getattr(drawing, action_name, None)
    if toolbar is None or action is None:
        return None
    return toolbar.widgetForAction(action)


def name_backprop_controls(panel: QWidget) -> None:
    """Give the Backprop panel's lockable widgets their control names."""
    _give_names(panel, {
        "preset": _attribute(panel, "expression_box.preset_input"),
        "expression": _attribute(panel, "expression_box.expression_input"),
        "inputs": _attribute(panel, "inputs_table.table"),
        "build": _attribute(panel, "expression_box.build_button"),
        "step_forward": _attribute(panel, "step_controls.step_forward_button"),
        "run_forward": _attribute(panel, "step_controls.run_forward_button"),
        "step_backward": _attribute(panel, "step_controls.step_backward_button"),
        "run_backward": _attribute(panel, "step_controls.run_backward_button"),
        "reset": _attribute(panel, "step_controls.reset_button"),
        "tape": _attribute(panel, "tape_rules.button"),
        "save_png": _action_button(panel, "drawing", "save_png_action"),
        "save_svg": _action_button(panel, "drawing", "save_svg_action"),
    })


def name_classifier_controls(panel: QWidget) -> None:
    """Give the Classifier panel's lockable widgets their control names."""
    _give_names(panel, {
        "data_set": _attribute(panel, "data_box.data_input"),
        "num_samples": _attribute(panel, "data_box.num_samples_input"),
        "mean_0": _attribute(panel, "data_box.mean_0_input"),
        "mean_1": _attribute(panel, "data_box.mean_1_input"),
        "covariance": _attribute(panel, "data_box.covariance_input"),
        "noise": _attribute(panel, "data_box.noise_input"),
        "seed": _attribute(panel, "data_box.seed_input"),
        "test_split": _attribute(panel, "data_box.test_split_input"),
        "click_class": _attribute(panel, "data_box.click_class_input"),
        "regenerate": _attribute(panel, "data_box.regenerate_button"),
        "import_points": _attribute(panel, "data_box.import_button"),
        "export_points": _attribute(panel, "data_box.export_button"),
        "mode": _attribute(panel, "training_box.mode_input"),
        "hidden_units": _attribute(panel, "training_box.hidden_units_input"),
        "activation": _attribute(panel, "training_box.activation_input"),
        "loss": _attribute(panel, "training_box.loss_input"),
        "learning_rate": _attribute(panel, "training_box.learning_rate_input"),
        "num_steps": _attribute(panel, "training_box.num_steps_input"),
        "batch_size": _attribute(panel, "training_box.batch_size_input"),
        "shuffle": _attribute(panel, "training_box.shuffle_input"),
        "speed": _attribute(panel, "training_box.speed_input"),
        "run": _attribute(panel, "run_controls.run_button"),
        "pause": _attribute(panel, "run_controls.pause_button"),
        "step": _attribute(panel, "run_controls.step_button"),
        "reset": _attribute(panel, "run_controls.reset_button"),
        "restart": _attribute(panel, "run_controls.restart_button"),
    })


NAMERS: dict[str, Callable[[QWidget], None]] = {
    "devices": name_devices_controls,
    "tensors": name_tensors_controls,
    "backprop": name_backprop_controls,
    "classifier": name_classifier_controls,
}


def find_controls(panel: QWidget, panel_key: str,
                  names) -> tuple[dict[str, QWidget], list[str]]:
    """The widgets of ``names`` under ``panel``, found by object name (or property).

    Args:
        panel: the panel widget.
        panel_key: its key (``"backprop"``…), which picks the naming function.
        names: control names.

    Returns:
        ``(found, missing)``: control name -> widget, and the names not found (a panel
        that was rebuilt differently, or a placeholder panel).
    """
    build_deferred = getattr(panel, "build_deferred", None)
    if build_deferred is not None:
        build_deferred()  # some controls (a drawing's tool bar) exist only once it ran
    namer = NAMERS.get(panel_key)
    if namer is not None:
        namer(panel)
    found, missing = {}, []
    for name in names:
        widget = panel.findChild(QWidget, name)
        if widget is None:
            widget = next((child for child in panel.findChildren(QWidget)
                           if child.property(CONTROL_PROPERTY) == name), None)
        if widget is None:
            missing.append(name)
        else:
            found[name] = widget
    return found, missing
