# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /alpha-tags: List alphanumeric sender IDs on the account."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.list_alpha_tags import ListAlphaTags
from ...models.list_alpha_tags_sort_direction import (
    ListAlphaTagsSortDirection,
)
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "list_alpha_tags"
METHOD = "GET"
PATH = "/alpha-tags"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=True,
    unread_queue=False,
)


def build_request(
    *,
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    _query["sort_direction"] = json_sort_direction
    _query["page_size"] = page_size
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ListAlphaTags:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ListAlphaTags.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ListAlphaTags]:
    """List alphanumeric sender IDs on the account.

    GET /alpha-tags

    Args:
        sort_direction (ListAlphaTagsSortDirection | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ListAlphaTags]
    """

    response = await client.send(
        build_request(
            sort_direction=sort_direction,
            page_size=page_size,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    *,
    client: Client,
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ListAlphaTags:
    """List alphanumeric sender IDs on the account.

    GET /alpha-tags

    Args:
        sort_direction (ListAlphaTagsSortDirection | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ListAlphaTags
    """

    response = await client.send(
        build_request(
            sort_direction=sort_direction,
            page_size=page_size,
        )
    )
    return parse(response)
