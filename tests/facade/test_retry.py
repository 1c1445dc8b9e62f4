"""Retry policy, the retry decision, and the seam's behaviour under scripted faults."""

from __future__ import annotations

import math

import aiohttp
import pytest
from clicksend_v3.api.sms import cancel_sms, view_sms_templates
from clicksend_v3.client import Request
from hypothesis import given
from hypothesis import strategies as st
from support.scripted import FakeClickSend, Sleeps, drop, envelope, fail, slow

from clicksend_async import (
    Accepted,
    APIConnectionError,
    APITimeoutError,
    ClickSend,
    ConfigurationError,
    OutcomeUnknownError,
    Raise,
    RateLimitError,
    Retry,
    RetryPolicy,
    ServerError,
    ValidationError,
    decide,
)
from clicksend_async._errors import InvalidResponseError
from clicksend_async._retry import parse_retry_after

CONNECT = aiohttp.ClientConnectorError(
    aiohttp.client_reqrep.ConnectionKey(
        "h",
        1,
        is_ssl=False,
        ssl=True,
        proxy=None,
        proxy_auth=None,
        proxy_headers_hash=None,
        server_hostname=None,
    ),
    OSError("refused"),
)
UNKNOWN = Raise(outcome_unknown=True)


@pytest.mark.parametrize(
    ("method", "idempotent", "outcome", "expected"),
    [
        ("GET", False, 429, Retry(None)),
        ("POST", False, 429, Retry(None)),
        ("GET", False, 500, Retry()),
        ("GET", False, 503, Retry()),
        ("POST", False, 500, UNKNOWN),
        ("PUT", False, 502, UNKNOWN),
        ("PUT", True, 502, Retry()),
        ("DELETE", True, 500, Retry()),
        ("GET", False, 400, Raise()),
        ("POST", False, 401, Raise()),
        ("GET", False, 404, Raise()),
        ("POST", False, CONNECT, Retry()),
        ("GET", False, CONNECT, Retry()),
        ("POST", False, aiohttp.ConnectionTimeoutError(), Retry()),
        ("GET", False, TimeoutError(), Retry()),
        ("POST", False, TimeoutError(), UNKNOWN),
        ("POST", False, aiohttp.SocketTimeoutError(), UNKNOWN),
        ("POST", False, aiohttp.ServerDisconnectedError(), UNKNOWN),
        ("GET", False, aiohttp.ServerDisconnectedError(), Retry()),
        ("POST", False, aiohttp.ClientPayloadError("cut"), UNKNOWN),
        ("PUT", True, aiohttp.ClientPayloadError("cut"), Retry()),
        ("POST", False, InvalidResponseError(200, "POST", "/sms/send", "html"), UNKNOWN),
        ("GET", False, ValueError("bug"), Raise()),
    ],
)
def test_retry_decision_table(method, idempotent, outcome, expected) -> None:
    """decide() retries 429 and unsent requests always, ambiguous failures only when repeatable."""
    assert decide(method, idempotent, outcome) == expected


def test_429_decision_carries_retry_after() -> None:
    """A 429 decision keeps the service's Retry-After for the wait."""
    assert decide("POST", False, 429, retry_after=2.0) == Retry(2.0)  # noqa: FBT003


