"""Journals: the durable, write-ahead record of a bulk run that lets it resume exactly once.

Pass a path (a SQLite file, one per run) or your own store to a bulk send; run the same input
with the same journal again and only what was never accepted is sent. Messages are known by
identity (their content and their occurrence among identical ones), so the input may be edited
between runs. A store is any object implementing :class:`Journal`.
"""

from __future__ import annotations

import os

from clicksend_async._errors import ConfigurationError
from clicksend_async._journal_records import (
    BatchInfo,
    Counts,
    Entry,
    Journal,
    Order,
    Record,
    Settled,
    State,
)
from clicksend_async._journal_sqlite import SqliteJournal

__all__ = [
    "BatchInfo",
    "Counts",
    "Entry",
    "Journal",
    "Order",
    "Record",
    "Settled",
    "SqliteJournal",
    "State",
    "open_journal",
]

JournalLike = str | os.PathLike[str] | Journal


def open_journal(journal: JournalLike) -> Journal:
    """Return the journal a bulk send was given: a SQLite file for a path, else the store itself.

    Nothing is opened yet: call ``await journal.open()``, which returns the run id. A store
    passed in is the caller's to close; a journal made here from a path is the sender's.

    Raises:
        ConfigurationError: ``journal`` is neither a path nor an object with the methods of
            :class:`Journal`.

    """
    if isinstance(journal, str | os.PathLike):
        if not os.fspath(journal):
            raise ConfigurationError("a journal path must not be empty")
        return SqliteJournal(journal)
    if isinstance(journal, Journal):
        return journal
    raise ConfigurationError(
        f"journal must be a file path or a Journal store, got {type(journal).__name__}"
    )
