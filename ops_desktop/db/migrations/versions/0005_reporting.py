"""reporting: maintained summary data (dirty-person queue, facts, counters, hours per
activity) and the covering index of participations

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Every write that can change a person's summary figures (participations, people, sensitive
answers, projects' dates, contracts with their instruments and endings, activities,
enrolments, the maintained attendance totals, the instrument catalogue) fires a trigger that
only notes the person in `summary_dirty` (bulk loads stay fast). Before it reads, a summary
recomputes the facts and counters of the noted people in a few set-based statements
(`db/repositories/summary_upkeep.py`). Hours present per activity are kept up to date by the
triggers themselves (a mark moves them by its difference). The SQL here is this revision's own
copy: later changes to the code do not change what it does.
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
OFFSETS = 63   # years a participation may span inside one project


def _mark(select_person: str) -> str:
    """Note the person(s) `select_person` (a SELECT of person ids) as needing a recount.
    No INSERT OR IGNORE: inside a trigger the outer statement's conflict clause (an upsert's)
    would replace it."""
    return (f"INSERT INTO summary_dirty (person_id) "
            f"SELECT DISTINCT x.person_id FROM ({select_person}) x "
            f"WHERE x.person_id IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM summary_dirty d WHERE d.person_id = x.person_id);")


def _one(expression: str) -> str:
    return _mark(f"SELECT {expression} AS person_id")


_CONTRACT_PERSON = "SELECT person_id FROM contracts WHERE id = {0}.contract_id"
_PARTICIPATION_PERSON = "SELECT person_id FROM participations WHERE id = {0}.participation_id"
_ENROLMENT_PERSON = ("SELECT p.person_id FROM activity_enrolments e JOIN participations p "
                     "ON p.id = e.participation_id WHERE e.id = {0}.enrolment_id")
_ACTIVITY_PEOPLE = ("SELECT p.person_id FROM activity_enrolments e JOIN participations p "
                    "ON p.id = e.participation_id WHERE e.activity_id = NEW.id")
_PROJECT_PEOPLE = "SELECT person_id FROM participations WHERE project_id = NEW.id"
_INSTRUMENT_PEOPLE = (
    "SELECT c.person_id AS person_id FROM contracts c JOIN contract_instruments ci "
    "ON ci.contract_id = c.id WHERE ci.instrument_id = NEW.id UNION "
    "SELECT p.person_id FROM activities a JOIN activity_enrolments e ON e.activity_id = a.id "
    "JOIN participations p ON p.id = e.participation_id WHERE a.instrument_id = NEW.id")


def recount_hours(activity: str) -> str:
    """Hours present of the participants on the activities `activity` (a condition)."""
    return f"""INSERT INTO summary_activity_hours (activity_id, hours_x100)
SELECT a.id, COALESCE((SELECT SUM(t.present_hours_x100) FROM activity_enrolments e
    JOIN participations p ON p.id = e.participation_id
    JOIN attendance_totals t ON t.enrolment_id = e.id
    WHERE e.activity_id = a.id AND p.role = 'participant'), 0)
  FROM activities a WHERE a.id {activity}
  ON CONFLICT (activity_id) DO UPDATE SET hours_x100 = excluded.hours_x100;
DELETE FROM summary_activity_hours WHERE activity_id {activity}
  AND activity_id NOT IN (SELECT id FROM activities);"""


def add_hours(row: str, amount: str) -> str:
    return f"""INSERT INTO summary_activity_hours (activity_id, hours_x100)
