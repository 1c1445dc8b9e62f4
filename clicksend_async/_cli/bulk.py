"""``clicksend-async bulk``: send a CSV file of any size, resumably, recording every row's outcome.

The input is read one row at a time and accepted rows are remembered as bits, so the rows of a
million-line file take 125 kB. Rows without a ``custom_string`` get ``<tag>-<row>``, which is how
a row whose request failed ambiguously is found in SMS history on the next run.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import secrets
import signal
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from clicksend_async import Accepted, Outcome, Rejected
from clicksend_async._cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    open_client,
    print_table,
    write_json,
)
from clicksend_async._cli.progress import Progress

if TYPE_CHECKING:
    import argparse
    from collections.abc import AsyncIterator, Generator, Iterable, Iterator

    from clicksend_async import ClickSend

RESULT_FIELDS = (
    "row",
    "to",
    "outcome",
    "message_id",
    "price",
    "status",
    "error",
    "custom_string",
    "at",
)
REQUIRED_COLUMNS = ("to", "body")
# An unknown row is looked for in history from this many seconds before its outcome was
# recorded: its request may have waited out retries first, and clocks differ.
RECONCILE_SLACK = 900
# How often (in messages) the live bar is redrawn.
_BAR_EVERY = 500


class RowSet:
    """A set of row numbers kept as a bitmap: one bit per row of the input."""

    def __init__(self) -> None:
        self._bits = bytearray()
        self.count = 0

    def add(self, row: int) -> None:
        """Add a row number."""
        byte, bit = divmod(row, 8)
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte + 1 - len(self._bits) + 4096))
        mask = 1 << bit
        if not self._bits[byte] & mask:
            self._bits[byte] |= mask
            self.count += 1

    def __contains__(self, row: object) -> bool:
        if not isinstance(row, int) or row < 0:
            return False
        byte, bit = divmod(row, 8)
        return byte < len(self._bits) and bool(self._bits[byte] >> bit & 1)


class Tally:
    """The counts of one run of the command."""

    def __init__(self) -> None:
        self.sent = self.accepted = self.rejected = self.unknown = 0
        self.skipped = 0  # accepted in an earlier run, not sent again
        self.reconciled = 0  # unknown in an earlier run, found in history
        self.held = 0  # unknown in an earlier run moments ago: not in history yet, not resent
        self.cost = Decimal(0)
        self.interrupted = False
        self.started = time.monotonic()

    def add(self, outcome: Outcome | None) -> None:
        """Count one outcome (None: abandoned in flight, so unknown)."""
        self.sent += 1
        if isinstance(outcome, Accepted):
            self.accepted += 1
            self.cost += _decimal(outcome.price)
        elif isinstance(outcome, Rejected):
            self.rejected += 1
        else:
            self.unknown += 1

    def summary(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready mapping."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return {
            "sent": self.sent,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "unknown": self.unknown,
            "skipped": self.skipped,
            "reconciled": self.reconciled,
            "held": self.held,
            "cost": str(self.cost),
            "seconds": round(elapsed, 3),
            "throughput": round(self.sent / elapsed, 1),
            "interrupted": self.interrupted,
        }


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def parse_schedule(text: str) -> int | str:
    """Return a schedule as Unix seconds, from digits or an ISO 8601 time; else unchanged.

    A time without a zone is taken as UTC. Text that is neither is passed on unchanged, so
    that the message is refused with the library's own explanation.
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def message_of(row: dict[str, str | None], custom_string: str) -> dict[str, Any]:
    """Build the message of one input row."""
    message: dict[str, Any] = {
        "to": (row.get("to") or "").strip(),
        "body": row.get("body") or "",
        "custom_string": custom_string,
    }
    sender = (row.get("from") or "").strip()
    if sender:
        message["from"] = sender
    schedule = (row.get("schedule") or "").strip()
    if schedule:
        message["schedule"] = parse_schedule(schedule)
    return message


