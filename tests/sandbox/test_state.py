import asyncio
import base64
import time

import pytest
from support.auth import basic

from clicksend_async.sandbox import Sandbox, SandboxSettings


async def call(session, sb, method, path, **kwargs):
    """Make one request; return status and JSON body."""
    async with session.request(method, sb.url + path, **kwargs) as response:
        return response.status, await response.json()


async def send(session, sb, *messages):
    """Post a send of these messages."""
    return await call(session, sb, "POST", "/sms/send", json={"messages": list(messages)})


async def test_history_pages_with_limits_and_links(clicksend_sandbox, session):
    """History pages by page/limit with the page object; limit outside 15..100 is a 400 envelope."""
    sb = clicksend_sandbox
    await send(session, sb, *({"to": "+61411111111", "body": f"m{i:02}"} for i in range(40)))
    status, body = await call(session, sb, "GET", "/sms/history", params={"page": 2, "limit": 15})
    page = body["data"]
    assert status == 200
    assert (page["total"], page["per_page"], page["current_page"], page["last_page"]) == (
        40,
        15,
        2,
        3,
    )
    assert (page["from"], page["to"]) == (16, 30)
    assert page["next_page_url"].endswith("/v3/sms/history?page=3")
    assert page["prev_page_url"].endswith("/v3/sms/history?page=1")
    assert [m["body"] for m in page["data"]] == [f"m{i:02}" for i in range(15, 30)]
    for limit in (14, 101):
        status, body = await call(session, sb, "GET", "/sms/history", params={"limit": limit})
        assert (status, body["http_code"], body["response_code"]) == (400, 400, "BAD_REQUEST")


async def test_history_search_order_and_operator(clicksend_sandbox, session):
    """Q filters case-insensitively, operator combines terms with AND/OR, order_by sorts."""
    sb = clicksend_sandbox
    await send(
        session,
        sb,
        {"to": "+61411111111", "body": "Apple pie"},
        {"to": "+61422222222", "body": "apple tart"},
        {"to": "+61422222222", "body": "Banana"},
    )
    _, body = await call(session, sb, "GET", "/sms/history", params={"q": "body:APPLE"})
    assert sorted(m["body"] for m in body["data"]["data"]) == ["Apple pie", "apple tart"]
    params = {"q": "body:apple,to:+61422222222", "operator": "AND"}
    _, body = await call(session, sb, "GET", "/sms/history", params=params)
    assert [m["body"] for m in body["data"]["data"]] == ["apple tart"]
    params = {"q": "body:pie,body:banana", "operator": "OR", "order_by": "body:desc"}
    _, body = await call(session, sb, "GET", "/sms/history", params=params)
    assert [m["body"] for m in body["data"]["data"]] == ["Banana", "Apple pie"]
    status, _ = await call(
        session, sb, "GET", "/sms/history", params={"operator": "XOR", "q": "body:a"}
    )
    assert status == 400


async def test_history_date_filters(clicksend_sandbox, session):
    """date_from/date_to keep only messages sent within the range (Unix seconds, inclusive)."""
    sb = clicksend_sandbox
    await send(session, sb, {"to": "+61411111111", "body": "one"})
    record = next(iter(sb.state.account("user").channel("sms").values()))
    record["date"] -= 1000  # as if sent earlier
    await send(session, sb, {"to": "+61411111111", "body": "two"})
    now = int(time.time())
    _, body = await call(session, sb, "GET", "/sms/history", params={"date_from": now - 10})
    assert [m["body"] for m in body["data"]["data"]] == ["two"]
    _, body = await call(session, sb, "GET", "/sms/history", params={"date_to": now - 10})
    assert [m["body"] for m in body["data"]["data"]] == ["one"]


