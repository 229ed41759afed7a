"""reporting: maintained summary facts and counters (triggers), the covering index of
participations

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Every write that can change a summary figure (participations, people, sensitive answers,
projects' dates, contracts and their instruments and endings, activities, enrolments and the
maintained attendance totals, the instrument catalogue) fires a trigger that recomputes the
"facts" of the person concerned (`summary_facts`: one row per thing the person counts in:
the project, each year, age at entry, education, labour status, each sensitive answer, each
group, the outcome, the situation at exit, instruments by category and how many), and every
fact inserted or deleted moves a counter (`summary_counts`). A whole-project summary then reads
a few hundred counters instead of grouping tens of thousands of people. Triggers keep the
counters right whoever writes (services, bulk loads, cascades); the SQL below is this
revision's own copy, so later changes to the code do not change what it does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SUMMARY_COLUMNS = ["project_id", "role", "status", "start_date", "end_date", "person_id",
                    "group_id", "exit_situation"]
TAKING_PART = "('participant', 'completed', 'dropped_out')"
OFFSETS = 63   # years a participation may span inside one project (bits of a 64-bit integer)

_FROM = """participations p JOIN projects pr ON pr.id = p.project_id
  JOIN people pe ON pe.id = p.person_id"""
_WHERE = f"""p.person_id {{who}} AND p.status IN {TAKING_PART} AND p.start_date IS NOT NULL
  AND p.start_date <= pr.end_date AND COALESCE(p.end_date, pr.end_date) >= pr.start_date"""
_INSERT = "INSERT INTO summary_facts (project_id, role, person_id, sex, dimension, value)"
_KEY = "p.project_id, p.role, p.person_id, COALESCE(pe.sex, '')"
_YEAR = "CAST(strftime('%Y', {0}) AS INTEGER)"
_ENDED_IN_PROJECT = ("p.end_date IS NOT NULL AND p.end_date >= pr.start_date "
                     "AND p.end_date <= pr.end_date")

PEOPLE_FACTS = f"""{_INSERT}
SELECT DISTINCT {_KEY}, 'all', '' FROM {_FROM} WHERE {_WHERE}
UNION ALL
SELECT DISTINCT {_KEY}, 'year', CAST({_YEAR.format('p.start_date')} + o.n AS TEXT)
  FROM {_FROM} JOIN summary_offsets o
    ON o.n <= {_YEAR.format('COALESCE(p.end_date, pr.end_date)')} - {_YEAR.format('p.start_date')}
  WHERE {_WHERE}
UNION ALL
SELECT {_KEY}, 'age', CAST({_YEAR.format('MIN(p.start_date)')} - {_YEAR.format('pe.birth_date')}
    - (strftime('%m-%d', MIN(p.start_date)) < strftime('%m-%d', pe.birth_date)) AS TEXT)
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant' AND pe.birth_date IS NOT NULL
  GROUP BY p.project_id, p.role, p.person_id
UNION ALL
SELECT DISTINCT {_KEY}, 'education', COALESCE(pe.education, 'unknown')
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant'
UNION ALL
SELECT DISTINCT {_KEY}, 'labour', COALESCE(pe.labour_status, 'unknown')
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant'
UNION ALL
SELECT DISTINCT {_KEY}, 'group', COALESCE(CAST(p.group_id AS TEXT), 'unknown')
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant'
UNION ALL
SELECT DISTINCT {_KEY}, 'outcome', CASE WHEN p.status = 'participant' THEN 'ongoing'
                                        ELSE p.status END
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant'
    AND (p.status = 'participant' OR {_ENDED_IN_PROJECT})
