"""What comes back from recipients: delivery receipts and inbound SMS, and their test hooks."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Final

from clicksend_async.sandbox._push import payload
from clicksend_async.sandbox._responses import ApiError, page
from clicksend_async.sandbox._shapes import render
from clicksend_async.sandbox._state import DELIVERED_TEXT

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import AccountState, Record

RECEIPT_CHANNELS: Final = ("sms", "mms", "voice", "fax")
TEST_RECEIPT_CHANNELS: Final = ("sms", "fax")


def _date_before(ctx: Context) -> int | None:
    value = ctx.field("date_before")
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(
            400, "date_before must be a Unix time.", data={"date_before": value}
        ) from None


def _marked(ctx: Context, message: str) -> web.StreamResponse:
    return ctx.ok({} if isinstance(ctx.shape.data, dict) else ctx.shape.data, message)


def _push_test(ctx: Context, record: Record) -> None:
    """Send a test receipt or inbound SMS to the ``url`` of the request, as a form post."""
    url = ctx.field("url")
    if isinstance(url, str) and url and ctx.state.pusher is not None:
        ctx.state.pusher.push("post", url, payload(record))


# --- delivery receipts --------------------------------------------------------------------------


def receipts(channel: str) -> Handler:
    """Return the handler listing the unread delivery receipts of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        unread = [r for r in ctx.account.receipts.get(channel, []) if not r["_read"]]
        return ctx.ok(page(ctx, unread, ctx.item_template))

    return handle


def receipt(channel: str) -> Handler:
    """Return the handler answering the receipt of one message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        message_id = ctx.params["message_id"].upper()
        for record in ctx.account.receipts.get(channel, []):
            if record["message_id"].upper() == message_id:
                return ctx.ok(render(ctx.shape.data, record))
        raise ctx.not_found("Receipt")

    return handle


def mark_receipts(channel: str) -> Handler:
    """Return the handler marking receipts read (all, or those before ``date_before``)."""

    async def handle(ctx: Context) -> web.StreamResponse:
        before = _date_before(ctx)
        for record in ctx.account.receipts.get(channel, []):
            if before is None or record["timestamp"] < before:
                record["_read"] = True
        return _marked(ctx, "Receipts have been marked as read.")

    return handle


def test_receipt(channel: str) -> Handler:
    """Return the handler of ClickSend's "add a test receipt" operation."""

    async def handle(ctx: Context) -> web.StreamResponse:
        now = int(time.time())
        record = {
            "timestamp_send": now,
            "timestamp": now,
            "message_id": ctx.state.new_message_id(),
            "status": "Delivered",
            "status_code": 201,
            "status_text": DELIVERED_TEXT,
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
    account: AccountState,
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
    if keyword is None:
        keyword = body.split(maxsplit=1)[0].lower() if body.split() else ""
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
        "_keyword": keyword,
        "_read": False,
    }
    account.inbound.append(record)
    return record


async def view_inbound(ctx: Context) -> web.StreamResponse:
    """List the unread inbound SMS."""
    unread = [r for r in ctx.account.inbound if not r["_read"]]
    return ctx.ok(page(ctx, unread, ctx.item_template))


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


async def mark_inbound(ctx: Context) -> web.StreamResponse:
    """Mark inbound SMS read (all, or those before ``date_before``)."""
    before = _date_before(ctx)
    for record in ctx.account.inbound:
        if before is None or record["timestamp"] < before:
            record["_read"] = True
    return _marked(ctx, "Inbound messages marked as read.")


async def mark_inbound_one(ctx: Context) -> web.StreamResponse:
    """Mark one inbound SMS read."""
    message_id = ctx.params["message_id"].upper()
    for record in ctx.account.inbound:
        if record["message_id"].upper() == message_id:
            record["_read"] = True
            return _marked(ctx, "Message marked as read.")
    raise ctx.not_found("Inbound message")


def handlers() -> dict[str, Handler]:
    """Return the receipt and inbound SMS handlers, by operation id."""
    table: dict[str, Handler] = {
        "view_inbound_sms": view_inbound,
        "view_inbound_sms_message": view_inbound_message,
        "create_test_inbound_sms": create_test_inbound,
        "mark_inbound_sms_as_read": mark_inbound,
        "mark_inbound_sms_message_as_read": mark_inbound_one,
    }
    for name in RECEIPT_CHANNELS:
        table[f"view_{name}_receipts"] = receipts(name)
        table[f"view_{name}_receipt"] = receipt(name)
        table[f"mark_{name}_receipts_as_read"] = mark_receipts(name)
    for name in TEST_RECEIPT_CHANNELS:
        table[f"create_test_{name}_receipt"] = test_receipt(name)
    return table
