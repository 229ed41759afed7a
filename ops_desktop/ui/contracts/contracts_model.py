"""The contracts list as a table model: number, person, project and group, status, period,
caseworker, amendments, the next evaluation. Rows arrive whole from
`contract_lists.list_contracts` (hundreds to a few thousand), `data()` never queries; sort by
the raw values through a QSortFilterProxyModel (SORT_ROLE)."""

from __future__ import annotations

import datetime as dt


from ops_desktop.domain.contract_views import ContractRow
from ops_desktop.ui.contracts.contract_labels import contract_label
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.translation import translator



_t = translator("ContractsModel")


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _number_key(row: ContractRow) -> int:
    """KS/7/2011 sorts by year, then number; drafts first (a plain int: Qt compares it)."""
    year = row.signed_on.year if row.signed_on else 0
    digits = [int(p) for p in row.number.replace("-", "/").split("/") if p.isdigit()]
    number = digits[0] if len(digits) > 1 else 0
    return year * 1_000_000 + number


def _day_key(value: dt.date | None, missing: dt.date) -> dt.date:
    return value or missing


class ContractsModel(RowsModel):
    NUMBER, PERSON, PROJECT, GROUP, STATUS, PERIOD, CASEWORKER, AMENDMENTS, NEXT = range(9)

    def __init__(self, parent=None):
        super().__init__([
            Column(_t("Numer"), lambda r: r.number or _t("(projekt)"), sort=_number_key),
            Column(_t("Osoba"), lambda r: r.person_name),
            Column(_t("Projekt"), lambda r: r.project_title),
            Column(_t("Grupa"), lambda r: r.group_name),
            Column(_t("Status"), lambda r: contract_label(r.status)),
            Column(_t("Okres"), lambda r: f"{_day(r.period_from)} – {_day(r.period_to)}",
                   sort=lambda r: _day_key(r.period_from, dt.date.min)),
            Column(_t("Pracownik socjalny"), lambda r: r.caseworker_name),
            Column(_t("Aneksy"), lambda r: str(r.amendments) if r.amendments else "",
                   sort=lambda r: r.amendments, numeric=True),
            Column(_t("Najbliższa\nocena"), lambda r: _day(r.next_evaluation),  # two lines: room
                   sort=lambda r: _day_key(r.next_evaluation, dt.date.max)),
        ], parent)

    def contract_id(self, row: int) -> int:
        return self.row(row).id
