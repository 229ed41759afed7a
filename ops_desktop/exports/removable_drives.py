"""Removable drives (USB sticks, memory cards) mounted now, with their labels. No Qt:
`QStorageInfo.mountedVolumes()` has no "removable" flag (docs/RELIABILITY.md), so:
- Windows: every drive letter whose `GetDriveTypeW(root)` is DRIVE_REMOVABLE (2);
- Linux: disks whose `/sys/block/<disk>/removable` is 1 or that hang off a USB bus, matched
  with their mounted partitions in `/proc/mounts`; the label from `/dev/disk/by-label`.
The Linux function takes its paths as arguments so tests can build a fake /sys."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ops_desktop.domain.usb_export import RemovableDrive

DRIVE_REMOVABLE = 2


def list_removable_drives() -> list[RemovableDrive]:
    """The removable drives mounted now (empty on systems this does not know)."""
    try:
        if sys.platform == "win32":
            return windows_removable_drives()
        if sys.platform.startswith("linux"):
            return linux_removable_drives()
    except OSError:
        return []
    return []


def linux_removable_drives(*, sys_block: Path = Path("/sys/block"),
                           mounts: Path = Path("/proc/mounts"),
                           by_label: Path = Path("/dev/disk/by-label")) -> list[RemovableDrive]:
    devices = _linux_removable_devices(sys_block)
    if not devices:
        return []
    labels = _linux_labels(by_label)
    drives: list[RemovableDrive] = []
    seen: set[str] = set()
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        device, mount_point, options = parts[0], _unescape(parts[1]), parts[3].split(",")
        if not device.startswith("/"):
            continue
        name = Path(os.path.realpath(device)).name if Path(device).exists() else Path(device).name
        if name not in devices or mount_point in seen:
            continue
        seen.add(mount_point)
        path = Path(mount_point)
        free, total = _space(path)
        drives.append(RemovableDrive(path, labels.get(name) or path.name or mount_point,
                                     f"/dev/{name}", "ro" in options, free, total))
    return drives


def windows_removable_drives() -> list[RemovableDrive]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    # No "insert a disk" pop-ups for empty card readers while asking.
    old_mode = kernel32.SetErrorMode(0x0001 | 0x8000)
    try:
        mask = kernel32.GetLogicalDrives()
        drives: list[RemovableDrive] = []
        for index in range(26):
            if not mask & (1 << index):
                continue
            root = f"{chr(ord('A') + index)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
                continue
            label = ctypes.create_unicode_buffer(261)
            flags = ctypes.c_ulong(0)
            if not kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), label, 261, None,
                                                  None, ctypes.byref(flags), None, 0):
                continue            # a card reader with no card in it
            read_only = bool(flags.value & 0x00080000)  # FILE_READ_ONLY_VOLUME
            free, total = _space(Path(root))
            drives.append(RemovableDrive(Path(root), label.value or root[:2], root[:2],
                                         read_only, free, total))
        return drives
    finally:
        kernel32.SetErrorMode(old_mode)


def _linux_removable_devices(sys_block: Path) -> set[str]:
    """Kernel names of removable or USB disks and of their partitions."""
    names: set[str] = set()
    if not sys_block.is_dir():
        return names
    for disk in sys_block.iterdir():
        removable = disk / "removable"
        try:
            flag = removable.read_text().strip() == "1"
        except OSError:
            flag = False
        on_usb = "/usb" in os.path.realpath(disk)
        if not (flag or on_usb):
            continue
        names.add(disk.name)
        try:
            names.update(child.name for child in disk.iterdir()
                         if child.name.startswith(disk.name) and child.is_dir())
        except OSError:
            pass
    return names


def _linux_labels(by_label: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    if not by_label.is_dir():
        return labels
    for link in by_label.iterdir():
        target = Path(os.path.realpath(link)).name
        labels[target] = _unescape_label(link.name)
    return labels


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _unescape_label(name: str) -> str:
    """udev writes unsafe characters of labels as \\xNN."""
    out, index = bytearray(), 0
    raw = name.encode("utf-8", "surrogateescape")
    while index < len(raw):
        if raw[index:index + 2] == b"\\x" and index + 4 <= len(raw):
            try:
                out.append(int(raw[index + 2:index + 4], 16))
                index += 4
                continue
            except ValueError:
                pass
        out.append(raw[index])
        index += 1
    return out.decode("utf-8", "replace")


def _space(path: Path) -> tuple[int | None, int | None]:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None, None
    return usage.free, usage.total
