"""The audit trail as a lazy table model, newest entry first.

A filter change asks the service for the number of matching entries and the first page;
further pages come through canFetchMore/fetchMore as the view scrolls, so `data()` never
queries. The trail is append-only and ordered by id, so it is not re-sorted here."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from ops_desktop.services import audit_log
from ops_desktop.domain.audit import AuditFilter, AuditRow
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.table_models import PagedTableModel
from ops_desktop.ui.common.translation import translator


_t = translator("AuditModel")


def action_labels() -> dict[str, str]:
    return {
        "create": _t("utworzenie"), "update": _t("zmiana"), "delete": _t("usunięcie"),
        "status": _t("zmiana statusu"), "view_sensitive": _t("odczyt danych wrażliwych"),
        "print": _t("wydruk"), "export": _t("eksport"), "backup": _t("kopia zapasowa"),
        "backup_failed": _t("nieudana kopia zapasowa"), "restore": _t("przywrócenie z kopii"),
        "check": _t("sprawdzenie bazy"), "sign_in": _t("logowanie"),
        "sign_in_failed": _t("nieudane logowanie"), "anonymise": _t("anonimizacja"),
        "subject_access": _t("raport dla osoby (art. 15)"),
        "office_set_up": _t("założenie ośrodka"),
        "break_glass": _t("dostęp awaryjny"), "recovery_used": _t("użycie kodu odzyskiwania"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "person": _t("osoba"), "participation": _t("udział w projekcie"),
        "project": _t("projekt"),
        "contract": _t("kontrakt"), "activity": _t("zajęcia"), "certificate": _t("zaświadczenie"),
        "user": _t("konto"), "database": _t("baza danych"), "office": _t("ośrodek"),
        "setting": _t("ustawienie"), "consent": _t("zgoda"),
    }


class AuditModel(PagedTableModel):
    ID, AT, USER, ACTION, ENTITY, ENTITY_ID, DETAILS = range(7)

    def __init__(self, ctx: ServiceContext, parent=None, *,
                 page_size: int = audit_log.PAGE_SIZE):
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._filter = AuditFilter()
        self._total = 0
        self._rows: list[AuditRow] = []
        self._labels = action_labels()
        self._entities = entity_labels()
        self._headers = [self.tr("Nr"), self.tr("Data i godzina"), self.tr("Użytkownik"),
                         self.tr("Czynność"), self.tr("Obiekt"), self.tr("Id obiektu"),
                         self.tr("Szczegóły")]

    # --- what the page drives -------------------------------------------------------------
    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = audit_log.count_entries(self._ctx, flt=self._filter)
        self._rows = []
        self._rows = self._next_page()  # the first page
        self.endResetModel()

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def action_label(self, action: str) -> str:
        return self._labels.get(action, action)

    # --- cells and pages (ui/common/table_models) ------------------------------------------
    def _sort_value(self, row: AuditRow, column: int):
        return (row.id, row.at, row.username, row.action, row.entity, row.entity_id or 0,
                "")[column]

    def _cell(self, row: AuditRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AT:
                return row.at.strftime("%d.%m.%Y %H:%M:%S")
            if column == self.ACTION:
                return self.action_label(row.action)
            if column == self.ENTITY:
                return self._entities.get(row.entity, row.entity)
            if column == self.DETAILS:
                return json.dumps(row.details, ensure_ascii=False) if row.details else ""
            return (str(row.id), None, row.username, None, None,
                    "" if row.entity_id is None else str(row.entity_id), None)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ID, self.ENTITY_ID):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _next_page(self) -> list[AuditRow]:
        return audit_log.list_entries(self._ctx, flt=self._filter, offset=len(self._rows),
                                      limit=self._page_size)
