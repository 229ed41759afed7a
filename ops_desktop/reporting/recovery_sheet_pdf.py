"""The recovery sheet: the administrator's recovery code on one A4 page for the office safe.

Printed once at first start (and when the administrator replaces the code). The code opens
the database's master key through the key file beside the database, so the sheet says where
it belongs and how it is used; it names no person and holds no other data."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ops_desktop.reporting.document import (
    DocumentHeader, para, pdf_bytes, signature_block, spacer, styles,
)
from ops_desktop.reporting.fonts import BOLD


def render_recovery_sheet(*, office_name: str, database_name: str, code: str,
                          created_at: dt.datetime) -> bytes:
    header = DocumentHeader(office_name=office_name, title="Kod odzyskiwania dostępu")
    code_style = ParagraphStyle("code", parent=styles()["title"], fontName=BOLD, fontSize=22,
                                leading=30, spaceBefore=10, spaceAfter=10)
    story = [
        para("Kod odzyskiwania dostępu do bazy OPS Desktop", "title"),
        para(f"Baza: {database_name} · utworzono {created_at:%d.%m.%Y %H:%M}", "subtitle"),
        Paragraph(escape(code), code_style),
        para("Kod otwiera zaszyfrowaną bazę danych, gdy nikt nie pamięta hasła administratora. "
             "Działa razem z plikiem kluczy zapisanym obok bazy (nazwa bazy z końcówką "
             "„.keys”) — ten plik musi trafiać do kopii zapasowych razem z bazą."),
        spacer(3),
        para("Jak użyć: w oknie logowania wybierz „Kod odzyskiwania…”, wpisz ten kod (wielkość "
             "liter i myślniki nie mają znaczenia), nazwę konta administratora i nowe hasło."),
        spacer(3),
        para("Przechowuj tę kartkę w sejfie ośrodka. Nie fotografuj jej, nie przepisuj do "
             "komputera i nie wysyłaj pocztą. Po wygenerowaniu nowego kodu ta kartka traci "
             "ważność — zniszcz ją."),
        signature_block(["wydrukował(a)", "przyjął(-ęła) do sejfu"], place_date=True),
    ]
    return pdf_bytes(header, story)
