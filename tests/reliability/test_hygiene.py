"""Connections and tasks are cleaned up: after many requests, and after a cancelled bulk send."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest

from clicksend_async import Accepted, BulkProgress, ClickSend, Outcome
from clicksend_async.sandbox import SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

if TYPE_CHECKING:
    from collections.abc import Iterator

    from clicksend_async.sandbox import Sandbox

NUMBERS = ["+61411111111", "+61422222222", "+61433333333", "+61444444444"]
# Descriptors the interpreter may open on its own meanwhile (an epoll or a pipe, say).
FD_SLACK = 3


def _open_fds() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def _open_sessions() -> set[int]:
    return {
        id(o) for o in gc.get_objects() if isinstance(o, aiohttp.ClientSession) and not o.closed
    }


def _other_tasks() -> set[asyncio.Task[Any]]:
    return {task for task in asyncio.all_tasks() if task is not asyncio.current_task()}


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Everything reported from a finaliser (an unclosed session's ResourceWarning, say)."""
    reports: list[str] = []

    def hook(report: Any) -> None:
        reports.append(f"{report.exc_type.__name__}: {report.exc_value} in {report.object!r}")

    monkeypatch.setattr(sys, "unraisablehook", hook)
    return reports


@pytest.fixture
def quick_sandbox() -> Iterator[Sandbox]:
    """A sandbox on its own thread, so its server tasks are not among this loop's tasks."""
    with sandbox_in_thread(SandboxSettings(receipt_delay=60.0, seed=7)) as sandbox:
        yield sandbox


async def test_ten_thousand_requests_leave_no_socket_or_session(
    quick_sandbox: Sandbox, unraisable: list[str]
) -> None:
    """10,000 requests over 50 clients: no ResourceWarning, no open session, no leaked socket."""
    clients, per_client, in_flight = 50, 200, 20
    gc.collect()
    before = _open_fds()
    # The sandbox's own webhook sender may hold a session; only new ones count.
    sessions_before = _open_sessions()
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        for client_number in range(clients):
            async with ClickSend("hygiene", "key", base_url=quick_sandbox.url) as cs:
                for start in range(0, per_client, in_flight):
                    calls = []
                    for i in range(start, start + in_flight):
                        if i % 2:
                            calls.append(cs.account.get())
                        else:
                            to = NUMBERS[i % len(NUMBERS)]
                            calls.append(cs.sms.send(to, f"client {client_number} message {i}"))
                    await asyncio.gather(*calls)
        gc.collect()

    assert quick_sandbox.counters.requests["send_sms"] == clients * per_client // 2
    assert quick_sandbox.counters.requests["view_account_details"] == clients * per_client // 2
    assert unraisable == []
    assert _open_sessions() - sessions_before == set()
    # The server's side of each connection closes when it reads the client's FIN; give it a
    # moment rather than a fixed sleep.
    for _ in range(100):
        if _open_fds() <= before + FD_SLACK:
            break
        await asyncio.sleep(0.02)
    assert _open_fds() <= before + FD_SLACK
    assert _other_tasks() == set()


@pytest.fixture
def slow_sandbox() -> Iterator[Sandbox]:
    """A sandbox that takes 50 ms per request, so a bulk run can be caught part way."""
    settings = SandboxSettings(latency_ms=50.0, receipt_delay=60.0, seed=11)
    with sandbox_in_thread(settings) as sandbox:
        yield sandbox


def _messages(count: int) -> Iterator[dict[str, str]]:
    return ({"to": NUMBERS[i % len(NUMBERS)], "body": f"bulk {i}"} for i in range(count))


TOTAL = 30_000
BATCH = 1000
CONCURRENCY = 2


async def test_cancelled_stream_bulk_keeps_what_it_yielded_and_leaves_no_task(
    slow_sandbox: Sandbox,
) -> None:
    """Cancelling a stream_bulk consumer stops every worker; the outcomes it got stay valid."""
    got: list[Outcome] = []
    enough = asyncio.Event()

    async def consume(cs: ClickSend) -> None:
        async for outcome in cs.sms.stream_bulk(_messages(TOTAL), concurrency=CONCURRENCY):
            got.append(outcome)
            if len(got) >= 3 * BATCH:
                enough.set()

    async with ClickSend("cancel", "key", base_url=slow_sandbox.url) as cs:
        consumer = asyncio.create_task(consume(cs))
        await enough.wait()
        consumer.cancel()
        with pytest.raises(asyncio.CancelledError):
            await consumer
        assert _other_tasks() == set()

    accepted = slow_sandbox.counters.messages_accepted
    assert 3 * BATCH <= len(got) < TOTAL
    assert len({o.index for o in got}) == len(got)
    assert all(isinstance(o, Accepted) for o in got)
    # Every outcome the consumer holds was really accepted; batches in flight at the cancel
    # may have been accepted too, but no more than one per worker, and nothing twice.
    assert len(got) <= accepted <= len(got) + CONCURRENCY * BATCH
    assert slow_sandbox.counters.duplicates == 0


async def test_cancelled_send_bulk_leaves_no_task_and_progress_told_the_counts(
    slow_sandbox: Sandbox,
) -> None:
    """Cancelling send_bulk stops every worker; on_progress had reported each finished batch."""
    seen: list[BulkProgress] = []
    enough = asyncio.Event()

    def progress(counts: BulkProgress) -> None:
        seen.append(counts)
        if counts.sent >= 2 * BATCH:
            enough.set()

    async with ClickSend("cancel", "key", base_url=slow_sandbox.url) as cs:
        run = asyncio.create_task(
            cs.sms.send_bulk(_messages(TOTAL), concurrency=CONCURRENCY, on_progress=progress)
        )
        await enough.wait()
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        assert _other_tasks() == set()

    last = seen[-1]
    accepted = slow_sandbox.counters.messages_accepted
    assert last.accepted <= accepted <= last.accepted + CONCURRENCY * BATCH
    assert slow_sandbox.counters.duplicates == 0


async def test_leaving_stream_bulk_early_stops_its_workers(slow_sandbox: Sandbox) -> None:
    """Breaking out of stream_bulk inside contextlib.aclosing leaves no worker running."""
    got = 0
    async with ClickSend("early", "key", base_url=slow_sandbox.url) as cs:
        stream = cs.sms.stream_bulk(_messages(TOTAL), concurrency=CONCURRENCY)
        async with contextlib.aclosing(stream) as outcomes:
            async for _ in outcomes:
                got += 1
                if got == BATCH:
                    break
        assert _other_tasks() == set()
    assert got == BATCH
