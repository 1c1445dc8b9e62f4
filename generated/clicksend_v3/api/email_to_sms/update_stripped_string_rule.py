# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /sms/email-sms-stripped-strings/{rule_id}: Change an email-to-SMS text stripping rule."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_stripped_string_rule_request import (
    CreateStrippedStringRuleRequest,
)
from ...models.stripped_string_rule_response import StrippedStringRuleResponse
from ...types import Operation, Response

OPERATION_ID = "update_stripped_string_rule"
METHOD = "PUT"
PATH = "/sms/email-sms-stripped-strings/{rule_id}"
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
    rule_id: str,
    *,
    body: CreateStrippedStringRuleRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        rule_id=quote(str(rule_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> StrippedStringRuleResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = StrippedStringRuleResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    rule_id: str,
    *,
    client: Client,
    body: CreateStrippedStringRuleRequest,
) -> Response[StrippedStringRuleResponse]:
    """Change an email-to-SMS text stripping rule.

    PUT /sms/email-sms-stripped-strings/{rule_id}

    Args:
        rule_id (str):
        body (CreateStrippedStringRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[StrippedStringRuleResponse]
    """

    response = await client.send(
        build_request(
            rule_id=rule_id,
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
    rule_id: str,
    *,
    client: Client,
    body: CreateStrippedStringRuleRequest,
) -> StrippedStringRuleResponse:
    """Change an email-to-SMS text stripping rule.

    PUT /sms/email-sms-stripped-strings/{rule_id}

    Args:
        rule_id (str):
        body (CreateStrippedStringRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        StrippedStringRuleResponse
    """

    response = await client.send(
        build_request(
            rule_id=rule_id,
            body=body,
        )
    )
    return parse(response)
