"""foundation: office, users, audit, projects, people

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=120), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=6), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('nip', sa.String(length=13), nullable=False),
    sa.Column('regon', sa.String(length=14), nullable=False),
    sa.Column('head_name', sa.String(length=200), nullable=False),
    sa.Column('head_title', sa.String(length=120), nullable=False),
    sa.Column('logo_path', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('programme', sa.String(length=300), nullable=False),
    sa.Column('funder_contract_no', sa.String(length=100), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('budget_total', sa.BigInteger(), nullable=False),
    sa.Column('budget_eu', sa.BigInteger(), nullable=False),
    sa.Column('budget_own', sa.BigInteger(), nullable=False),
    sa.Column('min_instruments', sa.Integer(), nullable=False),
    sa.Column('completion_threshold_pct', sa.Integer(), nullable=False),
    sa.Column('teaching_hour_minutes', sa.Integer(), nullable=False),
    sa.Column('target_age_min', sa.Integer(), nullable=True),
    sa.Column('target_age_max', sa.Integer(), nullable=True),
    sa.Column('funding_line', sa.Text(), nullable=False),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('deletion_hold', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects')),
    sa.UniqueConstraint('title', name=op.f('uq_projects_title'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_log_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_id'), ['entity_id'], unique=False)

    op.create_table('document_texts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_document_texts_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_texts')),
    sa.UniqueConstraint('key', 'version', name='key_version')
    )
    with op.batch_alter_table('document_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_texts_key'), ['key'], unique=False)

    op.create_table('editions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('target_participants', sa.Integer(), nullable=False),
    sa.Column('target_contracts', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_editions_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_editions')),
    sa.UniqueConstraint('project_id', 'year', name='project_year')
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=150), nullable=False),
    sa.Column('last_key', sa.String(length=260), nullable=False),
    sa.Column('first_key', sa.String(length=100), nullable=False),
    sa.Column('pesel', sa.String(length=11), nullable=True),
    sa.Column('no_pesel', sa.Boolean(), nullable=False),
    sa.Column('other_id', sa.String(length=60), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('building', sa.String(length=20), nullable=False),
    sa.Column('flat', sa.String(length=20), nullable=False),
    sa.Column('postal_code', sa.String(length=6), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=False),
    sa.Column('county', sa.String(length=120), nullable=False),
    sa.Column('voivodeship', sa.String(length=60), nullable=False),
    sa.Column('degurba', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('education', sa.String(length=20), nullable=True),
    sa.Column('labour_status', sa.String(length=40), nullable=True),
    sa.Column('long_term_unemployed', sa.Boolean(), nullable=False),
    sa.Column('disability_degree', sa.String(length=20), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('caseworker_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_people_caseworker_id_users')),
    sa.ForeignKeyConstraint(['household_id'], ['people.id'], name=op.f('fk_people_household_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('pesel', name=op.f('uq_people_pesel'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index('ix_people_first_key', ['first_key'], unique=False)
        batch_op.create_index('ix_people_last_key', ['last_key'], unique=False)

    op.create_table('project_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('planned_size', sa.Integer(), nullable=False),
    sa.Column('target_group', sa.String(length=300), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_groups_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_groups')),
    sa.UniqueConstraint('project_id', 'name', name='project_name')
    )
    with op.batch_alter_table('project_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_groups_project_id'), ['project_id'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('text_version', sa.String(length=40), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_consents_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)

    op.create_table('participations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=30), nullable=True),
    sa.Column('exit_situation', sa.String(length=30), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['project_groups.id'], name=op.f('fk_participations_group_id_project_groups')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_participations_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_participations_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participations'))
    )
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participations_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participations_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participations_project_id'), ['project_id'], unique=False)

    op.create_table('person_flags',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('flag', sa.String(length=40), nullable=False),
    sa.Column('answer', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_flags_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'flag', name=op.f('pk_person_flags'))
    )
    # The audit trail is append-only: the database itself refuses to change or remove a row.
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRESQL_APPEND_ONLY:
            op.execute(statement)
        return
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


# The same rule on the office server (added with the office server, before any server
# database existed): one plpgsql function raising the same message, before each row's UPDATE
# or DELETE and before a TRUNCATE (which row triggers would not see).
_POSTGRESQL_APPEND_ONLY = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only() CASCADE")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.drop_table('person_flags')
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participations_project_id'))
        batch_op.drop_index(batch_op.f('ix_participations_person_id'))
        batch_op.drop_index(batch_op.f('ix_participations_group_id'))

    op.drop_table('participations')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_person_id'))

    op.drop_table('consents')
    with op.batch_alter_table('project_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_groups_project_id'))

    op.drop_table('project_groups')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_last_key')
        batch_op.drop_index('ix_people_first_key')
        batch_op.drop_index(batch_op.f('ix_people_caseworker_id'))

    op.drop_table('people')
    op.drop_table('editions')
    with op.batch_alter_table('document_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_texts_key'))

    op.drop_table('document_texts')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('projects')
    op.drop_table('office')
