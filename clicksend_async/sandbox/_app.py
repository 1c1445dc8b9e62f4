"""The aiohttp application: transport rules, faults, dispatch, and the generic resource store."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
import time
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs
from aiohttp import web

from clicksend_async.sandbox import _handlers
from clicksend_async.sandbox._routes import Operation, Router, operations
from clicksend_async.sandbox._shapes import Shape, render, shapes

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from clicksend_async.sandbox._faults import Faults
    from clicksend_async.sandbox._state import AccountState, Record, SandboxState

STATE_KEY: web.AppKey[SandboxState] = web.AppKey("state")
FAULTS_KEY: web.AppKey[Faults] = web.AppKey("faults")

REASONS = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "NOT_FOUND",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
}
# Operations ClickSend's description lists without a security requirement.
PUBLIC_OPERATIONS = frozenset({"view_countries"})
_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_Q_TERM = re.compile(r"\s*([A-Za-z0-9_.]+)\s*:(.*)")
_ORDER = re.compile(r"\s*([A-Za-z0-9_.]+)\s*:\s*(asc|desc)\s*", re.IGNORECASE)


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


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> web.Response:  # noqa: ANN401
    """Serialise ``body`` as the answer."""
    return web.Response(
        status=status,
        body=_DUMPS(body).encode(),
        content_type="application/json",
        headers=headers,
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

    @property
    def query(self) -> Any:  # noqa: ANN401
        """The query string parameters."""
        return self.request.query

    def ok(self, data: Any, message: str = "Here is your data.") -> web.Response:  # noqa: ANN401
        """Answer 200 the way this operation's description says (envelope or bare)."""
        if self.shape.status == 204:  # noqa: PLR2004
            return web.Response(status=204)
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


