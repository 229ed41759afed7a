"""Money in integer grosze. Never float: 117,50 zł is 11750 everywhere below the UI."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_NBSP = "\u00a0"


def to_grosze(value: str | int | Decimal) -> int:
    """Parse "1 234,56", "1234.56", "1234,5 zł", Decimal or whole złoty into grosze.

    Raises ValueError for anything else, or for more than two decimal places.
    """
    if isinstance(value, int):
        return value * 100
    if isinstance(value, Decimal):
        amount = value
    else:
        text = str(value).strip().lower().replace("zł", "").replace("zl", "")
        text = re.sub(r"[\s" + _NBSP + r"]", "", text)
        if "," in text and "." in text:
            text = text.replace(".", "")  # 1.234,56
        text = text.replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d{1,2})?", text):
            raise ValueError(value)
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(value) from exc
    grosze = amount * 100
    if grosze != grosze.to_integral_value():
        raise ValueError(value)
    return int(grosze)


def grosze_to_decimal(grosze: int) -> Decimal:
    return (Decimal(grosze) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_pln(grosze: int, *, currency: bool = True) -> str:
    """'1 234,56 zł' with a non-breaking space between thousands, as printed and on screen."""
    sign = "-" if grosze < 0 else ""
    zloty, gr = divmod(abs(grosze), 100)
    whole = f"{zloty:,}".replace(",", _NBSP)
    text = f"{sign}{whole},{gr:02d}"
    return f"{text}{_NBSP}zł" if currency else text


def format_plain(grosze: int) -> str:
    """'1234.56': machine form for JSON and files (dot, two decimals, no separators)."""
    return str(grosze_to_decimal(grosze))
