"""Widgets and item models. They translate between Qt and core/store, nothing more."""
