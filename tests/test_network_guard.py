"""The suite's network guard: loopback works, anything else fails in the guard, unsent."""

from __future__ import annotations

import asyncio
import socket

import pytest
from pytest_socket import SocketConnectBlockedError
from support.network import ResolutionBlockedError, is_local

TEST_NET = "192.0.2.1"  # TEST-NET-1: documentation only, never routed


def test_connect_off_loopback_is_refused_before_it_starts():
    """A connect to a TEST-NET address raises in the guard and the socket never connects."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(1)  # without the guard this fails with a timeout instead
    with pytest.raises(SocketConnectBlockedError):
        sock.connect((TEST_NET, 80))
    assert sock.fileno() == -1


async def test_asyncio_connect_off_loopback_is_refused():
    """An event-loop connection, as aiohttp makes, to a TEST-NET address raises in the guard."""
    with pytest.raises(SocketConnectBlockedError):
        await asyncio.wait_for(asyncio.open_connection(TEST_NET, 80), timeout=1)


@pytest.mark.parametrize("name", ["example.com", TEST_NET, "rest.clicksend.com"])
async def test_look_ups_off_loopback_are_refused(name):
    """Resolving a name or address off this machine raises before any query is made."""
    with pytest.raises(ResolutionBlockedError):
        socket.getaddrinfo(name, 80)
    with pytest.raises(ResolutionBlockedError):
        await asyncio.get_running_loop().getaddrinfo(name, 80)


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.5.5.5", True),
        ("[::1]", True),
        (None, True),
        ("10.0.0.1", False),
        ("example.com", False),
    ],
)
def test_only_loopback_counts_as_local(host, local):
    """Loopback names and addresses (and no host) are local; anything else is not."""
    assert is_local(host) is local


async def test_loopback_tcp_and_unix_sockets_still_work(tmp_path):
    """Servers on 127.0.0.1 and on a unix socket accept connections under the guard."""

    async def echo(reader, writer):
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()

    tcp = await asyncio.start_server(echo, "127.0.0.1", 0)
    path = str(tmp_path / "guard.sock")
    unix = await asyncio.start_unix_server(echo, path)
    try:
        port = tcp.sockets[0].getsockname()[1]
        for opened in (
            asyncio.open_connection("localhost", port),
            asyncio.open_unix_connection(path),
        ):
            reader, writer = await opened
            writer.write(b"ping\n")
            assert await reader.readline() == b"ping\n"
            writer.close()
            await writer.wait_closed()
    finally:
        for server in (tcp, unix):
            server.close()
            await server.wait_closed()
