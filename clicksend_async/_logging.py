"""The library's logger, switched on by ``CLICKSEND_LOG``, and header redaction."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

logger = logging.getLogger("clicksend_async")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
_handler: logging.Handler | None = None


def configure_from_environment() -> None:
    """Attach a stderr handler at the level ``CLICKSEND_LOG`` names (debug or info), once."""
    global _handler  # noqa: PLW0603 - one handler per process, however many clients
    level = _LEVELS.get(os.environ.get("CLICKSEND_LOG", "").strip().lower())
    if level is None or _handler is not None:
        return
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(level)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Return the headers with credentials replaced, fit for a log line."""
    return {
        name: "[redacted]" if name.lower() in _SECRET_HEADERS else value
        for name, value in headers.items()
    }
