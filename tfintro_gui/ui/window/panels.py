"""The four panels of the lab, in the navigation's order: one :class:`PanelSpec` each.

A panel's module is named by a ``"module:Class"`` string and imported when the panel is
first shown, so the window paints before any panel's dependencies are imported.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tfintro_gui.ui.window.navigation import PanelSpec

PANELS = (
    PanelSpec("devices", QT_TRANSLATE_NOOP("MainWindow", "Devices"),
              "tfintro_gui.ui.devices.panel:DevicesPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "What TensorFlow sees on this computer (CPUs, GPUs, versions), "
                                "why there is no GPU when there is none, and how fast a matrix "
                                "product runs on each device.")),
    PanelSpec("tensors", QT_TRANSLATE_NOOP("MainWindow", "Tensors"),
              "tfintro_gui.ui.tensors.panel:TensorsPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "Constants, variables and operations you can touch: create "
                                "tensors, assign into variables, apply ops, and see the "
                                "TensorFlow line behind every click.")),
    PanelSpec("backprop", QT_TRANSLATE_NOOP("MainWindow", "Backprop"),
              "tfintro_gui.ui.backprop.panel:BackpropPanel",
              QT_TRANSLATE_NOOP("MainWindow",
                                "A computation graph stepped forward node by node and backward "
                                "through the chain rule, checked against tf.GradientTape.")),
    PanelSpec("classifier", QT_TRANSLATE_NOOP("MainWindow", "Classifier"),
              "tfintro_gui.ui.classifier.panel:ClassifierPanel",
              QT_TRANSLATE_NOOP("MainWindow", "The notebook's linear classifier trained live "
                                              "by gradient descent.")),
)
PANEL_KEYS = tuple(spec.key for spec in PANELS)
