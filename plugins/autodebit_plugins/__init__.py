"""Autodebit's built-in plugins, each a sub-package registered through the `autodebit`
entry-point group exactly like a third-party plugin."""
