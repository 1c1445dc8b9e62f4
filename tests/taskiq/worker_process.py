"""One worker process of a queued bulk run, with short leases; prints "ready" once it listens.

``worker_process.py REDIS SANDBOX [RATE [USERNAME]]``: serves the queue with one client of the
sandbox (as USERNAME, default "queue"), through a shared limiter of RATE requests a second when
given, until killed.
"""

from __future__ import annotations

import asyncio
import sys

from clicksend_async import ClickSend, RetryPolicy, ThrottlePolicy
from clicksend_async.shared import RedisRateLimiter
from clicksend_async.shared.tasks import serve

# Short enough that a killed worker's batch is taken over within seconds.
LEASE, SETTLE, IDLE = 2.0, 1.0, 3.0


async def main(queue: str, sandbox: str, rate: float | None, user: str) -> None:
    """Serve until killed."""
    limiter = None if rate is None else RedisRateLimiter.from_url(queue, account=user, rate=rate)
    async with ClickSend(
        user,
        "key",
        base_url=sandbox,
        retry=RetryPolicy(attempts=8, cap=2.0),
        throttle_retry=ThrottlePolicy(attempts=3, delay=1.0),
        rate_limit=limiter,
    ) as cs:
        ready = asyncio.Event()
        serving = asyncio.create_task(
            serve(cs, queue, concurrency=2, lease=LEASE, settle=SETTLE, idle=IDLE, ready=ready)
        )
        await ready.wait()
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        await serving


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(
        main(
            args[0],
            args[1],
            float(args[2]) if len(args) > 2 else None,
            args[3] if len(args) > 3 else "queue",
        )
    )
