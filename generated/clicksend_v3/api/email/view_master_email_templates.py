"""GET /email/master-templates: List ClickSend's built-in email templates."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_master_email_templates_response import (
    ViewMasterEmailTemplatesResponse,
)
from ...types import Response

OPERATION_ID = "view_master_email_templates"
METHOD = "GET"
PATH = "/email/master-templates"


def build_request() -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewMasterEmailTemplatesResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewMasterEmailTemplatesResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[ViewMasterEmailTemplatesResponse]:
    """List ClickSend's built-in email templates.

    GET /email/master-templates

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewMasterEmailTemplatesResponse]
    """

    request = build_request()
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
) -> ViewMasterEmailTemplatesResponse:
    """List ClickSend's built-in email templates.

    GET /email/master-templates

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewMasterEmailTemplatesResponse
    """

    request = build_request()
    return client.decode(parse, request, await client.send(request))
