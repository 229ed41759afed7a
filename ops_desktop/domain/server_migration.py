"""Moving an office from its database file to the office server (`ops-desktop
migrate-to-server`): what each table came to, and why a move is refused.

The errors carry data (table names and numbers), the front end words them."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.audit import AuditHead


@dataclass(frozen=True)
class TableCopied:
    name: str
    source_rows: int
    target_rows: int
    same_content: bool  # the per-table checksum of every row matched

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.same_content


@dataclass(frozen=True)
class ServerMigrationResult:
    tables: tuple[TableCopied, ...]
    audit_entries: int  # on the server, the move's own entry included
    audit_head: AuditHead  # the move's own entry: the first anchor of the server's trail


class TargetNotEmpty(Exception):
    """The server database already holds rows (table → rows; -1: a table not the program's)."""

    def __init__(self, occupied: dict[str, int]):
        super().__init__(", ".join(sorted(occupied)))
        self.occupied = occupied


class SourceNotCurrent(Exception):
    """The file is at an older (or newer) schema than the program: open it once first."""

    def __init__(self, revision: str | None, head: str):
        super().__init__(f"{revision} != {head}")
        self.revision, self.head = revision, head


class CopyFailed(Exception):
    """The server refused rows of a table (its first line, no values): nothing committed."""

    def __init__(self, table: str, detail: str):
        super().__init__(f"{table}: {detail}")
        self.table, self.detail = table, detail


class CopyMismatch(Exception):
    """Counts or checksums differ after the copy: nothing was committed on the server."""

    def __init__(self, tables: tuple[TableCopied, ...]):
        super().__init__(", ".join(t.name for t in tables if not t.ok))
        self.tables = tables


class ChainBroken(Exception):
    """The audit trail did not verify on the server after the move (first bad entry)."""

    def __init__(self, entry_id: int | None):
        super().__init__(str(entry_id))
        self.entry_id = entry_id