async def test_scheduled_message_can_be_cancelled_and_gets_no_receipt(session):
    """A scheduled SMS is Scheduled; cancel makes it Cancelled and refunds it; cancel-all counts."""
    async with Sandbox(SandboxSettings(receipt_delay=0)) as sb:
        later = int(time.time()) + 3600
        _, body = await send(
            session,
            sb,
            {"to": "+61411111111", "body": "x", "schedule": later},
            {"to": "+61411111111", "body": "y", "schedule": later},
        )
        first, second = (m["message_id"] for m in body["data"]["messages"])
        _, history = await call(session, sb, "GET", "/sms/history")
        assert [m["status"] for m in history["data"]["data"]] == ["Scheduled", "Scheduled"]
        status, _ = await call(session, sb, "PUT", f"/sms/{first}/cancel")
        assert status == 200
        status, _ = await call(session, sb, "PUT", f"/sms/{first}/cancel")
        assert status == 400
        _, body = await call(session, sb, "PUT", "/sms/cancel-all")
        assert body["data"]["count"] == 1
        _, history = await call(session, sb, "GET", "/sms/history")
        assert [m["status"] for m in history["data"]["data"]] == ["Cancelled", "Cancelled"]
        assert sb.state.account("user").balance == pytest.approx(1000)
        assert second


async def test_receipts_arrive_after_delay_and_can_be_marked_read(session):
    """A receipt appears only after receipt_delay, is readable by id, and marking read hides it."""
    async with Sandbox(SandboxSettings(receipt_delay=0.05)) as sb:
        _, body = await send(
            session, sb, {"to": "+61411111111", "body": "x", "custom_string": "ref"}
        )
        message_id = body["data"]["messages"][0]["message_id"]
        _, receipts = await call(session, sb, "GET", "/sms/receipts")
        assert receipts["data"]["total"] == 0
        await asyncio.sleep(0.06)
        _, receipts = await call(session, sb, "GET", "/sms/receipts")
        [receipt] = receipts["data"]["data"]
        assert (receipt["message_id"], receipt["custom_string"], receipt["status_code"]) == (
            message_id,
            "ref",
            201,
        )
        status, one = await call(session, sb, "GET", f"/sms/receipts/{message_id}")
        assert (status, one["data"]["message_id"]) == (200, message_id)
        _, history = await call(session, sb, "GET", "/sms/history")
        assert history["data"]["data"][0]["status_code"] == "201"
        status, _ = await call(session, sb, "PUT", "/sms/receipts-read", json={})
        assert status == 200
        _, receipts = await call(session, sb, "GET", "/sms/receipts")
        assert receipts["data"]["total"] == 0


async def test_inbound_injected_read_and_marked_read(clicksend_sandbox, session):
    """Inbound SMS from Python or the test endpoint are listed, found by original, marked read."""
    sb = clicksend_sandbox
    _, body = await send(
        session, sb, {"to": "+61411111111", "body": "Are you coming?", "custom_string": "c1"}
    )
    original = body["data"]["messages"][0]["message_id"]
    reply = sb.inject_inbound(from_number="+61411111111", body="Yes", original_message_id=original)
    status, _ = await call(
        session, sb, "POST", "/sms/inbound", json={"url": "https://example.com/hook"}
    )
    assert status == 200
    _, inbound = await call(session, sb, "GET", "/sms/inbound")
    assert inbound["data"]["total"] == 2
    first = inbound["data"]["data"][0]
    assert (first["body"], first["original_body"], first["custom_string"]) == (
        "Yes",
        "Are you coming?",
        "c1",
    )
    _, found = await call(session, sb, "GET", f"/sms/inbound/{original}")
    assert found["data"]["message_id"] == reply["message_id"]
    status, _ = await call(session, sb, "PUT", f"/sms/inbound-read/{reply['message_id']}")
    assert status == 200
    _, inbound = await call(session, sb, "GET", "/sms/inbound")
    assert inbound["data"]["total"] == 1
    await call(session, sb, "PUT", "/sms/inbound-read", json={"date_before": int(time.time()) + 10})
    _, inbound = await call(session, sb, "GET", "/sms/inbound")
    assert inbound["data"]["total"] == 0


