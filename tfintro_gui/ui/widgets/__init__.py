"""Shared widgets: Matplotlib canvas with blitting, message bar, code view."""
