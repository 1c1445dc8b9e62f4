# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /lists/{list_id}/contacts: List the contacts in a contact list."""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_list_contacts_response import ViewListContactsResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "view_list_contacts"
METHOD = "GET"
PATH = "/lists/{list_id}/contacts"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=True,
    idempotent=True,
    unread_queue=False,
)


def build_request(
    list_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["page"] = page
    _query["limit"] = limit
    params = encode_query(_query)

    path = PATH.format(
        list_id=quote(str(list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ViewListContactsResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewListContactsResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    list_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ViewListContactsResponse]:
    """List the contacts in a contact list.

    GET /lists/{list_id}/contacts

    Args:
        list_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewListContactsResponse]
    """

    response = await client.send(
        build_request(
            list_id=list_id,
            page=page,
            limit=limit,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    list_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ViewListContactsResponse:
    """List the contacts in a contact list.

    GET /lists/{list_id}/contacts

    Args:
        list_id (str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewListContactsResponse
    """

    response = await client.send(
        build_request(
            list_id=list_id,
            page=page,
            limit=limit,
        )
    )
    return parse(response)
