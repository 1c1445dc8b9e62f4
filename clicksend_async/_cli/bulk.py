"""``clicksend-async bulk``: send a CSV file of any size, resumably, recording every row's outcome.

This module wires the parts together and owns the one history lookup a resumed run makes:
``_input`` reads the CSV, ``_results`` reads an earlier results file and writes the new one,
``_run`` sends the rows and handles Ctrl-C, and ``progress`` shows how far the run is.
"""

from __future__ import annotations

import asyncio
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async._bulk._reconcile import find_in_history
from clicksend_async._cli._checks import country_option, encoding_option
from clicksend_async._cli._input import check_input, count_rows, new_tag, read_messages
from clicksend_async._cli._results import (
    ResultsWriter,
    default_results_path,
    prepare_results,
)
from clicksend_async._cli._run import Tally, interrupt_handler, send_rows, show_summary
from clicksend_async._cli.common import ExitStatus, UsageError, open_client
from clicksend_async._cli.progress import Progress

if TYPE_CHECKING:
    import argparse


async def run_bulk(args: argparse.Namespace) -> ExitStatus:
    """Run ``bulk``: send the file, write the results, return the exit status.

    Raises:
        UsageError: bad input or results file, or no credentials.
        ClickSendError: the service could not be used at all (bad credentials, no connection).

    """
    path = Path(args.file)
    results_path = Path(args.results) if args.results else default_results_path(path)
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    encoding = encoding_option(args.encoding)
    country = None if args.country is None else country_option(args.country)
    check_input(path, encoding)
    total = count_rows(path, encoding)
    tally = Tally()
    async with open_client(args) as cs:
        lookup = functools.partial(find_in_history, cs.sms.history)
        resume = await prepare_results(results_path, lookup, settle=args.settle)
        tally.skipped, tally.reconciled, tally.held = resume.skipped, resume.reconciled, resume.held
        stop = asyncio.Event()
        rows = read_messages(
            path, resume.done, resume.resend, new_tag(), encoding=encoding, country=country
        )
        try:
            with (
                results_path.open("a", newline="", encoding="utf-8") as handle,
                interrupt_handler(stop),
            ):
                async with Progress(
                    tally, total - resume.done.count, interval=args.progress_interval
                ) as progress:
                    await send_rows(
                        cs,
                        rows,
                        tally=tally,
                        progress=progress,
                        results=ResultsWriter(handle),
                        concurrency=args.concurrency,
                        stop=stop,
                    )
        finally:
            rows.close()
    show_summary(tally, title="bulk", extra={"results": str(results_path)}, as_json=args.json)
    return _say_what_is_left(tally, results_path, settle=args.settle)


def _say_what_is_left(tally: Tally, results_path: Path, *, settle: float) -> ExitStatus:
    """Tell on stderr what a rerun would do; return the run's exit status."""
    if tally.interrupted:
        sys.stderr.write(
            f"clicksend-async: interrupted; the outcomes so far are in {results_path}. "
            "Run the same command again to resume: accepted rows are skipped and rows left "
            "unknown are looked up in SMS history before anything is sent again.\n"
        )
        return ExitStatus.INTERRUPTED
    if tally.unknown:
        sys.stderr.write(
            f"clicksend-async: {tally.unknown} rows have an unknown outcome; run the same "
            "command again to look them up in SMS history and send only those not found.\n"
        )
    if tally.held:
        sys.stderr.write(
            f"clicksend-async: {tally.held} rows with an unknown outcome from under "
            f"{settle:g} s ago are not in SMS history yet and were not resent; run the same "
            "command again later.\n"
        )
    if tally.rejected or tally.unknown or tally.held:
        return ExitStatus.FAILED
    return ExitStatus.OK
