"""The control API: the sandbox's control operations over HTTP, for tests in any language.

It answers under ``/_sandbox`` on the sandbox's own listener (no ClickSend path starts so), and
serves the export links under ``/downloads/``. Its requests skip every stage of the ClickSend
pipeline: they need no credentials, are not counted, and are never rate-limited, delayed or
failed by a fault. JSON in, JSON out; a bad request answers 400 with ``{"error": "..."}``.

Operations (``{u}`` is an account's username)::

    GET    /_sandbox                            this list
    POST   /_sandbox/reset                      forget everything; loaded state is reloaded
    POST   /_sandbox/state                      load accounts, lists and contacts (see _seed)
    GET    /_sandbox/accounts                   every account: balance, status, strict key
    POST   /_sandbox/accounts                   {username, api_key, balance?, status?}
    PATCH  /_sandbox/accounts/{u}               {balance?, status?}
    GET    /_sandbox/accounts/{u}/stored        counts by channel
    GET    /_sandbox/accounts/{u}/stored/{ch}   messages, count, duplicates by custom_string
    POST   /_sandbox/inbound                    {from, body, to?, username?,
                                                 original_message_id?, keyword?}
    POST   /_sandbox/receipts/deliver           {username?}: pending receipts arrive now
    POST   /_sandbox/clock                      {advance: seconds}: move the clock forward
    GET    /_sandbox/faults                     the scripted answers still queued
    POST   /_sandbox/faults                     {target, kind, count?, delay?, after_accept?}
    DELETE /_sandbox/faults                     forget the scripted answers
    GET    /_sandbox/counters                   requests, messages, pushes and faults
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Any, Final

from aiohttp import web

from clicksend_async.sandbox._handlers.exports import DOWNLOADS
from clicksend_async.sandbox._responses import dumps
from clicksend_async.sandbox._seed import parse_balance, parse_seed, parse_status

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from aiohttp.typedefs import Handler

    from clicksend_async.sandbox._admin import Admin

    Action = Callable[["Control", dict[str, str], Any], Awaitable[Any]]

CONTROL_PREFIX: Final = "/_sandbox"
_NAMED_KINDS: Final = ("drop", "throttled", "latency")


class ControlError(Exception):
    """A control request that cannot be served: answered with its status and message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _answer(status: int, body: Any) -> web.Response:  # noqa: ANN401
    return web.Response(status=status, body=dumps(body), content_type="application/json")


def _object(body: Any) -> dict[str, Any]:  # noqa: ANN401
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise ControlError(400, "the body must be a JSON object")
    return body


def _text(fields: dict[str, Any], name: str, *, required: bool = True) -> str | None:
    value = fields.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise ControlError(400, f"{name} must be a non-empty string")
    return value


def _number(fields: dict[str, Any], name: str, default: float) -> float:
    value = fields.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ControlError(400, f"{name} must be a number")
    if value < 0:
        raise ControlError(400, f"{name} must not be negative")
    return float(value)


def _kind(value: Any) -> Any:  # noqa: ANN401
    """Return a fault kind from JSON: a status (number or digits) or a named kind."""
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not (isinstance(value, int) or value in _NAMED_KINDS):
        raise ControlError(
            400, "kind must be an HTTP status 400-599 or one of drop, throttled, latency"
        )
    return value


