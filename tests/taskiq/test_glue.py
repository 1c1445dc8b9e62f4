"""The queue's glue in one process: producer, workers, a SQLite journal standing in for Redis."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

from clicksend_async import (
    Accepted,
    ClickSend,
    Rejected,
    RetryPolicy,
    SqliteJournal,
    ThrottlePolicy,
)
from clicksend_async._bulk._batches import batches
from clicksend_async._bulk._ledger import Ledger
from clicksend_async._resources.sms import SMS
from clicksend_async.journal import Entry
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.shared._broker import make_broker
from clicksend_async.shared._producer import enqueue_run
from clicksend_async.shared._serve import serve_with
from clicksend_async.shared._worker import BatchSender, Task

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping
    from pathlib import Path

    from clicksend_async.journal import Journal
    from clicksend_async.sandbox._faults import Counters


def rows(count: int) -> list[dict[str, Any]]:
    """``count`` distinct SMS and one invalid one at the end."""
    found: list[dict[str, Any]] = [
        {"to": f"+614{i:08d}", "body": f"queued {i}"} for i in range(count)
    ]
    found.append({"to": "nope", "body": "bad"})
    return found


def accepted_customs(running: Sandbox) -> list[str]:
    """The custom_string of every SMS the sandbox accepted."""
    account = running.state.accounts.get("queue")
    if account is None:
        return []
    return [str(m.get("custom_string")) for m in account.channel("sms").values()]


def client(url: str) -> ClickSend:
    """A client of the sandbox whose retries never wait long."""
    return ClickSend("queue", "key", base_url=url, retry=RetryPolicy(attempts=2, cap=0.05))


@contextlib.asynccontextmanager
async def workers(count: int, sandbox_url: str, queue: str, store: Journal) -> AsyncIterator[None]:
    """``count`` workers in this process, all recording in ``store``."""

    def opener(_spot: Mapping[str, str]) -> Journal:
        return store

    clients = [client(sandbox_url) for _ in range(count)]
    ready = [asyncio.Event() for _ in range(count)]
    tasks = [
        asyncio.create_task(
            serve_with(
                cs, queue, opener, name="q", concurrency=2, lease=5, settle=0.5, idle=30, ready=r
            )
        )
        for cs, r in zip(clients, ready, strict=True)
    ]
    try:
        await asyncio.gather(*(r.wait() for r in ready))
        yield
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for cs in clients:
            await cs.aclose()


async def test_a_queued_run_sends_each_message_once_and_reports_like_send_bulk(
    redis_url: str, tmp_path: Path
) -> None:
    """Two workers, 2500 messages: every valid one accepted once, the report in input order."""
    store = SqliteJournal(tmp_path / "run.journal")
    broker = make_broker(redis_url, queue="q")
    await broker.startup()
    seen: list[int] = []
    try:
        async with Sandbox(SandboxSettings(receipt_delay=3600.0)) as running:
            async with workers(2, running.url, redis_url, store):
                report = await enqueue_run(
                    broker,
                    store,
                    {},
                    rows(2500),
                    on_progress=lambda p: seen.append(p.sent),
                    poll=0.05,
                )
            customs = accepted_customs(running)
            assert running.counters.duplicates == 0
    finally:
        await broker.shutdown()
        await store.close()
    assert (report.accepted, report.rejected, report.unknown) == (2500, 1, 0)
    assert [o.index for o in report.outcomes] == list(range(2501))
    assert isinstance(report.outcomes[-1], Rejected)
    assert report.outcomes[-1].status == "INVALID"
    assert len(customs) == len(set(customs)) == 2500
    assert {o.custom_string for o in report.outcomes if isinstance(o, Accepted)} == set(customs)
    assert seen[-1] == 2501


async def one_task(store: Journal, messages: list[dict[str, Any]], batch_id: str) -> Task:
    """The task a producer would enqueue for ``messages`` (one batch) in ``store``'s run."""
    ledger = await Ledger.start(store, SMS.operation.OPERATION_ID, {})
    read = batches(messages, ledger.run_id, sms_rules=True, size=1000, naming=ledger.naming())
    batch = await anext(read)
    await read.aclose()
    identities = [i for i in batch.identities if i is not None]
    return Task(ledger.run_id, batch_id, batch.messages, batch.indices, batch.own, identities)


def sender(cs: ClickSend) -> BatchSender:
    """A worker's sender for ``cs``, with short leases and settle times."""
    sms = cs.sms
    return BatchSender(sms._seam, SMS, sms.history, lease=1.0, settle=0.5, poll=0.05)


async def test_the_same_task_delivered_twice_at_once_is_sent_once(tmp_path: Path) -> None:
    """Two deliveries of one batch racing: one claims and sends, the other sends nothing."""
    async with (
        SqliteJournal(tmp_path / "run.journal") as store,
        Sandbox(SandboxSettings(receipt_delay=3600.0, latency_ms=300.0)) as running,
        client(running.url) as cs,
    ):
        task = await one_task(store, rows(50)[:50], "b-1")
        left = await asyncio.gather(sender(cs).send(store, task), sender(cs).send(store, task))
        customs = accepted_customs(running)
        assert running.counters.requests["send_sms"] == 1
        assert (await store.counts()).accepted == 50
    assert left == [0, 0]
    assert len(customs) == len(set(customs)) == 50


