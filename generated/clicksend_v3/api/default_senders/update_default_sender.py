"""PATCH /senders/default-senders/{default_sender_id}: Change a default sender setting."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.update_default_sender_request import UpdateDefaultSenderRequest
from ...models.update_default_sender_response import UpdateDefaultSenderResponse
from ...types import Response

OPERATION_ID = "update_default_sender"
METHOD = "PATCH"
PATH = "/senders/default-senders/{default_sender_id}"


def build_request(
    default_sender_id: str,
    *,
    body: UpdateDefaultSenderRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        default_sender_id=quote(str(default_sender_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> UpdateDefaultSenderResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = UpdateDefaultSenderResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    default_sender_id: str,
    *,
    client: Client,
    body: UpdateDefaultSenderRequest,
) -> Response[UpdateDefaultSenderResponse]:
    """Change a default sender setting.

    PATCH /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):
        body (UpdateDefaultSenderRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[UpdateDefaultSenderResponse]
    """

    request = build_request(
        default_sender_id=default_sender_id,
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
    default_sender_id: str,
    *,
    client: Client,
    body: UpdateDefaultSenderRequest,
) -> UpdateDefaultSenderResponse:
    """Change a default sender setting.

    PATCH /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):
        body (UpdateDefaultSenderRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        UpdateDefaultSenderResponse
    """

    request = build_request(
        default_sender_id=default_sender_id,
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
