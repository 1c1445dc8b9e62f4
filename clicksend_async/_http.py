"""The one HTTP seam: every request, generated or hand-written, is sent here."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

import aiohttp
from clicksend_v3.client import RawResponse, Request

from clicksend_async._version import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

USER_AGENT = f"clicksend-async/{__version__} aiohttp/{aiohttp.__version__}"


def basic_authorization(username: str, api_key: str) -> str:
    """Return the Authorization header value for HTTP Basic auth.

    Built by hand because aiohttp's ``BasicAuth`` helper is deprecated in 3.14.
    """
    token = base64.b64encode(f"{username}:{api_key}".encode()).decode("ascii")
    return f"Basic {token}"


def join_url(base_url: str, path: str) -> str:
    """Append an operation path to the base URL.

    Plain concatenation on purpose: resolving an absolute path such as ``/sms/send`` against a
    base URL that has a path (``.../v3``) would drop the ``/v3``.
    """
    return base_url.rstrip("/") + path


def encode_body(request: Request) -> tuple[Any, dict[str, str]]:
    """Return the body to hand to aiohttp and the headers that describe it."""
    if request.files is not None:
        form = aiohttp.FormData()
        for name, (file_name, content, content_type) in request.files:
            if file_name is None and content_type in (None, "text/plain"):
                # A plain form field, not a file.
                text = content.decode() if isinstance(content, bytes) else content
                form.add_field(name, text if isinstance(text, str) else text.read())
            else:
                form.add_field(name, content, filename=file_name, content_type=content_type)
        return form, {}
    if request.json is not None:
        payload = json.dumps(request.json, separators=(",", ":"), ensure_ascii=False).encode()
        return payload, {"Content-Type": "application/json"}
    return None, {}


async def send_once(
    session: aiohttp.ClientSession,
    base_url: str,
    request: Request,
    *,
    headers: Mapping[str, str],
    # aiohttp's own timeout object, not asyncio.timeout: it tells connect time from total time.
    timeout: aiohttp.ClientTimeout | None = None,  # noqa: ASYNC109
) -> RawResponse:
    """Send one request once and read the whole answer; no retries, no error mapping."""
    body, body_headers = encode_body(request)
    async with session.request(
        request.method,
        join_url(base_url, request.path),
        params=request.params or None,
        data=body,
        headers={**headers, **body_headers},
        timeout=timeout,
    ) as response:
        content = await response.read()
        return RawResponse(status=response.status, headers=response.headers, content=content)
