"""``cs.lists`` and ``cs.contacts``: contact lists and the contacts inside them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clicksend_v3.api.contacts import delete_contact, update_contact, view_contact
from clicksend_v3.api.lists import (
    create_contact,
    create_list,
    delete_list,
    update_list,
    view_list,
    view_list_contacts,
    view_lists,
)
from clicksend_v3.models import CreateListRequest, CreateNewContactRequest

from clicksend_async._call import call
from clicksend_async._errors import ValidationError
from clicksend_async._pagination import iterate_items
from clicksend_async._resources._base import Resource
from clicksend_async._validation import check_body, check_message

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator

    from clicksend_v3.models import (
        CreateContactResponse,
        CreateListResponse,
        DeleteContactResponse,
        DeleteListResponse,
        UpdateContactResponse,
        UpdateListResponse,
        ViewContactResponse,
        ViewListResponse,
    )


class Lists(Resource):
    """Contact lists."""

    async def create(self, name: str) -> CreateListResponse:
        """Create a contact list.

        Raises:
            ValidationError: ``name`` is empty.
            APIStatusError: the service refused.

        """
        check_body(name, sms=False)
        return await call(self._seam, create_list, body=CreateListRequest(list_name=name))

    async def get(self, list_id: str | int) -> ViewListResponse:
        """Return one contact list.

        Raises:
            NotFoundError: no such list.

        """
        return await call(self._seam, view_list, str(list_id))

    async def update(self, list_id: str | int, name: str) -> UpdateListResponse:
        """Rename a contact list.

        Raises:
            ValidationError: ``name`` is empty.
            NotFoundError: no such list.

        """
        check_body(name, sms=False)
        return await call(
            self._seam, update_list, str(list_id), body=CreateListRequest(list_name=name)
        )

    async def delete(self, list_id: str | int) -> DeleteListResponse:
        """Delete a contact list.

        Raises:
            NotFoundError: no such list.

        """
        return await call(self._seam, delete_list, str(list_id))

    def all(self) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over every contact list."""
        return iterate_items(self._seam, view_lists, {})

    def contacts(self, list_id: str | int) -> AsyncGenerator[dict[str, Any], None]:
        """Iterate over the contacts of a list."""
        return iterate_items(self._seam, view_list_contacts, {"list_id": str(list_id)})


class Contacts(Resource):
    """Contacts inside contact lists; fields are those of ``CreateNewContactRequest``."""

    async def create(
        self,
        list_id: str | int,
        **fields: Any,  # noqa: ANN401 - phone_number, first_name, email, custom_1...
    ) -> CreateContactResponse:
        """Add a contact to a list.

        Raises:
            ValidationError: an unknown field, or none of phone_number, email, fax_number.
            APIStatusError: the service refused.

        """
        contact = _contact(fields, required=True)
        return await call(self._seam, create_contact, str(list_id), body=contact)

    async def get(self, list_id: str | int, contact_id: str | int) -> ViewContactResponse:
        """Return one contact.

        Raises:
            NotFoundError: no such list or contact.

        """
        return await call(self._seam, view_contact, str(list_id), str(contact_id))

    async def update(
        self,
        list_id: str | int,
        contact_id: str | int,
        **fields: Any,  # noqa: ANN401 - the fields to change
    ) -> UpdateContactResponse:
        """Change a contact's fields.

        Raises:
            ValidationError: an unknown field.
            NotFoundError: no such list or contact.

        """
        contact = _contact(fields, required=False)
        return await call(self._seam, update_contact, str(list_id), str(contact_id), body=contact)

    async def delete(self, list_id: str | int, contact_id: str | int) -> DeleteContactResponse:
        """Delete a contact.

        Raises:
            NotFoundError: no such list or contact.

        """
        return await call(self._seam, delete_contact, str(list_id), str(contact_id))


def _contact(fields: dict[str, Any], *, required: bool) -> CreateNewContactRequest:
    """Return the contact model for ``fields``.

    Raises:
        ValidationError: an unknown field, a bad phone number, or (when ``required``) none of
            phone_number, email, fax_number.

    """
    if required and not any(fields.get(k) for k in ("phone_number", "email", "fax_number")):
        raise ValidationError("a contact needs a phone_number, an email or a fax_number")
    if fields.get("phone_number") is not None:
        check_message({"to": fields["phone_number"], "body": "x"})
    try:
        return CreateNewContactRequest(**fields)
    except TypeError as exc:
        raise ValidationError(f"contact: {exc}") from None
