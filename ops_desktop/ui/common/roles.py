"""The item data roles of the GUI's models and item widgets, in one place, so two roles never
share a number by accident. Qt's own roles (DisplayRole, EditRole, ToolTipRole, …) stay Qt's.

Every table model answers ROW_ROLE with the row's dataclass and, when it can be sorted,
SORT_ROLE with the raw value (a date, a number, grosze) a QSortFilterProxyModel compares."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

ROW_ROLE = _USER + 1      # the row's dataclass (a view or a draft)
SORT_ROLE = _USER + 2     # the raw value to sort by
ID_ROLE = _USER + 3       # a list, tree or table item's database id
MARK_ROLE = _USER + 4     # attendance grid: the Mark of a session cell (or None)
FIGURE_ROLE = _USER + 5   # summary tables: the figure key behind a cell ("year:2011:K") or None
PATH_ROLE = _USER + 6     # USB export: a target's folder
SOURCE_ROLE = _USER + 7   # USB export: where a target came from ("drive" or "folder")
