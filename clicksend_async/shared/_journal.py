"""``RedisJournal``: a bulk run's journal in Redis, shared by every worker that sends the run.

Same rules as the SQLite journal (see :class:`clicksend_async.journal.Journal`), for many
processes at once. Every change is one Lua script, so it is atomic across workers: two workers
beginning batches with the same messages claim each message once, and a batch is taken over by
one worker only. Scripts rather than MULTI/EXEC with WATCH: a claim reads then writes up to a
thousand messages, and a WATCH over all of them would be retried on every conflicting write,
while a script reads and writes in one step on the server, with no retry and one round trip.
Leases and ``began_at`` are timed by the Redis server's clock, so workers on hosts whose
clocks disagree still agree on when a lease runs out.

Memory grows with the messages and nothing else: a hash a message, a set a batch, and two
sorted sets of members (by position and by identity) that :meth:`RedisJournal.records` walks a
page at a time. Nothing expires: :meth:`RedisJournal.delete` drops a finished run.

Redis must keep what it is given: with no persistence a restart loses every run, and an
eviction policy other than ``noeviction`` may drop part of one. A store that finds its run's
keys gone after opening it raises :class:`JournalLostError` and writes nothing; one asked to
open a run that does not exist creates it only when ``create`` is true.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, Self, cast

from clicksend_async._errors import (
    ConfigurationError,
    JournalError,
    ValidationError,
)
from clicksend_async._identity import IDENTITY_SCHEME, Identity, new_run_id
from clicksend_async._journal_records import BatchInfo, Counts, Entry, Order, Record, State
from clicksend_async.shared._journal_scripts import SCRIPTS
from clicksend_async.shared._redis import client_from_url, where

try:
    from redis.exceptions import RedisError
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "clicksend_async.shared needs redis-py: pip install 'clicksend-async[redis]'"
    ) from exc

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Callable, Collection, Sequence

    import redis.asyncio as aioredis
    from redis.commands.core import AsyncScript

    from clicksend_async._journal_records import Settled

SCHEMA_VERSION = 1
CODES = {State.IN_FLIGHT: "0", State.ACCEPTED: "1", State.REJECTED: "2", State.UNKNOWN: "3"}
STATES = {code.encode(): state for state, code in CODES.items()}
# Members a page of records() reads.
_PAGE = 1000


class JournalUnavailableError(JournalError):
    """The journal's Redis did not answer; the call may not have been recorded."""


class JournalLostError(JournalUnavailableError):
    """The run's keys are gone from Redis (restarted without persistence, flushed or evicted).

    What the run recorded is lost: nothing more is written to it, since an empty run would
    claim every message again and send them twice.
    """


def _optional(value: str | None) -> str:
    """Spell an optional text for a script: '' for None, '=' and the text otherwise."""
    return "" if value is None else "=" + value


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode()


