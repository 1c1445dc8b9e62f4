"""Scale run: a bulk run spread over worker processes, one SIGKILLed mid-run, against one process.

Run it with ``nox -s scale`` or ``python tests/scale/run.py --messages N``. A sandbox with the
soak's fault mix and an account limit (``--limit`` requests a second) runs in a child process;
a real redis-server holds the queue, the journal and the shared rate limit. ``--workers`` worker
processes send the run's batches; once a third of the messages are accepted one worker is
SIGKILLed and a new one started. Then the same input goes through one process
(``cs.sms.send_bulk`` with the same limit, a journal, reconcile and resend) against a fresh
sandbox, for the wall time to compare. The figures go to stdout as JSON and, with ``--markdown``,
into a page such as SCALE.md. The exit status is 1 when a promise broke (a message not accepted,
or one accepted twice).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS), str(TESTS / "taskiq")]

from processes import kill, start_worker  # noqa: E402 - the tests folder is put on the path first
from soak.run import FAULT_MIX, USERNAME, messages, problems, serve  # noqa: E402
from support.redis_server import RedisServer  # noqa: E402

from clicksend_async import (  # noqa: E402
    BulkProgress,
    BulkReport,
    ClickSend,
    RetryPolicy,
    ThrottlePolicy,
)
from clicksend_async.sandbox import SandboxSettings  # noqa: E402
from clicksend_async.shared.tasks import send_bulk_queued  # noqa: E402

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


def _child(settings: dict[str, Any], conn: Connection) -> None:
    asyncio.run(_serve_until_told(settings, conn))


async def _serve_until_told(settings: dict[str, Any], conn: Connection) -> None:
    async with serve(SandboxSettings(**settings)) as server:
        conn.send(server.url)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        conn.send((server.figures(), server.accepted_customs()))


class _Sandbox:
    """A faulty sandbox in a child process: its URL, then its figures once told to stop."""

    def __init__(self, limit: float) -> None:
        context = multiprocessing.get_context("spawn")
        self._ours, theirs = context.Pipe()
        settings = {**FAULT_MIX, "rate_limit": limit}
        self._process = context.Process(target=_child, args=(settings, theirs), daemon=True)

    async def start(self) -> str:
        self._process.start()
        return str(await asyncio.get_running_loop().run_in_executor(None, self._ours.recv))

    async def stop(self) -> tuple[dict[str, Any], list[str]]:
        self._ours.send("stop")
        found = await asyncio.get_running_loop().run_in_executor(None, self._ours.recv)
        self._process.join(timeout=60)
        return found  # type: ignore[no-any-return]


async def queued(total: int, workers: int, limit: float, redis: RedisServer) -> dict[str, Any]:
    """Send ``messages(total)`` through worker processes, killing one mid-run; return figures."""
    sandbox = _Sandbox(limit)
    url = await sandbox.start()
    argv = (redis.url, url, str(limit), USERNAME)
    pool = list(await asyncio.gather(*(start_worker(*argv) for _ in range(workers))))
    third = asyncio.Event()
    killed_at: list[float] = []
    started = time.perf_counter()

    def follow(counts: BulkProgress) -> None:
        if counts.accepted >= total // 3:
            third.set()

    async def kill_one() -> None:
        await third.wait()
        await kill(pool[0])
        killed_at.append(time.perf_counter() - started)
        pool[0] = await start_worker(*argv)

    # Shielded: a restart still starting when the run ends is let finish, then killed below.
    killer = asyncio.ensure_future(asyncio.shield(kill_one()))
    try:
        report = await send_bulk_queued(
            messages(total), queue=redis.url, run="scale", on_progress=follow
        )
        seconds = time.perf_counter() - started
    finally:
        if third.is_set():
            await killer
        else:
            killer.cancel()
        for process in pool:
            await kill(process)
        sandbox_figures, customs = await sandbox.stop()
    return _figures(
        total,
        report,
        seconds=seconds,
        sandbox=sandbox_figures,
        customs=customs,
        killed_at=killed_at,
    )


async def one_process(total: int, limit: float) -> dict[str, Any]:
    """Send the same input from one process with the same limit; return its figures."""
    sandbox = _Sandbox(limit)
    url = await sandbox.start()
    throttle = ThrottlePolicy(attempts=3, delay=1.0)
    retry = RetryPolicy(attempts=10, cap=5.0)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            async with ClickSend(
                USERNAME,
                "soak-key",
                base_url=url,
                retry=retry,
                throttle_retry=throttle,
                rate_limit=limit,
            ) as cs:
                started = time.perf_counter()
                report = await cs.sms.send_bulk(
                    messages(total),
                    concurrency=8,
                    reconcile=True,
                    resend=True,
                    journal=Path(scratch) / "one.journal",
                )
                seconds = time.perf_counter() - started
    finally:
        sandbox_figures, customs = await sandbox.stop()
    return _figures(
        total, report, seconds=seconds, sandbox=sandbox_figures, customs=customs, killed_at=[]
    )


def _figures(
    total: int,
    report: BulkReport,
    *,
    seconds: float,
    sandbox: dict[str, Any],
    customs: list[str],
    killed_at: list[float],
) -> dict[str, Any]:
    sends = sandbox["by_path"].get("/v3/sms/send", {})
    send_requests = sum(sends.values())
    return {
        "input": total,
        "accepted": report.accepted,
        "rejected": report.rejected,
        "unknown": report.unknown,
        "wall_seconds": round(seconds, 1),
        "send_requests": send_requests,
        "send_requests_per_second": round(send_requests / max(seconds, 1e-9), 2),
        "history_requests": sum(sandbox["by_path"].get("/v3/sms/history", {}).values()),
        "requests": sandbox["requests"],
        "requests_per_second": round(sandbox["requests"] / max(seconds, 1e-9), 2),
        "busiest_second": sandbox["busiest_second"],
        "answered_429": sandbox["answered_429"],
        "answered_500": sandbox["answered_500"],
        "dropped": sandbox["dropped"],
        "duplicates": sandbox["duplicates"],
        "accepted_at_sandbox": sandbox["accepted"],
        "worker_killed_after_seconds": round(killed_at[0], 1) if killed_at else None,
        "problems": problems(total, report, sandbox, customs, resend=True),
    }


def markdown(found: dict[str, Any]) -> str:
    """Return the figures as the SCALE.md page."""
    many, one = found["workers_run"], found["one_process"]
    rows = [
        ("messages accepted (of the input)", "accepted"),
        ("rejected", "rejected"),
        ("unknown", "unknown"),
        ("duplicates at the sandbox", "duplicates"),
        ("send requests", "send_requests"),
        ("send requests per second", "send_requests_per_second"),
        ("SMS history requests (settling unknowns)", "history_requests"),
        ("all requests", "requests"),
        ("all requests per second (average)", "requests_per_second"),
        ("requests in the busiest second", "busiest_second"),
        ("429s answered", "answered_429"),
        ("500s answered", "answered_500"),
        ("connections dropped", "dropped"),
        ("wall time (s)", "wall_seconds"),
    ]
    table = "\n".join(f"| {label} | {many[key]} | {one[key]} |" for label, key in rows)
    limit = found["limit"]
    ratio = one["wall_seconds"] / max(many["wall_seconds"], 1e-9)
    load = found["load"]
    pages = max(1, -(-found["messages"] // 100))
    return (
        "# Scale: a bulk run over worker processes\n\n"
        f"`nox -s scale -- --messages {found['messages']} --workers {found['workers']} "
        f"--limit {limit:g}`: {found['messages']:,} SMS, an account limit of "
        f"{limit:g} requests/s at the sandbox (and the same shared limit in every "
        "client), the soak's fault mix (2 % 500s, 1 % dropped connections, THROTTLED "
        f"repeats, latency). {found['workers']} worker processes; one was SIGKILLed after "
        f"{many['worker_killed_after_seconds']} s and a new one started. The sandbox is one "
        f"process; the machine has {os.cpu_count()} cores, shared by the sandbox, Redis, the "
        "producer and the workers, and with other work: the load average (1 min) was "
        f"{load['before']:.1f} before the workers' run, {load['between']:.1f} between the "
        f"runs and {load['after']:.1f} after, so wall times are noisy.\n\n"
        f"| | {found['workers']} workers | one process |\n|---|---|---|\n{table}\n\n"
        f"One process took {ratio:.2f} times the workers' wall time. The faults are drawn at "
        "random per request, so the two runs meet different ones. Every request, history "
        "pages included, passes the shared limiter: the busiest second saw "
        f"{many['busiest_second']} requests with workers and {one['busiest_second']} with one "
        f"process against the limit of {limit:g}. The limiter allows a burst on top of the "
        "rate, and the sandbox counts fixed one-second windows, so a burst that straddles "
        "a window's edge meets a 429 now and then; each sets the shared cool-down. Batches "
        "answered ambiguously (a 500 after the request left, a dropped connection) or left by "
        "the killed worker are settled once every batch has returned: one worker reads SMS "
        "history once for all of them and sends only what it proves unsent, and what those "
        "sends leave open is settled in another round; one process settles its unknowns the "
        "same way at the end. A reading covers the whole run, "
        f"{pages:,} pages of 100: the workers read history {many['history_requests'] / pages:.1f} "
        f"times over, one process {one['history_requests'] / pages:.1f} times.\n\n"
        "Problems found: "
        f"{many['problems'] or 'none'} (workers), {one['problems'] or 'none'} (one process).\n\n"
        "## What workers give, and when one process is enough\n\n"
        f"A request carries up to 1000 messages, so a limit of {limit:g} requests/s allows "
        f"{limit * 1000:,.0f} messages/s: more than one process checks, identifies, journals "
        "and sends, and more than a sandbox on one core answers. While the limit does not bind, "
        "workers add the work of one process per core; here two cores are shared by the "
        "sandbox, Redis, the producer, three workers and other work, so they add no speed, "
        "only the cost of the queue and of a journal in Redis instead of in memory, and the "
        "wait for the killed worker's task to be taken over. Once the limit binds, workers "
        "add nothing but waiting at the shared limiter. What workers give whatever the pace: "
        "the run outlives the machine that started it (a killed worker's batches are "
        "finished by another, with nothing sent twice), and every service sending from the "
        "account shares one limit. One process is enough for a run that may stop with its "
        "machine and be resumed from its journal later, on an account no one else sends "
        "from at the time.\n"
    )


async def run(total: int, workers: int, limit: float) -> dict[str, Any]:
    """Run both sends; return every figure."""
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        redis = RedisServer(Path(scratch))
        redis.start()
        try:
            many = await queued(total, workers, limit, redis)
        finally:
            redis.stop()
    between = os.getloadavg()[0]
    one = await one_process(total, limit)
    return {
        "messages": total,
        "workers": workers,
        "limit": limit,
        "load": {"before": before, "between": between, "after": os.getloadavg()[0]},
        "workers_run": many,
        "one_process": one,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the scale run, print its figures, write the page; return 1 if a promise broke."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000, help="how many SMS to send")
    parser.add_argument("--workers", type=int, default=3, help="worker processes")
    parser.add_argument("--limit", type=float, default=20.0, help="account requests per second")
    parser.add_argument("--markdown", type=Path, default=None, help="write the page here")
    args = parser.parse_args(argv)
    found = asyncio.run(run(args.messages, args.workers, args.limit))
    sys.stdout.write(json.dumps(found, indent=2) + "\n")
    if args.markdown is not None:
        args.markdown.write_text(markdown(found), encoding="utf-8")
    broken = found["workers_run"]["problems"] or found["one_process"]["problems"]
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
