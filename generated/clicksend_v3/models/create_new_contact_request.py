# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNewContactRequest")


@_attrs_define
class CreateNewContactRequest:
    """
    Attributes:
        phone_number (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        custom_1 (str | Unset):
        custom_2 (str | Unset):
        custom_3 (str | Unset):
        custom_4 (str | Unset):
        date_added (None | str | Unset):
        fax_number (None | str | Unset):
        organization_name (None | str | Unset):
        email (None | str | Unset):
        address_line_1 (None | str | Unset):
        address_line_2 (None | str | Unset):
        address_city (None | str | Unset):
        address_state (None | str | Unset):
        address_postal_code (None | str | Unset):
        address_country (None | str | Unset):
    """

    phone_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    date_added: None | str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_postal_code: None | str | Unset = UNSET
    address_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        date_added: None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: None | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country: None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if email is not UNSET:
            field_dict["email"] = email
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field;
        # none when it has exactly the class's fields.
        d: dict[str, Any] = {}
        values: list[Any] | None = None
        if src_dict.__class__ is dict and len(src_dict) == _FIELD_COUNT:
            try:
                values = list(_ALL_FIELDS(src_dict))
            except KeyError:  # another key in place of one of the fields
                pass
        if values is None:
            values = list(_NO_VALUES)
            if src_dict.__class__ is not dict:
                src_dict = dict(src_dict)
            at = _FIELD_AT.get
            for key, value in src_dict.items():
                i = at(key)
                if i is None:
                    d[key] = value
                else:
                    values[i] = value
        create_new_contact_request = cls(*values)

        create_new_contact_request.additional_properties = d
        return create_new_contact_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "phone_number": 0,
    "first_name": 1,
    "last_name": 2,
    "custom_1": 3,
    "custom_2": 4,
    "custom_3": 5,
    "custom_4": 6,
    "date_added": 7,
    "fax_number": 8,
    "organization_name": 9,
    "email": 10,
    "address_line_1": 11,
    "address_line_2": 12,
    "address_city": 13,
    "address_state": 14,
    "address_postal_code": 15,
    "address_country": 16,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)
