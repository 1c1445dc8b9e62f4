# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /numbers/registrations/number-types/{number_type}/country/{country_code}: Submit registration details for numbers of a given type."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.object_response import ObjectResponse
from ...models.register_numbers_request import RegisterNumbersRequest
from ...types import Operation, Response

OPERATION_ID = "register_numbers"
METHOD = "POST"
PATH = "/numbers/registrations/number-types/{number_type}/country/{country_code}"
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
    number_type: str,
    country_code: str,
    *,
    body: RegisterNumbersRequest,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        number_type=quote(str(number_type), safe=""),
        country_code=quote(str(country_code), safe=""),
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
    number_type: str,
    country_code: str,
    *,
    client: Client,
    body: RegisterNumbersRequest,
) -> Response[ObjectResponse]:
    """Submit registration details for numbers of a given type.

    POST /numbers/registrations/number-types/{number_type}/country/{country_code}

    Args:
        number_type (str):
        country_code (str):
        body (RegisterNumbersRequest):

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
            number_type=number_type,
            country_code=country_code,
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
    number_type: str,
    country_code: str,
    *,
    client: Client,
    body: RegisterNumbersRequest,
) -> ObjectResponse:
    """Submit registration details for numbers of a given type.

    POST /numbers/registrations/number-types/{number_type}/country/{country_code}

    Args:
        number_type (str):
        country_code (str):
        body (RegisterNumbersRequest):

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
            number_type=number_type,
            country_code=country_code,
            body=body,
        )
    )
    return parse(response)
