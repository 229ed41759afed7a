"""The database's backups as a table model (newest first): date, app version, reason, size."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ops_desktop.services.backup import BackupInfo

ROW_ROLE = Qt.ItemDataRole.UserRole + 1   # the BackupInfo dataclass
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # raw value


def reason_label(reason: str) -> str:
    labels = {"manual": "na żądanie", "daily": "codzienna", "exit": "przy zamknięciu",
              "chosen": "na żądanie"}
    return QCoreApplication.translate("BackupsModel", labels[reason]) if reason in labels \
        else reason


class BackupsModel(QAbstractTableModel):
    TAKEN_AT, VERSION, REASON, SIZE, FILE = range(5)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._headers = [self.tr("Wykonana"), self.tr("Wersja programu"), self.tr("Rodzaj"),
                         self.tr("Rozmiar"), self.tr("Plik")]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

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
        info = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return info
        if role == SORT_ROLE:
            return (info.taken_at, info.app_version, info.reason, info.size, info.path.name)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.taken_at.strftime("%d.%m.%Y %H:%M:%S"), info.app_version,
                    reason_label(info.reason), f"{info.size / 1_048_576:.1f} MB",
                    info.path.name)[column]
        return None
