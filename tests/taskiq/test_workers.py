"""Queued bulk runs end to end: worker processes, a real Redis (queue and journal), the sandbox."""

from __future__ import annotations

import asyncio
import signal
from typing import TYPE_CHECKING, Any

import pytest
import redis.asyncio as aioredis
from processes import kill, start_worker, worker_pool
from support.redis_server import RedisServer
from taskiq.kicker import AsyncKicker

from clicksend_async import Accepted, AccountError, ConfigurationError, Rejected
from clicksend_async._bulk._batches import batches
from clicksend_async._bulk._ledger import Ledger
from clicksend_async._resources.sms import SMS
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.shared import JournalUnavailableError, RedisJournal
from clicksend_async.shared._broker import QUEUE, TASK_NAME, make_broker
from clicksend_async.shared._worker import Task
from clicksend_async.shared.tasks import send_bulk_queued

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def rows(count: int, label: str = "queued") -> list[dict[str, Any]]:
    """``count`` distinct SMS and one invalid one at the end."""
    found: list[dict[str, Any]] = [
        {"to": f"+614{i:08d}", "body": f"{label} {i}"} for i in range(count)
    ]
    found.append({"to": "nope", "body": "bad"})
    return found


def accepted_customs(running: Sandbox) -> list[str]:
    """The custom_string of every SMS the sandbox accepted."""
    account = running.state.accounts.get("queue")
    if account is None:
        return []
    return [str(m.get("custom_string")) for m in account.channel("sms").values()]


async def test_two_worker_processes_accept_every_message_exactly_once(redis_url: str) -> None:
    """A producer and 2 worker processes: each valid message accepted once, report in order."""
    async with Sandbox(SandboxSettings(receipt_delay=3600.0)) as running:
        async with worker_pool(2, redis_url, running.url):
            report = await asyncio.wait_for(
                send_bulk_queued(rows(6000), queue=redis_url, run="two", poll=0.1), 120
            )
        customs = accepted_customs(running)
        assert running.counters.duplicates == 0
    # Every task was acknowledged and deleted: the stream keeps nothing of a finished run.
    stream = aioredis.Redis.from_url(redis_url)
    assert await stream.xlen(QUEUE) == 0
    await stream.aclose()
    assert (report.accepted, report.rejected, report.unknown) == (6000, 1, 0)
    assert [o.index for o in report.outcomes] == list(range(6001))
    assert isinstance(report.outcomes[-1], Rejected)
    assert len(customs) == len(set(customs)) == 6000
    assert {o.custom_string for o in report.outcomes if isinstance(o, Accepted)} == set(customs)


async def test_a_worker_killed_mid_batch_and_restarted_loses_and_repeats_nothing(
    redis_url: str,
) -> None:
    """SIGKILL the only worker with a send out, start two: all accepted, zero duplicates.

    The kill waits until the sandbox holds a send request it has not answered. The killed
    worker was then the only one, so that request is its own: the journal holds the batch in
    flight, and whoever takes it over must settle it from SMS history before anything is sent.
    """
    settings = SandboxSettings(receipt_delay=3600.0, latency_ms=400.0, balance=100_000.0)
    async with Sandbox(settings) as running:
        async with worker_pool(1, redis_url, running.url) as workers:
            producing = asyncio.create_task(
                send_bulk_queued(rows(20_000), queue=redis_url, run="killed", poll=0.1)
            )
            counters = running.counters
            for _ in range(2400):
                if counters.messages_accepted >= 3000 and counters.in_flight["send_sms"]:
                    break
                await asyncio.sleep(0.05)
            else:
                pytest.fail(f"no send out after 3000 accepted: {counters.messages_accepted}")
            # No await between the look and the signal: the request is still unanswered.
            workers[0].send_signal(signal.SIGKILL)
            killed_at = counters.messages_accepted
            await kill(workers[0])
            workers[0] = await start_worker(redis_url, running.url)
            workers.append(await start_worker(redis_url, running.url))
            report = await asyncio.wait_for(producing, 180)
        customs = accepted_customs(running)
        assert running.counters.duplicates == 0
        # The batch left in flight was taken over and looked up in SMS history.
        assert running.counters.requests["view_sms_history"] > 0
    assert 0 < killed_at < 20_000
    why = {(o.status, o.reason) for o in report.outcomes if isinstance(o, Rejected)}
    assert (report.accepted, report.rejected, report.unknown) == (20_000, 1, 0), why
    assert len(customs) == len(set(customs)) == 20_000


async def test_one_task_delivered_twice_to_two_workers_is_sent_once(redis_url: str) -> None:
    """The same batch on the queue twice, two workers racing for it: one request leaves."""
    settings = SandboxSettings(receipt_delay=3600.0, latency_ms=300.0, balance=100_000.0)
    journal = RedisJournal.from_url(redis_url, run="raced")
    broker = make_broker(redis_url)
    await broker.startup()
    try:
        async with Sandbox(settings) as running, worker_pool(2, redis_url, running.url):
            ledger = await Ledger.start(journal, SMS.operation.OPERATION_ID, {})
            read = batches(
                rows(500)[:500], ledger.run_id, sms_rules=True, size=1000, naming=ledger.naming()
            )
            batch = await anext(read)
            await read.aclose()
            identities = [i for i in batch.identities if i is not None]
            task = Task(ledger.run_id, "b-1", batch.messages, batch.indices, batch.own, identities)
            spot = {"url": redis_url, "run": "raced", "prefix": "clicksend"}
            kicker: AsyncKicker[Any, Any] = AsyncKicker(TASK_NAME, broker, {})
            sent = [await kicker.kiq(journal=spot, task=task.payload()) for _ in range(2)]
            results = [await s.wait_result(timeout=60) for s in sent]
            assert [r.return_value for r in results] == [0, 0]
            assert running.counters.requests["send_sms"] == 1
            assert running.counters.messages_accepted == 500
            assert (await journal.counts()).accepted == 500
    finally:
        await broker.shutdown()
        await journal.close()