class RedisJournal:
    """The journal of the run named ``run``, in Redis, for every worker of that run.

    Args:
        client: a ``redis.asyncio.Redis``; closed by :meth:`close` only when this store opened
            it (:meth:`from_url`).
        run: the run's name, chosen by the caller; every worker of the run uses the same one.
        prefix: the start of every key this store writes.
        create: make the run when it does not exist yet. Workers joining a run pass False, so
            one that finds the run missing (Redis lost it) says so instead of starting afresh.
        clock: gives the time in Unix seconds. None (the default) reads the Redis server's
            clock inside each script; tests hand in a clock of their own.

    Raises:
        ConfigurationError: ``run`` is empty or holds a brace.

    """

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        run: str,
        prefix: str = "clicksend",
        create: bool = True,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not isinstance(run, str) or not run or "{" in run or "}" in run:
            raise ConfigurationError(f"a run name must be non-empty text without braces: {run!r}")
        self.run = run
        self.stem = f"{prefix}:journal:{{{run}}}"
        self._meta = f"{self.stem}:meta"
        self._client = client
        self._owns_client = False
        self._create = create
        self._clock = clock
        self._run_id: str | None = None
        # Kept across close(): opening again must find the same run, never a new one.
        self._known_run_id: str | None = None
        self._gone = False  # the run's keys were found missing: every call says so
        self._opening = asyncio.Lock()
        self._scripts: dict[str, AsyncScript] = {
            name: client.register_script(script) for name, script in SCRIPTS.items()
        }

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        run: str,
        prefix: str = "clicksend",
        create: bool = True,
        clock: Callable[[], float] | None = None,
    ) -> RedisJournal:
        """Return the journal of ``run`` on the Redis at ``url``; it owns its connections."""
        client = client_from_url(url)
        journal = cls(client, run=run, prefix=prefix, create=create, clock=clock)
        journal._owns_client = True
        return journal

    def __repr__(self) -> str:
        return f"RedisJournal(run={self.run!r}, at={where(self._client)})"

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def open(self) -> str:
        """Find (or create) the run and return its id.

        Raises:
            ConfigurationError: the run does not exist and ``create`` is False, or it was
                written by a newer version or with another identity scheme.
            JournalLostError: this store opened the run before and its keys are now gone.
            JournalUnavailableError: Redis did not answer.

        """
        async with self._opening:
            if self._run_id is not None:
                return self._run_id
            create = self._create and self._known_run_id is None
            args = [new_run_id(), IDENTITY_SCHEME, SCHEMA_VERSION, int(create)]
            answer = await self._run("OPEN", args, "opening the run", check=False)
            if answer == [b"MISSING"]:
                if self._known_run_id is not None:
                    raise self._lost()
                raise ConfigurationError(
                    f"no journal of the run {self.run!r} at {where(self._client)}: it was "
                    "never begun there, or Redis lost it (restarted without persistence?)"
                )
            run_id, scheme, schema = (_text(value) for value in answer)
            if schema is None or int(schema) > SCHEMA_VERSION:
                raise ConfigurationError(
                    f"the journal of the run {self.run!r} was written by a newer "
                    f"clicksend-async (schema {schema}; this version reads up to "
                    f"{SCHEMA_VERSION}): upgrade to resume it"
                )
            if scheme != str(IDENTITY_SCHEME):
                raise ConfigurationError(
                    f"the journal of the run {self.run!r} identifies messages by scheme "
                    f"{scheme}, this version by {IDENTITY_SCHEME}"
                )
            if self._known_run_id not in (None, run_id):
                raise self._lost()
            self._run_id = self._known_run_id = run_id
            return cast("str", run_id)

    async def close(self) -> None:
        """Stop using the run (its record stays in Redis); close the client if it is ours."""
        self._run_id = None
        if self._owns_client:
            await self._client.aclose()

    async def delete(self) -> int:
        """Remove every key of the run from Redis; return how many were removed.

        For a run that is over: its record is gone for good, and a later run of the same name
        starts afresh. Keys are found with SCAN, so Redis is never blocked for long.
        """
        removed = 0
        batch: list[bytes] = []
        async for key in self._client.scan_iter(match=f"{self.stem}:*", count=1000):
            batch.append(key)
            if len(batch) >= _PAGE:
                removed += await self._client.unlink(*batch)
                batch.clear()
        if batch:
            removed += await self._client.unlink(*batch)
        self._run_id = self._known_run_id = None
        self._gone = False
        return removed

    async def begin(
        self, batch_id: str, entries: Sequence[Entry], *, owner: str, lease: float
    ) -> list[Entry]:
        """Claim messages for a batch and record them in flight; return those claimed.

        See :meth:`clicksend_async.journal.Journal.begin`.
        """
        args: list[Any] = [batch_id, owner, lease]
        for entry in entries:
            args += [
                entry.identity.key.hex(),
                entry.position,
                entry.custom_string,
                _optional(entry.recipient),
            ]
        claimed = await self._run("BEGIN", args, "beginning a batch")
        return [entries[index - 1] for index in cast("list[int]", claimed)]

    async def finish(self, batch_id: str, settled: Sequence[Settled]) -> int:
        """Record outcomes of a batch's messages; return how many were recorded.

        Raises:
            ValidationError: no batch ``batch_id`` was begun, or a settlement is IN_FLIGHT.

        """
        args: list[Any] = [batch_id]
        for item in settled:
            item.check()
            args += [
                item.identity.key.hex(),
                CODES[item.state],
                _optional(item.message_id),
                _optional(item.price),
                _optional(item.status),
                _optional(item.reason),
                int(item.never_applied),
            ]
        changed = await self._run("FINISH", args, "finishing a batch")
        if changed == [b"NO_BATCH"]:
            raise ValidationError(f"no batch {batch_id!r} was begun in this journal")
        return cast("int", changed)

    async def renew(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Extend ``owner``'s hold on an unsettled batch; False when it no longer holds it."""
        return bool(await self._run("HOLD", [batch_id, owner, lease, 0], "renewing a lease"))

    async def take(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Take an unsettled batch whose lease ran out (or that ``owner`` holds)."""
        return bool(await self._run("HOLD", [batch_id, owner, lease, 1], "taking a batch"))

    async def lookup(self, identities: Sequence[Identity]) -> list[Record | None]:
        """Return the record of each identity (None for one never seen), in the same order."""
        found: list[Record | None] = []
        for start in range(0, len(identities), _PAGE):
            hexes = [identity.key.hex() for identity in identities[start : start + _PAGE]]
            found += await self._read(hexes)
        return found

    async def unsettled(self) -> list[BatchInfo]:
        """Return the batches with messages in flight or unknown, oldest first."""
        rows = cast("list[list[Any]]", await self._run("UNSETTLED", [], "listing batches"))
        return [
            BatchInfo(
                batch_id=batch.decode(),
                owner=owner.decode(),
                began_at=float(began),
                lease_until=float(lease),
                finished_at=None if finished is None else float(finished),
                unsettled=int(unsettled),
            )
            for batch, owner, began, lease, finished, unsettled in rows
        ]

    async def batch(self, batch_id: str) -> list[Record]:
        """Return the records whose latest batch is ``batch_id``, by position."""
        members = cast("list[bytes]", await self._run("BATCH", [batch_id], "reading a batch"))
        records = [r for r in await self._read([m.decode() for m in members]) if r is not None]
        return sorted(records, key=lambda r: (r.position, r.identity.key))

    async def records(
        self, *, order: Order = Order.POSITION, states: Collection[State] | None = None
    ) -> AsyncGenerator[Record, None]:
        """Yield every record (or those in ``states``), a page at a time."""
        by_position = Order(order) is Order.POSITION
        wanted = None if states is None else {State(state) for state in states}
        if wanted is not None and not wanted:
            return
        after = ""
        while True:
            args = ["pos" if by_position else "ids", after, _PAGE]
            page = cast("list[bytes]", await self._run("PAGE", args, "listing records"))
            if not page:
                return
            hexes = [m.decode().rsplit(":", 1)[-1] for m in page]
            for record in await self._read(hexes):
                # A message re-claimed since the page was read may be gone or moved: skip it.
                if record is not None and (wanted is None or record.state in wanted):
                    yield record
            if len(page) < _PAGE:
                return
            after = page[-1].decode()

    async def counts(self) -> Counts:
        """Return how many messages are in each state."""
        flat = cast("list[bytes]", await self._run("COUNTS", [], "counting"))
        found = {STATES[code]: int(n) for code, n in zip(flat[::2], flat[1::2], strict=True)}
        return Counts(
            accepted=found.get(State.ACCEPTED, 0),
            rejected=found.get(State.REJECTED, 0),
            unknown=found.get(State.UNKNOWN, 0),
            in_flight=found.get(State.IN_FLIGHT, 0),
        )

    async def _read(self, hexes: list[str]) -> list[Record | None]:
        rows = cast("list[list[bytes | None]]", await self._run("READ", hexes, "reading records"))
        return [self._record(hex_key, row) for hex_key, row in zip(hexes, rows, strict=True)]

    @staticmethod
    def _record(hex_key: str, row: list[bytes | None]) -> Record | None:
        if not row:
            return None
        state, batch, custom, position, recipient, message_id, price, status, reason = row[:9]
        never_applied, began, finished = row[9:12]
        return Record(
            Identity.from_key(bytes.fromhex(hex_key)),
            STATES[cast("bytes", state)],
            cast("bytes", batch).decode(),
            cast("bytes", custom).decode(),
            int(cast("bytes", position)),
            _text(recipient),
            _text(message_id),
            _text(price),
            _text(status),
            _text(reason),
            never_applied == b"1",
            float(cast("bytes", began)),
            None if finished is None else float(finished),
        )

    def _lost(self) -> JournalLostError:
        return JournalLostError(
            f"the journal of the run {self.run!r} is gone from Redis at {where(self._client)} "
            "(restarted without persistence, flushed, or evicted under memory pressure): what "
            "it recorded is lost, so nothing more is written to it. Look the run's messages up "
            "in ClickSend's history before sending any of them again."
        )

    async def _run(self, name: str, args: list[Any], doing: str, *, check: bool = True) -> Any:  # noqa: ANN401 - a script answers any RESP value
        if check:
            if self._gone:
                raise self._lost()
            if self._run_id is None:
                raise ConfigurationError(
                    f"the journal of the run {self.run!r} is not open; call open() first"
                )
            args = [self._run_id, "" if self._clock is None else repr(self._clock()), *args]
        call = asyncio.ensure_future(self._scripts[name](keys=[self._meta], args=args))
        try:
            answer = await asyncio.shield(call)
        except asyncio.CancelledError:
            # A script sent may still run: wait for its end, so that once the cancellation is
            # raised the run is in the state the call left and no write comes after.
            while not call.done():
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait([call])
            if not call.cancelled():
                call.exception()
            raise
        except RedisError as exc:
            raise JournalUnavailableError(
                f"the journal's Redis at {where(self._client)} failed while {doing}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if check and answer == [b"LOST"]:
            self._run_id, self._gone = None, True
            raise self._lost()
        return answer
