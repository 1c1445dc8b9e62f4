"""A bulk run's journal in use: identities, claims before a request leaves, outcomes after.

The journal decides what is sent: a message goes out only when :meth:`Journal.begin` claims it
(never seen, or proven never applied), and its batch is recorded in flight before the request
leaves. What an earlier process left in flight or unknown is settled from SMS history before
anything is sent (:meth:`Ledger.recover`); a message not found there is proven unsent only when
its request left at least ``settle`` seconds ago, since a request cut off by a dying process
may still be applied by the service moments later.

Every failure of the store after it opened is raised as :class:`JournalError`.
"""

from __future__ import annotations

import secrets
import time
from collections import Counter
from typing import TYPE_CHECKING, Any, TypeVar

from clicksend_async._bulk._batches import Naming
from clicksend_async._bulk._outcomes import (
    NOT_SENT,
    Accepted,
    Outcome,
    Rejected,
    Unknown,
)
from clicksend_async._bulk._reconcile import Held, History, Key, settle
from clicksend_async._bulk._send import digits
from clicksend_async._errors import ClickSendError, JournalError
from clicksend_async._identity import Identities, Identity, custom_string_for
from clicksend_async._journal_records import Entry, Journal, Record, Settled, State
from clicksend_async._validation import message_dict
from clicksend_async.journal import JournalLike, open_journal

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping, Sequence

T = TypeVar("T")
# How long a worker holds a batch it began; a SQLite journal is one process's, so it only
# matters to shared stores, where it must outlast any request and its retries.
LEASE = 3600.0
# The default of how long ago a request must have left before history's lacking its messages
# proves them unsent (see the module's docstring).
SETTLE = 60.0


async def _guard(call: Awaitable[T]) -> T:
    """Await a store call, raising its failure as a JournalError.

    Raises:
        JournalError: the store failed (a full disk, a lost connection...).

    """
    try:
        return await call
    except ClickSendError:
        raise
    except Exception as exc:
        # A store may be anyone's code: whatever it raises, the run cannot go on without it.
        raise JournalError(f"the journal failed: {type(exc).__name__}: {exc}") from exc


def settled_of(identity: Identity, outcome: Outcome) -> Settled:
    """Return what the journal records for a message's outcome.

    A message the service refused, or that never left, was not applied: it may be claimed
    (and sent) again, by a resend round or a later run.
    """
    if isinstance(outcome, Accepted):
        return Settled.accepted(identity, outcome.message_id, outcome.price)
    if isinstance(outcome, Rejected):
        return Settled.rejected(identity, outcome.status, outcome.reason, never_applied=True)
    return Settled.unknown(identity, outcome.reason)


def outcome_of(index: int, record: Record) -> Outcome:
    """Return the outcome the journal holds for a message, as the input's ``index``-th."""
    custom = record.custom_string
    if record.state is State.ACCEPTED:
        return Accepted(index, record.message_id, record.price, custom)
    if record.state is State.REJECTED:
        return Rejected(index, record.status or NOT_SENT, record.reason or "", custom)
    if record.state is State.UNKNOWN:
        return Unknown(index, record.batch_id, record.reason or "unknown", custom)
    reason = "its request left moments ago and is not in SMS history yet; run again later"
    return Unknown(index, record.batch_id, reason, custom)


