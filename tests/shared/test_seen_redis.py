"""Two receiver replicas sharing a RedisSeenStore: each event's callback runs once between them."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import aiohttp
import pytest
import redis.asyncio as aioredis
from aiohttp.test_utils import TestServer
from support.redis_server import RedisServer

from clicksend_async import ConfigurationError
from clicksend_async.shared import RedisSeenStore, SeenStoreUnavailableError
from clicksend_async.webhooks import (
    RECEIVER_KEY,
    DeliveryReceipt,
    Receiver,
    SeenStore,
    parse_receipt,
    receiver,
)
from clicksend_async.webhooks._receiver import _digest

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from pathlib import Path

TOKEN = "s3cret-token-0123456789"
RECEIPT = {"message_id": "M-1", "status_code": "201", "status_text": "Delivered"}


class Handler:
    """A receipt callback that counts its calls, may fail the first ones, and may be slow."""

    def __init__(self, *, fail_first: int = 0, delay: float = 0.0) -> None:
        self.calls = 0
        self.succeeded: list[str] = []
        self.fail_first = fail_first
        self.delay = delay

    async def __call__(self, event: DeliveryReceipt) -> None:
        """Count the call; fail or finish as set."""
        self.calls += 1
        await asyncio.sleep(self.delay)
        if self.calls <= self.fail_first:
            raise RuntimeError("the handler's database is down")
        self.succeeded.append(event.message_id)


class Replica:
    """A receiver app served on 127.0.0.1 with a seen-store of its own on the shared Redis."""

    def __init__(self, server: TestServer, store: RedisSeenStore) -> None:
        self.server = server
        self.store = store

    @property
    def state(self) -> Receiver:
        """The receiver's counters."""
        return self.server.app[RECEIVER_KEY]

    async def push(self, session: aiohttp.ClientSession, payload: dict[str, str]) -> int:
        """Push ``payload`` as ClickSend would; return the status answered."""
        url = self.server.make_url(f"/receipts/{TOKEN}")
        async with session.post(url, data=payload) as response:
            return response.status


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """A client session playing ClickSend."""
    async with aiohttp.ClientSession() as client:
        yield client


async def start(
    url: str, handler: Handler, *, claim_for: float = 60.0, callback_timeout: float = 5.0
) -> Replica:
    """Serve a receiver replica whose seen-store is on the Redis at ``url``."""
    store = RedisSeenStore.from_url(url, claim_for=claim_for)
    app = receiver(token=TOKEN, on_receipt=handler, seen=store, callback_timeout=callback_timeout)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return Replica(server, store)


async def stop(*replicas: Replica) -> None:
    """Stop the replicas' servers and close their stores."""
    for replica in replicas:
        await replica.server.close()
        await replica.store.aclose()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of this test's own, free to stop."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_the_same_receipt_pushed_to_two_replicas_in_turn_runs_once(
    redis_url: str, session: aiohttp.ClientSession
) -> None:
    """Pushed to A, then to B, then to A: the callback runs once; the others are duplicates."""
    handler = Handler()
    a, b = await start(redis_url, handler), await start(redis_url, handler)
    try:
        assert [await r.push(session, RECEIPT) for r in (a, b, a)] == [200, 200, 200]
        assert handler.succeeded == ["M-1"]
        assert (a.state.received, a.state.duplicates) == (1, 1)
        assert (b.state.received, b.state.duplicates) == (0, 1)
        other = {**RECEIPT, "status_code": "300"}
        assert await b.push(session, other) == 200
        assert handler.calls == 2  # another status of the message is another event
    finally:
        await stop(a, b)


