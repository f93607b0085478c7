"""The local SQLite file: schema, migrations and repositories. Nothing here may import PySide6."""

from .database import Database, open_database

__all__ = ["Database", "open_database"]
