"""The safe write of an export (docs/RELIABILITY.md "export to USB", R2–R4): the manifest verifies;
an OSError at each step, a full file system and a pulled stick leave no export that verifies,
no temp files where they could be removed, and the previous export verifying."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ops_desktop.domain.storage_errors import DiskFull, MediumFailed
from ops_desktop.exports.safe_write import (
    MANIFEST_NAME, TEMP_MARK, ExportFailed, ExportFile, FileOps, find_exports, verify_export,
    write_export,
)
from tests import ROOT

FILES = [ExportFile("zestawienie.csv", b"Rok;Uczestnicy\n2011;521\n"),
         ExportFile("raport.pdf", os.urandom(200_000))]
HEAD = "17 " + "ab" * 32


def _previous(target: Path) -> Path:
    written = write_export(target, [ExportFile("stary.csv", b"1;2\n")], kind="statistical",
                           audit_head=HEAD, when=dt.datetime(2011, 1, 1, 9, 0, 0))
    assert verify_export(written.folder).ok
    return written.folder


def _temps(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if TEMP_MARK in p.name]


def test_a_written_export_verifies_and_sha256sum_agrees(tmp_path):
    written = write_export(tmp_path, FILES, kind="report", audit_head=HEAD)
    result = verify_export(written.folder)
    assert result.ok and result.files == ["zestawienie.csv", "raport.pdf"]
    assert result.kind == "report" and result.audit_head == HEAD
    assert written.folder.name.startswith("OPS-eksport-")
    assert sorted(p.name for p in written.folder.iterdir()) == sorted(
        ["zestawienie.csv", "raport.pdf", MANIFEST_NAME])
    assert (written.folder / "raport.pdf").read_bytes() == FILES[1].data
    if shutil.which("sha256sum"):
        run = subprocess.run(["sha256sum", "-c", MANIFEST_NAME], cwd=written.folder,
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr


def test_each_export_gets_its_own_folder(tmp_path):
    when = dt.datetime(2011, 5, 6, 7, 8, 9)
    first = write_export(tmp_path, FILES, kind="report", audit_head=HEAD, when=when).folder
    second = write_export(tmp_path, FILES, kind="report", audit_head=HEAD, when=when).folder
    assert first != second and find_exports(tmp_path) == [first, second]
    assert verify_export(first).ok and verify_export(second).ok


@pytest.mark.parametrize(("change", "code"), [
    (lambda f: (f / "raport.pdf").write_bytes(b"x"), "changed"),
    (lambda f: (f / "raport.pdf").unlink(), "missing"),
    (lambda f: (f / "dodatek.txt").write_text("?"), "unexpected"),
    (lambda f: (f / MANIFEST_NAME).unlink(), "no_manifest"),
    (lambda f: (f / MANIFEST_NAME).write_text(
        (f / MANIFEST_NAME).read_text().rsplit("# files", 1)[0]), "manifest_damaged"),
])
def test_verification_finds_a_changed_or_incomplete_folder(tmp_path, change, code):
    folder = write_export(tmp_path, FILES, kind="report", audit_head=HEAD).folder
    change(folder)
    assert code in [p.code for p in verify_export(folder).problems]


class FailingOps(FileOps):
    """Raises `error` at one step for one file (the manifest or a data file)."""

    def __init__(self, method: str, manifest: bool, error: int = errno.EIO):
        self.method, self.manifest, self.error = method, manifest, error

    def _hit(self, method: str, path: Path) -> None:
        if method == self.method and (MANIFEST_NAME in path.name) == self.manifest:
            raise OSError(self.error, os.strerror(self.error), str(path))

    def make_folder(self, path):
        self._hit("make_folder", path.parent / "x")
        super().make_folder(path)

    def open_temp(self, path):
        self._hit("open_temp", path)
        return super().open_temp(path)

    def write(self, handle, data, path):
        self._hit("write", path)
        super().write(handle, data, path)

    def fsync(self, handle, path):
        self._hit("fsync", path)
        super().fsync(handle, path)

    def read_back(self, path):
        data = super().read_back(path)
        if self.method == "read_back_differs" and (MANIFEST_NAME in path.name) == self.manifest:
            return data[:-1] + bytes([data[-1] ^ 1])
        return data

    def rename(self, source, target):
        self._hit("rename", source)
        super().rename(source, target)


STEPS = [
    ("make_folder", False, "folder"),
    ("open_temp", False, "write"),
    ("write", False, "write"),
    ("fsync", False, "fsync"),
    ("read_back_differs", False, "read_back"),
    ("rename", False, "rename"),
    ("write", True, "manifest"),
    ("fsync", True, "manifest"),
    ("read_back_differs", True, "manifest"),
    ("rename", True, "manifest"),
]


@pytest.mark.parametrize(("method", "manifest", "step"), STEPS,
                         ids=[f"{m}{'-manifest' if mf else ''}" for m, mf, _ in STEPS])
@pytest.mark.parametrize("error", [errno.EIO, errno.ENOSPC], ids=["EIO", "ENOSPC"])
def test_an_oserror_at_each_step_leaves_nothing_that_verifies(tmp_path, method, manifest, step,
                                                               error):
    previous = _previous(tmp_path)
    with pytest.raises(ExportFailed) as failed:
        write_export(tmp_path, FILES, kind="report", audit_head=HEAD,
                     ops=FailingOps(method, manifest, error))
    assert failed.value.step == step
    expected = MediumFailed if method == "read_back_differs" or error == errno.EIO else DiskFull
    assert isinstance(failed.value.storage, expected)
    assert failed.value.left_behind == []
    assert find_exports(tmp_path) == [previous]          # the failed folder is gone
    assert verify_export(previous).ok
    assert _temps(tmp_path) == []


class PulledStick(FileOps):
    """The stick is pulled at one step: from then on every operation fails with EIO. With
    `vanish` the export's files disappear too (what the OS shows of a removed drive);
    without it they stay on the stick, to be found when it is plugged in again."""

    def __init__(self, method: str, manifest: bool, folder_holder: list, vanish: bool):
        self.method, self.manifest, self.vanish = method, manifest, vanish
        self.folder_holder = folder_holder
        self.pulled = False

    def _step(self, method: str, path: Path) -> None:
        if not self.pulled and method == self.method and \
                (MANIFEST_NAME in path.name) == self.manifest:
            self.pulled = True
            if self.vanish:
                shutil.rmtree(path.parent)
        if self.pulled:
            raise OSError(errno.EIO, "Input/output error", str(path))

    def make_folder(self, path):
        super().make_folder(path)
        self.folder_holder.append(path)

    def write(self, handle, data, path):
        self._step("write", path)
        super().write(handle, data, path)

    def fsync(self, handle, path):
        self._step("fsync", path)
        super().fsync(handle, path)

    def read_back(self, path):
        self._step("read_back", path)
        return super().read_back(path)

    def rename(self, source, target):
        self._step("rename", source)
        super().rename(source, target)

    def sync_folder(self, path):
        self._step("sync_folder", path)
        super().sync_folder(path)

    def remove(self, path):
        self._step("remove", path)
        super().remove(path)

    def remove_folder(self, path):
        self._step("remove", path)
        super().remove_folder(path)


PULL_POINTS = [("write", False), ("fsync", False), ("read_back", False), ("rename", False),
               ("write", True), ("rename", True)]


@pytest.mark.parametrize(("method", "manifest"), PULL_POINTS,
                         ids=[f"{m}{'-manifest' if mf else ''}" for m, mf in PULL_POINTS])
@pytest.mark.parametrize("vanish", [True, False], ids=["files-vanish", "files-stay"])
def test_stick_pulled_mid_export(tmp_path, method, manifest, vanish):
    """R4: the export is reported failed, the previous one still verifies, the interrupted one
    fails verification (when the stick comes back with whatever was left on it)."""
    previous = _previous(tmp_path)
    folders: list[Path] = []
    with pytest.raises(ExportFailed) as failed:
        write_export(tmp_path, FILES, kind="report", audit_head=HEAD,
                     ops=PulledStick(method, manifest, folders, vanish))
    assert isinstance(failed.value.storage, MediumFailed)
    interrupted = folders[0]
    assert not verify_export(interrupted).ok
    assert verify_export(previous).ok
    assert [f for f in find_exports(tmp_path) if verify_export(f).ok] == [previous]
    if not vanish:
        assert failed.value.left_behind             # the user is told what is left
        assert interrupted.exists()


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A real 1 MiB file system (tmpfs), when this machine lets us mount one."""
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here; the file-size-limit test covers it")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_a_real_full_file_system_fails_cleanly_and_writing_resumes(tiny_tmpfs):
    """R3 for exports: a full stick gives DiskFull, cleans up, keeps the earlier export, and
    once there is room again an export goes through."""
    previous = _previous(tiny_tmpfs)
    big = [ExportFile("duzy.bin", os.urandom(1_500_000))]
    with pytest.raises(ExportFailed) as failed:     # the real ENOSPC in the middle of a write
        write_export(tiny_tmpfs, big, kind="report", audit_head=HEAD, check_space=False)
    assert isinstance(failed.value.storage, DiskFull) and failed.value.step == "write"
    assert find_exports(tiny_tmpfs) == [previous] and verify_export(previous).ok
    assert _temps(tiny_tmpfs) == []
    with pytest.raises(ExportFailed) as refused:    # the same, found before writing anything
        write_export(tiny_tmpfs, big, kind="report", audit_head=HEAD)
    assert refused.value.step == "space" and isinstance(refused.value.storage, DiskFull)
    filler = tiny_tmpfs / "filler.bin"
    filler.write_bytes(b"\0" * 700_000)
    with pytest.raises(ExportFailed):
        write_export(tiny_tmpfs, [ExportFile("sredni.bin", os.urandom(400_000))],
                     kind="report", audit_head=HEAD, check_space=False)
    filler.unlink()                                 # space freed: writing resumes
    resumed = write_export(tiny_tmpfs, [ExportFile("sredni.bin", os.urandom(400_000))],
                           kind="report", audit_head=HEAD)
    assert verify_export(resumed.folder).ok and verify_export(previous).ok


