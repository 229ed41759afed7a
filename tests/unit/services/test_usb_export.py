"""Export to a removable drive end to end on a real database: statistical data written as they
are, personal data only inside an encrypted 7z that opens with the shown passphrase and not
without it (7-Zip too), no plaintext name or PESEL in any byte written (R7), audit entries
and the audit head in the manifest, permissions."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.enums import Role, Sex
from ops_desktop.domain.errors import OutsideProjects, PermissionDenied, ValidationFailed
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.exports import encrypted_archive
from ops_desktop.exports.encrypted_archive import WrongPassphrase, open_archive
from ops_desktop.exports.safe_write import MANIFEST_NAME, ExportFailed, FileOps, verify_export
from ops_desktop.services.usb_export import run_usb_export
from ops_desktop.services.context import Actor
from ops_desktop.domain.usb_export import UsbExportKind
from tests.export_support import monitoring_project, participant
from tests.security_support import add_account

NAMES = [("Zofia", "Żółkiewska"), ("Grzegorz", "Brzęczyszczykiewicz"), ("Anna", "Nowak")]


class RecordingOps(FileOps):
    """Keeps every byte written to any file (temp files included)."""

    def __init__(self):
        self.written: dict[Path, bytearray] = {}

    def write(self, handle, data, path):
        self.written.setdefault(path, bytearray()).extend(data)
        super().write(handle, data, path)


@pytest.fixture
def stick(tmp_path) -> Path:
    """A folder standing in for a removable drive (the database lives beside it)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def office(ctx):
    project = monitoring_project(ctx)
    people = [participant(ctx, project, first=first, last=last,
                          sex=Sex.FEMALE if first.endswith("a") else Sex.MALE,
                          born=dt.date(1970 + i * 10, 4, 2), start=dt.date(2015, 3, 2 + i))
              for i, (first, last) in enumerate(NAMES)]
    return project, people


def _secrets(people) -> list[bytes]:
    found = []
    for person in people:
        for text in (person.draft.first_name, person.draft.last_name, person.draft.pesel):
            found += [text.encode("utf-8"), text.encode("utf-16-le")]
    return found


def test_statistical_export_is_plain_pseudonymised_and_verified(ctx, office, stick):
    project, people = office
    ops = RecordingOps()
    result = run_usb_export(ctx, kind=UsbExportKind.STATISTICAL, project_id=project.id,
                            target=stick, ops=ops)
    assert result.verification.ok and not result.encrypted and result.passphrase is None
    [name] = result.files
    data = (result.folder / name).read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nr uczestnika", "Płeć", "Przedział wieku w chwili przystąpienia"]
    assert sorted(int(r[0]) for r in rows[1:]) == [1, 2, 3]
    assert sorted(r[2] for r in rows[1:]) == ["15–24 lata", "25–54 lata", "25–54 lata"]
    for blob in [*ops.written.values(), *(p.read_bytes() for p in result.folder.iterdir())]:
        for secret in _secrets(people):
            assert secret not in blob


def test_personal_data_leave_only_in_an_encrypted_archive(ctx, office, stick, tmp_path,
                                                          monkeypatch):
    project, people = office
    ops = RecordingOps()
    scratch = tmp_path / "tempdir"          # anything a library puts in the temp folder
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    result = run_usb_export(ctx, kind=UsbExportKind.MONITORING, project_id=project.id,
                            target=stick, fmt=MonitoringFormat.SL2014, ops=ops)
    assert result.verification.ok and result.encrypted
    assert re.fullmatch(r"([A-Z2-9]{4}-){5}[A-Z2-9]{4}", result.passphrase)
    [name] = result.files
    assert name.endswith(".7z")
    archive = (result.folder / name).read_bytes()
    # R7: no name or PESEL in any byte written, temp files included; no file name either.
    assert len(ops.written) == 2      # the archive's temp file and the manifest's
    for blob in [*ops.written.values(), *(p.read_bytes() for p in result.folder.iterdir())]:
        for secret in [*_secrets(people), b"lista-monitorujaca", b"xl/worksheets"]:
            assert secret not in blob
    assert list(scratch.iterdir()) == []     # no plaintext went through a temp file
    contents = open_archive(archive, result.passphrase)
    [(inner_name, xlsx)] = contents.items()
    assert inner_name.startswith("lista-monitorujaca-sl2014") and inner_name.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(xlsx)).active
    pesels = {row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert pesels == {p.draft.pesel for p in people}
    for wrong in (None, "", "ABCD-ABCD-ABCD-ABCD-ABCD-ABCD"):
        with pytest.raises(WrongPassphrase):
            open_archive(archive, wrong)


@pytest.mark.skipif(not (shutil.which("7zz") or shutil.which("7z")), reason="no 7-Zip here")
def test_seven_zip_opens_the_archive_with_the_passphrase_only(ctx, office, stick):
    project, _ = office
    result = run_usb_export(ctx, kind=UsbExportKind.MONITORING, project_id=project.id,
                            target=stick, fmt=MonitoringFormat.CST2021)
    seven = shutil.which("7zz") or shutil.which("7z")
    archive = result.folder / result.files[0]
    listing = subprocess.run([seven, "l", "-pZLE-HASLO", str(archive)], capture_output=True,
                             text=True, stdin=subprocess.DEVNULL)
    assert listing.returncode != 0 and "lista-monitorujaca" not in listing.stdout
    out = stick.parent / "rozpakowane"
    done = subprocess.run([seven, "x", f"-p{result.passphrase}", f"-o{out}", str(archive)],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    [extracted] = list(out.iterdir())
    expected = open_archive(archive.read_bytes(), result.passphrase)[extracted.name]
    assert extracted.read_bytes() == expected
    assert expected.decode("utf-8-sig").startswith("Numer projektu;")


def test_the_manifest_carries_the_audit_head_of_the_export_entry(ctx, office, stick):
    project, _ = office
    result = run_usb_export(ctx, kind=UsbExportKind.STATISTICAL, project_id=project.id,
                            target=stick, year=2015)
    with ctx.reading() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.action.in_(["usb_export", "usb_export_result"]))
            .order_by(AuditEntry.id)).scalars().all()
    started, finished = entries
    assert result.verification.audit_head == f"{started.id} {started.hash}"
    assert f"# audit-head: {started.id} {started.hash}" in \
        (result.folder / MANIFEST_NAME).read_text()
    assert '"ok": true' in finished.details and result.folder.name in finished.details
    assert '"what": "statistical"' in started.details and '"year": 2015' in started.details