UNION ALL
SELECT DISTINCT {_KEY}, 'exit', COALESCE(p.exit_situation, 'unknown')
  FROM {_FROM} WHERE {_WHERE} AND p.role = 'participant'
    AND p.status IN ('completed', 'dropped_out') AND {_ENDED_IN_PROJECT}"""

FLAG_FACTS = f"""{_INSERT}
SELECT DISTINCT {_KEY}, 'flag', f.flag || '=' || f.answer
  FROM {_FROM} JOIN person_flags f ON f.person_id = p.person_id
  WHERE {_WHERE} AND p.role = 'participant'"""

# (project, person, instrument, category) received: instruments of signed contracts running in
# the project's period, and the instrument of every activity attended at least once.
_PAIRS = f"""SELECT c.project_id AS project_id, c.person_id AS person_id,
       ci.instrument_id AS instrument_id, i.category AS category
  FROM contracts c JOIN projects pr ON pr.id = c.project_id
  JOIN contract_instruments ci ON ci.contract_id = c.id
  JOIN instruments i ON i.id = ci.instrument_id
  LEFT JOIN contract_endings ce ON ce.contract_id = c.id
  WHERE c.person_id {{who}} AND c.status != 'draft' AND c.signed_on IS NOT NULL
    AND c.signed_on <= pr.end_date AND COALESCE(ce.ended_on, pr.end_date) >= pr.start_date
UNION
SELECT a.project_id, p.person_id, a.instrument_id, i.category
  FROM participations p JOIN projects pr ON pr.id = p.project_id
  JOIN activity_enrolments e ON e.participation_id = p.id
  JOIN activities a ON a.id = e.activity_id AND a.project_id = p.project_id
  JOIN attendance_totals t ON t.enrolment_id = e.id
  JOIN instruments i ON i.id = a.instrument_id
  WHERE p.person_id {{who}} AND p.role = 'participant' AND p.status IN {TAKING_PART}
    AND p.start_date IS NOT NULL AND p.start_date <= pr.end_date
    AND COALESCE(p.end_date, pr.end_date) >= pr.start_date AND t.present_sessions > 0
    AND (e.joined_on IS NULL OR e.joined_on <= pr.end_date)
    AND (e.left_on IS NULL OR e.left_on >= pr.start_date)"""

INSTRUMENT_FACTS = f"""{_INSERT}
SELECT u.project_id, 'participant', u.person_id, COALESCE(pe.sex, ''), 'instrument_use',
       u.category
  FROM ({_PAIRS}) u JOIN people pe ON pe.id = u.person_id
UNION ALL
SELECT DISTINCT u.project_id, 'participant', u.person_id, COALESCE(pe.sex, ''),
       'instrument_category', u.category
  FROM ({_PAIRS}) u JOIN people pe ON pe.id = u.person_id
UNION ALL
SELECT u.project_id, 'participant', u.person_id, COALESCE(pe.sex, ''), 'instrument_count',
       CAST(COUNT(*) AS TEXT)
  FROM ({_PAIRS}) u JOIN people pe ON pe.id = u.person_id
  GROUP BY u.project_id, u.person_id"""

_INSTRUMENT_DIMENSIONS = "('instrument_use', 'instrument_category', 'instrument_count')"


def refresh_all(who: str) -> str:
    return (f"DELETE FROM summary_facts WHERE person_id {who};\n"
            + PEOPLE_FACTS.format(who=who) + ";\n" + FLAG_FACTS.format(who=who) + ";\n"
            + INSTRUMENT_FACTS.format(who=who) + ";")


def refresh_flags(who: str) -> str:
    return (f"DELETE FROM summary_facts WHERE person_id {who} AND dimension = 'flag';\n"
            + FLAG_FACTS.format(who=who) + ";")


def refresh_instruments(who: str) -> str:
    return (f"DELETE FROM summary_facts WHERE person_id {who} "
            f"AND dimension IN {_INSTRUMENT_DIMENSIONS};\n"
            + INSTRUMENT_FACTS.format(who=who) + ";")


# Hours present of the participants on each activity (the maintained attendance totals summed
# per activity): a mark moves it by its difference; a removal recounts the activity.
def recount_hours(activity: str) -> str:
    return (f"""INSERT INTO summary_activity_hours (activity_id, hours_x100)
