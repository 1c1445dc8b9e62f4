"""PUT /voice/{message_id}/cancel: Stop a single scheduled voice call."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.cancel_voice_message_body import CancelVoiceMessageBody
from ...models.cancel_voice_message_response import CancelVoiceMessageResponse
from ...types import Response

OPERATION_ID = "cancel_voice_message"
METHOD = "PUT"
PATH = "/voice/{message_id}/cancel"


def build_request(
    message_id: str,
    *,
    body: CancelVoiceMessageBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        message_id=quote(str(message_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CancelVoiceMessageResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CancelVoiceMessageResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    message_id: str,
    *,
    client: Client,
    body: CancelVoiceMessageBody,
) -> Response[CancelVoiceMessageResponse]:
    """Stop a single scheduled voice call.

    PUT /voice/{message_id}/cancel

    Args:
        message_id (str):
        body (CancelVoiceMessageBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CancelVoiceMessageResponse]
    """

    request = build_request(
        message_id=message_id,
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
    message_id: str,
    *,
    client: Client,
    body: CancelVoiceMessageBody,
) -> CancelVoiceMessageResponse:
    """Stop a single scheduled voice call.

    PUT /voice/{message_id}/cancel

    Args:
        message_id (str):
        body (CancelVoiceMessageBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CancelVoiceMessageResponse
    """

    request = build_request(
        message_id=message_id,
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
