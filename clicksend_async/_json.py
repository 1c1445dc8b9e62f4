"""JSON for requests and answers: orjson when the ``speedups`` extra is installed, else stdlib.

The choice is made once, at import. orjson is only a faster route to the same result: anything
it refuses (integers beyond 64 bits, non-string keys, NaN in an answer, a byte order mark) is
handed to the standard library, which then behaves, and fails, exactly as without the extra.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

try:
    import orjson as _orjson  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - depends on whether the extra is installed
    _orjson = None  # type: ignore[assignment,unused-ignore]

# Compact, and UTF-8 rather than \u escapes: what ClickSend takes and what orjson writes.
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_DECODE = json.loads
_TEXT_DECODE = json.JSONDecoder().decode

BACKEND = "stdlib" if _orjson is None else "orjson"


class JsonText(bytes):
    """A request body already written as JSON (UTF-8): sent as it is, not encoded again."""

    __slots__ = ()


if _orjson is None:  # pragma: no cover - depends on whether the extra is installed

    def dumps(value: Any) -> bytes:  # noqa: ANN401 - any JSON-able value
        """Return ``value`` as compact UTF-8 JSON."""
        return _ENCODE(value).encode()

    def loads(content: bytes) -> Any:  # noqa: ANN401 - whatever the JSON holds
        """Decode JSON; ValueError for anything that is not JSON (including bad UTF-8)."""
        try:
            # UTF-8, as ClickSend answers, decoded without json.loads's guess at the encoding.
            return _TEXT_DECODE(content.decode())
        except ValueError:
            pass
        # A byte order mark, UTF-16 or UTF-32, or not JSON: json.loads reads the first three as
        # it always does, and raises for the last. Outside the handler, so that its error does
        # not carry the first one (and a second copy of the body, its ``doc``) as its context.
        return _DECODE(content)

else:  # pragma: no cover - depends on whether the extra is installed
    _fast_dumps: Callable[[Any], bytes] = _orjson.dumps
    _fast_loads: Callable[[bytes], Any] = _orjson.loads

    def dumps(value: Any) -> bytes:  # noqa: ANN401 - any JSON-able value
        """Return ``value`` as compact UTF-8 JSON."""
        try:
            return _fast_dumps(value)
        except TypeError:
            return _ENCODE(value).encode()

    def loads(content: bytes) -> Any:  # noqa: ANN401 - whatever the JSON holds
        """Decode JSON; ValueError for anything that is not JSON (including bad UTF-8)."""
        try:
            return _fast_loads(content)
        except ValueError:
            pass
        # Outside the handler, for the reason given in the standard library's loads above.
        return _DECODE(content)