class Ledger:
    """One process's use of a run's journal (opened by :meth:`start`, released by :meth:`stop`)."""

    def __init__(
        self,
        journal: Journal,
        *,
        owned: bool,
        run_id: str,
        channel: str,
        shared: Mapping[str, Any],
        lease: float = LEASE,
    ) -> None:
        self.journal = journal
        # Workers sharing a store hold batches for less, so a dead one's batch is taken soon.
        self.lease = lease
        self.run_id = run_id
        self._owned = owned
        self._channel = channel
        self._shared = dict(shared)
        self._identities = Identities()
        # Batch ids name one attempt each, across every process that ever uses the journal.
        self.attempt = secrets.token_hex(6)

    @classmethod
    async def start(cls, journal: JournalLike, channel: str, shared: Mapping[str, Any]) -> Ledger:
        """Open the journal a bulk send was given.

        Raises:
            ConfigurationError: it is neither a path nor a store, or cannot be opened.
            JournalError: the store failed while opening.

        """
        store = open_journal(journal)
        run_id = await _guard(store.open())
        owned = store is not journal
        return cls(store, owned=owned, run_id=run_id, channel=channel, shared=shared)

    async def stop(self) -> None:
        """Close the journal if this ledger opened it from a path."""
        if self._owned:
            await _guard(self.journal.close())

    def naming(self) -> Naming:
        """Return how the run's batches name their messages."""
        return Naming(self._identify, self.custom)

    def _identify(self, message: object) -> Identity | None:
        try:
            fields = message if type(message) is dict else message_dict(message)
            return self._identities.identify(self._channel, fields, self._shared)
        except ClickSendError:
            return None  # not a message: the check that follows refuses it

    def custom(self, identity: Identity) -> str:
        """Return the custom_string the library gives the message of ``identity``."""
        return custom_string_for(self.run_id, identity)

    async def lookup(self, identities: Sequence[Identity]) -> list[Record | None]:
        """Return the journal's record of each identity (None: never seen)."""
        return await _guard(self.journal.lookup(identities))

    async def begin(self, batch_id: str, entries: Sequence[Entry]) -> set[Identity]:
        """Record a batch in flight before it leaves; return the identities claimed for it."""
        claimed = await _guard(
            self.journal.begin(batch_id, entries, owner=self.attempt, lease=self.lease)
        )
        return {entry.identity for entry in claimed}

    async def finish(self, batch_id: str, settled: Sequence[Settled]) -> None:
        """Record the outcomes of a batch's messages."""
        if settled:
            await _guard(self.journal.finish(batch_id, settled))

    async def recover(self, history: History | None, *, settle_after: float) -> None:
        """Settle what an earlier process left in flight or unknown, before anything is sent.

        Messages found in SMS history are recorded accepted. Messages absent from its whole
        window are recorded as never applied (so this run sends them) when their request left
        at least ``settle_after`` seconds ago; newer ones stay in flight. Where history cannot
        be read to the end, or cannot tell alike messages apart, they are recorded unknown with
        the reason, and a later run looks again. Without a history (MMS, voice) messages left in
        flight are recorded unknown: they are never sent again.
        """
        records: list[Record] = []
        for info in await _guard(self.journal.unsettled()):
            if await _guard(self.journal.take(info.batch_id, owner=self.attempt, lease=self.lease)):
                batch = await _guard(self.journal.batch(info.batch_id))
                records.extend(r for r in batch if r.state in (State.IN_FLIGHT, State.UNKNOWN))
        if not records:
            return
        if history is None:
            reason = "its request was cut off and there is no history to look it up in"
            await self._finish_all(
                [
                    (r, Settled.unknown(r.identity, reason))
                    for r in records
                    if r.state is State.IN_FLIGHT
                ]
            )
            return
        held = [self._held(i, record) for i, record in enumerate(records)]
        claimed = await self._claimed({item.key for item in held if item.key[1] is not None})
        since = int(min(record.began_at for record in records))
        outcomes = [
            item.outcome for item in await settle(history, held, since=since, claimed=claimed)
        ]
        _keep_ambiguous(held, outcomes)
        newest = time.time() - settle_after
        done: list[tuple[Record, Settled]] = []
        for record, outcome in zip(records, outcomes, strict=True):
            if isinstance(outcome, Rejected) and record.began_at > newest:
                continue  # history may not show the message yet: left in flight
            if isinstance(outcome, Unknown) and record.state is not State.IN_FLIGHT:
                continue  # unknown before, unknown still
            # Unknown here says why history could not settle it; the next run looks again.
            done.append((record, settled_of(record.identity, outcome)))
        await self._finish_all(done)

    def _held(self, index: int, record: Record) -> Held:
        custom = record.custom_string
        outcome = Unknown(index, record.batch_id, record.reason or "cut off", custom)
        key: Key
        if custom == self.custom(record.identity):
            key = (custom, None, None)
        else:
            # The journal keeps no body: a caller's custom_string is matched with the recipient.
            key = (custom, digits(record.recipient), None)
        return Held(outcome, {"custom_string": custom, "to": record.recipient}, key)

    async def _claimed(self, keys: set[Key]) -> set[str]:
        """Return the message ids of accepted messages sharing a caller's custom_string."""
        if not keys:
            return set()
        customs = {key[0] for key in keys}
        records = self.journal.records(states=(State.ACCEPTED,))
        ids: set[str] = set()
        try:
            async for record in records:
                if record.custom_string in customs and record.message_id:
                    ids.add(record.message_id)
        except ClickSendError:
            raise
        except Exception as exc:
            raise JournalError(f"the journal failed: {type(exc).__name__}: {exc}") from exc
        finally:
            await records.aclose()
        return ids

    async def _finish_all(self, done: list[tuple[Record, Settled]]) -> None:
        by_batch: dict[str, list[Settled]] = {}
        for record, settled in done:
            by_batch.setdefault(record.batch_id, []).append(settled)
        for batch_id, batch in by_batch.items():
            await self.finish(batch_id, batch)


def _keep_ambiguous(held: list[Held], outcomes: list[Outcome]) -> None:
    """Leave unknown the messages of a caller's key that history found only some of.

    Without the body, messages sharing a custom_string and recipient cannot be told apart:
    calling one of them unsent could resend the one that was sent.
    """
    found: Counter[Key] = Counter()
    total: Counter[Key] = Counter()
    for item, outcome in zip(held, outcomes, strict=True):
        if item.key[1] is not None:
            total[item.key] += 1
            found[item.key] += isinstance(outcome, Accepted)
    for i, (item, outcome) in enumerate(zip(held, outcomes, strict=True)):
        key = item.key
        if isinstance(outcome, Rejected) and 0 < found[key] < total[key]:
            reason = "history holds only some of the messages alike in custom_string and recipient"
            batch_id = item.outcome.batch_id if isinstance(item.outcome, Unknown) else ""
            outcomes[i] = Unknown(outcome.index, batch_id, reason, outcome.custom_string)
