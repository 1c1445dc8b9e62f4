"""Journals in temporary files, and a clock tests move by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from journal_support import Clock

from clicksend_async.journal import SqliteJournal

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from pathlib import Path


@pytest.fixture
def clock() -> Clock:
    """A clock standing still until moved."""
    return Clock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where the test's journal file goes."""
    return tmp_path / "run.journal"


@pytest.fixture
async def journal(path: Path, clock: Clock) -> AsyncIterator[SqliteJournal]:
    """An open journal on a fresh file, not durable (the tests need no fsync)."""
    store = SqliteJournal(path, durable=False, clock=clock)
    await store.open()
    try:
        yield store
    finally:
        await store.close()
