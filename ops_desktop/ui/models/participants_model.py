"""The participants list as a lazy table model.

A filter or sort change asks the service for the matching ids only (cheap: integers from an
index); rows are fetched a page at a time through Qt's canFetchMore/fetchMore as the view
scrolls, so `data()` never queries. Sorting is done by the database (sort()), not a proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ops_desktop.db.repositories.people_search import PeopleFilter
from ops_desktop.domain.participants import PersonRow
from ops_desktop.services import participants
from ops_desktop.services.context import ServiceContext

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1   # the PersonRow dataclass
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # raw value


class ParticipantsModel(QAbstractTableModel):
    LAST_NAME, FIRST_NAME, PESEL, BIRTH_DATE, CITY, PROJECTS = range(6)
    _SORT_KEYS = {LAST_NAME: "last_name", FIRST_NAME: "first_name", PESEL: "pesel",
                  BIRTH_DATE: "birth_date", CITY: "city"}

    def __init__(self, ctx: ServiceContext, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self._filter = PeopleFilter()
        self._sort = ("last_name", False)
        self._ids: list[int] = []
        self._rows: list[PersonRow] = []
        self._headers = [self.tr("Nazwisko"), self.tr("Imię"), self.tr("PESEL"),
                         self.tr("Data urodzenia"), self.tr("Miejscowość"), self.tr("Projekty")]

    # --- what the page drives -------------------------------------------------------------
    def set_filter(self, flt: PeopleFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = participants.search_ids(self._ctx, flt=self._filter, sort=self._sort[0],
                                            descending=self._sort[1])
        self._rows = []
        self._fetch_page()
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    # --- Qt overrides ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == SORT_ROLE:
            return (row.last_name, row.first_name, row.pesel, row.birth_date, row.city,
                    row.projects)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.BIRTH_DATE:
                return row.birth_date.strftime("%d.%m.%Y") if row.birth_date else ""
            return (row.last_name, row.first_name, row.pesel, None, row.city, row.projects)[column]
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: ANN001, B008
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: ANN001, B008
        if parent.isValid():
            return
        start = len(self._rows)
        end = min(start + PAGE, len(self._ids))
        if end <= start:
            return
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._fetch_page()
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: ANN001
        key = self._SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def _fetch_page(self) -> None:
        start = len(self._rows)
        page_ids = self._ids[start:start + PAGE]
        self._rows.extend(participants.rows(self._ctx, ids=page_ids))
