# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Errors raised by endpoint functions when no richer error layer sits above them."""

import json
from typing import Any

__all__ = ["ResponseParseError", "UnexpectedStatus"]


def _envelope(content: bytes) -> dict[str, Any]:
    try:
        decoded = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return decoded if isinstance(decoded, dict) else {}


class UnexpectedStatus(Exception):
    """The service answered with a status the operation does not succeed with.

    ``response_code``, ``response_msg`` and ``data`` come from the service's envelope when the
    body has one, and are None otherwise (an HTML error page, an empty body).
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        envelope = _envelope(content)
        code = envelope.get("response_code")
        msg = envelope.get("response_msg")
        self.response_code: str | None = code if isinstance(code, str) else None
        self.response_msg: str | None = msg if isinstance(msg, str) else None
        self.data: Any = envelope.get("data")
        detail = (
            f"{self.response_code}: {self.response_msg}"
            if self.response_code
            else f"{len(content)} bytes, not an envelope"
        )
        super().__init__(f"unexpected status {status_code} ({detail})")


class ResponseParseError(Exception):
    """A successful status came with a body that is not the JSON the operation describes."""

    def __init__(self, status_code: int, content: bytes, reason: str) -> None:
        self.status_code = status_code
        self.content = content
        self.reason = reason
        super().__init__(
            f"could not decode a {status_code} answer ({len(content)} bytes): {reason}"
        )
