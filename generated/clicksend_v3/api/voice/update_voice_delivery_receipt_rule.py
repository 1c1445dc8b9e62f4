# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /automations/voice/receipts/{receipt_rule_id}: Change an automation rule for voice delivery receipts."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.create_sms_delivery_receipt_rule_request import (
    CreateSmsDeliveryReceiptRuleRequest,
)
from ...models.delivery_receipt_rule_response import DeliveryReceiptRuleResponse
from ...types import Operation, Response

OPERATION_ID = "update_voice_delivery_receipt_rule"
METHOD = "PUT"
PATH = "/automations/voice/receipts/{receipt_rule_id}"
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
    receipt_rule_id: str,
    *,
    body: CreateSmsDeliveryReceiptRuleRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        receipt_rule_id=quote(str(receipt_rule_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> DeliveryReceiptRuleResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = DeliveryReceiptRuleResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    receipt_rule_id: str,
    *,
    client: Client,
    body: CreateSmsDeliveryReceiptRuleRequest,
) -> Response[DeliveryReceiptRuleResponse]:
    """Change an automation rule for voice delivery receipts.

    PUT /automations/voice/receipts/{receipt_rule_id}

    Args:
        receipt_rule_id (str):
        body (CreateSmsDeliveryReceiptRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[DeliveryReceiptRuleResponse]
    """

    response = await client.send(
        build_request(
            receipt_rule_id=receipt_rule_id,
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
    receipt_rule_id: str,
    *,
    client: Client,
    body: CreateSmsDeliveryReceiptRuleRequest,
) -> DeliveryReceiptRuleResponse:
    """Change an automation rule for voice delivery receipts.

    PUT /automations/voice/receipts/{receipt_rule_id}

    Args:
        receipt_rule_id (str):
        body (CreateSmsDeliveryReceiptRuleRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        DeliveryReceiptRuleResponse
    """

    response = await client.send(
        build_request(
            receipt_rule_id=receipt_rule_id,
            body=body,
        )
    )
    return parse(response)
