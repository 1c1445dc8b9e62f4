"""The comparable shape of an OpenAPI 3 description, for tools/spec_diff.py.

An operation is known by its method and full path (the server URL's path joined to the path
key, so ``/v3/sms/send`` whether a file writes its server as ``.../v3`` or its paths with
``/v3``). Of each operation only what a client's code depends on is kept: its parameters (name,
location, type, required), its request body (media types and fields) and its success answers
(2xx status codes and fields). Fields are flattened to dotted paths (``messages[].to``) after
``$ref``, ``allOf``, ``oneOf`` and ``anyOf`` are resolved; each remembers the component schemas
it was reached through, so that a ``# Fix:`` comment on one of them can be found. A type is a
label such as ``integer`` or ``integer|string``: ``null`` and ``nullable`` are left out, as our
response schemas accept null everywhere by a house rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Deeper than any real answer nests; a guard against self-referencing schemas.
MAX_DEPTH = 16


@dataclass(frozen=True)
class Field:
    """One flattened field: its type label, whether it is required, the schemas it sits in."""

    type: str
    required: bool
    schemas: frozenset[str]


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation."""

    name: str
    location: str
    type: str
    required: bool


@dataclass
class Body:
    """A request body or one answer: its media types and the fields of its JSON schema.

    The field ``""`` is the root: its type is the schema's type (``none`` without a schema).
    """

    media_types: frozenset[str]
    fields: dict[str, Field]


@dataclass
class Operation:
    """What a client depends on in one operation."""

    method: str
    path: str
    raw_path: str
    parameters: dict[tuple[str, str], Parameter] = field(default_factory=dict)
    body: Body | None = None
    responses: dict[str, Body] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """The operation's identity: upper-case method and full path."""
        return self.method.upper(), self.path


class Spec:
    """A loaded description: its raw mapping, component lookup and operations by key."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        servers = document.get("servers") or [{}]
        url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
        self.base_path = urlsplit(str(url)).path.rstrip("/")
        self.operations: dict[tuple[str, str], Operation] = {}
        for raw_path, item in (document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    operation = self._operation(method, str(raw_path), item[method], shared)
                    self.operations[operation.key] = operation

    # -- references ---------------------------------------------------------------------------

    def resolve(self, node: Any) -> tuple[dict[str, Any], tuple[str, ...]]:
        """Follow ``$ref`` links; return the target and the component names passed through."""
        names: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#/") or ref in names:
                return {}, tuple(names)
            names.append(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")  # noqa: PLW2901
                target = target.get(part) if isinstance(target, dict) else None
            node = target
        schemas = tuple(name.rsplit("/", 1)[1] for name in names if "/schemas/" in name)
        return (node if isinstance(node, dict) else {}), schemas

    # -- types and fields ---------------------------------------------------------------------

    def type_of(self, schema: Any, seen: frozenset[str] = frozenset()) -> str:  # noqa: PLR0911
        """Return a schema's type label, alternatives joined with ``|`` in sorted order."""
        resolved, names = self.resolve(schema)
        if set(names) & seen:
            return "object"
        seen |= set(names)
        declared = resolved.get("type")
        if isinstance(declared, list):
            return "|".join(sorted({str(item) for item in declared} - {"null"})) or "any"
        if isinstance(declared, str):
            return declared
        for combiner in ("oneOf", "anyOf", "allOf"):
            if isinstance(resolved.get(combiner), list):
                labels = {self.type_of(item, seen) for item in resolved[combiner]} - {"any"}
                if combiner == "allOf" and len(labels) > 1:
                    labels.discard("object")  # an object constrained by a typed part
                return "|".join(sorted(labels)) or "any"
        if "properties" in resolved:
            return "object"
        if "items" in resolved:
            return "array"
        return "any"

    def _parts(
        self,
        schema: Any,
        via: tuple[str, ...],
    ) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
        """Return the schema and every schema combined into it, each with the names passed."""
        resolved, names = self.resolve(schema)
        via = via + names
        found = [(resolved, via)]
        for combiner in ("allOf", "oneOf", "anyOf"):
            for item in resolved.get(combiner) or []:
                if len(found) > MAX_DEPTH * 4:
                    break
                _, more = self.resolve(item)
                if not set(more) & set(via):
                    found += self._parts(item, via)
        return found

    def flatten(self, schema: Any, *, request: bool) -> dict[str, Field]:
        """Return the fields of a body or answer schema, ``""`` being the root."""
        fields: dict[str, Field] = {}
        self._walk([(schema, ())], "", required=True, fields=fields, request=request)
        return fields

    def _walk(
        self,
        schemas: list[tuple[Any, tuple[str, ...]]],
        where: str,
        *,
        required: bool,
        fields: dict[str, Field],
        request: bool,
    ) -> None:
        """Record the field at ``where``, described by every schema in ``schemas``, and below.

        A property described in several parts (an envelope's ``data`` and the ``data`` that an
        ``allOf`` narrows it to) is one field, typed by all of its descriptions.
        """
        parts = [part for schema, via in schemas for part in self._parts(schema, via)]
        labels = {self.type_of(schema) for schema, _ in schemas} - {"any"}
        names = frozenset(name for _, via in parts for name in via)
        fields[where] = Field("|".join(sorted(labels)) or "any", required, names)
        if where.count(".") + where.count("[]") > MAX_DEPTH:
            return
        properties: dict[str, list[tuple[Any, tuple[str, ...]]]] = {}
        demanded: set[str] = set()
        items: list[tuple[Any, tuple[str, ...]]] = []
        for part, via in parts:
            if request:
                demanded |= {str(name) for name in part.get("required") or []}
            for name, sub in (part.get("properties") or {}).items():
                if not set(self.resolve(sub)[1]) & set(via):  # no schema inside itself
                    properties.setdefault(str(name), []).append((sub, via))
            if part.get("items") is not None and not set(self.resolve(part["items"])[1]) & set(via):
                items.append((part["items"], via))
        for name, described in properties.items():
            child = f"{where}.{name}" if where else name
            self._walk(described, child, required=name in demanded, fields=fields, request=request)
        if items:
            self._walk(items, f"{where}[]", required=True, fields=fields, request=request)

    # -- operations ---------------------------------------------------------------------------

    def _operation(
        self,
        method: str,
        raw_path: str,
        node: dict[str, Any],
        shared: list[Any],
    ) -> Operation:
        operation = Operation(method, self.base_path + raw_path, raw_path)
        for entry in [*shared, *(node.get("parameters") or [])]:
            parameter, _ = self.resolve(entry)
            name, location = str(parameter.get("name", "")), str(parameter.get("in", ""))
            operation.parameters[name, location] = Parameter(
                name,
                location,
                self.type_of(parameter.get("schema", parameter)),
                bool(parameter.get("required", location == "path")),
            )
        if "requestBody" in node:
            body, _ = self.resolve(node["requestBody"])
            operation.body = self._body(body, request=True)
        for status, answer in (node.get("responses") or {}).items():
            if str(status).startswith("2"):
                resolved, _ = self.resolve(answer)
                operation.responses[str(status)] = self._body(resolved, request=False)
        return operation

    def _body(self, node: dict[str, Any], *, request: bool) -> Body:
        content = node.get("content") or {}
        media = frozenset(str(name) for name in content)
        chosen = content.get("application/json") or next(iter(content.values()), None)
        schema = chosen.get("schema") if isinstance(chosen, dict) else None
        if schema is None:
            return Body(media, {"": Field("none", required=True, schemas=frozenset())})
        return Body(media, self.flatten(schema, request=request))
