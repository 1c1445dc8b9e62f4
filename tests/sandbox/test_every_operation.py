import copy
import time
from pathlib import Path
from typing import Any

import aiohttp
import jsonschema
import pytest
import yaml
from shapes_builder import build_shapes, load_spec, render

from clicksend_async.sandbox import Sandbox, SandboxSettings
from clicksend_async.sandbox._routes import operations

SHAPES_FILE = Path(__file__).resolve().parents[2] / "clicksend_async" / "sandbox" / "_shapes.json"
NOW = int(time.time())
LATER = NOW + 3600
ADDRESS = {
    "address_name": "Ada",
    "address_line_1": "1 Test St",
    "address_city": "Perth",
    "address_postal_code": "11111",
    "address_country": "AU",
}
BODIES: dict[str, Any] = {
    "send_sms": {"messages": [{"to": "+61411111111", "body": "hi", "from": "Test"}]},
    "calculate_sms_price": {"messages": [{"to": "+61411111111", "body": "hi"}]},
    "send_mms": {
        "media_file": "https://example.com/a.jpg",
        "messages": [{"to": "+61411111111", "body": "hi", "subject": "s"}],
    },
    "calculate_mms_price": {
        "media_file": "https://example.com/a.jpg",
        "messages": [{"to": "+61411111111", "body": "hi", "subject": "s"}],
    },
    "send_voice_message": {"messages": [{"to": "+61411111111", "body": "hi", "voice": "female"}]},
    "calculate_voice_price": {"messages": [{"to": "+61411111111", "body": "hi"}]},
    "send_fax": {"file_url": "https://example.com/a.pdf", "messages": [{"to": "+61261111111"}]},
    "calculate_fax_price": {
        "file_url": "https://example.com/a.pdf",
        "messages": [{"to": "+61261111111"}],
    },
    "send_letter": {"file_url": "https://example.com/a.pdf", "recipients": [ADDRESS]},
    "calculate_letter_price": {"file_url": "https://example.com/a.pdf", "recipients": [ADDRESS]},
    "send_postcard": {"file_urls": ["https://example.com/a.pdf"], "recipients": [ADDRESS]},
    "calculate_postcard_price": {
        "file_urls": ["https://example.com/a.pdf"],
        "recipients": [ADDRESS],
    },
    "send_email": {
        "to": [{"email": "test1@test.com"}],
        "from": {"email_address_id": 1, "name": "Me"},
        "subject": "s",
        "body": "b",
    },
    "calculate_email_price": {
        "to": [{"email": "test1@test.com"}],
        "from": {"email_address_id": 1, "name": "Me"},
        "subject": "s",
        "body": "b",
    },
    "create_list": {"list_name": "Friends"},
    "create_contact": {"phone_number": "+61411111111", "first_name": "Ada"},
    "create_sms_template": {"template_name": "t", "body": "hello"},
    "update_sms_template": {"template_name": "t2", "body": "hello again"},
    "create_subaccount": {"api_username": "sub", "password": "pw", "email": "a@b.co"},
    "create_allowed_email_address": {"email_address": "test1@test.com"},
    "create_return_address": ADDRESS,
    "upload_media_file": {"content": "bmFtZSxwaG9uZQ=="},
    "update_list": {"list_name": "Renamed"},
}
# Operations that would take away what later ones need; they run with the deletions, last.
LATE = frozenset({"cancel_all_sms", "cancel_all_voice_messages", "transfer_contact_to_list"})


def _nullable(node: Any) -> Any:
    """Turn OpenAPI 3.0's ``nullable: true`` into JSON Schema's ``null`` type."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _nullable(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is True:
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """Our OpenAPI description, parsed once per module."""
    return load_spec()


def response_schemas(spec: dict[str, Any]) -> dict[str, tuple[int, Any]]:
    """Return each operation's success status and its answer schema, ready for jsonschema."""
    raw = copy.deepcopy(spec["components"])
    components = _nullable(raw)
    found: dict[str, tuple[int, Any]] = {}
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if method == "parameters":
                continue
            status, response = next(iter(operation["responses"].items()))
            content = response.get("content")
            schema = None
            if content:
                schema = {
                    **_nullable(content["application/json"]["schema"]),
                    "components": components,
                }
            found[operation["operationId"]] = (int(status), schema)
    return found


