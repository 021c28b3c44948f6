"""Is a folder shared (network drive, synced cloud folder, removable media)? A pure heuristic.

SQLite's locking is not safe on network file systems, and sync clients upload a database
half-written, so the live database must never sit on such a folder. The facts (mount table,
removable devices, Windows drive type) are gathered by services/shared_folders.py.

The rules, in order:
- Windows: a UNC path (\\\\server\\share) or a drive reported remote or removable;
- Linux: the file system of the folder's mount (from /proc/mounts) is a network one
  (NFS, SMB/CIFS, AFS, 9p, Ceph…) or a FUSE client of a network or cloud service (sshfs,
  rclone, gvfs, s3fs, onedriver…); or its device is removable or USB; or it is mounted
  under /media or /run/media (where desktops mount USB sticks and SD cards);
- macOS: under /Volumes (other disks, network shares) or ~/Library/CloudStorage;
- anywhere: a folder of the path is named like a sync client's (Dropbox, OneDrive,
  Google Drive, Nextcloud, ownCloud, iCloud Drive, pCloud, Seafile, Synology Drive…).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from visitapp.core.errors import VisitappError


class SharedDataFolder(VisitappError):
    """The live database must not sit on a network drive, a synced folder or a USB stick."""

    code = "sync.shared_data_dir"


class SharedKind(StrEnum):
    NETWORK = "network"
    SYNCED = "synced"
    REMOVABLE = "removable"


@dataclass(frozen=True, slots=True)
class Mount:
    device: str
    point: str
    fstype: str


@dataclass(frozen=True, slots=True)
class SharedFolder:
    kind: SharedKind
    detail: str  # what gave it away, e.g. "nfs4 at /home" or "Dropbox"


NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "coda",
        "ncpfs",
        "9p",
        "drvfs",  # WSL's view of Windows drives: locking is not reliable for SQLite
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "webdav",
        "sshfs",
    }
)
# FUSE clients of remote or cloud storage. Other FUSE file systems (encrypted home folders,
# NTFS disks, sandbox portals) are local and stay allowed.
NETWORK_FUSE = frozenset(
    {
        "sshfs",
        "rclone",
        "gvfsd-fuse",
        "s3fs",
        "davfs",
        "davfs2",
        "onedriver",
        "google-drive-ocamlfuse",
        "dbxfs",
        "gcsfuse",
        "goofys",
        "mountpoint-s3",
        "seadrive",
        "kio-fuse",
        "curlftpfs",
        "glusterfs",
        "cephfs",
        "juicefs",
        "blobfuse",
        "blobfuse2",
    }
)
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")
# Folder names (compared without case) that sync clients create by default.
SYNC_FOLDER_NAMES = re.compile(
    r"^(dropbox( \(.+\))?|onedrive( - .+)?|google ?drive(-.+)?|googledrive(-.+)?|my drive|"
    r"mon drive|nextcloud|owncloud|icloud ?drive|mobile documents|pcloud ?drive|seafile|"
    r"seadrive|synologydrive|synology drive|box sync|tresorit|yandex\.disk|koofr|"
    r"megasync|mega sync)$",
    re.IGNORECASE,
)


def parse_mounts(text: str) -> list[Mount]:
    """Lines of /proc/mounts; spaces and tabs in paths come escaped as octal (\\040)."""

    def unescape(field: str) -> str:
        return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)

    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(unescape(fields[0]), unescape(fields[1]), fields[2]))
    return mounts


def mount_of(path: PurePosixPath, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding `path`: the longest mount point that contains it (the last wins)."""
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.point).parts)
        ):
            best = mount
    return best


def network_filesystem(fstype: str) -> bool:
    fstype = fstype.lower()
    if fstype.startswith("fuse."):
        return fstype[5:] in NETWORK_FUSE
    return fstype in NETWORK_FILESYSTEMS or fstype.startswith("nfs")


def synced_folder_name(path: PurePath) -> str:
    for part in path.parts:
        if SYNC_FOLDER_NAMES.match(part):
            return part
    return ""


def classify(
    path: PurePath,
    *,
    mounts: Iterable[Mount] = (),
    removable_devices: frozenset[str] = frozenset(),
    windows_drive: str = "",
    home: PurePath | None = None,
) -> SharedFolder | None:
    """Why `path` (absolute, resolved) is a shared folder, or None when it looks local.

    `removable_devices` are device paths (/dev/sdb1) known to be removable or on USB;
    `windows_drive` is "remote", "removable" or "" as Windows reports the path's drive.
    """
    if isinstance(path, PureWindowsPath):
        if path.drive.startswith("\\\\"):
            return SharedFolder(SharedKind.NETWORK, path.drive)
        if windows_drive == "remote":
            return SharedFolder(SharedKind.NETWORK, path.drive)
        if windows_drive == "removable":
            return SharedFolder(SharedKind.REMOVABLE, path.drive)
    else:
        posix = PurePosixPath(path)
        mount = mount_of(posix, mounts)
        if mount is not None:
            if network_filesystem(mount.fstype):
                return SharedFolder(SharedKind.NETWORK, f"{mount.fstype} at {mount.point}")
            if mount.device in removable_devices:
                return SharedFolder(SharedKind.REMOVABLE, f"{mount.device} at {mount.point}")
            if (mount.point + "/").startswith(REMOVABLE_MOUNT_ROOTS):
                return SharedFolder(SharedKind.REMOVABLE, mount.point)
        if len(posix.parts) > 2 and posix.parts[1] == "Volumes":
            return SharedFolder(SharedKind.REMOVABLE, str(PurePosixPath(*posix.parts[:3])))
        if home is not None:
            cloud = PurePosixPath(home) / "Library" / "CloudStorage"
            if posix == cloud or cloud in posix.parents:
                return SharedFolder(SharedKind.SYNCED, str(cloud))
    name = synced_folder_name(path)
    if name:
        return SharedFolder(SharedKind.SYNCED, name)
    return None
