"""The Backprop panel, split into small views over the core model
:class:`~tfintro_gui.core.autodiff.lab.BackpropLab`:

- ``panel`` — :class:`BackpropPanel`, wiring only;
- ``expression_box`` — presets, the capped expression editor, Build;
- ``inputs_table`` — name, kind, dtype and value of each input;
- ``step_controls`` — Step / Run / Reset, the status line, Save PNG / SVG;
- ``step_detail`` — the last step or the clicked node, worded;
- ``three_ways`` — the chain rule, ``tape.gradient`` and finite differences side by side;
- ``tape_rules`` — a second ``tape.gradient`` call, explained;
- ``graph_canvas`` (Matplotlib, built after the first paint) and ``graph_layout`` — the
  drawing;
- ``step_texts``, ``check_texts`` — the words for what the core returns as data.
"""
