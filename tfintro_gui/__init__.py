"""tfintro_gui: a desktop lab for the first lesson of TensorFlow and Keras."""

__version__ = "0.1.0"
