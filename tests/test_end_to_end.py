"""The client against the sandbox: faults lose nothing and send nothing twice; paging is whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from clicksend_async import Accepted, ClickSend, Rejected, RetryPolicy, ThrottlePolicy
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

NUMBERS = ["+61411111111", "+61422222222", "+61433333333", "+61444444444"]


class RecordedSleep:
    """Stands in for asyncio.sleep: records each wait and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        """Record the wait instead of waiting."""
        self.waits.append(seconds)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """A sandbox with 10 % 500s, 5 % dropped-after-accept connections and a THROTTLED window."""
    settings = SandboxSettings(
        fail_rate=0.10,
        drop_rate=0.05,
        drop_after_accept=True,
        throttle_window=0.05,
        receipt_delay=60.0,
        seed=20261127,
    )
    async with Sandbox(settings) as sb:
        yield sb


async def test_bulk_through_faults_loses_nothing_and_sends_nothing_twice(sandbox: Sandbox) -> None:
    """5,000 messages through 500s, drops and THROTTLED: one outcome each, no duplicates."""
    sleep = RecordedSleep()
    total = 5000
    # Each body goes twice in a row to the same number, so the second copy is THROTTLED.
    messages = ({"to": NUMBERS[i // 2 % 4], "body": f"message {i // 2}"} for i in range(total))
    async with ClickSend(
        "soak",
        "key",
        base_url=sandbox.url,
        retry=RetryPolicy(sleep=sleep, random=lambda: 0.0),
        throttle_retry=ThrottlePolicy(attempts=5, delay=0.1),
    ) as cs:
        report = await cs.sms.send_bulk(messages, concurrency=4, reconcile=True)

    assert len(report.outcomes) == total
    assert [o.index for o in report.outcomes] == list(range(total))
    assert report.accepted + report.rejected + report.unknown == total
    # After reconcile nothing is left unknown: each message was found or is safe to resend.
    assert report.unknown == 0
    assert all(
        isinstance(o, Accepted) or (isinstance(o, Rejected) and o.status == "NOT_SENT")
        for o in report.outcomes
    )
    counters = sandbox.counters
    assert counters.messages_accepted == report.accepted
    assert counters.duplicates == 0
    assert counters.duplicate_keys() == {}
    # The faults really happened: THROTTLED copies were resent on their own, and some batch
    # failed ambiguously, so reconcile had to look it up in history instead of resending it.
    assert counters.requests["send_sms"] > total // 1000
    assert counters.requests["view_sms_history"] > 0


async def test_scripted_429_is_retried_after_retry_after_and_sends_once() -> None:
    """Two scripted 429s with Retry-After: the send waits as told, then one message is accepted."""
    sleep = RecordedSleep()
    async with Sandbox(SandboxSettings(retry_after=2.0)) as sb:
        sb.faults.next("/sms/send", 2, 429)
        async with ClickSend(
            "u", "k", base_url=sb.url, retry=RetryPolicy(sleep=sleep, random=lambda: 0.0)
        ) as cs:
            outcome = await cs.sms.send(NUMBERS[0], "hello")
        assert isinstance(outcome, Accepted)
        assert sleep.waits == [2.0, 2.0]
        assert sb.counters.messages_accepted == 1


async def test_pagination_walks_thousands_of_messages_once_each() -> None:
    """History of 3,000 sent messages pages through every one exactly once."""
    async with Sandbox(SandboxSettings(receipt_delay=60.0)) as sb:
        async with ClickSend("pager", "k", base_url=sb.url) as cs:
            messages = ({"to": NUMBERS[i % 4], "body": f"paged {i}"} for i in range(3000))
            report = await cs.sms.send_bulk(messages, concurrency=3)
            sent_ids = {o.message_id for o in report.outcomes if isinstance(o, Accepted)}
            seen = [m["message_id"] async for m in cs.sms.history()]
        assert len(sent_ids) == 3000
        assert len(seen) == 3000
        assert set(seen) == sent_ids
        assert sb.counters.requests["view_sms_history"] == 30
