"""The Devices panel: ``panel.py`` wires small views to the core's ``DevicesLab``.

Importing this package imports nothing (``settings`` is loaded before TensorFlow starts,
and must not bring the panel or Matplotlib with it).
"""
