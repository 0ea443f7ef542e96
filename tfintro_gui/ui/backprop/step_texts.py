"""Words for the steps: a forward step, a backward step (upstream × local = product), one
node's details, the status line. The core hands out values, formulas and codes
(:mod:`tfintro_gui.core.autodiff.nodes`); these functions say them in the interface's
language (context ``BackpropTexts``). Formulas, code and numbers stay as they are."""

from __future__ import annotations

import lazy_loader
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tfintro_gui.core.autodiff import (
    BackwardStep,
    BackwardTerm,
    Detail,
    ForwardStep,
    NodeDetails,
    Progress,
    format_shape,
    format_value,
)
from tfintro_gui.ui.backprop.check_texts import gradient_text, none_explanation, none_reason_words
from tfintro_gui.ui.backprop.tensor_texts import array_text

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: An input's role, by kind, in the node details.
INPUT_ROLES = {
    "variable": QT_TRANSLATE_NOOP("BackpropTexts", "tf.Variable: trainable, watched by the tape"),
    "constant": QT_TRANSLATE_NOOP("BackpropTexts", "tf.constant: not watched by the tape"),
    "watched": QT_TRANSLATE_NOOP("BackpropTexts", "tf.constant passed to tape.watch"),
}


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def forward_step_text(step: ForwardStep) -> str:
    """``"x1 = w * x = 3 * 2 = 6"`` for scalars; the shape, dtype and matrix otherwise."""
    head = f"{step.node.name} = {step.expression}"
    if np.ndim(step.value) == 0 and all(np.ndim(v) == 0 for v in step.operand_values):
        if step.substituted:
            head += f" = {step.substituted}"
        return f"{head} = {format_value(step.value)}"
    shape = QCoreApplication.translate("BackpropTexts", "{head} → shape {shape}, {dtype}").format(
        head=head, shape=format_shape(step.value), dtype=step.value.dtype)
    return f"{shape}\n{array_text(step.value)}"


def _scalar_term(term: BackwardTerm, upstream_name: str) -> list[str]:
    local = format_value(np.reshape(term.local, ()))
    upstream = format_value(np.reshape(term.upstream, ()))
    if term.rule_is_constant:
        rule = term.formula
    else:
        at = QCoreApplication.translate("BackpropTexts", " at {values}").format(
            values=term.operand_values) if term.operand_values else ""
        rule = f"{term.formula} = {local}{at}"
    return [QCoreApplication.translate("BackpropTexts", "  upstream  {name} = {value}").format(
                name=upstream_name, value=upstream),
            QCoreApplication.translate("BackpropTexts", "  local     {rule}").format(rule=rule),
            QCoreApplication.translate("BackpropTexts", "  product   {product}").format(
                product=f"{upstream} × {local} = {format_value(term.contribution)}")]


def _array_term(term: BackwardTerm, upstream_name: str) -> list[str]:
    lines = [QCoreApplication.translate("BackpropTexts", "  upstream  {name}, shape {shape}:")
             .format(name=upstream_name, shape=format_shape(term.upstream)),
             _indent(array_text(term.upstream))]
    if term.local is None:
        lines.append(QCoreApplication.translate("BackpropTexts", "  rule      {rule}").format(
            rule=term.formula))
    else:
        lines.append(QCoreApplication.translate("BackpropTexts", "  local     {rule}, shape "
                                                                 "{shape}:").format(
            rule=term.formula, shape=format_shape(term.local)))
        lines.append(_indent(array_text(term.local)))
        lines.append(QCoreApplication.translate("BackpropTexts", "  product   upstream ⊙ local"))
    if term.summed_axes:
        lines.append(QCoreApplication.translate(
            "BackpropTexts", "  summed over broadcast axis {axes} to get back to shape {shape}")
            .format(axes=", ".join(str(axis) for axis in term.summed_axes),
                    shape=format_shape(term.contribution)))
    lines.append(f"  = {format_shape(term.contribution)}:")
    lines.append(_indent(array_text(term.contribution)))
    return lines


def backward_step_text(step: BackwardStep) -> str:
    """The chain rule at one node: per use, upstream × local = product; then the sum."""
    target = f"∂{step.output_name}/∂{step.node.name}"
    if step.seed:
        if np.ndim(step.gradient) == 0:
            return QCoreApplication.translate(
                "BackpropTexts", "{target} = 1 — the backward pass starts at the output."
            ).format(target=target)
        return QCoreApplication.translate(
            "BackpropTexts", "{target} = 1 — the backward pass starts at the output (ones: "
                             "tape.gradient of a non-scalar output differentiates the sum of "
                             "its elements).").format(target=target)
    if step.gradient is None:
        return (f"{target} = None ({none_reason_words(step.none_reason)}).\n"
                f"{none_explanation(step.none_reason)}")
    lines = [f"{target}:"]
    for term in step.terms:
        lines.append(QCoreApplication.translate("BackpropTexts", "{name} feeds {consumer}").format(
            name=step.node.name, consumer=term.consumer_expression))
        upstream_name = f"∂{step.output_name}/∂{term.consumer.name}"
        lines += (_scalar_term(term, upstream_name) if term.is_scalar
                  else _array_term(term, upstream_name))
    if len(step.terms) > 1:
        if all(np.ndim(term.contribution) == 0 for term in step.terms):
            lines.append(QCoreApplication.translate(
                "BackpropTexts", "sum over the {count} uses: {parts}").format(
                count=len(step.terms),
                parts=" + ".join(format_value(term.contribution) for term in step.terms)))
        else:
            lines.append(QCoreApplication.translate(
                "BackpropTexts", "sum over the {count} uses (elementwise)").format(
                count=len(step.terms)))
    lines.append(f"{target} = {array_text(step.gradient)}")
    return "\n".join(lines)


