"""The shared-folder heuristic: network file systems, removable media, sync clients' folders."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from visitapp.core.shared_folders import SharedKind, classify, mount_of, parse_mounts

MOUNTS = parse_mounts(
    """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
server:/export/home /home nfs4 rw,vers=4.2 0 0
/dev/nvme0n1p3 /home/local ext4 rw 0 0
//nas/partage /mnt/nas cifs rw 0 0
alice@host:/srv /home/local/remote fuse.sshfs rw 0 0
/home/local/.secret /home/local/Private fuse.gocryptfs rw 0 0
/dev/sda1 /mnt/windows fuseblk rw 0 0
/dev/sdb1 /media/alice/CLE\\040USB vfat rw 0 0
/dev/sdc1 /run/media/bob/SD exfat rw 0 0
/dev/sdd1 /mnt/stick vfat rw 0 0
overlay /var/lib/docker/overlay2/x/merged overlay rw 0 0
C:\\134 /mnt/c 9p rw 0 0
"""
)


def kind(path: str, **facts) -> SharedKind | None:
    found = classify(PurePosixPath(path), mounts=MOUNTS, **facts)
    return found.kind if found else None


def test_mount_lines_are_unescaped():
    assert any(m.point == "/media/alice/CLE USB" for m in MOUNTS)


def test_the_longest_mount_point_holds_the_path():
    assert mount_of(PurePosixPath("/home/local/data"), MOUNTS).point == "/home/local"
    assert mount_of(PurePosixPath("/home/alice"), MOUNTS).fstype == "nfs4"
    assert mount_of(PurePosixPath("/homework"), MOUNTS).point == "/"


@pytest.mark.parametrize(
    "path",
    [
        "/home/alice/.local/share/visitapp",  # NFS home directory
        "/mnt/nas/visitapp",
        "/home/local/remote/visitapp",
        "/mnt/c/Users/alice/visitapp",  # WSL's 9p view of a Windows drive
    ],
)
def test_network_file_systems_are_shared(path):
    assert kind(path) is SharedKind.NETWORK


@pytest.mark.parametrize(
    "path",
    [
        "/home/local/alice/visitapp",
        "/home/local/Private/visitapp",  # an encrypted folder (FUSE, but local)
        "/mnt/windows/visitapp",  # an NTFS partition of the laptop's own disk
        "/var/lib/docker/overlay2/x/merged/data",
        "/srv/visitapp/dropbox-notes",
    ],
)
def test_local_folders_are_not_shared(path):
    assert kind(path) is None


def test_removable_media():
    assert kind("/media/alice/CLE USB/visitapp") is SharedKind.REMOVABLE
    assert kind("/run/media/bob/SD/visitapp") is SharedKind.REMOVABLE
    assert kind("/mnt/stick/visitapp") is None
    assert kind("/mnt/stick/visitapp", removable_devices=frozenset({"/dev/sdd1"})) is (
        SharedKind.REMOVABLE
    )


@pytest.mark.parametrize(
    "folder",
    [
        "Dropbox",
        "Dropbox (Polytech)",
        "OneDrive",
        "OneDrive - INSA Lyon",
        "Google Drive",
        "My Drive",
        "Mon Drive",
        "Nextcloud",
        "ownCloud",
        "iCloud Drive",
        "pCloud Drive",
        "Seafile",
    ],
)
def test_sync_client_folders_are_shared(folder):
    assert kind(f"/home/local/alice/{folder}/visitapp") is SharedKind.SYNCED
    windows = classify(PureWindowsPath(f"C:/Users/alice/{folder}/visitapp"))
    assert windows is not None and windows.kind is SharedKind.SYNCED


def test_windows_network_and_removable_drives():
    unc = classify(PureWindowsPath(r"\\serveur\partage\visitapp"))
    assert unc.kind is SharedKind.NETWORK
    mapped = classify(PureWindowsPath("Z:/visitapp"), windows_drive="remote")
    assert mapped.kind is SharedKind.NETWORK
    stick = classify(PureWindowsPath("E:/visitapp"), windows_drive="removable")
    assert stick.kind is SharedKind.REMOVABLE
    assert classify(PureWindowsPath("C:/Users/alice/AppData/Local/visitapp")) is None


def test_macos_volumes_and_cloud_storage():
    home = PurePosixPath("/Users/alice")
    assert kind("/Volumes/USB/visitapp", home=home) is SharedKind.REMOVABLE
    cloud = "/Users/alice/Library/CloudStorage/GoogleDrive-alice@example.org/visitapp"
    assert kind(cloud, home=home) is SharedKind.SYNCED
    assert kind("/Users/alice/Library/Application Support/visitapp", home=home) is None