def _count(fields: dict[str, Any]) -> int:
    value = fields.get("count", 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ControlError(400, "count must be a whole number of at least 1")
    return value


class Control:
    """Serve the control API and the export downloads in front of the ClickSend stages."""

    def __init__(self, admin: Admin) -> None:
        self.admin = admin
        routes: list[tuple[str, str, Action]] = [
            ("GET", "", Control.index),
            ("POST", "/reset", Control.reset),
            ("POST", "/state", Control.load_state),
            ("GET", "/accounts", Control.accounts),
            ("POST", "/accounts", Control.add_account),
            ("PATCH", "/accounts/{username}", Control.set_account),
            ("GET", "/accounts/{username}/stored", Control.stored),
            ("GET", "/accounts/{username}/stored/{channel}", Control.stored_channel),
            ("POST", "/inbound", Control.inbound),
            ("POST", "/receipts/deliver", Control.deliver),
            ("POST", "/clock", Control.clock),
            ("GET", "/faults", Control.faults),
            ("POST", "/faults", Control.script),
            ("DELETE", "/faults", Control.clear_faults),
            ("GET", "/counters", Control.counters),
        ]
        self.listing = [f"{method} {CONTROL_PREFIX}{path}" for method, path, _ in routes]
        self.routes = [
            (method, re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "/?"), action)
            for method, path, action in routes
        ]

    @web.middleware
    async def intercept(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Serve control and download paths; pass every other request to the ClickSend stages."""
        path = request.path
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            return await self.serve(request, path.removeprefix(CONTROL_PREFIX))
        if path.startswith(DOWNLOADS) and request.method in {"GET", "HEAD"}:
            return self.download(path.removeprefix(DOWNLOADS))
        return await handler(request)

    async def serve(self, request: web.Request, path: str) -> web.Response:
        """Answer one control request."""
        allowed: list[str] = []
        for method, regex, action in self.routes:
            found = regex.fullmatch(path)
            if found is None:
                continue
            if method != request.method:
                allowed.append(method)
                continue
            try:
                raw = await request.read()
                try:
                    body = json.loads(raw) if raw.strip() else None
                except ValueError:
                    raise ControlError(400, "the body is not valid JSON") from None
                return _answer(200, await action(self, found.groupdict(), body))
            except ControlError as error:
                return _answer(error.status, {"error": error.message})
            except ValueError as error:
                return _answer(400, {"error": str(error)})
            except KeyError as error:
                return _answer(404, {"error": f"no account {error.args[0]!r}"})
        if allowed:
            return _answer(405, {"error": f"use {', '.join(allowed)}", "allowed": allowed})
        return _answer(404, {"error": "no such control operation", "operations": self.listing})

    def download(self, rest: str) -> web.Response:
        """Serve an export's file once, by its token; the link then stops working."""
        token, _, name = rest.partition("/")
        found = self.admin.state.downloads.get(token)
        if found is None or found[0] != name:
            return _answer(404, {"error": "no such download (each link serves once)"})
        del self.admin.state.downloads[token]
        return web.Response(
            body=found[1],
            content_type="text/csv",
            charset="utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    async def index(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """List the control operations."""
        return {"operations": self.listing}

    async def reset(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """Forget everything."""
        self.admin.reset()
        return {"reset": True}

    async def load_state(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Load accounts, lists and contacts."""
        seeds = parse_seed(body)
        self.admin.load_state(seeds)
        return {
            "accounts": [self.admin.describe(self.admin.state.account(s.username)) for s in seeds]
        }

    async def accounts(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """Describe every account."""
        return {"accounts": self.admin.accounts()}

    async def add_account(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Create an account that strict mode accepts."""
        fields = _object(body)
        return self.admin.add_account(
            str(_text(fields, "username")),
            str(_text(fields, "api_key")),
            balance=parse_balance(fields.get("balance"), "balance"),
            status=parse_status(fields.get("status", "active"), "status"),
        )

    async def set_account(self, params: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Change an account's balance and status."""
        fields = _object(body)
        if not {"balance", "status"} & set(fields):
            raise ControlError(400, "give balance, status or both")
        status = fields.get("status")
        return self.admin.set_account(
            params["username"],
            balance=parse_balance(fields.get("balance"), "balance"),
            status=parse_status(status, "status") if status is not None else None,
        )

    async def stored(self, params: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """Count what one account holds, by channel."""
        return self.admin.stored(params["username"])

    async def stored_channel(self, params: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """List one channel's messages of an account."""
        return self.admin.stored_messages(params["username"], params["channel"])

    async def inbound(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Deliver an inbound SMS."""
        fields = _object(body)
        record = self.admin.inject_inbound(
            from_number=str(_text(fields, "from")),
            body=str(_text(fields, "body")),
            to=_text(fields, "to", required=False),
            username=_text(fields, "username", required=False),
            original_message_id=_text(fields, "original_message_id", required=False),
            keyword=_text(fields, "keyword", required=False),
        )
        return {key: value for key, value in record.items() if key != "_read"}

    async def deliver(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Make pending receipts arrive now."""
        username = _text(_object(body), "username", required=False)
        return {"delivered": self.admin.deliver_receipts(username)}

    async def clock(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Move the sandbox's clock forward."""
        fields = _object(body)
        if "advance" not in fields:
            raise ControlError(400, "advance (seconds) is required")
        offset = self.admin.advance_clock(_number(fields, "advance", 0.0))
        return {"clock_offset": offset, "now": self.admin.state.now()}

    async def faults(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """List the scripted answers still queued."""
        counters = self.admin.counters()
        return {"pending": counters["faults_pending"], "queued": counters["faults_queued"]}

    async def script(self, _: dict[str, str], body: Any) -> Any:  # noqa: ANN401
        """Script the next answers of an operation or path."""
        fields = _object(body)
        after = fields.get("after_accept")
        if after is not None and not isinstance(after, bool):
            raise ControlError(400, "after_accept must be true, false or null")
        target = str(_text(fields, "target"))
        self.admin.script(
            target,
            _count(fields),
            _kind(fields.get("kind", 500)),
            delay=_number(fields, "delay", 0.0),
            after_accept=after,
        )
        return await self.faults({}, None)

    async def clear_faults(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """Forget the scripted answers."""
        self.admin.faults.clear()
        return {"pending": 0, "queued": {}}

    async def counters(self, _: dict[str, str], __: Any) -> Any:  # noqa: ANN401
        """Read the counters."""
        return self.admin.counters()
