"""The shape of every answer, as our OpenAPI description declares it.

``_shapes.json`` holds, per operation, a template of its answer (every declared field with a
typed placeholder), built from the description by the test helper ``shapes_builder``. Answers
are rendered by laying stored values over a template: fields the template lacks are left out,
and values are converted to the type the template (and so ClickSend's own description) uses.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import attrs


@attrs.frozen
class Shape:
    """How one operation answers: status, whether wrapped in the envelope, and templates."""

    status: int
    envelope: bool
    page: bool
    data: Any
    item: Any
    nested: dict[str, Any]


@cache
def _document() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_shapes.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@cache
def shapes() -> dict[str, Shape]:
    """Return the shape of every operation, keyed by operation id."""
    return {key: Shape(**value) for key, value in _document()["operations"].items()}


def schema_template(name: str) -> dict[str, Any]:
    """Return the template of a named object schema (for elements of nested arrays)."""
    template: dict[str, Any] = _document()["schemas"][name]
    return template


def coerce(value: Any, like: Any) -> Any:  # noqa: ANN401, C901, PLR0911
    """Return ``value`` as the JSON type of ``like``, or ``value`` unchanged if it cannot be."""
    if value is None or like is None or type(value) is type(like):
        return value
    if isinstance(like, str):
        if isinstance(value, bool):
            return str(int(value))
        if isinstance(value, float):
            # Money: ClickSend writes prices as decimal strings with four places.
            return f"{value:.4f}"
        if isinstance(value, int):
            return str(value)
        return value
    if isinstance(like, bool):
        return bool(value) if isinstance(value, int) else value
    if isinstance(like, int):
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
        if isinstance(value, float):
            return round(value)
        return int(value) if isinstance(value, bool) else value
    if isinstance(like, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


def render(template: Any, record: dict[str, Any]) -> Any:  # noqa: ANN401
    """Lay ``record`` over ``template``: the template's keys, with the record's values typed."""
    if not isinstance(template, dict) or not template:
        return record
    out: dict[str, Any] = {}
    for key, like in template.items():
        if key in record:
            out[key] = coerce(record[key], like)
        else:
            # Shared on purpose: rendered answers are serialised at once and never changed.
            out[key] = like
    return out
