"""One of several worker processes racing to claim the same messages in one RedisJournal run.

Run as ``python journal_racer.py REDIS NAME START``: from wall-clock START, begins ROUNDS
batches named ``NAME-N``, each holding messages N*SIZE to (N+1)*SIZE-1 (the same messages in
every process), and prints the positions it claimed as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from journal.journal_support import entries

from clicksend_async.shared import RedisJournal

ROUNDS = 30
SIZE = 200


async def race(url: str, name: str, start: float) -> list[int]:
    """Begin every round's batch as soon as the start time comes; return what was claimed."""
    journal = RedisJournal.from_url(url, run="race", create=False)
    await journal.open()
    await asyncio.sleep(max(0.0, start - time.time()))
    claimed: list[int] = []
    for number in range(ROUNDS):
        batch = entries(range(number * SIZE, (number + 1) * SIZE))
        won = await journal.begin(f"{name}-{number}", batch, owner=name, lease=60)
        claimed += [entry.position for entry in won]
    await journal.close()
    return claimed


if __name__ == "__main__":
    url, name, start = sys.argv[1:]
    sys.stdout.write(json.dumps(asyncio.run(race(url, name, float(start)))))
