"""Bringing the maintained summary data up to date: the people noted in `summary_dirty` by the
triggers of migration 0005 get their facts recomputed and the counters moved, in a handful of
set-based statements, inside the caller's transaction. A few edited people cost milliseconds;
a bulk load of 50 000 people is recounted once, at the first summary after it.

A person's facts for a project (see db/models/reporting.py): taking part (`all`), each `year`
a participation overlaps (a participation without an end counts until the project's end), and
for participants: `age` at entry (full years on the first day of support), `education`,
`labour`, each sensitive answer (`flag`), each `group`, the `outcome` of participations ended
in the project's period (or `ongoing`), the situation at `exit`, and the instruments received
(from signed contracts running in the period and from activities attended at least once).

The same statements on both backends but for their date functions and the upsert's column
(`FLUSH` for SQLite: strftime; `SERVER_FLUSH` for PostgreSQL: EXTRACT/to_char, a qualified
column, and a table lock instead of SQLite's write lock, so two PCs never recount at once),
like the triggers that feed them (migration 0005 and its plpgsql twins)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

TAKING_PART = "('participant', 'completed', 'dropped_out')"
_YEAR = "CAST(strftime('%Y', {0}) AS INTEGER)"
_SERVER_YEAR = "CAST(EXTRACT(YEAR FROM {0}) AS INTEGER)"

_BASE = f"""base AS (
  SELECT p.project_id, p.role, p.person_id, p.status, p.start_date, p.end_date, p.group_id,
         p.exit_situation, pr.start_date AS project_start, pr.end_date AS project_end,
         COALESCE(pe.sex, '') AS sex, pe.birth_date, pe.education, pe.labour_status
  FROM participations p JOIN projects pr ON pr.id = p.project_id
  JOIN people pe ON pe.id = p.person_id
  WHERE p.person_id IN (SELECT person_id FROM summary_dirty)
    AND p.status IN {TAKING_PART} AND p.start_date IS NOT NULL
    AND p.start_date <= pr.end_date AND COALESCE(p.end_date, pr.end_date) >= pr.start_date)"""

_ENDED = ("end_date IS NOT NULL AND end_date >= project_start AND end_date <= project_end")
_KEY = "project_id, role, person_id, sex"
_P = "role = 'participant'"

_BIRTHDAY_LATER = "(strftime('%m-%d', MIN(start_date)) < strftime('%m-%d', birth_date))"
_SERVER_BIRTHDAY_LATER = ("CAST(to_char(MIN(start_date), 'MM-DD') < to_char(birth_date, 'MM-DD') "
                          "AS INTEGER)")


def _people_facts(year: str, birthday_later: str, age_group: str) -> str:
    return f"""WITH {_BASE}
INSERT INTO summary_facts (project_id, role, person_id, sex, dimension, value)
SELECT DISTINCT {_KEY}, 'all', '' FROM base
UNION ALL
SELECT DISTINCT b.project_id, b.role, b.person_id, b.sex, 'year',
       CAST({year.format('b.start_date')} + o.n AS TEXT)
  FROM base b JOIN summary_offsets o
    ON o.n <= {year.format('COALESCE(b.end_date, b.project_end)')}
              - {year.format('b.start_date')}
UNION ALL
SELECT {_KEY}, 'age', CAST({year.format('MIN(start_date)')} - {year.format('birth_date')}
    - {birthday_later} AS TEXT)
  FROM base WHERE {_P} AND birth_date IS NOT NULL GROUP BY {age_group}
UNION ALL
SELECT DISTINCT {_KEY}, 'education', COALESCE(education, 'unknown') FROM base WHERE {_P}
UNION ALL
SELECT DISTINCT {_KEY}, 'labour', COALESCE(labour_status, 'unknown') FROM base WHERE {_P}
UNION ALL
SELECT DISTINCT {_KEY}, 'group', COALESCE(CAST(group_id AS TEXT), 'unknown')
  FROM base WHERE {_P}
UNION ALL
SELECT DISTINCT {_KEY}, 'outcome', CASE WHEN status = 'participant' THEN 'ongoing'
                                        ELSE status END
  FROM base WHERE {_P} AND (status = 'participant' OR {_ENDED})
UNION ALL
SELECT DISTINCT {_KEY}, 'exit', COALESCE(exit_situation, 'unknown')
  FROM base WHERE {_P} AND status IN ('completed', 'dropped_out') AND {_ENDED}
