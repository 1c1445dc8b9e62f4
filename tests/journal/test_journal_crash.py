"""A process killed (SIGKILL) while writing leaves a journal of whole batches and whole finishes.

Both stores: a SQLite file (its transactions) and a run in Redis (its scripts).
"""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

import pytest
from journal_support import expected_settlement

from clicksend_async.journal import Journal, SqliteJournal, State
from clicksend_async.shared import RedisJournal

WRITER = Path(__file__).with_name("crash_writer.py")
SIZE = 200
ROUNDS = 6


async def run_and_kill(path: str, first: int, delay: float) -> list[str]:
    """Start the writer at batch ``first``, kill it ``delay`` s after its first commit."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(WRITER), path, str(first), str(SIZE),
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        first_line = await asyncio.wait_for(process.stdout.readline(), 60)
        await asyncio.sleep(delay)
    finally:
        process.kill()
    rest = await process.stdout.read()
    await process.wait()
    # A line cut off by the kill was never announced.
    return [line for line in (first_line + rest).decode().split("\n")[:-1] if line]


async def batch_names(journal: Journal) -> list[str]:
    """Return the name of every batch the journal holds (checking a SQLite file's integrity)."""
    if isinstance(journal, SqliteJournal):
        assert journal._connection is not None
        assert journal._connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [name for (name,) in journal._connection.execute("SELECT name FROM batches")]
    assert isinstance(journal, RedisJournal)
    prefix = f"{journal.stem}:b:"
    keys = journal._client.scan_iter(match=f"{prefix}*")
    return [key.decode()[len(prefix) :] async for key in keys]


def reopen(target: str) -> Journal:
    """Return a store on the journal the writer wrote to."""
    if target.startswith("redis://"):
        return RedisJournal.from_url(target, run="crash", create=False)
    return SqliteJournal(target, durable=False)


async def check_whole(journal: Journal, announced: list[str]) -> int:
    """Check every batch is whole, every finish whole, every announced commit kept.

    Returns the next unused batch number.
    """
    names = await batch_names(journal)
    numbers = sorted(int(name[1:]) for name in names)
    kept = set()
    for number in numbers:
        records = await journal.batch(f"b{number}")
        assert [r.position for r in records] == list(range(number * SIZE, (number + 1) * SIZE))
        kept.add(f"begun {number}")
        if {r.state for r in records} == {State.IN_FLIGHT}:
            assert {r.finished_at for r in records} == {None}
            continue
        kept.add(f"finished {number}")
        for record in records:
            settled = expected_settlement(record.position)
            assert (record.state, record.message_id, record.status) == (
                settled.state,
                settled.message_id,
                settled.status,
            )
            assert record.finished_at is not None
    for line in announced:
        assert line in kept, line
    counts = await journal.counts()
    assert counts.total == SIZE * len(numbers)
    return numbers[-1] + 1 if numbers else 0


@pytest.mark.parametrize("store", ["sqlite", "redis"])
async def test_sigkill_at_any_moment_leaves_whole_batches(
    store: str, path: Path, request: pytest.FixtureRequest
) -> None:
    """Six writers killed at random moments: no half batch, no half finish, no commit lost."""
    target = str(path) if store == "sqlite" else request.getfixturevalue("redis_url")
    rng = random.Random(1913)  # noqa: S311 - timing noise, not secrets
    first = 0
    for _ in range(ROUNDS):
        announced = await run_and_kill(target, first, rng.uniform(0, 0.4))
        journal = reopen(target)
        await journal.open()
        try:
            first = await check_whole(journal, announced)
        finally:
            await journal.close()
    assert first > ROUNDS
