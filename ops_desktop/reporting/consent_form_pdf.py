"""The information notice (RODO art. 13) and the consent form: the consent to processing
personal data, then the special-category consent on its own, marked voluntary, with a choice
to give or refuse it, and the consent to the use of one's image, also optional.

A consent already recorded prints as given (with its date) in the version of the text the
person signed; the footer names the versions printed."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from ops_desktop.domain.document_texts import CONSENT_TEXT_KEYS, TextKey
from ops_desktop.domain.enums import ConsentType
from ops_desktop.domain.intake_documents import IntakePrintView
from ops_desktop.domain.participants import ConsentView
from ops_desktop.reporting.print_forms import date_text
from ops_desktop.reporting.document import build_pdf, para, spacer
from ops_desktop.reporting.intake_common import consent_version, header, key_value_table
from ops_desktop.reporting.print_parts import heading, signature_grid

UNCHECKED, CHECKED = "☐", "☒"

_CONSENTS = (
    (ConsentType.DATA_PROCESSING, "1. Zgoda na przetwarzanie danych osobowych", False),
    (ConsentType.SPECIAL_CATEGORY,
     "2. Zgoda na przetwarzanie danych szczególnych kategorii (dobrowolna)", True),
    (ConsentType.IMAGE, "3. Zgoda na wykorzystanie wizerunku (dobrowolna)", True),
)


def render_consent_form(view: IntakePrintView, out: BinaryIO) -> None:
    story: list[Flowable] = [
        para("INFORMACJA O PRZETWARZANIU DANYCH OSOBOWYCH", "title"),
        para("uczestnika(-czki) projektu — art. 13 RODO", "subtitle"),
        para(view.texts[TextKey.INFORMATION_NOTICE]),
        signature_grid([["miejscowość i data", "podpis: zapoznałem(-am) się z informacją"]]),
        PageBreak(),
        para("OŚWIADCZENIA I ZGODY UCZESTNIKA(-CZKI)", "title"),
        para(f"projekt „{view.project_title}”", "subtitle"),
        key_value_table([["Imię i nazwisko", view.person.full_name],
                         ["PESEL", view.person.pesel or "—"]]),
    ]
    given = {c.type: c for c in view.consents if c.withdrawn_on is None}
    for consent_type, title, optional in _CONSENTS:
        story.append(_consent_block(view, consent_type, title, optional, given.get(consent_type)))
    story.append(para("Zgody dobrowolne (2 i 3) można wycofać w każdej chwili; ich brak nie "
                      "wpływa na udział w projekcie.", "small"))
    build_pdf(out, header(office_name=view.office_name, office_address=view.office_address,
                          funding_line=view.funding_line,
                          document="Informacja RODO i zgody uczestnika",
                          text_versions=view.text_versions), story)


def _consent_block(view: IntakePrintView, consent_type: ConsentType, title: str,
                   optional: bool, given: ConsentView | None) -> KeepTogether:
    parts: list[Flowable] = [heading(title), para(view.texts[CONSENT_TEXT_KEYS[consent_type]])]
    if given is not None:
        parts.append(para(f"{CHECKED} zgoda udzielona dnia {date_text(given.given_on)} "
                          f"(treść: {consent_version(given)})"))
    elif optional:
        parts.append(para(f"{UNCHECKED} wyrażam zgodę          {UNCHECKED} nie wyrażam zgody"))
    parts += [signature_grid([["data", "czytelny podpis uczestnika(-czki)"]]), spacer(2)]
    return KeepTogether(parts)