def parse_basic(header: str | None) -> tuple[str, str] | None:
    """Return (username, key) from a Basic Authorization header, or None."""
    if not header or header[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, sep, key = decoded.partition(":")
    if not sep or not username:
        return None
    return username, key


# --- listing: pagination, search, order ---------------------------------------------------------


def _int_param(query: Any, name: str, default: int) -> int:  # noqa: ANN401
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ApiError(
            400, f"{name} must be an integer.", data={name: "Must be an integer."}
        ) from None


def filter_records(ctx: Context, records: list[Record]) -> list[Record]:
    """Apply ``q``/``operator``, ``date_from``/``date_to`` and ``order_by`` to a listing."""
    query = ctx.query
    date_from = _int_param(query, "date_from", 0) if "date_from" in query else None
    date_to = _int_param(query, "date_to", 0) if "date_to" in query else None
    if date_from is not None or date_to is not None:
        records = [r for r in records if _in_range(r, date_from, date_to)]
    q = query.get("q")
    if q:
        terms = []
        for part in q.split(","):
            found = _Q_TERM.fullmatch(part)
            if found is None:
                raise ApiError(400, "q must be field:value[,field:value].", data={"q": q})
            terms.append((found.group(1), found.group(2).strip().lower()))
        operator = query.get("operator", "AND").upper()
        if operator not in {"AND", "OR"}:
            raise ApiError(400, "operator must be AND or OR.", data={"operator": operator})
        combine = all if operator == "AND" else any
        records = [
            r
            for r in records
            if combine(value in str(r.get(field, "") or "").lower() for field, value in terms)
        ]
    order_by = query.get("order_by")
    if order_by:
        found = _ORDER.fullmatch(order_by)
        if found is None:
            raise ApiError(
                400, "order_by must be field:asc or field:desc.", data={"order_by": order_by}
            )
        key, direction = found.group(1), found.group(2).lower()
        records = sorted(records, key=lambda r: _sort_key(r.get(key)), reverse=direction == "desc")
    return records


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


def page(ctx: Context, records: list[Record], item_template: Any) -> dict[str, Any]:  # noqa: ANN401
    """Return one page of ``records`` as ClickSend's page object."""
    number = _int_param(ctx.query, "page", 1)
    limit = _int_param(ctx.query, "limit", 15)
    if not 15 <= limit <= 100:  # noqa: PLR2004
        raise ApiError(400, "limit must be between 15 and 100.", data={"limit": "Must be 15..100."})
    if number < 1:
        raise ApiError(400, "page must be at least 1.", data={"page": "Must be at least 1."})
    records = filter_records(ctx, records)
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


# --- the generic resource store ---------------------------------------------------------------


@attrs.frozen
class Collection:
    """A collection of stored objects: its path template, item template and id field."""

    path: str
    item: Any
    id_field: str
    creatable: bool


def _looks_like_page(template: Any) -> bool:  # noqa: ANN401
    return isinstance(template, dict) and "total" in template and "data" in template


def build_collections(table: dict[str, Operation]) -> dict[str, Collection]:  # noqa: C901
    """Find every collection of the API: a path with a POST, a listing or ``/{id}`` children."""
    all_shapes = shapes()
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in table.values():
        by_path.setdefault(operation.path, {})[operation.method] = operation
    item_paths: dict[str, str] = {}  # collection path -> item path
    for path, methods in by_path.items():
        if path.endswith("}"):
            parent = path.rsplit("/", 1)[0]
            if parent in by_path or len(methods) > 1:
                item_paths.setdefault(parent, path)
    found: dict[str, Collection] = {}
    for collection, item_path in item_paths.items():
        candidates: list[Any] = []
        for method in ("GET", "PUT", "PATCH"):
            op = by_path[item_path].get(method)
            if op is not None:
                candidates.append(all_shapes[op.operation_id].data)
        for method in ("POST", "GET"):
            op = by_path.get(collection, {}).get(method)
            if op is not None:
                shape = all_shapes[op.operation_id]
                candidates.extend([shape.data, shape.item, *shape.nested.values()])
        item: Any = next(
            (c for c in candidates if isinstance(c, dict) and c and not _looks_like_page(c)), {}
        )
        param = item_path.rsplit("{", 1)[1].rstrip("}")
        id_field = param
        if param not in item:
            keys = [k for k in item if k == "id"] or [k for k in item if k.endswith("_id")]
            id_field = keys[0] if keys else param
        creatable = "POST" in by_path.get(collection, {})
        found[collection] = Collection(collection, item, id_field, creatable)
    # Collections that are created and listed but have no item path (e.g. delivery issues).
    for path, methods in by_path.items():
        if path not in found and "POST" in methods and "GET" in methods:
            shape = all_shapes[methods["GET"].operation_id]
            item = shape.item if isinstance(shape.item, dict) else {}
            keys = [k for k in item if k.endswith("_id")]
            found[path] = Collection(path, item, keys[0] if keys else "id", creatable=True)
    return found


def concrete(template: str, params: dict[str, str]) -> str:
    """Fill a path template's parameters."""
    return template.format_map(params) if params else template


def body_fields(body: Any) -> dict[str, Any]:  # noqa: ANN401
    """Return the scalar and list fields of a JSON object body (objects are kept as is)."""
    return dict(body) if isinstance(body, dict) else {}


def new_record(ctx: Context, collection: Collection, fields: dict[str, Any]) -> Record:
    """Create and store an object in ``collection`` from request fields."""
    new_id = ctx.state.new_id()
    now = int(time.time())
    record: Record = {**fields}
    record[collection.id_field] = new_id
    # Parent ids come from the path (a contact's list_id), not from the body.
    for name, value in ctx.params.items():
        if name in collection.item:
            record[name] = value
    for key in (
        "date_added",
        "date_created",
        "date_updated",
        "created_timestamp",
        "updated_timestamp",
    ):
        if key in collection.item and key not in fields:
            # The newer resources use ISO-8601 strings, the older ones Unix time.
            iso = isinstance(collection.item[key], str)
            record[key] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)) if iso else now
    if "user_id" in collection.item and collection.id_field != "user_id":
        record["user_id"] = ctx.account.user_id
    key = concrete(collection.path, ctx.params)
    ctx.account.collection(key)[str(new_id)] = record
    return record


def respond_with(ctx: Context, record: Record | None, message: str) -> web.Response:
    """Answer with one record rendered to this operation's declared data."""
    data = ctx.shape.data
    if record is None:
        return ctx.ok(render(data, {}) if isinstance(data, dict) else data, message)
    if isinstance(data, list):
        if not isinstance(ctx.shape.item, dict):
            return ctx.ok(data, message)
        return ctx.ok([render(ctx.shape.item, record)], message)
    if isinstance(data, dict):
        return ctx.ok(render(data, record, ctx.shape.nested), message)
    if data is None and ctx.shape.envelope:
        return ctx.ok({k: v for k, v in record.items() if not k.startswith("_")}, message)
    return ctx.ok(data, message)


