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


async def _start(argv: list[str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(HAMMER),
        *argv,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )


async def _results(processes: list[asyncio.subprocess.Process]) -> list[object]:
    """Wait for every process to end; return what each printed."""
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in processes)), 120)
    assert [p.returncode for p in processes] == [0] * len(processes)
    return [json.loads(out) for out, _ in outputs]


async def _run_all(*argv_lists: list[str]) -> list[object]:
    """Run one hammer process per argument list at once; return what each printed."""
    return await _results([await _start(argv) for argv in argv_lists])


async def test_processes_together_take_at_most_the_limit_and_one_burst(redis_url: str) -> None:
    """3 processes hammering a 5-per-0.5 s limit for 3 s get at most R*t + burst slots together.

    The window opens only once every process has started and connected (however long that
    takes on a busy machine), so each has the whole window to take slots in.
    """
    requests, per, seconds = 5, 0.5, 3.0
    argv = ["acquire", redis_url, "window", str(requests), str(per)]
    processes = [await _start(argv) for _ in range(PROCESSES)]
    for process in processes:
        assert process.stdout is not None
        assert await asyncio.wait_for(process.stdout.readline(), 120) == b"ready\n"
    start = time.time() + 0.5
    stop = start + seconds
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(f"{start} {stop}\n".encode())
        await process.stdin.drain()
    grants = await _results(processes)
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
