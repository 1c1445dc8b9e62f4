"""The client's rate limiter: concurrent callers stay under the service's limit, waits excluded."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import aiohttp
import pytest
from support.scripted import FakeClickSend, fail

from clicksend_async import (
    Accepted,
    APITimeoutError,
    ClickSend,
    ClientClosedError,
    ConfigurationError,
    RateLimitError,
    RetryPolicy,
)
from clicksend_async._limits import LocalRateLimiter, RateLimiter
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from types import TracebackType


async def _send_twenty(sb: Sandbox, **settings: object) -> list[object]:
    async with ClickSend("user", "key", base_url=sb.url, **settings) as cs:  # type: ignore[arg-type]
        calls = [cs.sms.send("+61411111111", f"message {n}") for n in range(20)]
        return await asyncio.gather(*calls, return_exceptions=True)


async def test_rate_limit_keeps_concurrent_sends_under_the_services_limit() -> None:
    """20 concurrent sends with rate_limit=5 against a 5/s service: 20 requests, 20 accepted."""
    async with Sandbox(SandboxSettings(rate_limit=5, retry_after=1)) as sb:
        results = await _send_twenty(sb, rate_limit=5)
        assert [type(r) for r in results] == [Accepted] * 20
        assert sb.counters.requests["send_sms"] == 20
        assert sb.counters.messages_accepted == 20


async def test_without_a_limit_concurrent_sends_collide_with_the_services_limit() -> None:
    """The same 20 sends without rate_limit (and without retries) collide: some meet a 429."""
    async with Sandbox(SandboxSettings(rate_limit=5, retry_after=1)) as sb:
        results = await _send_twenty(sb, retry=RetryPolicy(attempts=1))
        assert any(isinstance(r, RateLimitError) for r in results)
        assert sb.counters.requests["send_sms"] == 20
        assert sb.counters.messages_accepted < 20


class RecordingLimiter:
    """A RateLimiter that records how many attempts hold it, and the most at once."""

    def __init__(self) -> None:
        self.held = 0
        self.entered = 0

    async def __aenter__(self) -> None:
        self.held += 1
        self.entered += 1

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.held -= 1


async def test_limiter_is_held_around_each_attempt_and_never_around_a_wait(
    fake: FakeClickSend,
) -> None:
    """Each attempt enters the limiter once; during a backoff or Retry-After wait none holds it."""
    limiter = RecordingLimiter()
    held_while_waiting: list[int] = []

    async def sleep(_seconds: float) -> None:
        held_while_waiting.append(limiter.held)

    fake.script("/sms/send", fail(429, "TOO_MANY_REQUESTS", **{"Retry-After": "1"}), fail(429))
    policy = RetryPolicy(sleep=sleep)
    async with ClickSend("u", "k", base_url=fake.base_url, retry=policy, rate_limit=limiter) as cs:
        assert isinstance(await cs.sms.send("+61411111111", "hi"), Accepted)
    assert limiter.entered == 3
    assert held_while_waiting == [0, 0]
    assert limiter.held == 0


async def test_local_limiter_counts_a_slot_until_after_the_answer() -> None:
    """A slot stays taken until ``per`` seconds after its attempt ended, not after it began."""
    now = [0.0]
    limiter = LocalRateLimiter(2, per=1.0, clock=lambda: now[0])
    async with limiter:
        now[0] = 5.0  # a slow attempt: its slot is still held when it ends
    async with limiter:
        pass
    assert limiter._busy(5.5) == 2
    assert limiter._busy(6.0) == 0
    assert isinstance(limiter, RateLimiter)


@pytest.mark.parametrize("bad", [0, -1, "5", True])
def test_bad_rate_limit_is_refused(bad: object) -> None:
    """A rate_limit that is neither a positive number nor a limiter is a ConfigurationError."""
    with pytest.raises(ConfigurationError):
        ClickSend("u", "k", rate_limit=bad)  # type: ignore[arg-type]


def test_fractional_rate_spreads_requests_out() -> None:
    """rate_limit=0.5 is one request every two seconds; 2.5 is two every 0.8 s."""
    assert (LocalRateLimiter.per_second(0.5).requests, LocalRateLimiter.per_second(0.5).per) == (
        1,
        2.0,
    )
    assert (LocalRateLimiter.per_second(2.5).requests, LocalRateLimiter.per_second(2.5).per) == (
        2,
        0.8,
    )


async def test_no_slot_before_the_deadline_raises_without_sending(fake: FakeClickSend) -> None:
    """When the limiter has no slot before the call's deadline, APITimeoutError: nothing sent."""
    limiter = LocalRateLimiter(1, per=30.0)
    async with ClickSend("u", "k", base_url=fake.base_url, rate_limit=limiter) as cs:
        await cs.sms.send("+61411111111", "first")
        with pytest.raises(APITimeoutError) as caught:
            await cs.with_options(deadline=0.2).sms.send("+61411111111", "second")
    assert "nothing was sent" in str(caught.value)
    assert caught.value.operation_id == "send_sms"
    assert fake.hits("/sms/send") == 1


async def test_a_closed_handed_in_session_is_a_client_closed_error(fake: FakeClickSend) -> None:
    """A call through a handed-in aiohttp session that was closed raises ClientClosedError."""
    session = aiohttp.ClientSession()
    await session.close()
    cs = ClickSend("u", "k", base_url=fake.base_url, session=session)
    with pytest.raises(ClientClosedError):
        await cs.sms.send("+61411111111", "hi")
    await cs.aclose()
