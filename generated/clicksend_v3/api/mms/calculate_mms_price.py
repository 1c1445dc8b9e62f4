# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /mms/price: Work out what an MMS send would cost without sending."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.calculate_mms_price_request import CalculateMmsPriceRequest
from ...models.send_mms_response import SendMmsResponse
from ...types import Operation, Response

OPERATION_ID = "calculate_mms_price"
METHOD = "POST"
PATH = "/mms/price"
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
    body: CalculateMmsPriceRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> SendMmsResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SendMmsResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CalculateMmsPriceRequest,
) -> Response[SendMmsResponse]:
    """Work out what an MMS send would cost without sending.

    POST /mms/price

    Args:
        body (CalculateMmsPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SendMmsResponse]
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
    body: CalculateMmsPriceRequest,
) -> SendMmsResponse:
    """Work out what an MMS send would cost without sending.

    POST /mms/price

    Args:
        body (CalculateMmsPriceRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SendMmsResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
