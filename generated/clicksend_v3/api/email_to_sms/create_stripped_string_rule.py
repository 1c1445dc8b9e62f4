# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /sms/email-sms-stripped-strings: Add a rule that removes given text from email-to-SMS messages."""

from http import HTTPStatus

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_stripped_string_rule_request import (
    CreateStrippedStringRuleRequest,
)
from ...models.create_stripped_string_rule_response import (
    CreateStrippedStringRuleResponse,
)
from ...types import Operation, Response

OPERATION_ID = "create_stripped_string_rule"
METHOD = "POST"
PATH = "/sms/email-sms-stripped-strings"
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
    *,
    body: CreateStrippedStringRuleRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> CreateStrippedStringRuleResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = CreateStrippedStringRuleResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateStrippedStringRuleRequest,
) -> Response[CreateStrippedStringRuleResponse]:
    """Add a rule that removes given text from email-to-SMS messages.

    POST /sms/email-sms-stripped-strings

    Args:
        body (CreateStrippedStringRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[CreateStrippedStringRuleResponse]
    """

    response = await client.send(
        build_request(
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
    *,
    client: Client,
    body: CreateStrippedStringRuleRequest,
) -> CreateStrippedStringRuleResponse:
    """Add a rule that removes given text from email-to-SMS messages.

    POST /sms/email-sms-stripped-strings

    Args:
        body (CreateStrippedStringRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        CreateStrippedStringRuleResponse
    """

    response = await client.send(
        build_request(
            body=body,
        )
    )
    return parse(response)
