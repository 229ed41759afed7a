"""The social contract on paper, following the structure of the 2010 template (Dz.U. 2010
nr 218 poz. 1439): Part I (parties, assessment, goals, agreed actions, the office's support,
evaluation dates, clauses, signatures), Part II (evaluations, amendments, final assessment,
end or termination) and each amendment (aneks) with the parts it changes.

    render_contract(view, out)              # Part I as signed, Part II, every aneks
    render_contract(view_with_amendment=N)  # aneks N + Part I as it stands after it
    (view.amendment == 0)                   # Part I as originally signed

Long texts are paragraphs, never table cells, so they flow over pages; a table falls back to
paragraphs when a cell is too long to fit a page."""

from __future__ import annotations

from dataclasses import asdict
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from ops_desktop.domain.contract_views import ContractPrintView, PartOne
from ops_desktop.domain.contracts import ContractStatus, ContractVariant
from ops_desktop.domain.contract_labels import printed_label
from ops_desktop.reporting.print_forms import (
    BLANK, date_text, money_text, or_blank, versions_text,
)
from ops_desktop.reporting.document import DocumentHeader, build_pdf, para, table
from ops_desktop.reporting.print_parts import (
    PLAIN, WIDTH, heading, signature_grid, table_or_paragraphs,
)

SECTIONS = ("parties", "assessment", "goals", "actions", "support", "evaluations")
DATE_COLUMN = 25 * mm


def render_contract(view: ContractPrintView, out: BinaryIO) -> None:
    """Write the PDF of `view` (see the module docstring for what is printed) into `out`."""
    contract = view.contract
    story: list[Flowable] = []
    if view.amendment is None:
        first = contract.original or contract.part_one
        story += _part_one(view, first, title_note="")
        story += [PageBreak(), *_part_two(view)]
        previous = first
        for item in contract.amendments:
            story += [PageBreak(), *_amendment(view, item.number, previous)]
            previous = item.content
    elif view.amendment == 0:
        story += _part_one(view, contract.version(0), title_note="")
    else:
        before = contract.version(view.amendment - 1)
        story += _amendment(view, view.amendment, before)
        story += [PageBreak(), *_part_one(
            view, contract.version(view.amendment),
            title_note=f"tekst jednolity części I po zmianach wprowadzonych aneksem nr "
                       f"{view.amendment}")]
    build_pdf(out, _header(view), story)


def document_name(view: ContractPrintView) -> str:
    """A file name for the printout: "KS-1-2011.pdf", "KS-1-2011-aneks-2.pdf"."""
    number = view.contract.number or f"projekt-{view.contract.id}"
    safe = "".join(ch if ch.isalnum() else "-" for ch in number).strip("-")
    if view.amendment:
        return f"{safe}-aneks-{view.amendment}.pdf"
    return f"{safe}-pierwotny.pdf" if view.amendment == 0 else f"{safe}.pdf"


# --- Part I -------------------------------------------------------------------------------

def _part_one(view: ContractPrintView, part: PartOne, *, title_note: str) -> list[Flowable]:
    contract = view.contract
    story: list[Flowable] = [
        para(f"KONTRAKT SOCJALNY nr {contract.number or BLANK}", "title"),
        para(printed_label(part.draft.variant), "subtitle"),
    ]
    if contract.status is ContractStatus.DRAFT:
        story.append(para("PROJEKT — dokument niepodpisany", "subtitle"))
    if title_note:
        story.append(para(title_note, "subtitle"))
    story.append(heading("CZĘŚĆ I", "h1"))
    for key in SECTIONS:
        story += _SECTION_BUILDERS[key](view, part)
    story += [heading("6. Postanowienia kontraktu", "h1"), para(view.clauses)]
    story += _signatures(view, part)
    return story


