"""What a bulk run tells the ``on_outcome`` hooks: each batch's outcomes, in all and by kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_async._bulk._outcomes import Rejected
from clicksend_async._hooks import OutcomeEvent

if TYPE_CHECKING:
    from clicksend_async._bulk._compact import Outcomes
    from clicksend_async._bulk._send import Channel
    from clicksend_async._call import Seam


def outcome_event(channel: Channel, batch_id: str, outcomes: Outcomes) -> OutcomeEvent:
    """Count one batch's outcomes: accepted, each rejection's status, unknown."""
    accepted, rejected, unknown = outcomes.counts()
    kinds: dict[str, int] = {}
    if accepted:
        kinds["accepted"] = accepted
    for outcome in outcomes.built():
        if isinstance(outcome, Rejected):
            kinds[outcome.status] = kinds.get(outcome.status, 0) + 1
    if unknown:
        kinds["unknown"] = unknown
    return OutcomeEvent(
        run_id=batch_id.rpartition("/")[0],
        batch_id=batch_id,
        operation_id=channel.operation.OPERATION_ID,
        accepted=accepted,
        rejected=rejected,
        unknown=unknown,
        kinds=kinds,
    )


async def report_outcomes(seam: Seam, channel: Channel, batch_id: str, outcomes: Outcomes) -> None:
    """Hand one batch's outcome counts to the client's ``on_outcome`` hooks, if it has any."""
    hooks = seam.transport.hooks
    if hooks is not None and hooks.wants("on_outcome"):
        await hooks.emit("on_outcome", outcome_event(channel, batch_id, outcomes))
