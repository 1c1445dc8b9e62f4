"""Account refusals stop a run: nothing more is sent, the rest is NOT_SENT, an error says so."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import pytest
from servers import NUMBERS

from clicksend_async import Accepted, AccountError, ClickSend, Outcome, Rejected, RetryPolicy
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

# One AU SMS costs 0.0792 AUD at the sandbox: this balance pays for exactly 2,500.
BALANCE = 2500 * 0.0792 + 0.001


def sms(count: int) -> list[dict[str, Any]]:
    """``count`` distinct one-part SMS to AU numbers."""
    return [{"to": NUMBERS[i], "body": f"hello {i}"} for i in range(count)]


@contextlib.asynccontextmanager
async def sandbox(**settings: Any) -> AsyncIterator[Sandbox]:
    """A sandbox on loopback with the given settings, for the block."""
    async with Sandbox(SandboxSettings(receipt_delay=3600.0, seed=1, **settings)) as running:
        yield running


def client(url: str, username: str = "credit") -> ClickSend:
    """A client whose retries never wait long."""
    return ClickSend(username, "key", base_url=url, retry=RetryPolicy(attempts=2, cap=0.05))


async def test_running_out_of_credit_stops_the_run() -> None:
    """Credit for 2,500 of 10,000: no batch after the refusal, the rest NOT_SENT, an error."""
    async with sandbox(balance=BALANCE) as running, client(running.url) as cs:
        with pytest.raises(AccountError) as caught:
            await cs.sms.send_bulk(sms(10_000), concurrency=2)
        requests = running.counters.requests["send_sms"]
    error = caught.value
    report = error.report
    assert error.code == "INSUFFICIENT_CREDIT"
    assert report is not None
    assert len(report.outcomes) == 10_000
    assert report.accepted == running.counters.messages_accepted == 2500
    assert report.rejected == 7500
    # The batch that met the refusal, and at most one more already in flight beside it.
    assert requests <= 4
    not_sent = [o for o in report.outcomes if isinstance(o, Rejected)]
    assert {o.status for o in not_sent} <= {"NOT_SENT", "INSUFFICIENT_CREDIT"}
    assert all("not sent" in o.reason and "queued" not in o.reason for o in not_sent)
    assert str(error) == (
        "the account ran out of credit (INSUFFICIENT_CREDIT) after 2,500 messages were "
        "accepted; 7,500 were not sent"
    )
    assert (error.accepted, error.not_sent) == (2500, 7500)


@pytest.mark.parametrize(
    ("username", "code"),
    [("banned", "FORBIDDEN"), ("notactive", "ACCOUNT_NOT_ACTIVATED"), ("stranger", "UNAUTHORIZED")],
)
async def test_a_refused_account_sends_one_request_at_most(username: str, code: str) -> None:
    """Banned, inactive or unknown credentials: one request, then every message NOT_SENT."""
    async with (
        sandbox(strict=username == "stranger") as running,
        client(running.url, username) as cs,
    ):
        with pytest.raises(AccountError) as caught:
            await cs.sms.send_bulk(sms(5000), concurrency=1)
        requests = running.counters.requests["send_sms"]
    assert caught.value.code == code
    report = caught.value.report
    assert report is not None
    assert report.rejected == 5000
    assert requests <= 1
    assert {o.status for o in report.outcomes if isinstance(o, Rejected)} == {code, "NOT_SENT"}


async def test_stream_bulk_yields_every_outcome_then_raises() -> None:
    """stream_bulk hands over each message's outcome once, then raises the account error."""
    seen: list[Outcome] = []
    async with sandbox(balance=BALANCE) as running, client(running.url) as cs:
        with pytest.raises(AccountError, match="ran out of credit"):
            await _consume(cs.sms.stream_bulk(sms(6000), concurrency=1), seen)
        requests = running.counters.requests["send_sms"]
    assert sorted(o.index for o in seen) == list(range(6000))
    assert sum(isinstance(o, Accepted) for o in seen) == 2500
    assert requests == 3


async def _consume(stream: AsyncIterator[Outcome], into: list[Outcome]) -> None:
    async for outcome in stream:
        into.append(outcome)  # noqa: PERF401 - kept one by one: the stream raises at its end
