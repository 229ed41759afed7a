"""The participants list as a lazy table model.

Rows are fetched a page at a time through Qt's canFetchMore/fetchMore as the view scrolls,
so `data()` never queries. Sorting is done by the database (sort()), not a proxy. In surname
order (the default, and the order every keystroke of the search uses) a filter change asks
for the count and the first page only, and each next page continues from a keyset cursor:
the cost of a keystroke does not grow with the number of people found (bench/). Sorted by
another column, the model asks for the matching ids once and fetches their rows page by page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ops_desktop.domain.participants import PageCursor, PeopleFilter
from ops_desktop.domain.participants import PersonRow
from ops_desktop.services import participants
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.table_models import PagedTableModel

PAGE = 200


class ParticipantsModel(PagedTableModel):
    LAST_NAME, FIRST_NAME, PESEL, BIRTH_DATE, CITY, PROJECTS = range(6)
    _SORT_KEYS = {LAST_NAME: "last_name", FIRST_NAME: "first_name", PESEL: "pesel",
                  BIRTH_DATE: "birth_date", CITY: "city"}

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._filter = PeopleFilter()
        self._sort = ("last_name", False)
        self._ids: list[int] = []          # other sort orders: every matching id
        self._total = 0
        self._cursor: PageCursor | None = None  # surname order: where the next page starts
        self._rows: list[PersonRow] = []
        self._headers = [self.tr("Nazwisko"), self.tr("Imię"), self.tr("PESEL"),
                         self.tr("Data urodzenia"), self.tr("Miejscowość"), self.tr("Projekty")]

    # --- what the page drives -------------------------------------------------------------
    def set_filter(self, flt: PeopleFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._ids, self._cursor = [], [], None
        if self._paged():  # the count and the first page, in one transaction
            self._rows, self._cursor, total = participants.people_page(
                self._ctx, flt=self._filter, descending=self._sort[1], limit=PAGE,
                with_total=True)
            self._total = total or 0
        else:
            self._ids = participants.search_ids(self._ctx, flt=self._filter, sort=self._sort[0],
                                                descending=self._sort[1])
            self._total = len(self._ids)
            self._rows = self._next_page()
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    # --- cells and pages (ui/common/table_models) ------------------------------------------
    def _sort_value(self, row: PersonRow, column: int):
        return (row.last_name, row.first_name, row.pesel, row.birth_date, row.city,
                row.projects)[column]

    def _cell(self, row: PersonRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.BIRTH_DATE:
                return row.birth_date.strftime("%d.%m.%Y") if row.birth_date else ""
            return (row.last_name, row.first_name, row.pesel, None, row.city, row.projects)[column]
        return None

    # --- Qt overrides ---------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def _paged(self) -> bool:
        return self._sort[0] == "last_name"

    def _next_page(self) -> list[PersonRow]:
        if self._paged():
            if self._cursor is None:  # the first page came with reload(); nothing follows
                return []
            page, self._cursor, _total = participants.people_page(
                self._ctx, flt=self._filter, descending=self._sort[1], after=self._cursor,
                limit=PAGE)
            return page
        start = len(self._rows)
        return participants.rows(self._ctx, ids=self._ids[start:start + PAGE])
