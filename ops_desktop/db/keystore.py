"""Key slots: the database's random master key, wrapped once per user and once for recovery.

The side file `<database>.keys` (JSON) sits beside the database. Each slot holds the 32-byte
master key encrypted with AES-256-GCM under a key derived from the user's password with
Argon2id (RFC 9106 low-memory parameters, a fresh random salt per slot). The associated data
binds a slot to this file and to its username, so a slot moved to another user, or copied
from another office's file, does not open. A recovery slot, wrapped under a random code the
administrator prints once for the office safe, opens the master key when every password is
lost. Changing a password re-wraps one slot; the database is never re-encrypted.

Signing in needs the master key before the database can be read, so the sign-in throttle
(wrong passwords in a row, the pause after five) and the failed attempts that still have to
reach the audit trail are kept here too. The file is not secret and not authenticated: it
holds usernames, salts, wrapped keys and counters, never a password, a name or a PESEL.
Someone who can write the file can reset the counters, but such a person also has the file
to attack offline, where only Argon2id's cost protects the passwords; the throttle is for
the person at the keyboard.

The unwrapped master key lives in one `bytearray` (`KeyRing.master`) that the database
engine reads when it opens a connection; `KeyRing.wipe()` overwrites it in place (idle lock,
sign-out). Python's own temporaries (the derived key, the decrypted bytes, the hex text sent
to SQLCipher) are immutable and cannot be overwritten; they are dropped straight away."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.domain.storage_errors import KeyFileDamaged, storage_error_from
from ops_desktop.fsync import fsync_folder
from ops_desktop.domain.accounts import (
    MAX_FAILED_ATTEMPTS, PAUSE_SECONDS, BadCredentials, SignInPaused, normalise_username,
)

FORMAT = "ops-desktop-keys/1"
KEYS_SUFFIX = ".keys"
MASTER_KEY_BYTES = 32
MAX_PENDING_FAILURES = 500
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 5                                     # 5 groups of 5 = 125 random bits
_CHECK_LABEL = b"ops-desktop master key check"
_MAX_MEMORY_KIB = 1024 * 1024  # refuse absurd parameters in a tampered file

Clock = Callable[[], float]


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_cost: int   # KiB
    parallelism: int

    def as_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_cost, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, int]) -> KdfParams:
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        if not (1 <= params.time_cost <= 20 and 8 <= params.memory_cost <= _MAX_MEMORY_KIB
                and 1 <= params.parallelism <= 16):
            raise ValueError("key-derivation parameters out of range")
        return params


# argon2-cffi's RFC_9106_LOW_MEMORY profile, written out so that reading the key file (the
# start state, before the login shows) imports neither argon2 nor cryptography; they load
# with the first key slot opened. tests/unit/db/test_keystore.py holds the two equal.
DEFAULT_KDF = KdfParams(time_cost=3, memory_cost=65536, parallelism=4)


@dataclass(frozen=True)
class FailedAttempt:
    """A failed sign-in waiting for the audit trail (the database was locked when it happened)."""

    username: str      # "" when no such account exists (never store what was typed then)
    at: dt.datetime
    reason: str        # "wrong_password" | "paused" | "unknown_user" | "wrong_recovery_code"


def keys_path_for(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + KEYS_SUFFIX)


def new_master_key() -> bytearray:
    return bytearray(secrets.token_bytes(MASTER_KEY_BYTES))


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(5 * RECOVERY_GROUPS))
    return "-".join(chars[i:i + 5] for i in range(0, len(chars), 5))


def normalise_recovery_code(code: str) -> str:
    """Upper case, separators dropped, the letters people misread mapped (O→0, I/L→1)."""
    cleaned = code.upper().translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return "".join(ch for ch in cleaned if ch in RECOVERY_ALPHABET)


def wipe(buffer: bytearray) -> None:
    for index in range(len(buffer)):
        buffer[index] = 0


class KeyRing:
    """The unwrapped master key of an open database and the key file it came from.

    The engine reads `master` for every new connection, so after `wipe()` no connection can
    be opened until `refill()` puts the key back (idle lock → sign-in again)."""

    def __init__(self, keys_path: Path, master: bytearray):
        self.keys_path = keys_path
        self.master = master

    @property
    def wiped(self) -> bool:
        return not any(self.master)

    def wipe(self) -> None:
        wipe(self.master)

    def refill(self, master: bytearray) -> None:
        if len(master) != len(self.master):
            raise ValueError("master key length differs")
        self.master[:] = master
        wipe(master)


class KeyStore:
    """The key file of one database, read into memory; `save()` writes it back atomically."""

    def __init__(self, path: Path, data: dict[str, object]):
        self.path = path
        self._data = data

    # -- creating and reading -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, master: bytearray, *, demo: bool = False) -> KeyStore:
        data: dict[str, object] = {
            "format": FORMAT,
            "file_id": secrets.token_hex(16),
            "check": _check_value(master),
            "demo": demo,
            "slots": {},
            "recovery": None,
            "failures": [],
        }
        return cls(path, data)

    @classmethod
    def load(cls, path: Path) -> KeyStore:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:  # no permission, a removed medium: not a damaged file
            raise (storage_error_from(exc, path) or KeyFileDamaged(path, str(exc))) from exc
        except UnicodeDecodeError as exc:
            raise KeyFileDamaged(path, type(exc).__name__) from exc
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise KeyFileDamaged(path, type(exc).__name__) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileDamaged(path, "format")
        if not isinstance(data.get("slots"), dict) or not isinstance(data.get("file_id"), str):
            raise KeyFileDamaged(path, "slots")
        data.setdefault("failures", [])
        return cls(path, data)

    @property
    def demo(self) -> bool:
        return bool(self._data.get("demo"))

    @property
    def pending_set_up(self) -> dict[str, str] | None:
        """First start not finished yet: {"username", "office_name"} of the administrator
        whose account is still to be written into the database (cleared once it is)."""
        pending = self._data.get("pending_set_up")
        return dict(pending) if isinstance(pending, dict) else None

    @pending_set_up.setter
    def pending_set_up(self, value: dict[str, str] | None) -> None:
        self._data["pending_set_up"] = value

    def has_slot(self, username: str) -> bool:
        return normalise_username(username) in self._slots()

    def failed_attempts(self, username: str) -> int:
        slot = self._slots().get(normalise_username(username))
        return int(slot.get("failed", 0)) if slot else 0

    # -- unlocking -------------------------------------------------------------------------

    def unlock(self, username: str, password: str, *, clock: Clock = time.time) -> bytearray:
        """The master key from `username`'s slot. Five wrong passwords in a row pause the
        account for a minute; attempts during the pause are refused without being checked.
        Every outcome that changes the counters is saved before returning or raising."""
        username = normalise_username(username)
        now = clock()
        slot = self._slots().get(username)
        if slot is None:
            self._note_failure("", now, "unknown_user")
            self.save()
            raise BadCredentials()
        paused_until = float(slot.get("paused_until", 0.0))
        if now < paused_until:
            self._note_failure(username, now, "paused")
            self.save()
            raise SignInPaused(username, dt.datetime.fromtimestamp(paused_until))
        master = self._open(slot, password, _slot_aad(self._file_id(), username))
        if master is None:
            failed = int(slot.get("failed", 0)) + 1
            slot["failed"] = 0 if failed >= MAX_FAILED_ATTEMPTS else failed
            if failed >= MAX_FAILED_ATTEMPTS:
                slot["paused_until"] = now + PAUSE_SECONDS
            self._note_failure(username, now, "wrong_password")
            self.save()
            if failed >= MAX_FAILED_ATTEMPTS:
                raise SignInPaused(username, dt.datetime.fromtimestamp(now + PAUSE_SECONDS))
            raise BadCredentials()
        if slot.get("failed") or slot.get("paused_until"):
            slot["failed"], slot["paused_until"] = 0, 0.0
            self.save()
        return master

    def unlock_recovery(self, code: str, *, clock: Clock = time.time) -> bytearray:
        slot = self._data.get("recovery")
        master = None
        if isinstance(slot, dict):
            master = self._open(slot, normalise_recovery_code(code), _recovery_aad(self._file_id()))
        if master is None:
            self._note_failure("", clock(), "wrong_recovery_code")
            self.save()
            raise BadCredentials()
        return master

    def verify_master(self, master: bytearray) -> bool:
        return hmac.compare_digest(_check_value(master), str(self._data.get("check", "")))

    # -- changing slots (each caller saves) ------------------------------------------------

    def set_slot(self, username: str, password: str, master: bytearray,
                 kdf: KdfParams | None = None) -> None:
        """Add or re-wrap `username`'s slot; counters start afresh."""
        self._require_master(master)
        username = normalise_username(username)
        slot = _seal(bytes(master), password, _slot_aad(self._file_id(), username),
                     kdf or DEFAULT_KDF)
        slot.update(failed=0, paused_until=0.0)
        self._slots()[username] = slot

    def remove_slot(self, username: str) -> None:
        self._slots().pop(normalise_username(username), None)

    def set_recovery(self, master: bytearray, kdf: KdfParams | None = None) -> str:
        """A new recovery code (the old one stops working); shown once, never stored."""
        self._require_master(master)
        code = new_recovery_code()
        self._data["recovery"] = _seal(bytes(master), normalise_recovery_code(code),
                                       _recovery_aad(self._file_id()), kdf or DEFAULT_KDF)
        return code

    def take_failures(self) -> list[FailedAttempt]:
        """The failed attempts not yet in the audit trail; the caller saves after recording."""
        pending = self._data.get("failures") or []
        self._data["failures"] = []
        return [FailedAttempt(str(f.get("user", "")), dt.datetime.fromtimestamp(float(f["at"])),
                              str(f.get("reason", ""))) for f in pending]

    # -- the audit trail's head, kept outside the database ----------------------------------

    def audit_head(self, master: bytearray) -> tuple[int, str] | None:
        """(id, hash) of the newest audit entry recorded here; None when none is recorded.
        A head whose MAC (under the master key) does not fit raises KeyFileDamaged."""
        head = self._data.get("audit_head")
        if not isinstance(head, dict):
            return None
        try:
            entry_id, entry_hash, mac = int(head["id"]), str(head["hash"]), str(head["mac"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged(self.path, "audit_head") from exc
        if not hmac.compare_digest(mac, self._head_mac(master, entry_id, entry_hash)):
            raise KeyFileDamaged(self.path, "audit_head")
        return entry_id, entry_hash

    def set_audit_head(self, entry_id: int, entry_hash: str, master: bytearray) -> None:
        self._require_master(master)
        self._data["audit_head"] = {"id": entry_id, "hash": entry_hash,
                                    "mac": self._head_mac(master, entry_id, entry_hash)}

    def _head_mac(self, master: bytearray, entry_id: int, entry_hash: str) -> str:
        label = f"{FORMAT}|{self._file_id()}|audit-head|{entry_id}|{entry_hash}".encode()
        return hmac.new(bytes(master), label, hashlib.sha256).hexdigest()

    def save(self, *, keep_newer_head: bool = True) -> None:
        """Write the file atomically. A newer audit head written meanwhile by another window
        (one loaded earlier and saved now, e.g. after a password change) is kept."""
        if keep_newer_head:
            self._keep_newer_head()
        text = json.dumps(self._data, indent=1, sort_keys=True)
        write_atomically(self.path, text.encode("utf-8"))

    def _keep_newer_head(self) -> None:
        try:
            on_disk = json.loads(self.path.read_text(encoding="utf-8")).get("audit_head")
        except (OSError, ValueError, AttributeError):
            return
        ours = self._data.get("audit_head")
        if isinstance(on_disk, dict) and (not isinstance(ours, dict) or
                                          int(on_disk.get("id", 0)) > int(ours.get("id", 0))):
            self._data["audit_head"] = on_disk

    # -- internals -------------------------------------------------------------------------

    def _slots(self) -> dict[str, dict[str, object]]:
        return self._data["slots"]  # type: ignore[return-value]

    def _file_id(self) -> str:
        return str(self._data["file_id"])

    def _require_master(self, master: bytearray) -> None:
        if not self.verify_master(master):
            raise ValueError("this is not the master key of this key file")

    def _note_failure(self, username: str, now: float, reason: str) -> None:
        failures = self._data.setdefault("failures", [])
        failures.append({"user": username, "at": now, "reason": reason})  # type: ignore[union-attr]
        del failures[:-MAX_PENDING_FAILURES]  # type: ignore[index]

    def _open(self, slot: dict[str, object], secret: str, aad: bytes) -> bytearray | None:
        try:
            kdf = KdfParams.from_json(slot["kdf"])  # type: ignore[arg-type]
            salt = _b64(slot["salt"])
            nonce = _b64(slot["nonce"])
            wrapped = _b64(slot["wrapped"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged(self.path, "slot") from exc
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = _derive(secret, salt, kdf)
        try:
            plain = AESGCM(kek).decrypt(nonce, wrapped, aad)
        except InvalidTag:
            return None
        master = bytearray(plain)
        del plain, kek
        if len(master) != MASTER_KEY_BYTES or not self.verify_master(master):
            wipe(master)
            return None
        return master


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=secret.encode("utf-8"), salt=salt, time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost, parallelism=kdf.parallelism, hash_len=32, type=Type.ID,
    )


def _seal(master: bytes, secret: str, aad: bytes, kdf: KdfParams) -> dict[str, object]:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, master, aad)
    return {"kdf": kdf.as_json(), "salt": _text(salt), "nonce": _text(nonce),
            "wrapped": _text(wrapped)}


def _slot_aad(file_id: str, username: str) -> bytes:
    return f"{FORMAT}|{file_id}|user|{username}".encode()


def _recovery_aad(file_id: str) -> bytes:
    return f"{FORMAT}|{file_id}|recovery".encode()


def _check_value(master: bytearray) -> str:
    return hmac.new(bytes(master), _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def _text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64(value: object) -> bytes:
    return base64.b64decode(str(value), validate=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file beside the target → write → fsync → os.replace → fsync the folder, so the
    file is always either the old or the new version, never half of one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


