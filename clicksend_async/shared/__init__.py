"""State shared by many processes through Redis: the rate limit, bulk journals, seen webhooks.

Install with ``pip install 'clicksend-async[redis]'``. Nothing here is imported by
``import clicksend_async``, so the client stays free of redis-py unless this module is used.
The package is named for what it does rather than for Redis, so that it never stands in for
the ``redis`` library in anyone's imports. The limiter lives in ``_limiter``, the journal in
``_journal`` (its scripts in ``_journal_scripts``), the webhook seen-store in ``_seen``, and
how a client is made from a URL in ``_redis``. Bulk runs spread over worker processes (extra
``taskiq``) are in ``tasks``, which this package does not import.
"""

from __future__ import annotations

from clicksend_async.shared._journal import JournalLostError, JournalUnavailableError, RedisJournal
from clicksend_async.shared._limiter import RateLimiterUnavailableError, RedisRateLimiter
from clicksend_async.shared._seen import RedisSeenStore, SeenStoreUnavailableError

__all__ = [
    "JournalLostError",
    "JournalUnavailableError",
    "RateLimiterUnavailableError",
    "RedisJournal",
    "RedisRateLimiter",
    "RedisSeenStore",
    "SeenStoreUnavailableError",
]