SELECT e.activity_id, {amount} FROM activity_enrolments e
  JOIN participations p ON p.id = e.participation_id
  WHERE e.id = {row}.enrolment_id AND p.role = 'participant'
  ON CONFLICT (activity_id) DO UPDATE SET hours_x100 = hours_x100 + excluded.hours_x100;"""


_ENROLMENT_ACTIVITY = "= (SELECT activity_id FROM activity_enrolments WHERE id = {0}.enrolment_id)"

TRIGGERS: list[tuple[str, str, str, str, str]] = [
    # name, event, table, body, when
    ("trg_summary_participation_insert", "INSERT", "participations", _one("NEW.person_id"), ""),
    ("trg_summary_participation_update", "UPDATE", "participations",
     _one("OLD.person_id") + "\n" + _one("NEW.person_id"), ""),
    ("trg_summary_participation_delete", "DELETE", "participations", _one("OLD.person_id"), ""),
    ("trg_summary_person_update", "UPDATE OF sex, birth_date, education, labour_status",
     "people", _one("NEW.id"), ""),
    ("trg_summary_flag_insert", "INSERT", "person_flags", _one("NEW.person_id"), ""),
    ("trg_summary_flag_update", "UPDATE", "person_flags",
     _one("OLD.person_id") + "\n" + _one("NEW.person_id"), ""),
    ("trg_summary_flag_delete", "DELETE", "person_flags", _one("OLD.person_id"), ""),
    ("trg_summary_project_dates", "UPDATE OF start_date, end_date", "projects",
     _mark(_PROJECT_PEOPLE), ""),
    ("trg_summary_project_delete", "DELETE", "projects",
     "DELETE FROM summary_facts WHERE project_id = OLD.id;\n"
     "DELETE FROM summary_counts WHERE project_id = OLD.id;", ""),
    ("trg_summary_contract_insert", "INSERT", "contracts", _one("NEW.person_id"), ""),
    ("trg_summary_contract_update", "UPDATE OF status, signed_on, person_id, project_id",
     "contracts", _one("OLD.person_id") + "\n" + _one("NEW.person_id"), ""),
    ("trg_summary_contract_delete", "DELETE", "contracts", _one("OLD.person_id"), ""),
    ("trg_summary_contract_instrument_insert", "INSERT", "contract_instruments",
     _mark(_CONTRACT_PERSON.format("NEW")), ""),
    ("trg_summary_contract_instrument_update", "UPDATE", "contract_instruments",
     _mark(_CONTRACT_PERSON.format("OLD")) + "\n" + _mark(_CONTRACT_PERSON.format("NEW")), ""),
    ("trg_summary_contract_instrument_delete", "DELETE", "contract_instruments",
     _mark(_CONTRACT_PERSON.format("OLD")), ""),
    ("trg_summary_contract_ending_insert", "INSERT", "contract_endings",
     _mark(_CONTRACT_PERSON.format("NEW")), ""),
    ("trg_summary_contract_ending_update", "UPDATE", "contract_endings",
     _mark(_CONTRACT_PERSON.format("NEW")), ""),
    ("trg_summary_contract_ending_delete", "DELETE", "contract_endings",
     _mark(_CONTRACT_PERSON.format("OLD")), ""),
    ("trg_summary_activity_update", "UPDATE OF instrument_id, project_id", "activities",
     _mark(_ACTIVITY_PEOPLE), ""),
    ("trg_summary_enrolment_insert", "INSERT", "activity_enrolments",
     _mark(_PARTICIPATION_PERSON.format("NEW")), ""),
    ("trg_summary_enrolment_update", "UPDATE", "activity_enrolments",
     _mark(_PARTICIPATION_PERSON.format("OLD")) + "\n"
     + _mark(_PARTICIPATION_PERSON.format("NEW")) + "\n"
     + recount_hours("= OLD.activity_id") + "\n" + recount_hours("= NEW.activity_id"), ""),
    ("trg_summary_enrolment_delete", "DELETE", "activity_enrolments",
     _mark(_PARTICIPATION_PERSON.format("OLD")) + "\n" + recount_hours("= OLD.activity_id"), ""),
    ("trg_summary_totals_insert", "INSERT", "attendance_totals",
     _mark(_ENROLMENT_PERSON.format("NEW")) + "\n"
     + add_hours("NEW", "NEW.present_hours_x100"), ""),
    ("trg_summary_totals_update", "UPDATE", "attendance_totals",
     _mark(_ENROLMENT_PERSON.format("NEW")) + "\n"
     + add_hours("NEW", "NEW.present_hours_x100 - OLD.present_hours_x100"),
     "NEW.enrolment_id = OLD.enrolment_id AND (NEW.present_hours_x100 != OLD.present_hours_x100 "
     "OR (NEW.present_sessions > 0) != (OLD.present_sessions > 0))"),
    ("trg_summary_totals_moved", "UPDATE OF enrolment_id", "attendance_totals",
     _mark(_ENROLMENT_PERSON.format("OLD")) + "\n" + _mark(_ENROLMENT_PERSON.format("NEW"))
     + "\n" + recount_hours(_ENROLMENT_ACTIVITY.format("OLD")) + "\n"
     + recount_hours(_ENROLMENT_ACTIVITY.format("NEW")), "NEW.enrolment_id != OLD.enrolment_id"),
    ("trg_summary_totals_delete", "DELETE", "attendance_totals",
     _mark(_ENROLMENT_PERSON.format("OLD")) + "\n"
     + recount_hours(_ENROLMENT_ACTIVITY.format("OLD")), ""),
    ("trg_summary_hours_role", "UPDATE OF role", "participations",
     recount_hours("IN (SELECT activity_id FROM activity_enrolments "
                   "WHERE participation_id = NEW.id)"), "NEW.role != OLD.role"),
    ("trg_summary_instrument_category", "UPDATE OF category", "instruments",
     _mark(_INSTRUMENT_PEOPLE), ""),
]


def _trigger(name: str, event: str, table: str, body: str, when: str = "") -> str:
    condition = f"\nWHEN {when}" if when else ""
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{condition}\n"
            f"BEGIN\n{body}\nEND")


def _postgresql_trigger(name: str, event: str, table: str, body: str, when: str = "") -> list[str]:
    """The same trigger on the office server: a plpgsql function per trigger with
    the same statements; a person is noted with ON CONFLICT DO NOTHING, since two PCs may note
    the same person at once (neither sees the other's uncommitted row), and the upsert of
    hours names its table (PostgreSQL finds a bare column there ambiguous)."""
    body = body.replace("d.person_id = x.person_id);",
                        "d.person_id = x.person_id) ON CONFLICT DO NOTHING;")
    body = body.replace("SET hours_x100 = hours_x100 + excluded.hours_x100",
                        "SET hours_x100 = summary_activity_hours.hours_x100 "
                        "+ excluded.hours_x100")
    condition = f" WHEN ({when})" if when else ""
    return [f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{body}\nRETURN NULL;\nEND $$",
            f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{condition} "
            f"EXECUTE FUNCTION {name}_fn()"]


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index("ix_participations_summary", _SUMMARY_COLUMNS, unique=False)
    offsets = op.create_table(
        "summary_offsets",
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_summary_offsets")),
    )
    op.bulk_insert(offsets, [{"n": n} for n in range(OFFSETS)])
    op.create_table(
        "summary_dirty",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_summary_dirty")),
    )
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
        batch_op.create_index("ix_summary_facts_person", ["person_id", "dimension", "project_id",
                                                          "role", "value", "sex"], unique=False)
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
        if server:
            for statement in _postgresql_trigger(name, event, table, body, when):
                op.execute(statement)
        else:
            op.execute(_trigger(name, event, table, body, when))
    # Data already there: every person with a participation is recounted at the first summary.
    if server:
        op.execute("INSERT INTO summary_dirty (person_id) "
                   "SELECT DISTINCT person_id FROM participations ON CONFLICT DO NOTHING")
    else:
        op.execute("INSERT OR IGNORE INTO summary_dirty (person_id) "
                   "SELECT DISTINCT person_id FROM participations")
    for statement in recount_hours("IN (SELECT id FROM activities)").split(";\n"):
        op.execute(statement.rstrip(";"))


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for name, _event, table, *_rest in reversed(TRIGGERS):
        if server:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("summary_counts")
    op.drop_table("summary_activity_hours")
    with op.batch_alter_table("summary_facts", schema=None) as batch_op:
        batch_op.drop_index("ix_summary_facts_year")
        batch_op.drop_index("ix_summary_facts_person")
    op.drop_table("summary_facts")
    op.drop_table("summary_dirty")
    op.drop_table("summary_offsets")
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_summary")
