"""Gathering the facts on Linux (mount table, sysfs) and refusing a shared data folder."""

from __future__ import annotations

import os
import sys

import pytest

from visitapp.core.shared_folders import SharedDataFolder, SharedKind
from visitapp.services import Services
from visitapp.services.shared_folders import removable_devices, shared_folder
from visitapp.texts import describe_error

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="reads a Linux mount table")


def fake_sysfs(root, device: str, *, removable: str, usb: bool):
    """sys/class/block/<partition> -> sys/devices/…/block/<disk>/<partition>, like the kernel."""
    disk = device.rstrip("0123456789")
    bus = "pci0000:00/usb1/1-1/host6/target6:0:0/6:0:0:0" if usb else "pci0000:00/ata1/host0"
    disk_dir = root / "devices" / bus / "block" / disk
    (disk_dir / device).mkdir(parents=True)
    (disk_dir / "removable").write_text(removable + "\n")
    links = root / "class" / "block"
    links.mkdir(parents=True, exist_ok=True)
    os.symlink(disk_dir / device, links / device)


@linux_only
def test_a_usb_disk_is_removable_even_when_it_says_it_is_not(tmp_path):
    sys_root = tmp_path / "sys"
    fake_sysfs(sys_root, "sdb1", removable="0", usb=True)
    fake_sysfs(sys_root, "sda2", removable="0", usb=False)
    fake_sysfs(sys_root, "mmcblk0p1", removable="1", usb=False)
    from visitapp.core.shared_folders import Mount

    mounts = [
        Mount("/dev/sdb1", "/mnt/a", "ext4"),
        Mount("/dev/sda2", "/", "ext4"),
        Mount("/dev/mmcblk0p1", "/mnt/sd", "vfat"),
    ]
    assert removable_devices(mounts, sys_root) == {"/dev/sdb1", "/dev/mmcblk0p1"}


@linux_only
def test_a_folder_on_a_mounted_usb_stick_is_shared(tmp_path):
    sys_root = tmp_path / "sys"
    fake_sysfs(sys_root, "sdb1", removable="1", usb=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n/dev/sdb1 {tmp_path}/stick vfat rw 0 0\n")
    found = shared_folder(tmp_path / "stick" / "visitapp", proc_mounts=mounts, sys_root=sys_root)
    assert found is not None and found.kind is SharedKind.REMOVABLE
    assert shared_folder(tmp_path / "local", proc_mounts=mounts, sys_root=sys_root) is None


@linux_only
def test_a_folder_on_nfs_is_shared(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/home {tmp_path}/home nfs4 rw 0 0\n")
    found = shared_folder(tmp_path / "home" / "alice", proc_mounts=mounts, sys_root=tmp_path)
    assert found.kind is SharedKind.NETWORK and "nfs4" in found.detail


def test_the_app_refuses_a_data_folder_inside_dropbox(tmp_path, clock):
    data_dir = tmp_path / "Dropbox" / "visitapp"
    data_dir.mkdir(parents=True)
    with pytest.raises(SharedDataFolder) as error:
        Services.open(data_dir / "visitapp.db", clock)
    assert list(data_dir.iterdir()) == []  # no database was created there
    english = describe_error(error.value, "en")
    assert "Dropbox" in english and "--data-dir" in english
    assert "dossier synchronisé" in describe_error(error.value, "fr")


def test_a_local_data_folder_is_accepted(tmp_path, clock):
    Services.open(tmp_path / "data" / "visitapp.db", clock).close()
