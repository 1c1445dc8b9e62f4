"""Sending and pricing transactional email."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from clicksend_async.sandbox._handlers.sends import EMAIL_CHANNEL, schedule_of
from clicksend_async.sandbox._responses import CURRENCY, ApiError, page
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import Record


def _email_price(ctx: Context) -> float:
    """Check an email's fields and the account's credit; return its price."""
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
    if ctx.account.balance < price:
        raise ApiError(400, "Not enough credit.", code="INSUFFICIENT_CREDIT")
    return price


def _email_record(ctx: Context, price: float) -> Record:
    now = int(time.time())
    valid, schedule = schedule_of(ctx.field("schedule"), now)
    if not valid:
        raise ApiError(400, "Invalid schedule.", code="INVALID_SCHEDULE")
    sender_field = ctx.field("from") if isinstance(ctx.field("from"), dict) else {}
    return {
        **{k: v for k, v in ctx.body.items() if k != "from"},
        "message_id": ctx.state.new_message_id(),
        "from_email_address_id": sender_field.get("email_address_id"),
        "from_name": sender_field.get("name"),
        "date_added": now,
        "date": now,
        "schedule": schedule or now,
        "price": price,
        "status": "Queued",
        "status_text": "Accepted for delivery",
        "user_id": ctx.account.user_id,
        "subaccount_id": ctx.account.user_id,
        "_send_at": schedule,
        "_currency": CURRENCY,
    }


async def send_email(ctx: Context) -> web.StreamResponse:
    """Send one transactional email to its ``to`` addresses."""
    price = _email_price(ctx)
    record = _email_record(ctx, price)
    account = ctx.account
    account.balance -= price
    ctx.state.counters.messages_accepted += 1
    account.channel("email")[record["message_id"]] = record
    ctx.state.schedule_receipt(account, "email", record)
    return ctx.ok(render(ctx.shape.data, record, ctx.shape.nested), "Email queued for delivery.")


async def price_email(ctx: Context) -> web.StreamResponse:
    """Price one transactional email without sending it."""
    record = _email_record(ctx, _email_price(ctx))
    return ctx.ok(page(ctx, [record], ctx.item_template), "Here is the price.")


def handlers() -> dict[str, Handler]:
    """Return the email send and price handlers, by operation id."""
    return {"send_email": send_email, "calculate_email_price": price_email}
