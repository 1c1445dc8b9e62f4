"""One queued batch sent by a worker process: claimed in the journal, sent, finished, settled.

A task carries a batch the producer cut (its messages, their positions and identities) and
the batch id it was given. The worker sends it with the bulk run's own machinery: the journal
is asked first, only what :meth:`Journal.begin` claims leaves, and the outcomes are recorded
with :meth:`Journal.finish` before the task returns (and so before the broker is told it is
done). A task delivered again (its worker died, or it was delivered twice) begins the same
batch id and so claims nothing. What the journal still holds in flight is then waited for: a
live holder finishes it, or the holder's lease runs out and this worker takes the batch over,
settles it from SMS history and sends, under a fresh batch id, only what history proves unsent.
Messages answered ambiguously (a connection dropped after the service took the request) are
settled from history the same way before the task returns, and messages the service certainly
did not apply (THROTTLED, rate-limited) are sent again, as ``reconcile=True, resend=True`` do.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any, NamedTuple

from clicksend_async._bulk._batches import Batch
from clicksend_async._bulk._ledger import Ledger
from clicksend_async._bulk._outcomes import RESENDABLE
from clicksend_async._bulk._rounds import Stop
from clicksend_async._bulk._workers import Run
from clicksend_async._identity import Identity
from clicksend_async._journal_records import State

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator

    from clicksend_async._bulk._reconcile import History
    from clicksend_async._bulk._send import Channel
    from clicksend_async._call import Seam
    from clicksend_async._journal_records import Journal

# How often a batch held elsewhere is looked at again while its holder may still finish it.
POLL = 0.5
# Takeovers and resends of one task before it gives up and leaves the rest to a later run.
ROUNDS = 5
# Rounds of resending what was certainly not applied (THROTTLED, rate-limited, never sent).
RESEND_ROUNDS = 5
# What history may still settle: cut off (in flight) or answered ambiguously (unknown).
_OPEN = frozenset({State.IN_FLIGHT, State.UNKNOWN})


class Task(NamedTuple):
    """A batch as the producer enqueued it; see :func:`task_of` and :meth:`Task.payload`."""

    run_id: str
    batch_id: str
    messages: list[dict[str, Any]]
    indices: list[int]
    own: list[bool]
    identities: list[Identity]

    def payload(self) -> dict[str, Any]:
        """Return the task as JSON data for the broker."""
        return {
            "run_id": self.run_id,
            "batch_id": self.batch_id,
            "messages": self.messages,
            "indices": self.indices,
            "own": self.own,
            "identities": [identity.key.hex() for identity in self.identities],
        }


def task_of(payload: dict[str, Any]) -> Task:
    """Return the task a payload of :meth:`Task.payload` carries."""
    return Task(
        str(payload["run_id"]),
        str(payload["batch_id"]),
        list(payload["messages"]),
        [int(i) for i in payload["indices"]],
        [bool(own) for own in payload["own"]],
        [Identity.from_key(bytes.fromhex(key)) for key in payload["identities"]],
    )


class BatchSender:
    """Sends queued batches for one client, recording them in a shared journal."""

    def __init__(
        self,
        seam: Seam,
        channel: Channel,
        history: History,
        *,
        lease: float,
        settle: float,
        poll: float = POLL,
    ) -> None:
        self._seam = seam
        self._channel = channel
        self._history = history
        self._lease = lease
        self._settle = settle
        self._poll = poll

    async def send(self, journal: Journal, task: Task) -> int:
        """Send what the journal lets this worker claim of ``task``; return how many are left.

        Left are messages still in flight or unknown after every round (history could not be
        read, say); a later run of the same input settles them.

        Raises:
            JournalError: the journal failed; what was claimed and not finished stays in
                flight, for the next delivery of the task to settle.

        """
        ledger = self._ledger(journal, task)
        await self._run(ledger, task, task.batch_id)
        left = await self._settle_held(ledger, task)
        for round_ in range(RESEND_ROUNDS):
            again = await self._resendable(ledger, task)
            if not again:
                break
            # As the bulk sender's rounds do: a THROTTLED message clears once its twin has.
            await self._seam.options.retry.sleep(self._seam.options.throttle.delay)
            await self._run(ledger, again, f"{task.batch_id}.{ledger.attempt}.r{round_}")
            left = await self._settle_held(ledger, task)
        return left

    async def _settle_held(self, ledger: Ledger, task: Task) -> int:
        """Settle what the journal holds in flight or unknown; return how many stay so."""
        for round_ in range(ROUNDS):
            held = await self._held(ledger, task)
            if not held:
                return 0
            if not await self._take(ledger, held):
                continue  # the holder finished: look again
            await ledger.recover(self._history, settle_after=self._settle)
            await self._run(ledger, task, f"{task.batch_id}.{ledger.attempt}.{round_}")
        return len(await self._held(ledger, task))

    async def _resendable(self, ledger: Ledger, task: Task) -> Task | None:
        """Return the part of the task the service certainly did not apply and would take."""
        records = await ledger.lookup(task.identities)
        keep = [
            i
            for i, record in enumerate(records)
            if record is not None and record.state is State.REJECTED and record.status in RESENDABLE
        ]
        if not keep:
            return None
        return Task(
            task.run_id,
            task.batch_id,
            [task.messages[i] for i in keep],
            [task.indices[i] for i in keep],
            [task.own[i] for i in keep],
            [task.identities[i] for i in keep],
        )

    def _ledger(self, journal: Journal, task: Task) -> Ledger:
        # A ledger per delivery: its owner name is new, so two deliveries of one task (in one
        # process or two) never pass for the same holder of a batch.
        return Ledger(
            journal,
            owned=False,
            run_id=task.run_id,
            channel=self._channel.operation.OPERATION_ID,
            shared={},
            lease=self._lease,
        )

    async def _run(self, ledger: Ledger, task: Task, prefix: str) -> None:
        """Send the task's claimable messages as batch ``prefix``/1, holding it while it is out."""
        batch = Batch(
            task.indices[0] if task.indices else 0,
            [dict(message) for message in task.messages],
            list(task.indices),
            [],
            list(task.own),
            list[Identity | None](task.identities),
        )
        run = Run(
            seam=self._seam,
            channel=self._channel,
            batches=_one(batch),
            extra={},
            prefix=prefix,
            stop=Stop(),
            ledger=ledger,
        )
        worker = asyncio.create_task(run.work())
        # The bulk workers name their one batch prefix/1.
        renewing = asyncio.create_task(self._renew(ledger, f"{prefix}/1"))
        try:
            while (item := await run.done.get()) is not None:
                if isinstance(item, Exception):
                    raise item
        finally:
            for task_ in (worker, renewing):
                task_.cancel()
            await asyncio.gather(worker, renewing, return_exceptions=True)

    async def _renew(self, ledger: Ledger, batch_id: str) -> None:
        """Keep holding a batch while its request waits for a slot or an answer.

        Without it a batch held back by the rate limiter for longer than the lease would be
        taken over, found absent from history and sent a second time.
        """
        while True:
            await asyncio.sleep(self._lease / 3)
            await ledger.journal.renew(batch_id, owner=ledger.attempt, lease=self._lease)

    async def _held(self, ledger: Ledger, task: Task) -> set[str]:
        """Return the batches that hold messages of the task in flight or unknown."""
        records = await ledger.lookup(task.identities)
        return {
            record.batch_id for record in records if record is not None and record.state in _OPEN
        }

    async def _take(self, ledger: Ledger, held: set[str]) -> bool:
        """Wait until every batch in ``held`` is settled or taken; return whether one was taken.

        A live holder renews its lease while its request is out; a dead one's runs out. A batch
        this delivery finished with unknowns is its own, and taken at once.
        """
        taken = False
        waiting = set(held)
        while waiting:
            for batch_id in sorted(waiting):
                records = await ledger.journal.batch(batch_id)
                if not any(record.state in _OPEN for record in records):
                    waiting.discard(batch_id)
                elif await ledger.journal.take(batch_id, owner=ledger.attempt, lease=self._lease):
                    newest = max(record.began_at for record in records)
                    # History proves a message unsent only once its request is old enough.
                    await asyncio.sleep(max(0.0, newest + self._settle - time.time()))
                    waiting.discard(batch_id)
                    taken = True
            if waiting:
                await asyncio.sleep(self._poll)
        return taken


async def _one(batch: Batch) -> AsyncGenerator[Batch, None]:
    yield batch
