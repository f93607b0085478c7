"""Plain-Python rules of the app. Nothing here may import PySide6."""
