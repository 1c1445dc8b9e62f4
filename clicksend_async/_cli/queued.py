"""``worker`` and ``bulk --queue``: bulk runs spread over worker processes through Redis.

``worker`` serves the queue with one client (a shared rate limit on the same Redis with
``--rate-limit``). ``bulk FILE.csv --queue URL`` reads and checks the file as ``bulk`` does,
enqueues its batches, shows progress from the run's journal (kept in the queue's Redis) and
writes the same results file; running it again resumes the run. The run is named after the
results file unless ``--journal`` names it, so the same command finds the same run.
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async import AccountError, ClickSend
from clicksend_async._cli._checks import country_option, encoding_option
from clicksend_async._cli._input import check_input, count_rows, read_messages
from clicksend_async._cli._results import ResultsWriter, default_results_path, start_results
from clicksend_async._cli._run import (
    Tally,
    _handed_over,
    _InFlight,
    interrupt_handler,
    show_summary,
)
from clicksend_async._cli.bulk import account_line
from clicksend_async._cli.common import PREFIX, ExitStatus, UsageError, credentials
from clicksend_async._cli.progress import Progress
from clicksend_async._errors import ConfigurationError
from clicksend_async.shared import RedisRateLimiter
from clicksend_async.shared.tasks import send_bulk_queued, serve

if TYPE_CHECKING:
    import argparse

    from clicksend_async._bulk._outcomes import BulkProgress


class _Live:
    """The journal's counts as the progress display reads them."""

    def __init__(self) -> None:
        self.sent = self.accepted = self.rejected = self.unknown = 0


def run_name(results_path: Path, journal: str | None) -> str:
    """Return the run's name: ``--journal``'s, else one made from the results file's path."""
    if journal:
        return journal
    digest = hashlib.sha256(str(results_path.resolve()).encode()).hexdigest()[:20]
    return f"bulk-{digest}"


async def run_worker(args: argparse.Namespace) -> ExitStatus:
    """Run ``worker``: send queued batches until interrupted.

    Raises:
        UsageError: ``--sandbox`` (a worker needs a server every worker shares), a bad
            ``--rate-limit`` or ``--concurrency``.
        MissingCredentialsError: no credentials.

    """
    if args.sandbox:
        raise UsageError("a worker sends to a server all workers share: use --base-url")
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    username, api_key = credentials(args)
    limiter = None
    if args.rate_limit is not None:
        try:
            limiter = RedisRateLimiter.from_url(args.queue, account=username, rate=args.rate_limit)
        except ConfigurationError as error:
            raise UsageError(f"--rate-limit: {error}") from None
    where = {"base_url": args.base_url} if args.base_url else {}
    stop = asyncio.Event()
    try:
        async with ClickSend(username, api_key, rate_limit=limiter, **where) as cs:
            serving = asyncio.create_task(
                serve(cs, args.queue, concurrency=args.concurrency, settle=args.settle)
            )
            with interrupt_handler(stop):
                stopped = asyncio.create_task(stop.wait())
                await asyncio.wait({serving, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (serving, stopped):
                task.cancel()
            await asyncio.gather(serving, stopped, return_exceptions=True)
            if not serving.cancelled():
                serving.result()  # the worker stopped on its own: raise what stopped it
    finally:
        if limiter is not None:
            await limiter.aclose()
    return ExitStatus.INTERRUPTED


async def run_bulk_queued(args: argparse.Namespace) -> ExitStatus:
    """Run ``bulk --queue``: enqueue the file's rows, follow them, write the results file.

    Raises:
        UsageError: bad input or results file, or an option that only a worker takes.

    """
    path = Path(args.file)
    results_path = Path(args.results) if args.results else default_results_path(path)
    if args.sandbox:
        raise UsageError("--queue sends through the queue's workers: leave out --sandbox")
    encoding = encoding_option(args.encoding)
    country = None if args.country is None else country_option(args.country)
    check_input(path, encoding)
    total = count_rows(path, encoding)
    run = run_name(results_path, args.journal)
    # A results file says the run was begun: resume it, and never start it afresh (a run
    # Redis lost would then send every accepted row again).
    resuming = results_path.exists()
    tally = Tally()
    live = _Live()
    start_results(results_path)
    rows = read_messages(path, encoding=encoding, country=country)
    try:
        with results_path.open("a", newline="", encoding="utf-8") as handle:
            in_flight = _InFlight(tally, ResultsWriter(handle))
            async with Progress(live, total, interval=args.progress_interval) as progress:

                def shown(counts: BulkProgress) -> None:
                    live.sent, live.accepted = counts.sent, counts.accepted
                    live.rejected, live.unknown = counts.rejected, counts.unknown
                    progress.update()

                try:
                    report = await send_bulk_queued(
                        _handed_over(rows, in_flight, asyncio.Event()),
                        queue=args.queue,
                        run=run,
                        create=not resuming,
                        on_progress=shown,
                    )
                except AccountError as error:
                    if error.report is None:  # pragma: no cover - a queued run always has one
                        raise
                    report, tally.account = error.report, error
                for outcome in report.outcomes:
                    in_flight.settle(outcome)
                in_flight.finish()
    finally:
        rows.close()
    show_summary(
        tally, title="bulk", extra={"results": str(results_path), "run": run}, as_json=args.json
    )
    return _status(tally, results_path)


def _status(tally: Tally, results_path: Path) -> ExitStatus:
    if tally.account is not None:
        sys.stderr.write(f"{PREFIX}{account_line(tally.account)}\n")
        return ExitStatus.FAILED
    if tally.unknown:
        sys.stderr.write(
            f"{PREFIX}{tally.unknown:,} rows have an unknown outcome; run the same command "
            f"again later to look them up and send only those not found ({results_path}).\n"
        )
    if tally.rejected or tally.unknown:
        return ExitStatus.FAILED
    return ExitStatus.OK
