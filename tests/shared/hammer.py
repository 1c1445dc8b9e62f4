"""One of several processes sharing a RedisRateLimiter; prints what it did as JSON.

``acquire REDIS ACCOUNT REQUESTS PER``: connects, prints ``ready`` on a line of its own, then
reads ``START STOP`` (wall-clock seconds) from stdin; from START until STOP two tasks take and
give back slots as fast as the limiter allows; prints the wall time of each grant.
``send REDIS SANDBOX REQUESTS PER COUNT``: sends COUNT SMS at once through the limiter, with
retries off; prints each outcome's type name.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import redis.asyncio as aioredis

from clicksend_async import ClickSend, RetryPolicy
from clicksend_async.shared import RedisRateLimiter

TASKS = 2


async def acquire(url: str, account: str, requests: int, per: float) -> list[float]:
    """Take slots in the window the test sends once told ready; return when each was granted."""
    client = aioredis.Redis.from_url(url)
    limiter = RedisRateLimiter(client, account=account, requests=requests, per=per)
    granted: list[float] = []
    await client.ping()  # connected before the test picks the window
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    start, stop = (float(part) for part in (await asyncio.to_thread(sys.stdin.readline)).split())

    async def take() -> None:
        while time.time() < stop:
            async with limiter:
                granted.append(time.time())

    await asyncio.sleep(max(0.0, start - time.time()))
    await asyncio.gather(*(take() for _ in range(TASKS)))
    await client.aclose()
    return [t for t in granted if t <= stop]


async def send(url: str, sandbox: str, requests: int, per: float, count: int) -> list[str]:
    """Send ``count`` SMS through the shared limiter; return each outcome's type name."""
    limiter = RedisRateLimiter.from_url(url, account="user", rate=requests / per)
    policy = RetryPolicy(attempts=1)
    async with ClickSend("user", "key", base_url=sandbox, rate_limit=limiter, retry=policy) as cs:
        calls = [cs.sms.send("+61411111111", f"message {n}") for n in range(count)]
        results = await asyncio.gather(*calls, return_exceptions=True)
    await limiter.aclose()
    return [type(r).__name__ for r in results]


def main(argv: list[str]) -> None:
    """Run the mode named first and print its result."""
    mode, url, *rest = argv
    if mode == "acquire":
        account, requests, per = rest
        result: object = asyncio.run(acquire(url, account, int(requests), float(per)))
    else:
        sandbox, requests, per, count = rest
        result = asyncio.run(send(url, sandbox, int(requests), float(per), int(count)))
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