def test_a_file_size_limit_fails_the_same_way(tmp_path):
    """Where no tmpfs can be mounted: RLIMIT_FSIZE makes writes fail with EFBIG, in a child
    process (so the limit does not reach the test runner)."""
    script = textwrap.dedent(f"""
        import json, os, resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from ops_desktop.exports.safe_write import (ExportFailed, ExportFile, find_exports,
                                                    verify_export, write_export)
        target = Path({str(tmp_path)!r})
        previous = write_export(target, [ExportFile("stary.csv", b"1;2\\n")], kind="s",
                                audit_head="1 x").folder
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
        try:
            write_export(target, [ExportFile("duzy.bin", os.urandom(1_000_000))], kind="s",
                         audit_head="1 x", check_space=False)
            outcome = "written"
        except ExportFailed as exc:
            outcome = type(exc.storage).__name__ + ":" + exc.step
        print(json.dumps({{"outcome": outcome,
                          "exports": [p.name for p in find_exports(target)],
                          "previous_ok": verify_export(previous).ok,
                          "temps": [p.name for p in target.rglob("*") if ".tmp-" in p.name]}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["outcome"] == "DiskFull:write"
    assert len(result["exports"]) == 1 and result["previous_ok"] and result["temps"] == []


def test_file_names_must_be_plain_and_distinct(tmp_path):
    for bad in ([ExportFile("a/b.csv", b"")], [ExportFile("a", b""), ExportFile("a", b"")],
                [ExportFile(MANIFEST_NAME, b"")], [ExportFile(".ukryty", b"")], []):
        with pytest.raises(ValueError):
            write_export(tmp_path, bad, kind="x", audit_head=HEAD)
    assert list(tmp_path.iterdir()) == []


def test_a_single_file_is_written_whole_or_the_old_one_stays(tmp_path):
    from ops_desktop.exports.safe_write import sha256_hex, write_file

    target = tmp_path / "lista.csv"
    assert write_file(target, b"nowa;lista\n") == sha256_hex(b"nowa;lista\n")
    assert target.read_bytes() == b"nowa;lista\n"
    with pytest.raises(ExportFailed) as failed:
        write_file(target, b"inna;lista\n", ops=FailingOps("fsync", False, errno.ENOSPC))
    assert isinstance(failed.value.storage, DiskFull)
    assert target.read_bytes() == b"nowa;lista\n" and _temps(tmp_path) == []


def test_cancelling_leaves_nothing_of_the_export(tmp_path):
    from ops_desktop.domain.progress import Cancelled, Progress

    previous = _previous(tmp_path)
    progress = Progress(lambda done, total, text: progress.cancel() if done == 1 else None)
    with pytest.raises(Cancelled):
        write_export(tmp_path, FILES, kind="report", audit_head=HEAD, progress=progress)
    assert find_exports(tmp_path) == [previous] and verify_export(previous).ok
    assert _temps(tmp_path) == []
