"""Messages already sent: history listings and cancelling scheduled messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from clicksend_async.sandbox._dated import DateIndex
from clicksend_async.sandbox._handlers.sends import CHANNELS, SENDS
from clicksend_async.sandbox._handlers.store import Rules
from clicksend_async.sandbox._responses import ApiError, int_param, page, page_of
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import AccountState, Record

# Cancelling operations by channel: (one message, every scheduled message or None).
CANCELS: Final = {
    "sms": ("cancel_sms", "cancel_all_sms"),
    "voice": ("cancel_voice_message", "cancel_all_voice_messages"),
    "letter": ("cancel_scheduled_letter", None),
    "postcard": ("cancel_scheduled_postcard", None),
}
RULES: Final = {"/sms/templates": Rules(required=("template_name", "body"))}


def history(channel: str) -> Handler:
    """Return the handler listing the messages of ``channel`` (newest last).

    ClickSend's ``view-sms-history`` example shows ``data`` as a bare array of messages; its
    schema, our description and every other listing of the service answer the page object
    (``total``, ``per_page`` ... ``data``), which is what the sandbox answers. Each entry has
    the example's fields.
    """

    async def handle(ctx: Context) -> web.StreamResponse:
        messages = ctx.account.channel(channel)
        query = ctx.query
        if not query.get("q") and not query.get("order_by"):
            index = ctx.account.dated.setdefault(channel, DateIndex())
            if index.catch_up(messages):
                date_from = int_param(query, "date_from", 0) if "date_from" in query else None
                date_to = int_param(query, "date_to", 0) if "date_to" in query else None
                window = index.window(date_from, date_to)
                return ctx.ok(page_of(ctx, window, ctx.item_template))
        return ctx.ok(page(ctx, list(messages.values()), ctx.item_template))

    return handle


def _cancel(account: AccountState, record: Record) -> None:
    """Cancel one scheduled message and refund it; its receipt is skipped when due."""
    record["status"] = "Cancelled"
    price = float(record.get("message_price") or record.get("price") or 0)
    account.balance += price


def cancel(channel: str) -> Handler:
    """Return the handler cancelling one scheduled message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        message_id = ctx.params[ctx.operation.params[-1]]
        messages = ctx.account.channel(channel)
        record = messages.get(message_id) or messages.get(message_id.upper())
        if record is None:
            raise ctx.not_found("Message")
        if record.get("status") != "Scheduled":
            raise ApiError(
                400,
                "Only scheduled messages can be cancelled.",
                data={"status": record.get("status")},
            )
        _cancel(ctx.account, record)
        data = ctx.shape.data
        if isinstance(data, bool):
            return ctx.ok(True, "Message has been cancelled.")  # noqa: FBT003
        return ctx.ok(None if isinstance(data, dict) else data, "Message has been cancelled.")

    return handle


def cancel_all(channel: str) -> Handler:
    """Return the handler cancelling every scheduled message of ``channel``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        count = 0
        for record in ctx.account.channel(channel).values():
            if record.get("status") == "Scheduled":
                _cancel(ctx.account, record)
                count += 1
        data = (
            render(ctx.shape.data, {"count": count}) if isinstance(ctx.shape.data, dict) else None
        )
        return ctx.ok(data, f"{count} {channel} messages have been cancelled.")

    return handle


def handlers() -> dict[str, Handler]:
    """Return the history and cancel handlers, by operation id."""
    table: dict[str, Handler] = {}
    for name in (*SENDS, "email"):
        table[CHANNELS[name].history] = history(name)
    for name, (one, every) in CANCELS.items():
        table[one] = cancel(name)
        if every is not None:
            table[every] = cancel_all(name)
    return table
