"""The results file of ``bulk``: one CSV row per input row, in input order, rewritten each run.

What a run knows comes from its journal (beside the results, by default): each run writes the
file anew from the outcomes the library hands over, old ones included, so the file always
matches the input as it is now. Outcomes come back batch by batch in any order; rows are held
until every row before them is written, so the file is in input order.
"""

from __future__ import annotations

import csv
import time
from typing import TYPE_CHECKING, TextIO

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
# A file whose header lacks these is not a results file: it is never overwritten.
_NEEDED_FIELDS = frozenset({"row", "outcome", "custom_string"})
_ENCODING = "utf-8"


class ResultsWriter:
    """Writes one row per input row, in input order, whatever order the outcomes come in."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self._writer = csv.writer(handle)
        self._waiting: dict[int, list[str]] = {}
        self._next = 1

    def write(self, number: int, to: str, custom: str, outcome: Outcome | None) -> None:
        """Record row ``number``'s outcome (None: abandoned in flight at an interrupt)."""
        at = str(int(time.time()))
        if isinstance(outcome, Accepted):
            fields = ["accepted", outcome.message_id or "", outcome.price or "", "SUCCESS", ""]
        elif isinstance(outcome, Rejected):
            fields = ["rejected", "", "", outcome.status, outcome.reason]
        elif outcome is None:
            fields = ["unknown", "", "", "", "interrupted while its request was in flight"]
        else:
            fields = ["unknown", "", "", "", outcome.reason]
        self._waiting[number] = [str(number), to, *fields, custom, at]
        while self._next in self._waiting:
            self._writer.writerow(self._waiting.pop(self._next))
            self._next += 1

    def finish(self) -> None:
        """Write the rows still waiting for an earlier one (an interrupted run leaves gaps)."""
        for number in sorted(self._waiting):
            self._writer.writerow(self._waiting[number])
        self._waiting.clear()

    def flush(self) -> None:
        """Hand what was written to the operating system."""
        self._handle.flush()


def default_results_path(path: Path) -> Path:
    """Return where the results of ``path`` go unless ``--results`` says otherwise."""
    return path.with_name(f"{path.stem}.results.csv")


def default_journal_path(results: Path) -> Path:
    """Return where the journal of a run goes unless ``--journal`` says otherwise."""
    return results.with_name(f"{results.name}.journal")


def start_results(path: Path) -> None:
    """Create (or empty) the results file and write its header line.

    Raises:
        UsageError: the file exists with content but is not a results file.

    """
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open(newline="", encoding=_ENCODING) as old:
                header = next(csv.reader(old), None)
        except (UnicodeDecodeError, csv.Error):
            header = None
        if not set(header or ()) >= _NEEDED_FIELDS:
            raise UsageError(f"{path} is not a results file of this command; pass --results")
    with path.open("w", newline="", encoding=_ENCODING) as handle:
        csv.writer(handle).writerow(RESULT_FIELDS)
