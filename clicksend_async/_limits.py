"""Client-side rate limiting: the ``RateLimiter`` interface and the in-process limiter.

The seam holds a limiter around each attempt (from just before the request leaves until its
answer has been read), never around a backoff sleep, so callers waiting out a 429 or a 5xx do
not keep others from sending. Anything with ``__aenter__``/``__aexit__`` fits, an
``aiolimiter.AsyncLimiter`` included; a limiter shared by many processes (through Redis, say)
implements the same two methods, and may also hear of each 429 (``RateLimitAware``) to make
every process it serves hold back.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import deque
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from clicksend_async._errors import ConfigurationError

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import TracebackType


@runtime_checkable
class RateLimiter(Protocol):
    """Held around each attempt: entered before a request leaves, left once its answer is read."""

    async def __aenter__(self) -> object:
        """Wait until a request may leave."""

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        """Record that the request is over."""


@runtime_checkable
class RateLimitAware(RateLimiter, Protocol):
    """A limiter that also hears when the service answers 429, to hold back what it admits.

    The seam calls ``on_rate_limited`` after each 429, with the answer's Retry-After in seconds
    (None without one), before it waits to resend. It should not raise: a limiter that cannot
    act on the news logs it and lets the call go on.
    """

    async def on_rate_limited(self, retry_after: float | None) -> None:
        """Take note that the service refused a request for its rate."""


def rate_limited_hook(
    limiter: RateLimiter | None,
) -> Callable[[float | None], Awaitable[None]] | None:
    """Return the limiter's ``on_rate_limited``, or None for a limiter without one."""
    return limiter.on_rate_limited if isinstance(limiter, RateLimitAware) else None


class LocalRateLimiter:
    """At most ``requests`` attempts in any ``per`` seconds, counted up to each one's answer.

    An attempt takes a slot when it leaves and gives it back ``per`` seconds after its answer
    came back. Counting from the answer rather than from the departure keeps the service's
    count under the limit whatever the network adds in between: the service can only have
    seen a request arrive before its answer left. A token bucket counting departures (such as
    ``aiolimiter``) lets a full bucket's burst and the next refills, or a slow first request and
    a quick later one, land in the same second at the service, which then answers 429.
    Waiters are served in the order they came.
    """

    def __init__(
        self, requests: int, per: float = 1.0, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ValueError(f"requests must be an int of at least 1, got {requests!r}")
        if not 0 < per < math.inf:
            raise ValueError(f"per must be a positive number of seconds, got {per!r}")
        self.requests = requests
        self.per = per
        self._clock = clock
        self._in_flight = 0
        self._ended: deque[float] = deque()  # when each recent attempt's answer came back
        self._turn = asyncio.Lock()
        self._changed = asyncio.Event()

    @classmethod
    def per_second(cls, rate: float) -> LocalRateLimiter:
        """Return a limiter for ``rate`` requests a second (a fraction spreads them out)."""
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate < math.inf:
            raise ValueError(f"rate must be a positive number of requests a second, got {rate!r}")
        requests = max(1, math.floor(rate))
        return cls(requests, requests / rate)

    def __repr__(self) -> str:
        return f"LocalRateLimiter(requests={self.requests}, per={self.per})"

    def _busy(self, now: float) -> int:
        while self._ended and self._ended[0] + self.per <= now:
            self._ended.popleft()
        return self._in_flight + len(self._ended)

    async def __aenter__(self) -> None:
        """Wait for a free slot and take it."""
        async with self._turn:
            while self._busy(now := self._clock()) >= self.requests:
                self._changed.clear()
                # All slots held by attempts in flight: only one of them ending frees one.
                wait = self._ended[0] + self.per - now if self._ended else None
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait):
                        await self._changed.wait()
            self._in_flight += 1

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Give the slot back ``per`` seconds from now."""
        self._in_flight -= 1
        self._ended.append(self._clock())
        self._changed.set()

    async def on_rate_limited(self, retry_after: float | None) -> None:
        """Do nothing: in one process the seam's own wait before resending is enough."""


def as_limiter(rate_limit: float | RateLimiter | None) -> RateLimiter | None:
    """Return the limiter a client's ``rate_limit`` stands for: a number is requests a second.

    Raises:
        ConfigurationError: a number that is not positive, or something that is no limiter.

    """
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    try:
        return LocalRateLimiter.per_second(rate_limit)
    except ValueError as exc:
        raise ConfigurationError(f"rate_limit: {exc}") from None
