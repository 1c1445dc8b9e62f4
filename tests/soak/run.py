"""Fault soak: send N SMS through the bulk sender against a faulty sandbox and check the figures.

Run it with ``nox -s soak`` (100,000 messages) or ``python tests/soak/run.py --messages N``. The
sandbox runs in a child process, so that the client and the server do not share an event loop.
The promise it checks: every input message has exactly one outcome, nothing is lost and nothing
reaches the sandbox twice. The soak sends with ``resend=True`` and a journal (so every batch is
recorded before its request leaves and after its answer), and checks that every
message ends accepted (none of its messages is invalid): 0 rejected, 0 unknown, 0 duplicates.
The exit status is 1 when a check fails.

``tests/test_soak.py`` runs the same harness in-process with 5,000 messages in the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from aiohttp import web

from clicksend_async import (
    Accepted,
    BulkProgress,
    BulkReport,
    ClickSend,
    Rejected,
    RetryPolicy,
    ThrottlePolicy,
)
from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from multiprocessing.connection import Connection

# The fault mix of the issue: a rate limit, a THROTTLED window, 2 % 500s, 1 % dropped
# connections (half before and half after the sandbox applied the request) and jittered
# latency. Plain keywords, so that they cross to the child process as they are.
FAULT_MIX: dict[str, Any] = {
    "rate_limit": 10.0,
    "retry_after": 1.0,
    "throttle_window": 0.5,
    "fail_rate": 0.02,
    "drop_rate": 0.005,
    "drop_after_accept": True,
    "latency_ms": 5.0,
    "latency_jitter_ms": 20.0,
    "receipt_delay": 3600.0,
    "balance": 1_000_000.0,  # AUD: enough that credit never runs out mid-soak
    "seed": 20261127,
}
# The other half of the 1 %: the sandbox's drop_rate does one kind of drop per run, so the
# harness scripts drops before acceptance itself, request by request.
DROP_BEFORE_ACCEPT = 0.005
# Every REPEAT_EVERY-th message repeats its predecessor's body and number, so it is THROTTLED.
REPEAT_EVERY = 50
USERNAME = "soak"


def messages(total: int) -> Iterator[dict[str, str]]:
    """Yield ``total`` SMS; every REPEAT_EVERY-th copies its predecessor's number and body."""
    for index in range(total):
        source = index - 1 if index % REPEAT_EVERY == REPEAT_EVERY - 1 else index
        yield {"to": f"+614{source % 10**8:08d}", "body": f"soak message {source}"}


@attrs.define
class Tally:
    """What the sandbox answered, counted at its door per path: statuses, drops and THROTTLED."""

    answers: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    throttled: int = 0
    drops_scripted: int = 0
    # Requests that reached the door, by the wall-clock second they arrived in.
    per_second: Counter[int] = attrs.field(factory=Counter)

    def as_dict(self, drops_pending: int) -> dict[str, Any]:
        """Return the counts as plain JSON values; ``drops_pending``: scripted drops unused."""
        by_path: dict[str, dict[str, int]] = {}
        for (path, answer), count in sorted(self.answers.items()):
            by_path.setdefault(path, {})[answer] = count
        total = Counter[str]()
        for (_, answer), count in self.answers.items():
            total[answer] += count
        before = self.drops_scripted - drops_pending
        return {
            "requests": total.total(),
            "answered_429": total["429"],
            "answered_500": total["500"],
            "dropped": total["dropped"],
            "dropped_before_accept": before,
            "dropped_after_accept": total["dropped"] - before,
            "throttled_entries": self.throttled,
            "busiest_second": max(self.per_second.values(), default=0),
            "by_path": by_path,
        }


