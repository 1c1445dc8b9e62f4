"""What became of each message: Accepted, Rejected or Unknown, progress counts and the report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from attrs import frozen

from clicksend_async._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ClickSendError,
    InsufficientCreditError,
    InvalidResponseError,
    OutcomeUnknownError,
    PermissionDeniedError,
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
    "ALREADY_EXISTS": "the service says the message already exists",
    "TOO_MANY_RECIPIENTS": "too many recipients in one request",
    "MISSING_REQUIRED_FIELDS": "a required field is missing",
    "NOT_ENOUGH_PERMISSION_TO_LIST_ID": "the account may not send to that list",
    "INTERNAL_ERROR": "the service failed on this message",
    "INVALID_LANG": "the voice language is not valid",
    "INVALID_VOICE": "the voice is not valid",
    "SUBJECT_REQUIRED": "an MMS needs a subject",
    "INVALID_MEDIA_FILE": "the media file is not valid",
    "SOMETHING_IS_WRONG": "the service refused the message without saying why",
    "TOO_MANY_REQUESTS": "the service's rate limit held after every retry",
}
# Refusals of the account rather than of a message: every later message would meet the same,
# so a bulk run stops sending at the first one. The words say what the account did.
ACCOUNT_REFUSALS = {
    "INSUFFICIENT_CREDIT": "the account ran out of credit",
    "ACCOUNT_NOT_ACTIVATED": "the account is not active",
    "INVALID_CREDENTIALS": "the credentials were refused",
    "MISSING_CREDENTIALS": "the credentials were refused",
    "UNAUTHORIZED": "the credentials were refused",
    "FORBIDDEN": "the account may not send (it may be banned)",
}
# Statuses of messages the service certainly did not apply and would take if sent again later.
RESENDABLE = frozenset({NOT_SENT, "THROTTLED", "TOO_MANY_REQUESTS", "HTTP_429"})


@frozen
class Accepted:
    """The service queued the message: its ``message_id`` and ``price`` (a decimal string).

    Attributes:
        index: the message's place in the input, from 0.
        message_id: the id ClickSend gave the message, or None if the answer gave none.
        price: what the message cost, as the decimal string the service wrote, or None.
        custom_string: the message's ``custom_string``, given or derived.

    """

    index: int
    message_id: str | None
    price: str | None
    custom_string: str | None


@frozen
class Rejected:
    """The message was not sent: ``status`` is ClickSend's code (or NOT_SENT / INVALID).

    A rejected message was not delivered and may be corrected and sent again.

    Attributes:
        index: the message's place in the input, from 0.
        status: ClickSend's status for it (``INVALID_RECIPIENT``...), ``NOT_SENT`` for one
            certainly never sent, or ``INVALID`` for one refused here before sending.
        reason: the status in words.
        custom_string: the message's ``custom_string``, or None.

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

    Attributes:
        index: the message's place in the input, from 0.
        batch_id: the request that carried it.
        reason: what went wrong with that request.
        custom_string: the message's ``custom_string``, by which history finds it.

    """

    index: int
    batch_id: str
    reason: str
    custom_string: str | None


Outcome = Accepted | Rejected | Unknown
"""What became of one message: accepted, rejected, or unknown (perhaps sent)."""


@frozen
class BulkProgress:
    """Counts so far in a bulk run, and the messages handled per second.

    Attributes:
        sent: messages with an outcome so far.
        accepted: of those, the ones the service queued.
        rejected: the ones not sent.
        unknown: the ones whose request failed ambiguously.
        rate: messages given an outcome per second since the run started.

    """

    sent: int
    accepted: int
    rejected: int
    unknown: int
    rate: float


ProgressCallback = Callable[[BulkProgress], object]


@frozen
class BulkReport:
    """Exactly one outcome per input message, in input order, with counts and total price.

    Attributes:
        run_id: the run's id, the prefix of the ``custom_string`` of messages given none.
        outcomes: one outcome per input message, in input order.
        accepted: how many outcomes are ``Accepted``.
        rejected: how many are ``Rejected``.
        unknown: how many are ``Unknown``.
        total_price: the sum of the accepted messages' prices.

    """

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
        prices: dict[str | None, int] = {}
        for outcome in kept:
            if isinstance(outcome, Accepted):
                accepted += 1
                prices[outcome.price] = prices.get(outcome.price, 0) + 1
            elif isinstance(outcome, Rejected):
                rejected += 1
            else:
                unknown += 1
        return cls(run_id, kept, accepted, rejected, unknown, total_price(prices))


class DeferredOutcomes:
    """Outcomes a report holds in another form, built into its ``outcomes`` tuple when read."""

    def build(self) -> tuple[Outcome, ...]:
        """Return the outcomes in input order."""
        raise NotImplementedError


class _Outcomes:
    """``BulkReport.outcomes``: the attrs slot, read through so deferred outcomes are built once.

    The slot stays the field's storage, so ``attrs.fields``, ``asdict``, equality and repr see
    an ordinary tuple.
    """

    def __init__(self, slot: Any) -> None:  # noqa: ANN401 - the slot's member descriptor
        self._slot = slot

    def __get__(self, report: BulkReport | None, owner: type | None = None) -> Any:  # noqa: ANN401
        if report is None:
            return self._slot
        value = self._slot.__get__(report, owner)
        if isinstance(value, DeferredOutcomes):
            value = value.build()
            self._slot.__set__(report, value)
        return value

    def __set__(self, report: BulkReport, value: object) -> None:
        self._slot.__set__(report, value)


setattr(BulkReport, "outcomes", _Outcomes(BulkReport.__dict__["outcomes"]))  # noqa: B010


def total_price(prices: Mapping[str | None, int]) -> Decimal:
    """Add up prices given as counts of each price (a decimal string; anything else is 0)."""
    # Prices repeat: each distinct one is parsed once and multiplied.
    return sum((_price(price) * count for price, count in prices.items()), Decimal(0))


def _price(value: str | None) -> Decimal:
    try:
        return Decimal(value) if value else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


# What sending left for one message: its entry in the answer, the error that left it unsent
# or unknown, or None when the answer did not mention it.
Result = dict[str, Any] | ClickSendError | None


def _account_code(error: APIStatusError) -> str | None:
    """Return the account refusal an error stands for, or None for any other error."""
    code = error.response_code
    if isinstance(error, InsufficientCreditError):
        return "INSUFFICIENT_CREDIT"
    if code in ACCOUNT_REFUSALS:
        return code
    if isinstance(error, AuthenticationError):
        return "UNAUTHORIZED"
    if isinstance(error, PermissionDeniedError):
        return "FORBIDDEN"
    return None


def price_text(price: object) -> str | None:
    """Return an answered ``message_price`` as an outcome holds it: a string, or None."""
    return None if price is None else price if type(price) is str else str(price)


def _from_entry(index: int, entry: dict[str, Any], custom: str | None, batch_id: str) -> Outcome:
    status = entry.get("status")
    if status == "SUCCESS":
        price = price_text(entry.get("message_price"))
        return Accepted(index, entry.get("message_id"), price, custom)
    code = str(status) if status else ""
    if code in ACCOUNT_REFUSALS:
        return Rejected(index, code, f"not sent: {ACCOUNT_REFUSALS[code]}", custom)
    if code in _REASONS:
        return Rejected(index, code, _REASONS[code], custom)
    # A status outside ClickSend's list (or none) says nothing certain: the message may have
    # been queued. Calling it a rejection would invite a resend, and so a duplicate.
    said = f"status {code!r}, which is not one of ClickSend's" if code else "no status"
    return Unknown(index, batch_id, f"the answer gave this message {said}", custom)


def to_outcome(index: int, result: Result, message: dict[str, Any], batch_id: str) -> Outcome:
    """Turn one message's result into its outcome."""
    custom = message.get("custom_string")
    if isinstance(result, dict):
        return _from_entry(index, result, custom, batch_id)
    if result is None:
        return Unknown(index, batch_id, "the answer did not mention this message", custom)
    if isinstance(result, OutcomeUnknownError | InvalidResponseError):
        return Unknown(index, batch_id, str(result), custom)
    if isinstance(result, APIStatusError):
        account = _account_code(result)
        if account is not None:
            # Not str(result): its response_msg may be a stock "queued" text that contradicts
            # the refusal. The request was refused as a whole, so nothing in it was sent.
            reason = f"not sent: {ACCOUNT_REFUSALS[account]} (HTTP {result.status})"
            return Rejected(index, account, reason, custom)
        code = result.response_code or f"HTTP_{result.status}"
        return Rejected(index, code, str(result), custom)
    if isinstance(result, APIConnectionError):
        return Rejected(index, NOT_SENT, str(result), custom)
    raise result


def account_refusal(outcome: Outcome) -> str | None:
    """Return the account refusal code an outcome carries, or None."""
    if isinstance(outcome, Rejected) and outcome.status in ACCOUNT_REFUSALS:
        return outcome.status
    return None


def resendable(outcome: Outcome) -> bool:
    """Whether the service certainly did not apply the message and would take it later."""
    return isinstance(outcome, Rejected) and outcome.status in RESENDABLE
