"""Reading any iterable of messages lazily, checking each one, cutting batches of at most 1000."""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator, AsyncIterable, Callable, Iterable, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any

from attrs import frozen

from clicksend_async._bulk._compact import Same
from clicksend_async._bulk._outcomes import INVALID, Outcome, Rejected
from clicksend_async._bulk._plain import (
    ALWAYS_FITS,
    OwnCustoms,
    PlainMessages,
    own_custom,
    plain_columns,
)
from clicksend_async._errors import ValidationError
from clicksend_async._validation import check_message, message_dict, plain_message_ok

if TYPE_CHECKING:
    from collections.abc import Sequence

    from clicksend_async._identity import Identity

Messages = Iterable[Any] | AsyncIterable[Any]


def check_messages(messages: object, *, lazy: bool) -> None:
    """Refuse what is not a collection of messages (a lone dict or string would iterate oddly).

    Raises:
        ValidationError: ``messages`` is not an iterable (or, when ``lazy``, an async one).

    """
    kinds: tuple[type, ...] = (Iterable, AsyncIterable) if lazy else (Iterable,)
    if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, kinds):
        wanted = "an iterable or async iterable" if lazy else "an iterable"
        raise ValidationError(
            f"messages must be {wanted} of message dicts, got {type(messages).__name__}"
        )


def new_run_id() -> str:
    """Return a short random id that prefixes a bulk run's generated custom_strings."""
    return "cs" + secrets.token_hex(6)


@frozen
class Naming:
    """How a journaled run knows its messages: their identities, and the custom_strings it gives.

    ``identify`` is called on every input message in input order, before it is checked, and
    returns None for one that is not a message at all; ``custom`` names a message by identity.
    """

    identify: Callable[[object], Identity | None]
    custom: Callable[[Identity], str]


@frozen
class Batch:
    """Up to one request's worth of input: the checked messages, their indices, the refused.

    ``own[i]`` says whether message i's custom_string is one the library gave (and so unique
    in the run); ``identities`` is filled in journaled runs only. ``customs`` are the messages'
    custom_strings in order when the library gave every one of them. A batch of plain messages
    holds them as :class:`PlainMessages`, and its indices as a range.
    """

    start: int
    messages: list[dict[str, Any]] | PlainMessages
    indices: list[int] | range
    refused: list[Outcome]
    own: Sequence[bool]
    identities: Sequence[Identity | None]
    customs: OwnCustoms | None = None


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
    short = type(body) is str and len(body) <= ALWAYS_FITS
    check_message(entry, sms=sms and not short)
    return entry


def _cut(chunk: list[Any], start: int, run_id: str, *, sms: bool) -> Batch:
    """Check one chunk of input into a batch, in a run without a journal.

    A chunk of plain ``{to, body}`` dicts, the common input, is checked whole by
    :func:`plain_columns` and kept as columns. Any other goes message by message: plain dicts
    with a short body through the same checks one at a time, the rest through :func:`_entry`.
    """
    plain = plain_columns(chunk)
    if plain is not None:
        size = len(chunk)
        customs = OwnCustoms(run_id, start, size)
        columns = PlainMessages(*plain, customs)
        every = range(start, start + size)
        # One value held for each message, not a list of them: a batch's lists stay few.
        return Batch(start, columns, every, [], Same(True, size), Same(None, size), customs)  # noqa: FBT003
    messages: list[dict[str, Any]] = []
    indices: list[int] = []
    own: list[bool] = []
    refused: list[Outcome] = []
    for index, message in enumerate(chunk, start):
        if type(message) is dict and len(message) == 2:  # noqa: PLR2004 - to and body only
            to = message.get("to")
            body = message.get("body")
            if type(body) is str and len(body) <= ALWAYS_FITS and plain_message_ok(to, body):
                messages.append(
                    {"to": to, "body": body, "custom_string": own_custom(run_id, index)}
                )
                indices.append(index)
                own.append(True)
                continue
        try:
            entry = _entry(message, sms=sms)
        except ValidationError as exc:
            custom = message.get("custom_string") if isinstance(message, Mapping) else None
            refused.append(Rejected(index, INVALID, str(exc), custom))
        else:
            own.append(_name(entry, index, run_id, None, None))
            messages.append(entry)
            indices.append(index)
    return Batch(start, messages, indices, refused, own, Same(None, len(messages)))


async def batches(
    messages: Messages,
    run_id: str,
    *,
    sms_rules: bool,
    size: int,
    naming: Naming | None = None,
) -> AsyncGenerator[Batch, None]:
    """Read the input lazily into batches, checking each message and giving it a custom_string.

    A message without a ``custom_string`` gets ``<run id>-<index>``, or with ``naming`` the
    one its identity gives; one that fails the checks is refused as INVALID and never sent.
    """
    index = 0
    chunks = _chunks(messages, size)
    try:
        async for chunk in chunks:
            if naming is None:
                batch = _cut(chunk, index, run_id, sms=sms_rules)
                index += len(chunk)
                yield batch
                continue
            entries: list[dict[str, Any]] = []
            indices: list[int] = []
            owns: list[bool] = []
            identities: list[Identity | None] = []
            batch = Batch(index, entries, indices, [], owns, identities)
            for message in chunk:
                identity = naming.identify(message)
                try:
                    entry = _entry(message, sms=sms_rules)
                except ValidationError as exc:
                    custom = message.get("custom_string") if isinstance(message, Mapping) else None
                    batch.refused.append(Rejected(index, INVALID, str(exc), custom))
                else:
                    own = _name(entry, index, run_id, naming, identity)
                    entries.append(entry)
                    indices.append(index)
                    owns.append(own)
                    identities.append(identity)
                index += 1
            yield batch
    finally:
        # Closed here rather than by the garbage collector, whose close would run as a task
        # left behind after a cancelled run.
        await chunks.aclose()


def _name(
    entry: dict[str, Any], index: int, run_id: str, naming: Naming | None, identity: Identity | None
) -> bool:
    """Give ``entry`` the library's custom_string if it has none; return whether it did."""
    if naming is None:
        if entry.get("custom_string") is None:
            entry["custom_string"] = own_custom(run_id, index)
            return True
        return False
    # The identity treats an empty custom_string as none, and so does naming.
    if entry.get("custom_string") or identity is None:
        return False
    entry["custom_string"] = naming.custom(identity)
    return True
