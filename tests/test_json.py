"""The seam's JSON: whichever library is installed, the same bytes in and the same values out."""

from __future__ import annotations

import json
import math

import pytest

from clicksend_async import _json


def test_dumps_is_compact_utf8_like_the_standard_library() -> None:
    """Request bodies are compact UTF-8 JSON, non-ASCII written as is."""
    value = {"messages": [{"to": "+61411111111", "body": "héllo ✓", "n": 1, "ok": True}]}
    assert (
        _json.dumps(value) == json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    )


def test_dumps_falls_back_for_what_orjson_refuses() -> None:
    """Integers beyond 64 bits and non-string keys are written as the standard library does."""
    value = {"big": 2**70, 3: "three"}
    assert json.loads(_json.dumps(value)) == {"big": 2**70, "3": "three"}


def test_dumps_refuses_what_is_not_json() -> None:
    """A value neither library can write raises TypeError, as without the extra."""
    with pytest.raises(TypeError):
        _json.dumps({"when": object()})


def test_loads_reads_what_the_standard_library_reads() -> None:
    """NaN and huge integers in an answer decode as the standard library decodes them."""
    decoded = _json.loads(b'{"a": NaN, "b": 123456789012345678901234567890}')
    assert math.isnan(decoded["a"])
    assert decoded["b"] == 123456789012345678901234567890


@pytest.mark.parametrize("content", [b"", b"<html>", b'{"a": 1', b"\xff\xfe"])
def test_loads_refuses_what_is_not_json_with_value_error(content: bytes) -> None:
    """Anything that is not JSON (bad UTF-8 included) raises ValueError."""
    with pytest.raises(ValueError, match=r"."):
        _json.loads(content)
