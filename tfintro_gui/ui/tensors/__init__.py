"""The Tensors panel: ``panel`` (wiring) and its views — ``create_form``, ``assign_form``,
``ops_form`` (operations and NumPy ⇄ TensorFlow conversions), ``workspace_list``,
``value_view`` (table, axes, and the ``heatmap`` built after the first paint),
``message_area``, ``code_pane`` — and its words (``words*``, ``descriptions``)."""
