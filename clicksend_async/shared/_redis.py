"""How the journal and the seen-store reach Redis: one client made from a URL, and its address.

A stale pooled connection (after a Redis restart) is retried at once; an outage is reported
within about a second rather than after redis-py's default of ten retries.
"""

from __future__ import annotations

try:
    import redis.asyncio as aioredis
    from redis.asyncio.retry import Retry
    from redis.backoff import ExponentialWithJitterBackoff
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "clicksend_async.shared needs redis-py: pip install 'clicksend-async[redis]'"
    ) from exc

_TIMEOUT = 1.0
_RETRIES = 3


def client_from_url(url: str, *, timeout: float = _TIMEOUT) -> aioredis.Redis:
    """Return a ``redis.asyncio`` client for ``url`` that gives up on an outage in seconds."""
    return aioredis.Redis.from_url(
        url,
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
        retry=Retry(ExponentialWithJitterBackoff(base=0.01, cap=0.2), _RETRIES),
    )


def where(client: aioredis.Redis) -> str:
    """Return where ``client`` connects (host:port/db or a socket path), for error messages."""
    kwargs = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return f"unix:{kwargs['path']}"
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"