class GenericStore:
    """List, create, read, update and delete objects of any collection of the API."""

    def __init__(self, collections: dict[str, Collection]) -> None:
        self.collections = collections

    def handler_for(self, operation: Operation) -> Handler | None:  # noqa: PLR0911
        """Return the generic handler for an operation, or None if it is not a store operation."""
        method = operation.method
        if operation.path in self.collections:
            collection = self.collections[operation.path]
            if method == "GET":
                return lambda ctx: self.list(ctx, collection)
            if method == "POST" and collection.creatable:
                return lambda ctx: self.create(ctx, collection)
            return None
        parent = operation.collection
        if parent != operation.path and parent in self.collections:
            collection = self.collections[parent]
            if method == "GET":
                return lambda ctx: self.read(ctx, collection)
            if method in {"PUT", "PATCH"}:
                return lambda ctx: self.update(ctx, collection)
            if method == "DELETE":
                return lambda ctx: self.delete(ctx, collection)
        return None

    @staticmethod
    def records(ctx: Context, collection: Collection) -> list[Record]:
        """Return the stored objects of the collection the request names."""
        return list(ctx.account.collection(concrete(collection.path, ctx.params)).values())

    async def list(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """List a collection as a page object (or however the operation declares its answer)."""
        records = _handlers.decorate(ctx, collection.path, self.records(ctx, collection))
        data = ctx.shape.data
        item = ctx.shape.item if isinstance(ctx.shape.item, dict) else collection.item
        if ctx.shape.page or _looks_like_page(data):
            return ctx.ok(page(ctx, records, item))
        if isinstance(data, list):
            return ctx.ok([render(item, r) for r in filter_records(ctx, records)])
        if isinstance(data, dict):
            # A bare listing such as {"alpha_tags": [...], "_metadata": {...}}.
            key = collection.path.rsplit("/", 1)[-1].replace("-", "_")
            if isinstance(data.get(key), list):
                nested = ctx.shape.nested.get(key, collection.item)
                out = dict(data)
                out[key] = [render(nested, r) for r in filter_records(ctx, records)]
                return ctx.ok(out)
        return ctx.ok(data)

    async def create(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """Create an object from the request body."""
        if ctx.body is not None and not isinstance(ctx.body, dict):
            raise ApiError(400, "The body must be a JSON object.")
        _handlers.validate_create(collection.path, ctx)
        record = new_record(ctx, collection, body_fields(ctx.body))
        return respond_with(ctx, record, "New item has been created.")

    def find(self, ctx: Context, collection: Collection) -> Record | None:
        """Return the object the request's last path parameter names, or None."""
        key = concrete(collection.path, ctx.params)
        object_id = ctx.params[ctx.operation.params[-1]]
        record = ctx.account.collection(key).get(object_id)
        if record is None and not collection.creatable:
            # A read-only catalogue (master templates, transactions ...): any id exists.
            record = {collection.id_field: object_id}
        return record

    async def read(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """Answer one object."""
        record = self.find(ctx, collection)
        if record is None:
            raise ctx.not_found()
        record = _handlers.decorate(ctx, collection.path, [record])[0]
        return respond_with(ctx, record, "Here is your data.")

    async def update(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """Change one object's fields from the request body."""
        record = self.find(ctx, collection)
        if record is None:
            raise ctx.not_found()
        _handlers.validate_fields(collection.path, ctx)
        for key, value in body_fields(ctx.body).items():
            if key != collection.id_field:
                record[key] = value
        if "date_updated" in collection.item:
            record["date_updated"] = int(time.time())
        return respond_with(ctx, record, "Item has been updated.")

    async def delete(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """Delete one object."""
        key = concrete(collection.path, ctx.params)
        object_id = ctx.params[ctx.operation.params[-1]]
        record = ctx.account.collection(key).pop(object_id, None)
        if record is None and collection.creatable:
            raise ctx.not_found()
        _handlers.after_delete(ctx, collection.path, object_id)
        return respond_with(ctx, record, "Item has been deleted.")


async def static(ctx: Context) -> web.StreamResponse:
    """Answer with the operation's declared shape and placeholder values."""
    data = ctx.shape.data
    if isinstance(data, dict):
        data = render(data, {})
    return ctx.ok(data)


# --- the application ---------------------------------------------------------------------------


class Application:
    """The sandbox's request pipeline: faults, auth, limits, then the operation's handler."""

    def __init__(self, state: SandboxState, faults: Faults) -> None:
        self.state = state
        self.faults = faults
        self.settings = state.settings
        table = operations()
        self.router = Router(table)
        self.shapes = shapes()
        store = GenericStore(build_collections(table))
        self.store = store
        special = _handlers.handlers()
        self.handlers: dict[str, Handler] = {}
        for operation_id, operation in table.items():
            handler = special.get(operation_id) or store.handler_for(operation) or static
            self.handlers[operation_id] = handler

    def make_app(self) -> web.Application:
        """Return the aiohttp application serving ``/v3``."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app[STATE_KEY] = self.state
        app[FAULTS_KEY] = self.faults
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one request."""
        try:
            return await self._handle(request)
        except ApiError as error:
            return error_response(error)

    async def _handle(self, request: web.Request) -> web.StreamResponse:  # noqa: C901, PLR0912, PLR0915
        path = request.path
        if not path.startswith("/v3/"):
            raise ApiError(404, "Resource not found.")
        found = self.router.match(request.method, path[3:])
        if found is None:
            raise ApiError(404, "Resource not found.")
        operation = found.operation
        if operation is None:
            raise ApiError(
                405,
                "Method doesn't exist or is not allowed.",
                headers={"Allow": ", ".join(found.allowed)},
            )
        settings = self.settings
        state = self.state
        state.counters.requests[operation.operation_id] += 1
        raw = await request.read()
        drop_after: bool | None = None
        fault = self.faults.take(operation.operation_id, operation.path, path[3:])
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.kind == "drop":
                after = (
                    settings.drop_after_accept if fault.after_accept is None else fault.after_accept
                )
                if not after:
                    return self._drop(request)
                drop_after = True
            elif fault.kind == 429:  # noqa: PLR2004
                raise self._too_many()
            else:
                raise ApiError(500, "Internal server error (scripted).")
        if settings.latency_ms or settings.latency_jitter_ms:
            jitter = state.random.uniform(0, settings.latency_jitter_ms)
            await asyncio.sleep((settings.latency_ms + jitter) / 1000)
        account = self._authenticate(request, operation)
        if settings.rate_limit and account is not None:
            now = time.monotonic()
            if now - account.window_start >= 1.0:
                account.window_start, account.window_count = now, 0
            account.window_count += 1
            if account.window_count > settings.rate_limit:
                raise self._too_many()
        if settings.fail_rate and state.random.random() < settings.fail_rate:
            raise ApiError(500, "Internal server error.")
        if drop_after is None and settings.drop_rate and state.random.random() < settings.drop_rate:
            if not settings.drop_after_accept:
                return self._drop(request)
            drop_after = True
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise ApiError(400, "The body is not valid JSON.") from None
        if account is None:
            account = state.account("anonymous")
        state.deliver_due(account)
        scheme_host = f"{request.scheme}://{request.host}"
        ctx = Context(
            request=request,
            operation=operation,
            shape=self.shapes[operation.operation_id],
            params=found.params,
            state=state,
            account=account,
            body=body,
            base_url=scheme_host + "/v3",
        )
        response: web.StreamResponse = await self.handlers[operation.operation_id](ctx)
        if drop_after:
            return self._drop(request)
        return response

    def _too_many(self) -> ApiError:
        retry = self.settings.retry_after
        value = str(int(retry)) if float(retry).is_integer() else f"{retry:g}"
        return ApiError(429, "Rate Limit Exceeded.", headers={"Retry-After": value})

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        """Close the connection without an answer: the client cannot know what happened."""
        transport = request.transport
        if transport is not None:
            transport.abort()
        raise asyncio.CancelledError

    def _authenticate(self, request: web.Request, operation: Operation) -> AccountState | None:
        credentials = parse_basic(request.headers.get("Authorization"))
        if credentials is None:
            if operation.operation_id in PUBLIC_OPERATIONS:
                return None
            raise ApiError(
                401, "Invalid credentials: use HTTP Basic auth with your API username and key."
            )
        username, key = credentials
        if self.settings.strict:
            allowed = {a.username: a.api_key for a in self.settings.accounts}
            if allowed.get(username) != key:
                raise ApiError(401, "Invalid username or API key.")
        if username == "notactive":
            raise ApiError(403, "This account is not active.", code="ACCOUNT_NOT_ACTIVATED")
        if username == "banned":
            raise ApiError(403, "This account is banned.")
        return self.state.account(username)
