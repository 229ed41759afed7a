"""The participant card (karta uczestnika): everything held about one participation — the
person's data, the participation, special-category answers (only for those allowed to read
them), consents with their text versions, social contracts with instruments, benefits and
evaluations, and the person's other participations."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ops_desktop.domain.intake_documents import ContractSummary, ParticipantCardView
from ops_desktop.domain.participants import ParticipationView
from ops_desktop.domain.monitoring_columns import TRISTATE_VALUES
from ops_desktop.domain.contract_labels import printed_label
from ops_desktop.reporting.print_forms import date_text, money_text
from ops_desktop.reporting.document import build_pdf, para, table
from ops_desktop.reporting.intake_common import (
    CONSENT, DEGREE, END_REASON, FLAG, ROLE, STATUS, consent_version, exit_text, header,
    key_value_table, person_rows,
)
from ops_desktop.reporting.print_parts import PLAIN, WIDTH, heading


def render_participant_card(view: ParticipantCardView, out: BinaryIO) -> None:
    p = view.participation
    story: list[Flowable] = [
        para("KARTA UCZESTNIKA PROJEKTU", "title"),
        para(f"„{p.project_title}”" + (f" — {p.group_name}" if p.group_name else ""), "subtitle"),
        heading("1. Dane osobowe"),
        key_value_table(person_rows(view.person, extended=True)
                        + [["Wiek w chwili przystąpienia",
                            str(p.age_at_entry) if p.age_at_entry is not None else "—"]]),
        heading("2. Udział w projekcie"),
        key_value_table(_participation_rows(p)),
        heading("3. Dane szczególnych kategorii"),
        *_sensitive(view),
        heading("4. Zgody"),
        *_consents(view),
        heading("5. Kontrakty socjalne"),
        *_contracts(view),
        heading("6. Inne udziały osoby w projektach ośrodka"),
    ]
    if view.other_participations:
        story.append(table([["Projekt / grupa", "Rola", "Status", "Od", "Do"]]
                           + [[_where(o), ROLE[o.role], STATUS[o.status],
                               date_text(o.start_date, "—"), date_text(o.end_date, "—")]
                              for o in view.other_participations],
                           [70 * mm, 28 * mm, 30 * mm, 23 * mm, WIDTH - 151 * mm],
                           plain_short=PLAIN))
    else:
        story.append(para("Brak."))
    story.append(para(f"Wydrukowano {date_text(view.printed_on)}; wydrukował(a): "
                      f"{view.printed_by}. Dokument zawiera dane osobowe — chronić przed "
                      "dostępem osób nieupoważnionych.", "small"))
    build_pdf(out, header(office_name=view.office_name, office_address=view.office_address,
                          funding_line=view.funding_line, document="Karta uczestnika",
                          text_versions={}), story)


def _where(p: ParticipationView) -> str:
    return p.project_title + (f" — {p.group_name}" if p.group_name else "")


def _participation_rows(p: ParticipationView) -> list[list[str]]:
    return [["Projekt", p.project_title], ["Grupa / moduł", p.group_name or "—"],
            ["Rola", ROLE[p.role]], ["Status", STATUS[p.status]],
            ["Data rozpoczęcia (pierwsze wsparcie)", date_text(p.start_date, "—")],
            ["Data zakończenia", date_text(p.end_date, "—")],
            ["Powód zakończenia", END_REASON[p.end_reason] if p.end_reason else "—"],
            ["Sytuacja po zakończeniu udziału", exit_text(p.exit_situation)]]


def _sensitive(view: ParticipantCardView) -> list[Flowable]:
    if view.sensitive is None:
        return [para("Pominięto: brak uprawnień do wglądu w dane szczególnych kategorii.")]
    rows = [[FLAG[flag], TRISTATE_VALUES[view.sensitive[flag]]]
            for flag in FLAG if flag in view.sensitive]
    if view.disability_degree is not None:
        rows.append(["Stopień niepełnosprawności", DEGREE[view.disability_degree]])
    return [key_value_table(rows)] if rows else [para("Nie udzielono odpowiedzi.")]


def _consents(view: ParticipantCardView) -> list[Flowable]:
    if not view.consents:
        return [para("Nie odnotowano zgód.")]
    return [table([["Zgoda na", "Udzielona", "Wersja treści", "Wycofana"]]
                  + [[CONSENT[c.type], date_text(c.given_on), consent_version(c),
                      date_text(c.withdrawn_on, "—")] for c in view.consents],
                  [70 * mm, 25 * mm, WIDTH - 120 * mm, 25 * mm], plain_short=PLAIN)]


def _contracts(view: ParticipantCardView) -> list[Flowable]:
    if not view.contracts:
        return [para("Brak kontraktów socjalnych w tym projekcie.")]
    story: list[Flowable] = []
    for summary in view.contracts:
        story += [heading(f"Kontrakt {summary.row.number or '(projekt)'} — "
                          f"{printed_label(summary.row.status)}", "h2"),
                  key_value_table(_contract_rows(summary))]
    return story


def _contract_rows(s: ContractSummary) -> list[list[str]]:
    row = s.row
    rows = [["Projekt / grupa", row.project_title + (f" — {row.group_name}" if row.group_name
                                                     else "")],
            ["Zawarty", date_text(row.signed_on, "—")],
            ["Okres", f"{date_text(row.period_from, '—')} – {date_text(row.period_to, '—')}"],
            ["Pracownik socjalny", row.caseworker_name or "—"],
            ["Aneksy", str(row.amendments)],
            ["Instrumenty aktywnej integracji", "; ".join(s.instruments) or "—"],
            ["Świadczenia", f"{money_text(s.benefits_total)} (w tym wkład własny "
                            f"{money_text(s.own_contribution_total)})"],
            ["Oceny", "; ".join(f"{date_text(planned, '—')}: "
                                f"{'odbyta ' + date_text(done) if done else 'nieodbyta'}"
                                for planned, done in s.evaluations) or "—"]]
    if s.ending is not None:
        result = (printed_label(s.ending.outcome) if s.ending.outcome
                  else printed_label(s.ending.reason) if s.ending.reason else "")
        rows.append(["Zakończenie", f"{date_text(s.ending.ended_on)}: {result}"])
    return rows