async def test_a_batch_begun_by_a_dead_worker_is_settled_from_history_then_sent(
    tmp_path: Path,
) -> None:
    """A dead worker's batch: what it sent is found in history, the rest sent once, lease over."""
    async with (
        SqliteJournal(tmp_path / "run.journal") as store,
        Sandbox(SandboxSettings(receipt_delay=3600.0)) as running,
        client(running.url) as cs,
    ):
        task = await one_task(store, rows(40)[:40], "b-1")
        entries = [
            Entry(identity, str(message["custom_string"]), index, str(message["to"]))
            for identity, message, index in zip(
                task.identities, task.messages, task.indices, strict=True
            )
        ]
        await store.begin("dead/1", entries, owner="dead", lease=1.0)
        # The dead worker's request reached the service with half of the batch.
        first_half = await cs.sms.send_many(task.messages[:20])
        assert first_half.accepted == 20
        left = await sender(cs).send(store, task)
        customs = accepted_customs(running)
        assert (await store.counts()).accepted == 40
    assert left == 0
    assert running.counters.duplicates == 0
    assert len(customs) == len(set(customs)) == 40


async def test_a_throttled_message_is_sent_again_once_its_twin_has_cleared(
    tmp_path: Path,
) -> None:
    """Two identical messages in one batch: the THROTTLED one is resent by the task, once."""
    settings = SandboxSettings(receipt_delay=3600.0, throttle_window=0.3)
    twins = [{"to": "+61411111111", "body": "twice"}, {"to": "+61411111111", "body": "twice"}]
    async with (
        SqliteJournal(tmp_path / "run.journal") as store,
        Sandbox(settings) as running,
        ClickSend(
            "queue",
            "key",
            base_url=running.url,
            throttle_retry=ThrottlePolicy(attempts=0, delay=0.4),
        ) as cs,
    ):
        task = await one_task(store, twins, "b-1")
        left = await sender(cs).send(store, task)
        customs = accepted_customs(running)
        assert (await store.counts()).accepted == 2
        assert running.counters.requests["send_sms"] == 2  # the first pass, then the resend
    assert left == 0
    assert running.counters.duplicates == 0
    assert len(customs) == len(set(customs)) == 2


async def test_batches_answered_ambiguously_are_settled_once_at_the_end_of_the_run(
    redis_url: str, tmp_path: Path
) -> None:
    """Two sends dropped (one after acceptance, one before): settled after every batch returned.

    The other sends are held a second at the sandbox, so a worker settling at once would read
    history while they are out. The accepted one is found in history and not sent again; the
    other is proven absent and sent once more.
    """
    store = SqliteJournal(tmp_path / "run.journal")
    broker = make_broker(redis_url, queue="q")
    await broker.startup()
    at_first_history: list[tuple[int, int]] = []

    async def watch(counters: Counters) -> None:
        for _ in range(60_000):
            if counters.requests["view_sms_history"]:
                break
            await asyncio.sleep(0.01)
        at_first_history.append((counters.requests["send_sms"], counters.in_flight["send_sms"]))

    try:
        async with Sandbox(SandboxSettings(receipt_delay=3600.0)) as running:
            running.faults.next("send_sms", kind="drop", after_accept=True)
            running.faults.next("send_sms", kind="drop", after_accept=False)
            running.faults.next("send_sms", 3, kind="latency", delay=1.0)
            watching = asyncio.create_task(watch(running.counters))
            async with workers(2, running.url, redis_url, store):
                report = await enqueue_run(broker, store, {}, rows(4500), poll=0.05)
            await asyncio.wait_for(watching, 1)
            customs = accepted_customs(running)
            assert running.counters.duplicates == 0
            # Five batches, then the one proven unsent; the one accepted is not sent again.
            assert running.counters.requests["send_sms"] == 6
    finally:
        await broker.shutdown()
        await store.close()
    assert (report.accepted, report.rejected, report.unknown) == (4500, 1, 0)
    assert len(customs) == len(set(customs)) == 4500
    assert at_first_history == [(5, 0)]  # every batch sent and answered before history is read


async def test_a_resend_of_the_settling_answered_ambiguously_is_settled_in_another_round(
    redis_url: str, tmp_path: Path
) -> None:
    """A batch dropped before acceptance, and its resend dropped too: a second round sends it."""
    store = SqliteJournal(tmp_path / "run.journal")
    broker = make_broker(redis_url, queue="q")
    await broker.startup()
    try:
        async with Sandbox(SandboxSettings(receipt_delay=3600.0)) as running:
            running.faults.next("send_sms", kind="drop", after_accept=False)
            running.faults.next("send_sms", 2, kind="latency", delay=0.5)
            running.faults.next("send_sms", kind="drop", after_accept=False)  # the resend
            async with workers(2, running.url, redis_url, store):
                report = await enqueue_run(broker, store, {}, rows(2500), poll=0.05)
            customs = accepted_customs(running)
            assert running.counters.duplicates == 0
            # Three batches, the resend dropped, and the resend of the second round.
            assert running.counters.requests["send_sms"] == 5
    finally:
        await broker.shutdown()
        await store.close()
    assert (report.accepted, report.rejected, report.unknown) == (2500, 1, 0)
    assert len(customs) == len(set(customs)) == 2500