def check_input(path: Path) -> None:
    """Check that the input file exists and has the required columns.

    Raises:
        UsageError: it cannot be read, or lacks a ``to`` or ``body`` column.

    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), None)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    missing = [name for name in REQUIRED_COLUMNS if name not in (header or [])]
    if missing:
        raise UsageError(
            f"{path} has no {' or '.join(missing)} column; its first line must name the columns "
            "to, body and optionally from, custom_string, schedule"
        )


def count_rows(path: Path) -> int:
    """Return the number of data rows as the bulk command numbers them.

    A quoted line break inside a body is part of its row; blank lines are no rows.
    """
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return max(sum(1 for row in csv.reader(handle) if row) - 1, 0)


def file_messages(
    path: Path, done: RowSet, resend: dict[int, str], tag: str
) -> Generator[tuple[int, dict[str, Any]], None, None]:
    """Yield (row number, message) for every row not accepted before, reading lazily."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if number in done:
                continue
            custom = resend.get(number) or (row.get("custom_string") or "").strip()
            yield number, message_of(row, custom or f"{tag}-{number}")


def new_tag() -> str:
    """Return a random prefix for this run's generated custom_strings."""
    return "csv" + secrets.token_hex(5)


class ResultsWriter:
    """Appends one row per outcome to the results CSV."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self._writer = csv.writer(handle)

    def write(self, number: int, to: str, custom: str, outcome: Outcome | None) -> None:
        """Record one row's outcome (None: abandoned in flight at an interrupt)."""
        at = str(int(time.time()))
        if isinstance(outcome, Accepted):
            fields = ["accepted", outcome.message_id or "", outcome.price or "", "SUCCESS", ""]
        elif isinstance(outcome, Rejected):
            fields = ["rejected", "", "", outcome.status, outcome.reason]
        elif outcome is None:
            fields = ["unknown", "", "", "", "interrupted while its request was in flight"]
        else:
            fields = ["unknown", "", "", "", outcome.reason]
        self._writer.writerow([number, to, *fields, custom, at])

    def write_record(self, record: dict[str, str]) -> None:
        """Copy one row of an earlier results file."""
        self._writer.writerow([record.get(field) or "" for field in RESULT_FIELDS])

    def flush(self) -> None:
        """Hand what was written to the operating system."""
        self._handle.flush()


def _digits(number: object) -> str:
    return "".join(ch for ch in str(number or "") if ch.isdigit())


async def find_in_history(
    cs: ClickSend, wanted: set[tuple[str, str]], since: int
) -> dict[tuple[str, str], dict[str, Any]]:
    """Look (custom_string, recipient digits) pairs up in SMS history sent since ``since``."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    if not wanted:
        return found
    items = cs.sms.history(date_from=since)
    try:
        async for item in items:
            key = (str(item.get("custom_string") or ""), _digits(item.get("to")))
            if key in wanted and key not in found:
                found[key] = item
                if len(found) == len(wanted):
                    break
    finally:
        aclose = getattr(items, "aclose", None)
        if aclose is not None:
            await aclose()
    return found


# Rows of an earlier run left unknown, by (custom_string, recipient digits).
Unsettled = dict[tuple[str, str], list[tuple[int, dict[str, str]]]]


def start_results(path: Path) -> None:
    """Create the results file with its header line."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(RESULT_FIELDS)


def compact_results(
    path: Path, partial: Path, done: RowSet, tally: Tally
) -> tuple[Unsettled, int | None]:
    """Copy the accepted rows of an earlier results file to ``partial``; gather unknown rows.

    Returns the unknown rows and the earliest time one of them was recorded.

    Raises:
        UsageError: the file is not a results file.

    """
    unknown: Unsettled = {}
    earliest: int | None = None
    with (
        path.open(newline="", encoding="utf-8") as old,
        partial.open("w", newline="", encoding="utf-8") as new,
    ):
        reader = csv.DictReader(old)
        if not {"row", "outcome", "custom_string"} <= set(reader.fieldnames or ()):
            raise UsageError(f"{path} is not a results file of this command; pass --results")
        csv.writer(new).writerow(RESULT_FIELDS)
        writer = ResultsWriter(new)
        for record in reader:
            number = _int(record.get("row"))
            if number < 1 or number in done:
                continue
            outcome = record.get("outcome")
            if outcome == "accepted":
                done.add(number)
                writer.write_record(record)
                tally.skipped += 1
            elif outcome == "unknown" and record.get("custom_string"):
                key = (record["custom_string"], _digits(record.get("to")))
                unknown.setdefault(key, []).append((number, record))
                at = _int(record.get("at"))
                earliest = at if earliest is None else min(earliest, at)
    return unknown, earliest


