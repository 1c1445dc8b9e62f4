"""Derive the sandbox's answer templates from openapi/clicksend.yaml.

The sandbox cannot read YAML at run time, so the shape of every answer lives in
``clicksend_async/sandbox/_shapes.json``. This module rebuilds that file; a test checks the two
agree, and ``python tests/sandbox/shapes_builder.py`` rewrites it after the description changes.

Where our description accepts two types for a field (because real answers disagree), the
template uses the type ClickSend's own description declares, so that clients generated from
ClickSend's file parse the sandbox's answers. Those choices are listed below; every other
two-way field is a string there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clicksend.yaml"
OUTPUT = ROOT / "clicksend_async" / "sandbox" / "_shapes.json"

# Fields our description types as "string or integer/number" and ClickSend's types as integer.
INTEGER_FIELDS = frozenset(
    [
        "account.user_id",
        "calculate_sms_campaign_price_data_data.schedule",
        "cancel_email_campaign_request.list_id",
        "contact.contact_id",
        "contact.list_id",
        "contact.date_added",
        "contact_list.list_id",
        "create_delivery_issue_data.issue_id",
        "create_delivery_issue_data.user_id",
        "create_delivery_issue_data.date_added",
        "create_test_sms_receipt_data.status_code",
        "create_test_sms_receipt_data.digits",
        "default_sender.user_id",
        "delivery_issue.user_id",
        "delivery_receipt_rule.enabled",
        "email_campaign.user_id",
        "email_campaign.list_id",
        "email_campaign_history.contact_id",
        "fax.user_id",
        "fax.list_id",
        "fax.date_added",
        "inbound_fax_rule.user_id",
        "inbound_fax_rule.enabled",
        "master_email_template.date_added",
        "mms.contact_id",
        "mms_campaign.user_id",
        "mms_campaign.list_id",
        "mms_campaign.schedule",
        "mms_campaign.date_added",
        "post_return_address.user_id",
        "postcard_recipient.user_id",
        "postcard_recipient.schedule",
        "postcard_recipient.date_added",
        "postcard_recipient__return_address.user_id",
        "purchase_recharge_package_data.user_id",
        "purchase_recharge_package_data.date",
        "recipient.user_id",
        "recipient.schedule",
        "recipient.date_added",
        "reseller_account.user_id",
        "send_sms_campaign_request.list_id",
        "sms_campaign.user_id",
        "sms_campaign.list_id",
        "sms_campaign.schedule",
        "sms_campaign.date_added",
        "sms_inbound_rule.enabled",
        "sms_receipt.status_code",
        "sms_receipt.digits",
        "sms_send_sms.date",
        "sms_send_sms.schedule",
        "sms_send_sms.user_id",
        "transactional_email.user_id",
        "transactional_email.schedule",
        "transactional_email.date_added",
        "update_email_campaign_request.list_id",
        "view_mms_history_data_allOf_data_inner.date_added",
        "view_mms_history_data_allOf_data_inner.contact_id",
        "view_mms_history_data_allOf_data_inner.user_id",
        "view_sms_history_data_allOf_data_inner.date",
        "view_sms_history_data_allOf_data_inner.user_id",
        "voice_message.date_added",
    ]
)
# ... and those it types as number.
NUMBER_FIELDS = frozenset(
    [
        "calculate_email_campaign_price_data_data.list_id",
        "delivery_issue.date_added",
        "view_all_transactions_data_allOf_data_inner.date",
        "view_sms_statistics_data_stats_inner.date",
        "view_voice_statistics_data_stats_inner.date",
        "voice_message.user_id",
    ]
)
PRIMITIVES: dict[str, Any] = {"string": "", "integer": 0, "number": 0.0, "boolean": False}
MAX_DEPTH = 12


class _Builder:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def resolve(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        ref = schema.get("$ref")
        if ref is None:
            return None, schema
        name = ref.rsplit("/", 1)[-1]
        return name, self.schemas[name]

    def is_page(self, schema: dict[str, Any]) -> bool:
        _, schema = self.resolve(schema)
        if "oneOf" in schema and len(schema["oneOf"]) == 1:
            return self.is_page(schema["oneOf"][0])
        return any(part.get("$ref", "").endswith("/Page") for part in schema.get("allOf", ()))

    def array_part(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        """Return the ``type: array`` part of an ``allOf`` page (a slip of the description)."""
        _, schema = self.resolve(schema)
        if "oneOf" in schema and len(schema["oneOf"]) == 1:
            return self.array_part(schema["oneOf"][0])
        return next((p for p in schema.get("allOf", ()) if p.get("type") == "array"), None)

    def property_schema(self, schema: dict[str, Any], key: str) -> dict[str, Any] | None:
        """Return the schema of one property, looking through refs, allOf and single oneOf."""
        _, schema = self.resolve(schema)
        if "oneOf" in schema and len(schema["oneOf"]) == 1:
            return self.property_schema(schema["oneOf"][0], key)
        found = schema.get("properties", {}).get(key)
        for part in schema.get("allOf", ()):
            found = self.property_schema(part, key) or found
        return found

    def template(self, schema: dict[str, Any], owner: str | None, field: str, depth: int) -> Any:  # noqa: C901, PLR0911
        name, schema = self.resolve(schema)
        owner = name or owner
        if depth > MAX_DEPTH:
            return None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.template(part, owner, field, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        if "oneOf" in schema:
            options = schema["oneOf"]
            if all("type" in option and "$ref" not in option for option in options):
                key = f"{owner}.{field}"
                if key in INTEGER_FIELDS:
                    return 0
                if key in NUMBER_FIELDS:
                    return 0.0
                return ""
            return self.template(options[0], owner, field, depth + 1)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "array":
            return []
        if kind == "object" or "properties" in schema:
            return {
                key: self.template(value, owner, key, depth + 1)
                for key, value in schema.get("properties", {}).items()
            }
        return PRIMITIVES.get(kind) if isinstance(kind, str) else None

    def item_template(self, schema: dict[str, Any]) -> Any:
        """Template of one element of the array a page or array answer carries."""
        _, resolved = self.resolve(schema)
        if self.is_page(schema):
            inner = self.array_part(schema) or self.property_schema(schema, "data")
        elif resolved.get("type") == "array":
            inner = resolved
        else:
            return None
        if inner is None:
            return None
        _, inner = self.resolve(inner)
        items = inner.get("items")
        return None if items is None else self.template(items, None, "", 0)

    def operation(self, operation: dict[str, Any]) -> dict[str, Any]:
        responses = operation["responses"]
        if "200" not in responses:
            return {
                "status": 204,
                "envelope": False,
                "page": False,
                "data": None,
                "item": None,
                "nested": {},
            }
        schema = responses["200"]["content"]["application/json"]["schema"]
        name, resolved = self.resolve(schema)
        envelope = name == "Envelope" or any(
            part.get("$ref", "").endswith("/Envelope") for part in resolved.get("allOf", ())
        )
        body_schema = self.property_schema(schema, "data") if envelope else schema
        if envelope and name == "Envelope":
            body_schema = None
        if body_schema is None:
            return {
                "status": 200,
                "envelope": envelope,
                "page": False,
                "data": None,
                "item": None,
                "nested": {},
            }
        page = self.is_page(body_schema)
        data = self.template(body_schema, None, "data", 0)
        item = self.item_template(body_schema)
        if data is None and not page:
            # An untyped ``data`` is declared: nothing to promise beyond the envelope.
            item = None
        return {
            "status": 200,
            "envelope": envelope,
            "page": page,
            "data": data,
            "item": item,
            "nested": self.nested_templates(body_schema, data),
        }

    def nested_templates(self, schema: dict[str, Any], data: Any) -> dict[str, Any]:
        """Templates of the elements of arrays one level inside ``data`` (``messages`` ...)."""
        if not isinstance(data, dict):
            return {}
        nested: dict[str, Any] = {}
        for key, value in data.items():
            if key == "data" or not isinstance(value, list):
                continue
            inner = self.property_schema(schema, key)
            if inner is None:
                continue
            _, inner = self.resolve(inner)
            items = inner.get("items")
            if items is not None:
                nested[key] = self.template(items, None, "", 0)
        return nested


def build_shapes(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the template document for every operation of the description."""
    builder = _Builder(spec)
    operations: dict[str, Any] = {}
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if method == "parameters":
                continue
            operations[operation["operationId"]] = builder.operation(operation)
    # Object schemas by name, so the sandbox can build the elements of nested arrays too.
    schemas = {
        name: builder.template({"$ref": f"#/components/schemas/{name}"}, None, "", 0)
        for name, schema in sorted(builder.schemas.items())
        if not name[0].isupper() and "properties" in schema
    }
    return {"operations": dict(sorted(operations.items())), "schemas": schemas}


def render(shapes: dict[str, Any]) -> str:
    """Serialise the templates the way they are stored (stable, one operation a line)."""
    sections = []
    for section in ("operations", "schemas"):
        lines = [
            f"  {json.dumps(key)}: {json.dumps(value, separators=(',', ':'))}"
            for key, value in shapes[section].items()
        ]
        sections.append(f'"{section}": {{\n' + ",\n".join(lines) + "\n}")
    return "{" + ",\n".join(sections) + "}\n"


def load_spec() -> dict[str, Any]:
    """Read our OpenAPI description."""
    with SPEC.open(encoding="utf-8") as stream:
        spec: dict[str, Any] = yaml.safe_load(stream)
    return spec


def main() -> int:
    """Rewrite the stored templates from the description."""
    OUTPUT.write_text(render(build_shapes(load_spec())), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