def test_stored_shapes_match_the_description(spec):
    """The sandbox's stored answer templates are exactly what the description yields today."""
    assert SHAPES_FILE.read_text(encoding="utf-8") == render(build_shapes(spec))


def test_route_table_covers_every_operation(spec):
    """The sandbox routes all 231 operations of the description, with the same method and path."""
    described = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method != "parameters"
    }
    # The generated client renames parameters that shadow Python names (type -> type_).
    routed = {key: (op.method, op.path.replace("_}", "}")) for key, op in operations().items()}
    assert len(routed) == 231
    assert routed == described


async def _prepare(sb: Sandbox, session: aiohttp.ClientSession) -> dict[str, str]:
    """Create the objects path parameters refer to; return a value per parameter name."""

    async def post(path: str, body: Any) -> Any:
        async with session.post(sb.url + path, json=body) as response:
            assert response.status == 200, await response.text()
            return (await response.json())["data"]

    first = await post("/lists", {"list_name": "one"})
    second = await post("/lists", {"list_name": "two"})
    third = await post("/lists", {"list_name": "opted out"})
    contact = await post(f"/lists/{first['list_id']}/contacts", {"phone_number": "+61411111111"})
    spare = await post(f"/lists/{first['list_id']}/contacts", {"phone_number": "+61433333333"})
    await post(f"/lists/{second['list_id']}/contacts", {"phone_number": "+61422222222"})
    sms = await post(
        "/sms/send", {"messages": [{"to": "+61411111111", "body": "later", "schedule": LATER}]}
    )
    voice = await post(
        "/voice/send", {"messages": [{"to": "+61411111111", "body": "later", "schedule": LATER}]}
    )
    letter = await post(
        "/post/letters/send",
        {"file_url": "https://x.co/a.pdf", "recipients": [{**ADDRESS, "schedule": LATER}]},
    )
    postcard = await post(
        "/post/postcards/send",
        {"file_urls": ["https://x.co/a.pdf"], "recipients": [{**ADDRESS, "schedule": LATER}]},
    )
    now_sms = await post("/sms/send", {"messages": [{"to": "+61411111111", "body": "now"}]})
    sent_id = now_sms["messages"][0]["message_id"]
    inbound = sb.inject_inbound(
        from_number="+61411111111", body="reply", original_message_id=sent_id
    )
    receipt_ids = {"sms": sent_id}
    for channel, operation_id in (
        ("mms", "send_mms"),
        ("fax", "send_fax"),
        ("voice", "send_voice_message"),
    ):
        data = await post(f"/{channel}/send", BODIES[operation_id])
        receipt_ids[channel] = data["messages"][0]["message_id"]
    values = {
        "list_id": str(first["list_id"]),
        "from_list_id": str(first["list_id"]),
        "to_list_id": str(second["list_id"]),
        "opt_out_list_id": str(third["list_id"]),
        "contact_id": str(contact["contact_id"]),
        "spare_contact_id": str(spare["contact_id"]),
        "original_message_id": sent_id,
        "inbound_message_id": inbound["message_id"],
        "sms_cancel": sms["messages"][0]["message_id"],
        "voice_cancel": voice["messages"][0]["message_id"],
        "letter_cancel": letter["recipients"][0]["message_id"],
        "postcard_cancel": postcard["recipients"][0]["message_id"],
    }
    values.update({f"receipt_{channel}": message_id for channel, message_id in receipt_ids.items()})
    upload = await post("/uploads", {"content": "KzYxNDExMTExMTExLEFkYQ=="})
    values["file_url"] = upload["_url"]
    return values


