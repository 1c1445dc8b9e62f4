"""The account itself: its details and balance, uploaded files, and the account-level stores."""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Final

from clicksend_async.sandbox._handlers.store import Rules
from clicksend_async.sandbox._responses import CURRENCY, ApiError
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler

RULES: Final = {
    "/subaccounts": Rules(required=("api_username",)),
    "/email/addresses": Rules(required=("email_address",)),
    # Its entries are plain strings; rendering cannot repair a wrong entry there (it knows no
    # entry template), so such a body is refused as ClickSend refuses it.
    "/alpha-tags": Rules(string_lists=("countries",)),
}


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


async def upload(ctx: Context) -> web.StreamResponse:
    """Store an uploaded file (base64 ``content``) and answer its URL."""
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


def handlers() -> dict[str, Handler]:
    """Return the account and upload handlers, by operation id."""
    return {"view_account_details": account_details, "upload_media_file": upload}
