"""Sending messages: one request with THROTTLED resends, and bulk runs of any size.

The bulk path builds plain dicts, encodes each batch once and reads the answer's message dicts
directly: building models per message would cost more CPU than the request itself.
"""

from __future__ import annotations

import asyncio
import inspect
import secrets
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Mapping,
)
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import TYPE_CHECKING, Any

from attrs import frozen
from clicksend_v3.client import Request

from clicksend_async._errors import (
    APIConnectionError,
    APIStatusError,
    ClickSendError,
    InvalidResponseError,
    OutcomeUnknownError,
    ValidationError,
)
from clicksend_async._segments import UCS2_PART
from clicksend_async._validation import (
    MAX_MESSAGES_PER_REQUEST,
    MAX_SMS_PARTS,
    check_message,
    message_dict,
)

if TYPE_CHECKING:
    from clicksend_async._http import CallOptions, Transport

# Status reported for messages that certainly never reached the service.
NOT_SENT = "NOT_SENT"
# Status reported for messages refused here, before sending.
INVALID = "INVALID"
# A body of at most this many characters fits in the allowed parts whatever it holds: the
# smallest budget is UCS-2's (67 UTF-16 units a part) and no character takes more than two units.
# Bulk runs skip counting the parts of such bodies, the costliest step of checking a message.
_ALWAYS_FITS = MAX_SMS_PARTS * UCS2_PART // 2

_REASONS = {
    "THROTTLED": "the same body went to this recipient moments ago; still throttled after resends",
    "INVALID_RECIPIENT": "the recipient number is not valid",
    "INVALID_SENDER_ID": "the sender ID is not valid",
    "INSUFFICIENT_CREDIT": "the account has no credit left",
    "EMPTY_MESSAGE": "the body is empty",
    "INVALID_SCHEDULE": "the schedule is not a valid Unix time",
}


@frozen
class Channel:
    """Where one kind of message is sent and whether SMS length rules apply to its body."""

    operation_id: str
    path: str
    sms_rules: bool


SMS = Channel("send_sms", "/sms/send", sms_rules=True)
MMS = Channel("send_mms", "/mms/send", sms_rules=False)
VOICE = Channel("send_voice_message", "/voice/send", sms_rules=False)


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


ProgressCallback = Callable[[BulkProgress], object]
Messages = Iterable[Any] | AsyncIterable[Any]


def _match(body: Any, sent: list[dict[str, Any]]) -> list[dict[str, Any] | None]:  # noqa: ANN401
    """Pair each sent message with its entry in the answer, by position or by custom_string."""
    data = body.get("data") if isinstance(body, dict) else None
    answered = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(answered, list):
        return [None] * len(sent)
    if len(answered) == len(sent):
        return [entry if isinstance(entry, dict) else None for entry in answered]
    by_custom: dict[object, dict[str, Any]] = {}
    for entry in answered:
        if isinstance(entry, dict):
            by_custom.setdefault(entry.get("custom_string"), entry)
    return [by_custom.get(message.get("custom_string")) for message in sent]


Result = dict[str, Any] | ClickSendError | None


async def send_batch(
    transport: Transport,
    options: CallOptions,
    channel: Channel,
    messages: list[dict[str, Any]],
    extra: Mapping[str, Any],
) -> list[Result]:
    """Send up to 1000 messages in one request, resending THROTTLED ones; one result each.

    A result is the message's entry in the answer, the error that left it unsent or unknown,
    or None when the answer did not mention it.
    """
    results: list[Result] = [None] * len(messages)
    pending = list(range(len(messages)))
    throttle = options.throttle
    for round_number in range(throttle.attempts + 1):
        if round_number:
            await options.retry.sleep(throttle.delay)
        sent = [messages[i] for i in pending]
        payload = {**extra, "messages": sent}
        request = Request(
            method="POST", path=channel.path, operation_id=channel.operation_id, json=payload
        )
        try:
            reply = await transport.send(request, options)
        except ClickSendError as exc:
            for i in pending:
                results[i] = exc
            break
        throttled = []
        for i, entry in zip(pending, _match(reply.body, sent), strict=True):
            results[i] = entry
            if entry is not None and entry.get("status") == "THROTTLED":
                throttled.append(i)
        if not throttled:
            break
        pending = throttled
    return results


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


@frozen
class _Batch:
    start: int
    messages: list[dict[str, Any]]
    indices: list[int]
    refused: list[Outcome]


async def _chunks(messages: Messages, size: int) -> AsyncGenerator[list[Any], None]:
    """Read the input lazily, ``size`` messages at a time."""
    if isinstance(messages, AsyncIterable):
        chunk: list[Any] = []
        async for message in messages:
            chunk.append(message)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
    else:
        # A slice at a time: an async generator step per message would cost more than the check.
        iterator = iter(messages)
        while chunk := list(islice(iterator, size)):
            yield chunk


def _entry(message: object, *, sms: bool) -> dict[str, Any]:
    """Return a checked copy of one input message.

    Raises:
        ValidationError: the message is not a mapping or model, or does not pass the checks.

    """
    # Plain dicts, the common input, skip the general conversion (its Mapping check is slow).
    if type(message) is dict and "from_" not in message:
        entry = message.copy()
    else:
        entry = message_dict(message)
    body = entry.get("body")
    short = type(body) is str and len(body) <= _ALWAYS_FITS
    check_message(entry, sms=sms and not short)
    return entry


