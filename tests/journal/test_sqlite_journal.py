"""What only the SQLite journal does: one process at a time, and WAL mode with a chosen sync."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from journal_support import Clock, entries

from clicksend_async.journal import SqliteJournal

if TYPE_CHECKING:
    from pathlib import Path

LEASE = 60.0


async def test_reopening_frees_every_lease_of_the_gone_process(path: Path, clock: Clock) -> None:
    """What was in flight when the file is opened again may be taken at once."""
    async with SqliteJournal(path, clock=clock) as journal:
        await journal.begin("b1", entries([1]), owner="dead", lease=3600)
    async with SqliteJournal(path, clock=clock) as journal:
        (info,) = await journal.unsettled()
        assert info.lease_until <= clock.now
        assert await journal.take("b1", owner="alive", lease=LEASE)


async def test_the_file_is_in_wal_mode_with_the_chosen_sync(path: Path) -> None:
    """WAL mode always; FULL sync when durable, NORMAL when not."""
    for durable, level in ((True, 2), (False, 1)):
        async with SqliteJournal(path, durable=durable) as journal:
            assert journal._connection is not None
            assert journal._connection.execute("PRAGMA synchronous").fetchone() == (level,)
    # The with block ends a transaction, not the connection: Python 3.13 warns about an open one.
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()
