"""RedisRateLimiter against a real Redis: slots, leases, keys, cool-downs and the seam's hook."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import redis.asyncio as aioredis
from support.scripted import FakeClickSend, fail, serve_fake

from clicksend_async import (
    Accepted,
    ClickSend,
    ClickSendError,
    ConfigurationError,
    LocalRateLimiter,
    RateLimitError,
    RetryPolicy,
)
from clicksend_async._limits import RateLimitAware, rate_limited_hook
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.shared import RateLimiterUnavailableError, RedisRateLimiter

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    """A redis.asyncio client on the emptied test database."""
    connection = aioredis.Redis.from_url(redis_url)
    yield connection
    await connection.aclose()


def _limiter(client: aioredis.Redis, **options: object) -> RedisRateLimiter:
    settings: dict[str, object] = {"account": "user@example.com", "requests": 2, "per": 1.0}
    settings.update(options)
    return RedisRateLimiter(client, random=lambda: 0.0, **settings)  # type: ignore[arg-type]


async def _slots(client: aioredis.Redis, limiter: RedisRateLimiter) -> list[float]:
    """Return, in seconds from the Redis server's now, when each slot frees."""
    seconds, micros = await client.time()
    now_ms = seconds * 1000 + micros / 1000
    scored = await client.zrange(limiter.slots_key, 0, -1, withscores=True)
    return [(score - now_ms) / 1000 for _, score in scored]


async def test_a_slot_is_held_in_flight_and_freed_per_seconds_after_the_answer(
    client: aioredis.Redis,
) -> None:
    """In flight a slot is leased; once over it frees ``per`` s later, by Redis's clock."""
    limiter = _limiter(client, lease=30.0, per=1.0)
    async with limiter:
        (in_flight,) = await _slots(client, limiter)
        assert 29.0 < in_flight <= 30.0
    (ended,) = await _slots(client, limiter)
    assert 0.8 < ended <= 1.0


async def test_a_full_window_makes_the_next_attempt_wait_for_the_first_slot(
    client: aioredis.Redis,
) -> None:
    """With 2 per 0.6 s taken, a third attempt in another limiter waits until one frees."""
    first, other = _limiter(client, per=0.6), _limiter(client, per=0.6)
    for _ in range(2):
        async with first:
            pass
    third = asyncio.ensure_future(other.__aenter__())
    await asyncio.sleep(0.3)
    assert not third.done()
    await asyncio.wait_for(third, 2)
    await other.__aexit__(None, None, None)


async def test_a_dead_holders_slot_frees_when_its_lease_ends(client: aioredis.Redis) -> None:
    """A slot taken and never given back (its process died) frees after ``lease`` seconds."""
    dead = _limiter(client, requests=1, lease=0.3)
    await dead.__aenter__()  # never left: the process "died" mid-request
    alive = _limiter(client, requests=1, lease=0.3)
    await asyncio.wait_for(alive.__aenter__(), 2)
    await alive.__aexit__(None, None, None)


async def test_keys_hold_no_username_and_one_account_does_not_limit_another(
    client: aioredis.Redis,
) -> None:
    """Keys carry a hash of the account, never the name; accounts count apart."""
    ours = _limiter(client, account="user@example.com", requests=1, per=30.0)
    theirs = _limiter(client, account="other@example.com", requests=1, per=30.0)
    async with ours:
        pass
    await asyncio.wait_for(theirs.__aenter__(), 2)  # ours is full for 30 s, theirs is not
    await theirs.__aexit__(None, None, None)
    keys = [key.decode() for key in await client.keys("*")]
    assert len(keys) == 2
    assert all("user" not in key and "example" not in key for key in keys)
    assert ours.slots_key != theirs.slots_key


async def test_a_cool_down_set_by_one_process_holds_back_another(
    client: aioredis.Redis,
) -> None:
    """on_rate_limited(0.5) in one limiter: another's next attempt waits it out."""
    seen_429, other = _limiter(client, requests=10), _limiter(client, requests=10)
    await seen_429.on_rate_limited(0.5)
    ttl = await client.pttl(seen_429.cool_down_key)
    assert 0 < ttl <= 501
    waiting = asyncio.ensure_future(other.__aenter__())
    await asyncio.sleep(0.3)
    assert not waiting.done()
    await asyncio.wait_for(waiting, 2)
    await other.__aexit__(None, None, None)


async def test_a_cool_down_is_capped_and_never_shortened(client: aioredis.Redis) -> None:
    """A Retry-After past max_cool_down is cut to it; a shorter one later keeps the longer."""
    limiter = _limiter(client, max_cool_down=5.0)
    await limiter.on_rate_limited(3600.0)
    await limiter.on_rate_limited(1.0)
    assert 4000 < await client.pttl(limiter.cool_down_key) <= 5001


async def test_a_cool_down_adds_jitter_and_defaults_to_one_window(client: aioredis.Redis) -> None:
    """Without Retry-After the cool-down is ``per``, plus up to cool_down_jitter at random."""
    limiter = RedisRateLimiter(
        client, account="u", requests=1, per=1.0, cool_down_jitter=2.0, random=lambda: 0.5
    )
    await limiter.on_rate_limited(None)
    assert 1800 < await client.pttl(limiter.cool_down_key) <= 2001


