"""What every answer is made of: the envelope, the API error, paging and the request context.

Imported by the middlewares, the router and every handler; it imports none of them, so the
sandbox's modules form no cycle.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs
from aiohttp import web

from clicksend_async.sandbox._shapes import render

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence

    from clicksend_async.sandbox._routes import Operation
    from clicksend_async.sandbox._shapes import Shape
    from clicksend_async.sandbox._state import AccountState, Record, SandboxState

REASONS: Final = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "NOT_FOUND",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
}
# The account currency block that account details, sends and prices carry.
CURRENCY: Final = {
    "currency_name_short": "AUD",
    "currency_prefix_d": "$",
    "currency_prefix_c": "c",
    "currency_name_long": "Australian Dollars",
    "min_recharge_amount": "20.00",
    "max_recharge_amount": "10000.00",
}
_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_Q_TERM = re.compile(r"\s*([A-Za-z0-9_.]+)\s*:(.*)")
_ORDER = re.compile(r"\s*([A-Za-z0-9_.]+)\s*:\s*(asc|desc)\s*", re.IGNORECASE)
_NO_CONTENT = 204
_LIMITS = range(15, 101)


class ApiError(Exception):
    """An error answer in ClickSend's envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        data: Any = None,  # noqa: ANN401
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or REASONS.get(status, "BAD_REQUEST")
        self.message = message
        self.data = data
        self.headers = headers


def envelope(status: int, code: str, message: str, data: Any) -> dict[str, Any]:  # noqa: ANN401
    """Return ClickSend's standard answer wrapper."""
    return {"http_code": status, "response_code": code, "response_msg": message, "data": data}


def dumps(body: Any) -> bytes:  # noqa: ANN401
    """Serialise ``body`` compactly, as ClickSend writes its answers."""
    return _DUMPS(body).encode()


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> web.Response:  # noqa: ANN401
    """Serialise ``body`` as the answer."""
    return web.Response(
        status=status, body=dumps(body), content_type="application/json", headers=headers
    )


def error_response(error: ApiError) -> web.Response:
    """Render an ``ApiError`` in the envelope."""
    body = envelope(error.status, error.code, error.message, error.data)
    return json_response(error.status, body, error.headers)


@attrs.define(eq=False)
class Context:
    """One request as a handler sees it."""

    request: web.Request
    operation: Operation
    shape: Shape
    params: dict[str, str]
    state: SandboxState
    account: AccountState
    body: Any
    base_url: str
    throttled: bool = False  # scripted: a send answers every message THROTTLED

    @property
    def query(self) -> Any:  # noqa: ANN401
        """The query string parameters."""
        return self.request.query

    @property
    def item_template(self) -> dict[str, Any]:
        """The template of one entry of this operation's listing (empty if it has none)."""
        return self.shape.item if isinstance(self.shape.item, dict) else {}

    def ok(self, data: Any, message: str = "Here is your data.") -> web.Response:  # noqa: ANN401
        """Answer 200 the way this operation's description says (envelope or bare)."""
        if self.shape.status == _NO_CONTENT:
            return web.Response(status=_NO_CONTENT)
        if not self.shape.envelope:
            return json_response(200, data)
        return json_response(200, envelope(200, "SUCCESS", message, data))

    def field(self, name: str, default: Any = None) -> Any:  # noqa: ANN401
        """Return a field of the JSON body, or ``default``."""
        if isinstance(self.body, dict):
            return self.body.get(name, default)
        return default

    def not_found(self, what: str = "Resource") -> ApiError:
        """Return the 404 envelope error for a missing object, to raise."""
        return ApiError(404, f"{what} not found.")


Handler: TypeAlias = "Callable[[Context], Awaitable[web.StreamResponse]]"


# --- listing: pagination, search, order ---------------------------------------------------------


