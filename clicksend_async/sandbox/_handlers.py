"""Operations with behaviour beyond the generic store: sends, prices, history, receipts, inbound."""

from __future__ import annotations

import csv
import io
import re
import time
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async._segments import count_segments, message_cost
from clicksend_async._validation import country_of_number, is_phone_number, is_sender
from clicksend_async.sandbox._push import payload
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from aiohttp import web

    from clicksend_async.sandbox._app import Context
    from clicksend_async.sandbox._state import AccountState, Record

MAX_MESSAGES = 1000
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CURRENCY = {
    "currency_name_short": "AUD",
    "currency_prefix_d": "$",
    "currency_prefix_c": "c",
    "currency_name_long": "Australian Dollars",
    "min_recharge_amount": "20.00",
    "max_recharge_amount": "10000.00",
}
VOICE_CHARS_PER_PART = 300
VOICES = frozenset({"male", "female"})


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


def country_of(number: str, given: Any) -> str:  # noqa: ANN401
    """Return the ISO country of a recipient: the one given, else from the number's prefix."""
    if isinstance(given, str) and len(given) == 2:  # noqa: PLR2004
        return given.upper()
    # A number without a known calling code is taken as national, in the account's country.
    return (country_of_number(number) if number.startswith("+") else None) or "AU"


def _schedule_of(value: Any, now: float) -> tuple[bool, int | None]:  # noqa: ANN401
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


def _check(channel: Channel, item: dict[str, Any], now: float) -> tuple[str, int | None]:  # noqa: PLR0911
    """Return (status, schedule) of one message before credit and throttling are considered."""
    body = item.get("body")
    if channel.needs_body and (not isinstance(body, str) or not body.strip()):
        return "EMPTY_MESSAGE", None
    if channel.address:
        if not item.get("address_line_1") or not item.get("address_name"):
            return "INVALID_RECIPIENT", None
    else:
        to = item.get("to")
        if not is_phone_number(to, lenient=True):
            return "INVALID_RECIPIENT", None
    if not _sender_valid(item.get("from")):
        return "INVALID_SENDER_ID", None
    if channel is MMS and not item.get("subject"):
        return "SUBJECT_REQUIRED", None
    if channel is VOICE and item.get("voice") not in (None, "", *VOICES):
        return "INVALID_VOICE", None
    valid, schedule = _schedule_of(item.get("schedule"), now)
    if not valid:
        return "INVALID_SCHEDULE", None
    return "SUCCESS", schedule


