# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /sms/send: Send one or more SMS messages."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...types import Operation, Response

OPERATION_ID = "send_sms"
METHOD = "POST"
PATH = "/sms/send"
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
    body: SendSmsRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> SendSmsResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SendSmsResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: SendSmsRequest,
) -> Response[SendSmsResponse]:
    """Send one or more SMS messages.

    POST /sms/send

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SendSmsResponse]
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
    body: SendSmsRequest,
) -> SendSmsResponse:
    """Send one or more SMS messages.

    POST /sms/send

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SendSmsResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