def test_a_failed_write_is_reported_and_audited(ctx, office, stick):
    project, _ = office

    class Full(FileOps):
        def write(self, handle, data, path):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

    with pytest.raises(ExportFailed) as failed:
        run_usb_export(ctx, kind=UsbExportKind.MONITORING, project_id=project.id,
                       target=stick, ops=Full())
    assert failed.value.step == "write"
    assert list(stick.iterdir()) == []
    with ctx.reading() as session:
        last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalar()
    assert last.action == "usb_export_result" and '"ok": false' in last.details
    assert '"reason": "DiskFull"' in last.details


def test_who_may_export_what(ctx, office, stick):
    project, _ = office
    caseworker = ctx.as_actor(Actor(7, "anna", frozenset({Role.CASEWORKER})))
    dpo = ctx.as_actor(Actor(8, "iod", frozenset({Role.DPO})))
    elsewhere_id = add_account(ctx, "inny-koordynator", Role.COORDINATOR)
    elsewhere = ctx.as_actor(Actor(elsewhere_id, "inny-koordynator",
                                   frozenset({Role.COORDINATOR})))
    coordinator_id = add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    coordinator = ctx.as_actor(Actor(coordinator_id, "koordynator",
                                     frozenset({Role.COORDINATOR})))
    for kind in (UsbExportKind.MONITORING, UsbExportKind.STATISTICAL):
        with pytest.raises(OutsideProjects):  # not a project of theirs
            run_usb_export(elsewhere, kind=kind, project_id=project.id, target=stick)
    for who in (caseworker, dpo):
        for kind in (UsbExportKind.MONITORING, UsbExportKind.STATISTICAL):
            with pytest.raises(PermissionDenied):
                run_usb_export(who, kind=kind, project_id=project.id, target=stick)
    assert list(stick.iterdir()) == []
    for kind in (UsbExportKind.MONITORING, UsbExportKind.STATISTICAL):
        assert run_usb_export(coordinator, kind=kind, project_id=project.id,
                              target=stick).verification.ok


def test_summary_and_report_are_aggregate_files_written_as_they_are(ctx, office, stick):
    project, people = office
    ops = RecordingOps()
    year = run_usb_export(ctx, kind=UsbExportKind.SUMMARY, project_id=project.id, target=stick,
                          year=2015, ops=ops)
    whole = run_usb_export(ctx, kind=UsbExportKind.REPORT, project_id=project.id, target=stick,
                           ops=ops)
    for result, base in ((year, "zestawienie-2015-"), (whole, "raport-projektu-")):
        assert result.verification.ok and not result.encrypted and result.passphrase is None
        assert [Path(n).suffix for n in result.files] == [".pdf", ".xlsx", ".csv", ".json"]
        assert all(n.startswith(base) for n in result.files)
        pdf = PdfReader(result.folder / result.files[0])
        text = "".join(page.extract_text() for page in pdf.pages)
        assert "Postaw na siebie" in text
        for person in people:
            assert person.draft.last_name not in text and person.draft.pesel not in text
    figures = json.loads((year.folder / year.files[3]).read_bytes())
    assert figures["year"] == 2015 and figures["participants"]["unique"] == 3
    for blob in ops.written.values():
        for secret in _secrets(people):
            assert secret not in blob
    with pytest.raises(ValidationFailed):
        run_usb_export(ctx, kind=UsbExportKind.SUMMARY, project_id=project.id, target=stick)


def test_passphrases_are_random_readable_groups():
    phrases = {encrypted_archive.new_passphrase() for _ in range(200)}
    assert len(phrases) == 200
    for phrase in phrases:
        groups = phrase.split("-")
        assert len(groups) == 6 and all(len(g) == 4 for g in groups)
        assert set(phrase.replace("-", "")) <= set(encrypted_archive.PASSPHRASE_ALPHABET)
        assert not set("01OIL") & set(phrase)


def test_an_export_folder_that_was_tampered_with_fails_verification(ctx, office, stick):
    project, _ = office
    result = run_usb_export(ctx, kind=UsbExportKind.MONITORING, project_id=project.id,
                            target=stick)
    archive = result.folder / result.files[0]
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    assert [p.code for p in verify_export(result.folder).problems] == ["changed"]
