"""The shape of every answer, as our OpenAPI description declares it.

``_shapes.json`` holds, per operation, a template of its answer (every declared field with a
typed placeholder), built from the description by the test helper ``shapes_builder``. Answers
are rendered by laying stored values over a template: fields the template lacks are left out,
and values are converted to the type the template (and so ClickSend's own description) uses.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable


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


def _as_str(value: Any, like: str) -> Any:  # noqa: ANN401
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        # Money: ClickSend writes prices as decimal strings with four places.
        return f"{value:.4f}" if math.isfinite(value) else like
    if isinstance(value, int):
        return str(value)
    return like


def _as_int(value: Any, like: int) -> Any:  # noqa: ANN401
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return like
    if isinstance(value, float):
        return round(value) if math.isfinite(value) else like
    return int(value) if isinstance(value, bool) else like


def _as_float(value: Any, like: float) -> Any:  # noqa: ANN401
    if not isinstance(value, int | float | str):
        return like
    try:
        number = float(value)
    except ValueError:
        return like
    return number if math.isfinite(number) else like


def _as_bool(value: Any, like: bool) -> Any:  # noqa: ANN401, FBT001
    return bool(value) if isinstance(value, int) else like


# Checked in this order: a bool is an int too, so it must be seen first.
_SCALARS: tuple[tuple[type, Callable[[Any, Any], Any]], ...] = (
    (str, _as_str),
    (bool, _as_bool),
    (int, _as_int),
    (float, _as_float),
)


def coerce(value: Any, like: Any) -> Any:  # noqa: ANN401
    """Return ``value`` as the JSON type of ``like``, or ``like`` itself if it cannot be.

    Stored values come from request bodies the sandbox does not type-check field by field; an
    answer must still have the declared types, so a value of the wrong kind (an object where a
    string is declared, text where a number is) gives way to the template's placeholder.
    """
    if isinstance(like, dict) and isinstance(value, dict):
        return render(like, value)
    if value is None or like is None or type(value) is type(like):
        return value
    for kind, convert in _SCALARS:
        if isinstance(like, kind):
            return convert(value, like)
    # An object or a list is declared: nothing else can stand in for it.
    return like


def render(
    template: Any,  # noqa: ANN401
    record: dict[str, Any],
    nested: dict[str, Any] | None = None,
) -> Any:  # noqa: ANN401
    """Lay ``record`` over ``template``: the template's keys, with the record's values typed.

    ``nested`` maps a list field to the template of its entries (an operation's
    ``Shape.nested``); entries of such a field are rendered too, and any that is not an object
    is left out, since the description declares objects there.
    """
    if not isinstance(template, dict) or not template:
        return record
    out: dict[str, Any] = {}
    for key, like in template.items():
        if key in record:
            value = coerce(record[key], like)
            entry = nested.get(key) if nested else None
            if isinstance(entry, dict) and entry and isinstance(value, list):
                value = [render(entry, item) for item in value if isinstance(item, dict)]
            out[key] = value
        else:
            # Shared on purpose: rendered answers are serialised at once and never changed.
            out[key] = like
    return out