def process(ctx: Context, channel: Channel, items: list[Any], *, commit: bool) -> dict[str, Any]:  # noqa: PLR0915
    """Validate, price and (when ``commit``) accept every message of a send.

    Returns the record of each message (status included) and the totals. Kept lean: this loop
    runs a thousand times per request at full speed.
    """
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    expanded = _expand(ctx, items)
    if len(expanded) > MAX_MESSAGES:
        raise ApiError(
            400,
            f"At most {MAX_MESSAGES} messages per request.",
            code="TOO_MANY_RECIPIENTS",
            data={channel.items_key: f"At most {MAX_MESSAGES} recipients."},
        )
    state = ctx.state
    account = ctx.account
    settings = state.settings
    counters = state.counters
    window = settings.throttle_window
    last_sent = account.last_sent
    messages = account.channel(channel.name) if commit else {}
    now = time.time()
    stamp = int(now)
    shared = (
        {k: v for k, v in ctx.body.items() if not isinstance(v, (list, dict))}
        if isinstance(ctx.body, dict)
        else {}
    )
    records: list[Record] = []
    total = 0.0
    queued = 0
    for item in expanded:
        status, schedule = _check(channel, item, now)
        record: Record = {**shared, **item}
        to = item.get("to") if not channel.address else item.get("address_name")
        to = to if isinstance(to, str) else ""
        body = item.get("body") if isinstance(item.get("body"), str) else ""
        country = country_of(to, item.get("country") or item.get("address_country"))
        parts, price = _price(channel, ctx, item, country) if status == "SUCCESS" else (0, 0.0)
        throttle_key = (to, str(body))
        if status == "SUCCESS" and window and now - last_sent.get(throttle_key, -1e18) < window:
            status = "THROTTLED"
        if status == "SUCCESS" and account.balance < price - 1e-9:
            status = "INSUFFICIENT_CREDIT"
        message_id = state.new_message_id()
        record["message_id"] = message_id
        record["direction"] = "out"
        record["date"] = stamp
        record["date_added"] = stamp
        record["schedule"] = schedule if schedule is not None else stamp
        record["message_parts"] = parts
        record["message_pages"] = parts
        record["message_price"] = price
        record["post_price"] = price
        record["country"] = country
        record["user_id"] = account.user_id
        record["subaccount_id"] = account.user_id
        record["is_shared_system_number"] = False
        record["carrier"] = ""
        record["status"] = status
        records.append(record)
        if status != "SUCCESS":
            continue
        total += price
        queued += 1
        if not commit:
            continue
        account.balance -= price
        last_sent[throttle_key] = now
        counters.messages_accepted += 1
        key = (str(body), to, str(item.get("custom_string") or ""))
        counters.sent_keys[key] += 1
        if counters.sent_keys[key] > 1:
            counters.duplicates += 1
        stored = dict(record)
        stored["status"] = "Scheduled" if schedule is not None else "Completed"
        stored["_send_at"] = schedule
        messages[message_id] = stored
        state.schedule_receipt(account, channel.name, stored)
    return {"records": records, "total_price": round(total, 4), "queued": queued}


def _items(ctx: Context, channel: Channel) -> list[Any]:
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

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
    if records and not result["queued"]:
        statuses = {r["status"] for r in records}
        code = statuses.pop() if len(statuses) == 1 else "SUCCESS"
    else:
        code = "SUCCESS"
    message = (
        "Here are some messages with price." if price_only else "Messages queued for delivery."
    )
    from clicksend_async.sandbox._app import envelope, json_response  # noqa: PLC0415 - cycle

    return json_response(200, envelope(200, code, message, out))


def sender(
    channel: Channel, *, price_only: bool
) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler of a send (or price) operation of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        items = _items(ctx, channel)
        result = process(ctx, channel, items, commit=not price_only)
        return _answer(ctx, channel, result, price_only=price_only)

    return handle


async def send_email(ctx: Context) -> web.StreamResponse:
    """Send (or price) one transactional email to its ``to`` addresses."""
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    to = ctx.field("to")
    if not isinstance(to, list) or not to:
        raise ApiError(400, "Invalid input.", data={"to": "The to field is required."})
    if not ctx.field("subject"):
        raise ApiError(400, "Invalid input.", data={"subject": "The subject field is required."})
    body = ctx.field("body")
    if not isinstance(body, str) or not body.strip():
        raise ApiError(
            400,
            "Invalid input.",
            code="EMPTY_MESSAGE",
            data={"body": "The body field is required."},
        )
    price = EMAIL_CHANNEL.unit_price * len(to)
    account = ctx.account
    if account.balance < price:
        raise ApiError(400, "Not enough credit.", code="INSUFFICIENT_CREDIT")
    now = int(time.time())
    valid, schedule = _schedule_of(ctx.field("schedule"), now)
    if not valid:
        raise ApiError(400, "Invalid schedule.", code="INVALID_SCHEDULE")
    message_id = ctx.state.new_message_id()
    sender_field = ctx.field("from") if isinstance(ctx.field("from"), dict) else {}
    record: Record = {
        **{k: v for k, v in ctx.body.items() if k != "from"},
        "message_id": message_id,
        "from_email_address_id": sender_field.get("email_address_id"),
        "from_name": sender_field.get("name"),
        "date_added": now,
        "date": now,
        "schedule": schedule or now,
        "price": price,
        "status": "Queued",
        "status_text": "Accepted for delivery",
        "user_id": account.user_id,
        "subaccount_id": account.user_id,
        "_send_at": schedule,
        "_currency": CURRENCY,
    }
    if ctx.operation.operation_id == "send_email":
        account.balance -= price
        ctx.state.counters.messages_accepted += 1
        account.channel("email")[message_id] = record
        ctx.state.schedule_receipt(account, "email", record)
        return ctx.ok(
            render(ctx.shape.data, record, ctx.shape.nested), "Email queued for delivery."
        )
    from clicksend_async.sandbox._app import page  # noqa: PLC0415 - cycle

    item = ctx.shape.item if isinstance(ctx.shape.item, dict) else {}
    return ctx.ok(page(ctx, [record], item), "Here is the price.")


