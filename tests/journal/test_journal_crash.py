"""A process killed (SIGKILL) while writing leaves a journal of whole batches and whole finishes."""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

from journal_support import expected_settlement

from clicksend_async.journal import SqliteJournal, State

WRITER = Path(__file__).with_name("crash_writer.py")
SIZE = 200
ROUNDS = 6


async def run_and_kill(path: Path, first: int, delay: float) -> list[str]:
    """Start the writer at batch ``first``, kill it ``delay`` s after its first commit."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(WRITER), str(path), str(first), str(SIZE),
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


async def check_whole(journal: SqliteJournal, announced: list[str]) -> int:
    """Check every batch is whole, every finish whole, every announced commit kept.

    Returns the next unused batch number.
    """
    assert journal._connection is not None
    assert journal._connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    names = [name for (name,) in journal._connection.execute("SELECT name FROM batches")]
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


async def test_sigkill_at_any_moment_leaves_whole_batches(path: Path) -> None:
    """Six writers killed at random moments: no half batch, no half finish, no commit lost."""
    rng = random.Random(1913)  # noqa: S311 - timing noise, not secrets
    first = 0
    for _ in range(ROUNDS):
        announced = await run_and_kill(path, first, rng.uniform(0, 0.4))
        async with SqliteJournal(path, durable=False) as journal:
            first = await check_whole(journal, announced)
    assert first > ROUNDS