def _path_for(
    operation_id: str,
    template: str,
    params: tuple[str, ...],
    made: dict[str, str],
    created: dict[str, str],
) -> str:
    values: dict[str, str] = {}
    for name in params:
        if operation_id == "cancel_sms":
            values[name] = made["sms_cancel"]
        elif operation_id == "cancel_voice_message":
            values[name] = made["voice_cancel"]
        elif operation_id == "cancel_scheduled_letter":
            values[name] = made["letter_cancel"]
        elif operation_id == "cancel_scheduled_postcard":
            values[name] = made["postcard_cancel"]
        elif operation_id == "delete_contact" and name == "contact_id":
            values[name] = made["spare_contact_id"]
        elif operation_id == "mark_inbound_sms_message_as_read":
            values[name] = made["inbound_message_id"]
        elif name == "message_id":
            values[name] = made[f"receipt_{template.split('/')[1]}"]
        elif name in made:
            values[name] = made[name]
        else:
            values[name] = created.get(template.rsplit("/", 1)[0], "1")
    return template.format_map(values)


async def test_every_operation_answers_as_described(spec, session):
    """Every operation answers 200 (204 where declared) with a body valid per our description."""
    schemas = response_schemas(spec)
    table = operations()
    async with Sandbox(SandboxSettings(receipt_delay=0)) as sb:
        made = await _prepare(sb, session)
        created: dict[str, str] = {}
        # Creations first so that reads, updates and deletes find an object; deletions last.
        order = sorted(
            table.values(),
            key=lambda op: (
                3
                if op.method == "DELETE"
                else 2
                if op.operation_id in LATE
                else op.method != "POST",
                op.operation_id,
            ),
        )
        failures = []
        for op in order:
            body = BODIES.get(op.operation_id, {})
            if op.operation_id == "import_contacts":
                body = {"file_url": made["file_url"], "field_order": "phone_number,first_name"}
            path = _path_for(op.operation_id, op.path, op.params, made, created)
            async with session.request(
                op.method, sb.url + path, json=body if op.method != "GET" else None
            ) as response:
                text = await response.text()
                status = response.status
            expected_status, schema = schemas[op.operation_id]
            if status != expected_status:
                failures.append(f"{op.operation_id} {op.method} {path}: {status} {text[:200]}")
                continue
            if schema is None:
                assert text == ""
                continue
            document = yaml.safe_load(text) if text else None
            try:
                jsonschema.validate(document, schema, cls=jsonschema.Draft7Validator)
            except jsonschema.ValidationError as error:
                failures.append(
                    f"{op.operation_id}: {error.message} at {list(error.absolute_path)}"
                )
            if op.method == "POST" and isinstance(document, dict):
                data = document.get("data", document)
                if isinstance(data, dict):
                    ids = [
                        v
                        for k, v in data.items()
                        if (k == "id" or k.endswith("_id")) and v not in (None, "", 0)
                    ]
                    if ids:
                        # Some ids are typed as numbers: 6.0 names object 6.
                        value = ids[-1] if op.path == "/reseller/accounts" else ids[0]
                        created[op.path] = (
                            str(int(value)) if isinstance(value, float) else str(value)
                        )
        assert failures == [], "\n".join(failures)
        assert sum(sb.counters.requests.values()) >= 231


async def test_unknown_path_is_a_404_envelope(clicksend_sandbox, session):
    """A path no operation has answers 404 in ClickSend's envelope."""
    async with session.get(clicksend_sandbox.url + "/no/such/thing") as response:
        assert response.status == 404
        assert await response.json() == {
            "http_code": 404,
            "response_code": "NOT_FOUND",
            "response_msg": "Resource not found.",
            "data": None,
        }


async def test_wrong_method_is_a_405_envelope(clicksend_sandbox, session):
    """A known path with a method it lacks answers 405 in the envelope, listing allowed methods."""
    async with session.delete(clicksend_sandbox.url + "/sms/send") as response:
        assert response.status == 405
        assert response.headers["Allow"] == "POST"
        body = await response.json()
        assert body["http_code"] == 405
        assert body["response_code"] == "NOT_FOUND"
