# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountRequest")


@_attrs_define
class CreateSubaccountRequest:
    """
    Attributes:
        api_username (str | Unset):
        password (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        user_id (int | Unset):
        sms_deidentify_message (int | Unset):
        access_smpp (int | Unset):
        access_users (int | Unset):
        access_billing (int | Unset):
        access_reporting (int | Unset):
        access_contacts (int | Unset):
        access_settings (int | Unset):
        notes (str | Unset):
    """

    api_username: str | Unset = UNSET
    password: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    user_id: int | Unset = UNSET
    sms_deidentify_message: int | Unset = UNSET
    access_smpp: int | Unset = UNSET
    access_users: int | Unset = UNSET
    access_billing: int | Unset = UNSET
    access_reporting: int | Unset = UNSET
    access_contacts: int | Unset = UNSET
    access_settings: int | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_username = self.api_username

        password = self.password

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        user_id = self.user_id

        sms_deidentify_message = self.sms_deidentify_message

        access_smpp = self.access_smpp

        access_users = self.access_users

        access_billing = self.access_billing

        access_reporting = self.access_reporting

        access_contacts = self.access_contacts

        access_settings = self.access_settings

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if password is not UNSET:
            field_dict["password"] = password
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sms_deidentify_message is not UNSET:
            field_dict["sms_deidentify_message"] = sms_deidentify_message
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if notes is not UNSET:
            field_dict["notes"] = notes

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
        create_subaccount_request = cls(*values)

        create_subaccount_request.additional_properties = d
        return create_subaccount_request

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
    "api_username": 0,
    "password": 1,
    "email": 2,
    "phone_number": 3,
    "first_name": 4,
    "last_name": 5,
    "user_id": 6,
    "sms_deidentify_message": 7,
    "access_smpp": 8,
    "access_users": 9,
    "access_billing": 10,
    "access_reporting": 11,
    "access_contacts": 12,
    "access_settings": 13,
    "notes": 14,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)
