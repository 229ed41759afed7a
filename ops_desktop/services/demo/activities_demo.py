"""Demo activities with schedules and filled attendance, from the seeds' own words:

- "Twoja Szansa" (Bartoszyce 2009): the four vocational courses of 12–13 people (nails,
  greenery, paving, finishing works), KIS editions I and II, the PAL workshops with day-care
  for the participants' children (surroundings, counted apart) and an integration trip;
  certificates already issued for the four courses, so the register can be printed at once;
- "Otwarci Na Jutro" (2009): the 40-hour vocational activation workshop, the support group of
  co-dependent people, social-skills workshops for the youth, parenting workshops with
  day-care for the children; individual consultations (psychologist, career adviser, lawyer);
- "Aktywna Integracja" (Włocławek 2011): the support groups (of 20 or so each), the support
  groups of disabled people, the socialisation group; consultations with specialists;
- "Postaw na siebie" (Jelenia Góra 2014): the Social Integration Club.

Activities, sessions and lists go through the services (validation, audit); the marks are
written in bulk (one `executemany` per activity) only where the rules allow a mark (the person
had started and not ended), and the maintained totals are refreshed in the same transaction.
Attendance is realistic: most people at 85–100%, some below the 80% threshold, a few with
many unexcused absences."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select

from ops_desktop.db.models import Participation
from ops_desktop.db.models.activities import AttendanceMark, SupportEntry
from ops_desktop.domain.activities import (
    ActivityDraft, ActivityForm, SpecialistKind, generate_schedule,
)
from ops_desktop.domain.attendance import Mark
from ops_desktop.domain.enums import ParticipationRole
from ops_desktop.services import (
    activities, attendance, attendance_totals, audit, certificates, instruments, projects,
)
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.demo.seed_projects import BARTOSZYCE, JELENIA_GORA, OTWARCI, WLOCLAWEK

D, T = dt.date, dt.time
MON, TUE, WED, THU, FRI, SAT = range(6)


@dataclass(frozen=True)
class Part:
    id: int
    start: dt.date | None
    end: dt.date | None
    surroundings: bool


@dataclass
class Tally:
    activities: int = 0
    sessions: int = 0
    marks: int = 0
    entries: int = 0
    certificates: int = 0


def add(ctx: ServiceContext, rng: random.Random) -> str:
    """Add demo activities; returns a short summary for the `demo` command's output."""
    tally = Tally()
    demo = _Demo(ctx, rng, tally)
    demo.bartoszyce()
    demo.otwarci()
    demo.wloclawek()
    demo.jelenia_gora()
    return (f"{tally.activities} zajęć, {tally.sessions} spotkań, {tally.marks} wpisów obecności, "
            f"{tally.entries} konsultacji, {tally.certificates} zaświadczeń")


