"""A mkdocs hook: the index of generated operations, built from openapi/clicksend.yaml.

The page ``reference/operations.md`` holds the marker ``<!-- operations -->``; as the site is
built, the marker is replaced by one table row per operation of the description (tag, method,
path, the generated module, and whether it is safe to repeat or an unread queue), so the index
can never fall behind the description. ``tests/test_docs.py`` checks the rows against the
generated package's own tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import yaml

MARKER = "<!-- operations -->"
SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clicksend.yaml"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class Row(NamedTuple):
    """One operation of the description, as the index shows it."""

    tag: str
    method: str
    path: str
    module: str
    idempotent: bool
    unread_queue: bool


def rows(spec: Path = SPEC) -> list[Row]:
    """Return every operation of ``spec``, by tag, then path, then method."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found = []
    for path, item in document["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            tag = operation["tags"][0]
            package = tag.replace("-", "_")
            found.append(
                Row(
                    tag=tag,
                    method=method.upper(),
                    path=path,
                    module=f"clicksend_v3.api.{package}.{operation['operationId']}",
                    idempotent=method == "get" or bool(operation.get("x-idempotent")),
                    unread_queue=bool(operation.get("x-unread-queue")),
                )
            )
    return sorted(found, key=lambda row: (row.tag, row.path, _METHODS.index(row.method.lower())))


def table(found: list[Row]) -> str:
    """Return the index as a Markdown table, with a line counting the operations."""
    lines = [
        f"{len(found)} operations, {len({row.tag for row in found})} tags.",
        "",
        "| tag | method | path | module | safe to repeat | unread queue |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {row.tag} | `{row.method}` | `{row.path}` | `{row.module}` "
        f"| {'yes' if row.idempotent else ''} | {'yes' if row.unread_queue else ''} |"
        for row in found
    ]
    return "\n".join(lines)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:  # noqa: ANN401
    """Replace the marker with the index on the page that holds it."""
    del kwargs
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, table(rows()))
