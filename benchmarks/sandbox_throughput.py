"""Accepted messages per second of the sandbox for 1000-message ``/sms/send`` requests.

Run: ``python benchmarks/sandbox_throughput.py [requests] [concurrency]``. No latency, no faults;
the client shares the machine, so the figure is a lower bound for the server alone.
"""

from __future__ import annotations

import asyncio
import base64
import sys
import time

import aiohttp

from clicksend_async.sandbox import Sandbox, SandboxSettings

MESSAGES_PER_REQUEST = 1000


async def run(requests: int, concurrency: int) -> float:
    """Send ``requests`` full sends, ``concurrency`` at a time; return accepted messages/second."""
    payload = {
        "messages": [
            {"to": "+61411111111", "body": f"Benchmark message number {i}", "custom_string": str(i)}
            for i in range(MESSAGES_PER_REQUEST)
        ]
    }
    token = base64.b64encode(b"bench:key").decode()
    settings = SandboxSettings(balance=1e12, receipt_delay=3600)
    async with (
        Sandbox(settings) as sandbox,
        aiohttp.ClientSession(headers={"Authorization": f"Basic {token}"}) as session,
    ):
        body = aiohttp.JsonPayload(payload)
        raw = body._value  # noqa: SLF001 - encode once, send many times
        queue = iter(range(requests))

        async def worker() -> None:
            for _ in queue:
                async with session.post(
                    sandbox.url + "/sms/send",
                    data=raw,
                    headers={"Content-Type": "application/json"},
                ) as response:
                    assert response.status == 200
                    await response.read()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        accepted = sandbox.counters.messages_accepted
        assert accepted == requests * MESSAGES_PER_REQUEST
    return accepted / elapsed


def main() -> int:
    """Print the measured figure."""
    requests = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    rate = asyncio.run(run(requests, concurrency))
    print(
        f"{rate:,.0f} accepted messages/second "
        f"({requests} sends of {MESSAGES_PER_REQUEST}, {concurrency} at a time)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
