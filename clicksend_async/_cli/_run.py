"""The run loop of ``bulk`` (and ``demo``): sending rows, counting outcomes, Ctrl-C, the summary.

``send_rows`` hands rows to the library's bulk sender and records each outcome as it comes back.
The first Ctrl-C (or SIGTERM) stops reading input and lets the requests in flight finish; a
second one abandons them, and their rows are recorded as unknown so the next run looks them up
in history instead of sending them blindly.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from clicksend_async import Accepted, Outcome, Rejected
from clicksend_async._cli._input import Refused
from clicksend_async._cli.common import print_table, write_json

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable, Iterator

    from clicksend_async import ClickSend
    from clicksend_async._cli._results import ResultsWriter
    from clicksend_async._cli.progress import Progress

# The status of a message refused before sending, as the library gives it.
INVALID = "INVALID"
# How often (in messages) the live bar is redrawn.
_BAR_EVERY = 500


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

    def refuse(self, number: int, row: Refused) -> None:
        """Count and record a row refused before it was handed over."""
        self._record(number, row.to, row.custom_string, Rejected(-1, INVALID, row.reason, None))

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


async def _handed_over(
    rows: Iterable[tuple[int, dict[str, Any] | Refused]], in_flight: _InFlight, stop: asyncio.Event
) -> AsyncIterator[dict[str, Any]]:
    """Yield the rows' messages until ``stop`` is set; record refused rows on the way."""
    index = 0  # the bulk sender's numbering: refused rows never reach it
    for number, message in rows:
        if stop.is_set():
            return
        if isinstance(message, Refused):
            in_flight.refuse(number, message)
            continue
        in_flight.add(index, number, message)
        index += 1
        yield message


async def send_rows(
    cs: ClickSend,
    rows: Iterable[tuple[int, dict[str, Any] | Refused]],
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

    # The bulk sender reports progress once per batch: the moment to flush the results.
    stream = cs.sms.stream_bulk(
        _handed_over(rows, in_flight, stop), concurrency=concurrency, on_progress=in_flight.flush
    )
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
