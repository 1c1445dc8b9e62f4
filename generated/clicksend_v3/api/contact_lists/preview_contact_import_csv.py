# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""POST /lists/{list_id}/import-csv-preview: Preview the opening row of a CSV file ahead of an import."""

from http import HTTPStatus
from urllib.parse import quote

from ... import errors
from ...client import Client, RawResponse, Request
from ...models.envelope import Envelope
from ...models.preview_contact_import_csv_body import PreviewContactImportCsvBody
from ...types import Operation, Response

OPERATION_ID = "preview_contact_import_csv"
METHOD = "POST"
PATH = "/lists/{list_id}/import-csv-preview"
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
    list_id: str,
    *,
    body: PreviewContactImportCsvBody,
) -> Request:
    """Describe the request without sending it."""

    path = PATH.format(
        list_id=quote(str(list_id), safe=""),
    )
    return Request(method=METHOD, path=path, operation_id=OPERATION_ID, json=body.to_dict())


def parse(response: RawResponse) -> Envelope:
    """Decode a successful answer.

    Raises:
        errors.UnexpectedStatus: the status is not one this operation succeeds with.
        errors.ResponseParseError: the body is not the JSON this operation describes.
    """
    if response.status == 200:
        try:
            decoded = response.json()
            response_200 = Envelope.from_dict(decoded)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.ResponseParseError(response.status, response.content, repr(exc)) from exc
        return response_200

    raise errors.UnexpectedStatus(response.status, response.content)


async def asyncio_detailed(
    list_id: str,
    *,
    client: Client,
    body: PreviewContactImportCsvBody,
) -> Response[Envelope]:
    """Preview the opening row of a CSV file ahead of an import.

    POST /lists/{list_id}/import-csv-preview

    Args:
        list_id (str):
        body (PreviewContactImportCsvBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Response[Envelope]
    """

    response = await client.send(
        build_request(
            list_id=list_id,
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
    *,
    client: Client,
    body: PreviewContactImportCsvBody,
) -> Envelope:
    """Preview the opening row of a CSV file ahead of an import.

    POST /lists/{list_id}/import-csv-preview

    Args:
        list_id (str):
        body (PreviewContactImportCsvBody):

    Raises:
        errors.UnexpectedStatus: the answer's status is not a success for this operation (when
            ``client.send`` lets such answers through).
        errors.ResponseParseError: the body is not the JSON this operation describes.
        Whatever ``client.send`` raises for transport failures.

    Returns:
        Envelope
    """

    response = await client.send(
        build_request(
            list_id=list_id,
            body=body,
        )
    )
    return parse(response)
