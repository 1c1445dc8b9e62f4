# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /sms/{message_id}/cancel: Stop a single scheduled SMS from being sent."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.cancel_sms_response import CancelSmsResponse
from ...types import Operation, Response

OPERATION_ID = "cancel_sms"
METHOD = "PUT"
PATH = "/sms/{message_id}/cancel"
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
    message_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        message_id=quote(str(message_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> CancelSmsResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CancelSmsResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    message_id: str,
    *,
    client: Client,
) -> Response[CancelSmsResponse]:
    """Stop a single scheduled SMS from being sent.

    PUT /sms/{message_id}/cancel

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CancelSmsResponse]
    """

    response = await client.send(
        build_request(
            message_id=message_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    message_id: str,
    *,
    client: Client,
) -> CancelSmsResponse:
    """Stop a single scheduled SMS from being sent.

    PUT /sms/{message_id}/cancel

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CancelSmsResponse
    """

    response = await client.send(
        build_request(
            message_id=message_id,
        )
    )
    return parse(response)
