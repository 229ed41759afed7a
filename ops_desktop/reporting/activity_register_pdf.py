"""The activity register (dziennik zajęć): what the activity is, its sessions with dates,
topics, hours and how many attended, and each person's attendance summary (hours, %,
absences, completion, certificate number). Participants and surroundings apart; more than
the flag limit of unexcused absence is marked with "!"."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm

from ops_desktop.domain.activities import format_hours
from ops_desktop.domain.attendance import (
    ActivityRegisterView, RegisterPerson, format_pct, meets_threshold, unexcused_flag,
)
from ops_desktop.reporting.activity_texts import (
    FORM_NAMES, compact_table, date_text, header_for, unit_adjective,
)
from ops_desktop.reporting.document import (
    MARGIN, PAGE_WIDTH, build_pdf, para, signature_block, spacer, table,
)

CONTENT = PAGE_WIDTH - 2 * MARGIN


def render_activity_register(view: ActivityRegisterView, out: BinaryIO) -> None:
    scheduled = sum(s.hours for s in view.sessions)
    info = [
        ["Projekt", view.project_title],
        ["Zajęcia", f"{view.activity_name} ({FORM_NAMES[view.form]})"],
        ["Grupa", view.group_name or "—"],
        ["Instrument aktywnej integracji", view.instrument_name or "—"],
        ["Prowadzący", view.trainer], ["Miejsce", view.place],
        ["Godziny", f"zaplanowane {format_hours(view.planned_hours)}, w harmonogramie "
                    f"{format_hours(scheduled)} ({unit_adjective(view.hour_minutes)} godzina)"],
        ["Próg ukończenia", f"{view.threshold_pct}% godzin"],
    ]
    story: list = [para("DZIENNIK ZAJĘĆ", "title"), para(view.activity_name, "subtitle"),
                   table(info, [48 * mm, CONTENT - 48 * mm], header_rows=0)]
    if view.topics:
        story += [para("Program zajęć", "h1"),
                  para("\n".join(f"{n}. {t}" for n, t in enumerate(view.topics, start=1)))]
    story += [para("Spotkania", "h1"), _sessions(view), spacer(2),
              para(f"Razem: {len(view.sessions)} spotkań, {format_hours(scheduled)} godz.", "body")]
    participants = [p for p in view.people if not p.surroundings]
    surroundings = [p for p in view.people if p.surroundings]
    story += [para(f"Uczestnicy ({len(participants)})", "h1"), _people(view, participants)]
    if surroundings:
        story += [para(f"Otoczenie uczestników, liczone osobno ({len(surroundings)})", "h1"),
                  _people(view, surroundings)]
    completed = sum(1 for p in participants if _completes(view, p))
    story += [spacer(2), para(
        f"Ukończyło (obecność ≥ {view.threshold_pct}%): {completed} z {len(participants)}. "
        "Uspr. / Nieuspr. — godziny nieobecności usprawiedliwionych i nieusprawiedliwionych; "
        f"„!” — nieusprawiedliwione powyżej {view.flag_pct}% godzin.", "small"),
        signature_block(["podpis prowadzącego", "podpis koordynatora projektu"])]
    office = view.office
    build_pdf(out, header_for(office.name, office.address, view.funding_line,
                              f"Dziennik zajęć — {view.activity_name}"), story)


def _sessions(view: ActivityRegisterView):
    rows: list[list[object]] = [["Nr", "Data", "Godziny", "Godz.", "Temat", "Obecni"]]
    for s in view.sessions:
        present = str(s.present_participants)
        if s.present_surroundings:
            present += f" + {s.present_surroundings} ot."
        rows.append([str(s.number), date_text(s.day), s.time_text, format_hours(s.hours), s.topic,
                     present])
    if not view.sessions:
        rows.append(["", "", "", "", "Brak spotkań.", ""])
    return compact_table(rows, [9 * mm, 20 * mm, 22 * mm, 13 * mm, CONTENT - 84 * mm, 20 * mm])


def _completes(view: ActivityRegisterView, person: RegisterPerson) -> bool:
    return not person.left and meets_threshold(person.totals.present_hours,
                                               person.totals.planned_hours, view.threshold_pct)


def _people(view: ActivityRegisterView, people: list[RegisterPerson]):
    rows: list[list[object]] = [["Lp.", "Imię i nazwisko", "Obecność godz.", "%",
                                 "Uspr.", "Nieuspr.", "Ukończenie", "Zaświadczenie"]]
    for n, p in enumerate(people, start=1):
        t = p.totals
        flag = " !" if unexcused_flag(t.unexcused_hours, t.planned_hours, view.flag_pct) else ""
        done = "przerwał(a)" if p.left else ("tak" if _completes(view, p) else "nie")
        if p.surroundings:
            done = "—"
        rows.append([str(n), p.name,
                     f"{format_hours(t.present_hours)} z {format_hours(t.planned_hours)}",
                     format_pct(t.pct), format_hours(t.excused_hours),
                     format_hours(t.unexcused_hours) + flag, done, p.certificate])
    if not people:
        rows.append(["", "—", "", "", "", "", "", ""])
    return compact_table(rows, [8 * mm, CONTENT - 126 * mm, 22 * mm, 15 * mm, 14 * mm, 17 * mm,
                                21 * mm, 29 * mm])
