"""The workers of a bulk run: each takes the next batch, sends it, hands its outcomes over.

In a journaled run a worker first asks the journal what it knows of the batch's messages: those
it holds as accepted (or otherwise settled) are handed over with their old outcome and not sent;
the rest are claimed with :meth:`Journal.begin` before the request leaves, and their outcomes
recorded with :meth:`Journal.finish` once it is answered.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, NamedTuple

from clicksend_async._bulk._events import report_outcomes
from clicksend_async._bulk._ledger import Ledger, outcome_of, settled_of
from clicksend_async._bulk._outcomes import Outcome, Unknown, outcomes_of
from clicksend_async._bulk._send import Channel, send_batch
from clicksend_async._journal_records import Entry

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Mapping

    from clicksend_async._bulk._batches import Batch
    from clicksend_async._bulk._rounds import Stop
    from clicksend_async._call import Seam
    from clicksend_async._identity import Identity


class Sent(NamedTuple):
    """An outcome and, where it may not be final yet, the message it belongs to.

    ``own`` says whether the message's custom_string is the library's (unique in the run);
    ``identity`` is what the journal knows it by, in journaled runs.
    """

    outcome: Outcome
    message: dict[str, Any] | None
    own: bool = False
    identity: Identity | None = None


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
        self.done: asyncio.Queue[list[Sent] | Exception | None] = asyncio.Queue(1)

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
                outcomes = [Sent(outcome, None) for outcome in batch.refused]
                if batch.messages:
                    outcomes.extend(await self._handle(batch, batch_id))
                await report_outcomes(
                    self._seam, self._channel, batch_id, [sent.outcome for sent in outcomes]
                )
                await self.done.put(outcomes)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which re-raises
            # Cancellation is left to propagate: the consumer is the one cancelling.
            await self.done.put(exc)
        else:
            await self.done.put(None)

    async def _handle(self, batch: Batch, batch_id: str) -> list[Sent]:
        fresh = list(range(len(batch.messages)))
        done: list[Sent] = []
        ledger = self._ledger
        if ledger is not None:
            fresh, done = await self._known(ledger, batch)
        if fresh and self._stop.code is not None:
            return done + [
                Sent(self._stop.unsent(batch.indices[i], batch.messages[i]), None) for i in fresh
            ]
        if fresh and ledger is not None:
            fresh, left = await self._begin(ledger, batch, batch_id, fresh)
            done.extend(left)
        if not fresh:
            return done
        messages = [batch.messages[i] for i in fresh]
        results = await send_batch(self._seam, self._channel, messages, self._extra)
        outcomes = outcomes_of([batch.indices[i] for i in fresh], results, messages, batch_id)
        self._stop.note(outcomes)
        if ledger is not None:
            await ledger.finish(
                batch_id,
                [
                    settled_of(_identity(batch, i), outcome)
                    for i, outcome in zip(fresh, outcomes, strict=True)
                ],
            )
        done.extend(
            Sent(outcome, batch.messages[i], batch.own[i], batch.identities[i])
            for i, outcome in zip(fresh, outcomes, strict=True)
        )
        return done

    @staticmethod
    async def _known(ledger: Ledger, batch: Batch) -> tuple[list[int], list[Sent]]:
        """Split a batch into messages to send and those the journal has final outcomes for."""
        records = await ledger.lookup([_identity(batch, i) for i in range(len(batch.messages))])
        fresh: list[int] = []
        done: list[Sent] = []
        for i, record in enumerate(records):
            if record is None or record.claimable:
                fresh.append(i)
            else:
                # Final: an earlier run's outcome is never held back for this run's rounds.
                outcome = outcome_of(batch.indices[i], record)
                done.append(Sent(outcome, None, batch.own[i], batch.identities[i]))
        return fresh, done

    @staticmethod
    async def _begin(
        ledger: Ledger, batch: Batch, batch_id: str, fresh: list[int]
    ) -> tuple[list[int], list[Sent]]:
        """Record the batch in flight; return the messages claimed and outcomes of the rest."""
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
        send = [i for i in fresh if batch.identities[i] in claimed]
        left = [
            Sent(
                Unknown(batch.indices[i], batch_id, reason, batch.messages[i].get("custom_string")),
                None,
            )
            for i in fresh
            if batch.identities[i] not in claimed
        ]
        return send, left


def _identity(batch: Batch, i: int) -> Identity:
    identity = batch.identities[i]
    # A message that passed the checks is a mapping, and so has an identity.
    assert identity is not None  # noqa: S101
    return identity


def _recipient(message: dict[str, Any]) -> str | None:
    to = message.get("to")
    return None if to is None else str(to)
