"""Writes batches to a journal, printing each commit as it returns, until it is killed.

Run as ``python crash_writer.py PATH FIRST SIZE``: batch ``bN`` holds messages N*SIZE to
(N+1)*SIZE-1; its finish accepts most, rejects every third and leaves every seventh unknown.
A PATH starting with ``redis://`` is a Redis URL: the writer uses the run ``crash`` there.
"""

from __future__ import annotations

import asyncio
import sys

from journal_support import entries, expected_settlement

from clicksend_async.journal import Journal, SqliteJournal
from clicksend_async.shared import RedisJournal

# Bounds the writer if nobody kills it.
BATCHES = 5000


async def main(path: str, first: int, size: int) -> None:
    """Begin and finish batches from ``first`` on, announcing each commit on stdout."""
    journal: Journal = (
        RedisJournal.from_url(path, run="crash")
        if path.startswith("redis://")
        else SqliteJournal(path)
    )
    await journal.open()
    try:
        for number in range(first, first + BATCHES):
            numbers = range(number * size, (number + 1) * size)
            await journal.begin(f"b{number}", entries(numbers), owner="writer", lease=60)
            sys.stdout.write(f"begun {number}\n")
            sys.stdout.flush()
            await journal.finish(f"b{number}", [expected_settlement(n) for n in numbers])
            sys.stdout.write(f"finished {number}\n")
            sys.stdout.flush()
    finally:
        await journal.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
