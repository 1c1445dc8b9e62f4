"""POST /post/return-addresses: Save a new return address for post."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_return_address_request import CreateReturnAddressRequest
from ...models.create_return_address_response import CreateReturnAddressResponse
from ...types import Response

OPERATION_ID = "create_return_address"
METHOD = "POST"
PATH = "/post/return-addresses"


def build_request(
    *,
    body: CreateReturnAddressRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CreateReturnAddressResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CreateReturnAddressResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateReturnAddressRequest,
) -> Response[CreateReturnAddressResponse]:
    """Save a new return address for post.

    POST /post/return-addresses

    Args:
        body (CreateReturnAddressRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CreateReturnAddressResponse]
    """

    request = build_request(
        body=body,
    )
    response = await client.send(request)
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=client.decode(parse, request, response),
    )


async def asyncio(
    *,
    client: Client,
    body: CreateReturnAddressRequest,
) -> CreateReturnAddressResponse:
    """Save a new return address for post.

    POST /post/return-addresses

    Args:
        body (CreateReturnAddressRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CreateReturnAddressResponse
    """

    request = build_request(
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
