from __future__ import annotations

import os

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from feedback_desk.core.errors import KeyringLocked, KeyringProblem, MissingSecret
from feedback_desk.secrets import SERVICE, CredentialStore
from tests.keyrings import LockedKeyring, MemoryKeyring, PlaintextKeyring

TOKEN = "EAAB-very-secret-token-123"


def test_saves_loads_and_deletes_a_secret() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    store.save("Shop page", {"token": TOKEN})
    assert store.load("Shop page") == {"token": TOKEN}
    assert (SERVICE, "account:Shop page") in backend.items
    store.delete("Shop page")
    assert backend.items == {}
    store.delete("Shop page")  # deleting twice is harmless


def test_a_missing_secret_says_what_to_do() -> None:
    with pytest.raises(MissingSecret, match="Remove the account and add it again"):
        CredentialStore(MemoryKeyring()).load("nobody")


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring()],
    ids=["fail", "null", "plaintext"],
)
def test_unsafe_keyrings_are_refused_with_what_to_install(backend: object) -> None:
    store = CredentialStore(backend)
    with pytest.raises(KeyringProblem, match="GNOME Keyring or KWallet"):
        store.save("Shop page", {"token": TOKEN})
    with pytest.raises(KeyringProblem):
        store.describe()


def test_a_locked_keyring_is_its_own_state_and_never_shows_the_secret() -> None:
    store = CredentialStore(LockedKeyring())
    with pytest.raises(KeyringLocked, match="locked") as caught:
        store.save("Shop page", {"token": TOKEN})
    assert TOKEN not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_an_entry_not_written_by_us_is_reported() -> None:
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "account:Shop page", "just-a-string")
    with pytest.raises(MissingSecret, match="not one Feedback Desk wrote"):
        CredentialStore(backend).load("Shop page")


def test_the_real_secret_service_round_trip() -> None:
    """Against the Secret Service that scripts/run-tests.sh starts on a private D-Bus."""
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__:
        if os.environ.get("CI"):
            pytest.fail("CI must run the tests with a real Secret Service (scripts/run-tests.sh)")
        pytest.skip("no Secret Service here; scripts/run-tests.sh provides one")
    store = CredentialStore()
    assert "Secret Service" in store.describe()
    store.save("real keyring test", {"token": TOKEN})
    try:
        assert CredentialStore().load("real keyring test") == {"token": TOKEN}
    finally:
        store.delete("real keyring test")
    with pytest.raises(MissingSecret):
        store.load("real keyring test")
