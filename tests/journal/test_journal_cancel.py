"""A cancelled journal call has recorded all of its change or none, and the journal goes on."""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from typing import TYPE_CHECKING

import pytest
from journal_support import Clock, entries, identity

from clicksend_async import ConfigurationError
from clicksend_async.journal import Journal, Settled, SqliteJournal, State

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

LEASE = 60.0


class GateClock(Clock):
    """A clock that, once armed, stops the journal's thread at its next reading until opened."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = False
        self.entered = threading.Event()
        self.gate = threading.Event()

    def __call__(self) -> float:
        """Return the time, first waiting at the gate if armed."""
        if self.armed:
            self.armed = False
            self.entered.set()
            self.gate.wait(10)
        return self.now


async def pause(rng: random.Random) -> None:
    """Let the loop run for nothing, one step, or a random moment (up to 2 ms)."""
    delay = rng.choice([None, 0.0, rng.uniform(0, 0.002)])
    if delay is not None:
        await asyncio.sleep(delay)


async def states(journal: Journal, numbers: range) -> set[State | None]:
    """Return the set of states of messages ``numbers`` (None for never seen)."""
    found = await journal.lookup([identity(n) for n in numbers])
    return {None if record is None else record.state for record in found}


async def test_a_begin_cancelled_before_it_ran_records_nothing(path: Path) -> None:
    """Cancelled while waiting for the thread: the call is skipped and the batch id stays free."""
    async with SqliteJournal(path, durable=False) as journal:
        assert journal._thread is not None
        gate = threading.Event()
        busy = asyncio.create_task(journal._thread.run(lambda: gate.wait(10)))
        begin = asyncio.create_task(journal.begin("b1", entries(range(5)), owner="w", lease=LEASE))
        await asyncio.sleep(0.01)
        begin.cancel()
        await asyncio.sleep(0.01)
        assert not begin.done()  # it waits until the thread is done with its call
        gate.set()
        with pytest.raises(asyncio.CancelledError):
            await begin
        await busy
        assert await states(journal, range(5)) == {None}
        assert len(await journal.begin("b1", entries(range(5)), owner="w", lease=LEASE)) == 5


async def test_a_begin_cancelled_midway_is_recorded_whole(path: Path) -> None:
    """Cancelled inside its transaction: it commits whole, then the cancellation is raised."""
    clock = GateClock()
    async with SqliteJournal(path, durable=False, clock=clock) as journal:
        clock.armed = True
        begin = asyncio.create_task(journal.begin("b1", entries(range(5)), owner="w", lease=LEASE))
        assert await asyncio.to_thread(clock.entered.wait, 10)
        begin.cancel()
        await asyncio.sleep(0.01)
        begin.cancel()  # a second cancellation changes nothing either
        await asyncio.sleep(0.01)
        assert not begin.done()
        clock.gate.set()
        with pytest.raises(asyncio.CancelledError):
            await begin
        assert await states(journal, range(5)) == {State.IN_FLIGHT}
        assert [info.batch_id for info in await journal.unsettled()] == ["b1"]


async def test_a_finish_cancelled_midway_is_recorded_whole(path: Path) -> None:
    """A finish cancelled in its transaction settles every message it was given."""
    clock = GateClock()
    async with SqliteJournal(path, durable=False, clock=clock) as journal:
        await journal.begin("b1", entries(range(5)), owner="w", lease=LEASE)
        settled = [Settled.accepted(identity(n), f"M{n}", "0.07") for n in range(5)]
        clock.armed = True
        finish = asyncio.create_task(journal.finish("b1", settled))
        assert await asyncio.to_thread(clock.entered.wait, 10)
        finish.cancel()
        clock.gate.set()
        with pytest.raises(asyncio.CancelledError):
            await finish
        assert await states(journal, range(5)) == {State.ACCEPTED}
        assert await journal.unsettled() == []


async def test_cancellation_at_any_moment_never_leaves_half_a_batch(
    journal: Journal,
) -> None:
    """200 begins and finishes cancelled at random moments, in either store: all-or-nothing."""
    rng = random.Random(2026)  # noqa: S311 - timing noise, not secrets
    size = 300
    for round_number in range(100):
        numbers = range(round_number * size, (round_number + 1) * size)
        batch = entries(numbers)
        begin = asyncio.create_task(
            journal.begin(f"b{round_number}", batch, owner="w", lease=LEASE)
        )
        await pause(rng)
        begin.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await begin
        begun = await states(journal, numbers)
        assert begun in ({None}, {State.IN_FLIGHT}), round_number
        if begun == {None}:
            continue
        settled = [Settled.accepted(identity(n), f"M{n}", "1") for n in numbers]
        finish = asyncio.create_task(journal.finish(f"b{round_number}", settled))
        await pause(rng)
        finish.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await finish
        assert await states(journal, numbers) in ({State.IN_FLIGHT}, {State.ACCEPTED})
    counts = await journal.counts()
    assert counts.total % size == 0


async def test_a_cancelled_open_does_not_hold_the_file(path: Path) -> None:
    """However an open is cancelled, the file can be opened right after."""
    rng = random.Random(7)  # noqa: S311 - timing noise, not secrets
    for _ in range(20):
        journal = SqliteJournal(path, durable=False, busy_timeout=0.05)
        opening = asyncio.create_task(journal.open())
        await asyncio.sleep(rng.uniform(0, 0.01))
        opening.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await opening
        await journal.close()
        async with SqliteJournal(path, busy_timeout=0.05) as again:
            assert await again.counts() is not None
    with pytest.raises(ConfigurationError, match="not open"):
        await journal.counts()


async def test_leaving_a_listing_early_leaves_the_journal_usable(journal: Journal) -> None:
    """Breaking out of records() part-way, or cancelling it, costs nothing, in either store."""
    await journal.begin("b1", entries(range(2500)), owner="w", lease=LEASE)
    listing = journal.records()
    async with contextlib.aclosing(listing):
        async for record in listing:
            if record.position == 1500:
                break

    async def read_all() -> int:
        return sum([1 async for _ in journal.records()])

    reading = asyncio.create_task(read_all())
    await asyncio.sleep(0)
    reading.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await reading
    assert await read_all() == 2500


async def test_two_opens_at_once_share_one_connection(
    make_journal: Callable[[], Journal],
) -> None:
    """Opening from two tasks at once gives one run id, and the store is held once."""
    journal = make_journal()
    first, second = await asyncio.gather(journal.open(), journal.open())
    assert first == second
    await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
    await journal.close()
    again = make_journal()
    assert await again.open() == first
    await again.close()
