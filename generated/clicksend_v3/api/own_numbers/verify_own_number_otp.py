# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /own-numbers/verifications/{verification_id}/verify: Confirm ownership of a number with its one-time code."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.own_number_otp import OwnNumberOtp
from ...models.verify_own_number_otp_request import VerifyOwnNumberOtpRequest
from ...types import Operation, Response

OPERATION_ID = "verify_own_number_otp"
METHOD = "POST"
PATH = "/own-numbers/verifications/{verification_id}/verify"
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
    verification_id: str,
    *,
    body: VerifyOwnNumberOtpRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        verification_id=quote(str(verification_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> OwnNumberOtp:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = OwnNumberOtp.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    verification_id: str,
    *,
    client: Client,
    body: VerifyOwnNumberOtpRequest,
) -> Response[OwnNumberOtp]:
    """Confirm ownership of a number with its one-time code.

    POST /own-numbers/verifications/{verification_id}/verify

    Args:
        verification_id (str):
        body (VerifyOwnNumberOtpRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[OwnNumberOtp]
    """

    response = await client.send(
        build_request(
            verification_id=verification_id,
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
    verification_id: str,
    *,
    client: Client,
    body: VerifyOwnNumberOtpRequest,
) -> OwnNumberOtp:
    """Confirm ownership of a number with its one-time code.

    POST /own-numbers/verifications/{verification_id}/verify

    Args:
        verification_id (str):
        body (VerifyOwnNumberOtpRequest):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        OwnNumberOtp
    """

    response = await client.send(
        build_request(
            verification_id=verification_id,
            body=body,
        )
    )
    return parse(response)
