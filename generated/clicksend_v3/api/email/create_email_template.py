"""POST /email/templates: Save a new email template of your own."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_email_template_request import CreateEmailTemplateRequest
from ...models.create_email_template_response import CreateEmailTemplateResponse
from ...types import Response

OPERATION_ID = "create_email_template"
METHOD = "POST"
PATH = "/email/templates"


def build_request(
    *,
    body: CreateEmailTemplateRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CreateEmailTemplateResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CreateEmailTemplateResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    expected = (200,)
    raise errors.UnexpectedStatus(response.status, response.content, expected=expected)


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateEmailTemplateRequest,
) -> Response[CreateEmailTemplateResponse]:
    """Save a new email template of your own.

    POST /email/templates

    Args:
        body (CreateEmailTemplateRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CreateEmailTemplateResponse]
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
    body: CreateEmailTemplateRequest,
) -> CreateEmailTemplateResponse:
    """Save a new email template of your own.

    POST /email/templates

    Args:
        body (CreateEmailTemplateRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CreateEmailTemplateResponse
    """

    request = build_request(
        body=body,
    )
    return client.decode(parse, request, await client.send(request))
