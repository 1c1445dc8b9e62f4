"""Walking ClickSend's numbered pages, reading ahead where the order is stable.

A listing ends at the last page the service reports, never at an empty page before it, and a
service that answers a page it was not asked for, repeats a page or keeps adding pages is
stopped with :class:`PaginationError` rather than followed forever. With ``complete=True`` a
listing must also have shown as many items as the service's total, or it raises: the caller is
about to conclude something from what is absent (reconcile deciding a message was never sent).
"""

from __future__ import annotations

import asyncio
import importlib
from collections import deque
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from clicksend_async._errors import PaginationError, ValidationError
from clicksend_async._operations import is_unread_queue, operation_index

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Callable, Coroutine

    from clicksend_async._call import Seam

DEFAULT_LIMIT = 100
# The service refuses page sizes outside this range.
MIN_LIMIT = 15
MAX_LIMIT = 100
# The most pages of a listing requested ahead of the caller at once.
MAX_AHEAD = 4
# How many pages past the last page the first answer reported a listing may run before it is
# stopped: a listing that grows while it is read (history during a run) adds some, a service
# that invents pages adds them without end.
EXTRA_PAGES = 20


@attrs.frozen
class Page:
    """One page of a listing: its number, the last page's number, the total and the items.

    Attributes:
        number: this page's number, from 1.
        last_page: the number of the listing's last page, as the service reports it.
        total: how many items the whole listing holds, as reported, or None if not reported.
        items: the page's items, as decoded JSON objects.

    """

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


async def _cancel(tasks: list[asyncio.Task[Page]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class _Walk:
    """The checks on one listing's pages as they arrive, in order."""

    def __init__(self, path: str, first: Page, *, complete: bool) -> None:
        self._path = path
        # Counting against the total only means something from the first page on.
        self._complete = complete and first.number == 1
        self._limit = first.last_page + max(EXTRA_PAGES, first.last_page // 10)
        self._total = first.total
        # The first page is taken as it comes: only the pages after it can fail to advance.
        self._seen = len(first.items)
        self._previous = first

    def check(self, page: Page, asked: int) -> None:
        """Refuse a page that is not the one asked for, repeats the last, or runs on too far.

        Raises:
            PaginationError: what the service did, in words.

        """
        if page.number != asked:
            raise PaginationError(
                self._path, asked, f"the service answered page {page.number} instead"
            )
        if page.items and page.items == self._previous.items:
            raise PaginationError(self._path, asked, "the service repeated the previous page")
        if page.number > self._limit:
            raise PaginationError(
                self._path, asked, f"the listing ran past {self._limit} pages and kept growing"
            )
        self._previous = page
        self._seen += len(page.items)

    def finish(self, page: Page) -> None:
        """At the last page: refuse, when asked to, a listing shorter than its total.

        Raises:
            PaginationError: fewer items were shown than the service's total.

        """
        if self._complete and self._total is not None and self._seen < self._total:
            raise PaginationError(
                self._path,
                page.number,
                f"the listing ended after {self._seen} items of the {self._total} it reported",
            )


def _read_ahead(
    ahead: deque[tuple[int, asyncio.Task[Page]]],
    depth: int,
    requested: int,
    page: Page,
    fetch: Callable[[int], Coroutine[Any, Any, Page]],
) -> int:
    """Request pages after ``requested`` until ``depth`` are in flight; return the last asked."""
    while len(ahead) < depth and requested < page.last_page:
        requested += 1
        ahead.append((requested, asyncio.create_task(fetch(requested))))
    return requested


async def iterate_pages(
    seam: Seam,
    operation: str | ModuleType,
    params: dict[str, Any],
    *,
    limit: int = DEFAULT_LIMIT,
    first_page: int = 1,
    complete: bool = False,
) -> AsyncGenerator[Page, None]:
    """Yield the pages of a listing until ``last_page``, empty pages on the way included.

    Raises:
        ValidationError: unknown operation, bad parameters or a page size outside 15-100.
        PaginationError: a page was not the one asked for, repeated the previous one, or the
            listing ran on far past the last page first reported; with ``complete``, also when
            the listing ended with fewer items than its reported total.

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
        request = base._replace(params=[*kept, ("page", str(number)), ("limit", str(limit))])
        reply = await seam.transport.send(request, seam.options)
        return read_page(reply.body, number)

    # Read ahead one page, and one more each time the caller had to wait for a page anyway, up
    # to MAX_AHEAD: a caller slower than the server keeps one request in flight, a faster one
    # gets enough in flight to hide the latency.
    ahead: deque[tuple[int, asyncio.Task[Page]]] = deque()
    depth = 1
    try:
        page = await fetch(first_page)
        walk = _Walk(base.path, page, complete=complete)
        requested = page.number
        while True:
            more = page.number < page.last_page
            if more and prefetch:
                requested = _read_ahead(ahead, depth, max(requested, page.number), page, fetch)
            yield page
            if not more:
                walk.finish(page)
                return
            if ahead:
                asked, task = ahead.popleft()
                if not task.done() and depth < MAX_AHEAD:
                    depth += 1
                page = await task
            else:
                asked = page.number + 1
                page = await fetch(asked)
            walk.check(page, asked)
    finally:
        await _cancel([task for _, task in ahead])


async def iterate_items(
    seam: Seam,
    operation: str | ModuleType,
    params: dict[str, Any],
    *,
    limit: int = DEFAULT_LIMIT,
    complete: bool = False,
) -> AsyncGenerator[dict[str, Any], None]:
    """Yield the items of a listing, page after page, until its last page.

    Raises:
        ValidationError: unknown operation, bad parameters or a page size outside 15-100.
        PaginationError: as :func:`iterate_pages` raises it.

    """
    pages = iterate_pages(seam, operation, params, limit=limit, complete=complete)
    try:
        async for page in pages:
            for item in page.items:
                yield item
    finally:
        # Closed here, not by the garbage collector, so the pages read ahead are cancelled
        # as soon as the caller stops.
        await pages.aclose()
