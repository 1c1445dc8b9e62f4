"""Builds a large journal, or walks one through every query a resumed run makes, reporting memory.

``python memory_probe.py build PATH N`` writes N messages (1000 a batch; every tenth unknown,
every tenth rejected, the rest accepted) straight into a new journal file.
``python memory_probe.py query PATH N`` opens it and asks every kind of question of a resumed run
(identities of every fifth batch, unsettled batches, whole batches, a walk of every record),
then prints one JSON object: resident memory before, peak resident memory during (both MB),
and the seconds each kind of question took.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async._identity import Identity
from clicksend_async.journal import SqliteJournal, State

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from clicksend_async.journal import Record

BATCH = 1000


def identity(n: int) -> Identity:
    """The identity of message ``n`` as the build writes it."""
    return Identity(f"{n:016x}".encode(), 0)


async def _create(path: str) -> None:
    async with SqliteJournal(path):
        pass


def build(path: str, total: int) -> None:
    """Write ``total`` messages into a new journal, in SQL: fast, and no Python object each."""
    asyncio.run(_create(path))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    db.execute(
        """WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < ?)
        INSERT INTO batches (seq, name, owner, began_at, lease_until, finished_at, unsettled)
        SELECT i + 1, 'b' || i, 'w', 1.0e9, 1.0e9, 1.0e9, ? FROM k""",
        (total // BATCH, BATCH // 10),
    )
    db.execute(
        """WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < ?)
        INSERT INTO messages (key, batch, state, position, custom_string, recipient,
            message_id, price, status, reason, never_applied)
        SELECT CAST(printf('%016x', i) || x'00000000' AS BLOB), i / ? + 1,
            CASE i % 10 WHEN 0 THEN 3 WHEN 1 THEN 2 ELSE 1 END, i, printf('%016x', i),
            printf('+614%08d', i), printf('MSG-%032d', i), '0.0792', 'SUCCESS', NULL, 0
        FROM k""",
        (total, BATCH),
    )
    db.execute("COMMIT")
    db.close()


def _reset_peak() -> None:
    """Reset the peak resident memory to the current size."""
    Path("/proc/self/clear_refs").write_text("5")


def _rss() -> tuple[float, float]:
    """Return the resident memory now and its peak since the last reset, in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def _count(records: AsyncIterator[Record]) -> int:
    """Count records without keeping them (nor a list as long as they are)."""
    count = 0
    async for _ in records:
        count += 1
    return count


async def query(path: str, total: int) -> dict[str, float]:
    """Ask every question of a resumed run; return memory and seconds per kind of question."""
    figures: dict[str, float] = {}
    async with SqliteJournal(path) as journal:
        await journal.counts()  # every module and the thread are in place before measuring
        _reset_peak()
        figures["rss_before_mb"] = _rss()[0]
        started = time.perf_counter()
        accepted = 0
        # Every fifth batch of the input, as a resumed run would ask them, spread over the file.
        starts = range(0, total, BATCH * 5)
        for start in starts:
            found = await journal.lookup([identity(n) for n in range(start, start + BATCH)])
            accepted += sum(1 for r in found if r is not None and r.state is State.ACCEPTED)
        assert accepted == len(starts) * BATCH * 8 // 10
        figures["lookup_per_batch_ms"] = (time.perf_counter() - started) / len(starts) * 1000
        started = time.perf_counter()
        unsettled = await journal.unsettled()
        assert len(unsettled) == total // BATCH
        for info in unsettled[:100]:
            assert len(await journal.batch(info.batch_id)) == BATCH
        figures["unsettled_and_100_batches_s"] = time.perf_counter() - started
        started = time.perf_counter()
        assert await _count(journal.records()) == total
        figures["records_walk_s"] = time.perf_counter() - started
        started = time.perf_counter()
        assert await _count(journal.records(states=[State.UNKNOWN])) == total // 10
        figures["unknown_walk_s"] = time.perf_counter() - started
        started = time.perf_counter()
        assert (await journal.counts()).total == total
        figures["counts_s"] = time.perf_counter() - started
        figures["peak_mb"] = _rss()[1]
    return figures


if __name__ == "__main__":
    command, file, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if command == "build":
        build(file, count)
    else:
        sys.stdout.write(json.dumps(asyncio.run(query(file, count))) + "\n")