async def test_a_429_from_the_service_starts_the_shared_cool_down(redis_url: str) -> None:
    """One client meets a 429 (Retry-After: 1): the shared cool-down makes another client wait."""
    limiter = RedisRateLimiter.from_url(redis_url, account="user", rate=10, cool_down_jitter=0.0)
    other = RedisRateLimiter.from_url(redis_url, account="user", rate=10, cool_down_jitter=0.0)
    no_retry = RetryPolicy(attempts=1)
    async with Sandbox(SandboxSettings(rate_limit=1, retry_after=1)) as sb:
        async with ClickSend(
            "user", "key", base_url=sb.url, rate_limit=limiter, retry=no_retry
        ) as cs:
            assert isinstance(await cs.sms.send("+61411111111", "first"), Accepted)
            with pytest.raises(RateLimitError):
                await cs.sms.send("+61411111111", "second")
        loop = asyncio.get_running_loop()
        began = loop.time()
        async with ClickSend(
            "user", "key", base_url=sb.url, rate_limit=other, retry=no_retry
        ) as cs:
            assert isinstance(await cs.sms.send("+61411111111", "third"), Accepted)
        assert loop.time() - began >= 0.8  # it waited out the cool-down the 429 started
        assert sb.counters.requests["send_sms"] == 3
    await limiter.aclose()
    await other.aclose()


async def test_the_seam_tells_the_limiter_of_each_429_with_its_retry_after() -> None:
    """Each 429 reaches on_rate_limited with its Retry-After (None without); a success does not."""
    heard: list[float | None] = []

    class Listening(LocalRateLimiter):
        async def on_rate_limited(self, retry_after: float | None) -> None:
            heard.append(retry_after)

    async def no_sleep(_seconds: float) -> None:
        pass

    fake: FakeClickSend
    async with serve_fake() as fake:
        fake.script(
            "/sms/send",
            fail(429, "TOO_MANY_REQUESTS", **{"Retry-After": "2"}),
            fail(429),
        )
        policy = RetryPolicy(sleep=no_sleep)
        limit = Listening(5)
        async with ClickSend(
            "u", "k", base_url=fake.base_url, retry=policy, rate_limit=limit
        ) as cs:
            assert isinstance(await cs.sms.send("+61411111111", "hi"), Accepted)
    assert heard == [2.0, None]


def test_limiters_without_the_hook_still_fit() -> None:
    """A limiter with only __aenter__/__aexit__ has no hook; both built-in limiters have one."""

    class Bare:
        async def __aenter__(self) -> None:
            pass

        async def __aexit__(self, *_exc: object) -> None:
            pass

    assert rate_limited_hook(Bare()) is None  # type: ignore[arg-type]
    assert rate_limited_hook(None) is None
    assert isinstance(LocalRateLimiter(1), RateLimitAware)


async def test_the_local_limiters_hook_changes_nothing() -> None:
    """LocalRateLimiter.on_rate_limited is a no-op: its free slots stay free."""
    limiter = LocalRateLimiter(1, per=1.0)
    await limiter.on_rate_limited(5.0)
    await asyncio.wait_for(limiter.__aenter__(), 0.5)


@pytest.mark.parametrize(
    "options",
    [
        {"account": ""},
        {"requests": 0},
        {"requests": True},
        {"per": 0},
        {"lease": float("inf")},
        {"max_cool_down": -1},
        {"cool_down_jitter": -1},
    ],
)
def test_bad_settings_are_a_configuration_error(options: dict[str, object]) -> None:
    """Each setting out of range is refused with a ConfigurationError naming it."""
    connection = aioredis.Redis()  # never connects: nothing is sent while refusing
    with pytest.raises(ConfigurationError):
        _limiter(connection, **options)


def test_from_url_turns_a_rate_into_a_window_and_refuses_a_bad_one() -> None:
    """rate=2.5 is 2 per 0.8 s, rate=0.5 is 1 per 2 s; rate=0 is a ConfigurationError."""
    limiter = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", account="u", rate=2.5)
    assert (limiter.requests, limiter.per) == (2, 0.8)
    assert "127.0.0.1:1/0" in repr(limiter)
    assert (RedisRateLimiter.from_url("redis://127.0.0.1:1", account="u", rate=0.5).per) == 2.0
    with pytest.raises(ConfigurationError):
        RedisRateLimiter.from_url("redis://127.0.0.1:1", account="u", rate=0)


def test_the_unavailable_error_is_a_clicksend_error() -> None:
    """Callers catching ClickSendError also catch a limiter whose Redis is gone."""
    assert issubclass(RateLimiterUnavailableError, ClickSendError)


def test_importing_the_client_does_not_import_redis() -> None:
    """``import clicksend_async`` leaves redis-py unloaded; only clicksend_async.shared needs it."""
    probe = "import sys, clicksend_async; print('redis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True, text=True)
    assert out.stdout.strip() == "False"