def settle_unknown(
    partial: Path,
    unknown: Unsettled,
    found: dict[tuple[str, str], dict[str, Any]],
    done: RowSet,
    tally: Tally,
    *,
    settled_before: int,
) -> dict[int, str]:
    """Record the unknown rows found in history as accepted; return the others to resend.

    A row recorded after ``settled_before`` and not found is kept unknown and not resent: its
    request may still be on its way through the service.
    """
    resend: dict[int, str] = {}
    with partial.open("a", newline="", encoding="utf-8") as handle:
        writer = ResultsWriter(handle)
        for key, rows in unknown.items():
            item = found.get(key)
            for number, record in rows:
                if number in done:
                    continue
                if item is None and _int(record.get("at")) > settled_before:
                    done.add(number)
                    tally.held += 1
                    writer.write_record(record)
                    continue
                if item is None:
                    resend[number] = key[0]
                    continue
                done.add(number)
                tally.reconciled += 1
                writer.write_record(
                    {
                        **record,
                        "outcome": "accepted",
                        "message_id": str(item.get("message_id") or ""),
                        "price": str(item.get("message_price") or ""),
                        "status": "SUCCESS",
                        "error": "found in SMS history after an unknown outcome",
                    }
                )
    return resend


async def prepare_results(
    path: Path, cs: ClickSend, tally: Tally, *, settle: float
) -> tuple[RowSet, dict[int, str]]:
    """Start the results file, or compact an earlier one to resume from it.

    Returns the rows accepted before (not to send again) and, for rows whose earlier outcome
    was unknown and that history does not hold, the custom_string to send them with again
    (unless the unknown outcome is under ``settle`` seconds old). The earlier file is replaced
    only once the new one is complete.

    Raises:
        UsageError: the file exists but is not a results file.

    """
    done = RowSet()
    if not _has_content(path):
        start_results(path)
        return done, {}
    partial = path.with_name(path.name + ".partial")
    unknown, earliest = compact_results(path, partial, done, tally)
    since = (earliest or int(time.time())) - RECONCILE_SLACK
    found = await find_in_history(cs, set(unknown), since)
    settled_before = int(time.time() - settle)
    resend = settle_unknown(partial, unknown, found, done, tally, settled_before=settled_before)
    partial.replace(path)
    return done, resend


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


