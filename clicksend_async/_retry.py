"""Retry policy, the pure retry decision and the parsing of Retry-After."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable  # noqa: TC003 - attrs reads the annotations
from email.utils import parsedate_to_datetime
from typing import Literal

import aiohttp
from attrs import field, frozen

from clicksend_async._errors import InvalidResponseError, RateLimitError
from clicksend_async._operations import is_idempotent as _described_as_idempotent

# Methods that HTTP itself defines as safe to repeat.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Beyond this many doublings the cap wins anyway; stopping here keeps the float finite.
_MAX_EXPONENT = 64


@frozen
class RetryPolicy:
    """How often and how long to wait before resending a request that is safe to resend.

    Attributes:
        attempts: total tries, the first included; 1 turns retries off.
        initial: the backoff ceiling, in seconds, before the first retry.
        multiplier: how much the ceiling grows per retry.
        cap: the largest backoff, in seconds.
        jitter: ``"full"`` waits a random time in [0, ceiling]; ``"equal"`` in
            [ceiling / 2, ceiling]; ``"none"`` waits the ceiling.
        max_retry_after: the longest Retry-After, in seconds, that is honoured; a longer one
            raises :class:`RateLimitError` at once.
        retry_after_jitter: up to this many seconds are added, at random, to a Retry-After, so
            that clients told to wait the same time do not all come back at the same instant.
        sleep: the coroutine that waits; tests hand in one that records instead.
        random: returns a float in [0, 1); tests hand in a constant.
        clock: seconds on a monotonic scale, read for a call's deadline; tests hand in one that
            their ``sleep`` moves on.

    """

    attempts: int = 4
    initial: float = 0.5
    multiplier: float = 2.0
    cap: float = 30.0
    jitter: Literal["full", "equal", "none"] = "full"
    max_retry_after: float = 60.0
    retry_after_jitter: float = 0.5
    sleep: Callable[[float], Awaitable[object]] = field(default=asyncio.sleep, eq=False, repr=False)
    random: Callable[[], float] = field(default=random.random, eq=False, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, eq=False, repr=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Return the seconds to wait after failed try number ``attempt`` (1-based).

        A Retry-After is waited in full, plus up to ``retry_after_jitter`` seconds.

        Raises:
            RateLimitError: ``retry_after`` exceeds ``max_retry_after``.

        """
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                raise RateLimitError(429, "TOO_MANY_REQUESTS", retry_after=retry_after)
            return max(0.0, retry_after) + self.retry_after_jitter * self.random()
        exponent = min(max(attempt - 1, 0), _MAX_EXPONENT)
        ceiling = min(self.cap, self.initial * self.multiplier**exponent)
        if self.jitter == "full":
            return ceiling * self.random()
        if self.jitter == "equal":
            return ceiling / 2 + ceiling / 2 * self.random()
        return ceiling


@frozen
class ThrottlePolicy:
    """How send helpers handle messages answered with the per-message status THROTTLED.

    THROTTLED means the same body went to the same recipient moments ago; the service asks for
    a few seconds' pause. Only those messages are resent, after ``delay`` seconds, at most
    ``attempts`` times; whatever is still throttled is reported as rejected with that status.

    Attributes:
        attempts: the most times throttled messages are resent.
        delay: seconds to wait before each resend.

    """

    attempts: int = 3
    delay: float = 5.0


@frozen
class Retry:
    """Decision: resend after ``after`` seconds.

    Without a policy, :func:`decide` leaves ``after`` as the service's Retry-After, or None for
    "after backoff"; with one, ``after`` is the exact wait, jitter included.

    Attributes:
        after: seconds to wait before the next try, or None for the policy's backoff.

    """

    after: float | None = None


@frozen
class Raise:
    """Decision: stop; ``outcome_unknown`` says the request may have taken effect.

    Attributes:
        outcome_unknown: the request may have taken effect, so it must not be resent blindly.

    """

    outcome_unknown: bool = False


Decision = Retry | Raise
"""What ``decide`` answers: ``Retry`` after a wait, or ``Raise``."""

# Failures that happen before the request is written: nothing reached the service.
_NOT_SENT: tuple[type[BaseException], ...] = (
    aiohttp.ClientConnectorError,
    aiohttp.ConnectionTimeoutError,
)
# Failures after the request may have been written: the service may have acted on it.
_AMBIGUOUS: tuple[type[BaseException], ...] = (
    TimeoutError,
    aiohttp.ServerDisconnectedError,
    aiohttp.ClientPayloadError,
    aiohttp.ClientOSError,
    aiohttp.ServerTimeoutError,
    # An answer aiohttp could not parse (a bad status line, broken headers): the request was
    # written, so the service may have acted on it.
    aiohttp.ClientResponseError,
    InvalidResponseError,
)
_NEVER_RETRIED: tuple[type[BaseException], ...] = (aiohttp.ClientSSLError,)


def is_idempotent(method: str, operation_id: str) -> bool:
    """Say whether repeating this request can have no further effect."""
    return method.upper() in _SAFE_METHODS or _described_as_idempotent(operation_id)


def decide(
    method: str,
    idempotent: bool,  # noqa: FBT001 - mirrors the decision table's columns
    outcome: int | BaseException,
    *,
    retry_after: float | None = None,
    policy: RetryPolicy | None = None,
    attempt: int = 1,
) -> Decision:
    """Decide what to do after a failed try: resend, raise, or raise "outcome unknown".

    ``outcome`` is the error status of the answer, or the exception the attempt raised.
    A 429 is always resent (the service refused the request, so nothing happened). A failure
    before the request was written is always resent. A 5xx, a timeout or a dropped connection
    is resent only for GET and idempotent operations; for anything else the outcome is unknown.

    With a ``policy``, ``attempt`` (1-based) is the try that just failed, and the decision is
    final: :class:`Raise` once the policy's attempts are used up or when the service asks for a
    longer pause than ``max_retry_after``, else :class:`Retry` with the exact wait.
    """
    decision = _classify(method, outcome, retry_after, idempotent=idempotent)
    if policy is None or isinstance(decision, Raise):
        return decision
    if attempt >= policy.attempts:
        return Raise()
    if decision.after is not None and decision.after > policy.max_retry_after:
        return Raise()
    return Retry(policy.delay(attempt, decision.after))


def _classify(
    method: str, outcome: int | BaseException, retry_after: float | None, *, idempotent: bool
) -> Decision:
    repeatable = idempotent or method.upper() in _SAFE_METHODS
    if isinstance(outcome, int):
        if outcome == 429:  # noqa: PLR2004 - Too Many Requests
            return Retry(retry_after)
        ambiguous = outcome >= 500  # noqa: PLR2004 - server errors
    elif isinstance(outcome, _NEVER_RETRIED):
        ambiguous = False
    elif isinstance(outcome, _NOT_SENT):
        return Retry()
    else:
        ambiguous = isinstance(outcome, _AMBIGUOUS)
    if not ambiguous:
        return Raise()
    return Retry() if repeatable else Raise(outcome_unknown=True)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Read a Retry-After header: delay seconds or an HTTP date; None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)
