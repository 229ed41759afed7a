"""Certificates of one activity: who earned what, issuing them, printing them.

The table shows each participant's attendance against the activity's threshold and what
they are entitled to. "Wydaj" gives completion certificates to those at or above the
threshold who completed the activity and, only if ticked, participation certificates to the
others; numbers run on in the year's register. Printing renders the whole batch (or the
ticked rows) into one PDF in the background with a progress bar and Cancel, then opens the
preview; a print or save is recorded, so the next print of a certificate says DUPLIKAT."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import format_hours
from ops_desktop.domain.attendance import format_pct
from ops_desktop.domain.certificates import CertificateKind
from ops_desktop.domain.certificates import CertificateCandidate
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import Progress
from ops_desktop.reporting.certificate_pdf import render_certificates
from ops_desktop.reporting.certificate_register_pdf import render_certificate_register
from ops_desktop.services import activities, certificates
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import activity_label, error_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.tasks import TaskRunner, run_in_background
from ops_desktop.ui.widgets.fit import fit_columns
from ops_desktop.ui.activities.session_fields import date_edit, date_of


class CertificatesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id = activity_id
        self.runner: TaskRunner | None = None
        self.preview = None
        self._view = activities.get_activity(ctx, activity_id=activity_id)
        self.setWindowTitle(self.tr("Zaświadczenia: {name}").format(name=self._view.name))
        self.resize(900, 560)
        yes, no = self.tr("tak"), self.tr("nie")
        self.model = RowsModel([
            Column(self.tr("Imię i nazwisko"), lambda c: c.name),
            Column(self.tr("Obecność (godz.)"), lambda c: f"{format_hours(c.totals.present_hours)}"
                   f" z {format_hours(c.totals.planned_hours)}", lambda c: c.totals.present_hours),
            Column(self.tr("%"),
                   lambda c: format_pct(c.totals.pct) + (" !" if c.unexcused_flag else ""),
                   lambda c: c.totals.pct, numeric=True),
            Column(self.tr("Ukończył(a)"), lambda c: yes if c.completed else no),
            Column(self.tr("Przysługuje"), lambda c: activity_label(c.proposed)),
            Column(self.tr("Nr zaświadczenia"), lambda c: c.certificate_number),
            Column(self.tr("Wydane"), lambda c: activity_label(c.certificate_kind)),
        ], self)
        self.model.highlight = lambda c: ("#e2f3e2" if c.proposed is CertificateKind.COMPLETION
                                          else None)
        self.table = QTableView()
        self.table.setObjectName("certificateCandidates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 230)
        fit_columns(self.table)
        today = dt.date.today()
        issue_day = min(max(today, self._view.last_day or today), self._view.project_end)
        self.issued_on = date_edit(issue_day, "issuedOn")
        self.participation = QCheckBox(self.tr(
            "Wydaj też zaświadczenia o uczestnictwie osobom, które nie osiągnęły progu"))
        self.participation.setObjectName("includeParticipation")
        self.issue_button = QPushButton(self.tr("Wydaj zaświadczenia"))
        self.issue_button.setObjectName("issueCertificates")
        self.issue_button.setEnabled(ctx.can(Permission.CERTIFICATE_ISSUE))
        self.print_all_button = QPushButton(self.tr("Drukuj wszystkie…"))
        self.print_all_button.setObjectName("printAllCertificates")
        self.print_selected_button = QPushButton(self.tr("Drukuj zaznaczone…"))
        self.register_button = QPushButton(self.tr("Rejestr zaświadczeń…"))
        for button in (self.print_all_button, self.print_selected_button, self.register_button):
            button.setEnabled(ctx.can(Permission.PRINT))
        self.message = QLabel()
        self.message.setObjectName("certificatesMessage")
        self.message.setWordWrap(True)
        info = QLabel(self.tr("Próg ukończenia: {pct}% godzin zajęć; zaświadczenie o ukończeniu "
                              "wymaga też ukończenia zajęć (bez przerwania udziału).").format(
            pct=self._view.threshold_pct))
        info.setWordWrap(True)
        issue_row = QHBoxLayout()
        issue_row.addWidget(QLabel(self.tr("Data wydania:")))
        issue_row.addWidget(self.issued_on)
        issue_row.addWidget(self.participation, 1)
        issue_row.addWidget(self.issue_button)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.register_button)
        print_row.addWidget(self.print_selected_button)
        print_row.addWidget(self.print_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addLayout(issue_row)
        layout.addWidget(self.message)
        layout.addLayout(print_row)
        self.issue_button.clicked.connect(self.issue)
        self.print_all_button.clicked.connect(lambda: self.print_certificates(selected_only=False))
        self.print_selected_button.clicked.connect(
            lambda: self.print_certificates(selected_only=True))
        self.register_button.clicked.connect(self.print_register)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(certificates.candidates(self._ctx, activity_id=self.activity_id))

    def candidates(self) -> list[CertificateCandidate]:
        return self.model.rows()

    def issue(self) -> None:
        try:
            result = certificates.issue(
                self._ctx, activity_id=self.activity_id, issued_on=date_of(self.issued_on),
                include_participation=self.participation.isChecked())
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        if result.issued:
            numbers = (result.numbers[0] if len(result.numbers) == 1
                       else f"{result.numbers[0]} – {result.numbers[-1]}")
            text = self.tr("Wydano {n} zaświadczeń, numery {numbers}.").format(
                n=len(result.issued), numbers=numbers)
        else:
            text = self.tr("Nie wydano nowych zaświadczeń.")
        if result.skipped_participation:
            text += self.tr(" {n} os. poniżej progu bez zaświadczenia (zaznacz pole, aby wydać "
                            "zaświadczenia o uczestnictwie).").format(
                                n=result.skipped_participation)
        self.message.setText(text)
        self.reload()

    def print_certificates(self, *, selected_only: bool) -> None:
        rows = self.candidates()
        if selected_only:
            chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
            rows = [r for n, r in enumerate(rows) if n in chosen]
        ids = [r.certificate_id for r in rows if r.certificate_id is not None]
        if not ids:
            self.message.setText(
                self.tr("Brak wydanych zaświadczeń do wydruku — najpierw je wydaj."))
            return
        ctx = self._ctx

        def work(progress: Progress) -> bytes:
            buffer = io.BytesIO()
            render_certificates(certificates.iter_views(ctx, certificate_ids=ids), buffer,
                                total=len(ids), progress=progress)
            return buffer.getvalue()

        self.runner = run_in_background(
            self, self.tr("Drukowanie zaświadczeń"), work,
            on_done=lambda pdf: self._preview(pdf, ids),
            on_error=lambda exc: self.message.setText(
                error_text(exc) if isinstance(exc, DomainError) else str(exc)),
            on_cancelled=lambda: self.message.setText(self.tr("Drukowanie przerwane.")))

    def _preview(self, pdf: bytes, ids: list[int]) -> None:
        from ops_desktop.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, title=self.tr("Zaświadczenia"),
                                        suggested_name=f"zaswiadczenia-{self.activity_id}.pdf",
                                        parent=self)
        record = lambda *_: self._record_printed(ids)  # noqa: E731
        self.preview.printed.connect(record)
        self.preview.saved.connect(record)
        self.preview.open()

    def _record_printed(self, ids: list[int]) -> None:
        certificates.record_printed(self._ctx, certificate_ids=ids)
        self.reload()

    def print_register(self) -> None:
        from ops_desktop.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        buffer = io.BytesIO()
        render_certificate_register(certificates.register(self._ctx, activity_id=self.activity_id),
                                    buffer)
        self.preview = PdfPreviewDialog(buffer.getvalue(), title=self.tr("Rejestr zaświadczeń"),
                                        suggested_name=f"rejestr-zaswiadczen-{self.activity_id}.pdf",
                                        parent=self)
        record = lambda *_: activities.record_print(  # noqa: E731
            self._ctx, document="certificate_register", activity_id=self.activity_id)
        self.preview.printed.connect(record)
        self.preview.saved.connect(record)
        self.preview.open()
