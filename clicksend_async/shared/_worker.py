"""One queued batch sent by a worker process: claimed in the journal, sent, finished, settled.

A task carries a batch the producer cut (its messages, their positions and identities) and
the batch id it was given. The worker sends it with the bulk run's own machinery: the journal
is asked first, only what :meth:`Journal.begin` claims leaves, and the outcomes are recorded
with :meth:`Journal.finish` before the task returns (and so before the broker is told it is
done). A task delivered again (its worker died, or it was delivered twice) begins the same
batch id and so claims nothing. Messages the service certainly did not apply (THROTTLED,
rate-limited) are sent again, as ``reconcile=True, resend=True`` do.

What only SMS history can settle (a request answered ambiguously, a batch whose holder died)
waits for the end of the run: a task waits while a live holder may still finish its batch,
then returns how many of its messages stay open and lets their batches go. Once every task has
returned the producer enqueues the open ones in one settling task (:meth:`BatchSender.settle_run`),
which reads history once for every open batch of the run, while nothing else of the run is
being sent, and then sends, under fresh batch ids, only what history proves unsent; what those
sends leave open is settled the same way in another round. Settled
batch by batch while the run went on, each reading would start before the run and chase a
listing that grows with every send.
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
    from clicksend_async._journal_records import BatchInfo, Journal

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

    async def send(self, journal: Journal, task: Task, *, defer: bool = False) -> int:
        """Send what the journal lets this worker claim of ``task``; return how many are left.

        Left are messages still in flight or unknown: with ``defer``, all that only history can
        settle (their batches let go for :meth:`settle_run`); without, those history could not
        settle after every round (it could not be read, say), for a later run to settle.

        Raises:
            JournalError: the journal failed; what was claimed and not finished stays in
                flight, for the next delivery of the task to settle.

        """
        ledger = self._ledger(journal, task)
        return await self._complete(ledger, task, task.batch_id, defer=defer)

    async def settle_run(self, journal: Journal, tasks: list[Task]) -> int:
        """Settle every open batch of a run from one reading of history; send what is unsent.

        ``tasks`` are the run's tasks that returned messages left open. Every open batch of
        the run is taken (waiting out the leases of holders still alive) and held while
        history is read, then each task sends, under a fresh batch id, what history proved
        unsent. What those sends leave open is settled the same way, one reading of history
        per round for all of them. Returns how many messages are left open after the last
        round, for a later run to settle.

        Raises:
            JournalError: the journal failed.

        """
        left = 0
        for round_ in range(ROUNDS if tasks else 0):
            await self._recover_all(self._ledger(journal, tasks[0]))
            left = 0
            for task in tasks:
                fresh = self._ledger(journal, task)
                prefix = f"{task.batch_id}.{fresh.attempt}.s{round_}"
                left += await self._complete(fresh, task, prefix, defer=True)
            if not left:
                break
        return left

    async def _recover_all(self, ledger: Ledger) -> None:
        """Take every open batch of the run and settle them all from one reading of history."""
        infos = await self._take_unsettled(ledger)
        if not infos:
            return
        renewing = asyncio.create_task(self._renew_all(ledger, [i.batch_id for i in infos]))
        try:
            # History proves a message unsent only once its request is old enough.
            newest = max(info.began_at for info in infos)
            await asyncio.sleep(max(0.0, newest + self._settle - time.time()))
            await ledger.recover(self._history, settle_after=self._settle)
        finally:
            renewing.cancel()
            await asyncio.gather(renewing, return_exceptions=True)

    async def _complete(
        self, ledger: Ledger, task: Task, prefix: str, *, defer: bool = False
    ) -> int:
        """Send the task as batch ``prefix``, then resend what was certainly not applied."""
        await self._run(ledger, task, prefix)
        left = await self._open(ledger, task, defer=defer)
        for round_ in range(RESEND_ROUNDS):
            again = await self._resendable(ledger, task)
            if not again:
                break
            # As the bulk sender's rounds do: a THROTTLED message clears once its twin has.
            await self._seam.options.retry.sleep(self._seam.options.throttle.delay)
            await self._run(ledger, again, f"{task.batch_id}.{ledger.attempt}.r{round_}")
            left = await self._open(ledger, task, defer=defer)
        return left

    async def _open(self, ledger: Ledger, task: Task, *, defer: bool) -> int:
        return await (self._let_go(ledger, task) if defer else self._settle_held(ledger, task))

    async def _let_go(self, ledger: Ledger, task: Task) -> int:
        """Wait while live holders work on the task's open batches; return how many stay open.

        A batch is let go (its lease ended now) once this delivery may take it: its holder
        finished it with unknowns, or died. The run's settling then takes it without waiting.
        """
        while True:
            records = await ledger.lookup(task.identities)
            left = [r for r in records if r is not None and r.state in _OPEN]
            waiting = False
            for batch_id in sorted({record.batch_id for record in left}):
                if await ledger.journal.take(batch_id, owner=ledger.attempt, lease=self._lease):
                    await ledger.journal.renew(batch_id, owner=ledger.attempt, lease=0.0)
                else:
                    waiting = True
            if not waiting:
                return len(left)
            await asyncio.sleep(self._poll)

    async def _take_unsettled(self, ledger: Ledger) -> list[BatchInfo]:
        """Take every unsettled batch of the run, waiting while live holders keep some."""
        while True:
            infos = await ledger.journal.unsettled()
            kept = [
                info
                for info in infos
                if not await ledger.journal.take(
                    info.batch_id, owner=ledger.attempt, lease=self._lease
                )
            ]
            if not kept:
                return infos
            await asyncio.sleep(self._poll)

    async def _renew_all(self, ledger: Ledger, batch_ids: list[str]) -> None:
        """Hold taken batches while history is read: no one else settles or resends them."""
        while True:
            await asyncio.sleep(self._lease / 3)
            for batch_id in batch_ids:
                await ledger.journal.renew(batch_id, owner=ledger.attempt, lease=self._lease)

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
