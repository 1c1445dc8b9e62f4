"""``RedisRateLimiter``: one account's rate limit kept in Redis and obeyed by every process.

The rule is ``LocalRateLimiter``'s: at most ``requests`` attempts in any ``per`` seconds, a slot
taken when a request leaves and given back ``per`` seconds after its answer came back. The
count lives in Redis, changed only by Lua scripts that run atomically and read the Redis
server's clock, so replicas on hosts whose clocks drift still share one count. A 429 seen by
any process starts a shared cool-down that every process waits out before its next attempt.

When Redis cannot be reached, entering the limiter raises ``RateLimiterUnavailableError`` and
the request is not sent: going on without the shared count could take every replica over the
account's limit at once. Redis forgetting its data (a restart without persistence) costs at
most one window's worth of extra requests, and any cool-down then running.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import random
import uuid
from typing import TYPE_CHECKING, Any, cast

from clicksend_async._errors import ClickSendError, ConfigurationError
from clicksend_async._logging import logger
from clicksend_async.shared._redis import client_from_url, where
from clicksend_async.shared._scripts import ACQUIRE, COOL_DOWN, RELEASE

try:
    from redis.exceptions import RedisError
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "clicksend_async.shared needs redis-py: pip install 'clicksend-async[redis]'"
    ) from exc

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    import redis.asyncio as aioredis
    from redis.commands.core import AsyncScript

_GRANTED, _COOLING = 0, 1


class RateLimiterUnavailableError(ClickSendError):
    """The shared rate limiter's Redis did not answer; the request was not sent."""


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


def account_key(prefix: str, account: str) -> str:
    """Return an account's key stem: its name hashed, in braces so a cluster keeps it whole."""
    digest = hashlib.sha256(account.encode()).hexdigest()[:32]
    return f"{prefix}:ratelimit:{{{digest}}}"


class RedisRateLimiter:
    """At most ``requests`` attempts in any ``per`` seconds for one account, across processes.

    Args:
        client: a ``redis.asyncio.Redis``; it is closed by :meth:`aclose` only when this
            limiter opened it (:meth:`from_url`).
        account: the ClickSend username the limit belongs to; only a hash of it is stored.
        requests: attempts allowed in any ``per`` seconds, by every process together.
        per: the window, in seconds.
        lease: the longest an attempt may hold its slot; the slot of a process that died
            mid-request frees after this many seconds.
        cool_down_jitter: up to this many seconds are added, at random, to each shared
            cool-down and to each process's wait for its end, so they do not all come back
            at once.
        max_cool_down: the longest cool-down a Retry-After may set.
        prefix: the start of every key this limiter writes.
        random: returns a float in [0, 1); tests hand in a constant.

    Raises:
        ConfigurationError: ``account`` is empty, ``requests`` is not a positive int, or a
            duration is not a positive number of seconds.

    """

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        account: str,
        requests: int,
        per: float = 1.0,
        lease: float = 60.0,
        cool_down_jitter: float = 0.5,
        max_cool_down: float = 60.0,
        prefix: str = "clicksend",
        random: Callable[[], float] = random.random,
    ) -> None:
        if not isinstance(account, str) or not account:
            raise ConfigurationError("account must be the ClickSend username the limit is for")
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ConfigurationError(f"requests must be an int of at least 1, got {requests!r}")
        self.requests = requests
        self.per = _positive("per", per)
        self.lease = _positive("lease", lease)
        self.max_cool_down = _positive("max_cool_down", max_cool_down)
        if not 0 <= cool_down_jitter < math.inf:
            raise ConfigurationError(f"cool_down_jitter must be 0 or more, got {cool_down_jitter}")
        self.cool_down_jitter = float(cool_down_jitter)
        stem = account_key(prefix, account)
        self.slots_key = f"{stem}:slots"
        self.cool_down_key = f"{stem}:cool-down"
        self._client = client
        self._owns_client = False
        self._random = random
        self._acquire: AsyncScript = client.register_script(ACQUIRE)
        self._release: AsyncScript = client.register_script(RELEASE)
        self._cool_down: AsyncScript = client.register_script(COOL_DOWN)
        self._held: list[str] = []  # tokens of this process's attempts in flight
        self._turn = asyncio.Lock()  # one waiter per process asks Redis; the rest queue here

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        account: str,
        rate: float,
        lease: float = 60.0,
        cool_down_jitter: float = 0.5,
        max_cool_down: float = 60.0,
        prefix: str = "clicksend",
    ) -> RedisRateLimiter:
        """Return a limiter for ``rate`` requests a second on the Redis at ``url``.

        A fractional rate spreads requests out (0.5: one every two seconds); the other
        arguments are the constructor's. The limiter owns its connections: close them with
        :meth:`aclose`.

        Raises:
            ConfigurationError: ``rate`` is not a positive number, or as the constructor.

        """
        _positive("rate", rate)
        requests = max(1, math.floor(rate))
        client = client_from_url(url)
        limiter = cls(
            client,
            account=account,
            requests=requests,
            per=requests / rate,
            lease=lease,
            cool_down_jitter=cool_down_jitter,
            max_cool_down=max_cool_down,
            prefix=prefix,
        )
        limiter._owns_client = True
        return limiter

    def __repr__(self) -> str:
        return f"RedisRateLimiter(requests={self.requests}, per={self.per}, at={self._where()})"

    def _where(self) -> str:
        return where(self._client)

    async def aclose(self) -> None:
        """Close the Redis connections if this limiter opened them (:meth:`from_url`)."""
        if self._owns_client:
            await self._client.aclose()

    async def _run(
        self, script: AsyncScript, keys: list[str], args: list[Any], doing: str
    ) -> object:
        try:
            return await script(keys=keys, args=args)
        except RedisError as exc:
            raise RateLimiterUnavailableError(
                f"the shared rate limiter's Redis at {self._where()} failed while {doing}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    async def __aenter__(self) -> None:
        """Wait for a slot shared with every process and take it.

        Raises:
            RateLimiterUnavailableError: Redis did not answer; the request was not sent.

        """
        token = uuid.uuid4().hex
        keys = [self.slots_key, self.cool_down_key]
        args = [self.requests, self.per * 1000, self.lease * 1000, token]
        async with self._turn:
            while True:
                answer = await self._run(
                    self._acquire, keys, args, "taking a slot; the request was not sent"
                )
                state, wait_ms = cast("tuple[int, bytes]", answer)
                if state == _GRANTED:
                    break
                wait = float(wait_ms) / 1000
                if state == _COOLING:
                    wait += self.cool_down_jitter * self._random()
                await asyncio.sleep(wait)
        self._held.append(token)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Give the slot back ``per`` seconds from now (by Redis's clock)."""
        # This process's attempts in flight are alike: ending any one of them is the same.
        token = self._held.pop()
        try:
            await self._run(
                self._release, [self.slots_key], [self.per * 1000, token], "giving a slot back"
            )
        except RateLimiterUnavailableError as error:
            logger.warning("%s; the slot frees when its lease ends", error)

    async def on_rate_limited(self, retry_after: float | None) -> None:
        """Make every process wait ``retry_after`` seconds (``per`` without one), plus jitter."""
        seconds = (
            self.per if retry_after is None else min(max(retry_after, 0.0), self.max_cool_down)
        )
        seconds += self.cool_down_jitter * self._random()
        try:
            await self._run(
                self._cool_down, [self.cool_down_key], [seconds * 1000], "starting a cool-down"
            )
        except RateLimiterUnavailableError as error:
            logger.warning("%s; other processes were not told of the 429", error)
