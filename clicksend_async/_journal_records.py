"""The journal's vocabulary: what is written, what is read back, and the store protocol.

Kept apart from the stores so that every store (SQLite here, Redis later) and the bulk sender
import the same types without importing one another. The values made once a message (entries,
settlements, records) are named tuples: a resumed run of a million messages builds millions of
them, and a frozen attrs class takes about four times as long to build.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from attrs import frozen

from clicksend_async._errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Collection, Sequence

    from clicksend_async._identity import Identity


class State(enum.StrEnum):
    """Where a message stands in a run's journal."""

    IN_FLIGHT = "in_flight"
    """Its request was about to leave or left; no answer recorded yet."""
    ACCEPTED = "accepted"
    """The service queued it. Final: nothing overwrites it."""
    REJECTED = "rejected"
    """The service refused it, or it was never sent."""
    UNKNOWN = "unknown"
    """Its request failed in a way that hides whether it was applied."""


class Order(enum.StrEnum):
    """The order in which :meth:`Journal.records` walks the journal."""

    POSITION = "position"
    """By the position in the input where each message was last sent from."""
    IDENTITY = "identity"
    """By identity key: a stable order whatever the input looked like."""


class Entry(NamedTuple):
    """A message as :meth:`Journal.begin` records it, before its request leaves.

    ``position`` is its index in the input of the run that sends it; ``recipient`` its ``to``
    (None for a message to a list), kept for the report and for matching history.
    """

    identity: Identity
    custom_string: str
    position: int
    recipient: str | None = None


class Settled(NamedTuple):
    """What became of one message: what :meth:`Journal.finish` records.

    Build one with :meth:`accepted`, :meth:`rejected` or :meth:`unknown`.
    """

    identity: Identity
    state: State
    message_id: str | None = None
    price: str | None = None
    status: str | None = None
    reason: str | None = None
    never_applied: bool = False

    @classmethod
    def accepted(
        cls,
        identity: Identity,
        message_id: str | None,
        price: str | None,
        status: str | None = "SUCCESS",
    ) -> Settled:
        """Return an accepted settlement: the service's ``message_id``, ``price`` and status."""
        return cls(identity, State.ACCEPTED, message_id, price, status)

    @classmethod
    def rejected(
        cls, identity: Identity, status: str, reason: str, *, never_applied: bool
    ) -> Settled:
        """Return a rejection; ``never_applied`` says it is proven the message was not applied.

        Only a message proven never applied may be claimed again (and so sent again).
        """
        return cls(
            identity, State.REJECTED, status=status, reason=reason, never_applied=never_applied
        )

    @classmethod
    def unknown(cls, identity: Identity, reason: str) -> Settled:
        """Return an unknown outcome: the message may or may not have been applied."""
        return cls(identity, State.UNKNOWN, reason=reason)

    def check(self) -> None:
        """Refuse a settlement that says a message is still in flight.

        Raises:
            ValidationError: ``state`` is IN_FLIGHT.

        """
        if self.state is State.IN_FLIGHT:
            raise ValidationError("a settlement cannot leave a message in flight")


class Record(NamedTuple):
    """What the journal holds about one message: its entry, its batch and its latest outcome.

    ``began_at`` is when its latest batch was begun (Unix seconds): history holding it starts
    no earlier than that. ``finished_at`` is None while that batch's request may still be out.
    """

    identity: Identity
    state: State
    batch_id: str
    custom_string: str
    position: int
    recipient: str | None
    message_id: str | None
    price: str | None
    status: str | None
    reason: str | None
    never_applied: bool
    began_at: float
    finished_at: float | None

    @property
    def claimable(self) -> bool:
        """Return whether a run may send the message again: only when proven never applied."""
        return self.state is State.REJECTED and self.never_applied


