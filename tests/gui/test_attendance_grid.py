"""The attendance grid filled with the keyboard alone: arrows, O/U/N, space, "all present"
(Ctrl+Shift+O); what is stored and the hours and percentages shown update at once; a
refused mark says why and stores nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ops_desktop.domain.attendance import Mark
from ops_desktop.domain.enums import RecruitmentStatus
from ops_desktop.services import activities, attendance
from ops_desktop.ui.activities.attendance_model import AttendanceModel
from ops_desktop.ui.activities.attendance_grid import AttendanceGrid
from tests import factories
from tests.unit.services.test_attendance import course_with_schedule

K = Qt.Key


def _stored(ctx, activity_id):
    grid = attendance.grid(ctx, activity_id=activity_id)
    names = {p.enrolment_id: p.name for p in grid.people}
    numbers = {s.id: s.number for s in grid.sessions}
    return {(names[e], numbers[s]): m for (e, s), m in grid.marks.items()}, grid


def test_grid_filled_with_the_keyboard_alone(qtbot, ctx):
    _, activity, _ = course_with_schedule(ctx, people=3, surroundings=1)
    widget = AttendanceGrid(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.load(activity.id)
    view, model = widget.view, widget.model
    assert model.rowCount() == 4 and model.columnCount() == 2 + 10
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 2
    view.setFocus()
    # session 1, straight down the paper list: O, O, U, O (the cursor moves down by itself)
    for key in (K.Key_O, K.Key_O, K.Key_U, K.Key_O):
        qtbot.keyClick(view, key)
    # after the last person the cursor is at the top of session 2
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 3)
    qtbot.keyClick(view, K.Key_N)            # person 1 unexcused in session 2
    qtbot.keyClick(view, K.Key_Down)
    qtbot.keyClick(view, K.Key_Right)        # person 3, session 3
    qtbot.keyClick(view, K.Key_O)
    qtbot.keyClick(view, K.Key_Up)           # back to person 3, session 3 … and clear it
    qtbot.keyClick(view, K.Key_Space)
    qtbot.keyClick(view, K.Key_Left)         # person 3 (cursor moved down), session 2
    qtbot.keyClick(view, K.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    stored, grid = _stored(ctx, activity.id)
    first, second, third, child = (p.name for p in grid.people)
    assert stored == {
        (first, 1): Mark.PRESENT, (second, 1): Mark.PRESENT, (third, 1): Mark.EXCUSED,
        (child, 1): Mark.PRESENT,
        (first, 2): Mark.UNEXCUSED, (second, 2): Mark.PRESENT, (third, 2): Mark.PRESENT,
        (child, 2): Mark.PRESENT,
    }
    # hours and percentages on screen equal the stored totals (10 sessions × 4 h = 40 h)
    hours = [model.data(model.index(r, AttendanceModel.HOURS)) for r in range(4)]
    pct = [model.data(model.index(r, AttendanceModel.PCT)) for r in range(4)]
    assert hours == ["4/40", "8/40", "4/40", "8/40"]
    assert pct == ["10,0%", "20,0%", "10,0%", "20,0%"]
    assert [p.totals.present_hours for p in grid.people] == [400, 800, 400, 800]
    assert model.data(model.index(0, 3)) == "N" and model.data(model.index(2, 2)) == "U"


def test_a_refused_mark_says_why_and_stores_nothing(qtbot, ctx):
    project, activity, _ = course_with_schedule(ctx, people=1, surroundings=0)
    waiting = factories.person(ctx, "Czekający", "Żak")
    view_, _ = factories.enrol(ctx, waiting.id, project, status=RecruitmentStatus.QUALIFIED)
    activities.enrol(ctx, activity_id=activity.id, participation_ids=[view_.id])
    widget = AttendanceGrid(ctx)
    qtbot.addWidget(widget)
    widget.load(activity.id)
    row = next(r for r in range(2) if widget.model.person(r).name == "Żak Czekający")
    assert not widget.model.may_mark(row, 2)
    widget.view.setCurrentIndex(widget.model.index(row, 2))
    qtbot.keyClick(widget.view, K.Key_O)
    assert "jeszcze się nie rozpoczął" in widget.message.text()
    assert attendance.grid(ctx, activity_id=activity.id).marks == {}
    assert widget.view.currentIndex().row() == row  # did not move on


def test_attendance_model_passes_the_model_tester(qtmodeltester, ctx):
    _, activity, grid = course_with_schedule(ctx, people=2, surroundings=1)
    model = AttendanceModel(ctx)
    model.load(activity.id)
    qtmodeltester.check(model)
    assert model.may_mark(0, 2) and model.session_at(1) is None
    assert grid.sessions[0].day == dt.date(2011, 3, 1)
