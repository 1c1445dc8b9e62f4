# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /voice/{message_id}/cancel: Stop a single scheduled voice call."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.object_body import ObjectBody
from ...models.string_list_response import StringListResponse
from ...types import Operation, Response

OPERATION_ID = "cancel_voice_message"
METHOD = "PUT"
PATH = "/voice/{message_id}/cancel"
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
    *,
    body: ObjectBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        message_id=quote(str(message_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> StringListResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = StringListResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    message_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> Response[StringListResponse]:
    """Stop a single scheduled voice call.

    PUT /voice/{message_id}/cancel

    Args:
        message_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[StringListResponse]
    """

    response = await client.send(
        build_request(
            message_id=message_id,
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
    message_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> StringListResponse:
    """Stop a single scheduled voice call.

    PUT /voice/{message_id}/cancel

    Args:
        message_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        StringListResponse
    """

    response = await client.send(
        build_request(
            message_id=message_id,
            body=body,
        )
    )
    return parse(response)