class _Demo:
    def __init__(self, ctx: ServiceContext, rng: random.Random, tally: Tally):
        self.ctx, self.rng, self.tally = ctx, rng, tally
        self.instruments = {i.name: i.id for i in instruments.list_instruments(ctx)}

    # --- the projects ------------------------------------------------------------------------
    def bartoszyce(self) -> None:
        project, groups = self._project(BARTOSZYCE.title)
        place = "MOPS Bartoszyce, ul. Pieniężnego 10a"
        courses = (
            ("Kurs: pielęgnacja dłoni i stylizacja paznokci",
             "Pielęgnacja dłoni i stylizacja paznokci",
             "mgr Joanna Kaczmarczyk", (MON, WED, FRI), T(8), T(12),
             "BHP i higiena w usługach kosmetycznych\nBudowa i choroby skóry dłoni i paznokci\n"
             "Manicure klasyczny i pielęgnacja dłoni\n"
             "Stylizacja paznokci metodą żelową i akrylową\n"
             "Zdobienie paznokci\nObsługa klienta, wycena usługi\nEgzamin wewnętrzny"),
            ("Kurs: pracownik pielęgnacji zieleni", "Pracownik pielęgnacji zieleni",
             "inż. Tomasz Wierzbicki", (MON, WED, FRI), T(8), T(12),
             "BHP przy pracach ogrodniczych\nRozpoznawanie roślin ozdobnych\n"
             "Zakładanie i pielęgnacja trawników\nCięcie drzew i krzewów\n"
             "Obsługa sprzętu ogrodniczego\nPraktyka: tereny zielone wokół MOPS"),
            ("Kurs: brukarz", "Brukarz", "Zbigniew Kępiński", (MON, TUE, THU), T(7, 30), T(12, 30),
             "BHP na budowie\nMateriały: kostka brukowa, krawężniki, obrzeża\n"
             "Przygotowanie podłoża i podbudowy\nUkładanie nawierzchni — praktyka\n"
             "Kosztorysowanie prostych robót"),
            ("Kurs: technolog robót wykończeniowych w budownictwie",
             "Technolog robót wykończeniowych w budownictwie", "Ryszard Dębski",
             (MON, WED, FRI), T(7, 30), T(12, 30),
             "BHP i organizacja stanowiska pracy\nTynkowanie i gładzie\nMalowanie i tapetowanie\n"
             "Okładziny ścienne i podłogowe\nPraktyka: remont ciągów komunikacyjnych MOPS"),
        )
        for group_name, name, trainer, days, start, end, topics in courses:
            seed = next(g for g in BARTOSZYCE.groups if g.name == group_name)
            activity = self._activity(
                project, groups[group_name], name, ActivityForm.COURSE,
                "Kurs lub szkolenie zawodowe", trainer, f"{place} i zajęcia praktyczne w terenie",
                topics, days, seed.fixed[0], seed.fixed[1], start, end,
                self._parts(groups[group_name]))
            issued = certificates.issue(self.ctx, activity_id=activity,
                                        issued_on=seed.fixed[1] + dt.timedelta(days=7),
                                        include_participation=True)
            self.tally.certificates += len(issued.issued)
        for group_name, trainer in (("Klub Integracji Społecznej — edycja I", "mgr Ewa Sadowska"),
                                    ("Klub Integracji Społecznej — edycja II", "mgr Ewa Sadowska")):
            seed = next(g for g in BARTOSZYCE.groups if g.name == group_name)
            self._activity(
                project, groups[group_name], group_name, ActivityForm.KIS_EDITION,
                "Klub Integracji Społecznej (KIS)", trainer, f"{place}, sala KIS",
                "Zajęcia psychoedukacyjne (psycholog, pedagog)\nZajęcia prozawodowe (doradca "
                "zawodowy, prawnik)\nWarsztaty komputerowe, ceramiczne i wikliniarskie\n"
                "Zajęcia z rehabilitantem\nKształtowanie własnego wizerunku",
                (TUE,
                 THU), seed.fixed[0], seed.fixed[1], T(9), T(13), self._parts(groups[group_name]))
        pal = next(g for g in BARTOSZYCE.groups if g.kind.value == "pal_district")
        parts = self._parts(groups[pal.name])
        adults = [p for p in parts if not p.surroundings]
        children = [p for p in parts if p.surroundings]
        self._activity(project, groups[pal.name],
                       "PAL: trening kompetencji i umiejętności społecznych",
                       ActivityForm.PAL_EVENT, "Program Aktywności Lokalnej (PAL)",
                       "mgr Marta Zielińska (psycholog)", f"{place}, sala konferencyjna",
                       "Jak być dobrym rodzicem\nJak być dobrym sąsiadem\n"
                       "Jak być dobrym pracownikiem",
                       (WED,), pal.fixed[0], pal.fixed[1], T(15), T(18), adults)
        self._activity(project, groups[pal.name], "Zajęcia świetlicowe dla dzieci uczestników PAL",
                       ActivityForm.DAY_CARE,
                       "Opieka nad dziećmi i osobami zależnymi w czasie zajęć",
                       "Krystyna Wójcik (wychowawca świetlicy)", f"{place}, świetlica",
                       "Opieka i zajęcia świetlicowe w czasie zajęć rodziców",
                       (WED,), pal.fixed[0], pal.fixed[1], T(15), T(18), children)
        self._activity(project, groups[pal.name], "Wyjazd integracyjny uczestników PAL z rodzinami",
                       ActivityForm.TRIP, "Wyjazdy i imprezy integracyjne", "Marta Zielińska",
                       "Ośrodek wypoczynkowy nad jeziorem", "Spotkanie integracyjne rodzin",
                       (SAT,), D(2009, 9, 19), D(2009, 9, 19), T(9), T(17), parts)

    def otwarci(self) -> None:
        project, groups = self._project(OTWARCI.title)
        place = "OPS Śródmieście, Samopomocowy Klub Rodzin Śródmiejskich"
        unemployed = self._parts(groups["2009 — osoby bezrobotne"])
        first, last = self._window(unemployed, weeks=2, year=2009)
        self._activity(project, groups["2009 — osoby bezrobotne"],
                       "Warsztaty aktywizacji zawodowej (40 godz.)", ActivityForm.WORKSHOP,
                       "Warsztaty aktywizacji zawodowej", "Agnieszka Nowicka (doradca zawodowy)",
                       place, "Określenie indywidualnej ścieżki zawodowej\nRynek pracy i "
                       "źródła ofert\nDokumenty aplikacyjne: CV i list motywacyjny\n"
                       "Rozmowa kwalifikacyjna i autoprezentacja", (MON, TUE, WED, THU, FRI),
                       first, last, T(9), T(13),
                       self._active(unemployed, first), planned=4000)
        codependent = self._parts(groups["2009 — osoby współuzależnione"])
        first, last = self._window(codependent, weeks=12, year=2009)
        self._activity(project, groups["2009 — osoby współuzależnione"],
                       "Grupa wsparcia z elementami edukacyjnymi", ActivityForm.SUPPORT_GROUP,
                       "Grupa wsparcia lub samopomocowa", "mgr Halina Borkowska (terapeuta)", place,
                       "Mechanizmy współuzależnienia\nGranice i asertywność\nRadzenie sobie ze "
                       "stresem\nPlan na przyszłość", (TUE,), first, last, T(17), T(19),
                       self._active(codependent, first))
        youth = self._parts(groups["2009 — młodzież 15–25 lat"])
        first, last = self._window(youth, weeks=8, year=2009)
        self._activity(project, groups["2009 — młodzież 15–25 lat"],
                       "Warsztaty umiejętności społecznych",
                       ActivityForm.WORKSHOP, "Trening kompetencji i umiejętności społecznych",
                       "mgr Piotr Lis (pedagog)", place, "Komunikacja\nAsertywność\nPraca w grupie",
                       (THU,), first, last, T(16), T(19), self._active(youth, first))
        families = self._parts(groups["2009 — rodziny wieloproblemowe"])
        first, last = self._window([p for p in families if not p.surroundings], weeks=10, year=2009)
        self._activity(project, groups["2009 — rodziny wieloproblemowe"],
                       "Edukacyjne warsztaty kompetencji wychowawczych", ActivityForm.WORKSHOP,
                       "Trening kompetencji i umiejętności społecznych", "mgr Piotr Lis (pedagog)",
                       place, "Potrzeby dziecka\nGranice i konsekwencja\nKomunikacja w rodzinie",
                       (MON,), first, last, T(10), T(12),
                       self._active([p for p in families if not p.surroundings], first))
        self._activity(project, groups["2009 — rodziny wieloproblemowe"],
                       "Opieka nad dziećmi w czasie warsztatów", ActivityForm.DAY_CARE,
                       "Opieka nad dziećmi i osobami zależnymi w czasie zajęć",
                       "wolontariusze OPS", place, "Zajęcia opiekuńcze i pomoc w nauce",
                       (MON,), first, last, T(10), T(12),
                       self._active([p for p in families if p.surroundings], first))
        consultation = self._consultations(project, "Indywidualne konsultacje specjalistyczne",
                                           place)
        self._entries(consultation, youth, SpecialistKind.PSYCHOLOGIST, "mgr Anna Rutkowska",
                      "Indywidualna konsultacja psychologiczna", share=0.6, visits=(1, 4))
        self._entries(consultation, unemployed, SpecialistKind.CAREER_ADVISER,
                      "Agnieszka Nowicka", "Indywidualna ścieżka zawodowa — konsultacja",
                      share=0.7, visits=(1, 3))
        self._entries(consultation, codependent, SpecialistKind.LAWYER, "r.pr. Marek Żak",
                      "Poradnictwo prawne", share=0.3, visits=(1, 2))

    def wloclawek(self) -> None:
        project, groups = self._project(WLOCLAWEK.title)
        place = "MOPR Włocławek"
        topics = ("Kompetencje społeczne — wsparcie grupowe", "Umiejętności zawodowe — wsparcie "
                  "grupowe", "Poradnictwo pedagogiczne", "Poradnictwo prawne", "Zdrowie publiczne",
                  "Przeciwdziałanie przemocy", "Ratownictwo przedmedyczne",
                  "Profilaktyka uzależnień", "Indywidualny Plan Działania",
                  "Autoprezentacja z elementami wizażu", "Obsługa komputera", "Zdrowe żywienie")
        for group_name, size, label, days in (
                ("Grupy wsparcia", 20, "Grupa wsparcia nr {n}", (WED,)),
                ("Grupy wsparcia dla osób niepełnosprawnych", 20,
                 "Grupa wsparcia osób niepełnosprawnych nr {n}", (TUE,)),
                ("Grupa socjalizacyjna", 12, "Grupa socjalizacyjna", (THU,))):
            parts = sorted((p for p in self._parts(groups[group_name]) if p.start),
                           key=lambda p: (p.start, p.id))
            for n, start in enumerate(range(0, len(parts), size), start=1):
                chunk = parts[start:start + size]
                first = _next_weekday(max(p.start for p in chunk), days[0])
                last = min(first + dt.timedelta(weeks=10), WLOCLAWEK.end)
                if first > WLOCLAWEK.end:
                    continue
                self._activity(project, groups[group_name], label.format(n=n),
                               ActivityForm.SUPPORT_GROUP, "Grupa wsparcia lub samopomocowa",
                               self.rng.choice(("mgr Iwona Kowalewska", "mgr Tadeusz Lewandowski",
                                                "mgr Beata Szymańska")),
                               f"{place}, ul. Szpichlerna 2, sala {n + 10}", "\n".join(topics),
                               days, first, last, T(10), T(13), chunk, topics=list(topics))
        support = self._parts(groups["Grupy wsparcia"])
        consultation = self._consultations(project, "Poradnictwo specjalistyczne", place)
        self._entries(consultation, support, SpecialistKind.PSYCHOLOGIST, "mgr Ewa Pawlak",
                      "Poradnictwo psychologiczne", share=0.25, visits=(1, 3))
        self._entries(consultation, support, SpecialistKind.LAWYER, "r.pr. Jan Wiśniewski",
                      "Poradnictwo prawne", share=0.15, visits=(1, 2))
        self._entries(consultation, self._parts(groups["Moduł zawodowy"]),
                      SpecialistKind.CAREER_ADVISER, "Małgorzata Górska",
                      "Poradnictwo zawodowe przed kursem", share=0.5, visits=(1, 2))

    def jelenia_gora(self) -> None:
        project, groups = self._project(JELENIA_GORA.title)
        seed = next(g for g in JELENIA_GORA.groups if g.kind.value == "kis_edition")
        self._activity(project, groups[seed.name], "Klub Integracji Społecznej 2014",
                       ActivityForm.KIS_EDITION, "Klub Integracji Społecznej (KIS)",
                       "mgr Dorota Sikora", "MOPS Jelenia Góra, al. Jana Pawła II 7",
                       "Reintegracja społeczna\nReintegracja zawodowa\nPraca socjalna",
                       (MON, WED), seed.fixed[0], seed.fixed[1], T(9), T(13),
                       self._parts(groups[seed.name]))

    # --- building blocks -----------------------------------------------------------------------
    def _project(self, title: str) -> tuple[int, dict[str, int]]:
        project_id = projects.find_project_id(self.ctx, title=title)
        return project_id, {g.name: g.id for g in projects.list_groups(self.ctx,
                                                                       project_id=project_id)}

    def _parts(self, group_id: int) -> list[Part]:
        with self.ctx.reading() as session:
            rows = session.execute(
                select(Participation.id, Participation.start_date, Participation.end_date,
                       Participation.role)
                .where(Participation.group_id == group_id,
                       Participation.status.in_(("participant", "completed", "dropped_out")))
                .order_by(Participation.id)).all()
        return [Part(i, s, e, r == ParticipationRole.SURROUNDINGS.value) for i, s, e, r in rows]

    @staticmethod
    def _active(parts: list[Part], day: dt.date) -> list[Part]:
        """Those who have started by the first week and not ended before it."""
        return [p for p in parts if p.start and p.start <= day + dt.timedelta(days=7)
                and (p.end is None or p.end >= day)]

    @staticmethod
    def _window(parts: list[Part], *, weeks: int, year: int) -> tuple[dt.date, dt.date]:
        """The Monday-started span of `weeks` weeks that most people's participation covers."""
        best, best_count = _next_weekday(D(year, 1, 1), MON), -1
        monday = best
        while monday.year == year:
            end = monday + dt.timedelta(weeks=weeks, days=-3)
            count = sum(1 for p in parts if p.start and p.start <= monday
                        and (p.end is None or p.end >= end))
            if count > best_count:
                best, best_count = monday, count
            monday += dt.timedelta(weeks=1)
        return best, min(best + dt.timedelta(weeks=weeks, days=-3), D(year, 12, 31))

    def _activity(self, project_id: int, group_id: int | None, name: str, form: ActivityForm,
                  instrument: str, trainer: str, place: str, programme: str,
                  days: tuple[int, ...], first: dt.date, last: dt.date, start: dt.time,
                  end: dt.time, people: list[Part], *, planned: int | None = None,
                  topics: list[str] | None = None) -> int:
        lines = topics or [t for t in programme.splitlines() if t.strip()]
        drafts = generate_schedule(weekdays=set(days), first_day=first, last_day=last,
                                   time_from=start, time_to=end)
        for n, draft in enumerate(drafts):   # the programme spread over the schedule in order
            draft.topic = lines[n * len(lines) // len(drafts)] if topics is None else \
                lines[n % len(lines)]
        view = activities.create_activity(self.ctx, draft=ActivityDraft(
            project_id=project_id, name=name, form=form, instrument_id=self.instruments.get(
                instrument),
            group_id=group_id, trainer=trainer, place=place,
            planned_hours=planned if planned is not None else sum(d.hours for d in drafts),
            topics=programme))
        activities.add_sessions(self.ctx, activity_id=view.id, drafts=drafts)
        activities.enrol(self.ctx, activity_id=view.id, participation_ids=[p.id for p in people])
        self._attendance(view.id)
        self.tally.activities += 1
        self.tally.sessions += len(drafts)
        return view.id

    def _attendance(self, activity_id: int) -> None:
        """Marks for everyone on every day they may be marked, in one bulk insert."""
        rng = self.rng
        with self.ctx.transaction() as session:
            people = attendance.grid_people(session, activity_id)
            sessions = activities.session_views(session, activity_id)
            rows = []
            for person in people:
                kind = rng.random()
                rate = (rng.uniform(0.86, 1.0) if kind < 0.82 else
                        rng.uniform(0.65, 0.86) if kind < 0.96 else rng.uniform(0.35, 0.65))
                careless = rng.random() < 0.12   # mostly unexcused when absent
                for s in sessions:
                    if not person.may_attend(s.day):
                        continue
                    if rng.random() < rate:
                        mark = Mark.PRESENT
                    else:
                        excused = rng.random() < (0.2 if careless else 0.65)
                        mark = Mark.EXCUSED if excused else Mark.UNEXCUSED
                    rows.append({"session_id": s.id, "enrolment_id": person.enrolment_id,
                                 "mark": mark.value})
            if rows:
                session.execute(insert(AttendanceMark), rows)
            attendance_totals.refresh_activity(session, activity_id)
            audit.record(session, self.ctx.actor, "demo_attendance", "activity", activity_id,
                         marks=len(rows))
        self.tally.marks += len(rows)

    def _consultations(self, project_id: int, name: str, place: str) -> int:
        view = activities.create_activity(self.ctx, draft=ActivityDraft(
            project_id=project_id, name=name, form=ActivityForm.CONSULTATION,
            instrument_id=self.instruments.get(
                "Poradnictwo specjalistyczne (prawne, rodzinne, psychologiczne)"),
            trainer="specjaliści projektu", place=place,
            topics="Poradnictwo psychologiczne\nPoradnictwo zawodowe\nPoradnictwo prawne"))
        self.tally.activities += 1
        return view.id

    def _entries(self, activity_id: int, parts: list[Part], kind: SpecialistKind, specialist: str,
                 topic: str, *, share: float, visits: tuple[int, int]) -> None:
        rng = self.rng
        rows = []
        for part in parts:
            if part.surroundings or part.start is None or rng.random() > share:
                continue
            end = part.end or part.start + dt.timedelta(days=60)
            span = max((end - part.start).days, 0)
            for _ in range(rng.randint(*visits)):
                day = part.start + dt.timedelta(days=rng.randint(0, span))
                while day.weekday() >= SAT:
                    day -= dt.timedelta(days=1)
                day = max(day, part.start)
                hour = rng.choice((9, 10, 11, 12, 13, 14))
                rows.append({
                    "participation_id": part.id, "activity_id": activity_id, "day": day,
                    "time_from": T(hour), "time_to": T(hour + 1), "hours_x100": 100,
                    "topic": topic, "specialist": specialist, "specialist_kind": kind.value,
                    "created_at": dt.datetime.combine(day, T(hour + 1)),
                })
        if rows:
            with self.ctx.transaction() as session:
                session.execute(insert(SupportEntry), rows)
                audit.record(session, self.ctx.actor, "demo_support_entries", "activity",
                             activity_id, entries=len(rows))
        self.tally.entries += len(rows)


def _next_weekday(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
