# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /numbers/buy/{dedicated_number}: Buy a dedicated number for sending and receiving."""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.buy_number_request import BuyNumberRequest
from ...models.purchase_dedicated_number_response import PurchaseDedicatedNumberResponse
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "purchase_dedicated_number"
METHOD = "POST"
PATH = "/numbers/buy/{dedicated_number}"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=False,
    unread_queue=False,
)


def build_request(
    dedicated_number: str,
    *,
    body: BuyNumberRequest,
    type_: str | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    _query["type"] = type_
    params = encode_query(_query)

    path = PATH.format(
        dedicated_number=quote(str(dedicated_number), safe=""),
    )
    return Request(
        method=METHOD, path=path, operation_id=OPERATION_ID, params=params, json=body.to_dict()
    )


def parse(response: RawResponse) -> PurchaseDedicatedNumberResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = PurchaseDedicatedNumberResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    dedicated_number: str,
    *,
    client: Client,
    body: BuyNumberRequest,
    type_: str | Unset = UNSET,
) -> Response[PurchaseDedicatedNumberResponse]:
    """Buy a dedicated number for sending and receiving.

    POST /numbers/buy/{dedicated_number}

    Args:
        dedicated_number (str):
        type_ (str | Unset):
        body (BuyNumberRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[PurchaseDedicatedNumberResponse]
    """

    response = await client.send(
        build_request(
            dedicated_number=dedicated_number,
            body=body,
            type_=type_,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    dedicated_number: str,
    *,
    client: Client,
    body: BuyNumberRequest,
    type_: str | Unset = UNSET,
) -> PurchaseDedicatedNumberResponse:
    """Buy a dedicated number for sending and receiving.

    POST /numbers/buy/{dedicated_number}

    Args:
        dedicated_number (str):
        type_ (str | Unset):
        body (BuyNumberRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        PurchaseDedicatedNumberResponse
    """

    response = await client.send(
        build_request(
            dedicated_number=dedicated_number,
            body=body,
            type_=type_,
        )
    )
    return parse(response)