def tally_middleware(sandbox: Sandbox, tally: Tally, drop_before: float, seed: int | None) -> Any:
    """Return a middleware that counts each answer and scripts the drops before acceptance."""
    chance = random.Random(seed)  # noqa: S311 - a simulation, not security

    @web.middleware
    async def count(request: web.Request, handler: Any) -> web.StreamResponse:
        path = request.path
        tally.per_second[int(time.time())] += 1
        if drop_before and chance.random() < drop_before:
            sandbox.faults.next(path, 1, "drop", after_accept=False)
            tally.drops_scripted += 1
        try:
            response: web.StreamResponse = await handler(request)
        except asyncio.CancelledError:
            # The sandbox closes a dropped connection by cancelling its own handler.
            tally.answers[path, "dropped"] += 1
            raise
        tally.answers[path, str(response.status)] += 1
        if path.endswith("/sms/send") and isinstance(response, web.Response):
            body = response.body
            if isinstance(body, bytes):
                tally.throttled += body.count(b'"status":"THROTTLED"')
        return response

    return count


@attrs.define
class Server:
    """A sandbox served with the tally middleware in front of it."""

    sandbox: Sandbox
    tally: Tally
    url: str

    def drop_next_before_accept(self, target: str) -> None:
        """Close the next request to ``target`` unanswered and unapplied, and count it so."""
        self.sandbox.faults.next(target, 1, "drop", after_accept=False)
        self.tally.drops_scripted += 1

    def accepted_customs(self) -> list[str]:
        """Return the custom_string of every SMS the sandbox accepted, in sending order."""
        account = self.sandbox.state.accounts.get(USERNAME)
        if account is None:
            return []
        return [str(m.get("custom_string")) for m in account.channel("sms").values()]

    def figures(self) -> dict[str, Any]:
        """Return what the sandbox saw, as plain JSON values."""
        counters = self.sandbox.counters
        return {
            "accepted": counters.messages_accepted,
            "duplicates": counters.duplicates,
            "duplicate_keys": len(counters.duplicate_keys()),
            "send_requests": counters.requests["send_sms"],
            "history_requests": counters.requests["view_sms_history"],
            **self.tally.as_dict(self.sandbox.faults.pending()),
        }


@contextlib.asynccontextmanager
async def serve(
    settings: SandboxSettings, drop_before: float = DROP_BEFORE_ACCEPT
) -> AsyncIterator[Server]:
    """Serve a sandbox on 127.0.0.1 with the tally middleware, for the ``async with`` block."""
    sandbox = Sandbox(settings)
    tally = Tally()
    app = sandbox.make_app()
    # First, so that it also sees the answers of the sandbox's own stages (429s, drops).
    app.middlewares.insert(0, tally_middleware(sandbox, tally, drop_before, settings.seed))
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        yield Server(sandbox, tally, f"http://127.0.0.1:{port}/v3")
    finally:
        await runner.cleanup()


@attrs.frozen
class ClientRun:
    """The client's side of a soak: the report, the unknowns before reconcile, the wall time."""

    report: BulkReport
    unknown_before_reconcile: int
    seconds: float


async def send_all(
    url: str,
    total: int,
    *,
    concurrency: int,
    throttle_delay: float,
    retry: RetryPolicy,
    resend: bool = False,
    journal: Path | None = None,
) -> ClientRun:
    """Send ``messages(total)`` in bulk with reconcile (and ``resend``, ``journal``); report."""
    last: list[BulkProgress] = []

    def progress(counts: BulkProgress) -> None:
        last[:] = [counts]

    throttle = ThrottlePolicy(attempts=3, delay=throttle_delay)
    async with ClickSend(
        USERNAME, "soak-key", base_url=url, retry=retry, throttle_retry=throttle
    ) as cs:
        started = time.perf_counter()
        report = await cs.sms.send_bulk(
            messages(total),
            concurrency=concurrency,
            on_progress=progress,
            reconcile=True,
            resend=resend,
            journal=journal,
        )
        seconds = time.perf_counter() - started
    return ClientRun(report, last[-1].unknown if last else 0, seconds)


