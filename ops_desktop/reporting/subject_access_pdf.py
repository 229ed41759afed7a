"""The data-subject access report as a PDF: "Informacja o danych osobowych (art. 15 RODO)".

One document, for the person who asked: their data as held, section by section, with Polish
labels for the columns and values the application knows (a table added later still prints,
under its own column names), and at the end who accessed or changed their data and when.
The footer carries the audit head at the time of the report."""

from __future__ import annotations


from reportlab.lib.units import mm

from ops_desktop.domain.monitoring_pefs2007 import AREA_VALUES, SUBSTATUS_VALUES
from ops_desktop.domain.monitoring_columns import (
    EDUCATION_VALUES, LABOUR_STATUS_VALUES, SEX_VALUES, TRISTATE_VALUES,
)
from ops_desktop.reporting.document import (
    PAGE_WIDTH, MARGIN, DocumentHeader, para, pdf_bytes, spacer, table,
)
from ops_desktop.domain.subject_access import RecordTable, SubjectAccessView

TITLE = "Informacja o przetwarzanych danych osobowych"
WIDTH = PAGE_WIDTH - 2 * MARGIN

COLUMN_LABELS = {
    "id": "Numer w systemie", "first_name": "Imię", "last_name": "Nazwisko", "pesel": "PESEL",
    "no_pesel": "Brak numeru PESEL", "other_id": "Inny identyfikator", "sex": "Płeć",
    "birth_date": "Data urodzenia", "street": "Ulica", "building": "Nr budynku",
    "flat": "Nr lokalu", "postal_code": "Kod pocztowy", "city": "Miejscowość",
    "municipality": "Gmina", "county": "Powiat", "voivodeship": "Województwo",
    "degurba": "Stopień urbanizacji (DEGURBA)", "area_type": "Obszar (miejski / wiejski)",
    "phone": "Telefon", "email": "Adres e-mail",
    "education": "Wykształcenie", "labour_status": "Status na rynku pracy",
    "long_term_unemployed": "Osoba długotrwale bezrobotna",
    "labour_substatus": "W tym (status na rynku pracy)",
    "disability_degree": "Stopień niepełnosprawności",
    "household_id": "Gospodarstwo domowe (numer osoby)",
    "caseworker_id": "Pracownik socjalny (numer konta)", "notes": "Uwagi",
    "anonymised": "Dane zanonimizowane", "created_at": "Wprowadzono", "updated_at": "Zmieniono",
    "project": "Projekt", "group": "Grupa", "role": "Rola", "status": "Status",
    "applied_on": "Zgłoszenie", "start_date": "Początek", "end_date": "Koniec",
    "end_reason": "Powód zakończenia", "exit_situation": "Sytuacja po zakończeniu",
    "type": "Rodzaj", "text_version": "Wersja treści", "given_on": "Udzielona",
    "withdrawn_on": "Wycofana", "person_id": "Osoba", "number": "Numer", "kind": "Rodzaj",
    "issued_on": "Data wydania", "day": "Dzień", "topic": "Temat", "hours_x100": "Godziny ×100",
    "specialist": "Specjalista", "variant": "Wariant", "signed_on": "Podpisano",
}
TABLE_LABELS = {
    "contracts": "Kontrakty socjalne",
    "contract_family_members": "Członkowie rodziny w kontraktach",
    "contract_goals": "Cele kontraktów", "contract_actions": "Działania w kontraktach",
    "contract_instruments": "Instrumenty w kontraktach", "contract_benefits": "Świadczenia",
    "contract_evaluations": "Oceny kontraktów", "contract_amendments": "Aneksy",
    "contract_endings": "Zakończenia kontraktów", "activity_enrolments": "Zapisy na zajęcia",
    "attendance_marks": "Obecności", "attendance_totals": "Podsumowanie obecności",
    "support_entries": "Wsparcie indywidualne", "certificates": "Zaświadczenia",
}
FLAG_LABELS = {
    "disability": "Niepełnosprawność", "minority_migrant": "Mniejszość narodowa lub etniczna, "
    "migrant", "homelessness": "Bezdomność lub wykluczenie z dostępu do mieszkań",
    "addiction": "Uzależnienie", "domestic_violence": "Przemoc w rodzinie",
    "leaving_care_or_prison": "Opuszczenie pieczy zastępczej lub zakładu karnego",
    "other_disadvantage": "Inna niekorzystna sytuacja społeczna",
}
ACTION_LABELS = {
    "create": "utworzenie", "update": "zmiana", "delete": "usunięcie",
    "view_sensitive": "odczyt danych szczególnych kategorii", "print": "wydruk",
    "export": "eksport", "subject_access": "raport dla osoby (art. 15)", "status": "zmiana statusu",
    "anonymise": "anonimizacja",
}
_VALUES = {
    "sex": {s.value: label for s, label in SEX_VALUES.items()},
    "education": {e.value: label for e, label in EDUCATION_VALUES.items()},
    "labour_status": {s.value: label for s, label in LABOUR_STATUS_VALUES.items()},
    "area_type": {a.value: label for a, label in AREA_VALUES.items()},
    "labour_substatus": {k.value: label for k, label in SUBSTATUS_VALUES.items()},
    "answer": {t.value: label for t, label in TRISTATE_VALUES.items()},
    "role": {"participant": "uczestnik", "surroundings": "otoczenie"},
    "status": {"applied": "zgłoszenie", "qualified": "zakwalifikowana", "reserve": "rezerwa",
               "rejected": "odrzucona", "participant": "uczestniczy", "completed": "ukończyła",
               "dropped_out": "przerwała udział"},
}
ENTITY_LABELS = {
    "person": "osoba", "participation": "udział w projekcie", "contract": "kontrakt",
    "consent": "zgoda", "certificate": "zaświadczenie", "project": "projekt",
}


