# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /sms/price: Work out what an SMS send would cost without sending."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.calculate_sms_price_request import CalculateSmsPriceRequest
from ...models.calculate_sms_price_response import CalculateSmsPriceResponse
from ...types import Operation, Response

OPERATION_ID = "calculate_sms_price"
METHOD = "POST"
PATH = "/sms/price"
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
    *,
    body: CalculateSmsPriceRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CalculateSmsPriceResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CalculateSmsPriceResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CalculateSmsPriceRequest,
) -> Response[CalculateSmsPriceResponse]:
    """Work out what an SMS send would cost without sending.

    POST /sms/price

    Args:
        body (CalculateSmsPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CalculateSmsPriceResponse]
    """

    response = await client.send(
        build_request(
            body=body,
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
    body: CalculateSmsPriceRequest,
) -> CalculateSmsPriceResponse:
    """Work out what an SMS send would cost without sending.

    POST /sms/price

    Args:
        body (CalculateSmsPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CalculateSmsPriceResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
