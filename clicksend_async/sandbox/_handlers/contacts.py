"""Contact lists and their contacts: copying, moving, cleaning, importing, and the lists' rules."""

from __future__ import annotations

import csv
import io
import time
from typing import TYPE_CHECKING, Final

from clicksend_async.sandbox._handlers.store import Rules
from clicksend_async.sandbox._responses import ApiError
from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._state import Record


def _contact(ctx: Context, list_key: str, contact_id: str) -> Record:
    record = ctx.account.store.get(list_key, {}).get(contact_id)
    if record is None:
        raise ctx.not_found("Contact")
    return record


def _list_exists(ctx: Context, list_id: str) -> None:
    if list_id not in ctx.account.store.get("/lists", {}):
        raise ctx.not_found("List")


def copy_or_transfer(*, move: bool) -> Handler:
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


def _uploaded(ctx: Context) -> bytes:
    """Return the content of the file ``file_url`` names, uploaded to this sandbox before."""
    url = ctx.field("file_url")
    uploads = ctx.account.store.get("/uploads", {})
    found = next((u for u in uploads.values() if u.get("_url") == url), None)
    if found is None:
        raise ApiError(
            400, "file_url must name a file uploaded to this sandbox.", data={"file_url": url}
        )
    content: bytes = found["_content"]
    return content


async def import_contacts(ctx: Context) -> web.StreamResponse:
    """Import contacts from a CSV uploaded to this sandbox (``file_url`` from ``POST /uploads``)."""
    list_id = ctx.params["list_id"]
    _list_exists(ctx, list_id)
    content = _uploaded(ctx)
    order = ctx.field("field_order")
    fields = order.split(",") if isinstance(order, str) else list(order or [])
    rows = list(csv.reader(io.StringIO(content.decode("utf-8", "replace"))))
    contacts = ctx.account.collection(f"/lists/{list_id}/contacts")
    ids = []
    now = int(time.time())
    for row in rows if fields else ():
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


def _with_contact_counts(ctx: Context, records: list[Record]) -> list[Record]:
    store = ctx.account.store
    return [
        {**r, "_contacts_count": len(store.get(f"/lists/{r['list_id']}/contacts", {}))}
        for r in records
    ]


def _drop_contacts(ctx: Context, list_id: str) -> None:
    ctx.account.store.pop(f"/lists/{list_id}/contacts", None)


def _contact_missing(ctx: Context) -> dict[str, str]:
    _list_exists(ctx, ctx.params["list_id"])
    if any(ctx.field(k) for k in ("phone_number", "email", "fax_number")):
        return {}
    return {"phone_number": "A phone_number, email or fax_number is required."}


RULES: Final = {
    "/lists": Rules(
        required=("list_name",), decorate=_with_contact_counts, after_delete=_drop_contacts
    ),
    "/lists/{list_id}/contacts": Rules(missing=_contact_missing),
}


def handlers() -> dict[str, Handler]:
    """Return the list and contact handlers, by operation id."""
    return {
        "copy_contact_to_list": copy_or_transfer(move=False),
        "transfer_contact_to_list": copy_or_transfer(move=True),
        "remove_duplicate_contacts": remove_duplicates,
        "remove_opted_out_contacts": remove_opted_out,
        "import_contacts": import_contacts,
    }
