# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""GET /email/master-templates-categories/{category_id}: Fetch one built-in email template category."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.view_email_template_category_response import (
    ViewEmailTemplateCategoryResponse,
)
from ...types import Operation, Response

OPERATION_ID = "view_email_template_category"
METHOD = "GET"
PATH = "/email/master-templates-categories/{category_id}"
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
    category_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        category_id=quote(str(category_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> ViewEmailTemplateCategoryResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ViewEmailTemplateCategoryResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    category_id: str,
    *,
    client: Client,
) -> Response[ViewEmailTemplateCategoryResponse]:
    """Fetch one built-in email template category.

    GET /email/master-templates-categories/{category_id}

    Args:
        category_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ViewEmailTemplateCategoryResponse]
    """

    response = await client.send(
        build_request(
            category_id=category_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    category_id: str,
    *,
    client: Client,
) -> ViewEmailTemplateCategoryResponse:
    """Fetch one built-in email template category.

    GET /email/master-templates-categories/{category_id}

    Args:
        category_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ViewEmailTemplateCategoryResponse
    """

    response = await client.send(
        build_request(
            category_id=category_id,
        )
    )
    return parse(response)
