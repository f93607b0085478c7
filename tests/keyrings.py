"""Keyring backends for tests: in memory, locked, and a stand-in for a plaintext file."""

from __future__ import annotations

import keyring.errors
from jaraco.classes import properties
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring's own discovery: tests hand these backends in directly.
        raise RuntimeError("a test keyring is never viable on its own")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, username)]


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which writes secrets to a readable file."""