async def _batches(
    messages: Messages, run_id: str, channel: Channel, size: int
) -> AsyncGenerator[_Batch, None]:
    """Read the input lazily into batches, checking each message and giving it a custom_string."""
    index = 0
    sms = channel.sms_rules
    chunks = _chunks(messages, size)
    try:
        async for chunk in chunks:
            batch = _Batch(index, [], [], [])
            for message in chunk:
                try:
                    entry = _entry(message, sms=sms)
                except ValidationError as exc:
                    custom = message.get("custom_string") if isinstance(message, Mapping) else None
                    batch.refused.append(Rejected(index, INVALID, str(exc), custom))
                else:
                    if entry.get("custom_string") is None:
                        entry["custom_string"] = f"{run_id}-{index}"
                    batch.messages.append(entry)
                    batch.indices.append(index)
                index += 1
            yield batch
    finally:
        # Closed here rather than by the garbage collector, whose close would run as a task
        # left behind after a cancelled run.
        await chunks.aclose()


def new_run_id() -> str:
    """Return a short random id that prefixes a bulk run's generated custom_strings."""
    return "cs" + secrets.token_hex(6)


class _Tally:
    """Running counts of a bulk run, reported to the progress callback after each batch."""

    def __init__(self, on_progress: ProgressCallback | None) -> None:
        self._on_progress = on_progress
        self._loop = asyncio.get_running_loop()
        self._started = self._loop.time()
        self.sent = self.accepted = self.rejected = self.unknown = 0

    async def add(self, outcomes: list[Outcome]) -> None:
        if self._on_progress is None:
            return  # nobody reads the counts: skip a pass over every outcome
        for outcome in outcomes:
            if isinstance(outcome, Accepted):
                self.accepted += 1
            elif isinstance(outcome, Rejected):
                self.rejected += 1
            else:
                self.unknown += 1
        self.sent += len(outcomes)
        elapsed = max(self._loop.time() - self._started, 1e-9)
        progress = BulkProgress(
            self.sent, self.accepted, self.rejected, self.unknown, self.sent / elapsed
        )
        shown = self._on_progress(progress)
        if inspect.isawaitable(shown):
            await shown


class _Run:
    """The workers of one bulk run: each takes the next batch, sends it, hands over outcomes."""

    def __init__(
        self,
        *,
        transport: Transport,
        options: CallOptions,
        channel: Channel,
        batches: AsyncGenerator[_Batch, None],
        extra: Mapping[str, Any],
        run_id: str,
    ) -> None:
        self._transport = transport
        self._options = options
        self._channel = channel
        self._batches = batches
        self._extra = extra
        self._run_id = run_id
        self._reading = asyncio.Lock()
        self._counter = 0
        # One slot: a worker with outcomes waits for the consumer before reading more input,
        # so at most concurrency + 2 batches (in flight, handed over, being read) are held.
        self.done: asyncio.Queue[list[Outcome] | Exception | None] = asyncio.Queue(1)

    async def _next(self) -> tuple[_Batch | None, str]:
        async with self._reading:
            batch = await anext(self._batches, None)
            self._counter += 1
            return batch, f"{self._run_id}/{self._counter}"

    async def work(self) -> None:
        try:
            while True:
                batch, batch_id = await self._next()
                if batch is None:
                    break
                outcomes = list(batch.refused)
                if batch.messages:
                    results = await send_batch(
                        self._transport, self._options, self._channel, batch.messages, self._extra
                    )
                    outcomes.extend(
                        to_outcome(index, result, message, batch_id)
                        for index, result, message in zip(
                            batch.indices, results, batch.messages, strict=True
                        )
                    )
                await self.done.put(outcomes)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which re-raises
            # Cancellation is left to propagate: the consumer is the one cancelling.
            await self.done.put(exc)
        else:
            await self.done.put(None)


async def stream_outcomes(
    transport: Transport,
    options: CallOptions,
    channel: Channel,
    messages: Messages,
    *,
    extra: Mapping[str, Any],
    concurrency: int,
    on_progress: ProgressCallback | None,
    run_id: str,
    batch_size: int = MAX_MESSAGES_PER_REQUEST,
) -> AsyncGenerator[list[Outcome], None]:
    """Send messages in batches, ``concurrency`` requests at a time; yield each batch's outcomes.

    Raises:
        ValidationError: ``concurrency`` or ``batch_size`` is out of range.
        ClientClosedError: the client was closed.

    """
    if concurrency < 1:
        raise ValidationError("concurrency must be at least 1")
    if not 1 <= batch_size <= MAX_MESSAGES_PER_REQUEST:
        raise ValidationError(f"batch_size must be between 1 and {MAX_MESSAGES_PER_REQUEST}")
    transport.session()  # fail now, not in a worker, if the client is closed
    batches = _batches(messages, run_id, channel, batch_size)
    run = _Run(
        transport=transport,
        options=options,
        channel=channel,
        batches=batches,
        extra=extra,
        run_id=run_id,
    )
    tally = _Tally(on_progress)
    workers = [asyncio.create_task(run.work()) for _ in range(concurrency)]
    try:
        running = len(workers)
        while running:
            item = await run.done.get()
            if item is None:
                running -= 1
            elif isinstance(item, Exception):
                raise item
            else:
                await tally.add(item)
                yield item
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        await batches.aclose()


async def collect(stream: AsyncIterator[list[Outcome]], run_id: str) -> BulkReport:
    """Gather a stream's outcomes into a report in input order."""
    slots: list[Outcome | None] = []
    async for outcomes in stream:
        for outcome in outcomes:
            if outcome.index >= len(slots):
                slots.extend([None] * (outcome.index + 1 - len(slots)))
            slots[outcome.index] = outcome
    missing = [i for i, slot in enumerate(slots) if slot is None]
    if missing:  # pragma: no cover - would be a bug in the batching above
        raise AssertionError(f"no outcome for messages {missing[:10]}")
    return BulkReport.from_outcomes(run_id, [slot for slot in slots if slot is not None])