@frozen
class BatchInfo:
    """A batch with messages still in flight or unknown, and who holds it until when.

    ``finished_at`` is None when its request was never answered (the process that sent it may
    have died); ``unsettled`` counts its messages in flight or unknown. ``lease_until`` is when
    ``owner``'s hold on it ends (Unix seconds); after that any worker may :meth:`Journal.take`
    it to reconcile it against history.

    Attributes:
        batch_id: the batch's id, which its request carried.
        owner: the worker holding the batch.
        began_at: when the batch was begun, in Unix seconds.
        lease_until: when ``owner``'s hold ends, in Unix seconds.
        finished_at: when its outcomes were recorded, or None if never.
        unsettled: how many of its messages are in flight or unknown.

    """

    batch_id: str
    owner: str
    began_at: float
    lease_until: float
    finished_at: float | None
    unsettled: int


@frozen
class Counts:
    """How many messages of the journal are in each state.

    Attributes:
        accepted: messages the service queued.
        rejected: messages recorded as not sent.
        unknown: messages whose request failed ambiguously, not yet looked up.
        in_flight: messages of batches begun and never finished.

    """

    accepted: int
    rejected: int
    unknown: int
    in_flight: int

    @property
    def total(self) -> int:
        """Return the number of messages the journal holds."""
        return self.accepted + self.rejected + self.unknown + self.in_flight


@runtime_checkable
class Journal(Protocol):
    """A durable, write-ahead record of one bulk run, keyed by message identity.

    A batch is begun (recorded in flight) before its request leaves and finished once its
    outcomes are known. Every method is atomic: a call that fails or is cancelled has recorded
    all of its change or none of it. A store shared by several workers makes :meth:`begin`
    and :meth:`take` atomic across them, so no two workers send or reconcile the same message.
    """

    async def open(self) -> str:
        """Prepare the store and return the run id, made on first open and kept ever after.

        Raises:
            ConfigurationError: the store cannot be used (a newer schema, in use elsewhere...).

        """
        ...

    async def close(self) -> None:
        """Release the store; calling it again does nothing."""
        ...

    async def begin(
        self, batch_id: str, entries: Sequence[Entry], *, owner: str, lease: float
    ) -> list[Entry]:
        """Claim messages for a batch and record them in flight; return those claimed.

        A message is claimed when the journal has never seen it or holds it as rejected and
        proven never applied; the others (accepted, unknown, in flight elsewhere) are left out.
        Only the claimed entries may be sent. A batch id names one attempt: beginning an id
        already begun claims nothing, so a redelivered task sends nothing. ``owner`` holds the
        batch for ``lease`` seconds (see :meth:`renew`).
        """
        ...

    async def finish(self, batch_id: str, settled: Sequence[Settled]) -> int:
        """Record outcomes of a batch's messages; return how many were recorded.

        Only messages whose latest batch is ``batch_id`` change, and an accepted message never
        changes again. May be called more than once (after reconcile, say). The batch counts
        as answered from the first call on; a message left out stays in flight, and its batch
        unsettled, until a later call settles it.

        Raises:
            ValidationError: no batch ``batch_id`` was begun, or a settlement is IN_FLIGHT.

        """
        ...

    async def renew(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Extend ``owner``'s hold on an unsettled batch by ``lease`` seconds from now.

        Returns False when ``owner`` no longer holds it (it was taken over, or is settled).
        """
        ...

    async def take(self, batch_id: str, *, owner: str, lease: float) -> bool:
        """Take an unsettled batch over when its lease has run out (or ``owner`` holds it).

        Returns whether ``owner`` now holds it: only the holder reconciles a batch.
        """
        ...

    async def lookup(self, identities: Sequence[Identity]) -> list[Record | None]:
        """Return the record of each identity (None for one never seen), in the same order."""
        ...

    async def unsettled(self) -> list[BatchInfo]:
        """Return the batches with messages in flight or unknown, oldest first."""
        ...

    async def batch(self, batch_id: str) -> list[Record]:
        """Return the records whose latest batch is ``batch_id``, by position."""
        ...

    def records(
        self, *, order: Order = Order.POSITION, states: Collection[State] | None = None
    ) -> AsyncGenerator[Record, None]:
        """Yield every record (or those in ``states``), a page at a time."""
        ...

    async def counts(self) -> Counts:
        """Return how many messages are in each state."""
        ...