async def test_a_task_running_past_the_idle_time_is_not_taken_by_another_worker(
    redis_url: str,
) -> None:
    """A send held at the sandbox for several idle times: its task is delivered only once.

    The workers reclaim tasks idle for 3 s; the one running claims its task again every second,
    so the other worker never receives it while it runs.
    """
    settings = SandboxSettings(receipt_delay=3600.0, balance=100_000.0)
    journal = RedisJournal.from_url(redis_url, run="slow")
    broker = make_broker(redis_url)
    queue = aioredis.Redis.from_url(redis_url)
    await broker.startup()
    try:
        async with Sandbox(settings) as running, worker_pool(2, redis_url, running.url):
            running.faults.next("send_sms", kind="latency", delay=10.0)
            ledger = await Ledger.start(journal, SMS.operation.OPERATION_ID, {})
            read = batches(
                rows(50)[:50], ledger.run_id, sms_rules=True, size=1000, naming=ledger.naming()
            )
            batch = await anext(read)
            await read.aclose()
            identities = [i for i in batch.identities if i is not None]
            task = Task(ledger.run_id, "b-1", batch.messages, batch.indices, batch.own, identities)
            spot = {"url": redis_url, "run": "slow", "prefix": "clicksend"}
            kicker: AsyncKicker[Any, Any] = AsyncKicker(TASK_NAME, broker, {})
            sent = await kicker.kiq(journal=spot, task=task.payload())
            for _ in range(1200):
                if running.counters.in_flight["send_sms"]:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(7.0)  # more than twice the idle time, the send still held
            assert running.counters.in_flight["send_sms"] == 1
            pending = await queue.xpending_range(QUEUE, f"{QUEUE}:workers", "-", "+", 10)
            assert [entry["times_delivered"] for entry in pending] == [1]
            assert (await sent.wait_result(timeout=60)).return_value == 0
            assert running.counters.messages_accepted == 50
    finally:
        await queue.aclose()
        await broker.shutdown()
        await journal.close()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to stop and start again on its port."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_a_redis_restart_between_batches_stops_the_run_and_says_the_record_is_lost(
    own_server: RedisServer,
) -> None:
    """Redis restarted empty mid-run: the producer stops, saying so; nothing more is sent."""
    url = own_server.url
    settings = SandboxSettings(receipt_delay=3600.0, latency_ms=300.0, balance=100_000.0)
    queue = aioredis.Redis.from_url(url)
    async with Sandbox(settings) as running, worker_pool(1, url, running.url):
        producing = asyncio.create_task(
            send_bulk_queued(rows(30_000), queue=url, run="restarted", poll=0.1)
        )
        for _ in range(1200):
            # Every batch enqueued (those done are deleted from the stream once their result is
            # stored) and some sent: the restart falls between batches.
            results = len(await queue.keys(f"{QUEUE}:result:*"))
            enqueued = await queue.xlen(QUEUE) + results
            if enqueued >= 30 and running.counters.messages_accepted >= 2000:
                break
            await asyncio.sleep(0.05)
        await queue.aclose()
        own_server.stop()
        own_server.start()
        with pytest.raises(JournalUnavailableError, match="Redis") as caught:
            await asyncio.wait_for(producing, 60)
        await asyncio.sleep(1.0)  # requests out at the restart land
        before = running.counters.messages_accepted
        await asyncio.sleep(2.0)
        assert running.counters.messages_accepted == before  # no batch is begun after it
        assert running.counters.duplicates == 0
        with pytest.raises(ConfigurationError, match="Redis lost it"):
            await send_bulk_queued(rows(30_000), queue=url, run="restarted", create=False)
        assert running.counters.messages_accepted == before
    assert 2000 <= before < 30_000
    assert caught.value is not None


async def test_a_queued_run_out_of_credit_raises_account_error_with_the_whole_report(
    redis_url: str,
) -> None:
    """The account runs out of credit mid-run: AccountError, carrying every message's outcome."""
    settings = SandboxSettings(receipt_delay=3600.0, balance=50.0)
    async with Sandbox(settings) as running, worker_pool(2, redis_url, running.url):
        with pytest.raises(AccountError) as caught:
            await asyncio.wait_for(
                send_bulk_queued(rows(3000), queue=redis_url, run="broke", poll=0.1), 120
            )
        accepted = running.counters.messages_accepted
        assert running.counters.duplicates == 0
    error = caught.value
    report = error.report
    assert error.code == "INSUFFICIENT_CREDIT"
    assert 0 < error.accepted == report.accepted == accepted < 3000
    assert [o.index for o in report.outcomes] == list(range(3001))
    refused = [o for o in report.outcomes if isinstance(o, Rejected) and o.index < 3000]
    assert {o.status for o in refused} == {"INSUFFICIENT_CREDIT"}
    assert error.not_sent == len(refused) == 3000 - accepted
