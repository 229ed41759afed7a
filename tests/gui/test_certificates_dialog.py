"""Certificates: the dialog issues completion certificates only to those at or above the
threshold who completed, participation ones only when asked; numbers run on in the year's
register across activities; the batch prints in the background into one PDF, and a reprint
keeps its number and says DUPLIKAT."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import Qt
from pypdf import PdfReader

from ops_desktop.domain.activities import ActivityDraft, generate_schedule
from ops_desktop.domain.attendance import Mark, MarkChange
from ops_desktop.domain.certificates import CertificateKind
from ops_desktop.domain.enums import Sex
from ops_desktop.reporting.certificate_pdf import render_certificates
from ops_desktop.services import activities, attendance, certificates
from ops_desktop.ui.activities.certificates_dialog import CertificatesDialog
from tests import factories

T = dt.time


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _course(ctx, project, name, people, rates, left=()):
    """An activity of 10 sessions; person i attends the first rates[i] sessions."""
    activity = activities.create_activity(ctx, draft=ActivityDraft(
        project_id=project.id, name=name, topics="Autoprezentacja\nRozmowa kwalifikacyjna"))
    activities.add_sessions(ctx, activity_id=activity.id, drafts=generate_schedule(
        weekdays={1, 3}, first_day=dt.date(2011, 3, 1), last_day=dt.date(2011, 3, 31),
        time_from=T(9), time_to=T(13)))
    activities.enrol(ctx, activity_id=activity.id, participation_ids=people)
    grid = attendance.grid(ctx, activity_id=activity.id)
    by_participation = {e.participation_id: e.id for e in
                        activities.list_enrolments(ctx, activity_id=activity.id)}
    changes = []
    for participation_id, present in zip(people, rates, strict=True):
        enrolment_id = by_participation[participation_id]
        for n, s in enumerate(grid.sessions):
            changes.append(MarkChange(enrolment_id, s.id,
                                      Mark.PRESENT if n < present else Mark.UNEXCUSED))
    attendance.set_marks(ctx, activity_id=activity.id, changes=changes)
    for participation_id in left:
        enrolment_id = by_participation[participation_id]
        later = [MarkChange(enrolment_id, s.id, None) for s in grid.sessions[8:]]
        attendance.set_marks(ctx, activity_id=activity.id, changes=later)
        activities.set_left(ctx, enrolment_id=enrolment_id, left_on=grid.sessions[7].day)
    return activity


def _people(ctx, project, names):
    result = []
    for first, last, sex in names:
        person = factories.person(ctx, first, last, sex=sex, born=dt.date(1979, 4, 2))
        view, _ = factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
        result.append(view.id)
    return result


def test_dialog_issues_completion_above_threshold_and_numbers_run_on(qtbot, ctx, tmp_path):
    project = factories.project(ctx, "Aktywna Integracja",
                                funding_line="Projekt współfinansowany z EFS")
    people = _people(ctx, project, [("Małgorzata", "Wróblewska", Sex.FEMALE),
                                    ("Jerzy", "Ślusarczyk", Sex.MALE),
                                    ("Anna", "Żebrowska", Sex.FEMALE),
                                    ("Piotr", "Łukasiewicz", Sex.MALE)])
    # 100%, 80% (exactly the threshold), 70%, and one who left after 8 of 8 sessions of theirs
    course = _course(ctx, project, "Warsztaty aktywizacji zawodowej", people, [10, 8, 7, 10],
                     left=[people[3]])
    dialog = CertificatesDialog(ctx, activity_id=course.id)
    qtbot.addWidget(dialog)
    proposed = {c.name: c.proposed for c in dialog.candidates()}
    assert proposed == {
        "Wróblewska Małgorzata": CertificateKind.COMPLETION,
        "Ślusarczyk Jerzy": CertificateKind.COMPLETION,
        "Żebrowska Anna": CertificateKind.PARTICIPATION,
        "Łukasiewicz Piotr": CertificateKind.PARTICIPATION,   # 100% of his days, but he left
    }
    assert not dialog.participation.isChecked()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = {c.name: (c.certificate_number, c.certificate_kind) for c in dialog.candidates()}
    assert issued["Ślusarczyk Jerzy"] == ("1/2011", CertificateKind.COMPLETION)
    assert issued["Wróblewska Małgorzata"] == ("2/2011", CertificateKind.COMPLETION)
    assert issued["Żebrowska Anna"] == ("", None) and issued["Łukasiewicz Piotr"] == ("", None)
    assert "2 os. poniżej progu" in dialog.message.text()

    # another activity of the same year continues the register
    others = _people(ctx, project, [("Ewa", "Kołodziej", Sex.FEMALE)])
    second = _course(ctx, project, "Kurs komputerowy", others, [9])
    certificates.issue(ctx, activity_id=second.id, issued_on=dt.date(2011, 4, 2),
                       include_participation=False)

    dialog.participation.setChecked(True)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = {c.name: (c.certificate_number, c.certificate_kind) for c in dialog.candidates()}
    assert issued["Łukasiewicz Piotr"] == ("4/2011", CertificateKind.PARTICIPATION)
    assert issued["Żebrowska Anna"] == ("5/2011", CertificateKind.PARTICIPATION)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)   # nothing new
    register = certificates.register(ctx, year=2011)
    assert [r.number for r in register.rows] == ["1/2011", "2/2011", "3/2011", "4/2011", "5/2011"]
    assert [r.activity_name for r in register.rows][2] == "Kurs komputerowy"

    # the whole batch printed in the background into one PDF, then saved from the preview
    qtbot.mouseClick(dialog.print_all_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.runner.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.preview.page_count() == 4
    text = _text(dialog.preview.pdf)
    for expected in ("Małgorzata Wróblewska", "Jerzy Ślusarczyk", "nr 1/2011", "nr 5/2011",
                     "o ukończeniu", "o uczestnictwie", "ukończyła", "uczestniczyła",
                     "40 godzin zegarowych", "Autoprezentacja", "PESEL"):
        assert expected in text, expected
    assert "DUPLIKAT" not in text
    dialog.preview.save_to(tmp_path / "zaswiadczenia.pdf")
    assert all(r.prints == 1 for r in certificates.register(ctx, activity_id=course.id).rows)

    # a reprint keeps the number and is marked as a duplicate
    ids = certificates.certificate_ids(ctx, activity_id=course.id)
    buffer = io.BytesIO()
    render_certificates(certificates.iter_views(ctx, certificate_ids=ids[:1]), buffer, total=1)
    reprint = _text(buffer.getvalue())
    assert "DUPLIKAT" in reprint and "nr 1/2011" in reprint


def test_cancelled_batch_leaves_no_pdf_and_records_no_print(qtbot, ctx):
    from ops_desktop.domain.progress import Cancelled, Progress

    project = factories.project(ctx, "Twoja Szansa")
    people = _people(ctx, project, [(f"Osoba{i}", "Ćwik", Sex.MALE) for i in range(3)])
    course = _course(ctx, project, "Brukarz", people, [10, 10, 10])
    certificates.issue(ctx, activity_id=course.id, issued_on=dt.date(2011, 5, 5),
                       include_participation=False)
    ids = certificates.certificate_ids(ctx, activity_id=course.id)
    progress = Progress(lambda done, total, _t: progress.cancel() if done == 2 else None)
    buffer = io.BytesIO()
    try:
        render_certificates(certificates.iter_views(ctx, certificate_ids=ids), buffer,
                            total=len(ids), progress=progress)
    except Cancelled:
        pass
    else:  # pragma: no cover
        raise AssertionError("not cancelled")
    assert buffer.getvalue() == b""
    assert all(r.prints == 0 for r in certificates.register(ctx, year=2011).rows)


def test_surroundings_get_no_certificates(ctx):
    from ops_desktop.domain.enums import ParticipationRole

    project = factories.project(ctx, "Otwarci Na Jutro")
    people = _people(ctx, project, [("Jan", "Nowak", Sex.MALE)])
    child = factories.person(ctx, "Staś", "Nowak", born=dt.date(2004, 1, 1))
    view, _ = factories.enrol(ctx, child.id, project, start=dt.date(2011, 2, 1),
                              role=ParticipationRole.SURROUNDINGS)
    course = _course(ctx, project, "Opieka nad dziećmi", [*people, view.id], [10, 10])
    assert [c.name for c in certificates.candidates(ctx, activity_id=course.id)] == ["Nowak Jan"]
    result = certificates.issue(ctx, activity_id=course.id, issued_on=dt.date(2011, 6, 1),
                                include_participation=True)
    assert result.numbers == ("1/2011",)
