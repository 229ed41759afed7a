"""Search normalisation: lower case, Polish (and other) diacritics removed, ł→l.

SQLite's LIKE and lower() fold ASCII only and FTS5's unicode61 leaves ł alone (docs/STACK.md,
trap 5), so the repository keeps a normalised search column and searches it by prefix."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    text = (text or "").translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())