def figures(total: int, run: ClientRun, sandbox: dict[str, Any]) -> dict[str, Any]:
    """Return the figures of one soak as plain JSON values."""
    report = run.report
    rejected = Counter(o.status for o in report.outcomes if isinstance(o, Rejected))
    return {
        "input": total,
        "outcomes": len(report.outcomes),
        "accepted": report.accepted,
        "rejected": report.rejected,
        "rejected_by_status": dict(sorted(rejected.items())),
        "unknown_before_reconcile": run.unknown_before_reconcile,
        "unknown_after_reconcile": report.unknown,
        "wall_seconds": round(run.seconds, 1),
        "sandbox": sandbox,
    }


def problems(
    total: int,
    report: BulkReport,
    sandbox: dict[str, Any],
    customs: list[str],
    *,
    resend: bool = False,
) -> list[str]:
    """Return every broken promise of a soak; an empty list means it held.

    With ``resend``, every message must also end accepted: the soak's input has no invalid
    message, and whatever was proven unsent was sent again.
    """
    found: list[str] = []
    if resend and report.accepted != total:
        found.append(f"{total - report.accepted} of {total} messages did not end accepted")
    if [o.index for o in report.outcomes] != list(range(total)):
        found.append(f"{len(report.outcomes)} outcomes for {total} messages, or out of order")
    if report.accepted + report.rejected + report.unknown != total:
        found.append("accepted + rejected + unknown differs from the input")
    if report.unknown:
        found.append(f"{report.unknown} outcomes still unknown after reconcile")
    if sandbox["accepted"] != report.accepted:
        found.append(f"sandbox accepted {sandbox['accepted']}, the report says {report.accepted}")
    if sandbox["duplicates"] or sandbox["duplicate_keys"] or len(set(customs)) != len(customs):
        found.append(f"{sandbox['duplicates']} messages reached the sandbox twice")
    reported = {o.custom_string for o in report.outcomes if isinstance(o, Accepted)}
    if reported != set(customs):
        found.append(
            f"{len(reported - set(customs))} reported accepted but not at the sandbox, "
            f"{len(set(customs) - reported)} at the sandbox but not reported accepted"
        )
    unclear = [
        o for o in report.outcomes if isinstance(o, Rejected) and not (o.status and o.reason)
    ]
    if unclear:
        found.append(f"{len(unclear)} rejections without a status and reason")
    return found


# --- the 100,000-message run: the sandbox in a child process -----------------------------------


def _child(settings: dict[str, Any], conn: Connection) -> None:
    asyncio.run(_serve_until_told(settings, conn))


async def _serve_until_told(settings: dict[str, Any], conn: Connection) -> None:
    async with serve(SandboxSettings(**settings)) as server:
        conn.send(server.url)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        conn.send((server.figures(), server.accepted_customs()))


async def soak_in_child(total: int, concurrency: int) -> tuple[dict[str, Any], list[str]]:
    """Run a soak against a sandbox in a child process; return its figures and problems."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_child, args=(FAULT_MIX, theirs), daemon=True)
    process.start()
    loop = asyncio.get_running_loop()
    try:
        url = await loop.run_in_executor(None, ours.recv)
        with tempfile.TemporaryDirectory() as scratch:
            run = await send_all(
                url,
                total,
                concurrency=concurrency,
                throttle_delay=1.0,
                retry=RetryPolicy(attempts=10, cap=5.0),
                resend=True,
                journal=Path(scratch) / "soak.journal",
            )
    finally:
        ours.send("stop")
        sandbox, customs = await loop.run_in_executor(None, ours.recv)
        process.join(timeout=60)
    return figures(total, run, sandbox), problems(total, run.report, sandbox, customs, resend=True)


def main(argv: list[str] | None = None) -> int:
    """Run the soak, print its figures and write them as JSON; return 1 if a check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000, help="how many SMS to send")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    found, broken = asyncio.run(soak_in_child(args.messages, args.concurrency))
    found["concurrency"] = args.concurrency
    found["fault_mix"] = {**FAULT_MIX, "drop_before_accept": DROP_BEFORE_ACCEPT}
    found["problems"] = broken
    text = json.dumps(found, indent=2)
    sys.stdout.write(text + "\n")
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
