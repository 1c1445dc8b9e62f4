"""State shared by many processes through Redis: the rate limiter every replica and worker obeys.

Install with ``pip install 'clicksend-async[redis]'``. Nothing here is imported by
``import clicksend_async``, so the client stays free of redis-py unless this module is used.
The package is named for what it does rather than for Redis, so that it never stands in for
the ``redis`` library in anyone's imports.
"""

from __future__ import annotations

from clicksend_async.shared._limiter import RateLimiterUnavailableError, RedisRateLimiter

__all__ = ["RateLimiterUnavailableError", "RedisRateLimiter"]
