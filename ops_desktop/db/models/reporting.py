"""Indexes the summaries need (migration 0005).

`ix_participations_summary` covers every participation condition and column a summary
reads (project, role, status, dates, person, group, outcome), so counting the people of a
project over ten years reads one index range and never the participations table itself."""

from __future__ import annotations

from sqlalchemy import Index

from ops_desktop.db.models.people import Participation

SUMMARY_INDEX = Index(
    "ix_participations_summary",
    Participation.project_id, Participation.role, Participation.status, Participation.start_date,
    Participation.end_date, Participation.person_id, Participation.group_id,
    Participation.exit_situation,
)
