"""``clicksend-async bulk``: send a CSV file of any size, resumably, recording every row's outcome.

This module wires the parts together: ``_input`` reads the CSV, ``_results`` writes the results
file, ``_run`` sends the rows and handles Ctrl-C, and ``progress`` shows how far the run is.
Resuming is the library's: the run keeps a journal (beside the results file unless ``--journal``
says where), which knows each row by its content, so a rerun sends only rows never accepted,
whatever was edited, inserted, deleted or reordered in the file in between.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async._cli._checks import country_option, encoding_option
from clicksend_async._cli._input import check_input, count_rows, read_messages
from clicksend_async._cli._results import (
    ResultsWriter,
    default_journal_path,
    default_results_path,
    start_results,
)
from clicksend_async._cli._run import Tally, interrupt_handler, send_rows, show_summary
from clicksend_async._cli.common import PREFIX, ExitStatus, UsageError, open_client
from clicksend_async._cli.progress import Progress

if TYPE_CHECKING:
    import argparse

    from clicksend_async import AccountError

# What to do about each account refusal before running the same command again.
_REMEDIES = {
    "INSUFFICIENT_CREDIT": "top up",
    "ACCOUNT_NOT_ACTIVATED": "activate the account",
    "FORBIDDEN": "ask ClickSend why the account may not send",
}


async def run_bulk(args: argparse.Namespace) -> ExitStatus:
    """Run ``bulk``: send the file, write the results, return the exit status.

    Raises:
        UsageError: bad input or results file, or no credentials.
        ClickSendError: the service could not be used at all (bad credentials, no connection),
            or the journal cannot be opened or written.

    """
    path = Path(args.file)
    results_path = Path(args.results) if args.results else default_results_path(path)
    journal = Path(args.journal) if args.journal else default_journal_path(results_path)
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if not args.settle >= 0:
        raise UsageError("--settle must be at least 0")
    encoding = encoding_option(args.encoding)
    country = None if args.country is None else country_option(args.country)
    check_input(path, encoding)
    total = count_rows(path, encoding)
    tally = Tally()
    async with open_client(args) as cs:
        start_results(results_path)
        stop = asyncio.Event()
        rows = read_messages(path, encoding=encoding, country=country)
        try:
            with (
                results_path.open("a", newline="", encoding="utf-8") as handle,
                interrupt_handler(stop),
            ):
                async with Progress(tally, total, interval=args.progress_interval) as progress:
                    await send_rows(
                        cs,
                        rows,
                        tally=tally,
                        progress=progress,
                        results=ResultsWriter(handle),
                        concurrency=args.concurrency,
                        stop=stop,
                        journal=journal,
                        settle=args.settle,
                    )
        finally:
            rows.close()
    extra = {"results": str(results_path), "journal": str(journal)}
    show_summary(tally, title="bulk", extra=extra, as_json=args.json)
    return _say_what_is_left(tally, results_path)


def account_line(error: AccountError) -> str:
    """Return the one line that says an account refusal stopped the run, and what to do."""
    remedy = _REMEDIES.get(error.code, "fix the account's credentials")
    return (
        f"{error.explanation} after {error.accepted:,} messages; {error.not_sent:,} were not "
        f"sent; {remedy} and run the same command to resume"
    )


def _say_what_is_left(tally: Tally, results_path: Path) -> ExitStatus:
    """Tell on stderr what a rerun would do; return the run's exit status."""
    if tally.account is not None:
        sys.stderr.write(f"{PREFIX}{account_line(tally.account)}\n")
        return ExitStatus.FAILED
    if tally.interrupted:
        sys.stderr.write(
            f"{PREFIX}interrupted; the outcomes so far are in {results_path}. Run the same "
            "command again to resume: accepted rows are not sent again, and rows whose "
            "request was in flight are looked up in SMS history before anything is sent.\n"
        )
        return ExitStatus.INTERRUPTED
    if tally.unknown:
        sys.stderr.write(
            f"{PREFIX}{tally.unknown:,} rows have an unknown outcome (their request may have "
            "been sent moments ago, or SMS history could not be read); run the same command "
            "again later to look them up and send only those not found.\n"
        )
    if tally.rejected or tally.unknown:
        return ExitStatus.FAILED
    return ExitStatus.OK
