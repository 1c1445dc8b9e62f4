# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /senders/compliant-sender-types: List sender types allowed in each country."""

from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.list_compliant_sender_types_filterproduct_type import (
    ListCompliantSenderTypesFilterproductType,
)
from ...models.list_compliant_sender_types_response import (
    ListCompliantSenderTypesResponse,
)
from ...types import UNSET, Operation, Response, Unset, encode_query

OPERATION_ID = "list_compliant_sender_types"
METHOD = "GET"
PATH = "/senders/compliant-sender-types"
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
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> Request:
    """Describe the request without sending it."""
    _query: dict[str, Any] = {}
    json_filterproduct_type: str = filterproduct_type
    _query["filter[product_type]"] = json_filterproduct_type
    json_filtercountry_code: list[str] | Unset = UNSET
    if not isinstance(filtercountry_code, Unset):
        json_filtercountry_code = filtercountry_code

    _query["filter[country_code][]"] = json_filtercountry_code
    params = encode_query(_query)

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, params=params)


def parse(response: RawResponse) -> ListCompliantSenderTypesResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ListCompliantSenderTypesResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> Response[ListCompliantSenderTypesResponse]:
    """List sender types allowed in each country.

    GET /senders/compliant-sender-types

    Args:
        filterproduct_type (ListCompliantSenderTypesFilterproductType):
        filtercountry_code (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ListCompliantSenderTypesResponse]
    """

    response = await client.send(
        build_request(
            filterproduct_type=filterproduct_type,
            filtercountry_code=filtercountry_code,
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
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> ListCompliantSenderTypesResponse:
    """List sender types allowed in each country.

    GET /senders/compliant-sender-types

    Args:
        filterproduct_type (ListCompliantSenderTypesFilterproductType):
        filtercountry_code (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ListCompliantSenderTypesResponse
    """

    response = await client.send(
        build_request(
            filterproduct_type=filterproduct_type,
            filtercountry_code=filtercountry_code,
        )
    )
    return parse(response)
