"""Export to a removable drive: the kinds of export, what a written folder verifies to, and the
rows of the pseudonymised statistical data set. The use case is `services/usb_export.py`; the
safe write of the folder `exports/safe_write.py`; the data set's CSV
`exports/statistical_dataset.py`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ops_desktop.domain.errors import DomainError


class UsbExportKind(StrEnum):
    SUMMARY = "summary"          # a year's summary (aggregate figures)
    REPORT = "report"            # the whole-project report (aggregate figures)
    MONITORING = "monitoring"    # the monitoring list: personal data, encrypted
    STATISTICAL = "statistical"  # the pseudonymised data set


PERSONAL_KINDS = frozenset({UsbExportKind.MONITORING})

# Every export folder is named OPS-eksport-RRRR-MM-DD_GGMMSS (exports/safe_write.py).
FOLDER_PREFIX = "OPS-eksport-"


@dataclass(frozen=True)
class RemovableDrive:
    mount_point: Path
    label: str             # the volume label, or the mount point's name when there is none
    device: str            # "/dev/sdb1" or "E:"
    read_only: bool = False
    free_bytes: int | None = None
    total_bytes: int | None = None


def is_personal(kind: UsbExportKind) -> bool:
    return kind in PERSONAL_KINDS


@dataclass(frozen=True)
class VerifyProblem:
    name: str          # the file concerned ("" for the folder itself)
    code: str          # missing_folder | no_manifest | manifest_damaged | missing | changed |
                       # unreadable | unexpected


@dataclass(frozen=True)
class Verification:
    """An export folder checked against its `MANIFEST.sha256`."""

    folder: Path
    problems: list[VerifyProblem]
    files: list[str] = field(default_factory=list)
    kind: str = ""
    created: str = ""
    audit_head: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


class ExportNotVerified(DomainError):
    """The files were written but the folder does not verify against its manifest."""

    def __init__(self, verification: Verification):
        super().__init__(str(verification.folder))
        self.verification = verification


@dataclass(frozen=True)
class UsbExportResult:
    folder: Path
    files: list[str]
    encrypted: bool
    passphrase: str | None       # show once; None for non-personal kinds
    verification: Verification


@dataclass(frozen=True)
class StatisticalRow:
    number: int               # random for this export, 1..n
    sex: str                  # "K" / "M" / ""
    age_band: str
    group_kind: str           # GroupKind value, "" when no group
    entry_year: int | None
    labour_status: str
    education: str
    long_term_unemployed: bool
    completed_path: str       # EndReason value, "" while in the project
    exit_situation: str
