"""Generated models read a sample of every shape their schema allows and write it back unchanged.

A sample is built from each component schema of openapi/clicksend.yaml: every property set
(nested objects and arrays included), then only the required ones, then every nullable one
null, plus a key no schema names. ``from_dict`` then ``to_dict`` must give the sample back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import clicksend_v3.models
import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "clicksend.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow a $ref and merge allOf parts into one schema."""
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for piece in schema["allOf"]:
            part = _resolve(piece)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
            for key in ("type", "nullable"):
                if key in part:
                    merged[key] = part[key]
        return merged
    return schema


_SCALARS: dict[str | None, Any] = {"integer": 7, "number": 1.5, "boolean": True}
_FORMATS = {"date-time": "2026-01-02T03:04:05+00:00", "date": "2026-01-02"}


def _sample(schema: dict[str, Any], depth: int = 0, *, nulls: bool = False) -> Any:
    """A value the schema describes, with every property set (or null, where ``nulls``)."""
    schema = _resolve(schema)
    if nulls and schema.get("nullable") and depth:
        return None
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [_sample(schema.get("items", {}), depth + 1, nulls=nulls)]
    if kind == "object" or "properties" in schema:
        return {
            name: _sample(prop, depth + 1, nulls=nulls)
            for name, prop in schema.get("properties", {}).items()
        }
    if kind in _SCALARS:
        return _SCALARS[kind]
    return _FORMATS.get(schema.get("format", ""), "text")


def _class_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name))


def _models() -> list[tuple[str, type[Any]]]:
    """Component schemas with properties and their generated classes."""
    found = []
    for name, schema in SCHEMAS.items():
        cls = getattr(clicksend_v3.models, _class_name(name), None)
        # Multipart bodies hold files, which are sent, never read from JSON.
        if name.endswith("Multipart"):
            continue
        if cls is not None and attrs.has(cls) and _resolve(schema).get("properties"):
            found.append((name, cls))
    return found


MODELS = _models()


def test_the_sample_covers_many_schemas() -> None:
    """Enough schemas are sampled, nested ones among them, for the round trips to mean much."""
    assert len(MODELS) >= 60
    assert "account" in dict(MODELS)


@pytest.mark.parametrize(("name", "cls"), MODELS, ids=[name for name, _ in MODELS])
def test_a_full_sample_round_trips(name: str, cls: type[Any]) -> None:
    """Every property set, nested models and lists included, and a key no schema names."""
    sample = _sample(SCHEMAS[name])
    model = cls.from_dict(sample)
    assert model.to_dict() == sample
    assert cls.from_dict(model.to_dict()) == model
    if hasattr(model, "additional_properties"):
        extra = {**sample, "not_in_the_schema": {"kept": [1]}}
        read = cls.from_dict(extra)
        assert read.additional_properties == {"not_in_the_schema": {"kept": [1]}}
        assert read.to_dict() == extra


@pytest.mark.parametrize(("name", "cls"), MODELS, ids=[name for name, _ in MODELS])
def test_an_unknown_key_in_place_of_a_field_is_kept_aside(name: str, cls: type[Any]) -> None:
    """As many keys as the model has fields, one of them not a field: no field takes its value."""
    sample = _sample(SCHEMAS[name])
    required = _resolve(SCHEMAS[name]).get("required", [])
    optional = [key for key in sample if key not in required]
    if not optional or not hasattr(cls, "additional_properties"):
        return
    swapped = {key: value for key, value in sample.items() if key != optional[-1]}
    swapped["not_in_the_schema"] = sample[optional[-1]]
    read = cls.from_dict(swapped)
    assert read.additional_properties == {"not_in_the_schema": sample[optional[-1]]}
    assert read.to_dict() == swapped


@pytest.mark.parametrize(("name", "cls"), MODELS, ids=[name for name, _ in MODELS])
def test_nulls_and_only_required_fields_round_trip(name: str, cls: type[Any]) -> None:
    """Nullable properties null, and a sample cut to the required properties, come back."""
    schema = _resolve(SCHEMAS[name])
    nulls = _sample(schema, nulls=True)
    assert cls.from_dict(nulls).to_dict() == nulls
    required = {
        key: value for key, value in _sample(schema).items() if key in schema.get("required", [])
    }
    assert cls.from_dict(required).to_dict() == required
    for missing in schema.get("required", []):
        with pytest.raises(KeyError, match=missing):
            cls.from_dict({key: value for key, value in required.items() if key != missing})
