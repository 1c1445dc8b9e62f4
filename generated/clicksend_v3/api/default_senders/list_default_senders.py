# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /senders/default-senders: List default sender settings for the account."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.list_default_senders_response import ListDefaultSendersResponse
from ...models.list_default_senders_sort_direction import (
    ListDefaultSendersSortDirection,
)
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "list_default_senders"
METHOD = "GET"
PATH = "/senders/default-senders"
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
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["offset"] = offset
    _query["per_page"] = per_page
    _query["sort_by"] = sort_by
    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    _query["sort_direction"] = json_sort_direction
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ListDefaultSendersResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ListDefaultSendersResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> Response[ListDefaultSendersResponse]:
    """List default sender settings for the account.

    GET /senders/default-senders

    Args:
        offset (str | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        sort_direction (ListDefaultSendersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ListDefaultSendersResponse]
    """

    response = await client.send(
        build_request(
            offset=offset,
            per_page=per_page,
            sort_by=sort_by,
            sort_direction=sort_direction,
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
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> ListDefaultSendersResponse:
    """List default sender settings for the account.

    GET /senders/default-senders

    Args:
        offset (str | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        sort_direction (ListDefaultSendersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ListDefaultSendersResponse
    """

    response = await client.send(
        build_request(
            offset=offset,
            per_page=per_page,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    )
    return parse(response)
