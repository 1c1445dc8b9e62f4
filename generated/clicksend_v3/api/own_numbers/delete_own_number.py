# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""DELETE /own-numbers/{own_number_id}: Remove one of your own sender numbers."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.own_number import OwnNumber
from ...types import Operation, Response

OPERATION_ID = "delete_own_number"
METHOD = "DELETE"
PATH = "/own-numbers/{own_number_id}"
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
    own_number_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        own_number_id=quote(str(own_number_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> OwnNumber:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = OwnNumber.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    own_number_id: str,
    *,
    client: Client,
) -> Response[OwnNumber]:
    """Remove one of your own sender numbers.

    DELETE /own-numbers/{own_number_id}

    Args:
        own_number_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[OwnNumber]
    """

    response = await client.send(
        build_request(
            own_number_id=own_number_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    own_number_id: str,
    *,
    client: Client,
) -> OwnNumber:
    """Remove one of your own sender numbers.

    DELETE /own-numbers/{own_number_id}

    Args:
        own_number_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        OwnNumber
    """

    response = await client.send(
        build_request(
            own_number_id=own_number_id,
        )
    )
    return parse(response)
