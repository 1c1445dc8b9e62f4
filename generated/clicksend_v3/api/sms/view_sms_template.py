# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /sms/templates/{template_id}: Fetch one saved SMS template."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.sms_template_response import SmsTemplateResponse
from ...types import Operation, Response

OPERATION_ID = "view_sms_template"
METHOD = "GET"
PATH = "/sms/templates/{template_id}"
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
    template_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        template_id=quote(str(template_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> SmsTemplateResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SmsTemplateResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    template_id: str,
    *,
    client: Client,
) -> Response[SmsTemplateResponse]:
    """Fetch one saved SMS template.

    GET /sms/templates/{template_id}

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SmsTemplateResponse]
    """

    response = await client.send(
        build_request(
            template_id=template_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    template_id: str,
    *,
    client: Client,
) -> SmsTemplateResponse:
    """Fetch one saved SMS template.

    GET /sms/templates/{template_id}

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SmsTemplateResponse
    """

    response = await client.send(
        build_request(
            template_id=template_id,
        )
    )
    return parse(response)
