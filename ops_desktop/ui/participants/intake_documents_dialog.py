"""Dokumenty uczestnika: print the participation declaration, the RODO information notice
with the consent form, and the participant card for one participation; record the consents
the person signed (each with the version of its text) and withdraw one.

The special-category consent is separate and optional: leaving it unticked records nothing."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.enums import ConsentType, ParticipationRole
from ops_desktop.domain.errors import DomainError, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import consents, enrolment, intake_documents as docs
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.contracts.contract_labels import contract_label
from ops_desktop.ui.contracts.contract_messages import problems_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns
from ops_desktop.ui.widgets.forms import get_date, optional_date_edit, set_date
from ops_desktop.ui.widgets.print_preview import open_preview


class IntakeDocumentsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, person_id: int, project_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.person_id = person_id
        self.preview = None
        self.setWindowTitle(self.tr("Dokumenty uczestnika"))
        self.resize(760, 560)
        self.participation = QComboBox()
        self.participation.setObjectName("participationChoice")
        chosen = None
        for part in enrolment.participations_of(ctx, person_id=person_id):
            if part.role is ParticipationRole.PARTICIPANT:
                group = f" — {part.group_name}" if part.group_name else ""
                self.participation.addItem(f"{part.project_title}{group}", part.id)
                if chosen is None and part.project_id == project_id:
                    chosen = self.participation.count() - 1
        self.participation.setCurrentIndex(chosen or 0)
        can_print = ctx.can(Permission.PRINT)
        prints = QHBoxLayout()
        for key, text, document, render in (
                ("declaration", self.tr("Deklaracja uczestnictwa…"), docs.DECLARATION,
                 self._declaration),
                ("consentForm", self.tr("Informacja RODO i zgody…"), docs.CONSENT_FORM,
                 self._consent_form),
                ("card", self.tr("Karta uczestnika…"), docs.PARTICIPANT_CARD, self._card)):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.setEnabled(can_print and self.participation.count() > 0)
            button.clicked.connect(lambda _=False, d=document, r=render: self.print_document(d, r))
            prints.addWidget(button)
        self.consents = RowsModel([
            Column(self.tr("Zgoda"), lambda c: contract_label(c.type)),
            Column(self.tr("Udzielona"), lambda c: c.given_on.strftime("%d.%m.%Y")),
            Column(self.tr("Wersja treści"), lambda c: c.text_version),
            Column(self.tr("Wycofana"), lambda c: c.withdrawn_on.strftime("%d.%m.%Y")
                   if c.withdrawn_on else "")], self)
        self.consent_table = QTableView()
        self.consent_table.setObjectName("consentsTable")
        self.consent_table.setModel(self.consents)
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.consent_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((280, 95, 200)):
            self.consent_table.setColumnWidth(column, width)
        fit_columns(self.consent_table, shrink=False)  # short texts, whole; large text scrolls
        self.ticks: dict[ConsentType, QCheckBox] = {}
        box = QGroupBox(self.tr("Zgody podpisane przez osobę"))
        form = QFormLayout(box)
        for consent_type in (ConsentType.DATA_PROCESSING, ConsentType.SPECIAL_CATEGORY,
                             ConsentType.IMAGE):
            tick = QCheckBox(contract_label(consent_type))
            tick.setObjectName(f"consent_{consent_type.value}")
            self.ticks[consent_type] = tick
            form.addRow(tick)
        self.given_on = optional_date_edit("consentDate")
        set_date(self.given_on, dt.date.today())
        form.addRow(self.tr("Data podpisania"), self.given_on)
        writable = ctx.can(Permission.PARTICIPANT_WRITE)
        self.record_button = QPushButton(self.tr("Zapisz zgody"))
        self.record_button.setObjectName("recordConsents")
        self.withdraw_button = QPushButton(self.tr("Wycofaj zaznaczoną zgodę"))
        self.withdraw_button.setObjectName("withdrawConsent")
        for button in (self.record_button, self.withdraw_button):
            button.setEnabled(writable)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        form.addRow(row)
        self.message = QLabel()
        self.message.setObjectName("documentsMessage")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Zamknij"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Udział w projekcie:")))
        layout.addWidget(self.participation)
        layout.addLayout(prints)
        layout.addWidget(self.consent_table, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.record_button.clicked.connect(self.record_consents)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self._load_consents()

    def _load_consents(self) -> None:
        self.consents.set_rows(consents.consents_of(self._ctx, person_id=self.person_id))

    # --- printing ---------------------------------------------------------------------------
    def print_document(self, document: str, render) -> None:
        participation_id = self.participation.currentData()
        if participation_id is None:
            return
        try:
            data, versions, title = render(participation_id)
        except DomainError as exc:
            self.message.setText(self.tr("Nie można wydrukować ({error}).").format(
                error=type(exc).__name__))
            return

        def record(action: str) -> None:
            docs.record_print(self._ctx, participation_id=participation_id, document=document,
                              action=action, text_versions=versions)

        self.preview = open_preview(self, data, title=title,
                                    suggested_name=f"{document}-{participation_id}.pdf",
                                    record=record)

    def _declaration(self, participation_id: int) -> tuple[bytes, dict, str]:
        from ops_desktop.reporting.declaration_pdf import render_declaration

        view = docs.declaration_view(self._ctx, participation_id=participation_id)
        return _bytes(render_declaration, view), view.text_versions, self.tr(
            "Deklaracja uczestnictwa")

    def _consent_form(self, participation_id: int) -> tuple[bytes, dict, str]:
        from ops_desktop.reporting.consent_form_pdf import render_consent_form

        view = docs.consent_form_view(self._ctx, participation_id=participation_id)
        return _bytes(render_consent_form, view), view.text_versions, self.tr(
            "Informacja RODO i zgody")

    def _card(self, participation_id: int) -> tuple[bytes, dict, str]:
        from ops_desktop.reporting.participant_card_pdf import render_participant_card

        view = docs.participant_card_view(self._ctx, participation_id=participation_id)
        return _bytes(render_participant_card, view), {}, self.tr("Karta uczestnika")

    # --- consents ---------------------------------------------------------------------------
    def record_consents(self) -> None:
        chosen = {t for t, tick in self.ticks.items() if tick.isChecked()}
        if not chosen:
            return
        try:
            consents.record_consents(self._ctx, person_id=self.person_id,
                                     given_on=get_date(self.given_on) or dt.date.today(),
                                     types=chosen)
        except ValidationFailed as exc:
            self.message.setText(problems_text(exc.problems))
            return
        for tick in self.ticks.values():
            tick.setChecked(False)
        self.message.setText(self.tr("Zapisano zgody."))
        self._load_consents()

    def withdraw_selected(self) -> None:
        rows = self.consent_table.selectionModel().selectedRows()
        if not rows:
            return
        consent = self.consents.row(rows[0].row())
        try:
            consents.withdraw_consent(self._ctx, consent_id=consent.id,
                                      on=get_date(self.given_on) or dt.date.today())
        except ValidationFailed as exc:
            self.message.setText(problems_text(exc.problems))
            return
        self._load_consents()


def _bytes(render, view) -> bytes:
    buffer = io.BytesIO()
    render(view, buffer)
    return buffer.getvalue()
