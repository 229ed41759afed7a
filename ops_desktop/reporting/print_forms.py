"""The forms of print: a gap to fill in by hand, dates, money, the versions of the document
texts in a footer. (The contract's dictionaries on paper are domain/contract_labels.py's
`printed_label`.)"""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.money import format_pln

BLANK = "…" * 12  # a gap to be filled in by hand on paper

# Short names of the document texts for the footer ("wzory: postanowienia w.2").
TEXT_NAMES = {
    "contract_clauses": "postanowienia",
    "amendment_clauses": "aneks",
    "funding_line": "finansowanie",
    "declaration": "deklaracja",
    "information_notice": "klauzula",
    "consent_data_processing": "zgoda",
    "consent_special_category": "zgoda szczególna",
    "consent_image": "wizerunek",
}


def versions_text(versions: dict[str, int]) -> str:
    return ", ".join(f"{TEXT_NAMES.get(key, key)} w.{number}"
                     for key, number in sorted(versions.items()))


def date_text(day: dt.date | None, blank: str = BLANK) -> str:
    return day.strftime("%d.%m.%Y") if day else blank


def money_text(grosze: int) -> str:
    return format_pln(grosze)


def or_blank(text: str | None) -> str:
    return text.strip() if text and text.strip() else BLANK
