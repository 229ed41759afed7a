"""Finding removable drives on Linux from /sys/block and /proc/mounts (a fake tree here; the
Windows branch asks GetDriveTypeW and runs only there)."""

from __future__ import annotations

import os
from pathlib import Path

from ops_desktop.exports.removable_drives import linux_removable_drives, list_removable_drives


def _disk(sys_block: Path, name: str, removable: str, partitions=()) -> None:
    disk = sys_block / name
    disk.mkdir(parents=True)
    (disk / "removable").write_text(removable + "\n")
    for part in partitions:
        (disk / part).mkdir()


def test_removable_partitions_that_are_mounted_with_their_labels(tmp_path):
    sys_block, by_label = tmp_path / "sys" / "block", tmp_path / "by-label"
    _disk(sys_block, "sda", "0", ["sda1", "sda2"])        # the internal disk
    _disk(sys_block, "sdb", "1", ["sdb1"])                # a stick with a partition
    _disk(sys_block, "sdc", "1")                          # a card formatted without partitions
    _disk(sys_block, "sdd", "1", ["sdd1"])                # a stick that is not mounted
    stick, card = tmp_path / "media" / "PENDRIVE OPS", tmp_path / "media" / "karta"
    stick.mkdir(parents=True)
    card.mkdir(parents=True)
    by_label.mkdir()
    os.symlink("../../sdb1", by_label / "PENDRIVE\\x20OPS")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda2 / ext4 rw,relatime 0 0\n"
        "proc /proc proc rw 0 0\n"
        f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw,nosuid 0 0\n"
        f"/dev/sdc {card} exfat ro,nosuid 0 0\n"
        "tmpfs /run tmpfs rw 0 0\n")
    drives = linux_removable_drives(sys_block=sys_block, mounts=mounts, by_label=by_label)
    assert [(d.mount_point, d.label, d.device, d.read_only) for d in drives] == [
        (stick, "PENDRIVE OPS", "/dev/sdb1", False),
        (card, "karta", "/dev/sdc", True),
    ]
    assert all(d.free_bytes is not None and d.total_bytes for d in drives)


def test_no_removable_disks_no_drives(tmp_path):
    sys_block = tmp_path / "block"
    _disk(sys_block, "nvme0n1", "0", ["nvme0n1p1"])
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/nvme0n1p1 / ext4 rw 0 0\n")
    assert linux_removable_drives(sys_block=sys_block, mounts=mounts,
                                  by_label=tmp_path / "none") == []


def test_the_real_machine_is_asked_without_failing():
    assert isinstance(list_removable_drives(), list)
