"""Event hooks: typed, redacted events for attempts, retries, 429s, THROTTLED and outcomes."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import pytest
from support.events import Recorder

from clicksend_async import (
    Accepted,
    ClickSend,
    ConfigurationError,
    Hooks,
    NotFoundError,
    OutcomeEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    ThrottlePolicy,
)

if TYPE_CHECKING:
    from clicksend_async.sandbox import Sandbox

NUMBER = "+61411111111"
KEY = "hook-key-SECRET-1234"


def _client(sandbox: Sandbox, hooks: object, **options: object) -> ClickSend:
    return ClickSend("hooks-user", KEY, base_url=sandbox.url, hooks=hooks, **options)  # type: ignore[arg-type]


async def test_a_429_gives_request_response_retry_events_in_order(
    clicksend_sandbox: Sandbox,
) -> None:
    """A send answered 429 then 200: request, response 429, retry (why, how long), request, 200."""
    clicksend_sandbox.faults.next("send_sms", 1, 429)
    recorder = Recorder()
    async with _client(clicksend_sandbox, recorder) as cs:
        assert isinstance(await cs.sms.send(NUMBER, "hello"), Accepted)
    kinds = [type(event).__name__ for event in recorder.events]
    assert kinds == ["RequestEvent", "ResponseEvent", "RetryEvent", "RequestEvent", "ResponseEvent"]
    first, limited, retry, second, done = recorder.events
    assert first == RequestEvent(first.call_id, "send_sms", "POST", "/sms/send", 1)
    assert (limited.status, limited.error, limited.final) == (429, "RateLimitError", False)
    assert (retry.attempt, retry.status, retry.reason) == (1, 429, "429")
    assert 0.01 <= retry.wait <= 0.51  # the Retry-After, plus at most half a second of jitter
    assert second.attempt == 2
    assert (done.status, done.error, done.final, done.throttled) == (200, None, True, 0)
    assert done.duration >= 0
    assert {event.call_id for event in recorder.events} == {first.call_id}


async def test_a_throttled_message_is_reported_and_resent(clicksend_sandbox: Sandbox) -> None:
    """The answer marking a message THROTTLED says so; the resend after the pause is accepted."""
    recorder = Recorder()
    throttle = ThrottlePolicy(attempts=2, delay=0.3)
    async with _client(clicksend_sandbox, recorder, throttle_retry=throttle) as cs:
        await cs.sms.send(NUMBER, "same body")
        assert isinstance(await cs.sms.send(NUMBER, "same body"), Accepted)
    responses = recorder.of(ResponseEvent)
    assert [event.throttled for event in responses] == [0, 1, 0]
    assert all(event.status == 200 and event.final for event in responses)


async def test_bulk_runs_report_each_batch_by_kind(clicksend_sandbox: Sandbox) -> None:
    """Each batch of a bulk run gives one outcome event, counted in all and by kind."""
    recorder = Recorder()
    messages = [{"to": NUMBER, "body": f"bulk {i}"} for i in range(2400)]
    messages[5] = {"to": "not a number", "body": "refused here"}
    async with _client(clicksend_sandbox, recorder) as cs:
        report = await cs.sms.send_bulk(messages, concurrency=2)
    outcomes = recorder.of(OutcomeEvent)
    assert len(outcomes) == 3
    assert {event.run_id for event in outcomes} == {report.run_id}
    assert sorted(event.accepted + event.rejected for event in outcomes) == [400, 1000, 1000]
    assert sum(event.accepted for event in outcomes) == report.accepted == 2399
    assert sum(event.kinds.get("INVALID", 0) for event in outcomes) == 1
    assert all(event.operation_id == "send_sms" for event in outcomes)


async def test_a_failing_hook_is_logged_and_never_breaks_a_send(
    clicksend_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """Hooks that raise, plain or async, are logged at WARNING; the send still succeeds."""

    def broken(_event: object) -> None:
        raise RuntimeError("plain hook broke")

    async def broken_async(_event: object) -> None:
        await asyncio.sleep(0)
        raise RuntimeError("async hook broke")

    recorder = Recorder()
    hooks = [Hooks(on_request=broken, on_response=broken_async), recorder]
    with caplog.at_level(logging.WARNING, logger="clicksend_async"):
        async with _client(clicksend_sandbox, hooks) as cs:
            assert isinstance(await cs.sms.send(NUMBER, "still sent"), Accepted)
    failures = [r for r in caplog.records if "hook" in r.getMessage()]
    assert [r.getMessage().split()[1] for r in failures] == ["on_request", "on_response"]
    assert len(recorder.of(ResponseEvent)) == 1  # the hook after the broken one still ran
    assert clicksend_sandbox.counters.messages_accepted == 1


async def test_async_hooks_are_awaited_before_the_call_goes_on(clicksend_sandbox: Sandbox) -> None:
    """An async hook finishes before the call returns."""
    seen: list[int] = []

    async def slow(event: ResponseEvent) -> None:
        await asyncio.sleep(0.01)
        seen.append(event.attempt)

    async with _client(clicksend_sandbox, Hooks(on_response=slow)) as cs:
        await cs.account.get()
        assert seen == [1]


async def test_events_carry_the_path_template_and_no_secret(clicksend_sandbox: Sandbox) -> None:
    """A failing call's events name the path template, never the key, number or body."""
    recorder = Recorder()
    async with _client(clicksend_sandbox, recorder) as cs:
        with pytest.raises(NotFoundError):
            await cs.lists.get(987_654_321)
        await cs.sms.send(NUMBER, "a private body")
    (refused, *_) = recorder.of(ResponseEvent)
    assert (refused.path, refused.status, refused.final) == ("/lists/{list_id}", 404, True)
    text = repr(recorder.events)
    for secret in (KEY, "987654321", NUMBER, "a private body", "hooks-user"):
        assert secret not in text


async def test_a_cancelled_call_still_ends_with_a_final_event(clicksend_sandbox: Sandbox) -> None:
    """A call cancelled mid-attempt gives a final response event naming the cancellation."""
    clicksend_sandbox.faults.next("view_account_details", 1, 500, delay=5.0)
    recorder = Recorder()
    async with _client(clicksend_sandbox, recorder) as cs:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(cs.account.get(), 0.1)
    (ended,) = recorder.of(ResponseEvent)
    assert (ended.status, ended.error, ended.final) == (None, "CancelledError", True)
    assert len(recorder.of(RetryEvent)) == 0


def test_an_object_without_hooks_is_refused() -> None:
    """hooks= must have at least one hook method; anything else is a configuration error."""
    with pytest.raises(ConfigurationError, match="on_request"):
        ClickSend("u", "k", hooks=object())
