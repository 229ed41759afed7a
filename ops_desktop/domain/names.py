"""What a person's name or a group's name may hold (intake, import and the project form alike).

Real names carry letters of any alphabet, diacritics, spaces, hyphens, apostrophes and dots
(Żółć-Gęślą, O'Brien, Nguyễn, St. John). Refused, each with its own code so the message can
say which rule:
- `control_characters`: a character of Unicode category C (BEL, ESC of an ANSI escape, tab,
  CR/LF, zero-width and other invisible format characters);
- `bidi_override`: a right-to-left/left-to-right override or isolate (U+202A–202E,
  U+2066–2069), which shows a name other than the one stored;
- `formula_prefix`: a name beginning with "=", "+", "-" or "@" (a spreadsheet would read it as
  a formula; no real name starts with one);
- `too_long`: longer than the limit (names 100 characters, group names 200).
Birth dates before 1900 or in the future are refused elsewhere (participants.validate_person)."""

from __future__ import annotations

import datetime as dt
import unicodedata

NAME_LIMIT = 100
GROUP_NAME_LIMIT = 200
EARLIEST_BIRTH = dt.date(1900, 1, 1)
_BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                   0x200E, 0x200F, 0x061C))
_FORMULA = ("=", "+", "-", "@")


def name_problem(text: str, *, limit: int = NAME_LIMIT) -> str | None:
    """The code of the first rule `text` breaks, or None."""
    if any(ch in _BIDI for ch in text):
        return "bidi_override"
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        return "control_characters"
    if text.strip().startswith(_FORMULA):
        return "formula_prefix"
    if len(text.strip()) > limit:
        return "too_long"
    return None


def group_name_problem(text: str) -> str | None:
    return name_problem(text, limit=GROUP_NAME_LIMIT)
