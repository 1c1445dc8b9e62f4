"""The one lookup of sent messages in SMS history, for outcomes a failed request left unknown.

A message is sought by its ``custom_string`` and, where the caller knows it, its recipient
(compared as digits, so ``+61 411 111 111`` and ``61411111111`` match). History is read from
:data:`HISTORY_SLACK` seconds before the earliest moment a sought message could have been sent,
and only until every sought message is found.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from clicksend_async._bulk._outcomes import (
    NOT_SENT,
    Accepted,
    BulkReport,
    Outcome,
    Rejected,
    Unknown,
)

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Iterable

# How far before ``since`` history is read, in seconds. ``since`` is taken from this machine's
# clock, history's dates from ClickSend's, and a request may have left up to a timeout and its
# retries before its outcome was recorded: 15 minutes covers both with room to spare.
HISTORY_SLACK = 900

# A message sought in history: its custom_string, and its recipient or None to match on the
# custom_string alone.
Sought = tuple[str, str | None]
# The caller's own key type, such as tuple[str, str] when every key carries a recipient.
K = TypeVar("K", bound=Sought)


class History(Protocol):
    """A listing of sent SMS from a date on, such as ``cs.sms.history``."""

    def __call__(self, *, date_from: int) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over the SMS sent since ``date_from`` (Unix seconds)."""
        ...


def _digits(number: object) -> str:
    return "".join(ch for ch in str(number or "") if ch.isdigit())


async def find_in_history(
    history: History, sought: Iterable[K], since: int
) -> dict[K, dict[str, Any]]:
    """Look messages up in SMS history; return the history entry found for each, by its key.

    ``since`` is the earliest time (Unix seconds, this machine's clock) any sought message
    could have been sent; history is read from :data:`HISTORY_SLACK` seconds before it, and
    stops as soon as every sought message is found. A key with an empty custom_string matches
    nothing: an entry without one must not pass for a sought message.

    Raises:
        ClickSendError: reading history failed.

    """
    by_custom: dict[str, K] = {}
    by_pair: dict[tuple[str, str], K] = {}
    for key in sought:
        custom, recipient = key
        if not custom:
            continue
        if recipient is None:
            by_custom[custom] = key
        else:
            by_pair[custom, _digits(recipient)] = key
    wanted = len(by_custom) + len(by_pair)
    found: dict[K, dict[str, Any]] = {}
    if not wanted:
        return found
    items = history(date_from=since - HISTORY_SLACK)
    async with contextlib.aclosing(items):
        async for item in items:
            custom = str(item.get("custom_string") or "")
            for match in (by_custom.get(custom), by_pair.get((custom, _digits(item.get("to"))))):
                if match is not None:
                    found.setdefault(match, item)
            # The rest of the history cannot change the answer: stop paging.
            if len(found) == wanted:
                break
    return found


async def reconcile(report: BulkReport, history: History, *, since: int) -> BulkReport:
    """Settle a report's unknown outcomes from SMS history, matching on custom_string.

    A message found in history is accepted (with its id and price); one not found is rejected
    as NOT_SENT, safe to resend.

    Raises:
        ClickSendError: reading history failed.

    """
    sought: set[Sought] = {
        (outcome.custom_string, None)
        for outcome in report.outcomes
        if isinstance(outcome, Unknown) and outcome.custom_string
    }
    found = await find_in_history(history, sought, since=since)
    outcomes: list[Outcome] = []
    for outcome in report.outcomes:
        if not isinstance(outcome, Unknown):
            outcomes.append(outcome)
            continue
        seen = found.get((outcome.custom_string or "", None))
        if seen is None:
            outcomes.append(
                Rejected(
                    outcome.index,
                    NOT_SENT,
                    "not in SMS history after an ambiguous failure; safe to resend",
                    outcome.custom_string,
                )
            )
        else:
            price = seen.get("message_price")
            outcomes.append(
                Accepted(
                    outcome.index,
                    seen.get("message_id"),
                    None if price is None else str(price),
                    outcome.custom_string,
                )
            )
    return BulkReport.from_outcomes(report.run_id, outcomes)
