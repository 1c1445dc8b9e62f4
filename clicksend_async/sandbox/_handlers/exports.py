"""Exports: every export operation answers a link, and the link serves a CSV of what it names.

ClickSend answers an export with a pre-signed download link on its file store; the sandbox
answers a one-time link on its own listener (``/downloads/{token}/{file name}``, outside
``/v3``), which serves the file once without credentials, as a signed link does. The file is
written when the export is asked for, so it holds what the account held at that moment.

ClickSend does not publish its export files' columns. The columns assumed here are the fields
of one entry of the matching listing in ClickSend's description (``view_sms_history`` for the
SMS export, ``view_list_contacts`` for a list's export ...), in the description's order, with
nested objects and arrays left out. The link tracking export has no listing in the description;
its columns are an assumption (the recipient and the link's click counts).
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from typing import TYPE_CHECKING, Any, Final

from clicksend_async.sandbox._handlers.sends import CHANNELS, SENDS
from clicksend_async.sandbox._responses import filter_records
from clicksend_async.sandbox._shapes import render, shapes

if TYPE_CHECKING:
    from collections.abc import Callable

    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import Record

    Records = Callable[[Context], list[Record]]

DOWNLOADS: Final = "/downloads/"
# Assumed columns of the SMS campaign link tracking export (see the module docstring).
LINK_TRACKING_COLUMNS: Final = (
    "phone_number",
    "first_name",
    "last_name",
    "url",
    "clicks",
    "first_clicked",
    "last_clicked",
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(requested: str | None, default: str) -> str:
    """Return the export's file name: the one asked for (made safe) with ``.csv`` added once."""
    name = _UNSAFE.sub("-", requested or "").strip(".-") or default
    return name if name.lower().endswith(".csv") else f"{name}.csv"


def columns_of(template: Any) -> list[str]:  # noqa: ANN401
    """Return the scalar fields of a listing entry's template, in order."""
    if not isinstance(template, dict):
        return []
    return [key for key, value in template.items() if not isinstance(value, dict | list)]


def _cell(value: Any) -> str:  # noqa: ANN401
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def to_csv(columns: list[str], template: Any, records: list[Record]) -> bytes:  # noqa: ANN401
    """Return ``records`` as CSV with a header row, each record rendered over ``template``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        rendered = render(template, record) if isinstance(template, dict) and template else record
        writer.writerow([_cell(rendered.get(column)) for column in columns])
    return out.getvalue().encode("utf-8")


def publish(ctx: Context, name: str, content: bytes) -> str:
    """Keep ``content`` for one download and return its link."""
    token = secrets.token_urlsafe(18)
    ctx.state.downloads[token] = (name, content)
    return f"{ctx.request.scheme}://{ctx.request.host}{DOWNLOADS}{token}/{name}"


def _answer(ctx: Context, url: str) -> web.Response:
    data = ctx.shape.data
    # Three exports declare no answer body in the description; they answer the link as the
    # others do, the only useful answer an export has.
    out = render(data, {"url": url}) if isinstance(data, dict) and data else {"url": url}
    return ctx.ok(out, "Download your file here.")


def _exporter(listing: str, default: str, records: Records) -> Handler:
    """Return an export handler: CSV of ``records(ctx)`` with the columns of ``listing``."""

    async def handle(ctx: Context) -> web.StreamResponse:
        template = shapes()[listing].item if listing else None
        columns = columns_of(template) if listing else list(LINK_TRACKING_COLUMNS)
        rows = filter_records(ctx, records(ctx))
        name = file_name(ctx.query.get("filename"), default)
        return _answer(ctx, publish(ctx, name, to_csv(columns, template, rows)))

    return handle


def _channel_records(channel: str) -> Records:
    def records(ctx: Context) -> list[Record]:
        return list(ctx.account.channel(channel).values())

    return records


def _list_contacts(ctx: Context) -> list[Record]:
    list_id = ctx.params["list_id"]
    if list_id not in ctx.account.store.get("/lists", {}):
        raise ctx.not_found("List")
    return list(ctx.account.store.get(f"/lists/{list_id}/contacts", {}).values())


def _campaign_history(ctx: Context) -> list[Record]:
    key = f"/email-campaigns/{ctx.params['email_campaign_id']}/history"
    return list(ctx.account.store.get(key, {}).values())


def _nothing(_: Context) -> list[Record]:
    return []


def handlers() -> dict[str, Handler]:
    """Return the handler of every export operation, by operation id."""
    table: dict[str, Handler] = {
        f"export_{name}_history": _exporter(
            CHANNELS[name].history, f"{name}-history", _channel_records(name)
        )
        for name in (*SENDS, "email")
    }
    table["export_contact_list"] = _exporter("view_list_contacts", "contacts", _list_contacts)
    table["export_email_campaign_history"] = _exporter(
        "view_email_campaign_history", "email-campaign-history", _campaign_history
    )
    table["export_sms_campaign_link_tracking"] = _exporter("", "link-tracking", _nothing)
    return table
