"""One request of messages: built by the channel's generated send module, THROTTLED ones resent.

The bulk path hands checked dicts to the generated ``build_request`` as a :class:`JsonBody` and
reads the answer's message dicts directly: building models per message would cost more CPU than
the request itself.
"""

from __future__ import annotations

from collections import Counter
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from attrs import frozen

from clicksend_async._bulk._batches import check_messages, new_run_id
from clicksend_async._bulk._compact import Lines, Same
from clicksend_async._bulk._outcomes import (
    Accepted,
    BulkReport,
    Rejected,
    Result,
    Unknown,
    price_text,
    to_outcome,
)
from clicksend_async._bulk._plain import OwnCustoms, PlainMessages
from clicksend_async._call import JsonBody, OperationModule, Seam, WrittenBody, call_for_body
from clicksend_async._errors import ClickSendError, OutcomeUnknownError, ValidationError
from clicksend_async._json import JsonText
from clicksend_async._validation import MAX_MESSAGES_PER_REQUEST, check_message, message_dict

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence


@frozen
class Channel:
    """One kind of message: the generated operation that sends it, and whether SMS rules apply.

    ``sms_rules`` holds bodies to SMS limits (parts, sender IDs); MMS and voice bodies are
    checked only for being non-empty text.
    """

    operation: OperationModule[object]
    sms_rules: bool


def digits(number: object) -> str:
    """Return a phone number's digits, so ``+61 411 111 111`` and ``61411111111`` compare equal."""
    return "".join(ch for ch in str(number or "") if ch.isdigit())


def _content(message: dict[str, Any]) -> tuple[str, str]:
    return digits(message.get("to")), str(message.get("body") or "")


def _match(body: Any, sent: Sequence[dict[str, Any]]) -> list[dict[str, Any] | None]:  # noqa: ANN401
    """Pair each sent message with its entry in the answer by identity, never by position.

    A message's custom_string names it. Where several messages of a request share one (the
    caller's own, repeated), they are told apart by recipient and body, the n-th such message
    taking the n-th such entry: messages alike in all three are interchangeable, so which of
    them takes which entry changes nothing. Refusing repeated custom_strings instead would
    refuse a common use (one tag for a whole campaign). A message with no entry, or with more
    entries than messages could own, is left None: unknown, never guessed.
    """
    data = body.get("data") if isinstance(body, dict) else None
    answered = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(answered, list):
        return [None] * len(sent)
    in_order = _match_in_order(answered, sent)
    if in_order is not None:
        return in_order
    quick = _match_unique(answered, sent)
    if quick is not None:
        return quick
    results: list[dict[str, Any] | None] = [None] * len(sent)
    by_custom: dict[str, list[dict[str, Any]]] = {}
    for entry in answered:
        if isinstance(entry, dict):
            by_custom.setdefault(str(entry.get("custom_string") or ""), []).append(entry)
    groups: dict[str, list[int]] = {}
    for i, message in enumerate(sent):
        groups.setdefault(str(message.get("custom_string") or ""), []).append(i)
    for custom, members in groups.items():
        entries = by_custom.get(custom, [])
        if len(members) == 1:
            if len(entries) == 1:
                results[members[0]] = entries[0]
        else:
            _match_alike(sent, members, entries, results)
    return results


def _match_in_order(
    answered: list[Any], sent: Sequence[dict[str, Any]]
) -> list[dict[str, Any] | None] | None:
    """Match the common answer: one entry per message, in the order sent, custom_strings unique.

    The whole batch is compared at once, a column at a time, with no Python step per message.
    Anything else (an entry that is not a dict, another order, a repeated, empty or missing
    custom_string) leaves it to the other matchings: None.
    """
    try:
        customs = list(map(dict.get, sent, repeat("custom_string")))
        said = list(map(dict.get, answered, repeat("custom_string")))
    except TypeError:
        return None
    if customs != said:
        return None
    unique = set(customs)
    if len(unique) != len(customs) or "" in unique or set(map(type, unique)) != {str}:
        return None
    return list(answered)


