"""The seam's JSON: whichever library is installed, the same bytes in and the same values out."""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import sys
from typing import TYPE_CHECKING

import pytest

from clicksend_async import _json

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType


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


@functools.cache
def _stdlib_json() -> ModuleType:
    """A fresh copy of the module that picked the standard library (orjson hidden from it)."""
    spec = importlib.util.find_spec("clicksend_async._json")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    hidden = sys.modules.get("orjson")
    sys.modules["orjson"] = None  # type: ignore[assignment]
    try:
        spec.loader.exec_module(module)
    finally:
        if hidden is None:
            del sys.modules["orjson"]
        else:
            sys.modules["orjson"] = hidden
    assert module.BACKEND == "stdlib"
    return module


BACKENDS = [pytest.param(lambda: _json, id="installed"), pytest.param(_stdlib_json, id="stdlib")]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "content",
    [
        '{"a": "é"}'.encode(),
        '\ufeff{"a": "é"}'.encode(),  # UTF-8 with a byte order mark
        '{"a": "é"}'.encode("utf-16"),
        '{"a": "é"}'.encode("utf-32-le"),
        '["\ud800"]'.encode("utf-8", "surrogatepass"),  # a lone surrogate, as json.loads allows
        b'  {"a": [1, 2.5, null]}\n',
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-32-le", "lone-surrogate", "spaced"],
)
def test_loads_reads_every_encoding_json_loads_reads(
    backend: Callable[[], ModuleType], content: bytes
) -> None:
    """Both backends decode what json.loads decodes, whatever the encoding, to the same value."""
    assert backend().loads(content) == json.loads(content)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("content", [b"", b"<html>", b'{"a": 1', b"\xff\xfe", b'{"a": 1} x'])
def test_loads_refuses_what_is_not_json_with_value_error(
    backend: Callable[[], ModuleType], content: bytes
) -> None:
    """Either backend raises ValueError for anything that is not JSON (bad UTF-8 included)."""
    with pytest.raises(ValueError, match=r"."):
        backend().loads(content)


def _decoded_copies_kept(error: BaseException | None) -> int:
    """How many characters of decoded body an error and the errors it carries hold."""
    kept = 0
    while error is not None:
        doc = getattr(error, "doc", None)
        kept += len(doc) if isinstance(doc, str) else 0
        error = error.__context__ or error.__cause__
    return kept


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_failed_decode_keeps_one_copy_of_the_body(backend: Callable[[], ModuleType]) -> None:
    """The error for a large body that is not JSON holds the body's text once, not once per try.

    A hostile server can answer with tens of MiB that are not JSON; the error a caller keeps
    must not double that.
    """
    content = b"<html>" + b"A" * 100_000
    with pytest.raises(ValueError, match=r".") as caught:
        backend().loads(content)
    assert _decoded_copies_kept(caught.value) <= len(content)
