"""The results file of ``bulk``: one CSV row per input row, and resuming from an earlier one.

A run appends a row per outcome as each batch completes and flushes once per batch, so an
interrupted run leaves every outcome it saw. A later run with the same results file reads it
first (``prepare_results``): accepted rows are copied and skipped, and rows left unknown are
looked up in SMS history through the lookup the caller passes in. The earlier file is replaced
only once the compacted one is complete, so a crash while resuming loses nothing.

Accepted rows are remembered as bits (``RowSet``): a million-row file costs 125 kB.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from clicksend_async import Accepted, Outcome, Rejected
from clicksend_async._cli.common import UsageError

if TYPE_CHECKING:
    from pathlib import Path

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
# The columns without which a file cannot be resumed from.
_NEEDED_FIELDS = frozenset({"row", "outcome", "custom_string"})
_ENCODING = "utf-8"

# How an earlier run's unknown row is looked for in history: (custom_string, recipient digits).
HistoryKey = tuple[str, str]
# Looks keys up in SMS history sent since about the given Unix time; returns the items found.
HistoryLookup = Callable[[set[HistoryKey], int], Awaitable[dict[HistoryKey, dict[str, Any]]]]
# Rows of an earlier run left unknown, by history key (rows may share a key).
Unsettled = dict[HistoryKey, list[tuple[int, dict[str, str]]]]


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


@attrs.define
class Resume:
    """What an earlier results file leaves for this run to do."""

    # Rows not to send: accepted before, or unknown too recently to judge (held).
    done: RowSet = attrs.Factory(RowSet)
    # Rows left unknown and not in history, with the custom_string to send them with again.
    resend: dict[int, str] = attrs.Factory(dict)
    skipped: int = 0  # accepted before
    reconciled: int = 0  # unknown before, found in history: now recorded as accepted
    held: int = 0  # unknown under --settle seconds ago and not in history: kept unknown


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


def default_results_path(path: Path) -> Path:
    """Return where the results of ``path`` go unless ``--results`` says otherwise."""
    return path.with_name(f"{path.stem}.results.csv")


def recipient_digits(number: object) -> str:
    """Return only the digits of a number, so ``+61 411`` and ``61411`` compare equal."""
    return "".join(ch for ch in str(number or "") if ch.isdigit())


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def start_results(path: Path) -> None:
    """Create the results file with its header line."""
    with path.open("w", newline="", encoding=_ENCODING) as handle:
        csv.writer(handle).writerow(RESULT_FIELDS)


def compact_results(path: Path, partial: Path, resume: Resume) -> tuple[Unsettled, int | None]:
    """Copy the accepted rows of an earlier results file to ``partial``; gather unknown rows.

    Each accepted row is added to ``resume.done`` and counted as skipped; a row seen before
    in the file is ignored. Rejected rows are dropped, so they are sent again.

    Returns:
        The unknown rows that have a custom_string, and the earliest time one of them was
        recorded.

    Raises:
        UsageError: the file is not a results file.

    """
    unknown: Unsettled = {}
    earliest: int | None = None
    with (
        path.open(newline="", encoding=_ENCODING) as old,
        partial.open("w", newline="", encoding=_ENCODING) as new,
    ):
        reader = csv.DictReader(old)
        if not set(reader.fieldnames or ()) >= _NEEDED_FIELDS:
            raise UsageError(f"{path} is not a results file of this command; pass --results")
        csv.writer(new).writerow(RESULT_FIELDS)
        writer = ResultsWriter(new)
        for record in reader:
            number = _int(record.get("row"))
            if number < 1 or number in resume.done:
                continue
            outcome = record.get("outcome")
            if outcome == "accepted":
                resume.done.add(number)
                writer.write_record(record)
                resume.skipped += 1
            elif outcome == "unknown" and record.get("custom_string"):
                key = (record["custom_string"], recipient_digits(record.get("to")))
                unknown.setdefault(key, []).append((number, record))
                at = _int(record.get("at"))
                earliest = at if earliest is None else min(earliest, at)
    return unknown, earliest


def settle_unknown(
    partial: Path,
    unknown: Unsettled,
    found: dict[HistoryKey, dict[str, Any]],
    resume: Resume,
    *,
    settled_before: int,
) -> None:
    """Append the unknown rows' new records to ``partial``; note the rows to send again.

    A row found in history is recorded as accepted. A row not found but recorded after
    ``settled_before`` is kept unknown and not resent: its request may still be on its way
    through the service. Any other row goes to ``resume.resend``.
    """
    with partial.open("a", newline="", encoding=_ENCODING) as handle:
        writer = ResultsWriter(handle)
        for key, rows in unknown.items():
            item = found.get(key)
            for number, record in rows:
                if number in resume.done:
                    continue
                if item is None and _int(record.get("at")) > settled_before:
                    resume.done.add(number)
                    resume.held += 1
                    writer.write_record(record)
                    continue
                if item is None:
                    resume.resend[number] = key[0]
                    continue
                resume.done.add(number)
                resume.reconciled += 1
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


async def prepare_results(path: Path, lookup: HistoryLookup, *, settle: float) -> Resume:
    """Start the results file, or compact an earlier one to resume from it.

    ``lookup`` is given the keys of the unknown rows (perhaps none) and the earliest time one
    of them was recorded (now, when no row says). A row whose unknown outcome is under
    ``settle`` seconds old and is not in history is held.

    Raises:
        UsageError: the file exists but is not a results file.

    """
    resume = Resume()
    if not _has_content(path):
        start_results(path)
        return resume
    partial = path.with_name(path.name + ".partial")
    unknown, earliest = compact_results(path, partial, resume)
    found = await lookup(set(unknown), earliest or int(time.time()))
    settled_before = int(time.time() - settle)
    settle_unknown(partial, unknown, found, resume, settled_before=settled_before)
    partial.replace(path)
    return resume
