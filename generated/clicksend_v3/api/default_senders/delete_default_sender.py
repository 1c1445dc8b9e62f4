# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""DELETE /senders/default-senders/{default_sender_id}: Remove a default sender setting."""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...types import Operation, Response

OPERATION_ID = "delete_default_sender"
METHOD = "DELETE"
PATH = "/senders/default-senders/{default_sender_id}"
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
    default_sender_id: str,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        default_sender_id=quote(str(default_sender_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID)


def parse(response: RawResponse) -> Any:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 204:
        return None

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    default_sender_id: str,
    *,
    client: Client,
) -> Response[Any]:
    """Remove a default sender setting.

    DELETE /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[Any]
    """

    response = await client.send(
        build_request(
            default_sender_id=default_sender_id,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status),
        content=response.content,
        headers=response.headers,
        parsed=parse(response),
    )


async def asyncio(
    default_sender_id: str,
    *,
    client: Client,
) -> Any:
    """Remove a default sender setting.

    DELETE /senders/default-senders/{default_sender_id}

    Args:
        default_sender_id (str):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Any
    """

    response = await client.send(
        build_request(
            default_sender_id=default_sender_id,
        )
    )
    return parse(response)
