"""Sending and pricing SMS, MMS, voice, fax and post: checks, prices, credit and throttling."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from clicksend_async._segments import count_segments, message_cost
from clicksend_async._validation import country_of_number, is_phone_number, is_sender
from clicksend_async.sandbox._handlers.pricing import countries
from clicksend_async.sandbox._responses import CURRENCY, ApiError, envelope, json_response
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import Record

MAX_MESSAGES: Final = 1000
VOICE_CHARS_PER_PART: Final = 300
VOICES: Final = frozenset({"male", "female"})


@attrs.frozen
class Channel:
    """How one kind of message is sent, priced and listed."""

    name: str
    items_key: str  # "messages" or "recipients"
    unit_price: float  # per part (SMS, voice) or per item; SMS parts use the country's rate
    history: str  # operation id of the history listing
    needs_body: bool = True
    needs_file: bool = False
    address: bool = False


SMS = Channel("sms", "messages", 0.0, "view_sms_history")
MMS = Channel("mms", "messages", 0.2607, "view_mms_history")
VOICE = Channel("voice", "messages", 0.0891, "view_voice_history")
FAX = Channel("fax", "messages", 0.1980, "view_fax_history", needs_body=False, needs_file=True)
LETTER = Channel(
    "letter",
    "recipients",
    1.4960,
    "view_letter_history",
    needs_body=False,
    needs_file=True,
    address=True,
)
POSTCARD = Channel(
    "postcard",
    "recipients",
    1.9800,
    "view_postcard_history",
    needs_body=False,
    needs_file=False,
    address=True,
)
EMAIL_CHANNEL = Channel("email", "to", 0.0100, "view_email_history", needs_body=True)
CHANNELS = {c.name: c for c in (SMS, MMS, VOICE, FAX, LETTER, POSTCARD, EMAIL_CHANNEL)}
# Send and price operation ids of each channel that sends through ``sender``.
SENDS: Final = {
    "sms": ("send_sms", "calculate_sms_price"),
    "mms": ("send_mms", "calculate_mms_price"),
    "voice": ("send_voice_message", "calculate_voice_price"),
    "fax": ("send_fax", "calculate_fax_price"),
    "letter": ("send_letter", "calculate_letter_price"),
    "postcard": ("send_postcard", "calculate_postcard_price"),
}


def country_of(number: str, given: Any) -> str:  # noqa: ANN401
    """Return the ISO country of a recipient: the one given, else from the number's prefix."""
    if isinstance(given, str) and len(given) == 2:  # noqa: PLR2004
        return given.upper()
    # A number without a known calling code is taken as national, in the account's country.
    return (country_of_number(number) if number.startswith("+") else None) or "AU"


def schedule_of(value: Any, now: float) -> tuple[bool, int | None]:  # noqa: ANN401
    """Return (valid, unix time or None for "now")."""
    if value in (None, "", 0, "0"):
        return True, None
    if isinstance(value, bool):
        return False, None
    if isinstance(value, (int, float)):
        stamp = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        stamp = int(value.strip())
    else:
        return False, None
    if stamp < 0:
        return False, None
    return True, stamp if stamp > now else None


def _sender_valid(sender: Any) -> bool:  # noqa: ANN401
    if sender in (None, ""):
        return True
    return is_sender(sender, lenient=True)


def _expand(ctx: Context, items: list[Any]) -> list[dict[str, Any]]:
    """Replace each item naming a ``list_id`` by one item per contact of that list."""
    out: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            out.append({})
            continue
        list_id = item.get("list_id")
        if list_id in (None, ""):
            out.append(item)
            continue
        contacts = ctx.account.store.get(f"/lists/{list_id}/contacts", {})
        out.extend(
            {**item, "to": c.get("phone_number"), "contact_id": c.get("contact_id")}
            for c in contacts.values()
        )
    return out


