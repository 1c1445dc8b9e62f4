# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /sms/receipts: Push a sample SMS delivery receipt to your webhook for testing."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_test_receipt_request import CreateTestReceiptRequest
from ...models.sms_receipt_response import SmsReceiptResponse
from ...types import Operation, Response

OPERATION_ID = "create_test_sms_receipt"
METHOD = "POST"
PATH = "/sms/receipts"
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
    body: CreateTestReceiptRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> SmsReceiptResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SmsReceiptResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateTestReceiptRequest,
) -> Response[SmsReceiptResponse]:
    """Push a sample SMS delivery receipt to your webhook for testing.

    POST /sms/receipts

    Args:
        body (CreateTestReceiptRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SmsReceiptResponse]
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
    body: CreateTestReceiptRequest,
) -> SmsReceiptResponse:
    """Push a sample SMS delivery receipt to your webhook for testing.

    POST /sms/receipts

    Args:
        body (CreateTestReceiptRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SmsReceiptResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
