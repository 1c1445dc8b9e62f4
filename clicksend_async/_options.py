"""Per-call options: timeouts, retry and throttle policies, the deadline, extra headers, query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

from clicksend_async._errors import ConfigurationError

if TYPE_CHECKING:
    from collections.abc import Mapping

    import aiohttp

    from clicksend_async._retry import RetryPolicy, ThrottlePolicy

# The longest a call may take, all attempts and waits included, unless the caller says otherwise:
# long enough for a slow answer and a retry or two, short enough that nobody waits minutes.
DEFAULT_DEADLINE = 30.0


@frozen
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