def history(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler listing the messages of ``channel`` (newest last)."""

    async def handle(ctx: Context) -> web.StreamResponse:
        from clicksend_async.sandbox._app import page  # noqa: PLC0415 - cycle

        records = list(ctx.account.channel(channel).values())
        item = ctx.shape.item if isinstance(ctx.shape.item, dict) else {}
        return ctx.ok(page(ctx, records, item))

    return handle


def export(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler answering a history export with a download URL."""

    async def handle(ctx: Context) -> web.StreamResponse:
        name = ctx.query.get("filename") or f"{channel}-history"
        return ctx.ok({"url": f"{ctx.base_url}/exports/{name}.csv"}, "Download your file here.")

    return handle


def cancel(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler cancelling one scheduled message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

        message_id = ctx.params[ctx.operation.params[-1]]
        record = ctx.account.channel(channel).get(message_id) or ctx.account.channel(channel).get(
            message_id.upper()
        )
        if record is None:
            raise ctx.not_found("Message")
        if record.get("status") != "Scheduled":
            raise ApiError(
                400,
                "Only scheduled messages can be cancelled.",
                data={"status": record.get("status")},
            )
        _cancel(ctx.account, record, channel)
        data = ctx.shape.data
        if isinstance(data, bool):
            return ctx.ok(True, "Message has been cancelled.")  # noqa: FBT003
        return ctx.ok(None if isinstance(data, dict) else data, "Message has been cancelled.")

    return handle


def _cancel(account: AccountState, record: Record, channel: str) -> None:
    record["status"] = "Cancelled"
    price = float(record.get("message_price") or record.get("price") or 0)
    account.balance += price
    del channel  # receipts of cancelled messages are skipped when due


def cancel_all(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler cancelling every scheduled message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        count = 0
        for record in ctx.account.channel(channel).values():
            if record.get("status") == "Scheduled":
                _cancel(ctx.account, record, channel)
                count += 1
        data = (
            render(ctx.shape.data, {"count": count}) if isinstance(ctx.shape.data, dict) else None
        )
        return ctx.ok(data, f"{count} {channel} messages have been cancelled.")

    return handle


def receipts(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler listing the unread delivery receipts of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        from clicksend_async.sandbox._app import page  # noqa: PLC0415 - cycle

        unread = [r for r in ctx.account.receipts.get(channel, []) if not r["_read"]]
        item = ctx.shape.item if isinstance(ctx.shape.item, dict) else {}
        return ctx.ok(page(ctx, unread, item))

    return handle


def receipt(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler answering the receipt of one message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        message_id = ctx.params["message_id"].upper()
        for record in ctx.account.receipts.get(channel, []):
            if record["message_id"].upper() == message_id:
                return ctx.ok(render(ctx.shape.data, record))
        raise ctx.not_found("Receipt")

    return handle


def mark_receipts(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler marking receipts read (all, or those before ``date_before``)."""

    async def handle(ctx: Context) -> web.StreamResponse:
        before = _date_before(ctx)
        for record in ctx.account.receipts.get(channel, []):
            if before is None or record["timestamp"] < before:
                record["_read"] = True
        return ctx.ok(
            {} if isinstance(ctx.shape.data, dict) else ctx.shape.data,
            "Receipts have been marked as read.",
        )

    return handle


def _date_before(ctx: Context) -> int | None:
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    value = ctx.field("date_before")
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(
            400, "date_before must be a Unix time.", data={"date_before": value}
        ) from None


def test_receipt(channel: str) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler of ClickSend's "add a test receipt" operation."""

    async def handle(ctx: Context) -> web.StreamResponse:
        now = int(time.time())
        record = {
            "timestamp_send": now,
            "timestamp": now,
            "message_id": ctx.state.new_message_id(),
            "status": "Delivered",
            "status_code": 201,
            "status_text": "Success: Message received on handset.",
            "error_code": None,
            "error_text": None,
            "custom_string": None,
            "user_id": ctx.account.user_id,
            "subaccount_id": ctx.account.user_id,
            "message_type": channel,
            "digits": None,
            "_read": False,
        }
        ctx.account.receipts.setdefault(channel, []).append(record)
        _push_test(ctx, record)
        return ctx.ok(render(ctx.shape.data, record), "Receipt has been added.")

    return handle


# --- inbound SMS --------------------------------------------------------------------------------


def add_inbound(
    ctx_account: AccountState,
    message_id: str,
    *,
    from_number: str,
    body: str,
    to: str,
    original: Record | None,
    keyword: str | None = None,
) -> Record:
    """Store one inbound SMS and return its record."""
    now = int(time.time())
    record: Record = {
        "timestamp": now,
        "timestamp_send": now,
        "from": from_number,
        "body": body,
        "original_body": original.get("body") if original else None,
        "original_message_id": original.get("message_id") if original else None,
        "to": to,
        "custom_string": original.get("custom_string") if original else None,
        "message_id": message_id,
        "_keyword": keyword
        if keyword is not None
        else (body.split(maxsplit=1)[0].lower() if body.split() else ""),
        "_read": False,
    }
    ctx_account.inbound.append(record)
    return record


async def view_inbound(ctx: Context) -> web.StreamResponse:
    """List the unread inbound SMS."""
    from clicksend_async.sandbox._app import page  # noqa: PLC0415 - cycle

    unread = [r for r in ctx.account.inbound if not r["_read"]]
    item = ctx.shape.item if isinstance(ctx.shape.item, dict) else {}
    return ctx.ok(page(ctx, unread, item))


async def view_inbound_message(ctx: Context) -> web.StreamResponse:
    """Answer the first reply to one outbound message."""
    original = ctx.params["original_message_id"].upper()
    for record in ctx.account.inbound:
        if str(record.get("original_message_id") or "").upper() == original:
            return ctx.ok(render(ctx.shape.data, record))
    raise ctx.not_found("Inbound message")


async def create_test_inbound(ctx: Context) -> web.StreamResponse:
    """ClickSend's test hook: add an inbound SMS (a reply to the latest SMS sent, if any)."""
    sent = ctx.account.channel("sms")
    original = next(reversed(sent.values())) if sent else None
    record = add_inbound(
        ctx.account,
        ctx.state.new_message_id(),
        from_number=str(original.get("to") if original else "+61411111111"),
        body="This is a test incoming SMS.",
        to=str(original.get("from") or "+61411111112") if original else "+61411111112",
        original=original,
    )
    ctx.state.inbound_added(ctx.account, record)
    _push_test(ctx, record)
    return ctx.ok(render(ctx.shape.data, record), "Test inbound message has been added.")


def _push_test(ctx: Context, record: Record) -> None:
    """Send a test receipt or inbound SMS to the ``url`` of the request, as a form post."""
    url = ctx.field("url")
    if isinstance(url, str) and url and ctx.state.pusher is not None:
        ctx.state.pusher.push("post", url, payload(record))


async def mark_inbound(ctx: Context) -> web.StreamResponse:
    """Mark inbound SMS read (all, or those before ``date_before``)."""
    before = _date_before(ctx)
    for record in ctx.account.inbound:
        if before is None or record["timestamp"] < before:
            record["_read"] = True
    return ctx.ok(
        {} if isinstance(ctx.shape.data, dict) else ctx.shape.data,
        "Inbound messages marked as read.",
    )


async def mark_inbound_one(ctx: Context) -> web.StreamResponse:
    """Mark one inbound SMS read."""
    message_id = ctx.params["message_id"].upper()
    for record in ctx.account.inbound:
        if record["message_id"].upper() == message_id:
            record["_read"] = True
            return ctx.ok(
                {} if isinstance(ctx.shape.data, dict) else ctx.shape.data,
                "Message marked as read.",
            )
    raise ctx.not_found("Inbound message")


# --- account, contacts, uploads -------------------------------------------------------------


async def account_details(ctx: Context) -> web.StreamResponse:
    """Answer the authenticated account, with its current balance."""
    account = ctx.account
    record = {
        "user_id": account.user_id,
        "username": account.username,
        "user_email": f"{account.username}@example.com",
        "active": 1,
        "banned": 0,
        "balance": f"{account.balance:.4f}",
        "country": "AU",
        "default_country_sms": "AU",
        "timezone": "Australia/Melbourne",
        "_currency": CURRENCY,
    }
    return ctx.ok(render(ctx.shape.data, record), "Here are your account details.")


def _contact(ctx: Context, list_key: str, contact_id: str) -> Record:
    record = ctx.account.store.get(list_key, {}).get(contact_id)
    if record is None:
        raise ctx.not_found("Contact")
    return record


def _list_exists(ctx: Context, list_id: str) -> None:
    if list_id not in ctx.account.store.get("/lists", {}):
        raise ctx.not_found("List")


def copy_or_transfer(*, move: bool) -> Callable[[Context], Awaitable[web.StreamResponse]]:
    """Return the handler copying (or moving) a contact to another list."""

    async def handle(ctx: Context) -> web.StreamResponse:
        source, target = ctx.params["from_list_id"], ctx.params["to_list_id"]
        _list_exists(ctx, source)
        _list_exists(ctx, target)
        contact = _contact(ctx, f"/lists/{source}/contacts", ctx.params["contact_id"])
        new_id = ctx.state.new_id() if not move else int(contact["contact_id"])
        copy = {**contact, "contact_id": new_id, "list_id": int(target)}
        if move:
            del ctx.account.store[f"/lists/{source}/contacts"][ctx.params["contact_id"]]
        ctx.account.collection(f"/lists/{target}/contacts")[str(new_id)] = copy
        verb = "transferred" if move else "copied"
        return ctx.ok(render(ctx.shape.data, copy), f"Contact has been {verb}.")

    return handle


def _contact_key(record: Record) -> tuple[str, str, str]:
    return (
        str(record.get("phone_number") or ""),
        str(record.get("email") or "").lower(),
        str(record.get("fax_number") or ""),
    )


async def remove_duplicates(ctx: Context) -> web.StreamResponse:
    """Delete contacts whose phone number, email and fax repeat an earlier contact's."""
    _list_exists(ctx, ctx.params["list_id"])
    contacts = ctx.account.collection(f"/lists/{ctx.params['list_id']}/contacts")
    seen: set[tuple[str, str, str]] = set()
    removed = 0
    for contact_id, record in list(contacts.items()):
        key = _contact_key(record)
        if key in seen:
            del contacts[contact_id]
            removed += 1
        seen.add(key)
    return ctx.ok(
        render(ctx.shape.data, {"deleted": removed}), f"{removed} duplicate contacts removed."
    )


async def remove_opted_out(ctx: Context) -> web.StreamResponse:
    """Delete the contacts whose number or email is in the opt-out list."""
    list_id, opt_out = ctx.params["list_id"], ctx.params["opt_out_list_id"]
    _list_exists(ctx, list_id)
    _list_exists(ctx, opt_out)
    opted = ctx.account.collection(f"/lists/{opt_out}/contacts").values()
    numbers = {r.get("phone_number") for r in opted if r.get("phone_number")}
    emails = {str(r.get("email")).lower() for r in opted if r.get("email")}
    contacts = ctx.account.collection(f"/lists/{list_id}/contacts")
    removed = 0
    for contact_id, record in list(contacts.items()):
        if (
            record.get("phone_number") in numbers
            or str(record.get("email") or "").lower() in emails
        ):
            del contacts[contact_id]
            removed += 1
    data = (
        render(ctx.shape.data, {"count": removed, "deleted": removed})
        if isinstance(ctx.shape.data, dict)
        else None
    )
    return ctx.ok(data, f"{removed} opted out contacts removed.")


async def import_contacts(ctx: Context) -> web.StreamResponse:
    """Import contacts from a CSV uploaded to this sandbox (``file_url`` from ``POST /uploads``)."""
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    list_id = ctx.params["list_id"]
    _list_exists(ctx, list_id)
    url = ctx.field("file_url")
    uploads = ctx.account.store.get("/uploads", {})
    upload = next((u for u in uploads.values() if u.get("_url") == url), None)
    if upload is None:
        raise ApiError(
            400, "file_url must name a file uploaded to this sandbox.", data={"file_url": url}
        )
    order = ctx.field("field_order")
    fields = order.split(",") if isinstance(order, str) else list(order or [])
    rows = list(csv.reader(io.StringIO(upload["_content"].decode("utf-8", "replace"))))
    contacts = ctx.account.collection(f"/lists/{list_id}/contacts")
    ids = []
    now = int(time.time())
    for row in rows:
        if not fields:
            break
        values = dict(zip((f.strip() for f in fields), row, strict=False))
        new_id = ctx.state.new_id()
        contacts[str(new_id)] = {
            **values,
            "contact_id": new_id,
            "list_id": int(list_id),
            "date_added": now,
        }
        ids.append(str(new_id))
    data = render(
        ctx.shape.data, {"msg": f"{len(ids)} contacts imported.", "ids": ids, "id": str(list_id)}
    )
    return ctx.ok(data, "Your file is now queued.")


async def upload(ctx: Context) -> web.StreamResponse:
    """Store an uploaded file (base64 ``content``) and answer its URL."""
    import base64  # noqa: PLC0415 - only uploads need it
    import binascii  # noqa: PLC0415

    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    content = ctx.field("content")
    if not isinstance(content, str):
        raise ApiError(400, "Invalid input.", data={"content": "The content field is required."})
    try:
        raw = base64.b64decode(content, validate=True)
    except binascii.Error:
        raise ApiError(
            400, "content must be base64.", data={"content": "Must be base64."}
        ) from None
    new_id = ctx.state.new_id()
    url = f"{ctx.base_url}/uploads/{new_id}"
    ctx.account.collection("/uploads")[str(new_id)] = {"_url": url, "_content": raw}
    return ctx.ok(render(ctx.shape.data, {"_url": url}), "Your file has been uploaded.")


def decorate(ctx: Context, collection: str, records: list[Record]) -> list[Record]:
    """Add computed fields to stored objects before they are rendered."""
    if collection == "/lists":
        store = ctx.account.store
        return [
            {**r, "_contacts_count": len(store.get(f"/lists/{r['list_id']}/contacts", {}))}
            for r in records
        ]
    return records


# List fields of stored objects whose entries are plain strings; rendering cannot repair a wrong
# entry there (it knows no entry template), so such a body is refused as ClickSend refuses it.
_STRING_LISTS = {"/alpha-tags": ("countries",)}


def validate_fields(collection: str, ctx: Context) -> None:
    """Reject a creation or change whose list of strings holds anything but strings."""
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    wrong = {
        name: f"The {name} field must be a list of strings."
        for name in _STRING_LISTS.get(collection, ())
        if ctx.field(name) is not None
        and not (
            isinstance(ctx.field(name), list)
            and all(isinstance(entry, str) for entry in ctx.field(name))
        )
    }
    if wrong:
        raise ApiError(400, "Invalid input.", data=wrong)


def validate_create(collection: str, ctx: Context) -> None:
    """Reject creations missing the fields ClickSend requires."""
    from clicksend_async.sandbox._app import ApiError  # noqa: PLC0415 - cycle

    validate_fields(collection, ctx)

    required = {
        "/lists": ("list_name",),
        "/sms/templates": ("template_name", "body"),
        "/subaccounts": ("api_username",),
        "/email/addresses": ("email_address",),
    }.get(collection, ())
    missing = {name: f"The {name} field is required." for name in required if not ctx.field(name)}
    if collection == "/lists/{list_id}/contacts":
        _list_exists(ctx, ctx.params["list_id"])
        if not any(ctx.field(k) for k in ("phone_number", "email", "fax_number")):
            missing["phone_number"] = "A phone_number, email or fax_number is required."
    if missing:
        raise ApiError(400, "Invalid input.", data=missing)


def after_delete(ctx: Context, collection: str, object_id: str) -> None:
    """Delete what hangs off a deleted object (a list's contacts)."""
    if collection == "/lists":
        ctx.account.store.pop(f"/lists/{object_id}/contacts", None)


def handlers() -> dict[str, Callable[[Context], Awaitable[web.StreamResponse]]]:
    """Return the handlers of the operations with their own behaviour, by operation id."""
    table: dict[str, Callable[[Context], Awaitable[web.StreamResponse]]] = {
        "send_email": send_email,
        "calculate_email_price": send_email,
        "view_inbound_sms": view_inbound,
        "view_inbound_sms_message": view_inbound_message,
        "create_test_inbound_sms": create_test_inbound,
        "mark_inbound_sms_as_read": mark_inbound,
        "mark_inbound_sms_message_as_read": mark_inbound_one,
        "view_account_details": account_details,
        "copy_contact_to_list": copy_or_transfer(move=False),
        "transfer_contact_to_list": copy_or_transfer(move=True),
        "remove_duplicate_contacts": remove_duplicates,
        "remove_opted_out_contacts": remove_opted_out,
        "import_contacts": import_contacts,
        "upload_media_file": upload,
        "cancel_sms": cancel("sms"),
        "cancel_all_sms": cancel_all("sms"),
        "cancel_voice_message": cancel("voice"),
        "cancel_all_voice_messages": cancel_all("voice"),
        "cancel_scheduled_letter": cancel("letter"),
        "cancel_scheduled_postcard": cancel("postcard"),
    }
    sends = {
        "sms": ("send_sms", "calculate_sms_price"),
        "mms": ("send_mms", "calculate_mms_price"),
        "voice": ("send_voice_message", "calculate_voice_price"),
        "fax": ("send_fax", "calculate_fax_price"),
        "letter": ("send_letter", "calculate_letter_price"),
        "postcard": ("send_postcard", "calculate_postcard_price"),
    }
    for name, (send, price) in sends.items():
        channel = CHANNELS[name]
        table[send] = sender(channel, price_only=False)
        table[price] = sender(channel, price_only=True)
        table[channel.history] = history(name)
        table[f"export_{name}_history"] = export(name)
    table["view_email_history"] = history("email")
    table["export_email_history"] = export("email")
    for name in ("sms", "mms", "voice", "fax"):
        table[f"view_{name}_receipts"] = receipts(name)
        table[f"view_{name}_receipt"] = receipt(name)
        table[f"mark_{name}_receipts_as_read"] = mark_receipts(name)
    table["create_test_sms_receipt"] = test_receipt("sms")
    table["create_test_fax_receipt"] = test_receipt("fax")
    return table
