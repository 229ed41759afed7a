"""Encrypted archives for anything with personal data that leaves the office.

A 7z archive (py7zr; 7-Zip opens it) with AES-256 and header encryption, so even the file
names inside are hidden. Built in memory: no plaintext ever touches a disk, and the archive
bytes then go through the safe write (`exports/safe_write.py`) like any other file.

The passphrase is generated here (`secrets`), six groups of four characters from an alphabet
without look-alikes (0/O, 1/I/L): about 119 bits, readable aloud, typed without mistakes.
It is shown to the user ONCE and never stored or logged."""

from __future__ import annotations

import io
import lzma
import secrets
from collections.abc import Sequence

import py7zr
from py7zr.io import BytesIOFactory

from ops_desktop.exports.safe_write import ExportFile

PASSPHRASE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"   # 31 symbols, no look-alikes
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_SIZE = 4


class WrongPassphrase(Exception):
    """The archive does not open with the passphrase given (or without one)."""


def new_passphrase() -> str:
    """E.g. `K7MQ-P4XR-TW9A-…`: 6 × 4 symbols of 31, ≈119 bits of entropy."""
    return "-".join(
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_SIZE))
        for _ in range(PASSPHRASE_GROUPS)
    )


def build_archive(files: Sequence[ExportFile], passphrase: str) -> bytes:
    """The 7z archive of `files` (names and contents encrypted) as bytes."""
    if not passphrase:
        raise ValueError("an encrypted archive needs a passphrase")
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", password=passphrase, header_encryption=True) as archive:
        for item in files:
            archive.writestr(item.data, item.name)
    return out.getvalue()


def open_archive(data: bytes, passphrase: str | None) -> dict[str, bytes]:
    """Names and contents of an archive; WrongPassphrase when it does not open."""
    factory = BytesIOFactory(1 << 31)
    try:
        with py7zr.SevenZipFile(io.BytesIO(data), "r", password=passphrase) as archive:
            archive.extractall(factory=factory)
    except py7zr.exceptions.PasswordRequired as exc:
        raise WrongPassphrase() from exc
    except (py7zr.exceptions.ArchiveError, lzma.LZMAError, TypeError, ValueError, KeyError,
            IndexError, EOFError) as exc:
        # A wrong key decrypts the header to garbage; py7zr then fails while parsing it.
        raise WrongPassphrase() from exc
    contents: dict[str, bytes] = {}
    for name, product in factory.products.items():
        product.seek(0)
        contents[name] = product.read()
    return contents
