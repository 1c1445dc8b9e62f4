"""The default journal store: one SQLite file per run, in WAL mode, held by one process at a time.

Durability: every call is one transaction, so a process killed at any instant leaves the file
as it was before the call or after it; SQLite rolls back a torn write when the file is next
opened. In WAL mode a commit with ``synchronous=NORMAL`` is in the operating system's hands
once the call returns: that survives the death of the process but not a power cut, which may
lose the last commits (never corrupt the file). Losing the record of a batch begun before its
request left would make a resumed run send it again, so ``durable=True`` (the default) uses
``synchronous=FULL``: one fsync a commit, a few milliseconds for a batch of up to a thousand
messages.

One process at a time: the file is opened in SQLite's exclusive locking mode, so a second
process is refused instead of both sending the same run. It follows that whatever is in flight
when the file is opened was left by a process that is gone, and may be reconciled at once.

Memory stays flat whatever the size of the journal: every question is answered through an
index (identity, batch, position), and :meth:`SqliteJournal.records` reads a page at a time.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from typing import TYPE_CHECKING, Any, Self, TypeVar

import clicksend_async._journal_sql as sql
from clicksend_async._errors import ConfigurationError, ValidationError
from clicksend_async._journal_records import (
    BatchInfo,
    Counts,
    Entry,
    Order,
    Record,
    Settled,
    State,
)
from clicksend_async._journal_thread import StoreThread

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Callable, Collection, Sequence

    from clicksend_async._identity import Identity

T = TypeVar("T")
# Rows a page of records() reads.
_PAGE = 1000


class SqliteJournal:
    """A journal in one SQLite file (created on first open), for one process at a time.

    ``durable=False`` commits with ``synchronous=NORMAL``: safe if the process dies, not if the
    machine loses power. ``busy_timeout`` is how long opening waits for another process to
    release the file. ``clock`` gives the time in Unix seconds (for leases and ``began_at``).

    Calls other than :meth:`open` raise ``sqlite3.Error`` when the file cannot be written
    (a full disk, say); nothing of the failed call is kept.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        durable: bool = True,
        busy_timeout: float = 2.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = os.fspath(path)
        self._durable = durable
        self._busy_timeout = busy_timeout
        self._clock = clock
        self._thread: StoreThread | None = None
        self._connection: sqlite3.Connection | None = None
        self._run_id: str | None = None
        self._opening = asyncio.Lock()

    def __repr__(self) -> str:
        return f"SqliteJournal({self.path!r})"

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def open(self) -> str:
        """Open (or create) the file and return the run id.

        Raises:
            ConfigurationError: the file is not a journal, was written by a newer version, is
                held by another process, or cannot be opened.

        """
        async with self._opening:  # a second open() waits for the first and shares its file
            if self._run_id is not None:
                return self._run_id
            thread = self._thread = StoreThread("clicksend-journal")
            try:
                self._run_id = await thread.run(self._open)
            except BaseException:
                # A cancelled open may have finished on the thread: the file must not stay held.
                self._close()
                self._thread = None
                thread.shutdown()
                raise
            return self._run_id

    async def close(self) -> None:
        """Close the file (committed work is kept); calling it again does nothing."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        try:
            await thread.run(self._close)
        finally:
            self._run_id = None
            thread.shutdown()

    async def begin(
        self, batch_id: str, entries: Sequence[Entry], *, owner: str, lease: float
    ) -> list[Entry]:
        """Claim messages for a batch and record them in flight; return those claimed.

        See :meth:`Journal.begin`.
        """
        return await self._call(lambda db: self._begin(db, batch_id, entries, owner, lease))

    async def finish(self, batch_id: str, settled: Sequence[Settled]) -> int:
        """Record outcomes of a batch's messages; return how many were recorded.

        Raises:
            ValidationError: no batch ``batch_id`` was begun, or a settlement is IN_FLIGHT.

        """
        for item in settled:
            item.check()
        return await self._call(lambda db: self._finish(db, batch_id, settled))

    async def renew(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Extend ``owner``'s hold on an unsettled batch; False when it no longer holds it."""
        return await self._update(sql.RENEW, lambda now: (now + lease, batch_id, owner))

    async def take(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Take an unsettled batch whose lease ran out (or that ``owner`` holds)."""
        return await self._update(sql.TAKE, lambda now: (owner, now + lease, batch_id, owner, now))

    async def lookup(self, identities: Sequence[Identity]) -> list[Record | None]:
        """Return the record of each identity (None for one never seen), in the same order."""
        keys = [identity.key for identity in identities]

        def lookup(db: sqlite3.Connection) -> dict[bytes, Record]:
            found: dict[bytes, Record] = {}
            for chunk in sql.chunks(keys):
                query = f"{sql.RECORD} WHERE m.key IN {sql.marks(len(chunk))}"
                found.update((row[0], sql.record(row)) for row in db.execute(query, chunk))
            return found

        found = await self._call(lookup)
        return [found.get(key) for key in keys]

    async def unsettled(self) -> list[BatchInfo]:
        """Return the batches with messages in flight or unknown, oldest first."""
        rows = await self._call(lambda db: db.execute(sql.UNSETTLED).fetchall())
        return [BatchInfo(*row) for row in rows]

    async def batch(self, batch_id: str) -> list[Record]:
        """Return the records whose latest batch is ``batch_id``, by position."""
        rows = await self._call(lambda db: db.execute(sql.BATCH, (batch_id,)).fetchall())
        return [sql.record(row) for row in rows]

    async def records(
        self, *, order: Order = Order.POSITION, states: Collection[State] | None = None
    ) -> AsyncGenerator[Record, None]:
        """Yield every record (or those in ``states``), a page at a time."""
        by_position = Order(order) is Order.POSITION
        codes = [] if states is None else [sql.CODES[State(state)] for state in states]
        wanted = f"m.state IN {sql.marks(len(codes))} AND " if codes else ""
        if states is not None and not codes:
            return
        after = "(m.position, m.key) > (?, ?)" if by_position else "m.key > ?"
        sort = "m.position, m.key" if by_position else "m.key"
        query = f"{sql.RECORD} WHERE {wanted}{after} ORDER BY {sort} LIMIT {_PAGE}"
        cursor: tuple[Any, ...] = (-1, b"") if by_position else (b"",)
        while True:
            params = (*codes, *cursor)

            def page(db: sqlite3.Connection, params: tuple[Any, ...] = params) -> list[Any]:
                return db.execute(query, params).fetchall()

            rows = await self._call(page)
            for row in rows:
                yield sql.record(row)
            if len(rows) < _PAGE:
                return
            last = rows[-1]
            cursor = (last[4], last[0]) if by_position else (last[0],)

    async def counts(self) -> Counts:
        """Return how many messages are in each state."""
        rows = await self._call(lambda db: db.execute(sql.COUNTS).fetchall())
        found = {sql.STATES[state]: count for state, count in rows}
        return Counts(
            accepted=found.get(State.ACCEPTED, 0),
            rejected=found.get(State.REJECTED, 0),
            unknown=found.get(State.UNKNOWN, 0),
            in_flight=found.get(State.IN_FLIGHT, 0),
        )

    async def _call(self, call: Callable[[sqlite3.Connection], T]) -> T:
        thread, connection = self._thread, self._connection
        if thread is None or connection is None or self._run_id is None:
            raise ConfigurationError(f"the journal {self.path} is not open; call open() first")
        return await thread.run(lambda: call(connection))

    async def _update(self, statement: str, params: Callable[[float], tuple[Any, ...]]) -> bool:
        def update(db: sqlite3.Connection) -> bool:
            with sql.transaction(db):
                return db.execute(statement, params(self._clock())).rowcount == 1

        return await self._call(update)

    def _open(self) -> str:
        try:
            connection = sqlite3.connect(
                self.path,
                timeout=self._busy_timeout,
                isolation_level=None,
                # Used from the store's thread only, but closed from the loop after a
                # cancelled open, once that thread is idle.
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise ConfigurationError(f"cannot open the journal {self.path}: {exc}") from None
        try:
            run_id = sql.prepare(connection, self.path, durable=self._durable)
        except sqlite3.OperationalError as exc:
            connection.close()
            if "locked" in str(exc):
                raise ConfigurationError(
                    f"the journal {self.path} is in use by another process"
                ) from None
            raise ConfigurationError(f"cannot open the journal {self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise ConfigurationError(f"{self.path} is not a journal: {exc}") from None
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return run_id

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def _begin(
        self,
        db: sqlite3.Connection,
        batch_id: str,
        entries: Sequence[Entry],
        owner: str,
        lease: float,
    ) -> list[Entry]:
        keys = [entry.identity.key for entry in entries]
        with sql.transaction(db):
            if db.execute("SELECT 1 FROM batches WHERE name = ?", (batch_id,)).fetchone():
                return []
            taken: set[bytes] = set()
            for chunk in sql.chunks(keys):
                query = sql.BLOCKING + sql.marks(len(chunk))
                taken.update(key for (key,) in db.execute(query, chunk))
            claimed = []
            for key, entry in zip(keys, entries, strict=True):
                if key not in taken:
                    taken.add(key)  # an identity repeated in one batch is claimed once
                    claimed.append(entry)
            if not claimed:
                return []
            now = self._clock()
            batch = db.execute(
                sql.NEW_BATCH, (batch_id, owner, now, now + lease, len(claimed))
            ).lastrowid
            db.executemany(
                sql.CLAIM,
                (
                    (e.identity.key, batch, e.position, e.custom_string, e.recipient)
                    for e in claimed
                ),
            )
        return claimed

    def _finish(self, db: sqlite3.Connection, batch_id: str, settled: Sequence[Settled]) -> int:
        rows = [
            (
                sql.CODES[s.state],
                s.message_id,
                s.price,
                s.status,
                s.reason,
                int(s.never_applied),
                s.identity.key,
            )
            for s in settled
        ]
        with sql.transaction(db):
            found = db.execute("SELECT seq FROM batches WHERE name = ?", (batch_id,)).fetchone()
            if found is None:
                raise ValidationError(f"no batch {batch_id!r} was begun in this journal")
            (batch,) = found
            changed = db.executemany(sql.SETTLE, [(*row, batch) for row in rows]).rowcount
            (unsettled,) = db.execute(sql.COUNT_UNSETTLED, (batch,)).fetchone()
            db.execute(sql.FINISH_BATCH, (self._clock(), unsettled, batch))
        return max(changed, 0)
