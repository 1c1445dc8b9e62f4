# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /automations/sms/inbound/{inbound_rule_id}: Change an automation rule for incoming SMS."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.sms_inbound_automation_response import SmsInboundAutomationResponse
from ...models.update_sms_inbound_automation_request import (
    UpdateSmsInboundAutomationRequest,
)
from ...types import Operation, Response

OPERATION_ID = "update_sms_inbound_automation"
METHOD = "PUT"
PATH = "/automations/sms/inbound/{inbound_rule_id}"
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
    inbound_rule_id: str,
    *,
    body: UpdateSmsInboundAutomationRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        inbound_rule_id=quote(str(inbound_rule_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> SmsInboundAutomationResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = SmsInboundAutomationResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    inbound_rule_id: str,
    *,
    client: Client,
    body: UpdateSmsInboundAutomationRequest,
) -> Response[SmsInboundAutomationResponse]:
    """Change an automation rule for incoming SMS.

    PUT /automations/sms/inbound/{inbound_rule_id}

    Args:
        inbound_rule_id (str):
        body (UpdateSmsInboundAutomationRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[SmsInboundAutomationResponse]
    """

    response = await client.send(
        build_request(
            inbound_rule_id=inbound_rule_id,
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
    inbound_rule_id: str,
    *,
    client: Client,
    body: UpdateSmsInboundAutomationRequest,
) -> SmsInboundAutomationResponse:
    """Change an automation rule for incoming SMS.

    PUT /automations/sms/inbound/{inbound_rule_id}

    Args:
        inbound_rule_id (str):
        body (UpdateSmsInboundAutomationRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        SmsInboundAutomationResponse
    """

    response = await client.send(
        build_request(
            inbound_rule_id=inbound_rule_id,
            body=body,
        )
    )
    return parse(response)
