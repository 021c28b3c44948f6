"""Gathers the facts core/shared_folders.py judges (mount table, removable disks, drive type),
and refuses to keep the live database on a shared folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

from visitapp.core.shared_folders import (
    Mount,
    SharedDataFolder,
    SharedFolder,
    classify,
    mount_of,
    parse_mounts,
)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def removable_devices(mounts: list[Mount], sys_root: Path = Path("/sys")) -> frozenset[str]:
    """Devices (/dev/sdb1) whose disk says it is removable, or that hang off a USB bus."""
    found = set()
    for mount in mounts:
        if not mount.device.startswith("/dev/"):
            continue
        block = sys_root / "class" / "block" / Path(os.path.realpath(mount.device)).name
        if not block.exists():
            continue
        real = block.resolve()
        disk = real if (real / "removable").exists() else real.parent
        if _read(disk / "removable").strip() == "1" or "/usb" in str(real):
            found.add(mount.device)
    return frozenset(found)


def _windows_drive(path: PureWindowsPath) -> str:
    import ctypes

    kind = ctypes.windll.kernel32.GetDriveTypeW(path.anchor)  # type: ignore[attr-defined]
    return {2: "removable", 4: "remote"}.get(kind, "")


def shared_folder(
    folder: Path, *, proc_mounts: Path = Path("/proc/self/mounts"), sys_root: Path = Path("/sys")
) -> SharedFolder | None:
    """Why `folder` is on a network drive, a synced folder or removable media, if it is."""
    folder = Path(os.path.abspath(folder))
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    resolved = existing.resolve() / folder.relative_to(existing)
    if sys.platform == "win32":
        windows = PureWindowsPath(resolved)
        return classify(windows, windows_drive=_windows_drive(windows))
    mounts = parse_mounts(_read(proc_mounts))
    holder = mount_of(PurePosixPath(resolved), mounts)
    return classify(
        PurePosixPath(resolved),
        mounts=mounts,
        removable_devices=removable_devices([holder] if holder else [], sys_root),
        home=Path.home(),
    )


def refuse_shared_data_folder(folder: Path) -> None:
    """Raise SharedDataFolder when the live database would sit on a shared folder."""
    found = shared_folder(folder)
    if found is not None:
        raise SharedDataFolder(path=str(folder), kind=found.kind.value, reason=found.detail)
