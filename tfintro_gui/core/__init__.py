"""Pure logic of the lab: TensorFlow and NumPy, no Qt and no plotting backends.

Every function here can be called from a plain script or a notebook with no display.
"""
