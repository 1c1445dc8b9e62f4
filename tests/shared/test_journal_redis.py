"""RedisJournal with a real Redis: workers racing, a dead worker's batch, restarts and keys."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import redis.asyncio as aioredis
from journal.journal_support import entries, identity
from support.redis_server import RedisServer

from clicksend_async import ConfigurationError, ValidationError
from clicksend_async.journal import Journal, Settled, State
from clicksend_async.shared import (
    JournalLostError,
    JournalUnavailableError,
    RedisJournal,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

LEASE = 60.0
RACER = Path(__file__).with_name("journal_racer.py")


@pytest.fixture
async def two(redis_url: str) -> AsyncIterator[tuple[RedisJournal, RedisJournal]]:
    """Two workers' stores of one run, each with its own client and connections."""
    first = RedisJournal.from_url(redis_url, run="race")
    second = RedisJournal.from_url(redis_url, run="race", create=False)
    await first.open()
    await second.open()
    yield first, second
    await first.close()
    await second.close()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to stop and start again on its port."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_two_workers_racing_claim_each_message_exactly_once(
    two: tuple[RedisJournal, RedisJournal],
) -> None:
    """50 rounds of two workers beginning overlapping batches at once: one claim per message."""
    first, second = two
    assert await first.open() == await second.open()
    for round_number in range(50):
        base = round_number * 100
        ours, yours = entries(range(base, base + 80)), entries(range(base + 20, base + 100))
        mine, theirs = await asyncio.gather(
            first.begin(f"w1-{round_number}", ours, owner="w1", lease=LEASE),
            second.begin(f"w2-{round_number}", yours, owner="w2", lease=LEASE),
        )
        won = {e.position for e in mine}, {e.position for e in theirs}
        assert not won[0] & won[1], round_number
        assert won[0] | won[1] == set(range(base, base + 100)), round_number
    assert (await first.counts()).in_flight == 5000


async def test_two_workers_beginning_the_same_batch_id_one_claims_it(
    two: tuple[RedisJournal, RedisJournal],
) -> None:
    """The same batch delivered to two workers at once: one claims all of it, the other none."""
    first, second = two
    batch = entries(range(500))
    claims = await asyncio.gather(
        first.begin("b1", batch, owner="w1", lease=LEASE),
        second.begin("b1", batch, owner="w2", lease=LEASE),
    )
    assert sorted(len(claim) for claim in claims) == [0, 500]
    (info,) = await first.unsettled()
    assert info.owner == ("w1" if claims[0] else "w2")


async def test_a_dead_workers_batch_is_taken_after_its_lease_by_redis_clock(
    two: tuple[RedisJournal, RedisJournal], redis_url: str
) -> None:
    """A lease not renewed runs out by Redis's clock; then the other worker takes the batch."""
    dead, alive = two
    await dead.begin("b1", entries(range(3)), owner="dead", lease=0.5)
    inspect = aioredis.Redis.from_url(redis_url)
    seconds, micros = await inspect.time()
    await inspect.aclose()
    (info,) = await alive.unsettled()
    assert abs(info.began_at - (seconds + micros / 1e6)) < 1.0
    assert info.lease_until == pytest.approx(info.began_at + 0.5)
    assert not await alive.take("b1", owner="alive", lease=LEASE)
    await asyncio.sleep(0.7)
    assert await alive.take("b1", owner="alive", lease=LEASE)
    assert not await dead.renew("b1", owner="dead", lease=LEASE)
    assert not await dead.take("b1", owner="dead", lease=LEASE)
    settled = [Settled.accepted(identity(n), f"M{n}", "0.07") for n in range(3)]
    assert await alive.finish("b1", settled) == 3
    assert await dead.unsettled() == []


async def test_opening_another_store_frees_no_lease(two: tuple[RedisJournal, RedisJournal]) -> None:
    """Unlike a SQLite file, a run is shared: a worker joining it leaves others' leases alone."""
    first, _ = two
    await first.begin("b1", entries([1]), owner="w1", lease=LEASE)
    joining = RedisJournal(first._client, run="race", create=False)
    await joining.open()
    assert not await joining.take("b1", owner="w3", lease=LEASE)


async def test_a_run_never_begun_is_not_made_by_a_joining_worker(redis_url: str) -> None:
    """With create=False a missing run is a ConfigurationError and nothing is written."""
    joining = RedisJournal.from_url(redis_url, run="nowhere", create=False)
    with pytest.raises(ConfigurationError, match="no journal of the run 'nowhere'"):
        await joining.open()
    with pytest.raises(ConfigurationError, match="not open"):
        await joining.counts()
    await joining.close()
    inspect = aioredis.Redis.from_url(redis_url)
    assert await inspect.dbsize() == 0
    await inspect.aclose()


