"""PUT /voice/cancel-all: Stop every scheduled voice call not yet placed."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.cancel_all_voice_messages_body import CancelAllVoiceMessagesBody
from ...models.cancel_all_voice_messages_response import CancelAllVoiceMessagesResponse
from ...types import Response

OPERATION_ID = "cancel_all_voice_messages"
METHOD = "PUT"
PATH = "/voice/cancel-all"


def build_request(
    *,
    body: CancelAllVoiceMessagesBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CancelAllVoiceMessagesResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CancelAllVoiceMessagesResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    *,
    client: Client,
    body: CancelAllVoiceMessagesBody,
) -> Response[CancelAllVoiceMessagesResponse]:
    """Stop every scheduled voice call not yet placed.

    PUT /voice/cancel-all

    Args:
        body (CancelAllVoiceMessagesBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CancelAllVoiceMessagesResponse]
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
    body: CancelAllVoiceMessagesBody,
) -> CancelAllVoiceMessagesResponse:
    """Stop every scheduled voice call not yet placed.

    PUT /voice/cancel-all

    Args:
        body (CancelAllVoiceMessagesBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CancelAllVoiceMessagesResponse
    """

    request = build_request(
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
