"""A synthetic SL2014 participant list for the import bench (and the import tests' large
files): every column of the list filled as an office's file would be, unique valid PESELs,
one row in `bad_every` rejected (wrong check digit). Deterministic for a given size.

    python bench/make_import_file.py OUT.xlsx|OUT.csv --rows 200000

The project the rows fit: 2015-01-01 … 2023-12-31 (`PERIOD`)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ops_desktop.domain.enums import Sex  # noqa: E402
from ops_desktop.domain.monitoring_columns import (  # noqa: E402
    EDUCATION_VALUES, LABOUR_STATUS_VALUES, SEX_VALUES, SL2014_PARTICIPANT_COLUMNS,
    TRISTATE_VALUES,
)
from ops_desktop.domain.pesel import make_pesel  # noqa: E402

PERIOD = (dt.date(2015, 1, 1), dt.date(2023, 12, 31))
FIRST = {Sex.FEMALE: ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Zofia"),
         Sex.MALE: ("Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Łukasz")}
LAST = {Sex.FEMALE: ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Żółć"),
        Sex.MALE: ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Dąbrowski")}
HEADERS = [c.header for c in SL2014_PARTICIPANT_COLUMNS] + ["Grupa"]


def rows(count: int, *, bad_every: int = 100) -> Iterator[list[object]]:
    keys = [c.key for c in SL2014_PARTICIPANT_COLUMNS]
    education = list(EDUCATION_VALUES.values())
    labour = list(LABOUR_STATUS_VALUES.values())
    tristate = list(TRISTATE_VALUES.values())
    first_day = dt.date(1950, 1, 1)
    for n in range(count):
        sex = Sex.FEMALE if n % 2 else Sex.MALE
        # birth days spread over ~50 years, the serial counts the rounds: unique PESELs
        born = first_day + dt.timedelta(days=n % 18000)
        pesel = make_pesel(born, n // 18000, sex)
        if bad_every and n % bad_every == bad_every - 1:
            pesel = pesel[:-1] + str((int(pesel[-1]) + 1) % 10)
        start = PERIOD[0] + dt.timedelta(days=n % 2000)
        values = {
            "country": "Polska", "participant_type": "Indywidualny", "institution": "",
            "first_name": FIRST[sex][n % 6], "last_name": LAST[sex][n // 6 % 6], "pesel": pesel,
            "no_pesel": "Nie", "sex": SEX_VALUES[sex], "age": start.year - born.year,
            "education": education[n % len(education)], "voivodeship": "kujawsko-pomorskie",
            "county": "grudziądzki", "municipality": "Grudziądz", "city": "Grudziądz",
            "street": "ul. Długa", "building": str(n % 120 + 1), "flat": str(n % 30 + 1),
            "postal_code": "86-300", "degurba": str(n % 3 + 1), "phone": f"600{n:06d}",
            "email": f"osoba{n}@example.pl", "start_date": start,
            "end_date": start + dt.timedelta(days=180) if n % 3 == 0 else None,
            "labour_status": labour[n % len(labour)], "labour_status_detail": "",
            "completed_path": "Tak" if n % 3 == 0 else "",
            "flag_minority_migrant": tristate[n % 3], "flag_homelessness": tristate[(n + 1) % 3],
            "flag_disability": tristate[(n + 2) % 3], "flag_other_disadvantage": tristate[n % 3],
        }
        yield [values.get(key, "") for key in keys] + [f"Grupa {n % 12 + 1}"]


def write(path: Path, count: int, *, bad_every: int = 100) -> Path:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow(HEADERS)
            for row in rows(count, bad_every=bad_every):
                writer.writerow(["" if c is None else c.isoformat() if isinstance(c, dt.date)
                                 else c for c in row])
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Uczestnicy")
    sheet.append(HEADERS)
    for row in rows(count, bad_every=bad_every):
        sheet.append(row)
    book.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--bad-every", type=int, default=100)
    args = parser.parse_args()
    write(args.out, args.rows, bad_every=args.bad_every)
    print(f"{args.out}: {args.rows} rows, {args.out.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
