"""PESEL: validation with python-stdnum, birth date and sex derived from the number."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum.pl import pesel as stdnum_pesel

from ops_desktop.domain.enums import Sex


@dataclass(frozen=True)
class PeselInfo:
    number: str
    birth_date: dt.date
    sex: Sex


def pesel_problem(value: str, *, today: dt.date | None = None) -> str | None:
    """Return a problem code for `value`, or None when it is a valid PESEL.

    Codes: `length` (not 11 digits), `checksum`, `date` (no such day), `future` (born after today).
    """
    return _problem((value or "").strip(), today or dt.date.today())


@functools.lru_cache(maxsize=256)    # one number is checked several times over a row
def _problem(number: str, today: dt.date) -> str | None:
    if len(number) != 11 or not number.isdigit():
        return "length"
    try:
        stdnum_pesel.validate(number)
    except stdnum_errors.InvalidChecksum:
        return "checksum"
    except stdnum_errors.InvalidComponent:
        return "date"
    except stdnum_errors.ValidationError:
        return "length"
    if stdnum_pesel.get_birth_date(number) > today:
        return "future"
    return None


def parse_pesel(value: str) -> PeselInfo:
    """Birth date and sex of a valid PESEL (call `pesel_problem` first)."""
    number = value.strip()
    gender = stdnum_pesel.get_gender(number)
    return PeselInfo(
        number=number,
        birth_date=stdnum_pesel.get_birth_date(number),
        sex=Sex.FEMALE if gender == "F" else Sex.MALE,
    )


def make_pesel(birth_date: dt.date, serial: int, sex: Sex) -> str:
    """Build a valid PESEL for synthetic (demo and test) people. `serial` 0..999."""
    year = birth_date.year
    month = birth_date.month + {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}[year // 100 * 100]
    digits = f"{year % 100:02d}{month:02d}{birth_date.day:02d}{serial % 1000:03d}"
    sex_digit = (serial // 1000) % 5 * 2 + (0 if sex is Sex.FEMALE else 1)
    body = digits + str(sex_digit)
    return body + stdnum_pesel.calc_check_digit(body)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Full years on `day` (a person born 2000-03-15 is 15 on 2015-03-15, 14 the day before)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
