"""Sent messages of one channel kept in date order, so a history page costs a page.

A history listing filtered by ``date_from``/``date_to`` alone is a contiguous run of an
account's messages when they were stored in date order, as sends store them: the run's ends are
found by bisection and the page is sliced out of it. Without this every page filtered the whole
channel, and reading a long history page by page cost the square of its length. An index that
meets a message out of order or without a date says so, and the listing filters as before.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from clicksend_async.sandbox._state import Record


def _date(record: Record) -> int | None:
    """Return a record's date as a listing's date filters read it, or None."""
    stamp = record.get("date", record.get("date_added", record.get("timestamp")))
    if stamp is None or isinstance(stamp, bool):
        return None
    try:
        return int(stamp)
    except (TypeError, ValueError):
        return None


class Window(Sequence["Record"]):
    """Records ``start`` to ``stop`` of a list, without copying them."""

    def __init__(self, records: list[Record], start: int, stop: int) -> None:
        self._records = records
        self._start = start
        self._stop = max(start, stop)

    def __len__(self) -> int:
        """Return how many records the window holds."""
        return self._stop - self._start

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        """Return one record, or a list of them for a slice (steps of 1 only)."""
        if isinstance(index, slice):
            start, stop, _ = index.indices(len(self))
            return self._records[self._start + start : self._start + max(start, stop)]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._records[self._start + index % len(self)]


class DateIndex:
    """The messages of one channel in the order they were stored, with their dates."""

    def __init__(self) -> None:
        self._source: dict[str, Record] | None = None
        self._records: list[Record] = []
        self._dates: list[int] = []
        self._ordered = True

    def _start_over(self, messages: dict[str, Record]) -> None:
        self._source = messages
        self._records, self._dates, self._ordered = [], [], True

    def catch_up(self, messages: dict[str, Record]) -> bool:
        """Index the messages stored since the last call; return whether all are in date order.

        Messages are only ever added to a channel, so the new ones are those past the count
        already indexed; a channel replaced or emptied is indexed anew.
        """
        if messages is not self._source or len(messages) < len(self._records):
            self._start_over(messages)
        if not self._ordered or len(messages) == len(self._records):
            return self._ordered
        # Skipping the indexed ones walks them in C; nothing new costs nothing.
        for record in itertools.islice(messages.values(), len(self._records), None):
            when = _date(record)
            if when is None or (self._dates and when < self._dates[-1]):
                self._ordered = False
                return False
            self._records.append(record)
            self._dates.append(when)
        return True

    def window(self, date_from: int | None, date_to: int | None) -> Window:
        """Return the indexed messages dated from ``date_from`` to ``date_to`` (inclusive)."""
        dates = self._dates
        start = 0 if date_from is None else bisect_left(dates, date_from)
        stop = len(dates) if date_to is None else bisect_right(dates, date_to)
        return Window(self._records, start, stop)
