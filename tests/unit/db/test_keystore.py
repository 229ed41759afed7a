"""Key slots (db/keystore.py): a password opens its own slot only, a wrong password or a
swapped / foreign slot does not, a password change re-wraps one slot, the recovery code opens
the master key, the throttle pauses after five wrong passwords, the file is written whole."""

from __future__ import annotations

import json
import time

import pytest

from ops_desktop.db.keystore import (
    KeyFileDamaged, KeyRing, KeyStore, keys_path_for, new_master_key, normalise_recovery_code,
)
from ops_desktop.domain.accounts import BadCredentials, SignInPaused

PASSWORD = "korytarz-zima-2011"


@pytest.fixture
def store(tmp_path):
    master = new_master_key()
    store = KeyStore.create(keys_path_for(tmp_path / "ops.db"), master)
    store.set_slot("anna", PASSWORD, master)
    store.set_slot("piotr", "inne-haslo-piotra", master)
    store.code = store.set_recovery(master)
    store.master = bytes(master)
    store.save()
    return store


def test_password_opens_the_master_key(store):
    started = time.perf_counter()
    master = KeyStore.load(store.path).unlock("anna", PASSWORD)
    print(f"\nunlock (Argon2id RFC 9106 low-memory + AES-GCM): "
          f"{time.perf_counter() - started:.3f} s")
    assert bytes(master) == store.master
    assert KeyStore.load(store.path).unlock(" Anna ", PASSWORD) == master  # username as typed


def test_wrong_password_and_unknown_user_are_refused_alike(store):
    loaded = KeyStore.load(store.path)
    with pytest.raises(BadCredentials):
        loaded.unlock("anna", PASSWORD + "x")
    with pytest.raises(BadCredentials):
        loaded.unlock("nikt", PASSWORD)
    reasons = [f.reason for f in KeyStore.load(store.path).take_failures()]
    assert reasons == ["wrong_password", "unknown_user"]


def test_swapped_slots_are_rejected(store):
    data = json.loads(store.path.read_text())
    data["slots"]["anna"], data["slots"]["piotr"] = data["slots"]["piotr"], data["slots"]["anna"]
    store.path.write_text(json.dumps(data))
    swapped = KeyStore.load(store.path)
    with pytest.raises(BadCredentials):
        swapped.unlock("piotr", PASSWORD)  # anna's slot, now under piotr's name
    with pytest.raises(BadCredentials):
        swapped.unlock("anna", "inne-haslo-piotra")


def test_a_slot_from_another_key_file_is_rejected(store, tmp_path):
    other_master = new_master_key()
    other = KeyStore.create(tmp_path / "other.keys", other_master)
    other.set_slot("anna", PASSWORD, other_master)
    other.save()
    data = json.loads(store.path.read_text())
    data["slots"]["anna"] = json.loads(other.path.read_text())["slots"]["anna"]
    store.path.write_text(json.dumps(data))
    with pytest.raises(BadCredentials):
        KeyStore.load(store.path).unlock("anna", PASSWORD)


def test_password_change_rewraps_one_slot_only(store):
    before = json.loads(store.path.read_text())
    loaded = KeyStore.load(store.path)
    master = loaded.unlock("anna", PASSWORD)
    loaded.set_slot("anna", "nowe-haslo-anny-2012", master)
    loaded.save()
    after = json.loads(store.path.read_text())
    assert after["slots"]["piotr"] == before["slots"]["piotr"]
    assert after["recovery"] == before["recovery"]
    assert after["slots"]["anna"]["salt"] != before["slots"]["anna"]["salt"]
    with pytest.raises(BadCredentials):
        KeyStore.load(store.path).unlock("anna", PASSWORD)
    assert bytes(KeyStore.load(store.path).unlock("anna", "nowe-haslo-anny-2012")) == store.master


def test_recovery_code_opens_the_master_key(store):
    typed = store.code.lower().replace("-", " ")
    assert bytes(KeyStore.load(store.path).unlock_recovery(typed)) == store.master
    assert normalise_recovery_code("o1-IL") == "0111"
    with pytest.raises(BadCredentials):
        KeyStore.load(store.path).unlock_recovery("0000-0000-0000-0000-0000")


def test_five_wrong_passwords_pause_the_account_for_a_minute(store):
    now = [1_000_000.0]
    clock = lambda: now[0]  # noqa: E731
    for _ in range(4):
        with pytest.raises(BadCredentials):
            KeyStore.load(store.path).unlock("anna", "zle-haslo-xxxx", clock=clock)
    with pytest.raises(SignInPaused):
        KeyStore.load(store.path).unlock("anna", "zle-haslo-xxxx", clock=clock)
    now[0] += 30
    with pytest.raises(SignInPaused):  # even the right password waits for the pause
        KeyStore.load(store.path).unlock("anna", PASSWORD, clock=clock)
    now[0] += 31
    assert bytes(KeyStore.load(store.path).unlock("anna", PASSWORD, clock=clock)) == store.master
    assert KeyStore.load(store.path).failed_attempts("anna") == 0
    reasons = [f.reason for f in KeyStore.load(store.path).take_failures()]
    assert reasons == ["wrong_password"] * 5 + ["paused"]


def test_keyring_wipe_overwrites_the_bytes_in_place(store):
    master = KeyStore.load(store.path).unlock("anna", PASSWORD)
    ring = KeyRing(store.path, master)
    same_object = ring.master
    ring.wipe()
    assert ring.wiped and same_object == bytearray(32)
    ring.refill(KeyStore.load(store.path).unlock("anna", PASSWORD))
    assert bytes(same_object) == store.master


def test_damaged_file_and_wrong_master_are_reported(store, tmp_path):
    store.path.write_text("{ half a file")
    with pytest.raises(KeyFileDamaged):
        KeyStore.load(store.path)
    fresh = KeyStore.create(tmp_path / "x.keys", new_master_key())
    with pytest.raises(ValueError):
        fresh.set_slot("anna", PASSWORD, new_master_key())


def test_file_holds_no_secret_in_clear(store):
    text = store.path.read_text()
    assert PASSWORD not in text and store.code not in text
    assert store.master.hex() not in text
    assert not list(store.path.parent.glob("*.tmp"))  # the atomic write left no temp file


def test_default_kdf_is_argon2_cffis_low_memory_profile():
    """DEFAULT_KDF is written out (no argon2 import before the login); it must stay the
    RFC 9106 low-memory profile of docs/RELIABILITY.md."""
    from argon2 import profiles

    from ops_desktop.db.keystore import DEFAULT_KDF

    low = profiles.RFC_9106_LOW_MEMORY
    assert (DEFAULT_KDF.time_cost, DEFAULT_KDF.memory_cost, DEFAULT_KDF.parallelism) == (
        low.time_cost, low.memory_cost, low.parallelism)
