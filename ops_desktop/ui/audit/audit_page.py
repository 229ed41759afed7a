"""Dziennik zdarzeń: the audit trail for the data-protection officer and the head of office.

Filters: person number, user, action, dates from–to (inclusive; "—" means no limit). Enter
in the person field or "Filtruj" applies them. "Sprawdź łańcuch" verifies the hash chain and
shows the head (id:hash) to note down as an outside anchor. Everyone else sees only a line
saying who may read the trail; the service refuses them anyway (Permission.AUDIT_READ)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.permissions import Permission
from ops_desktop.services import audit_log
from ops_desktop.domain.audit import AuditFilter
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.audit.audit_model import AuditModel, action_labels
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.common.fit import fit_columns, fit_placeholder

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields, shown as "—": no limit


class AuditPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.model: AuditModel | None = None
        if not ctx.can(Permission.AUDIT_READ):
            denied = QLabel(self.tr("Dziennik zdarzeń przeglądają kierownik ośrodka i inspektor "
                                    "ochrony danych."))
            denied.setObjectName("auditDenied")
            denied.setWordWrap(True)
            layout.addWidget(denied)
            layout.addStretch(1)
            return
        self.person = QLineEdit()
        self.person.setObjectName("personFilter")
        self.person.setPlaceholderText(self.tr("nr osoby"))
        self.person.setValidator(QIntValidator(1, 2_000_000_000, self))
        fit_placeholder(self.person)
        self.user = QComboBox()
        self.user.setObjectName("userFilter")
        self.action = QComboBox()
        self.action.setObjectName("actionFilter")
        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self.apply_button = QPushButton(self.tr("Filtruj"))
        self.apply_button.setObjectName("applyFilter")
        self.clear_button = QPushButton(self.tr("Wyczyść"))
        self.verify_button = QPushButton(self.tr("Sprawdź łańcuch"))
        self.verify_button.setObjectName("verifyChain")
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.chain = QLabel()
        self.chain.setObjectName("chainStatus")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = AuditModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Dziennik zdarzeń"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 160, 110, 200, 130, 80)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table, give_way=(AuditModel.DETAILS,))  # long JSON: whole in a tooltip
        set_empty_text(self.table, self.tr(
            "Brak zdarzeń spełniających filtry. Zmień zakres dat, osobę lub rodzaj "
            "zdarzenia."))

        filters = FlowLayout()  # wraps onto more rows at large text
        for label, widget in ((self.tr("Osoba:"), self.person), (self.tr("Użytkownik:"), self.user),
                              (self.tr("Czynność:"), self.action), (self.tr("Od:"), self.date_from),
                              (self.tr("Do:"), self.date_to)):
            filters.add_group(QLabel(label), widget)
        filters.add_widget(self.apply_button)
        filters.add_widget(self.clear_button)
        footer = FlowLayout()
        footer.add_widget(self.count)
        footer.add_widget(self.chain, 1)
        footer.add_widget(self.verify_button)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self.apply_button.clicked.connect(self.apply_filter)
        self.person.returnPressed.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.verify_button.clicked.connect(self.verify_chain)
        self._load_choices()
        self.apply_filter()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    def _load_choices(self) -> None:
        users, actions = audit_log.filter_choices(self._ctx)
        labels = action_labels()
        self.user.clear()
        self.user.addItem(self.tr("Każdy"), None)
        for name in users:
            self.user.addItem(name, name)
        self.action.clear()
        self.action.addItem(self.tr("Każda"), None)
        for code in sorted(actions, key=lambda a: labels.get(a, a)):
            self.action.addItem(labels.get(code, code), code)

    def current_filter(self) -> AuditFilter:
        text = self.person.text().strip()
        return AuditFilter(
            person_id=int(text) if text.isdigit() else None, username=self.user.currentData(),
            action=self.action.currentData(), date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
        )

    def apply_filter(self) -> None:
        assert self.model is not None
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("Wpisów: {n}").format(n=self.model.total()))

    def clear_filter(self) -> None:
        self.person.clear()
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.apply_filter()

    def verify_chain(self) -> None:
        status = audit_log.chain_status(self._ctx)
        if not status.protected:
            self.chain.setText(self.tr("UWAGA: brak wyzwalaczy chroniących dziennik przed "
                                       "zmianą ({names}) — ktoś z dostępem do pliku je usunął. "
                                       "Zgłoś to inspektorowi ochrony danych.")
                               .format(names=", ".join(status.missing_triggers)))
        elif status.missing and status.first_broken is None:
            first, last = status.missing[0]
            self.chain.setText(self.tr("UWAGA: brak wpisów nr {first}–{last} dziennika — "
                                       "zostały usunięte. Zgłoś to inspektorowi ochrony "
                                       "danych.").format(first=first, last=last))
        elif status.ok:
            head = audit_log.format_anchor(status.head) if status.head else "—"
            self.chain.setText(self.tr("Łańcuch nienaruszony ({n} wpisów). Głowa: {head}")
                               .format(n=status.entries, head=head))
        else:
            self.chain.setText(self.tr("UWAGA: łańcuch zerwany — pierwszy zły wpis nr {id}. "
                                       "Zgłoś to inspektorowi ochrony danych.")
                               .format(id=status.first_broken))

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())
