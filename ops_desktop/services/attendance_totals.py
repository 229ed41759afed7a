"""Keeping `attendance_totals` equal to the marks, inside the caller's transaction.

Every writer of marks, sessions or enrolments calls `refresh` (or `refresh_activity`) in
the same transaction as its change. It reads only the marks of the enrolments touched (through
`ix_attendance_marks_enrolment_id`: at most a few hundred rows each) and the sessions of
their activities, and rewrites those enrolments' rows; nothing else in the table moves. The
summaries read the totals and never scan the marks table."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from ops_desktop.db.repositories import concurrency
from ops_desktop.db.models.activities import (
    ActivityEnrolment, ActivitySession, AttendanceMark, AttendanceTotals,
)
from ops_desktop.domain.attendance import Mark, Totals

_CHUNK = 500


def refresh(session: Session, enrolment_ids: Iterable[int]) -> dict[int, Totals]:
    """Recompute the totals of these enrolments from their marks; returns them."""
    ids = sorted(set(enrolment_ids))
    result: dict[int, Totals] = {}
    for start in range(0, len(ids), _CHUNK):
        result.update(_refresh_chunk(session, ids[start:start + _CHUNK]))
    return result


def refresh_activity(session: Session, activity_id: int) -> dict[int, Totals]:
    ids = session.execute(
        select(ActivityEnrolment.id).where(ActivityEnrolment.activity_id == activity_id)
    ).scalars().all()
    return refresh(session, ids)


def read(session: Session, enrolment_ids: Iterable[int]) -> dict[int, Totals]:
    ids = list(enrolment_ids)
    found: dict[int, Totals] = {}
    for start in range(0, len(ids), _CHUNK):
        for row in session.execute(
            select(AttendanceTotals).where(
                AttendanceTotals.enrolment_id.in_(ids[start:start + _CHUNK]))
        ).scalars():
            found[row.enrolment_id] = to_totals(row)
    return {i: found.get(i, Totals()) for i in ids}


def to_totals(row: AttendanceTotals) -> Totals:
    return Totals(
        present_sessions=row.present_sessions, present_hours=row.present_hours_x100,
        excused_sessions=row.excused_sessions, excused_hours=row.excused_hours_x100,
        unexcused_sessions=row.unexcused_sessions, unexcused_hours=row.unexcused_hours_x100,
        planned_sessions=row.planned_sessions, planned_hours=row.planned_hours_x100,
    )


def _refresh_chunk(session: Session, ids: list[int]) -> dict[int, Totals]:
    if not ids:
        return {}
    counts: dict[int, dict[str, tuple[int, int]]] = {i: {} for i in ids}
    for enrolment_id, mark, sessions, hours in session.execute(
        select(AttendanceMark.enrolment_id, AttendanceMark.mark, func.count(),
               func.coalesce(func.sum(ActivitySession.hours_x100), 0))
        .join(ActivitySession, ActivitySession.id == AttendanceMark.session_id)
        .where(AttendanceMark.enrolment_id.in_(ids))
        .group_by(AttendanceMark.enrolment_id, AttendanceMark.mark)
    ):
        counts[enrolment_id][mark] = (sessions, hours)
    planned: dict[int, tuple[int, int]] = {}
    in_window = and_(
        or_(ActivityEnrolment.joined_on.is_(None),
            ActivitySession.day >= ActivityEnrolment.joined_on),
        or_(ActivityEnrolment.left_on.is_(None), ActivitySession.day <= ActivityEnrolment.left_on),
    )
    for enrolment_id, sessions, hours in session.execute(
        select(ActivityEnrolment.id, func.count(ActivitySession.id),
               func.coalesce(func.sum(ActivitySession.hours_x100), 0))
        .join(ActivitySession, and_(ActivitySession.activity_id == ActivityEnrolment.activity_id,
                                    in_window))
        .where(ActivityEnrolment.id.in_(ids))
        .group_by(ActivityEnrolment.id)
    ):
        planned[enrolment_id] = (sessions, hours)
    existing = set(session.execute(
        select(ActivityEnrolment.id).where(ActivityEnrolment.id.in_(ids))).scalars())
    gone = [i for i in ids if i not in existing]
    if gone:
        session.execute(delete(AttendanceTotals).where(AttendanceTotals.enrolment_id.in_(gone)))
    result: dict[int, Totals] = {}
    rows = []
    for enrolment_id in ids:
        if enrolment_id not in existing:
            continue
        by_mark = counts[enrolment_id]
        present = by_mark.get(Mark.PRESENT.value, (0, 0))
        excused = by_mark.get(Mark.EXCUSED.value, (0, 0))
        unexcused = by_mark.get(Mark.UNEXCUSED.value, (0, 0))
        plan = planned.get(enrolment_id, (0, 0))
        totals = Totals(present[0], present[1], excused[0], excused[1], unexcused[0],
                        unexcused[1], plan[0], plan[1])
        result[enrolment_id] = totals
        rows.append(row_values(enrolment_id, totals))
    if rows:
        concurrency.upsert(session, AttendanceTotals, rows,
                           keys=[AttendanceTotals.enrolment_id],
                           update=[name for name in rows[0] if name != "enrolment_id"])
    return result


def row_values(enrolment_id: int, totals: Totals) -> dict[str, int]:
    return {
        "enrolment_id": enrolment_id,
        "present_sessions": totals.present_sessions,
        "present_hours_x100": totals.present_hours,
        "excused_sessions": totals.excused_sessions,
        "excused_hours_x100": totals.excused_hours,
        "unexcused_sessions": totals.unexcused_sessions,
        "unexcused_hours_x100": totals.unexcused_hours,
        "planned_sessions": totals.planned_sessions,
        "planned_hours_x100": totals.planned_hours,
    }