def subject_access_pdf(view: SubjectAccessView) -> bytes:
    return pdf_bytes(_header(view), _story(view))


def _header(view: SubjectAccessView) -> DocumentHeader:
    head = f" · audyt #{view.audit_head[0]} {view.audit_head[1][:16]}" if view.audit_head else ""
    return DocumentHeader(
        office_name=view.office_name or "Ośrodek pomocy społecznej",
        office_address=view.office_address, title=TITLE,
        footer_note=f"Raport art. 15 RODO · osoba nr {view.person_id}{head}",
    )


def _story(view: SubjectAccessView) -> list:
    story = [
        para(TITLE, "title"),
        para("(art. 15 rozporządzenia RODO — prawo dostępu osoby, której dane dotyczą)",
             "subtitle"),
        para(f"Sporządzono {view.generated_at:%d.%m.%Y, godz. %H:%M} przez użytkownika "
             f"{view.generated_by}. Zestawienie obejmuje wszystkie dane tej osoby zapisane "
             "w programie OPS Desktop w chwili sporządzenia."),
        para("1. Dane osobowe", "h1"),
        _pairs([(COLUMN_LABELS.get(k, k), _value(k, v)) for k, v in view.person if v != ""]),
        para("2. Dane szczególnych kategorii", "h1"),
    ]
    if view.sensitive:
        story.append(_pairs([(FLAG_LABELS.get(f, f), _value("answer", a))
                             for f, a in view.sensitive]))
    else:
        story.append(para("Brak zapisanych odpowiedzi."))
    story += [para("3. Udział w projektach", "h1"), *_records(view.participations),
              para("4. Zgody", "h1"), *_records(view.consents)]
    section = 5
    for record in view.records:
        story += [para(f"{section}. {TABLE_LABELS.get(record.table, record.table)}", "h1"),
                  *_records(record)]
        section += 1
    story += [para(f"{section}. Kto i kiedy przetwarzał dane (dziennik zdarzeń)", "h1")]
    if view.audit_entries:
        rows = [["Data i godzina", "Użytkownik", "Czynność", "Obiekt"]]
        rows += [[e.at.strftime("%d.%m.%Y %H:%M"), e.username or "—",
                  ACTION_LABELS.get(e.action, e.action),
                  f"{ENTITY_LABELS.get(e.entity, e.entity)} {e.entity_id or ''}"]
                 for e in view.audit_entries]
        story.append(table(rows, [35 * mm, 35 * mm, 60 * mm, WIDTH - 130 * mm]))
    else:
        story.append(para("Brak wpisów."))
    story += [spacer(6), para("Administratorem danych jest ośrodek wskazany w nagłówku. "
                              "Pytania dotyczące danych można kierować do inspektora ochrony "
                              "danych ośrodka.", "small")]
    return story


def _pairs(pairs: list[tuple[str, str]]):
    return table([[label, value] for label, value in pairs], [65 * mm, WIDTH - 65 * mm],
                 header_rows=0)


def _records(record: RecordTable) -> list:
    if not record.rows:
        return [para("Brak.")]
    keep = [i for i, name in enumerate(record.columns)
            if any(row[i] for row in record.rows)]
    if len(keep) > 6:  # a wide table reads better as one block of label: value per row
        blocks = []
        for number, row in enumerate(record.rows, start=1):
            blocks += [para(f"Pozycja {number}", "h2"),
                       _pairs([(COLUMN_LABELS.get(record.columns[i], record.columns[i]),
                                _value(record.columns[i], row[i])) for i in keep])]
        return blocks
    rows = [[COLUMN_LABELS.get(record.columns[i], record.columns[i]) for i in keep]]
    rows += [[_value(record.columns[i], row[i]) for i in keep] for row in record.rows]
    return [table(rows)]


def _value(column: str, value: str) -> str:
    return _VALUES.get(column, {}).get(value, value)