SELECT a.id, COALESCE((SELECT SUM(t.present_hours_x100) FROM activity_enrolments e
    JOIN participations p ON p.id = e.participation_id
    JOIN attendance_totals t ON t.enrolment_id = e.id
    WHERE e.activity_id = a.id AND p.role = 'participant'), 0)
  FROM activities a WHERE a.id {activity}
  ON CONFLICT (activity_id) DO UPDATE SET hours_x100 = excluded.hours_x100;
DELETE FROM summary_activity_hours WHERE activity_id {activity}
  AND activity_id NOT IN (SELECT id FROM activities);""")


def add_hours(row: str, amount: str) -> str:
    return (f"""INSERT INTO summary_activity_hours (activity_id, hours_x100)
SELECT e.activity_id, {amount} FROM activity_enrolments e
  JOIN participations p ON p.id = e.participation_id
  WHERE e.id = {row}.enrolment_id AND p.role = 'participant'
  ON CONFLICT (activity_id) DO UPDATE SET hours_x100 = hours_x100 + excluded.hours_x100;""")


_ENROLMENT_ACTIVITY = "= (SELECT activity_id FROM activity_enrolments WHERE id = {0}.enrolment_id)"


def _trigger(name: str, event: str, table: str, body: str, when: str = "") -> str:
    condition = f"\nWHEN {when}" if when else ""
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{condition}\n"
            f"BEGIN\n{body}\nEND")


def _contract_person(row: str) -> str:
    return f"= (SELECT person_id FROM contracts WHERE id = {row}.contract_id)"


def _enrolment_person(row: str) -> str:
    return (f"= (SELECT p.person_id FROM activity_enrolments e JOIN participations p "
            f"ON p.id = e.participation_id WHERE e.id = {row}.enrolment_id)")


_ACTIVITY_PEOPLE = ("IN (SELECT p.person_id FROM activity_enrolments e JOIN participations p "
                    "ON p.id = e.participation_id WHERE e.activity_id = NEW.id)")
_PROJECT_PEOPLE = "IN (SELECT person_id FROM participations WHERE project_id = NEW.id)"
_INSTRUMENT_PEOPLE = (
    "IN (SELECT c.person_id FROM contracts c JOIN contract_instruments ci "
    "ON ci.contract_id = c.id WHERE ci.instrument_id = NEW.id UNION "
    "SELECT p.person_id FROM activities a JOIN activity_enrolments e ON e.activity_id = a.id "
    "JOIN participations p ON p.id = e.participation_id WHERE a.instrument_id = NEW.id)")

TRIGGERS: list[tuple[str, str, str, str, str]] = [
    # name, event, table, body, when
    ("trg_summary_participation_insert", "INSERT", "participations",
     refresh_all("= NEW.person_id"), ""),
    ("trg_summary_participation_update", "UPDATE", "participations",
     refresh_all("= OLD.person_id"), ""),
    ("trg_summary_participation_moved", "UPDATE OF person_id", "participations",
     refresh_all("= NEW.person_id"), "NEW.person_id != OLD.person_id"),
    ("trg_summary_participation_delete", "DELETE", "participations",
     refresh_all("= OLD.person_id"), ""),
    ("trg_summary_person_update", "UPDATE OF sex, birth_date, education, labour_status",
     "people", refresh_all("= NEW.id"), ""),
    ("trg_summary_flag_insert", "INSERT", "person_flags", refresh_flags("= NEW.person_id"), ""),
    ("trg_summary_flag_update", "UPDATE", "person_flags",
     refresh_flags("= OLD.person_id") + "\n" + refresh_flags("= NEW.person_id"), ""),
    ("trg_summary_flag_delete", "DELETE", "person_flags", refresh_flags("= OLD.person_id"), ""),
    ("trg_summary_project_dates", "UPDATE OF start_date, end_date", "projects",
     refresh_all(_PROJECT_PEOPLE), ""),
    ("trg_summary_project_delete", "DELETE", "projects",
     "DELETE FROM summary_facts WHERE project_id = OLD.id;\n"
     "DELETE FROM summary_counts WHERE project_id = OLD.id;", ""),
    ("trg_summary_contract_insert", "INSERT", "contracts",
     refresh_instruments("= NEW.person_id"), ""),
    ("trg_summary_contract_update", "UPDATE OF status, signed_on, person_id, project_id",
     "contracts", refresh_instruments("= OLD.person_id") + "\n"
     + refresh_instruments("= NEW.person_id"), ""),
    ("trg_summary_contract_delete", "DELETE", "contracts",
     refresh_instruments("= OLD.person_id"), ""),
    ("trg_summary_contract_instrument_insert", "INSERT", "contract_instruments",
     refresh_instruments(_contract_person("NEW")), ""),
    ("trg_summary_contract_instrument_update", "UPDATE", "contract_instruments",
     refresh_instruments(_contract_person("OLD")) + "\n"
     + refresh_instruments(_contract_person("NEW")), ""),
    ("trg_summary_contract_instrument_delete", "DELETE", "contract_instruments",
     refresh_instruments(_contract_person("OLD")), ""),
    ("trg_summary_contract_ending_insert", "INSERT", "contract_endings",
     refresh_instruments(_contract_person("NEW")), ""),
    ("trg_summary_contract_ending_update", "UPDATE", "contract_endings",
     refresh_instruments(_contract_person("NEW")), ""),
    ("trg_summary_contract_ending_delete", "DELETE", "contract_endings",
     refresh_instruments(_contract_person("OLD")), ""),
    ("trg_summary_activity_update", "UPDATE OF instrument_id, project_id", "activities",
     refresh_instruments(_ACTIVITY_PEOPLE), ""),
    ("trg_summary_enrolment_insert", "INSERT", "activity_enrolments",
     refresh_instruments("= (SELECT person_id FROM participations "
                         "WHERE id = NEW.participation_id)"), ""),
    ("trg_summary_enrolment_update", "UPDATE", "activity_enrolments",
     refresh_instruments("= (SELECT person_id FROM participations "
                         "WHERE id = OLD.participation_id)") + "\n"
     + refresh_instruments("= (SELECT person_id FROM participations "
                           "WHERE id = NEW.participation_id)"), ""),
    ("trg_summary_enrolment_delete", "DELETE", "activity_enrolments",
     refresh_instruments("= (SELECT person_id FROM participations "
                         "WHERE id = OLD.participation_id)"), ""),
    ("trg_summary_totals_insert", "INSERT", "attendance_totals",
     refresh_instruments(_enrolment_person("NEW")), "NEW.present_sessions > 0"),
    ("trg_summary_totals_update", "UPDATE OF present_sessions, enrolment_id", "attendance_totals",
     refresh_instruments(_enrolment_person("OLD")) + "\n"
     + refresh_instruments(_enrolment_person("NEW")),
     "(OLD.present_sessions > 0) != (NEW.present_sessions > 0) "
     "OR OLD.enrolment_id != NEW.enrolment_id"),
    ("trg_summary_totals_delete", "DELETE", "attendance_totals",
     refresh_instruments(_enrolment_person("OLD")), "OLD.present_sessions > 0"),
    ("trg_summary_instrument_category", "UPDATE OF category", "instruments",
     refresh_instruments(_INSTRUMENT_PEOPLE), ""),
    ("trg_summary_hours_totals_insert", "INSERT", "attendance_totals",
     add_hours("NEW", "NEW.present_hours_x100"), "NEW.present_hours_x100 != 0"),
    ("trg_summary_hours_totals_update", "UPDATE OF present_hours_x100", "attendance_totals",
     add_hours("NEW", "NEW.present_hours_x100 - OLD.present_hours_x100"),
     "NEW.present_hours_x100 != OLD.present_hours_x100 AND NEW.enrolment_id = OLD.enrolment_id"),
    ("trg_summary_hours_totals_moved", "UPDATE OF enrolment_id", "attendance_totals",
     recount_hours(_ENROLMENT_ACTIVITY.format("OLD")) + "\n"
     + recount_hours(_ENROLMENT_ACTIVITY.format("NEW")), "NEW.enrolment_id != OLD.enrolment_id"),
    ("trg_summary_hours_totals_delete", "DELETE", "attendance_totals",
     recount_hours(_ENROLMENT_ACTIVITY.format("OLD")), "OLD.present_hours_x100 != 0"),
    ("trg_summary_hours_enrolment_update", "UPDATE OF activity_id, participation_id",
     "activity_enrolments",
     recount_hours("= OLD.activity_id") + "\n" + recount_hours("= NEW.activity_id"), ""),
    ("trg_summary_hours_enrolment_delete", "DELETE", "activity_enrolments",
     recount_hours("= OLD.activity_id"), ""),
    ("trg_summary_hours_role", "UPDATE OF role", "participations",
     recount_hours("IN (SELECT activity_id FROM activity_enrolments "
                   "WHERE participation_id = NEW.id)"), "NEW.role != OLD.role"),
    # Every fact moves one counter.
    ("trg_summary_fact_insert", "INSERT", "summary_facts",
     "INSERT INTO summary_counts (project_id, role, dimension, value, sex, people)\n"
     "VALUES (NEW.project_id, NEW.role, NEW.dimension, NEW.value, NEW.sex, 1)\n"
     "ON CONFLICT (project_id, role, dimension, value, sex) "
     "DO UPDATE SET people = people + 1;", ""),
    ("trg_summary_fact_delete", "DELETE", "summary_facts",
     "UPDATE summary_counts SET people = people - 1 WHERE project_id = OLD.project_id\n"
     "  AND role = OLD.role AND dimension = OLD.dimension AND value = OLD.value\n"
     "  AND sex = OLD.sex;", ""),
]


def upgrade() -> None:
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index("ix_participations_summary", _SUMMARY_COLUMNS, unique=False)
    offsets = op.create_table(
        "summary_offsets",
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_summary_offsets")),
    )
    op.bulk_insert(offsets, [{"n": n} for n in range(OFFSETS)])
    op.create_table(
        "summary_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("dimension", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_facts")),
    )
    with op.batch_alter_table("summary_facts", schema=None) as batch_op:
        batch_op.create_index("ix_summary_facts_person", ["person_id", "dimension"], unique=False)
        batch_op.create_index("ix_summary_facts_year", ["project_id", "role", "dimension", "value",
                                                        "person_id"], unique=False)
    op.create_table(
        "summary_activity_hours",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("hours_x100", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_summary_activity_hours")),
    )
    op.create_table(
        "summary_counts",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("dimension", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("project_id", "role", "dimension", "value", "sex",
                                name=op.f("pk_summary_counts")),
        sqlite_with_rowid=False,
    )
    for name, event, table, body, when in TRIGGERS:
        op.execute(_trigger(name, event, table, body, when))
    # Facts of the people already there: touching a column the person trigger watches
    # recomputes them (an empty database has none); hours likewise.
    op.execute("UPDATE people SET sex = sex WHERE id IN (SELECT person_id FROM participations)")
    for statement in recount_hours("IN (SELECT id FROM activities)").split(";\n"):
        op.execute(statement.rstrip(";"))


def downgrade() -> None:
    for name, *_rest in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("summary_counts")
    op.drop_table("summary_activity_hours")
    with op.batch_alter_table("summary_facts", schema=None) as batch_op:
        batch_op.drop_index("ix_summary_facts_year")
        batch_op.drop_index("ix_summary_facts_person")
    op.drop_table("summary_facts")
    op.drop_table("summary_offsets")
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_summary")
