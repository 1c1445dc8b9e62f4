"""What a client with the shared limiter sees when its Redis goes away and comes back empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import redis.asyncio as aioredis
from support.redis_server import RedisServer

from clicksend_async import Accepted, ClickSend, RetryPolicy
from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.shared import RateLimiterUnavailableError, RedisRateLimiter

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to stop and start again on its port."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_redis_down_is_a_clear_error_and_nothing_is_sent(own_server: RedisServer) -> None:
    """With Redis stopped a send raises RateLimiterUnavailableError and the service sees nothing."""
    limiter = RedisRateLimiter.from_url(own_server.url, account="user", rate=10)
    async with Sandbox(SandboxSettings()) as sb:
        async with ClickSend("user", "key", base_url=sb.url, rate_limit=limiter) as cs:
            assert isinstance(await cs.sms.send("+61411111111", "before"), Accepted)
            own_server.stop()
            with pytest.raises(RateLimiterUnavailableError) as caught:
                await cs.sms.send("+61411111111", "while down")
        assert sb.counters.requests["send_sms"] == 1
    assert f"127.0.0.1:{own_server.port}/0" in str(caught.value)
    assert "not sent" in str(caught.value)
    await limiter.aclose()


async def test_after_a_restart_sends_go_on_with_an_empty_count(own_server: RedisServer) -> None:
    """Redis restarted between calls: the next send works; the slots and cool-down are gone."""
    limiter = RedisRateLimiter.from_url(own_server.url, account="user", rate=10)
    no_retry = RetryPolicy(attempts=1)
    async with Sandbox(SandboxSettings()) as sb:
        async with ClickSend(
            "user", "key", base_url=sb.url, rate_limit=limiter, retry=no_retry
        ) as cs:
            assert isinstance(await cs.sms.send("+61411111111", "before"), Accepted)
            await limiter.on_rate_limited(30.0)  # a long cool-down, lost with the restart
            own_server.stop()
            own_server.start()
            inspect = aioredis.Redis.from_url(own_server.url)
            assert await inspect.exists(limiter.slots_key, limiter.cool_down_key) == 0
            assert isinstance(await cs.sms.send("+61411111111", "after"), Accepted)
            assert await inspect.zcard(limiter.slots_key) == 1  # counting again from empty
            await inspect.aclose()
        assert sb.counters.messages_accepted == 2
    await limiter.aclose()


async def test_losing_redis_after_sending_only_warns(
    own_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Giving a slot back or starting a cool-down without Redis logs a warning, never raises."""
    limiter = RedisRateLimiter.from_url(own_server.url, account="user", rate=10)
    await limiter.__aenter__()
    own_server.stop()
    await limiter.__aexit__(None, None, None)
    await limiter.on_rate_limited(1.0)
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2
    assert "the slot frees when its lease ends" in warnings[0]
    assert "not told of the 429" in warnings[1]
    await limiter.aclose()
