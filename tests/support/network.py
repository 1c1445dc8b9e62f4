"""The suite's guard on name look-ups: only loopback names and addresses may be resolved.

pytest-socket (its options are in pyproject) refuses connections to anything but loopback, but
it lets a look-up through, and a DNS query for a real name leaves the machine. This guard
refuses such a look-up before it starts, with an error no ``except OSError`` swallows.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class ResolutionBlockedError(RuntimeError):
    """A test tried to resolve a name or address off this machine."""


def is_local(host: str | bytes | None) -> bool:
    """Return whether ``host`` names this machine: a loopback name or address, or no host."""
    if host is None:
        return True  # the wildcard or loopback address, as getaddrinfo(None, port) means
    name = (host.decode() if isinstance(host, bytes) else host).strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback


def guarded_getaddrinfo(real: Any) -> Any:
    """Return ``socket.getaddrinfo`` refusing every host that ``is_local`` does not accept."""

    def getaddrinfo(host: str | bytes | None, *args: Any, **kwargs: Any) -> Any:
        if not is_local(host):
            raise ResolutionBlockedError(
                f"a test tried to resolve {host!r}; only loopback is allowed"
            )
        return real(host, *args, **kwargs)

    return getaddrinfo


def install(monkeypatch: Any) -> None:
    """Guard ``socket.getaddrinfo`` and ``socket.gethostbyname`` until ``monkeypatch`` undoes it."""
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo(socket.getaddrinfo))

    real_gethostbyname = socket.gethostbyname

    def gethostbyname(host: str) -> str:
        if not is_local(host):
            raise ResolutionBlockedError(
                f"a test tried to resolve {host!r}; only loopback is allowed"
            )
        return real_gethostbyname(host)

    monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
