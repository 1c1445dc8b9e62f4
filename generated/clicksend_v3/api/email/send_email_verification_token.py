# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /email/address-verify/{email_address_id}/send: Email a verification code to a sender address."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.object_response import ObjectResponse
from ...models.send_email_verification_token_request import (
    SendEmailVerificationTokenRequest,
)
from ...types import Operation, Response

OPERATION_ID = "send_email_verification_token"
METHOD = "PUT"
PATH = "/email/address-verify/{email_address_id}/send"
OPERATION = Operation(
    id=OPERATION_ID,
    module=__name__,
    method=METHOD,
    path=PATH,
    paged=False,
    idempotent=False,
    unread_queue=False,
)


def build_request(
    email_address_id: str,
    *,
    body: SendEmailVerificationTokenRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        email_address_id=quote(str(email_address_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> ObjectResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = ObjectResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    email_address_id: str,
    *,
    client: Client,
    body: SendEmailVerificationTokenRequest,
) -> Response[ObjectResponse]:
    """Email a verification code to a sender address.

    PUT /email/address-verify/{email_address_id}/send

    Args:
        email_address_id (str):
        body (SendEmailVerificationTokenRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[ObjectResponse]
    """

    response = await client.send(
        build_request(
            email_address_id=email_address_id,
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
    email_address_id: str,
    *,
    client: Client,
    body: SendEmailVerificationTokenRequest,
) -> ObjectResponse:
    """Email a verification code to a sender address.

    PUT /email/address-verify/{email_address_id}/send

    Args:
        email_address_id (str):
        body (SendEmailVerificationTokenRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        ObjectResponse
    """

    response = await client.send(
        build_request(
            email_address_id=email_address_id,
            body=body,
        )
    )
    return parse(response)