def _identity_lines(details: NodeDetails) -> list[str]:
    node = details.node
    if node.is_input:
        return [QCoreApplication.translate("BackpropTexts", "{name} — input, {role}").format(
            name=node.name, role=QCoreApplication.translate("BackpropTexts",
                                                            INPUT_ROLES[node.kind]))]
    if node.is_literal:
        return [QCoreApplication.translate(
            "BackpropTexts", "{name} — a number in the expression (a constant, never watched)"
        ).format(name=node.name)]
    return [QCoreApplication.translate("BackpropTexts", "{name} = {expression} — line {line}: "
                                                        "{text}").format(
                name=node.name, expression=details.expression, line=node.line, text=node.text),
            f"TensorFlow: {details.code}"]


def _value_lines(details: NodeDetails) -> list[str]:
    value, dtype = details.value, details.dtype
    if value is None:
        return [QCoreApplication.translate(
            "BackpropTexts", "value: not evaluated yet (Step ▶), shape {shape}, {dtype}").format(
            shape=format_shape(np.zeros(details.shape)), dtype=dtype)]
    if np.ndim(value) == 0:
        return [QCoreApplication.translate("BackpropTexts", "value: {value}  (shape (), {dtype})")
                .format(value=format_value(value), dtype=dtype)]
    return [QCoreApplication.translate("BackpropTexts", "value, shape {shape}, {dtype}:").format(
        shape=format_shape(value), dtype=dtype), _indent(array_text(value))]


def node_details_text(details: NodeDetails) -> str:
    """Everything known about one node: role, value, forward formula, gradient (or why it
    is None), the backward step and the path to the output."""
    lines = _identity_lines(details) + _value_lines(details)
    if details.forward is not None:
        lines.append(QCoreApplication.translate("BackpropTexts", "forward: {step}").format(
            step=forward_step_text(details.forward).splitlines()[0]))
    info = details.gradient
    scalar = np.ndim(info.value) == 0
    lines += ["", QCoreApplication.translate("BackpropTexts", "gradient {target}: {value}").format(
        target=f"∂{details.output_name}/∂{details.node.name}",
        value=gradient_text(info) if scalar else "")]
    if not scalar:
        lines.append(_indent(array_text(info.value)))
    if info.computed and info.value is None and info.none_reason:
        lines.append(none_explanation(info.none_reason))
    if details.backward is not None and details.backward.gradient is not None:
        lines += ["", QCoreApplication.translate("BackpropTexts", "backward step:"),
                  _indent(backward_step_text(details.backward))]
    if details.path:
        lines += ["", QCoreApplication.translate("BackpropTexts", "path to the output: {path}")
                  .format(path=" → ".join(details.path))]
    return "\n".join(lines)


def detail_text(detail: Detail) -> str:
    """What the step-detail view shows for the lab's current :class:`Detail`."""
    if detail.kind == "intro":
        return QCoreApplication.translate(
            "BackpropTexts", "Step ▶ evaluates the next node with its TensorFlow op; Step ◀ "
                             "then applies the chain rule from the output back to the inputs. "
                             "Click a node for its details.")
    if detail.kind == "forward step":
        step = detail.forward[0]
        return (QCoreApplication.translate("BackpropTexts", "Step ▶ {name}").format(
            name=step.node.name) + f"\n{forward_step_text(step)}\n\nTensorFlow: {step.code}")
    if detail.kind == "forward run":
        return "\n".join([QCoreApplication.translate("BackpropTexts", "Run forward:"),
                          *(forward_step_text(step) for step in detail.forward)])
    if detail.kind == "backward step":
        step = detail.backward[0]
        return (QCoreApplication.translate("BackpropTexts", "Step ◀ {name}").format(
            name=step.node.name) + f"\n{backward_step_text(step)}")
    if detail.kind == "backward run":
        return "\n\n".join(backward_step_text(step) for step in detail.backward)
    if detail.kind == "node":
        return node_details_text(detail.node)
    return ""


def progress_text(progress: Progress | None) -> str:
    """The status line: how far the forward and backward passes have come."""
    if progress is None:
        return "—"
    text = QCoreApplication.translate("BackpropTexts", "Forward: {evaluated}/{total} evaluated"
                                      ).format(evaluated=progress.evaluated, total=progress.total)
    if progress.next_forward is not None:
        text += " · " + QCoreApplication.translate("BackpropTexts", "next ▶ {name}").format(
            name=progress.next_forward)
        return text
    if progress.backward_done:
        return text + " · " + QCoreApplication.translate("BackpropTexts", "backward: done")
    return text + " · " + QCoreApplication.translate(
        "BackpropTexts", "backward: next ◀ {name}").format(name=progress.next_backward)