def _price(channel: Channel, ctx: Context, item: dict[str, Any], country: str) -> tuple[int, float]:
    """Return (parts, price) of one message."""
    settings = ctx.state.settings
    if channel is SMS:
        body = item.get("body") or ""
        rate = settings.rates.get(country, settings.default_rate)
        return count_segments(body).parts, message_cost(body, rate)
    if channel is VOICE:
        parts = max(1, -(-len(item.get("body") or "") // VOICE_CHARS_PER_PART))
        return parts, parts * channel.unit_price
    return 1, channel.unit_price


def _recipient_status(channel: Channel, item: dict[str, Any]) -> str:
    """Return the status a message's body, recipient and sender give it."""
    body = item.get("body")
    if channel.needs_body and (not isinstance(body, str) or not body.strip()):
        return "EMPTY_MESSAGE"
    if channel.address:
        if not item.get("address_line_1") or not item.get("address_name"):
            return "INVALID_RECIPIENT"
    elif not is_phone_number(item.get("to"), lenient=True):
        return "INVALID_RECIPIENT"
    if not _sender_valid(item.get("from")):
        return "INVALID_SENDER_ID"
    return "SUCCESS"


def _check(channel: Channel, item: dict[str, Any], now: float) -> tuple[str, int | None]:
    """Return (status, schedule) of one message before credit and throttling are considered."""
    status = _recipient_status(channel, item)
    if status == "SUCCESS" and channel is MMS and not item.get("subject"):
        status = "SUBJECT_REQUIRED"
    if status == "SUCCESS" and channel is VOICE and item.get("voice") not in (None, "", *VOICES):
        status = "INVALID_VOICE"
    if status != "SUCCESS":
        return status, None
    valid, schedule = schedule_of(item.get("schedule"), now)
    return ("SUCCESS", schedule) if valid else ("INVALID_SCHEDULE", None)


class _Send:
    """The messages of one send or price request, checked, priced and (if committed) accepted.

    Kept lean: ``add`` runs a thousand times per request at full speed.
    """

    def __init__(self, ctx: Context, channel: Channel, *, commit: bool) -> None:
        self.ctx = ctx
        self.channel = channel
        self.commit = commit
        self.account = ctx.account
        self.window = ctx.state.settings.throttle_window
        self.messages = ctx.account.channel(channel.name) if commit else {}
        self.now = ctx.state.now()
        self.stamp = int(self.now)
        body = ctx.body
        self.shared = (
            {k: v for k, v in body.items() if not isinstance(v, (list, dict))}
            if isinstance(body, dict)
            else {}
        )
        self.records: list[Record] = []
        self.total = 0.0
        self.queued = 0

    def add(self, item: dict[str, Any]) -> None:
        """Check, price and record one message; accept it if it passes and the send commits."""
        channel = self.channel
        status, schedule = _check(channel, item, self.now)
        to = item.get("to") if not channel.address else item.get("address_name")
        to = to if isinstance(to, str) else ""
        body = item.get("body") if isinstance(item.get("body"), str) else ""
        country = country_of(to, item.get("country") or item.get("address_country"))
        parts, price = _price(channel, self.ctx, item, country) if status == "SUCCESS" else (0, 0.0)
        throttle_key = (to, str(body))
        status = self._limited(status, throttle_key, price)
        record = self._record(item, status, schedule, (parts, price, country))
        self.records.append(record)
        if status != "SUCCESS":
            return
        self.total += price
        self.queued += 1
        if self.commit:
            custom = str(item.get("custom_string") or "")
            self._accept(record, throttle_key, custom, schedule)

    def _limited(self, status: str, throttle_key: tuple[str, str], price: float) -> str:
        """Return THROTTLED or INSUFFICIENT_CREDIT for a message that passed its checks."""
        if status != "SUCCESS":
            return status
        if self.ctx.throttled:
            return "THROTTLED"
        window = self.window
        if window and self.now - self.account.last_sent.get(throttle_key, -1e18) < window:
            return "THROTTLED"
        if self.account.balance < price - 1e-9:
            return "INSUFFICIENT_CREDIT"
        return status

    def _record(
        self,
        item: dict[str, Any],
        status: str,
        schedule: int | None,
        priced: tuple[int, float, str],
    ) -> Record:
        parts, price, country = priced
        stamp = self.stamp
        user_id = self.account.user_id
        record: Record = {**self.shared, **item}
        record["message_id"] = self.ctx.state.new_message_id()
        record["direction"] = "out"
        record["date"] = stamp
        record["date_added"] = stamp
        record["schedule"] = schedule if schedule is not None else stamp
        record["message_parts"] = parts
        record["message_pages"] = parts
        record["message_price"] = price
        record["post_price"] = price
        record["country"] = country
        record["user_id"] = user_id
        record["subaccount_id"] = user_id
        record["is_shared_system_number"] = False
        record["carrier"] = ""
        record["status"] = status
        return record

    def _accept(
        self, record: Record, throttle_key: tuple[str, str], custom: str, schedule: int | None
    ) -> None:
        state = self.ctx.state
        counters = state.counters
        self.account.balance -= record["message_price"]
        self.account.last_sent[throttle_key] = self.now
        counters.messages_accepted += 1
        to, body = throttle_key
        key = (body, to, custom)
        counters.sent_keys[key] += 1
        if counters.sent_keys[key] > 1:
            counters.duplicates += 1
        stored = dict(record)
        stored["status"] = "Scheduled" if schedule is not None else "Completed"
        stored["_send_at"] = schedule
        self.messages[record["message_id"]] = stored
        state.schedule_receipt(self.account, self.channel.name, stored)


def process(ctx: Context, channel: Channel, items: list[Any], *, commit: bool) -> dict[str, Any]:
    """Validate, price and (when ``commit``) accept every message of a send.

    Returns the record of each message (status included) and the totals.
    """
    expanded = _expand(ctx, items)
    if len(expanded) > MAX_MESSAGES:
        raise ApiError(
            400,
            f"At most {MAX_MESSAGES} messages per request.",
            code="TOO_MANY_RECIPIENTS",
            data={channel.items_key: f"At most {MAX_MESSAGES} recipients."},
        )
    send = _Send(ctx, channel, commit=commit)
    for item in expanded:
        send.add(item)
    return {"records": send.records, "total_price": round(send.total, 4), "queued": send.queued}


def _items(ctx: Context, channel: Channel) -> list[Any]:
    items = ctx.field(channel.items_key)
    if not isinstance(items, list):
        raise ApiError(
            400,
            "Invalid input.",
            data={channel.items_key: f"The {channel.items_key} field is required."},
        )
    if channel.needs_file and not ctx.field("file_url"):
        raise ApiError(400, "Invalid input.", data={"file_url": "The file_url field is required."})
    return items


def _answer(
    ctx: Context, channel: Channel, result: dict[str, Any], *, price_only: bool
) -> web.Response:
    """Answer a send or a price, rendered to the operation's declared shape.

    Checked against ClickSend's examples for ``send-sms`` and ``calculate-sms-price``: the same
    fields, with two differences kept on purpose. Each message's ``date`` is an integer, which
    our description allows (string or integer: the send example writes Unix time as a digit
    string, the history example as a number). The price summary's ``countries`` follows the
    declared array rather than the example's object keyed by country (see ``pricing``).
    """
    data = ctx.shape.data if isinstance(ctx.shape.data, dict) else {}
    key = channel.items_key if channel.items_key in data else next(iter(ctx.shape.nested), None)
    item_template = ctx.shape.nested.get(key or "", {})
    out = dict(data)
    if key is not None:
        out[key] = [render(item_template, r) for r in result["records"]]
    records = result["records"]
    out.update(
        total_price=result["total_price"],
        total_count=len(records),
        queued_count=result["queued"],
        blocked_count=0,
        total_cost=result["total_price"],
    )
    if "_currency" in out:
        out["_currency"] = CURRENCY
    out = render(data, out) if data else out
    summary = out.get("_summary")
    if isinstance(summary, dict):
        summary["countries"] = countries(records)
    code = "SUCCESS"
    if records and not result["queued"]:
        statuses = {r["status"] for r in records}
        code = statuses.pop() if len(statuses) == 1 else "SUCCESS"
    message = (
        "Here are some messages with price." if price_only else "Messages queued for delivery."
    )
    return json_response(200, envelope(200, code, message, out))


def sender(channel: Channel, *, price_only: bool) -> Handler:
    """Return the handler of a send (or price) operation of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        items = _items(ctx, channel)
        result = process(ctx, channel, items, commit=not price_only)
        return _answer(ctx, channel, result, price_only=price_only)

    return handle


def handlers() -> dict[str, Handler]:
    """Return the send and price handlers of every channel but email, by operation id."""
    table: dict[str, Handler] = {}
    for name, (send, price) in SENDS.items():
        table[send] = sender(CHANNELS[name], price_only=False)
        table[price] = sender(CHANNELS[name], price_only=True)
    return table
