"""Where the generated operations are, and what the description says about each.

The facts (method, path, paging, safe to repeat, unread queue) are written once, as ``x-``
extensions in openapi/clicksend.yaml, and reach us through the generated tag packages'
``OPERATIONS`` tables; nothing here is kept by hand.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from clicksend_v3.types import Operation

__all__ = ["Operation", "is_idempotent", "is_unread_queue", "operation_index"]


@cache
def operation_index() -> dict[str, Operation]:
    """Return every generated operation by id.

    Built once from the tag packages' ``OPERATIONS`` tables, which import no models.
    """
    api = importlib.import_module("clicksend_v3.api")
    index: dict[str, Operation] = {}
    for tag in sorted(pkgutil.iter_modules(api.__path__), key=lambda info: info.name):
        index.update(importlib.import_module(f"clicksend_v3.api.{tag.name}").OPERATIONS)
    return index


def is_idempotent(operation_id: str) -> bool:
    """Say whether the description marks this operation as safe to repeat (GETs always are).

    An id the description does not know is not safe to repeat.
    """
    operation = operation_index().get(operation_id)
    return operation is not None and operation.idempotent


def is_unread_queue(operation_id: str) -> bool:
    """Say whether this operation lists unread items, whose pages must not be read ahead."""
    operation = operation_index().get(operation_id)
    return operation is not None and operation.unread_queue
