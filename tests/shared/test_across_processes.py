"""Several processes sharing one RedisRateLimiter stay, together, under the one limit."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path

from clicksend_async.sandbox import Sandbox, SandboxSettings

HAMMER = Path(__file__).with_name("hammer.py")
PROCESSES = 3


async def _run_all(*argv_lists: list[str]) -> list[object]:
    """Run one hammer process per argument list at once; return what each printed."""
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, str(HAMMER), *argv, stdout=asyncio.subprocess.PIPE
        )
        for argv in argv_lists
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in processes)), 60)
    assert [p.returncode for p in processes] == [0] * len(processes)
    return [json.loads(out) for out, _ in outputs]


async def test_processes_together_take_at_most_the_limit_and_one_burst(redis_url: str) -> None:
    """3 processes hammering a 5-per-0.5 s limit for 3 s get at most R*t + burst slots together."""
    requests, per, seconds = 5, 0.5, 3.0
    start = time.time() + 2.0  # every process is up and connected before the clock starts
    stop = start + seconds
    argv = ["acquire", redis_url, "user", str(requests), str(per), str(start), str(stop)]
    grants = await _run_all(*[argv] * PROCESSES)
    counts = [len(g) for g in grants]  # type: ignore[arg-type]
    rate = requests / per
    assert sum(counts) <= rate * seconds + requests, counts
    assert all(count >= 1 for count in counts), counts  # shared, not one process starving


async def test_processes_sharing_the_limit_meet_no_429_from_a_service_with_it(
    redis_url: str,
) -> None:
    """3 processes, 5 concurrent sends each, sharing 5/s against a 5/s sandbox: no 429 at all."""
    async with Sandbox(SandboxSettings(rate_limit=5, retry_after=1)) as sb:
        argv = ["send", redis_url, sb.url, "5", "1.0", "5"]
        outcomes = await _run_all(*[argv] * PROCESSES)
        assert Counter(name for names in outcomes for name in names) == {"Accepted": 15}  # type: ignore[attr-defined]
        assert sb.counters.requests["send_sms"] == 15
        assert sb.counters.messages_accepted == 15