def _match_unique(
    answered: list[Any], sent: Sequence[dict[str, Any]]
) -> list[dict[str, Any] | None] | None:
    """Match by custom_string alone when every sent one and every answered one is unique.

    The common case (the library's own custom_strings), in a few passes over the lists. Any
    repetition, a custom_string that is not a non-empty string, or an entry that is not a dict
    leaves it to the general matching: None.
    """
    try:
        by_custom = {entry["custom_string"]: entry for entry in answered}
        customs = [message["custom_string"] for message in sent]
    except (KeyError, TypeError):
        return None
    if (
        len(by_custom) != len(answered)
        or len(set(customs)) != len(customs)
        or "" in by_custom
        or not all(type(custom) is str for custom in by_custom)
        or not all(type(custom) is str and custom for custom in customs)
    ):
        return None
    return [by_custom.get(custom) for custom in customs]


def _match_alike(
    sent: Sequence[dict[str, Any]],
    members: list[int],
    entries: list[dict[str, Any]],
    results: list[dict[str, Any] | None],
) -> None:
    """Match messages sharing a custom_string by recipient and body, in order of occurrence."""
    pools: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for entry in entries:
        pools.setdefault(_content(entry), []).append(entry)
    owners = Counter(_content(sent[i]) for i in members)
    for key, pool in pools.items():
        if len(pool) > owners[key]:
            pool.clear()  # more entries than messages: which one is spurious is unknowable
    for i in members:
        found = pools.get(_content(sent[i]))
        if found:
            results[i] = found.pop(0)


class AllAccepted(NamedTuple):
    """The common answer to a batch: every message accepted, its id and price, in order.

    The ids are held as one :class:`Lines` text when they are strings without line breaks, and
    the prices as one :class:`Same` when all are one string, as they usually are.
    """

    ids: Sequence[str | None]
    prices: Sequence[str | None]


# The fields of an accepted message's entry read as columns: whether it was accepted, whose it
# is, and what its outcome holds.
_COLUMNS = ("status", "custom_string", "message_id", "message_price")


def _getters(entry: dict[str, Any]) -> list[itemgetter[Any]]:
    """Return a getter of each of ``_COLUMNS``, looking up by the answer's own key objects.

    A JSON decoder gives every entry of an answer the same key objects (orjson keeps a cache of
    them, the standard library's decoder reuses them within a document). A lookup by the very
    object an entry holds matches at once; one by an equal string compares the characters,
    which over a thousand entries and four fields is much of reading the answer.
    """
    own = {key: key for key in entry}
    return [itemgetter(own.get(name, name)) for name in _COLUMNS]


def _all_accepted(body: Any, customs: OwnCustoms) -> AllAccepted | None:  # noqa: ANN401
    """Read an answer a column at a time if it accepts every message, in the order sent.

    ``customs`` are the library's own custom_strings of the messages sent, unique in the run,
    so an entry bearing the one of the message at its position is that message's. They are
    compared joined one to a line: none of ours holds a line break, so equal texts mean equal
    lists. Anything else (an entry missing, out of order, not SUCCESS, lacking a field) is
    None: matched one by one.
    """
    data = body.get("data") if isinstance(body, dict) else None
    answered = data.get("messages") if isinstance(data, dict) else None
    if type(answered) is not list or len(answered) != len(customs) or not customs:
        return None
    try:
        status, custom, message_id, price = _getters(answered[0])
        statuses = list(map(status, answered))
        if (
            statuses.count("SUCCESS") != len(statuses)
            or "\n".join(map(custom, answered)) != customs.joined()
        ):
            return None
        ids = Lines.of(answered, message_id)
        prices = list(map(price, answered))
    except (KeyError, TypeError, IndexError):  # not a dict, a field missing, not a string
        return None
    held = Same.of(prices)
    if isinstance(held, Same) and type(held.value) is str:
        return AllAccepted(ids, held)  # each equal to one string, so each a string
    try:
        "".join(prices)
    except TypeError:  # a number or null: as the one-by-one path reads it
        return AllAccepted(ids, Same.of([price_text(price) for price in prices]))
    return AllAccepted(ids, prices)


async def send_batch(
    seam: Seam,
    channel: Channel,
    messages: list[dict[str, Any]],
    extra: Mapping[str, Any],
) -> list[Result]:
    """Send up to 1000 messages in one request, resending THROTTLED ones; one result each.

    ``extra`` holds the request's fields beside ``messages`` (MMS's ``media_file``). A result
    is the message's entry in the answer, the error that left it unsent or unknown, or None
    when the answer did not mention it.
    """
    results = await send_columns(seam, channel, messages, extra, None)
    assert not isinstance(results, AllAccepted)  # noqa: S101 - only read with customs
    return results


