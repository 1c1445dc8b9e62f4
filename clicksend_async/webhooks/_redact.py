"""Keeping the receiver's secret token out of access logs, whichever access logger runs.

The token is the last segment of the path ClickSend pushes to. aiohttp logs each request after
the answer went out, from the same request object the handler saw, and any access logger (the
default one, a custom ``AbstractAccessLogger``, a middleware that logs) reads the path from it.
So the handler rewrites that object's URL in place, with ``***`` for the token, once it has
checked the token. aiohttp offers no public way to do so (``clone()`` makes a copy that the
logger never sees), hence the private attributes below; a test runs a real server and reads the
access log, so a change in aiohttp cannot quietly bring the token back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from yarl import URL

if TYPE_CHECKING:
    from aiohttp import web

__all__ = ["REDACTED", "hide_token"]

REDACTED: Final = "***"
# Values aiohttp computes from the URL once and caches on the request.
_CACHED_FROM_URL: Final = ("url", "rel_url", "path", "path_qs", "raw_path", "message")


def hide_token(request: web.Request) -> None:
    """Replace the token in ``request``'s path, and in its match info, by ``***``."""
    original = request.rel_url
    parent = original.raw_path.rpartition("/")[0]
    redacted = URL.build(
        path=f"{parent}/{REDACTED}", query_string=original.raw_query_string, encoded=True
    )
    request._rel_url = redacted  # noqa: SLF001 - see the module docstring
    request._message = request._message._replace(path=str(redacted), url=redacted)  # noqa: SLF001
    for name in _CACHED_FROM_URL:
        request._cache.pop(name, None)  # noqa: SLF001
    request.match_info["token"] = REDACTED