def test_delay_is_exponential_with_cap_and_jitter() -> None:
    """delay() doubles from initial, stops at the cap, and scales by the injected random."""
    full = RetryPolicy(initial=1, cap=5, random=lambda: 0.5)
    assert [full.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    equal = RetryPolicy(initial=1, cap=5, jitter="equal", random=lambda: 0.0)
    assert [equal.delay(n) for n in range(1, 5)] == [0.5, 1.0, 2.0, 2.5]
    none = RetryPolicy(initial=1, cap=5, jitter="none")
    assert [none.delay(n) for n in range(1, 5)] == [1, 2, 4, 5]


def test_delay_honours_retry_after_up_to_the_limit() -> None:
    """Retry-After is used as is up to max_retry_after, and above it raises RateLimitError."""
    policy = RetryPolicy(max_retry_after=10, random=lambda: 0.0)
    assert policy.delay(1, 7.0) == 7.0
    with pytest.raises(RateLimitError) as caught:
        policy.delay(1, 11.0)
    assert caught.value.retry_after == 11.0


def test_retry_after_seconds_and_http_date() -> None:
    """Retry-After is read as seconds or as an HTTP date relative to now."""
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:30 GMT", now=10.0) == 20.0
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:05 GMT", now=10.0) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


@given(
    attempt=st.integers(min_value=1, max_value=10_000),
    initial=st.floats(min_value=0, max_value=100),
    cap=st.floats(min_value=0, max_value=1000),
    rand=st.floats(min_value=0, max_value=1, exclude_max=True),
    jitter=st.sampled_from(["full", "equal", "none"]),
)
def test_delays_stay_within_bounds(attempt, initial, cap, rand, jitter) -> None:
    """Every backoff delay is between 0 and the cap, whatever the attempt number."""
    policy = RetryPolicy(initial=initial, cap=cap, jitter=jitter, random=lambda: rand)
    assert 0 <= policy.delay(attempt) <= cap


def _templates(fake: FakeClickSend) -> None:
    fake.routes["/v3/sms/templates"] = lambda _r, _p: envelope({"data": [], "last_page": 1})


async def test_429_with_retry_after_is_retried_after_that_delay(
    fake: FakeClickSend, cs: ClickSend, sleeps: Sleeps
) -> None:
    """A POST answered 429 with Retry-After is resent after exactly that many seconds."""
    fake.script("/sms/send", fail(429, "TOO_MANY_REQUESTS", **{"Retry-After": "2"}))
    fake.script("/sms/send", fail(429, "TOO_MANY_REQUESTS"))
    outcome = await cs.sms.send("+61411111111", "hi")
    assert isinstance(outcome, Accepted)
    # Retry-After plus half the 0.5 s jitter, then backoff: ceiling 1 s, half of it.
    assert sleeps.delays == [2.25, 0.5]
    assert fake.hits("/sms/send") == 3
    assert sum(fake.accepted.values()) == 1


async def test_retry_after_above_limit_raises_rate_limit(fake: FakeClickSend, sleeps) -> None:
    """A Retry-After longer than max_retry_after raises RateLimitError carrying it, unslept."""
    fake.script("/sms/send", fail(429, "TOO_MANY_REQUESTS", **{"Retry-After": "120"}))
    policy = RetryPolicy(sleep=sleeps, max_retry_after=60)
    async with ClickSend("u", "k", base_url=fake.base_url, retry=policy) as cs:
        with pytest.raises(RateLimitError) as caught:
            await cs.sms.send("+61411111111", "hi")
    assert caught.value.retry_after == 120.0
    assert caught.value.status == 429
    assert sleeps.delays == []


async def test_429_gives_up_after_attempts(fake: FakeClickSend, cs: ClickSend, sleeps) -> None:
    """When every try is refused with 429, RateLimitError is raised after policy.attempts tries."""
    fake.script("/sms/send", *[fail(429, "TOO_MANY_REQUESTS")] * 4)
    with pytest.raises(RateLimitError):
        await cs.sms.send("+61411111111", "hi")
    assert fake.hits("/sms/send") == 4
    assert sleeps.delays == [0.25, 0.5, 1.0]


async def test_500_on_get_is_retried(fake: FakeClickSend, cs: ClickSend, sleeps) -> None:
    """A GET answered 500 is resent and the later success returned."""
    _templates(fake)
    fake.script("/sms/templates", fail(500), fail(503))
    await view_sms_templates.asyncio(client=cs.api)
    assert fake.hits("/sms/templates") == 3


async def test_500_on_get_raises_server_error_after_attempts(fake: FakeClickSend, cs) -> None:
    """A GET that keeps failing with 500 raises ServerError with method and path."""
    fake.script("/sms/templates", *[fail(500, "INTERNAL_SERVER_ERROR")] * 4)
    with pytest.raises(ServerError) as caught:
        await view_sms_templates.asyncio(client=cs.api)
    assert (caught.value.method, caught.value.path, caught.value.status) == (
        "GET",
        "/sms/templates",
        500,
    )


async def test_500_on_post_is_outcome_unknown_and_not_resent(fake: FakeClickSend, cs) -> None:
    """A POST answered 500 raises OutcomeUnknownError carrying the request, sent once."""
    fake.script("/sms/send", fail(500))
    with pytest.raises(OutcomeUnknownError) as caught:
        await cs.sms.send("+61411111111", "hi")
    assert fake.hits("/sms/send") == 1
    assert caught.value.request.operation_id == "send_sms"
    assert "unknown" in str(caught.value)
    assert isinstance(caught.value.__cause__, ServerError)


async def test_idempotent_put_is_retried_after_500(fake: FakeClickSend, cs) -> None:
    """cancel_sms is marked idempotent, so a 500 is retried like a GET."""
    fake.routes["/v3/sms/M1/cancel"] = lambda _r, _p: envelope(None)
    fake.script("/sms/M1/cancel", fail(500))
    await cs.sms.cancel("M1")
    assert fake.hits("/sms/M1/cancel") == 2
    assert cancel_sms.OPERATION_ID == "cancel_sms"


async def test_per_call_override_makes_a_put_retryable(fake: FakeClickSend, cs) -> None:
    """with_options(idempotent=True) lets a PUT outside the idempotent set be resent after 500."""
    request = Request("PUT", "/lists/1/remove-duplicates", "remove_something", json={})
    fake.routes["/v3/lists/1/remove-duplicates"] = lambda _r, _p: envelope(None)
    fake.script("/lists/1/remove-duplicates", fail(500), fail(500))
    with pytest.raises(OutcomeUnknownError):
        await cs.send_request(request)
    await cs.with_options(idempotent=True).send_request(request)
    assert fake.hits("/lists/1/remove-duplicates") == 3


async def test_dropped_connection_on_post_is_outcome_unknown(fake: FakeClickSend, cs) -> None:
    """A POST whose connection drops after the server read it is not resent."""
    fake.script("/sms/send", drop())
    with pytest.raises(OutcomeUnknownError):
        await cs.sms.send("+61411111111", "hi")
    assert fake.hits("/sms/send") == 1


async def test_dropped_connection_on_get_is_retried(fake: FakeClickSend, cs) -> None:
    """A GET whose connection drops is resent."""
    _templates(fake)
    fake.script("/sms/templates", drop())
    await view_sms_templates.asyncio(client=cs.api)
    assert fake.hits("/sms/templates") == 2


async def test_slow_post_times_out_as_outcome_unknown(fake: FakeClickSend, cs) -> None:
    """A POST with no answer in time raises OutcomeUnknownError, sent once."""
    fake.script("/sms/send", slow(1.0))
    with pytest.raises(OutcomeUnknownError):
        await cs.with_options(timeout=0.1).sms.send("+61411111111", "hi")
    assert fake.hits("/sms/send") == 1


async def test_slow_get_is_retried_then_times_out(fake: FakeClickSend, cs) -> None:
    """A GET that never answers in time is retried, then raises APITimeoutError."""
    fake.script("/sms/templates", *[slow(1.0)] * 2)
    quick = cs.with_options(timeout=0.1, retry=RetryPolicy(attempts=2, sleep=Sleeps()))
    with pytest.raises(APITimeoutError):
        await view_sms_templates.asyncio(client=quick.api)
    assert fake.hits("/sms/templates") == 2


async def test_refused_connection_is_retried_then_raised(unused_tcp_port: int) -> None:
    """A connection refused before anything was written is retried, then APIConnectionError."""
    sleeps = Sleeps()
    policy = RetryPolicy(sleep=sleeps, random=lambda: 1.0)
    base = f"http://127.0.0.1:{unused_tcp_port}/v3"
    async with ClickSend("u", "k", base_url=base, retry=policy) as cs:
        with pytest.raises(APIConnectionError) as caught:
            await cs.sms.send("+61411111111", "hi")
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert sleeps.delays == [0.5, 1.0, 2.0]


def test_retry_after_gets_a_jitter_within_its_bound() -> None:
    """A Retry-After is waited in full plus up to retry_after_jitter seconds, never less."""
    assert RetryPolicy(random=lambda: 0.0).delay(1, 1.0) == 1.0
    assert RetryPolicy(random=lambda: 0.5, retry_after_jitter=0.4).delay(1, 1.0) == 1.2
    waits = {RetryPolicy(random=lambda r=r: r).delay(1, 1.0) for r in (0.1, 0.5, 0.9)}
    assert len(waits) == 3  # clients told the same Retry-After come back apart


def test_decide_with_a_policy_gives_the_exact_wait_or_raises() -> None:
    """With a policy, decide() names the wait, or raises past the attempts or Retry-After cap."""
    policy = RetryPolicy(attempts=3, random=lambda: 0.5, max_retry_after=10)
    assert decide("GET", False, 500, policy=policy, attempt=1) == Retry(0.25)  # noqa: FBT003
    assert decide("GET", False, 500, policy=policy, attempt=2) == Retry(0.5)  # noqa: FBT003
    assert decide("GET", False, 500, policy=policy, attempt=3) == Raise()  # noqa: FBT003
    assert decide("POST", False, 429, retry_after=4.0, policy=policy) == Retry(4.25)  # noqa: FBT003
    assert decide("POST", False, 429, retry_after=11.0, policy=policy) == Raise()  # noqa: FBT003
    assert decide("POST", False, 500, policy=policy) == UNKNOWN  # noqa: FBT003


class FakeTime:
    """A clock that only the recorded sleeps move on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.delays: list[float] = []

    def clock(self) -> float:
        """The current fake time."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Record the delay and move the clock by it."""
        self.delays.append(seconds)
        self.now += seconds


def _timed(time: FakeTime, **settings: float) -> RetryPolicy:
    return RetryPolicy(sleep=time.sleep, clock=time.clock, random=lambda: 0.5, **settings)


async def test_deadline_stops_retries_before_a_wait_would_pass_it(fake: FakeClickSend) -> None:
    """A GET failing with 500 is retried only while the next wait ends before the deadline."""
    time = FakeTime()
    fake.script("/sms/templates", *[fail(500, "INTERNAL_SERVER_ERROR")] * 4)
    async with ClickSend("u", "k", base_url=fake.base_url, retry=_timed(time), deadline=1.2) as cs:
        with pytest.raises(ServerError) as caught:
            await view_sms_templates.asyncio(client=cs.api)
    assert time.delays == [0.25, 0.5]  # a third wait of 1.0 s would end at 1.75 s
    assert fake.hits("/sms/templates") == 3
    assert caught.value.operation_id == "view_sms_templates"


async def test_retry_after_past_the_deadline_raises_rate_limit_at_once(fake: FakeClickSend) -> None:
    """A 429 whose Retry-After ends past a per-call deadline raises RateLimitError unslept."""
    time = FakeTime()
    fake.script("/sms/send", fail(429, "TOO_MANY_REQUESTS", **{"Retry-After": "10"}))
    async with ClickSend("u", "k", base_url=fake.base_url, retry=_timed(time)) as cs:
        with pytest.raises(RateLimitError) as caught:
            await cs.with_options(deadline=5).sms.send("+61411111111", "hi")
    assert caught.value.retry_after == 10.0
    assert time.delays == []
    assert fake.hits("/sms/send") == 1


async def test_deadline_cuts_a_slow_attempt_short(fake: FakeClickSend) -> None:
    """An attempt that would outlast the deadline is cut at it, though its timeout is longer."""
    fake.script("/sms/templates", slow(5.0))
    async with ClickSend("u", "k", base_url=fake.base_url, timeout=30, deadline=0.3) as cs:
        with pytest.raises(APITimeoutError) as caught:
            await view_sms_templates.asyncio(client=cs.api)
    assert fake.hits("/sms/templates") == 1
    assert caught.value.operation_id == "view_sms_templates"


def test_default_deadline_is_well_under_a_minute() -> None:
    """Without a deadline given, one call is bounded well under a minute, waits included."""
    cs = ClickSend("u", "k")
    assert 0 < cs._options.deadline <= 30
    assert cs.with_options(deadline=math.inf)._options.deadline == math.inf


@pytest.mark.parametrize("bad", [0, -1, "5", True, math.nan])
def test_bad_deadline_is_refused(bad: object) -> None:
    """A deadline that is not a positive number of seconds is a ConfigurationError."""
    with pytest.raises(ConfigurationError):
        ClickSend("u", "k", deadline=bad)  # type: ignore[arg-type]


def test_an_attempt_keeps_its_timeout_only_when_it_ends_by_the_deadline() -> None:
    """The timeout object is reused when it ends by the deadline; else it is cut to the deadline."""
    from clicksend_async._options import attempt_timeout  # noqa: PLC0415 - the one helper

    timeout = aiohttp.ClientTimeout(total=30, connect=5)
    assert attempt_timeout(timeout, math.inf) is timeout
    assert attempt_timeout(timeout, 45.0) is timeout
    # A 30 s timeout under a 30 s deadline, a moment into the call: kept, not rebuilt.
    assert attempt_timeout(timeout, 29.9999) is timeout
    cut = attempt_timeout(timeout, 2.5)
    assert (cut.total, cut.connect) == (2.5, 5)
    assert attempt_timeout(timeout, -1.0).total == 0.001
    assert attempt_timeout(aiohttp.ClientTimeout(total=None), 4.0).total == 4.0


@pytest.mark.parametrize(
    "request_",
    [
        Request("POST", "/sms/send", ["send_sms"], json={}),
        Request(b"POST", "/sms/send", "send_sms", json={}),
        Request("POST", None, "send_sms", json={}),
    ],
    ids=["operation-id-list", "method-bytes", "path-none"],
)
async def test_a_malformed_request_is_refused_before_it_is_sent(
    fake: FakeClickSend, cs, request_: Request
) -> None:
    """A hand-built Request whose method, path or operation id is not a string never leaves.

    The retry decision after a failed attempt reads them; sent first, a POST's unknown outcome
    would come back as a TypeError instead of OutcomeUnknownError.
    """
    fake.script("/sms/send", fail(500))
    with pytest.raises(ValidationError, match="must be strings"):
        await cs.send_request(request_)
    assert fake.hits("/sms/send") == 0
