"""Journals of both stores (a SQLite file, a run in Redis), and a clock tests move by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_support import Clock

from clicksend_async.journal import Journal, SqliteJournal
from clicksend_async.shared import RedisJournal

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable
    from pathlib import Path


@pytest.fixture
def clock() -> Clock:
    """A clock standing still until moved."""
    return Clock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where the test's journal file goes."""
    return tmp_path / "run.journal"


@pytest.fixture(params=["sqlite", "redis"])
def make_journal(request: pytest.FixtureRequest, path: Path, clock: Clock) -> Callable[[], Journal]:
    """Make a new store object on the test's one journal: its file, or its run in Redis."""
    if request.param == "sqlite":
        return lambda: SqliteJournal(path, durable=False, clock=clock)
    redis_url = request.getfixturevalue("redis_url")
    return lambda: RedisJournal.from_url(redis_url, run="test-run", clock=clock)


@pytest.fixture
async def journal(make_journal: Callable[[], Journal]) -> AsyncIterator[Journal]:
    """An open journal, new and empty, of each store (SQLite without fsync: none is needed)."""
    store = make_journal()
    await store.open()
    try:
        yield store
    finally:
        await store.close()