async def send_columns(
    seam: Seam,
    channel: Channel,
    messages: Sequence[dict[str, Any]],
    extra: Mapping[str, Any],
    customs: OwnCustoms | None,
) -> list[Result] | AllAccepted:
    """Send as :func:`send_batch` does, reading the common answer at once if it can.

    With the library's own ``customs`` of the messages, an answer accepting every one of them
    is read as columns, with no step per message. A batch of :class:`PlainMessages` is first
    sent as the text joined from its columns, when it can be.
    """
    # Made when a round does not settle the batch at once: the common request needs neither.
    results: list[Result] = []
    pending: Sequence[int] = range(len(messages))
    throttle = seam.options.throttle
    for round_number in range(throttle.attempts + 1):
        if round_number:
            await seam.options.retry.sleep(throttle.delay)
        sent = [messages[i] for i in pending] if round_number else messages
        written = None
        if not round_number and not extra and type(messages) is PlainMessages:
            written = messages.request_body()
        try:
            body = await call_for_body(
                seam,
                channel.operation,
                body=JsonBody({**extra, "messages": sent if type(sent) is list else list(sent)})
                if written is None
                else WrittenBody(JsonText(written)),
            )
        except ClickSendError as exc:
            results = results or [None] * len(messages)
            for i in pending:
                results[i] = exc
            break
        if not round_number and customs is not None:
            accepted = _all_accepted(body, customs)
            if accepted is not None:
                return accepted
        matched = _match(body, sent)
        if not round_number and not _any_throttled(matched):
            return cast("list[Result]", matched)  # the common answer: every entry final
        results = results or [None] * len(messages)
        pending = _throttled(pending, matched, results)
        if not pending:
            break
    return results


def _throttled(
    pending: Sequence[int], matched: list[dict[str, Any] | None], results: list[Result]
) -> list[int]:
    """Put a round's entries in ``results``; return the messages to resend, THROTTLED."""
    throttled = []
    for i, entry in zip(pending, matched, strict=True):
        results[i] = entry
        if entry is not None and entry.get("status") == "THROTTLED":
            throttled.append(i)
    return throttled


def _any_throttled(matched: list[dict[str, Any] | None]) -> bool:
    """Whether an entry says THROTTLED (or a message has none, so to be safe: True)."""
    try:
        return "THROTTLED" in map(dict.get, matched, repeat("status"))  # type: ignore[arg-type]
    except TypeError:
        return True


async def send_one(
    seam: Seam, channel: Channel, message: dict[str, Any], extra: Mapping[str, Any]
) -> Accepted | Rejected:
    """Check and send one message; return its outcome.

    Raises:
        ValidationError: the message does not pass the checks; nothing was sent.
        ClickSendError: the request failed as a whole (status, connection, unknown outcome).
        OutcomeUnknownError: the answer does not say what became of the message (no entry
            for it, or a status outside ClickSend's list): it may have been sent.

    """
    check_message(message, sms=channel.sms_rules)
    (result,) = await send_batch(seam, channel, [message], extra)
    if isinstance(result, ClickSendError):
        raise result
    outcome = to_outcome(0, result, message, "")
    if isinstance(outcome, Unknown):
        request = channel.operation.build_request(body=JsonBody({**extra, "messages": [message]}))
        raise OutcomeUnknownError(request, outcome.reason)
    return outcome


async def send_many(
    seam: Seam, channel: Channel, messages: Iterable[Any], extra: Mapping[str, Any]
) -> BulkReport:
    """Check up to 1000 messages and send them in one request; one outcome each.

    Raises:
        ValidationError: ``messages`` is not an iterable, a message is invalid, or there are
            none or more than 1000; nothing was sent.
        ClickSendError: the request failed for every message.

    """
    check_messages(messages, lazy=False)
    entries = [message_dict(message) for message in messages]
    if not entries:
        raise ValidationError("no messages to send")
    if len(entries) > MAX_MESSAGES_PER_REQUEST:
        raise ValidationError(
            f"{len(entries)} messages in one request; at most {MAX_MESSAGES_PER_REQUEST} "
            "(use send_bulk for more)"
        )
    for entry in entries:
        check_message(entry, sms=channel.sms_rules)
    results = await send_batch(seam, channel, entries, extra)
    errors = [result for result in results if isinstance(result, ClickSendError)]
    if len(errors) == len(results):
        raise errors[0]
    run_id = new_run_id()
    return BulkReport.from_outcomes(
        run_id,
        [
            to_outcome(index, result, entry, run_id)
            for index, (result, entry) in enumerate(zip(results, entries, strict=True))
        ],
    )