async def test_lists_and_contacts_crud(clicksend_sandbox, session):
    """Lists and contacts are created, read, updated, deleted; a deleted list drops its contacts."""
    sb = clicksend_sandbox
    status, body = await call(session, sb, "POST", "/lists", json={})
    assert status == 400
    _, body = await call(session, sb, "POST", "/lists", json={"list_name": "Team"})
    list_id = body["data"]["list_id"]
    assert isinstance(list_id, int)
    _, body = await call(
        session,
        sb,
        "POST",
        f"/lists/{list_id}/contacts",
        json={"phone_number": "+61411111111", "first_name": "Ada"},
    )
    contact_id = body["data"]["contact_id"]
    assert body["data"]["list_id"] == list_id
    await call(
        session, sb, "PUT", f"/lists/{list_id}/contacts/{contact_id}", json={"first_name": "Grace"}
    )
    _, body = await call(session, sb, "GET", f"/lists/{list_id}/contacts/{contact_id}")
    assert body["data"]["first_name"] == "Grace"
    _, body = await call(session, sb, "GET", f"/lists/{list_id}")
    assert body["data"]["_contacts_count"] == 1
    status, _ = await call(session, sb, "DELETE", f"/lists/{list_id}/contacts/{contact_id}")
    assert status == 200
    status, _ = await call(session, sb, "GET", f"/lists/{list_id}/contacts/{contact_id}")
    assert status == 404
    await call(session, sb, "DELETE", f"/lists/{list_id}")
    status, _ = await call(session, sb, "GET", f"/lists/{list_id}")
    assert status == 404


async def _list_with(session, sb, name, *numbers):
    _, body = await call(session, sb, "POST", "/lists", json={"list_name": name})
    list_id = body["data"]["list_id"]
    ids = []
    for number in numbers:
        _, contact = await call(
            session, sb, "POST", f"/lists/{list_id}/contacts", json={"phone_number": number}
        )
        ids.append(contact["data"]["contact_id"])
    return list_id, ids


async def test_copy_transfer_duplicates_and_opted_out(clicksend_sandbox, session):
    """Copy keeps the source contact, transfer moves it; duplicates and opted-out ones go."""
    sb = clicksend_sandbox
    source, (a, b, _) = await _list_with(
        session, sb, "src", "+61411111111", "+61422222222", "+61422222222"
    )
    target, _ = await _list_with(session, sb, "dst")
    opt_out, _ = await _list_with(session, sb, "optout", "+61411111111")
    _, copied = await call(session, sb, "PUT", f"/lists/{source}/contacts/{a}/copy/{target}")
    copy_id = copied["data"]["contact_id"]
    assert copy_id != a
    await call(session, sb, "PUT", f"/lists/{source}/contacts/{b}/transfer/{target}")
    _, src = await call(session, sb, "GET", f"/lists/{source}/contacts")
    _, dst = await call(session, sb, "GET", f"/lists/{target}/contacts")
    assert sorted(c["phone_number"] for c in src["data"]["data"]) == [
        "+61411111111",
        "+61422222222",
    ]
    assert sorted(c["phone_number"] for c in dst["data"]["data"]) == [
        "+61411111111",
        "+61422222222",
    ]
    status, _ = await call(session, sb, "PUT", f"/lists/{target}/contacts/{copy_id}/copy/{source}")
    assert status == 200
    _, body = await call(session, sb, "PUT", f"/lists/{source}/remove-duplicates")
    assert body["data"]["deleted"] == 1
    await call(session, sb, "PUT", f"/lists/{source}/remove-opted-out-contacts/{opt_out}")
    _, src = await call(session, sb, "GET", f"/lists/{source}/contacts")
    assert [c["phone_number"] for c in src["data"]["data"]] == ["+61422222222"]


async def test_import_contacts_from_an_upload(clicksend_sandbox, session):
    """A CSV uploaded to the sandbox imports into a list in the given field order."""
    sb = clicksend_sandbox
    list_id, _ = await _list_with(session, sb, "imported")
    content = base64.b64encode(b"+61411111111,Ada\n+61422222222,Grace\n").decode()
    _, upload = await call(session, sb, "POST", "/uploads", json={"content": content})
    body = {"file_url": upload["data"]["_url"], "field_order": "phone_number,first_name"}
    status, _ = await call(session, sb, "POST", f"/lists/{list_id}/import", json=body)
    assert status == 200
    _, contacts = await call(
        session, sb, "GET", f"/lists/{list_id}/contacts", params={"order_by": "first_name:asc"}
    )
    assert [c["first_name"] for c in contacts["data"]["data"]] == ["Ada", "Grace"]


