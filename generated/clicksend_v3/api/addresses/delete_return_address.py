# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""DELETE /post/return-addresses/{return_address_id}: Remove a saved return address."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.string_list_response import StringListResponse
from ...types import Operation, Response

OPERATION_ID = "delete_return_address"
METHOD = "DELETE"
PATH = "/post/return-addresses/{return_address_id}"
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
    return_address_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        return_address_id=quote(str(return_address_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> StringListResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = StringListResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    return_address_id: str,
    *,
    client: Client,
) -> Response[StringListResponse]:
    """Remove a saved return address.

    DELETE /post/return-addresses/{return_address_id}

    Args:
        return_address_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[StringListResponse]
    """

    response = await client.send(
        build_request(
            return_address_id=return_address_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    return_address_id: str,
    *,
    client: Client,
) -> StringListResponse:
    """Remove a saved return address.

    DELETE /post/return-addresses/{return_address_id}

    Args:
        return_address_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        StringListResponse
    """

    response = await client.send(
        build_request(
            return_address_id=return_address_id,
        )
    )
    return parse(response)
