# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /sms/cancel-all: Stop every scheduled SMS that has not gone out yet."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.cancel_all_response import CancelAllResponse
from ...models.cancel_all_sms_request import CancelAllSmsRequest
from ...types import Operation, Response

OPERATION_ID = "cancel_all_sms"
METHOD = "PUT"
PATH = "/sms/cancel-all"
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
    body: CancelAllSmsRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CancelAllResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CancelAllResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CancelAllSmsRequest,
) -> Response[CancelAllResponse]:
    """Stop every scheduled SMS that has not gone out yet.

    PUT /sms/cancel-all

    Args:
        body (CancelAllSmsRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CancelAllResponse]
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
    body: CancelAllSmsRequest,
) -> CancelAllResponse:
    """Stop every scheduled SMS that has not gone out yet.

    PUT /sms/cancel-all

    Args:
        body (CancelAllSmsRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CancelAllResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