async def test_a_restart_between_batches_loses_the_run_and_says_so(own_server: RedisServer) -> None:
    """Redis restarted without persistence: nothing survives; every store says the run is lost."""
    producer = RedisJournal.from_url(own_server.url, run="r")
    worker = RedisJournal.from_url(own_server.url, run="r", create=False)
    run_id = await producer.open()
    await worker.open()
    await producer.begin("b1", entries(range(3)), owner="w", lease=LEASE)
    own_server.stop()
    with pytest.raises(JournalUnavailableError, match=f"127.0.0.1:{own_server.port}/0"):
        await worker.counts()
    own_server.start()
    with pytest.raises(JournalLostError, match="gone from Redis") as lost:
        await worker.begin("b2", entries(range(3, 6)), owner="w", lease=LEASE)
    assert "history" in str(lost.value)
    with pytest.raises(JournalLostError):
        await worker.counts()  # and so is every later call, reads too
    await producer.close()
    with pytest.raises(JournalLostError):
        await producer.open()  # this store knew the run: it does not start it afresh
    later = RedisJournal.from_url(own_server.url, run="r", create=False)
    with pytest.raises(ConfigurationError, match="Redis lost it"):
        await later.open()
    inspect = aioredis.Redis.from_url(own_server.url)
    assert await inspect.dbsize() == 0  # nothing was written into the empty run
    await inspect.aclose()
    fresh = RedisJournal.from_url(own_server.url, run="r")
    assert await fresh.open() != run_id  # a new store allowed to create starts a new run
    for store in (producer, worker, later, fresh):
        await store.close()


async def test_keys_grow_with_messages_and_delete_removes_them(redis_url: str) -> None:
    """A message is one hash and one member of each order; re-claiming moves it; delete empties."""
    journal = RedisJournal.from_url(redis_url, run="keys")
    await journal.open()
    await journal.begin("b1", entries(range(300)), owner="w", lease=LEASE)
    rejected = [Settled.rejected(identity(n), "X", "x", never_applied=True) for n in range(100)]
    await journal.finish("b1", rejected)
    moved = await journal.begin("b2", entries(range(100, -1, -1))[1:], owner="w", lease=LEASE)
    assert len(moved) == 100
    inspect = aioredis.Redis.from_url(redis_url)
    stem = journal.stem
    assert len([k async for k in inspect.scan_iter(match=f"{stem}:m:*")]) == 300
    assert await inspect.zcard(f"{stem}:pos") == 300
    assert await inspect.zcard(f"{stem}:ids") == 300
    assert await inspect.scard(f"{stem}:bm:b1") == 200
    assert await inspect.scard(f"{stem}:bm:b2") == 100
    assert [r.position async for r in journal.records()] == list(range(300))
    assert (await journal.counts()).in_flight == 300
    removed = await journal.delete()
    assert removed == 300 + 10  # the messages, and meta, seq, counts, pos, ids, 2 batches, 2 sets
    assert [k async for k in inspect.scan_iter(match=f"{stem}:*")] == []
    await inspect.aclose()
    await journal.close()


async def test_runs_and_prefixes_keep_apart(redis_url: str) -> None:
    """Two runs on one Redis share nothing: each claims the same messages for itself."""
    client = aioredis.Redis.from_url(redis_url)
    one = RedisJournal(client, run="one")
    other = RedisJournal(client, run="one", prefix="elsewhere")
    third = RedisJournal(client, run="two")
    for journal in (one, other, third):
        await journal.open()
        assert len(await journal.begin("b1", entries(range(5)), owner="w", lease=LEASE)) == 5
    await client.aclose()


async def test_misuse_is_a_clear_error(redis_url: str) -> None:
    """Bad run names, unknown batches and in-flight settlements are refused as in SQLite."""
    for bad in ("", "a{b}"):
        with pytest.raises(ConfigurationError, match="run name"):
            RedisJournal.from_url(redis_url, run=bad)
    journal = RedisJournal.from_url(redis_url, run="misuse")
    assert isinstance(journal, Journal)
    async with journal:
        with pytest.raises(ValidationError, match="no batch"):
            await journal.finish("nope", [])
        await journal.begin("b1", entries([1]), owner="w", lease=LEASE)
        with pytest.raises(ValidationError, match="in flight"):
            await journal.finish("b1", [Settled(identity(1), State.IN_FLIGHT)])
    assert "misuse" in repr(journal)


async def test_redis_memory_grows_by_under_a_kilobyte_a_message(redis_url: str) -> None:
    """10,000 messages begun and accepted take under 1 KB of Redis memory each, all keys counted."""
    client = aioredis.Redis.from_url(redis_url)
    journal = RedisJournal(client, run="memory")
    await journal.open()
    before = (await client.info("memory"))["used_memory"]
    for start in range(0, 10_000, 1000):
        numbers = range(start, start + 1000)
        await journal.begin(f"b{start}", entries(numbers), owner="worker-1", lease=LEASE)
        settled = [Settled.accepted(identity(n), f"{n:010d}-MSG", "0.0792") for n in numbers]
        await journal.finish(f"b{start}", settled)
    grown = (await client.info("memory"))["used_memory"] - before
    assert grown / 10_000 < 1024, grown
    await client.aclose()


async def test_worker_processes_racing_claim_each_message_exactly_once(redis_url: str) -> None:
    """3 processes begin batches of the same 6,000 messages at once: each claimed by exactly one."""
    async with RedisJournal.from_url(redis_url, run="race") as journal:
        start = time.time() + 1.5  # every process is up and connected before the race
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable, str(RACER), redis_url, f"w{n}", str(start),
                stdout=asyncio.subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(RACER.parents[1])},
            )
            for n in range(3)
        ]  # fmt: skip
        outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in processes)), 60)
        assert [p.returncode for p in processes] == [0, 0, 0]
        claims = [json.loads(out) for out, _ in outputs]
        every = [position for claim in claims for position in claim]
        assert sorted(every) == list(range(6000))  # none twice, none left out
        assert (await journal.counts()).in_flight == 6000
        owners = {info.owner for info in await journal.unsettled()}
        assert owners == {f"w{n}" for n, claim in enumerate(claims) if claim}
