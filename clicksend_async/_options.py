"""Per-call options: timeouts, retry and throttle policies, the deadline, extra headers, query.

It also owns how an attempt's timeout is fitted inside the call's deadline.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import attrs

from clicksend_async._errors import ConfigurationError

if TYPE_CHECKING:
    from collections.abc import Mapping

    import aiohttp

    from clicksend_async._retry import RetryPolicy, ThrottlePolicy

# The longest a call may take, all attempts and waits included, unless the caller says otherwise:
# long enough for a slow answer and a retry or two, short enough that nobody waits minutes.
DEFAULT_DEADLINE = 30.0
# How far past the call's deadline an attempt's own timeout may end before it is shortened.
_SLACK = 0.001


@attrs.frozen
class CallOptions:
    """Per-call settings.

    Attributes:
        timeout: the limit on each attempt.
        retry: when and how long to wait before resending.
        throttle: how send helpers resend messages answered THROTTLED.
        idempotent: None decides from the method and the operation id; True/False: the
            caller knows better.
        deadline: the most seconds a call may take, every attempt and wait included
            (``math.inf``: no limit).
        extra_headers: headers added to each request (Authorization stays the client's own).
        extra_query: query parameters added to each request's own.

    """

    timeout: aiohttp.ClientTimeout
    retry: RetryPolicy
    throttle: ThrottlePolicy
    idempotent: bool | None = None
    deadline: float = DEFAULT_DEADLINE
    extra_headers: tuple[tuple[str, str], ...] = ()
    extra_query: tuple[tuple[str, str], ...] = ()


def check_deadline(deadline: float) -> float:
    """Return a call deadline in seconds.

    Raises:
        ConfigurationError: not a positive number (``math.inf`` is: no deadline).

    """
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not deadline > 0:
        raise ConfigurationError(
            f"deadline must be a positive number of seconds (math.inf: none), got {deadline!r}"
        )
    return float(deadline)


def merge_extras(
    old: tuple[tuple[str, str], ...], new: Mapping[str, str] | None, name: str
) -> tuple[tuple[str, str], ...]:
    """Add extra headers or query parameters to those already set; a name given again wins.

    Raises:
        ConfigurationError: ``new`` does not map strings to strings.

    """
    if new is None:
        return old
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in new.items()):
        raise ConfigurationError(f"{name} must map strings to strings")
    names = {key.lower() for key in new}
    return (*((k, v) for k, v in old if k.lower() not in names), *new.items())


def attempt_timeout(timeout: aiohttp.ClientTimeout, remaining: float) -> aiohttp.ClientTimeout:
    """Shorten an attempt's timeout so that it ends by the call's deadline.

    The timeout itself is kept when it ends by the deadline anyway, or within ``_SLACK`` of it
    (a 30 s timeout under a 30 s deadline, a few microseconds into the call): building a new
    one per attempt costs more than the request's own bookkeeping.
    """
    total = timeout.total
    if remaining == math.inf or (total is not None and total - _SLACK <= remaining):
        return timeout
    total = remaining if total is None else min(total, remaining)
    return attrs.evolve(timeout, total=max(total, 0.001))
