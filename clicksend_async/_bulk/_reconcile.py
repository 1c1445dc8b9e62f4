"""The one lookup of sent messages in SMS history, for outcomes a failed request left unknown.

A message is sought by its ``custom_string`` and, where that alone does not name it, its
recipient (compared as digits, so ``+61 411 111 111`` and ``61411111111`` match) and body.
History is read from :data:`HISTORY_SLACK` seconds before the earliest moment a sought message
could have been sent, until every sought message is found or the whole window the service
reports has been read: a message is called never sent only after that, never on a listing
that ended short. A lookup that fails leaves the messages unknown; it never loses the report.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from attrs import frozen

from clicksend_async._bulk._outcomes import NOT_SENT, Accepted, Outcome, Rejected, Unknown
from clicksend_async._bulk._send import digits
from clicksend_async._errors import ClickSendError

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
# A message of a bulk run as history shows it: custom_string, then recipient digits and body,
# or None and None where the custom_string is the library's own and so names one message.
Key = tuple[str, str | None, str | None]


class History(Protocol):
    """A listing of sent SMS from a date on, such as ``cs.sms.history``."""

    def __call__(self, *, date_from: int, complete: bool) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over the SMS sent since ``date_from``; if ``complete``, all or raise."""
        ...


async def find_in_history(
    history: History, sought: Iterable[K], since: int
) -> dict[K, dict[str, Any]]:
    """Look messages up in SMS history; return the history entry found for each, by its key.

    ``since`` is the earliest time (Unix seconds, this machine's clock) any sought message
    could have been sent; history is read from :data:`HISTORY_SLACK` seconds before it, and
    stops as soon as every sought message is found. A key with an empty custom_string matches
    nothing: an entry without one must not pass for a sought message. A key missing from the
    answer was not in the whole window the service reported.

    Raises:
        ClickSendError: reading history failed, or it ended short of its reported total
            (:class:`PaginationError`).

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
            by_pair[custom, digits(recipient)] = key
    wanted = len(by_custom) + len(by_pair)
    found: dict[K, dict[str, Any]] = {}
    if not wanted:
        return found
    items = history(date_from=since - HISTORY_SLACK, complete=True)
    async with contextlib.aclosing(items):
        async for item in items:
            custom = str(item.get("custom_string") or "")
            for match in (by_custom.get(custom), by_pair.get((custom, digits(item.get("to"))))):
                if match is not None:
                    found.setdefault(match, item)
            # The rest of the history cannot change the answer: stop paging.
            if len(found) == wanted:
                break
    return found


def key_of(message: dict[str, Any], *, own: bool) -> Key:
    """Return how history shows ``message``; ``own``: its custom_string is the library's."""
    custom = str(message.get("custom_string") or "")
    if own:
        return custom, None, None
    return custom, digits(message.get("to")), str(message.get("body") or "")


@frozen
class Held:
    """A message whose outcome is not final yet: unknown, or refused in a way worth resending."""

    outcome: Outcome
    message: dict[str, Any]
    key: Key


async def _search(
    history: History, wanted: Counter[Key], since: int, claimed: set[str]
) -> tuple[dict[Key, list[dict[str, Any]]], ClickSendError | None]:
    """Find up to ``wanted[key]`` unclaimed history entries per key; return them and any error.

    An entry whose message_id is in ``claimed`` already belongs to a message of the run (one
    accepted with that id), so it cannot be another message's send.
    """
    by_custom: dict[str, list[Key]] = {}
    for key in wanted:
        by_custom.setdefault(key[0], []).append(key)
    remaining = sum(wanted.values())
    found: dict[Key, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    items = history(date_from=since - HISTORY_SLACK, complete=True)
    try:
        async with contextlib.aclosing(items):
            async for item in items:
                keys = by_custom.get(str(item.get("custom_string") or ""))
                message_id = str(item.get("message_id") or "")
                if not keys or (message_id and (message_id in claimed or message_id in seen)):
                    continue
                content = (digits(item.get("to")), str(item.get("body") or ""))
                for key in keys:
                    taken = found.setdefault(key, [])
                    if len(taken) < wanted[key] and (key[1] is None or key[1:] == content):
                        taken.append(item)
                        if message_id:
                            seen.add(message_id)
                        remaining -= 1
                        break
                # The rest of the history cannot change the answer: stop paging.
                if not remaining:
                    break
    except ClickSendError as exc:
        return found, exc
    return found, None


async def settle(
    history: History, held: list[Held], *, since: int, claimed: set[str]
) -> list[Held]:
    """Settle the unknown outcomes among ``held`` from SMS history; the others pass unchanged.

    A message found in history is accepted (with its id and price). One not found in the whole
    window is rejected as NOT_SENT: proven never applied, safe to resend. If history cannot be
    read to the end, messages not found stay unknown, their reason saying why.
    """
    wanted = Counter(item.key for item in held if isinstance(item.outcome, Unknown))
    if not wanted:
        return held
    found, error = await _search(history, wanted, since, claimed)
    settled: list[Held] = []
    for item in held:
        outcome = item.outcome
        if isinstance(outcome, Unknown):
            outcome = _settled(outcome, found.get(item.key), error, claimed)
        settled.append(Held(outcome, item.message, item.key))
    return settled


def _settled(
    outcome: Unknown,
    entries: list[dict[str, Any]] | None,
    error: ClickSendError | None,
    claimed: set[str],
) -> Outcome:
    custom = outcome.custom_string
    if entries:
        entry = entries.pop(0)
        message_id = entry.get("message_id")
        if message_id:
            claimed.add(str(message_id))
        price = entry.get("message_price")
        return Accepted(outcome.index, message_id, None if price is None else str(price), custom)
    if error is None:
        reason = "not in SMS history after an ambiguous failure: never sent"
        return Rejected(outcome.index, NOT_SENT, reason, custom)
    reason = f"{outcome.reason}; SMS history could not settle it: {error}"
    return Unknown(outcome.index, outcome.batch_id, reason, custom)
