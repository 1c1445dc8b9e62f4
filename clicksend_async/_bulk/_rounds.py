"""After a run's first pass: settle unknown outcomes from history, resend what is proven unsent.

A message is sent again only when the service certainly did not apply it: history's whole
window lacks it (NOT_SENT), or its answer said THROTTLED or the rate limit held. It goes with
the same custom_string, so a later lookup still finds it, and for a bounded number of rounds.
An unknown outcome is never resent: that is how one message becomes two.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async._bulk._outcomes import (
    ACCOUNT_REFUSALS,
    NOT_SENT,
    Outcome,
    Rejected,
    account_refusal,
    resendable,
    to_outcome,
)
from clicksend_async._bulk._reconcile import Held, History, settle
from clicksend_async._bulk._send import Channel, send_batch
from clicksend_async._validation import MAX_MESSAGES_PER_REQUEST

if TYPE_CHECKING:
    from collections.abc import Mapping

    from clicksend_async._call import Seam

# Rounds of resending after the first pass. Each waits the throttle delay first, so a message
# THROTTLED by an identical one sent moments before is sent once that one has cleared.
RESEND_ROUNDS = 5


@attrs.define
class Stop:
    """The account refusal that stopped a run, shared by everything that sends in it."""

    code: str | None = None

    def note(self, outcomes: list[Outcome]) -> None:
        """Record the first account refusal among ``outcomes``."""
        if self.code is None:
            for outcome in outcomes:
                code = account_refusal(outcome)
                if code is not None:
                    self.code = code
                    return

    def unsent(self, index: int, message: dict[str, Any]) -> Rejected:
        """Return the outcome of a message not sent because the run had stopped."""
        assert self.code is not None  # noqa: S101 - only called once stopped
        reason = f"not sent: the run stopped because {ACCOUNT_REFUSALS[self.code]}"
        return Rejected(index, NOT_SENT, reason, message.get("custom_string"))


@attrs.frozen
class Rounds:
    """What resending needs: where to send, how many at once, history and the shared stop."""

    seam: Seam
    channel: Channel
    extra: Mapping[str, Any]
    run_id: str
    concurrency: int
    history: History | None
    resend: bool
    since: int
    stop: Stop

    async def finish(self, held: list[Held], claimed: set[str]) -> list[Outcome]:
        """Settle and resend ``held`` until every outcome is final; return the outcomes."""
        for round_number in range(1, RESEND_ROUNDS + 2):
            if self.history is not None:
                held = await settle(self.history, held, since=self.since, claimed=claimed)
            if not self.resend or round_number > RESEND_ROUNDS or self.stop.code is not None:
                break
            again = [item for item in held if resendable(item.outcome)]
            if not again:
                break
            await self.seam.options.retry.sleep(self.seam.options.throttle.delay)
            kept = [item for item in held if not resendable(item.outcome)]
            held = kept + await self._send(again, round_number)
        return [item.outcome for item in held]

    async def _send(self, again: list[Held], round_number: int) -> list[Held]:
        size = MAX_MESSAGES_PER_REQUEST
        chunks = [again[i : i + size] for i in range(0, len(again), size)]
        gate = asyncio.Semaphore(self.concurrency)

        async def one(number: int, chunk: list[Held]) -> list[Held]:
            async with gate:
                if self.stop.code is not None:
                    return [
                        attrs.evolve(
                            item, outcome=self.stop.unsent(item.outcome.index, item.message)
                        )
                        for item in chunk
                    ]
                messages = [item.message for item in chunk]
                results = await send_batch(self.seam, self.channel, messages, self.extra)
            batch_id = f"{self.run_id}/resend{round_number}-{number}"
            outcomes = [
                to_outcome(item.outcome.index, result, item.message, batch_id)
                for item, result in zip(chunk, results, strict=True)
            ]
            self.stop.note(outcomes)
            return [
                attrs.evolve(item, outcome=outcome)
                for item, outcome in zip(chunk, outcomes, strict=True)
            ]

        sent = await asyncio.gather(*(one(n, chunk) for n, chunk in enumerate(chunks, 1)))
        return [item for chunk in sent for item in chunk]
