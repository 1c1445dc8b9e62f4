"""The generic store: list, create, read, update and delete objects of any collection of the API.

Collections are found from the operation index (a path with a POST, a listing or ``/{id}``
children). What a collection requires beyond that (fields, checks, computed fields, what goes
with a deleted object) is a ``Rules`` value looked up by the collection's path template.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final

import attrs

from clicksend_async.sandbox._responses import ApiError, filter_records, page
from clicksend_async.sandbox._shapes import render, shapes

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from aiohttp import web

    from clicksend_async.sandbox._responses import Context, Handler
    from clicksend_async.sandbox._routes import Operation
    from clicksend_async.sandbox._shapes import Shape
    from clicksend_async.sandbox._state import Record

    Action = Callable[["GenericStore", Context, "Collection"], Awaitable[web.StreamResponse]]

_TIMESTAMPS: Final = (
    "date_added",
    "date_created",
    "date_updated",
    "created_timestamp",
    "updated_timestamp",
)


@attrs.frozen
class Rules:
    """What one collection requires beyond the generic store."""

    required: tuple[str, ...] = ()  # fields a creation must carry
    string_lists: tuple[str, ...] = ()  # list fields whose entries must be strings
    # More checks on a creation: returns messages for missing fields; may raise an ApiError.
    missing: Callable[[Context], dict[str, str]] | None = None
    # Computed fields added to stored objects before they are rendered.
    decorate: Callable[[Context, list[Record]], list[Record]] | None = None
    # What goes with a deleted object, given its id.
    after_delete: Callable[[Context, str], None] | None = None

    def check_fields(self, ctx: Context) -> None:
        """Reject a creation or change whose list of strings holds anything but strings."""
        wrong = {
            name: f"The {name} field must be a list of strings."
            for name in self.string_lists
            if ctx.field(name) is not None
            and not (
                isinstance(ctx.field(name), list)
                and all(isinstance(entry, str) for entry in ctx.field(name))
            )
        }
        if wrong:
            raise ApiError(400, "Invalid input.", data=wrong)

    def check_create(self, ctx: Context) -> None:
        """Reject a creation missing the fields ClickSend requires."""
        self.check_fields(ctx)
        missing = {
            name: f"The {name} field is required." for name in self.required if not ctx.field(name)
        }
        if self.missing is not None:
            missing.update(self.missing(ctx))
        if missing:
            raise ApiError(400, "Invalid input.", data=missing)


NO_RULES: Final = Rules()


@attrs.frozen
class Collection:
    """A collection of stored objects: its path template, item template and id field."""

    path: str
    item: Any
    id_field: str
    creatable: bool


def _looks_like_page(template: Any) -> bool:  # noqa: ANN401
    return isinstance(template, dict) and "total" in template and "data" in template


def _item_paths(by_path: dict[str, dict[str, Operation]]) -> dict[str, str]:
    """Return collection path -> item path, for every path ending in a parameter."""
    found: dict[str, str] = {}
    for path, methods in by_path.items():
        if path.endswith("}"):
            parent = path.rsplit("/", 1)[0]
            if parent in by_path or len(methods) > 1:
                found.setdefault(parent, path)
    return found


def _item_template(
    all_shapes: dict[str, Shape], item_ops: dict[str, Operation], list_ops: dict[str, Operation]
) -> Any:  # noqa: ANN401
    """Return the first object template the item's or the collection's answers declare."""
    candidates: list[Any] = [
        all_shapes[item_ops[method].operation_id].data
        for method in ("GET", "PUT", "PATCH")
        if method in item_ops
    ]
    for method in ("POST", "GET"):
        if method in list_ops:
            shape = all_shapes[list_ops[method].operation_id]
            candidates.extend([shape.data, shape.item, *shape.nested.values()])
    return next(
        (c for c in candidates if isinstance(c, dict) and c and not _looks_like_page(c)), {}
    )


def _id_field(item: Any, param: str) -> str:  # noqa: ANN401
    if param in item:
        return param
    keys = [k for k in item if k == "id"] or [k for k in item if k.endswith("_id")]
    return keys[0] if keys else param


def build_collections(table: dict[str, Operation]) -> dict[str, Collection]:
    """Find every collection of the API: a path with a POST, a listing or ``/{id}`` children."""
    all_shapes = shapes()
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in table.values():
        by_path.setdefault(operation.path, {})[operation.method] = operation
    found: dict[str, Collection] = {}
    for collection, item_path in _item_paths(by_path).items():
        list_ops = by_path.get(collection, {})
        item = _item_template(all_shapes, by_path[item_path], list_ops)
        param = item_path.rsplit("{", 1)[1].rstrip("}")
        found[collection] = Collection(collection, item, _id_field(item, param), "POST" in list_ops)
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
    for key in _TIMESTAMPS:
        if key in collection.item and key not in fields:
            # The newer resources use ISO-8601 strings, the older ones Unix time.
            iso = isinstance(collection.item[key], str)
            record[key] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)) if iso else now
    if "user_id" in collection.item and collection.id_field != "user_id":
        record["user_id"] = ctx.account.user_id
    ctx.account.collection(concrete(collection.path, ctx.params))[str(new_id)] = record
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

    def __init__(self, collections: dict[str, Collection], rules: dict[str, Rules]) -> None:
        self.collections = collections
        self.rules = rules

    def handler_for(self, operation: Operation) -> Handler | None:
        """Return the generic handler for an operation, or None if it is not a store operation."""
        collection = self.collections.get(operation.path)
        if collection is not None:
            action = _ON_COLLECTION.get(operation.method)
            if operation.method == "POST" and not collection.creatable:
                action = None
        else:
            parent = operation.collection
            collection = self.collections.get(parent) if parent != operation.path else None
            action = _ON_ITEM.get(operation.method) if collection is not None else None
        if action is None or collection is None:
            return None
        return _bound(action, self, collection)

    def _rules(self, collection: Collection) -> Rules:
        return self.rules.get(collection.path, NO_RULES)

    def _decorated(
        self, ctx: Context, collection: Collection, records: list[Record]
    ) -> list[Record]:
        decorate = self._rules(collection).decorate
        return decorate(ctx, records) if decorate is not None else records

    @staticmethod
    def records(ctx: Context, collection: Collection) -> list[Record]:
        """Return the stored objects of the collection the request names."""
        return list(ctx.account.collection(concrete(collection.path, ctx.params)).values())

    async def list(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """List a collection as a page object (or however the operation declares its answer)."""
        records = self._decorated(ctx, collection, self.records(ctx, collection))
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
        self._rules(collection).check_create(ctx)
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
        record = self._decorated(ctx, collection, [record])[0]
        return respond_with(ctx, record, "Here is your data.")

    async def update(self, ctx: Context, collection: Collection) -> web.StreamResponse:
        """Change one object's fields from the request body."""
        record = self.find(ctx, collection)
        if record is None:
            raise ctx.not_found()
        self._rules(collection).check_fields(ctx)
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
        after_delete = self._rules(collection).after_delete
        if after_delete is not None:
            after_delete(ctx, object_id)
        return respond_with(ctx, record, "Item has been deleted.")


# What each method does on a collection path and on an item path (``.../{id}``).
_ON_COLLECTION: Final[dict[str, Action]] = {"GET": GenericStore.list, "POST": GenericStore.create}
_ON_ITEM: Final[dict[str, Action]] = {
    "GET": GenericStore.read,
    "PUT": GenericStore.update,
    "PATCH": GenericStore.update,
    "DELETE": GenericStore.delete,
}


def _bound(action: Action, store: GenericStore, collection: Collection) -> Handler:
    async def handle(ctx: Context) -> web.StreamResponse:
        return await action(store, ctx, collection)

    return handle


async def static(ctx: Context) -> web.StreamResponse:
    """Answer with the operation's declared shape and placeholder values."""
    data = ctx.shape.data
    if isinstance(data, dict):
        data = render(data, {})
    return ctx.ok(data)
