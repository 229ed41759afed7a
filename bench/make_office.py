"""Generate a large office for the benchmarks: 50 000 people, 10 years of participations.

    python bench/make_office.py --out bench/out/office-50k.db [--people 50000] [--encrypted]

The file is migrated by the application itself (services/database.open_database); projects
and their groups go through services/projects.py; people, their answers to the sensitive
questions, consents and participations are bulk-inserted with SQLAlchemy Core into the same
tables with the same derived columns (folded search keys, PESEL-derived sex and birth date).
With --encrypted the finished file is encrypted and gets an administrator account exactly as
at a first start (services/sign_in.set_up_office), so the benchmarks also measure SQLCipher.
Not part of the test run."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from ops_desktop.db.models import Consent, Participation, Person, PersonFlag  # noqa: E402
from ops_desktop.domain.enums import GroupKind, SensitiveFlag, Sex  # noqa: E402
from ops_desktop.domain.pesel import make_pesel  # noqa: E402
from ops_desktop.domain.projects import EditionDraft, GroupDraft, ProjectDraft  # noqa: E402
from ops_desktop.domain.text import fold  # noqa: E402
from ops_desktop.services import projects  # noqa: E402
from ops_desktop.services.database import open_database  # noqa: E402
from ops_desktop.services.context import SYSTEM_ACTOR  # noqa: E402
from ops_desktop.services.demo import names  # noqa: E402

FIRST_YEAR, YEARS = 2015, 10
BENCH_ADMIN, BENCH_PASSWORD = "bench-admin", "bench-password-2024"
CHUNK = 5000
KINDS = (GroupKind.VOCATIONAL_MODULE, GroupKind.SUPPORT_GROUP, GroupKind.PAL_DISTRICT,
         GroupKind.KIS_EDITION, GroupKind.SOCIALISATION_GROUP, GroupKind.INDIVIDUAL_PATH)


def _projects(ctx, years: int) -> list[tuple[int, dt.date, dt.date, list[int]]]:
    """Six projects over the years, 8 groups each: (id, start, end, group ids)."""
    made = []
    spans = [(0, 4), (2, 6), (4, 8), (5, years - 1), (0, years - 1), (7, years - 1)]
    for number, (first, last) in enumerate(spans, start=1):
        start = dt.date(FIRST_YEAR + first, 1, 1)
        end = dt.date(FIRST_YEAR + min(last, years - 1), 12, 31)
        draft = ProjectDraft(
            title=f"Aktywna integracja — projekt {number}", programme="FE 2021–2027, EFS+",
            start_date=start, end_date=end, budget_total=250_000_000,
            budget_eu=212_500_000, budget_own=37_500_000,
            editions=[EditionDraft(y, 900, 300) for y in range(start.year, end.year + 1)],
            groups=[GroupDraft(f"{kind.name.replace('_', ' ').capitalize()} {i + 1}", kind, 120)
                    for i, kind in enumerate(KINDS + KINDS[:2])])
        view = projects.create_project(ctx, draft=draft)
        made.append((view.id, start, end, [g.id for g in view.groups]))
    return made


def _person(rng: random.Random, person_id: int, town: names.Town, used: set[str]) -> dict:
    sex = Sex.FEMALE if rng.random() < 0.6 else Sex.MALE
    born = dt.date(rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
    while True:
        pesel = make_pesel(born, rng.randrange(5000), sex)
        if pesel not in used:
            used.add(pesel)
            break
    young = born.year >= 1985
    pool = ((names.FEMALE_NAMES_YOUNG if young else names.FEMALE_NAMES) if sex is Sex.FEMALE
            else (names.MALE_NAMES_YOUNG if young else names.MALE_NAMES))
    first = rng.choice(pool)
    last = names.surname_for(rng.choice(names.SURNAMES + names.REGIONAL_SURNAMES[town.key]), sex)
    now = dt.datetime(FIRST_YEAR, 1, 1, 9, 0)
    return {
        "id": person_id, "first_name": first, "last_name": last,
        "last_key": fold(f"{last} {first}"), "first_key": fold(first), "pesel": pesel,
        "no_pesel": False, "other_id": "", "sex": sex.value, "birth_date": born,
        "street": f"ul. {rng.choice(town.streets)}", "building": str(rng.randint(1, 150)),
        "flat": str(rng.randint(1, 80)) if rng.random() < 0.6 else "",
        "postal_code": rng.choice(town.postal_codes), "city": town.city,
        "municipality": town.municipality, "county": town.county,
        "voivodeship": town.voivodeship, "degurba": town.degurba,
        "phone": f"{rng.choice('5678')}{rng.randint(0, 99):02d} {rng.randint(0, 999):03d} "
                 f"{rng.randint(0, 999):03d}",
        "email": "", "education": rng.choice(("isced1", "isced2", "isced3_4", "isced5_8")),
        "labour_status": rng.choice(("unemployed_registered", "unemployed_unregistered",
                                     "inactive")),
        "long_term_unemployed": rng.random() < 0.4, "disability_degree": None,
        "household_id": None, "caseworker_id": None, "notes": "", "anonymised": False,
        "created_at": now, "updated_at": now,
    }


def _participations(rng: random.Random, person_id: int, made) -> list[dict]:
    rows = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        project_id, start, end, groups = rng.choice(made)
        year = rng.randint(start.year, end.year)
        first = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 250))
        last = min(first + dt.timedelta(days=rng.randint(30, 200)), end)
        status = rng.choices(("completed", "dropped_out", "participant"), (85, 8, 7))[0]
        rows.append({
            "person_id": person_id, "project_id": project_id, "group_id": rng.choice(groups),
            "role": "participant", "status": status,
            "applied_on": first - dt.timedelta(days=20), "start_date": first,
            "end_date": None if status == "participant" else last,
            "end_reason": {"completed": "completed_path", "dropped_out": "dropped_out"}.get(status),
            "exit_situation": None, "created_at": dt.datetime.combine(first, dt.time(10)),
        })
    return rows


def make_office(out: Path, *, people: int, years: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    opened = open_database(out, actor=SYSTEM_ACTOR)
    ctx = opened.context
    made = _projects(ctx, years)
    towns = list(names.TOWNS.values())
    used: set[str] = set()
    counts = {"people": 0, "participations": 0, "flags": 0}
    with ctx.transaction() as session:
        for chunk_start in range(1, people + 1, CHUNK):
            ids = range(chunk_start, min(chunk_start + CHUNK, people + 1))
            person_rows = [_person(rng, i, rng.choice(towns), used) for i in ids]
            part_rows = [row for i in ids for row in _participations(rng, i, made)]
            flag_rows = [{"person_id": i, "flag": flag.value,
                          "answer": "yes" if rng.random() < 0.08 else "no"}
                         for i in ids for flag in SensitiveFlag]
            consent_rows = [{"person_id": i, "type": "data_processing", "text_version": "2015/1",
                             "given_on": dt.date(FIRST_YEAR, 1, 1), "withdrawn_on": None}
                            for i in ids]
            session.execute(insert(Person), person_rows)
            session.execute(insert(Participation), part_rows)
            session.execute(insert(PersonFlag), flag_rows)
            session.execute(insert(Consent), consent_rows)
            counts["people"] += len(person_rows)
            counts["participations"] += len(part_rows)
            counts["flags"] += len(flag_rows)
    opened.engine.dispose()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "office-50k.db")
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--years", type=int, default=YEARS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true",
                        help=f"encrypt it and add the account {BENCH_ADMIN} / {BENCH_PASSWORD}")
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} already exists; remove it first", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = make_office(args.out, people=args.people, years=args.years, seed=args.seed)
    if args.encrypted:
        from ops_desktop.domain.accounts import AccountDraft
        from ops_desktop.domain.enums import Role
        from ops_desktop.domain.accounts import OfficeSetUp
        from ops_desktop.services.sign_in import set_up_office

        result = set_up_office(args.out, setup=OfficeSetUp(
            "Ośrodek benchmarku", AccountDraft(BENCH_ADMIN, "Benchmark", {Role.HEAD}),
            BENCH_PASSWORD), channel="cli")
        result.session.close()
    size = args.out.stat().st_size / 2**20
    print(f"{args.out}: {counts['people']} people, {counts['participations']} participations, "
          f"{counts['flags']} answers, {size:.0f} MiB"
          f"{', encrypted' if args.encrypted else ''} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