def _parties(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    draft, contract = part.draft, view.contract
    story: list[Flowable] = [para(
        f"zawarty dnia {date_text(contract.signed_on)} w miejscowości {or_blank(draft.place)} "
        "pomiędzy:")]
    return story + _parties_table(view, part)


def _parties_changed(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    place = part.draft.place.strip()
    return [heading("Strony, projekt i okres obowiązywania kontraktu"),
            *_parties_table(view, part),
            *([para(f"Miejsce zawarcia kontraktu: {place}.", "small")] if place else [])]


def _parties_table(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    draft = part.draft
    story: list[Flowable] = []
    rows = [
        ["Ośrodek", f"{view.office_name}, {view.office_address}".strip(", ")],
        ["reprezentowany przez pracownika socjalnego", or_blank(draft.caseworker_name)],
        ["a osobą", part.person.full_name],
        ["PESEL", part.person.pesel or BLANK],
        ["adres zamieszkania", or_blank(part.person.address)],
    ]
    if draft.variant is ContractVariant.B:
        referral = (f"nr {or_blank(draft.referral_number)} "
                    f"z dnia {date_text(draft.referral_date)}")
        rows.append(["skierowanie z powiatowego urzędu pracy", referral])
    rows += [
        ["projekt", part.project_title + (f" — {part.group_name}" if part.group_name else "")],
        ["okres obowiązywania kontraktu",
         f"od {date_text(draft.period_from)} do {date_text(draft.period_to)}"],
    ]
    story.append(table(rows, [62 * mm, WIDTH - 62 * mm], header_rows=0, plain_short=PLAIN))
    if draft.family:
        story += [heading("Członkowie rodziny objęci kontraktem:", "h2"), table(
            [["Lp.", "Imię i nazwisko", "PESEL", "Stopień pokrewieństwa"]]
            + [[str(i), f"{m.first_name} {m.last_name}", m.pesel or "—", m.relation or "—"]
               for i, m in enumerate(draft.family, start=1)],
            [10 * mm, 70 * mm, 35 * mm, WIDTH - 115 * mm], plain_short=PLAIN)]
    return story


def _assessment(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    a = part.draft.assessment
    items = [("1.1. Przyczyny trudnej sytuacji życiowej", a.causes),
             ("1.2. Zasoby i mocne strony", a.resources),
             ("1.3. Ograniczenia i problemy", a.limitations)]
    if part.draft.variant is ContractVariant.B:
        items += [("1.4. Wykształcenie i zawód wyuczony",
                   "; ".join(t for t in (a.education, a.profession) if t.strip())),
                  ("1.5. Przebieg pracy zawodowej", a.work_history),
                  ("1.6. Dotychczasowa aktywizacja zawodowa i przyczyny jej niepowodzenia",
                   a.earlier_activation)]
    story: list[Flowable] = [heading("1. Ocena sytuacji osoby (rodziny)", "h1")]
    for title, text in items:
        story += [heading(title, "h2"), para(or_blank(text))]
    return story


def _goals(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    goals = [g for g in part.draft.specific_goals if g.strip()]
    story: list[Flowable] = [heading("2. Cele kontraktu", "h1"), heading("Cel główny:", "h2"),
                             para(or_blank(part.draft.main_goal)), heading("Cele szczegółowe:",
                                                                           "h2")]
    story += [para(f"{i}) {goal}") for i, goal in enumerate(goals, start=1)] or [para(BLANK)]
    return story


def _actions(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    header = ["Lp.", "Działanie", "Realizator", "Termin", "Sposób sprawdzenia"]
    rows = []
    for i, action in enumerate(part.draft.actions, start=1):
        who = printed_label(action.by) if action.by else BLANK
        if action.by_other.strip():
            who = f"{who}: {action.by_other.strip()}"
        rows.append([str(i), or_blank(action.description), who, date_text(action.deadline, ""),
                     or_blank(action.verification)])
    widths = [10 * mm, 66 * mm, 34 * mm, DATE_COLUMN, WIDTH - 110 * mm - DATE_COLUMN]
    return [heading("3. Uzgodnione działania", "h1"), *table_or_paragraphs(header, rows, widths)]


def _support(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    draft = part.draft
    story: list[Flowable] = [heading("4. Wsparcie udzielane przez ośrodek", "h1"),
                             heading("4.1. Instrumenty aktywnej integracji", "h2")]
    if draft.instruments:
        story.append(table(
            [["Lp.", "Rodzaj instrumentu", "Instrument", "Uwagi"]]
            + [[str(i), printed_label(c.category) if c.category else "", c.name, c.details]
               for i, c in enumerate(draft.instruments, start=1)],
            [10 * mm, 30 * mm, 90 * mm, WIDTH - 130 * mm], plain_short=PLAIN))
    else:
        story.append(para("Nie przewidziano."))
    story.append(heading("4.2. Świadczenia", "h2"))
    if draft.benefits:
        rows = [["Lp.", "Rodzaj i przeznaczenie", "Kwota", "Decyzja nr", "z dnia", "Wkład własny"]]
        for i, b in enumerate(draft.benefits, start=1):
            kind = printed_label(b.kind) + (f": {b.description}" if b.description.strip() else "")
            rows.append([str(i), kind, money_text(b.amount), b.decision_number or "—",
                         date_text(b.decision_date, "—"), "tak" if b.own_contribution else "nie"])
        rows.append(["", "Razem", money_text(sum(b.amount for b in draft.benefits)), "", "", ""])
        story.append(table(rows, [10 * mm, 56 * mm, 26 * mm, 30 * mm, DATE_COLUMN,
                                  WIDTH - 122 * mm - DATE_COLUMN], plain_short=PLAIN))
    else:
        story.append(para("Nie przewidziano."))
    return story


def _evaluations(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    dates = [date_text(e.planned_on) for e in part.draft.evaluations if e.planned_on]
    return [heading("5. Terminy oceny realizacji kontraktu", "h1"),
            para(", ".join(dates) if dates else BLANK)]


_SECTION_BUILDERS = {"parties": _parties, "assessment": _assessment, "goals": _goals,
                     "actions": _actions, "support": _support, "evaluations": _evaluations}


def _signatures(view: ContractPrintView, part: PartOne) -> list[Flowable]:
    approver = " ".join(t for t in (view.head_title, view.head_name) if t) or "kierownik ośrodka"
    second = [f"zatwierdzam: {approver}"]
    if part.draft.family:
        second.insert(0, "podpisy członków rodziny objętych kontraktem")
    return [signature_grid([["podpis osoby zawierającej kontrakt", "podpis pracownika socjalnego"],
                            second])]


# --- Part II ------------------------------------------------------------------------------

def _part_two(view: ContractPrintView) -> list[Flowable]:
    contract = view.contract
    draft = contract.draft
    story: list[Flowable] = [
        para(f"KONTRAKT SOCJALNY nr {contract.number or BLANK}", "title"),
        para("CZĘŚĆ II — ocena realizacji kontraktu", "subtitle"),
        para(f"Osoba: {contract.part_one.person.full_name}; kontrakt zawarty w dniu "
             f"{date_text(contract.signed_on)} na okres od {date_text(draft.period_from)} "
             f"do {date_text(draft.period_to)}."),
        heading("1. Oceny okresowe", "h1"),
    ]
    header = ["Lp.", "Termin planowany", "Data oceny", "Ustalenia i ocena postępów", "Podpisy"]
    rows = [[str(i), date_text(e.planned_on, "—"), date_text(e.done_on, ""), e.findings.strip(), ""]
            for i, e in enumerate(draft.evaluations, start=1)]
    story += table_or_paragraphs(header, rows, [10 * mm, DATE_COLUMN, DATE_COLUMN, 84 * mm,
                                                 WIDTH - 94 * mm - 2 * DATE_COLUMN])
    story.append(heading("2. Aneksy do kontraktu", "h1"))
    if contract.amendments:
        story += table_or_paragraphs(
            ["Nr", "Data", "Zakres zmian"],
            [[str(a.number), date_text(a.signed_on), a.scope] for a in contract.amendments],
            [12 * mm, DATE_COLUMN, WIDTH - 12 * mm - DATE_COLUMN])
    else:
        story.append(para("Nie zawarto aneksów."))
    ending = contract.ending
    story.append(heading("3. Ocena końcowa", "h1"))
    if ending is not None and ending.outcome is not None:
        story.append(para(f"Stopień realizacji celu głównego: {printed_label(ending.outcome)}."))
    elif ending is None:
        story.append(para("Stopień realizacji celu głównego: ☐ osiągnięty w pełni   "
                          "☐ osiągnięty częściowo   ☐ nieosiągnięty"))
    story += [heading("Uzasadnienie:", "h2"),
              para(ending.justification if ending and ending.justification else BLANK * 5)]
    story.append(heading("4. Zakończenie lub rozwiązanie kontraktu", "h1"))
    if ending is None:
        story.append(para(f"Kontrakt zakończono / rozwiązano w dniu {BLANK}. "
                          f"Przyczyna rozwiązania: {BLANK * 3}"))
    elif ending.status is ContractStatus.TERMINATED:
        reason = printed_label(ending.reason) if ending.reason else BLANK
        story.append(para(f"Kontrakt rozwiązano przed terminem w dniu "
                          f"{date_text(ending.ended_on)}. Przyczyna: {reason}."))
    else:
        story.append(para(f"Kontrakt zakończono w dniu {date_text(ending.ended_on)}."))
    story.append(signature_grid([["podpis osoby zawierającej kontrakt",
                                  "podpis pracownika socjalnego"]]))
    return story


# --- amendments ---------------------------------------------------------------------------

def _amendment(view: ContractPrintView, number: int, before: PartOne) -> list[Flowable]:
    contract = view.contract
    item = next(a for a in contract.amendments if a.number == number)
    after = item.content
    story: list[Flowable] = [
        para(f"ANEKS nr {number}", "title"),
        para(f"do kontraktu socjalnego nr {contract.number} zawartego w dniu "
             f"{date_text(contract.signed_on)}", "subtitle"),
        para(f"zawarty dnia {date_text(item.signed_on)} w miejscowości "
             f"{or_blank(after.draft.place)} pomiędzy stronami kontraktu: ośrodkiem — "
             f"{view.office_name}, reprezentowanym przez pracownika socjalnego — "
             f"{or_blank(after.draft.caseworker_name)}, a osobą zawierającą kontrakt — "
             f"{after.person.full_name} (PESEL {after.person.pesel or BLANK})."),
        heading("§ 1. Zakres zmian", "h1"), para(item.scope),
        heading("§ 2. Zmienione części kontraktu otrzymują brzmienie:", "h1"),
    ]
    changed = [key for key in SECTIONS if _section_data(before, key) != _section_data(after, key)]
    for key in changed:
        builder = _parties_changed if key == "parties" else _SECTION_BUILDERS[key]
        story += builder(view, after)
    if not changed:
        story.append(para("Treść części I kontraktu nie uległa zmianie."))
    story += [heading("§ 3.", "h1"), para(view.amendment_clauses),
              signature_grid([["podpis osoby zawierającej kontrakt",
                               "podpis pracownika socjalnego"]])]
    return story


def _section_data(part: PartOne, key: str) -> object:
    d = part.draft
    if key == "parties":
        return (d.place, d.period_from, d.period_to, d.caseworker_name, d.variant,
                d.referral_number, d.referral_date, part.group_name,
                [asdict(m) for m in d.family])
    if key == "assessment":
        return asdict(d.assessment)
    if key == "goals":
        return d.main_goal, d.specific_goals
    if key == "actions":
        return [asdict(a) for a in d.actions]
    if key == "support":
        return ([(c.instrument_id, c.details) for c in d.instruments],
                [asdict(b) for b in d.benefits])
    return [e.planned_on for e in d.evaluations]


# --- helpers ------------------------------------------------------------------------------

def _header(view: ContractPrintView) -> DocumentHeader:
    contract = view.contract
    note = (f"Kontrakt socjalny {contract.number or '(projekt)'} · wzory tekstów: "
            f"{versions_text(view.text_versions)}")
    return DocumentHeader(office_name=view.office_name, office_address=view.office_address,
                          funding_line=view.funding_line, footer_note=note,
                          title=f"Kontrakt socjalny {contract.number}".strip())
