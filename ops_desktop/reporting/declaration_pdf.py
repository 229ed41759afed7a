"""The participation declaration (deklaracja uczestnictwa): the person's data and the
office's wording of the declaration (its version in the footer), with signature lines."""

from __future__ import annotations

from typing import BinaryIO

from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.intake_documents import IntakePrintView
from ops_desktop.reporting.print_forms import date_text
from ops_desktop.reporting.document import build_pdf, para
from ops_desktop.reporting.intake_common import header, key_value_table, person_rows
from ops_desktop.reporting.print_parts import heading, signature_grid


def render_declaration(view: IntakePrintView, out: BinaryIO) -> None:
    project = view.project_title + (f" — {view.group_name}" if view.group_name else "")
    story = [
        para("DEKLARACJA UCZESTNICTWA W PROJEKCIE", "title"),
        para(f"„{view.project_title}”", "subtitle"),
        heading("Dane uczestnika(-czki)"),
        key_value_table([*person_rows(view.person, extended=False), ["Projekt / grupa", project],
                         ["Data rozpoczęcia udziału",
                          date_text(view.participation_start)]]),
        heading("Oświadczenie"),
        para(view.texts[TextKey.DECLARATION]),
        signature_grid([["miejscowość i data", "czytelny podpis uczestnika(-czki)"]]),
        para("Przyjęto w ośrodku:", "small"),
        signature_grid([["data", "podpis pracownika ośrodka"]]),
    ]
    build_pdf(out, header(office_name=view.office_name, office_address=view.office_address,
                          funding_line=view.funding_line, document="Deklaracja uczestnictwa",
                          text_versions=view.text_versions), story)
