"""What became of each message: Accepted, Rejected or Unknown, progress counts and the report."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from attrs import frozen

from clicksend_async._errors import (
    APIConnectionError,
    APIStatusError,
    ClickSendError,
    InvalidResponseError,
    OutcomeUnknownError,
)

# Status reported for messages that certainly never reached the service.
NOT_SENT = "NOT_SENT"
# Status reported for messages refused here, before sending.
INVALID = "INVALID"

_REASONS = {
    "THROTTLED": "the same body went to this recipient moments ago; still throttled after resends",
    "INVALID_RECIPIENT": "the recipient number is not valid",
    "INVALID_SENDER_ID": "the sender ID is not valid",
    "INSUFFICIENT_CREDIT": "the account has no credit left",
    "EMPTY_MESSAGE": "the body is empty",
    "INVALID_SCHEDULE": "the schedule is not a valid Unix time",
}


@frozen
class Accepted:
    """The service queued the message: its ``message_id`` and ``price`` (a decimal string)."""

    index: int
    message_id: str | None
    price: str | None
    custom_string: str | None


@frozen
class Rejected:
    """The message was not sent: ``status`` is ClickSend's code (or NOT_SENT / INVALID).

    A rejected message was not delivered and may be corrected and sent again.
    """

    index: int
    status: str
    reason: str
    custom_string: str | None


@frozen
class Unknown:
    """The request carrying the message failed ambiguously; it may or may not have been sent.

    ``batch_id`` names the request; look the message up by ``custom_string`` before resending
    (``reconcile=True`` does that for SMS).
    """

    index: int
    batch_id: str
    reason: str
    custom_string: str | None


Outcome = Accepted | Rejected | Unknown


@frozen
class BulkProgress:
    """Counts so far in a bulk run, and the messages handled per second."""

    sent: int
    accepted: int
    rejected: int
    unknown: int
    rate: float


ProgressCallback = Callable[[BulkProgress], object]


@frozen
class BulkReport:
    """Exactly one outcome per input message, in input order, with counts and total price."""

    run_id: str
    outcomes: tuple[Outcome, ...]
    accepted: int
    rejected: int
    unknown: int
    total_price: Decimal

    @classmethod
    def from_outcomes(cls, run_id: str, outcomes: Iterable[Outcome]) -> BulkReport:
        """Build a report, counting the outcomes and adding up the prices."""
        kept = tuple(outcomes)
        accepted = rejected = unknown = 0
        # Prices repeat: parse each distinct one once and multiply, rather than once a message.
        prices: dict[str | None, int] = {}
        for outcome in kept:
            if isinstance(outcome, Accepted):
                accepted += 1
                prices[outcome.price] = prices.get(outcome.price, 0) + 1
            elif isinstance(outcome, Rejected):
                rejected += 1
            else:
                unknown += 1
        total = sum((_price(price) * count for price, count in prices.items()), Decimal(0))
        return cls(run_id, kept, accepted, rejected, unknown, total)


def _price(value: str | None) -> Decimal:
    try:
        return Decimal(value) if value else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


# What sending left for one message: its entry in the answer, the error that left it unsent
# or unknown, or None when the answer did not mention it.
Result = dict[str, Any] | ClickSendError | None


def to_outcome(index: int, result: Result, message: dict[str, Any], batch_id: str) -> Outcome:
    """Turn one message's result into its outcome."""
    custom = message.get("custom_string")
    if isinstance(result, dict):
        status = result.get("status")
        if status == "SUCCESS":
            price = result.get("message_price")
            return Accepted(
                index, result.get("message_id"), None if price is None else str(price), custom
            )
        code = str(status) if status else "UNKNOWN_STATUS"
        return Rejected(index, code, _REASONS.get(code, code), custom)
    if result is None:
        return Unknown(index, batch_id, "the answer did not mention this message", custom)
    if isinstance(result, OutcomeUnknownError | InvalidResponseError):
        return Unknown(index, batch_id, str(result), custom)
    if isinstance(result, APIStatusError):
        code = result.response_code or f"HTTP_{result.status}"
        return Rejected(index, code, str(result), custom)
    if isinstance(result, APIConnectionError):
        return Rejected(index, NOT_SENT, str(result), custom)
    raise result


async def collect(stream: AsyncIterator[list[Outcome]], run_id: str) -> BulkReport:
    """Gather a stream's outcomes into a report in input order."""
    slots: list[Outcome | None] = []
    async for outcomes in stream:
        for outcome in outcomes:
            if outcome.index >= len(slots):
                slots.extend([None] * (outcome.index + 1 - len(slots)))
            slots[outcome.index] = outcome
    missing = [i for i, slot in enumerate(slots) if slot is None]
    if missing:  # pragma: no cover - would be a bug in the batching
        raise AssertionError(f"no outcome for messages {missing[:10]}")
    return BulkReport.from_outcomes(run_id, [slot for slot in slots if slot is not None])
