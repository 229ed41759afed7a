"""Printed documents of intake read back: declaration, information notice with consents
(special-category consent separate and optional), participant card; consents record the
text version signed; caseload and special-category rules hold on paper too."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.db.models import AuditEntry, Person
from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.enums import (
    ConsentType, Education, LabourStatus, Role, SensitiveFlag, TriState,
)
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.participants import Address
from ops_desktop.domain.permissions import Permission
from ops_desktop.reporting.consent_form_pdf import render_consent_form
from ops_desktop.reporting.declaration_pdf import render_declaration
from ops_desktop.reporting.participant_card_pdf import render_participant_card
from ops_desktop.services import consents, document_texts, intake_documents as docs
from ops_desktop.services.context import Actor
from tests import factories
from tests.factories import contracts as cf


def _text(render, view) -> str:
    buffer = io.BytesIO()
    render(view, buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def enrolled(ctx):
    project = factories.project(ctx, "Aktywna Integracja",
                                funding_line="Projekt współfinansowany z EFS")
    person = factories.person(
        ctx, "Żaneta", "Łącka-Źdźbło", born=dt.date(1979, 3, 14), sex=factories.Sex.FEMALE,
        address=Address(street="ul. Źródlana", building="5", flat="3", postal_code="87-800",
                        city="Włocławek"),
        phone="600 100 200", education=Education.UPPER_SECONDARY,
        labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
        sensitive={SensitiveFlag.DISABILITY: TriState.YES,
                   SensitiveFlag.HOMELESSNESS: TriState.REFUSED})
    participation, _ = factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
    return project, person, participation


def test_declaration_prints_the_person_project_and_current_text_version(ctx, enrolled):
    project, person, participation = enrolled
    view = docs.declaration_view(ctx, participation_id=participation.id)
    text = _text(render_declaration, view)
    assert "DEKLARACJA UCZESTNICTWA W PROJEKCIE" in text
    assert "Żaneta Łącka-Źdźbło" in text and person.draft.pesel in text
    assert "ul. Źródlana 5/3, 87-800 Włocławek" in text
    assert "deklaruję wolę udziału w projekcie „Aktywna Integracja”" in text
    assert "deklaracja w.1" in text and "czytelny podpis uczestnika(-czki)" in text
    document_texts.save_text(ctx, key=TextKey.DECLARATION, text="Deklaruję udział w „{projekt}”.")
    text = _text(render_declaration, docs.declaration_view(ctx, participation_id=participation.id))
    assert "Deklaruję udział w „Aktywna Integracja”." in text and "deklaracja w.2" in text


def test_consent_form_separates_the_optional_special_category_consent(ctx, enrolled):
    _, person, participation = enrolled
    text = _text(render_consent_form,
                 docs.consent_form_view(ctx, participation_id=participation.id))
    assert "INFORMACJA O PRZETWARZANIU DANYCH OSOBOWYCH" in text and "art. 13 RODO" in text
    assert "1. Zgoda na przetwarzanie danych osobowych" in text
    assert "2. Zgoda na przetwarzanie danych szczególnych kategorii (dobrowolna)" in text
    assert "3. Zgoda na wykorzystanie wizerunku (dobrowolna)" in text
    assert text.count("☐ wyrażam zgodę ☐ nie wyrażam zgody") == 2  # only the optional ones
    assert "zgoda szczególna w.1" in text and "klauzula w.1" in text


def test_a_consent_records_and_reprints_the_version_signed(ctx, enrolled):
    _, person, participation = enrolled
    given = consents.record_consents(ctx, person_id=person.id, given_on=dt.date(2011, 2, 1),
                                     types={ConsentType.DATA_PROCESSING,
                                            ConsentType.SPECIAL_CATEGORY})
    assert {(c.type, c.text_version) for c in given} == {
        (ConsentType.DATA_PROCESSING, "consent_data_processing:v1"),
        (ConsentType.SPECIAL_CATEGORY, "consent_special_category:v1")}
    document_texts.save_text(ctx, key=TextKey.CONSENT_SPECIAL, text="Nowa treść zgody.")
    text = _text(render_consent_form,
                 docs.consent_form_view(ctx, participation_id=participation.id))
    assert "Nowa treść zgody." not in text                # printed as the person signed it
    assert "☒ zgoda udzielona dnia 01.02.2011 (treść: wersja 1)" in text
    again = consents.record_consents(ctx, person_id=person.id, given_on=dt.date(2011, 3, 1),
                                     types={ConsentType.SPECIAL_CATEGORY})
    assert [c.text_version for c in again if c.type is ConsentType.SPECIAL_CATEGORY] == [
        "consent_special_category:v1", "consent_special_category:v2"]
    withdrawn = consents.withdraw_consent(ctx, consent_id=again[0].id, on=dt.date(2011, 4, 1))
    assert withdrawn.withdrawn_on == dt.date(2011, 4, 1)


def test_participant_card_holds_everything_and_hides_special_categories_without_right(
        ctx, enrolled):
    project, person, participation = enrolled
    cf.signed(ctx, project, person)
    consents.record_consents(ctx, person_id=person.id, given_on=dt.date(2011, 2, 1),
                             types={ConsentType.DATA_PROCESSING})
    text = _text(render_participant_card, docs.participant_card_view(
        ctx, participation_id=participation.id))
    for expected in ("KARTA UCZESTNIKA PROJEKTU", "1. Dane osobowe", "2. Udział w projekcie",
                     "3. Dane szczególnych kategorii", "4. Zgody", "5. Kontrakty socjalne",
                     "Osoba z niepełnosprawnościami Tak", "Odmowa podania informacji",
                     "Kontrakt KS/1/2011", "Kurs lub szkolenie zawodowe", "wersja 1",
                     "Wiek w chwili przystąpienia 31", "Kobieta"):
        assert expected in text, expected
    cf.user(ctx, 5, "anna", Role.CASEWORKER)
    with ctx.transaction() as session:
        session.get(Person, person.id).caseworker_id = 5
    no_sensitive = ctx.as_actor(Actor(5, "anna", frozenset(), extra=frozenset(
        {Permission.PARTICIPANT_READ, Permission.PRINT, Permission.CONTRACT_READ})))
    view = docs.participant_card_view(no_sensitive, participation_id=participation.id)
    assert view.sensitive is None and view.contracts
    text = _text(render_participant_card, view)
    assert "Pominięto: brak uprawnień" in text and "Osoba z niepełnosprawnościami" not in text
    other = ctx.as_actor(Actor(6, "ewa", frozenset({Role.CASEWORKER})))
    with pytest.raises(NotFound):
        docs.declaration_view(other, participation_id=participation.id)


def test_prints_are_audited_with_ids_and_versions(ctx, enrolled):
    _, person, participation = enrolled
    view = docs.declaration_view(ctx, participation_id=participation.id)
    docs.record_print(ctx, participation_id=participation.id, document=docs.DECLARATION,
                      text_versions=view.text_versions)
    with ctx.reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "print")).scalar_one()
    assert entry.entity == "participation" and entry.entity_id == participation.id
    assert '"declaration": 1' in entry.details and "Łącka" not in entry.details


def test_the_card_records_the_office_funding_line_it_prints_like_the_declaration(ctx):
    """A project without a funding line of its own prints the office's text in the header of
    every intake document; the card names that version too, and so does its audit entry."""
    project = factories.project(ctx, "Bez linii finansowania")
    person = factories.person(ctx, "Łucja", "Żółkiewska")
    participation, _ = factories.enrol(ctx, person.id, project, start=dt.date(2011, 2, 1))
    with ctx.reading() as session:
        office_text = document_texts.latest(session, TextKey.FUNDING_LINE)
    expected = {TextKey.FUNDING_LINE.value: office_text.version}
    declaration = docs.declaration_pdf(ctx, participation_id=participation.id)
    card = docs.participant_card_pdf(ctx, participation_id=participation.id)
    assert declaration.text_versions[TextKey.FUNDING_LINE.value] == office_text.version
    assert card.text_versions == expected
    assert " ".join(office_text.text.split()[:3]) in _text(
        render_participant_card, docs.participant_card_view(ctx, participation_id=participation.id))
    docs.record_print(ctx, participation_id=participation.id, document=docs.PARTICIPANT_CARD,
                      text_versions=card.text_versions)
    with ctx.reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "print")).scalar_one()
    assert f'"{TextKey.FUNDING_LINE.value}": {office_text.version}' in entry.details


def test_the_card_records_no_text_when_the_project_has_its_own_funding_line(ctx, enrolled):
    _, _, participation = enrolled
    card = docs.participant_card_pdf(ctx, participation_id=participation.id)
    assert card.text_versions == {}
