# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}: Drop contacts from a list if they appear in an opt-out list."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.object_body import ObjectBody
from ...models.remove_contacts_response import RemoveContactsResponse
from ...types import Operation, Response

OPERATION_ID = "remove_opted_out_contacts"
METHOD = "PUT"
PATH = "/lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}"
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
    list_id: str,
    opt_out_list_id: str,
    *,
    body: ObjectBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        list_id=quote(str(list_id), safe=""),
        opt_out_list_id=quote(str(opt_out_list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> RemoveContactsResponse:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = RemoveContactsResponse.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    list_id: str,
    opt_out_list_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> Response[RemoveContactsResponse]:
    """Drop contacts from a list if they appear in an opt-out list.

    PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}

    Args:
        list_id (str):
        opt_out_list_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[RemoveContactsResponse]
    """

    response = await client.send(
        build_request(
            list_id=list_id,
            opt_out_list_id=opt_out_list_id,
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
    list_id: str,
    opt_out_list_id: str,
    *,
    client: Client,
    body: ObjectBody,
) -> RemoveContactsResponse:
    """Drop contacts from a list if they appear in an opt-out list.

    PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}

    Args:
        list_id (str):
        opt_out_list_id (str):
        body (ObjectBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        RemoveContactsResponse
    """

    response = await client.send(
        build_request(
            list_id=list_id,
            opt_out_list_id=opt_out_list_id,
            body=body,
        )
    )
    return parse(response)
