"""The workers of a bulk run: each takes the next batch, sends it, hands its outcomes over.

In a journaled run a worker first asks the journal what it knows of the batch's messages: those
it holds as accepted (or otherwise settled) are handed over with their old outcome and not sent;
the rest are claimed with :meth:`Journal.begin` before the request leaves, and their outcomes
recorded with :meth:`Journal.finish` once it is answered.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from clicksend_async._bulk._compact import EMPTY, Outcomes, outcomes_of
from clicksend_async._bulk._events import report_outcomes
from clicksend_async._bulk._ledger import Ledger, outcome_of, settled_of
from clicksend_async._bulk._outcomes import Accepted, Outcome, Unknown
from clicksend_async._bulk._send import AllAccepted, Channel, send_columns
from clicksend_async._journal_records import Entry

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Mapping, Sequence

    from clicksend_async._bulk._batches import Batch
    from clicksend_async._bulk._plain import OwnCustoms
    from clicksend_async._bulk._rounds import Stop
    from clicksend_async._call import Seam
    from clicksend_async._identity import Identity


class Handed(NamedTuple):
    """One batch's outcomes as a worker hands them over.

    ``done`` are final whatever the run's options (refused, known to the journal, not sent);
    ``sent`` answer this run's request, and the rounds may still settle or resend some: beside
    them, position by position, their messages, whether each custom_string is the library's
    (unique in the run) and, in journaled runs, their identities. ``claims`` are the message ids
    of earlier accepted messages among ``done`` whose custom_string is the caller's.
    """

    done: Outcomes
    sent: Outcomes = EMPTY
    messages: Sequence[dict[str, Any]] = []
    own: Sequence[bool] = []
    identities: Sequence[Identity | None] = []
    claims: list[str] = []  # noqa: RUF012

    def outcomes(self) -> Outcomes:
        """Return every outcome of the batch, in the order handed over."""
        return Outcomes.join((self.done, self.sent))


class Run:
    """The workers of one bulk run, sharing the input, the stop and the journal."""

    def __init__(
        self,
        *,
        seam: Seam,
        channel: Channel,
        batches: AsyncGenerator[Batch, None],
        extra: Mapping[str, Any],
        prefix: str,
        stop: Stop,
        ledger: Ledger | None,
    ) -> None:
        self._stop = stop
        self._seam = seam
        self._channel = channel
        self._batches = batches
        self._extra = extra
        self._prefix = prefix
        self._ledger = ledger
        self._reading = asyncio.Lock()
        self._counter = 0
        # One slot: a worker with outcomes waits for the consumer before reading more input,
        # so at most concurrency + 2 batches (in flight, handed over, being read) are held.
        self.done: asyncio.Queue[Handed | Exception | None] = asyncio.Queue(1)

    async def _next(self) -> tuple[Batch | None, str]:
        async with self._reading:
            batch = await anext(self._batches, None)
            self._counter += 1
            return batch, f"{self._prefix}/{self._counter}"

    async def work(self) -> None:
        """Send batches until the input runs out, handing each one's outcomes over."""
        try:
            while True:
                batch, batch_id = await self._next()
                if batch is None:
                    break
                if batch.messages:
                    handed = await self._handle(batch, batch_id)
                else:
                    handed = Handed(Outcomes.of(batch.refused))
                await report_outcomes(self._seam, self._channel, batch_id, handed.outcomes())
                await self.done.put(handed)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which re-raises
            # Cancellation is left to propagate: the consumer is the one cancelling.
            await self.done.put(exc)
        else:
            await self.done.put(None)

    async def _handle(self, batch: Batch, batch_id: str) -> Handed:
        fresh: Sequence[int] = range(len(batch.messages))
        done: list[Outcome] = list(batch.refused)
        claims: list[str] = []
        ledger = self._ledger
        if ledger is not None:
            fresh = await self._known(ledger, batch, done, claims)
        if fresh and self._stop.code is not None:
            done.extend(self._stop.unsent(batch.indices[i], batch.messages[i]) for i in fresh)
            return Handed(Outcomes.of(done), claims=claims)
        if fresh and ledger is not None:
            fresh = await self._begin(ledger, batch, batch_id, fresh, done)
        if not fresh:
            return Handed(Outcomes.of(done), claims=claims)
        customs = None
        if len(fresh) == len(batch.messages):  # the common batch: all of it, no copies
            indices, messages = batch.indices, batch.messages
            own, identities = batch.own, batch.identities
            customs = batch.customs
        else:
            indices = [batch.indices[i] for i in fresh]
            messages = [batch.messages[i] for i in fresh]
            own = [batch.own[i] for i in fresh]
            identities = [batch.identities[i] for i in fresh]
        results = await send_columns(self._seam, self._channel, messages, self._extra, customs)
        if isinstance(results, AllAccepted):
            held = cast("OwnCustoms", customs)  # read as columns only with them
            outcomes = Outcomes(indices, results.ids, results.prices, held)
        else:
            outcomes = outcomes_of(indices, results, messages, batch_id)
        self._stop.note(outcomes.built())
        if ledger is not None:
            await ledger.finish(
                batch_id,
                [
                    settled_of(_known_identity(identity), outcome)
                    for identity, outcome in zip(identities, outcomes, strict=True)
                ],
            )
        return Handed(Outcomes.of(done), outcomes, messages, own, identities, claims)

    @staticmethod
    async def _known(
        ledger: Ledger, batch: Batch, done: list[Outcome], claims: list[str]
    ) -> list[int]:
        """Return the messages to send; add the outcomes the journal holds as final to ``done``.

        The message ids of those accepted under a caller's custom_string go in ``claims``.
        """
        records = await ledger.lookup([_identity(batch, i) for i in range(len(batch.messages))])
        fresh: list[int] = []
        for i, record in enumerate(records):
            if record is None or record.claimable:
                fresh.append(i)
            else:
                # Final: an earlier run's outcome is never held back for this run's rounds.
                outcome = outcome_of(batch.indices[i], record)
                done.append(outcome)
                if isinstance(outcome, Accepted) and outcome.message_id and not batch.own[i]:
                    claims.append(outcome.message_id)
        return fresh

    @staticmethod
    async def _begin(
        ledger: Ledger, batch: Batch, batch_id: str, fresh: Sequence[int], done: list[Outcome]
    ) -> list[int]:
        """Record the batch in flight; return the messages claimed, adding the rest to ``done``."""
        entries = [
            Entry(
                _identity(batch, i),
                str(batch.messages[i]["custom_string"]),
                batch.indices[i],
                _recipient(batch.messages[i]),
            )
            for i in fresh
        ]
        claimed = await ledger.begin(batch_id, entries)
        reason = "the journal holds this message elsewhere: not sent again"
        done.extend(
            Unknown(batch.indices[i], batch_id, reason, batch.messages[i].get("custom_string"))
            for i in fresh
            if batch.identities[i] not in claimed
        )
        return [i for i in fresh if batch.identities[i] in claimed]


def _identity(batch: Batch, i: int) -> Identity:
    return _known_identity(batch.identities[i])


def _known_identity(identity: Identity | None) -> Identity:
    # A message that passed the checks is a mapping, and so has an identity.
    assert identity is not None  # noqa: S101
    return identity


def _recipient(message: dict[str, Any]) -> str | None:
    to = message.get("to")
    return None if to is None else str(to)
