# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /sms/receipts-read: Flag SMS delivery receipts as read."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.mark_sms_receipt_as_read_request import MarkSmsReceiptAsReadRequest
from ...models.object_response import ObjectResponse
from ...types import Operation, Response

OPERATION_ID = "mark_sms_receipts_as_read"
METHOD = "PUT"
PATH = "/sms/receipts-read"
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
    body: MarkSmsReceiptAsReadRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> ObjectResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ObjectResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: MarkSmsReceiptAsReadRequest,
) -> Response[ObjectResponse]:
    """Flag SMS delivery receipts as read.

    PUT /sms/receipts-read

    Args:
        body (MarkSmsReceiptAsReadRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ObjectResponse]
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
    body: MarkSmsReceiptAsReadRequest,
) -> ObjectResponse:
    """Flag SMS delivery receipts as read.

    PUT /sms/receipts-read

    Args:
        body (MarkSmsReceiptAsReadRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ObjectResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