@contextlib.contextmanager
def interrupt_handler(stop: asyncio.Event) -> Iterator[None]:
    """First Ctrl-C (or SIGTERM): stop reading input; a second one abandons requests in flight."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    presses = 0

    def interrupted() -> None:
        nonlocal presses
        presses += 1
        if presses == 1:
            stop.set()
            sys.stderr.write(
                "\ninterrupted: finishing the requests in flight and saving their results "
                "(press Ctrl-C again to abandon them)\n"
            )
            sys.stderr.flush()
        elif task is not None:
            task.cancel()

    installed: list[tuple[signal.Signals, Any]] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            previous = signal.getsignal(signum)
            loop.add_signal_handler(signum, interrupted)
            installed.append((signum, previous))
    try:
        yield
    finally:
        # Put back what asyncio.run installed, so a later Ctrl-C still cancels cleanly.
        for signum, previous in installed:
            loop.remove_signal_handler(signum)
            signal.signal(signum, previous)


class _InFlight:
    """The rows handed to the bulk sender whose outcome has not come back, by input index."""

    def __init__(self, tally: Tally, results: ResultsWriter | None) -> None:
        self._rows: dict[int, tuple[int, str, str]] = {}
        self._tally = tally
        self._results = results

    def add(self, index: int, number: int, message: dict[str, Any]) -> None:
        """Note a row just handed over."""
        self._rows[index] = (number, str(message.get("to")), message["custom_string"])

    def settle(self, outcome: Outcome) -> None:
        """Count and record the outcome of a row."""
        self._record(*self._rows.pop(outcome.index), outcome)

    def abandon(self) -> None:
        """Record every row still in flight as unknown."""
        for number, to, custom in self._rows.values():
            self._record(number, to, custom, None)
        self._rows.clear()

    def flush(self, _progress: object = None) -> None:
        """Hand the results written so far to the operating system."""
        if self._results is not None:
            self._results.flush()

    def _record(self, number: int, to: str, custom: str, outcome: Outcome | None) -> None:
        self._tally.add(outcome)
        if self._results is not None:
            self._results.write(number, to, custom, outcome)


async def send_rows(
    cs: ClickSend,
    rows: Iterable[tuple[int, dict[str, Any]]],
    *,
    tally: Tally,
    progress: Progress,
    results: ResultsWriter | None,
    concurrency: int,
    stop: asyncio.Event,
) -> None:
    """Send the rows through the bulk sender, recording and counting every outcome.

    Once ``stop`` is set no more rows are read; the requests in flight finish. A cancellation
    (a second Ctrl-C) is absorbed: the rows still in flight are recorded as unknown. Either way
    ``tally.interrupted`` is set.
    """
    in_flight = _InFlight(tally, results)

    async def messages() -> AsyncIterator[dict[str, Any]]:
        for index, (number, message) in enumerate(rows):
            if stop.is_set():
                return
            in_flight.add(index, number, message)
            yield message

    # The bulk sender reports progress once per batch: the moment to flush the results.
    stream = cs.sms.stream_bulk(messages(), concurrency=concurrency, on_progress=in_flight.flush)
    try:
        async for outcome in stream:
            in_flight.settle(outcome)
            if tally.sent % _BAR_EVERY == 0:
                progress.update()
    except asyncio.CancelledError:
        tally.interrupted = True
        in_flight.abandon()
        current = asyncio.current_task()
        if current is not None:
            current.uncancel()  # absorbed: the rest of the command runs as usual
    finally:
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            await aclose()
        in_flight.flush()
    if stop.is_set():
        tally.interrupted = True


def default_results_path(path: Path) -> Path:
    """Return where the results of ``path`` go unless ``--results`` says otherwise."""
    return path.with_name(f"{path.stem}.results.csv")


def show_summary(tally: Tally, *, title: str, extra: dict[str, Any], as_json: bool) -> None:
    """Print a run's summary: one JSON object, or a table."""
    summary = {**tally.summary(), **extra}
    if as_json:
        write_json(summary)
        return
    rows = [
        ("accepted", summary["accepted"]),
        ("rejected", summary["rejected"]),
        ("unknown", summary["unknown"]),
        ("cost", summary["cost"]),
        ("throughput", f"{summary['throughput']:.0f} messages/s"),
        ("time", f"{summary['seconds']:.1f} s"),
    ]
    if tally.skipped or tally.reconciled or tally.held:
        rows[3:3] = [
            ("skipped (accepted before)", summary["skipped"]),
            ("found in history", summary["reconciled"]),
            ("held (unknown, too recent)", summary["held"]),
        ]
    rows.extend((key, value) for key, value in extra.items())
    print_table(title, ("", "value"), rows)


async def run_bulk(args: argparse.Namespace) -> int:
    """Run ``bulk``: send the file, write the results, return the exit status.

    Raises:
        UsageError: bad input or results file, or no credentials.
        ClickSendError: the service could not be used at all (bad credentials, no connection).

    """
    path = Path(args.file)
    results_path = Path(args.results) if args.results else default_results_path(path)
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    check_input(path)
    total = count_rows(path)
    tally = Tally()
    async with open_client(args) as cs:
        done, resend = await prepare_results(results_path, cs, tally, settle=args.settle)
        stop = asyncio.Event()
        rows = file_messages(path, done, resend, new_tag())
        try:
            with (
                results_path.open("a", newline="", encoding="utf-8") as handle,
                interrupt_handler(stop),
            ):
                async with Progress(
                    tally, total - done.count, interval=args.progress_interval
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
    if tally.interrupted:
        sys.stderr.write(
            f"clicksend-async: interrupted; the outcomes so far are in {results_path}. "
            "Run the same command again to resume: accepted rows are skipped and rows left "
            "unknown are looked up in SMS history before anything is sent again.\n"
        )
        return EXIT_INTERRUPTED
    if tally.unknown:
        sys.stderr.write(
            f"clicksend-async: {tally.unknown} rows have an unknown outcome; run the same "
            "command again to look them up in SMS history and send only those not found.\n"
        )
    if tally.held:
        sys.stderr.write(
            f"clicksend-async: {tally.held} rows with an unknown outcome from under "
            f"{args.settle:g} s ago are not in SMS history yet and were not resent; run the same "
            "command again later.\n"
        )
    if tally.rejected or tally.unknown or tally.held:
        return EXIT_FAILED
    return EXIT_OK
