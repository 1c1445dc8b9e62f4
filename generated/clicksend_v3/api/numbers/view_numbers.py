# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /numbers: List dedicated numbers owned by the account."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_numbers_response import ViewNumbersResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "view_numbers"
METHOD = "GET"
PATH = "/numbers"
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
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    q2: str | Unset = UNSET,
    excluding_number_type: str | Unset = UNSET,
    exclude_10dlc_campaign: bool | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["page"] = page
    _query["limit"] = limit
    _query["q"] = q
    _query["q2"] = q2
    _query["excluding_number_type"] = excluding_number_type
    _query["exclude_10dlc_campaign"] = exclude_10dlc_campaign
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ViewNumbersResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewNumbersResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    q2: str | Unset = UNSET,
    excluding_number_type: str | Unset = UNSET,
    exclude_10dlc_campaign: bool | Unset = UNSET,
) -> Response[ViewNumbersResponse]:
    """List dedicated numbers owned by the account.

    GET /numbers

    Args:
        page (int | Unset):
        limit (int | Unset):
        q (str | Unset):
        q2 (str | Unset):
        excluding_number_type (str | Unset):
        exclude_10dlc_campaign (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewNumbersResponse]
    """

    response = await client.send(
        build_request(
            page=page,
            limit=limit,
            q=q,
            q2=q2,
            excluding_number_type=excluding_number_type,
            exclude_10dlc_campaign=exclude_10dlc_campaign,
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    q2: str | Unset = UNSET,
    excluding_number_type: str | Unset = UNSET,
    exclude_10dlc_campaign: bool | Unset = UNSET,
) -> ViewNumbersResponse:
    """List dedicated numbers owned by the account.

    GET /numbers

    Args:
        page (int | Unset):
        limit (int | Unset):
        q (str | Unset):
        q2 (str | Unset):
        excluding_number_type (str | Unset):
        exclude_10dlc_campaign (bool | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewNumbersResponse
    """

    response = await client.send(
        build_request(
            page=page,
            limit=limit,
            q=q,
            q2=q2,
            excluding_number_type=excluding_number_type,
            exclude_10dlc_campaign=exclude_10dlc_campaign,
        )
    )
    return parse(response)
