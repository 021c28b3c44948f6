"""The laptop's network addresses a phone could reach, for the ambassador to pick one.

Plain stdlib: on Linux each interface's IPv4 address is read with an ioctl; elsewhere the host
name's addresses and the default route's source address are used.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

_SIOCGIFADDR = 0x8915


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    interface: str = ""  # e.g. "wlan0"; "" when the platform does not say

    @property
    def is_loopback(self) -> bool:
        return ipaddress.ip_address(self.host).is_loopback

    @property
    def label(self) -> str:
        return f"{self.host} ({self.interface})" if self.interface else self.host


def _linux_addresses() -> list[Address]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                reply = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, request)
            except OSError:
                continue  # no IPv4 address on this interface (down, or IPv6 only)
            found.append(Address(socket.inet_ntoa(reply[20:24]), name))
    return found


def _portable_addresses() -> list[Address]:
    hosts: list[str] = []
    try:
        hosts += [i[4][0] for i in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    except OSError:
        pass
    try:
        # Connecting a UDP socket sends nothing; it only asks the system which address it would
        # use on the default route.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            hosts.append(probe.getsockname()[0])
    except OSError:
        pass
    hosts.append("127.0.0.1")
    return [Address(h) for h in dict.fromkeys(hosts)]


def _rank(address: Address) -> tuple[int, str]:
    ip = ipaddress.ip_address(address.host)
    name = address.interface
    if ip.is_loopback:
        return (9, name)
    if ip.is_link_local:
        return (5, name)
    if name.startswith(("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap")):
        return (4, name)  # virtual networks no phone can reach
    if name.startswith(("wl", "wlan", "wifi")):
        return (0, name)
    return (1, name)


def list_addresses(include_loopback: bool = False) -> list[Address]:
    """IPv4 addresses of this laptop, the likeliest for phones first (Wi-Fi, then wired)."""
    try:
        found = _linux_addresses() if sys.platform.startswith("linux") else _portable_addresses()
    except OSError:
        found = _portable_addresses()
    unique = list({a.host: a for a in found}.values())
    if not include_loopback:
        unique = [a for a in unique if not a.is_loopback]
    return sorted(unique, key=_rank)
