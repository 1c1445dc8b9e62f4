"""What schemathesis found in the sandbox, pinned: answers keep their declared types."""

from __future__ import annotations

import jsonschema
import pytest
from shapes_builder import load_spec
from test_every_operation import response_schemas

from clicksend_async.sandbox import Sandbox
from clicksend_async.sandbox._shapes import coerce


@pytest.mark.parametrize(
    ("value", "like", "expected"),
    [
        ({}, 0, 0),
        ([False], "", ""),
        ("9x", 0, 0),
        ("²", 0, 0),
        ("12", 0, 12),
        ("1e999", 0.0, 0.0),
        (float("inf"), "", ""),
        (float("nan"), 0, 0),
        ({"a": 1}, [], []),
        (7, "", "7"),
        ({"email": 5, "extra": 1}, {"email": "", "name": ""}, {"email": "5", "name": ""}),
    ],
)
def test_a_value_that_cannot_take_the_declared_type_gives_way_to_the_placeholder(
    value, like, expected
):
    """Coercion converts what it can and falls back to the template's placeholder otherwise."""
    assert coerce(value, like) == expected


async def test_a_stored_field_of_the_wrong_type_is_answered_with_the_declared_type(session):
    """A rule created with enabled={} answers enabled as a number, as the description says."""
    async with Sandbox() as sb:
        body = {"rule_name": "r", "match_type": 0, "action": "URL", "enabled": {}}
        async with session.post(sb.url + "/automations/email/receipts", json=body) as response:
            created = await response.json()
        async with session.get(sb.url + "/automations/email/receipts") as response:
            listed = await response.json()
    assert response.status == 200
    assert created["data"]["enabled"] == 0
    assert [rule["enabled"] for rule in listed["data"]["data"]] == [0]


async def test_a_list_of_strings_holding_an_object_is_refused(session):
    """POST /alpha-tags with countries=[{}] is a 400 naming the field, and nothing is stored."""
    async with Sandbox() as sb:
        body = {"alpha_tag": "Shop", "reason": "r", "countries": [{}]}
        async with session.post(sb.url + "/alpha-tags", json=body) as response:
            refused = await response.json()
            status = response.status
        async with session.get(sb.url + "/alpha-tags") as response:
            listed = await response.json()
    assert status == 400
    assert set(refused["data"]) == {"countries"}
    assert listed["alpha_tags"] == []


async def test_entries_of_an_object_list_are_answered_as_declared(session):
    """Default sender strategies: non-objects are left out, each object typed by its template."""
    async with Sandbox() as sb:
        body = {
            "country_code": "AU",
            "product_type": "SMS",
            "default_sender_strategies": [[None], {"sender_id": 5, "priority": "first"}],
        }
        async with session.post(sb.url + "/senders/default-senders", json=body) as response:
            created = await response.json()
    strategies = created["data"]["default_sender_strategies"]
    assert len(strategies) == 1
    assert strategies[0]["sender_id"] == "5"
    assert strategies[0]["priority"] == 0


async def test_number_typed_fields_validate_under_openapi_3_0_integer_rules(session):
    """Answers carrying 1.0 where ClickSend declares a number validate under Draft 4 rules."""
    schemas = response_schemas(load_spec())
    requests = [
        ("calculate_voice_price", "/voice/price", {"messages": [{"to": "+61411111111"}]}),
        ("view_transaction", "/recharge/transactions/7", None),
        ("calculate_email_campaign_price", "/email-campaigns/price", {}),
    ]
    async with Sandbox() as sb:
        for operation_id, path, body in requests:
            method = "GET" if body is None else "POST"
            async with session.request(method, sb.url + path, json=body) as response:
                document = await response.json()
            _, schema = schemas[operation_id]
            # OpenAPI 3.0 takes "integer" from JSON Schema draft 4, where 1.0 is no integer.
            jsonschema.validate(document, schema, cls=jsonschema.Draft4Validator)
