"""openapi/clicksend.yaml writes each schema shape once, so no two generated models are copies."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "clicksend.yaml"

# Copies kept on purpose, each group listed whole.
KNOWN_COPIES = {
    # Hand-written code imports or uses these models by name, so each keeps its own schema.
    frozenset({"StringListResponse", "DeleteContactResponse", "DeleteListResponse"}),
    frozenset(
        {"ContactResponse", "CreateContactResponse", "UpdateContactResponse", "ViewContactResponse"}
    ),
    frozenset({"CreateListResponse", "UpdateListResponse", "ViewListResponse"}),
    # The name callers of cancel_sms (the client's SMS resource) use.
    frozenset({"CancelSmsResponse", "ObjectResponse"}),
    # ClickSend's own description types `schedule` differently in these two, and the sandbox's
    # answers follow it.
    frozenset({"calculate_mms_campaign_price_data_data", "calculate_sms_campaign_price_data_data"}),
}


def _object_schemas(node: Any, where: str, found: list[tuple[str, Any]]) -> None:
    """Collect every schema with properties (each becomes a model), with where it is."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            found.append((where, node))
        for key, value in node.items():
            _object_schemas(value, f"{where}/{key}", found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _object_schemas(value, f"{where}/{index}", found)


def _copies(spec: dict[str, Any]) -> list[set[str]]:
    """Groups of places whose schemas are identical, named by component where they are one."""
    found: list[tuple[str, Any]] = []
    _object_schemas(spec["paths"], "paths", found)
    for name, schema in spec["components"]["schemas"].items():
        # A component is named by its name, and its inline parts by where they are.
        found.append((name, schema))
        for key, value in schema.items():
            _object_schemas(value, f"components/schemas/{name}/{key}", found)
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for where, schema in found:
        groups[json.dumps(schema, sort_keys=True)].append(where)
    return [set(places) for places in groups.values() if len(places) > 1]


def _component(place: str) -> str:
    return place.removeprefix("components/schemas/").split("/", 1)[0]


def test_no_schema_is_written_twice() -> None:
    """Identical schemas share one component through $ref, apart from the known copies."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    unexpected = []
    for places in _copies(spec):
        components = frozenset(_component(place) for place in places)
        if components not in KNOWN_COPIES:
            unexpected.append(sorted(places))
    assert unexpected == []


def test_the_check_finds_a_copy() -> None:
    """A schema written out again under another name is reported."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["another_delivery_receipt_rule"] = dict(schemas["delivery_receipt_rule"])
    assert {"delivery_receipt_rule", "another_delivery_receipt_rule"} in _copies(spec)
