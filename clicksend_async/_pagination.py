"""Walking ClickSend's numbered pages, reading ahead where the order is stable."""

from __future__ import annotations

import asyncio
import importlib
from collections import deque
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async._errors import ValidationError
from clicksend_async._operations import is_unread_queue, operation_index

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator

    from clicksend_async._call import Seam

DEFAULT_LIMIT = 100
# The service refuses page sizes outside this range.
MIN_LIMIT = 15
MAX_LIMIT = 100
# The most pages of a listing requested ahead of the caller at once.
MAX_AHEAD = 4


@attrs.frozen
class Page:
    """One page of a listing: its number, the last page's number, the total and the items."""

    number: int
    last_page: int
    total: int | None
    items: list[dict[str, Any]]


def resolve_operation(operation: str | ModuleType) -> ModuleType:
    """Return the generated module for an operation id, or the module itself.

    Raises:
        ValidationError: no operation has that id, or the module is not an operation.

    """
    if isinstance(operation, ModuleType):
        if not hasattr(operation, "build_request") or not hasattr(operation, "OPERATION_ID"):
            raise ValidationError(f"{operation.__name__} is not a clicksend_v3 operation module")
        return operation
    entry = operation_index().get(operation)
    if entry is None:
        raise ValidationError(f"no ClickSend operation is called {operation!r}")
    return importlib.import_module(entry.module)


def _as_int(value: object, default: int) -> int:
    if isinstance(value, int | str):
        try:
            return int(value)
        except ValueError:
            return default
    return default


def read_page(body: object, number: int) -> Page:
    """Read a page object (or, as some answers have it, a bare list) from an envelope."""
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, list):
        return Page(number, number, len(data), data)
    if not isinstance(data, dict):
        return Page(number, number, 0, [])
    items = data.get("data")
    current = _as_int(data.get("current_page"), number)
    return Page(
        current,
        _as_int(data.get("last_page"), current),
        _as_int(data.get("total"), 0) if data.get("total") is not None else None,
        items if isinstance(items, list) else [],
    )


async def _cancel(tasks: deque[asyncio.Task[Page]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def iterate_pages(
    seam: Seam,
    operation: str | ModuleType,
    params: dict[str, Any],
    *,
    limit: int = DEFAULT_LIMIT,
    first_page: int = 1,
) -> AsyncGenerator[Page, None]:
    """Yield the pages of a listing until ``last_page``.

    Raises:
        ValidationError: unknown operation, bad parameters or a page size outside 15-100.

    """
    if not MIN_LIMIT <= limit <= MAX_LIMIT:
        raise ValidationError(f"limit must be between {MIN_LIMIT} and {MAX_LIMIT}, got {limit}")
    module = resolve_operation(operation)
    try:
        base = module.build_request(**params)
    except TypeError as exc:
        raise ValidationError(f"{module.OPERATION_ID}: {exc}") from None
    kept = [(key, value) for key, value in base.params if key not in {"page", "limit"}]
    prefetch = not is_unread_queue(module.OPERATION_ID)

    async def fetch(number: int) -> Page:
        request = attrs.evolve(base, params=[*kept, ("page", str(number)), ("limit", str(limit))])
        reply = await seam.transport.send(request, seam.options)
        return read_page(reply.body, number)

    # Read ahead one page, and one more each time the caller had to wait for a page anyway, up
    # to MAX_AHEAD: a caller slower than the server keeps one request in flight, a faster one
    # gets enough in flight to hide the latency.
    ahead: deque[asyncio.Task[Page]] = deque()
    depth = 1
    try:
        page = await fetch(first_page)
        requested = page.number
        while True:
            more = bool(page.items) and page.number < page.last_page
            if more and prefetch:
                requested = max(requested, page.number)
                while len(ahead) < depth and requested < page.last_page:
                    requested += 1
                    ahead.append(asyncio.create_task(fetch(requested)))
            yield page
            if not more:
                return
            if ahead:
                task = ahead.popleft()
                if not task.done() and depth < MAX_AHEAD:
                    depth += 1
                page = await task
            else:
                page = await fetch(page.number + 1)
    finally:
        await _cancel(ahead)


async def iterate_items(
    seam: Seam,
    operation: str | ModuleType,
    params: dict[str, Any],
    *,
    limit: int = DEFAULT_LIMIT,
) -> AsyncGenerator[dict[str, Any], None]:
    """Yield the items of a listing, page after page, until its last page.

    Raises:
        ValidationError: unknown operation, bad parameters or a page size outside 15-100.

    """
    pages = iterate_pages(seam, operation, params, limit=limit)
    try:
        async for page in pages:
            for item in page.items:
                yield item
    finally:
        # Closed here, not by the garbage collector, so the pages read ahead are cancelled
        # as soon as the caller stops.
        await pages.aclose()