async def test_the_same_receipt_pushed_to_two_replicas_at_once_runs_once(
    redis_url: str, session: aiohttp.ClientSession
) -> None:
    """Pushed to both at the same moment, with a slow callback: it runs once, both answer 200."""
    handler = Handler(delay=0.3)
    a, b = await start(redis_url, handler), await start(redis_url, handler)
    try:
        for round_number in range(5):
            payload = {**RECEIPT, "message_id": f"M-{round_number}"}
            answers = await asyncio.gather(a.push(session, payload), b.push(session, payload))
            assert answers == [200, 200]
        assert handler.calls == 5
        assert sorted(handler.succeeded) == [f"M-{n}" for n in range(5)]
        assert a.state.duplicates + b.state.duplicates == 5
    finally:
        await stop(a, b)


async def test_a_callback_failing_on_one_replica_runs_again_on_the_other(
    redis_url: str, session: aiohttp.ClientSession
) -> None:
    """Fails on A (500), retried on B: runs again and succeeds; a later push to A is a duplicate."""
    handler = Handler(fail_first=1)
    a, b = await start(redis_url, handler), await start(redis_url, handler)
    try:
        assert await a.push(session, RECEIPT) == 500
        assert await b.push(session, RECEIPT) == 200
        assert await a.push(session, RECEIPT) == 200
        assert (handler.calls, handler.succeeded) == (2, ["M-1"])
        assert (a.state.failed, b.state.received, a.state.duplicates) == (1, 1, 1)
    finally:
        await stop(a, b)


async def test_a_replica_dying_mid_callback_leaves_a_claim_that_runs_out(
    redis_url: str, session: aiohttp.ClientSession
) -> None:
    """A claim never ended (its replica died) holds others off until claim_for, then runs out."""
    handler = Handler()
    dead = RedisSeenStore.from_url(redis_url, claim_for=0.5)
    b = await start(redis_url, handler, callback_timeout=0.2)
    try:
        digest = _digest(parse_receipt(RECEIPT, None).dedupe_key)
        assert await dead.claim(digest)
        assert await b.push(session, RECEIPT) == 503  # the dead replica's claim still holds
        assert handler.calls == 0
        await asyncio.sleep(0.5)
        assert await b.push(session, RECEIPT) == 200
        assert handler.succeeded == ["M-1"]
        assert not await dead.claim(digest)  # remembered now, by whoever
    finally:
        await stop(b)
        await dead.aclose()


async def test_keys_expire_and_no_claim_outlives_its_event(
    redis_url: str, session: aiohttp.ClientSession
) -> None:
    """A remembered event is one key with its TTL; its claim is gone once it is remembered."""
    handler = Handler()
    a = await start(redis_url, handler)
    inspect = aioredis.Redis.from_url(redis_url)
    try:
        assert await a.push(session, RECEIPT) == 200
        keys = [key async for key in inspect.scan_iter(match="clicksend:webhooks:*")]
        assert len(keys) == 1
        assert b":seen:" in keys[0]
        assert 86_000 < await inspect.ttl(keys[0]) <= 86_400
    finally:
        await stop(a)
        await inspect.aclose()


async def test_redis_down_is_503_and_nothing_is_handed_on(
    own_server: RedisServer, session: aiohttp.ClientSession
) -> None:
    """Without the store the receiver cannot tell new from repeat: 503, and no callback."""
    handler = Handler()
    a = await start(own_server.url, handler)
    try:
        own_server.stop()
        assert await a.push(session, RECEIPT) == 503
        assert (handler.calls, a.state.failed) == (0, 1)
        with pytest.raises(SeenStoreUnavailableError, match=f"127.0.0.1:{own_server.port}"):
            await a.store.seen(b"x" * 16)
    finally:
        await stop(a)


def test_stores_are_seen_stores_and_bad_settings_are_refused() -> None:
    """RedisSeenStore meets the protocol; a bad duration or a non-store is a ConfigurationError."""
    client = aioredis.Redis()
    assert isinstance(RedisSeenStore(client), SeenStore)
    with pytest.raises(ConfigurationError, match="claim_for"):
        RedisSeenStore(client, claim_for=0)
    with pytest.raises(ConfigurationError, match="SeenStore"):
        receiver(token=TOKEN, seen=object())  # type: ignore[arg-type]