def int_param(query: Any, name: str, default: int) -> int:  # noqa: ANN401
    """Return an integer query parameter, ``default`` when absent; a 400 when not a number."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ApiError(
            400, f"{name} must be an integer.", data={name: "Must be an integer."}
        ) from None


def _search_terms(q: str) -> list[tuple[str, str]]:
    terms = []
    for part in q.split(","):
        found = _Q_TERM.fullmatch(part)
        if found is None:
            raise ApiError(400, "q must be field:value[,field:value].", data={"q": q})
        terms.append((found.group(1), found.group(2).strip().lower()))
    return terms


def _search(query: Any, records: list[Record]) -> list[Record]:  # noqa: ANN401
    q = query.get("q")
    if not q:
        return records
    terms = _search_terms(q)
    operator = query.get("operator", "AND").upper()
    if operator not in {"AND", "OR"}:
        raise ApiError(400, "operator must be AND or OR.", data={"operator": operator})
    combine = all if operator == "AND" else any
    return [
        r
        for r in records
        if combine(value in str(r.get(field, "") or "").lower() for field, value in terms)
    ]


def _order(query: Any, records: list[Record]) -> list[Record]:  # noqa: ANN401
    order_by = query.get("order_by")
    if not order_by:
        return records
    found = _ORDER.fullmatch(order_by)
    if found is None:
        raise ApiError(
            400, "order_by must be field:asc or field:desc.", data={"order_by": order_by}
        )
    key, direction = found.group(1), found.group(2).lower()
    return sorted(records, key=lambda r: _sort_key(r.get(key)), reverse=direction == "desc")


def filter_records(ctx: Context, records: list[Record]) -> list[Record]:
    """Apply ``q``/``operator``, ``date_from``/``date_to`` and ``order_by`` to a listing."""
    query = ctx.query
    date_from = int_param(query, "date_from", 0) if "date_from" in query else None
    date_to = int_param(query, "date_to", 0) if "date_to" in query else None
    if date_from is not None or date_to is not None:
        records = [r for r in records if _in_range(r, date_from, date_to)]
    return _order(query, _search(query, records))


def _sort_key(value: Any) -> tuple[int, Any]:  # noqa: ANN401
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    text = str(value)
    try:
        return (1, float(text))
    except ValueError:
        return (2, text.lower())


def _in_range(record: Record, date_from: int | None, date_to: int | None) -> bool:
    stamp = record.get("date", record.get("date_added", record.get("timestamp")))
    try:
        when = int(stamp) if stamp is not None else None
    except (TypeError, ValueError):
        when = None
    if when is None:
        return False
    return (date_from is None or when >= date_from) and (date_to is None or when <= date_to)


def _page_numbers(ctx: Context) -> tuple[int, int]:
    number = int_param(ctx.query, "page", 1)
    limit = int_param(ctx.query, "limit", 15)
    if limit not in _LIMITS:
        raise ApiError(400, "limit must be between 15 and 100.", data={"limit": "Must be 15..100."})
    if number < 1:
        raise ApiError(400, "page must be at least 1.", data={"page": "Must be at least 1."})
    return number, limit


def page(ctx: Context, records: list[Record], item_template: Any) -> dict[str, Any]:  # noqa: ANN401
    """Return one page of ``records`` as ClickSend's page object."""
    return page_of(ctx, filter_records(ctx, records), item_template)


def page_of(ctx: Context, records: Sequence[Record], item_template: Any) -> dict[str, Any]:  # noqa: ANN401
    """Return one page of ``records``, already filtered, as ClickSend's page object."""
    number, limit = _page_numbers(ctx)
    total = len(records)
    last = max(1, -(-total // limit))
    start = (number - 1) * limit
    chunk = records[start : start + limit]
    url = ctx.base_url + ctx.request.path.removeprefix("/v3")
    values: dict[str, Any] = {
        "total": total,
        "per_page": limit,
        "current_page": number,
        "last_page": last,
        "next_page_url": f"{url}?page={number + 1}" if number < last else None,
        "prev_page_url": f"{url}?page={number - 1}" if number > 1 else None,
        "from": start + 1 if chunk else None,
        "to": start + len(chunk) if chunk else None,
        "first_page_url": f"{url}?page=1",
        "last_page_url": f"{url}?page={last}",
        "path": url,
        "data": [render(item_template, record) for record in chunk],
    }
    template = ctx.shape.data if isinstance(ctx.shape.data, dict) else {}
    out = render(template, values) if template else values
    out["data"] = values["data"]
    return out