async def test_send_to_a_list_reaches_each_contact(clicksend_sandbox, session):
    """A message with list_id is sent to every contact of the list."""
    sb = clicksend_sandbox
    list_id, _ = await _list_with(session, sb, "team", "+61411111111", "+61422222222")
    _, body = await send(session, sb, {"list_id": list_id, "body": "hi all"})
    assert sorted(m["to"] for m in body["data"]["messages"]) == ["+61411111111", "+61422222222"]


@pytest.mark.parametrize(
    ("path", "payload", "check"),
    [
        ("/sms/templates", {"template_name": "t", "body": "b"}, "template_name"),
        (
            "/automations/sms/receipts",
            {"rule_name": "r", "match_type": 0, "action": "URL", "enabled": 1},
            "rule_name",
        ),
        ("/subaccounts", {"api_username": "sub1", "email": "a@b.co"}, "api_username"),
        ("/email/addresses", {"email_address": "test1@test.com"}, "email_address"),
        (
            "/post/return-addresses",
            {"address_name": "Ada", "address_line_1": "1 St"},
            "address_name",
        ),
    ],
)
async def test_generic_store_round_trip(clicksend_sandbox, session, path, payload, check):
    """Objects posted to a collection can be listed, read, updated and deleted by their id."""
    sb = clicksend_sandbox
    status, body = await call(session, sb, "POST", path, json=payload)
    assert status == 200
    id_field = next(k for k in body["data"] if k.endswith("_id") and body["data"][k])
    object_id = body["data"][id_field]
    _, listing = await call(session, sb, "GET", path)
    assert [o[check] for o in listing["data"]["data"]] == [payload[check]]
    _, one = await call(session, sb, "GET", f"{path}/{object_id}")
    assert one["data"][check] == payload[check]
    if path != "/email/addresses":  # allowed addresses cannot be changed, only removed
        await call(session, sb, "PUT", f"{path}/{object_id}", json={check: "changed"})
        _, one = await call(session, sb, "GET", f"{path}/{object_id}")
        assert one["data"][check] == "changed"
    status, _ = await call(session, sb, "DELETE", f"{path}/{object_id}")
    assert status == 200
    status, _ = await call(session, sb, "GET", f"{path}/{object_id}")
    assert status == 404


async def test_accounts_are_isolated(clicksend_sandbox, session):
    """One account's messages are not visible to another."""
    sb = clicksend_sandbox
    await send(session, sb, {"to": "+61411111111", "body": "mine"})
    _, body = await call(session, sb, "GET", "/sms/history", headers=basic("someone-else"))
    assert body["data"]["total"] == 0


async def test_history_date_windows_page_alike_in_order_and_out_of_order(
    clicksend_sandbox, session
):
    """A date window pages the same whether the sandbox bisects its index or filters every message.

    Sends ten seconds apart, a window over the middle of them read page by page; then a message
    dated before them all is stored last, so that the listing is out of date order and the
    sandbox filters it message by message: the same window reads the same.
    """
    sb = clicksend_sandbox
    start = int(sb.state.now())
    for batch in range(6):
        await send(
            session, sb, *({"to": "+61411111111", "body": f"b{batch} {i}"} for i in range(20))
        )
        sb.advance_clock(10)
    window = {"date_from": start + 15, "date_to": start + 45, "limit": 15}

    async def read() -> list[str]:
        bodies: list[str] = []
        page = 1
        while True:
            _, body = await call(
                session, sb, "GET", "/sms/history", params={**window, "page": page}
            )
            bodies += [m["body"] for m in body["data"]["data"]]
            if page >= body["data"]["last_page"]:
                assert body["data"]["total"] == len(bodies)
                return bodies
            page += 1

    expected = [f"b{batch} {i}" for batch in (2, 3, 4) for i in range(20)]
    assert await read() == expected
    await send(session, sb, {"to": "+61411111111", "body": "from the past"})
    *_, last = sb.state.account("user").channel("sms").values()
    last["date"] = start - 50  # as if sent earlier
    assert await read() == expected
    _, body = await call(session, sb, "GET", "/sms/history", params={"date_to": start - 1})
    assert [m["body"] for m in body["data"]["data"]] == ["from the past"]
