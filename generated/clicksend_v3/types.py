# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Shared value types for endpoint functions and models."""

from collections.abc import Mapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Operation",
    "RequestFiles",
    "Response",
    "Unset",
    "encode_query",
]


class Unset:
    """The type of :data:`UNSET`: a field or argument that was not given at all."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
# One multipart field: (file name or None for a plain field, content, content type or None).
FileTypes = tuple[str | None, FileContent, str | None]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return the multipart field value for this file."""
        return self.file_name, self.payload, self.mime_type


@define(frozen=True, slots=True)
class Operation:
    """What the description says about one operation.

    Each endpoint module has one as ``OPERATION``, and each tag package lists its operations'
    in ``OPERATIONS`` by id, so callers can look facts up without importing any model.

    Attributes:
        id: the operationId, which is also the endpoint module's name.
        module: the endpoint module's dotted name.
        method: the HTTP method, in capitals.
        path: the path under the base URL, with ``{placeholders}``.
        paged: it takes ``page`` and ``limit`` and answers with a page object.
        idempotent: repeating it has no further effect: a GET, or marked ``x-idempotent``.
        unread_queue: a listing of unread items (``x-unread-queue``): reading a page may change
            the next one, so pages are never fetched ahead.
    """

    id: str
    module: str
    method: str
    path: str
    paged: bool
    idempotent: bool
    unread_queue: bool


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A decoded answer together with its status, headers and raw body."""

    status_code: HTTPStatus
    content: bytes
    headers: Mapping[str, str]
    parsed: T


def _query_value(value: object) -> str:
    # aiohttp refuses bool query values, and str(True) is not what a PHP service expects.
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def encode_query(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Turn keyword query parameters into (name, text) pairs, leaving out unset ones.

    Lists repeat the name once per item, which is how the service reads ``name[]`` parameters.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, list | tuple):
            pairs.extend((name, _query_value(item)) for item in value)
        else:
            pairs.append((name, _query_value(value)))
    return pairs
