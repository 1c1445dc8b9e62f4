# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /voice/lang: List languages and voices usable for text-to-speech."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_voice_languages_response import ViewVoiceLanguagesResponse
from ...types import Operation, Response

OPERATION_ID = "view_voice_languages"
METHOD = "GET"
PATH = "/voice/lang"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=True,
    unread_queue=False,
)


def build_request() -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewVoiceLanguagesResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewVoiceLanguagesResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[ViewVoiceLanguagesResponse]:
    """List languages and voices usable for text-to-speech.

    GET /voice/lang

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewVoiceLanguagesResponse]
    """

    response = await client.send(build_request())
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    *,
    client: Client,
) -> ViewVoiceLanguagesResponse:
    """List languages and voices usable for text-to-speech.

    GET /voice/lang

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewVoiceLanguagesResponse
    """

    response = await client.send(build_request())
    return parse(response)