UNION ALL
SELECT DISTINCT b.project_id, b.role, b.person_id, b.sex, 'flag', f.flag || '=' || f.answer
  FROM base b JOIN person_flags f ON f.person_id = b.person_id WHERE b.{_P}"""


PEOPLE_FACTS = _people_facts(_YEAR, _BIRTHDAY_LATER, "project_id, role, person_id")

# (project, person, instrument, category) received by the noted people.
INSTRUMENT_FACTS = f"""WITH pairs AS (
  SELECT c.project_id AS project_id, c.person_id AS person_id,
         ci.instrument_id AS instrument_id, i.category AS category
    FROM contracts c JOIN projects pr ON pr.id = c.project_id
    JOIN contract_instruments ci ON ci.contract_id = c.id
    JOIN instruments i ON i.id = ci.instrument_id
    LEFT JOIN contract_endings ce ON ce.contract_id = c.id
    WHERE c.person_id IN (SELECT person_id FROM summary_dirty)
      AND c.status != 'draft' AND c.signed_on IS NOT NULL
      AND c.signed_on <= pr.end_date AND COALESCE(ce.ended_on, pr.end_date) >= pr.start_date
  UNION
  SELECT a.project_id, p.person_id, a.instrument_id, i.category
    FROM participations p JOIN projects pr ON pr.id = p.project_id
    JOIN activity_enrolments e ON e.participation_id = p.id
    JOIN activities a ON a.id = e.activity_id
      AND +a.project_id = p.project_id  -- '+': reach the activity through the enrolment
    JOIN attendance_totals t ON t.enrolment_id = e.id
    JOIN instruments i ON i.id = a.instrument_id
    WHERE p.person_id IN (SELECT person_id FROM summary_dirty)
      AND p.role = 'participant' AND p.status IN {TAKING_PART}
      AND p.start_date IS NOT NULL AND p.start_date <= pr.end_date
      AND COALESCE(p.end_date, pr.end_date) >= pr.start_date AND t.present_sessions > 0
      AND (e.joined_on IS NULL OR e.joined_on <= pr.end_date)
      AND (e.left_on IS NULL OR e.left_on >= pr.start_date)),
received AS (
  SELECT u.project_id, u.person_id, u.category, COALESCE(pe.sex, '') AS sex
    FROM pairs u JOIN people pe ON pe.id = u.person_id)
INSERT INTO summary_facts (project_id, role, person_id, sex, dimension, value)
SELECT project_id, 'participant', person_id, sex, 'instrument_use', category FROM received
UNION ALL
SELECT DISTINCT project_id, 'participant', person_id, sex, 'instrument_category', category
  FROM received
UNION ALL
SELECT project_id, 'participant', person_id, sex, 'instrument_count', CAST(COUNT(*) AS TEXT)
  FROM received GROUP BY project_id, person_id, sex"""


def _move_counters(sign: str, people: str = "people") -> str:
    return f"""INSERT INTO summary_counts (project_id, role, dimension, value, sex, people)
SELECT project_id, role, dimension, value, sex, {sign}COUNT(*) FROM summary_facts
  WHERE person_id IN (SELECT person_id FROM summary_dirty)
  GROUP BY project_id, role, dimension, value, sex
ON CONFLICT (project_id, role, dimension, value, sex)
  DO UPDATE SET people = {people} + excluded.people"""


FLUSH = [
    # Take the write lock first: the queue read below and the writes then see one state.
    "UPDATE summary_dirty SET person_id = person_id WHERE 0",
    _move_counters("-"),
    "DELETE FROM summary_facts WHERE person_id IN (SELECT person_id FROM summary_dirty)",
    PEOPLE_FACTS,
    INSTRUMENT_FACTS,
    _move_counters(""),
    "DELETE FROM summary_counts WHERE people = 0",
    "DELETE FROM summary_dirty",
]
SERVER_FLUSH = [
    # Conflicts with itself and with the triggers' inserts: one recount at a time, on a
    # queue that does not change under it.
    "LOCK TABLE summary_dirty IN SHARE ROW EXCLUSIVE MODE",
    _move_counters("-", "summary_counts.people"),
    FLUSH[2],
    # PostgreSQL groups by every column it reads (sex and birth date are the person's).
    _people_facts(_SERVER_YEAR, _SERVER_BIRTHDAY_LATER, f"{_KEY}, birth_date"),
    INSTRUMENT_FACTS,
    _move_counters("", "summary_counts.people"),
    *FLUSH[-2:],
]


def pending(session: Session) -> bool:
    """Whether any person's summary data wait to be recounted."""
    return session.execute(text("SELECT EXISTS (SELECT 1 FROM summary_dirty)")).scalar_one() == 1


def flush(session: Session) -> None:
    """Recount the noted people; call inside a write transaction."""
    server = session.get_bind().dialect.name == "postgresql"
    for statement in SERVER_FLUSH if server else FLUSH:
        session.execute(text(statement))
