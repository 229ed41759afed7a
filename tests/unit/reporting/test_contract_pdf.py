"""The contract PDF read back: every section heading, the number, the parties, Polish
letters intact, long texts flowing over pages, amendments and earlier versions, the text
versions in the footer."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from ops_desktop.domain.contracts import (
    ActionBy, AgreedAction, AmendmentDraft, ContractOutcome, ContractVariant, EndingDraft,
)
from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.projects import OfficeDraft
from ops_desktop.reporting.contract_pdf import document_name, render_contract
from ops_desktop.services import contracts, document_texts, office
from tests.factories import contracts as cf

D = dt.date
PART_ONE_HEADINGS = [
    "KONTRAKT SOCJALNY", "CZĘŚĆ I", "1. Ocena sytuacji osoby (rodziny)",
    "1.1. Przyczyny trudnej sytuacji życiowej", "1.2. Zasoby i mocne strony",
    "1.3. Ograniczenia i problemy", "2. Cele kontraktu", "Cel główny:", "Cele szczegółowe:",
    "3. Uzgodnione działania", "4. Wsparcie udzielane przez ośrodek",
    "4.1. Instrumenty aktywnej integracji", "4.2. Świadczenia",
    "5. Terminy oceny realizacji kontraktu", "6. Postanowienia kontraktu",
]
VARIANT_B_HEADINGS = ["1.4. Wykształcenie i zawód wyuczony", "1.5. Przebieg pracy zawodowej",
                      "1.6. Dotychczasowa aktywizacja zawodowa i przyczyny jej niepowodzenia"]
PART_TWO_HEADINGS = ["CZĘŚĆ II — ocena realizacji kontraktu", "1. Oceny okresowe",
                     "2. Aneksy do kontraktu", "3. Ocena końcowa",
                     "4. Zakończenie lub rozwiązanie kontraktu"]


def _pdf(ctx, contract_id, amendment=None):
    view = contracts.print_view(ctx, contract_id=contract_id, amendment=amendment)
    buffer = io.BytesIO()
    render_contract(view, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return view, len(reader.pages), text, " ".join(text.split())


def _with_office(ctx):
    office.save_office(ctx, draft=OfficeDraft(
        name="Miejski Ośrodek Pomocy Rodzinie we Włocławku", street="ul. Żabia 12",
        postal_code="87-800", city="Włocławek", head_name="Zofia Źrebięcka", head_title="Dyrektor"))


def test_every_section_number_parties_and_polish_letters(ctx):
    _with_office(ctx)
    project, person = cf.setup(ctx)
    goals = ["Ukończenie kursu zawodowego.", f"Cel z literami {cf.POLISH}."]
    signed = cf.signed(ctx, project, person, variant=ContractVariant.B, specific_goals=goals)
    view, pages, raw, text = _pdf(ctx, signed.id)
    for heading in PART_ONE_HEADINGS + VARIANT_B_HEADINGS + PART_TWO_HEADINGS:
        assert heading in raw, heading
    assert "KONTRAKT SOCJALNY nr KS/1/2011" in text
    assert "wariant B" in text and "PUP/DA/123/2011" in text
    assert "Żaneta Łącka-Źdźbło" in text and person.draft.pesel in text
    assert "Kacper Łącki" in text and signed.draft.family[0].pesel in text
    assert "Barbara Wiśniewska" in text and "Miejski Ośrodek Pomocy Rodzinie we Włocławku" in text
    assert cf.POLISH in text
    assert "160,00 zł" in text.replace("\u00a0", " ")
    assert "strona 1 z" in text and f"strona {pages} z {pages}" in text
    assert "zatwierdzam: Dyrektor Zofia Źrebięcka" in text
    assert "postanowienia w.1" in text
    assert document_name(view) == "KS-1-2011.pdf"


def test_a_3000_character_assessment_flows_over_pages_without_loss(ctx):
    project, person = cf.setup(ctx)
    sentence = "Osoba opisuje swoją sytuację rodzinną i zawodową szczegółowo, zdanie nr {:03d}. "
    long_text = "".join(sentence.format(i) for i in range(1, 40))[:3000]
    short = cf.signed(ctx, project, person)
    draft = cf.complete_draft(ctx, project, person, period_from=D(2011, 9, 1),
                              period_to=D(2011, 12, 31))
    draft.assessment.causes = long_text
    draft.assessment.resources = long_text
    draft.actions.append(AgreedAction("Długi opis działania. " * 60, ActionBy.PARTICIPANT, "",
                                      D(2011, 10, 1),
                                      "notatka"))  # too long for a table cell
    view, _ = contracts.create_contract(ctx, draft=draft)
    long = contracts.sign_contract(ctx, contract_id=view.id, signed_on=D(2011, 9, 1))[0]
    _, short_pages, _, _ = _pdf(ctx, short.id)
    _, long_pages, _, text = _pdf(ctx, long.id)
    assert len(long_text) == 3000
    assert short_pages == 3
    assert long_pages == 5
    for i in (1, 20, 37):
        assert text.count(f"zdanie nr {i:03d}") == 2  # in both long fields, nothing clipped
    assert "Długi opis działania." in text


def test_amendments_print_each_aneks_and_earlier_versions(ctx):
    project, person = cf.setup(ctx)
    signed = cf.signed(ctx, project, person)
    draft = signed.draft
    draft.period_to = D(2011, 11, 30)
    draft.main_goal = "Podjęcie stałego zatrudnienia."
    contracts.amend_contract(ctx, contract_id=signed.id, draft=draft, amendment=AmendmentDraft(
        D(2011, 6, 1), "Przedłużenie kontraktu i zmiana celu głównego."))
    contracts.close_contract(ctx, contract_id=signed.id, ending=EndingDraft(
        D(2011, 11, 30), outcome=ContractOutcome.PARTLY, justification="Kurs ukończony."))
    _, _, raw, text = _pdf(ctx, signed.id)
    assert "ANEKS nr 1" in text and "Przedłużenie kontraktu i zmiana celu głównego." in text
    assert "od 01.03.2011 do 31.08.2011" in text            # Part I as signed
    assert "od 01.03.2011 do 30.11.2011" in text            # the aneks' new wording
    assert "cel osiągnięty częściowo" in text and "Kontrakt zakończono w dniu 30.11.2011" in text
    assert "1.1. Przyczyny" not in raw.split("ANEKS nr 1")[1]  # unchanged parts not repeated
    view, _, _, text = _pdf(ctx, signed.id, amendment=1)
    assert text.startswith("ANEKS nr 1") or "ANEKS nr 1" in text[:200]
    assert "tekst jednolity części I po zmianach wprowadzonych aneksem nr 1" in text
    assert "Podjęcie stałego zatrudnienia." in text and "CZĘŚĆ II" not in text
    assert document_name(view) == "KS-1-2011-aneks-1.pdf"
    view, _, _, text = _pdf(ctx, signed.id, amendment=0)
    assert "od 01.03.2011 do 31.08.2011" in text and "30.11.2011" not in text
    assert "Podjęcie stałego zatrudnienia." not in text


def test_signed_contract_keeps_the_clauses_it_was_signed_with(ctx):
    project, person = cf.setup(ctx)
    signed = cf.signed(ctx, project, person)
    document_texts.save_text(ctx, key=TextKey.CONTRACT_CLAUSES,
                             text="1. Nowe brzmienie postanowień ośrodka.")
    _, _, _, text = _pdf(ctx, signed.id)
    assert "Kontrakt sporządzono w dwóch jednobrzmiących egzemplarzach" in text
    assert "postanowienia w.1" in text
    draft, _ = contracts.create_contract(ctx, draft=cf.complete_draft(
        ctx, project, person, period_from=D(2011, 9, 1), period_to=D(2011, 12, 31)))
    _, _, _, text = _pdf(ctx, draft.id)
    assert "Nowe brzmienie postanowień ośrodka." in text and "postanowienia w.2" in text
    assert "PROJEKT — dokument niepodpisany" in text
    assert re.search(r"KONTRAKT SOCJALNY nr …+", text)
