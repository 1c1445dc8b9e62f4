# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResellerAccountRequest")


@_attrs_define
class CreateResellerAccountRequest:
    """
    Attributes:
        country (str | Unset):
        password (str | Unset):
        user_email (str | Unset):
        user_first_name (str | Unset):
        user_last_name (str | Unset):
        account_name (str | Unset):
        user_phone (str | Unset):
        username (str | Unset):
    """

    country: str | Unset = UNSET
    password: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        password = self.password

        user_email = self.user_email

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account_name = self.account_name

        user_phone = self.user_phone

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if password is not UNSET:
            field_dict["password"] = password
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        create_reseller_account_request = cls(*values)

        create_reseller_account_request.additional_properties = d
        return create_reseller_account_request

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
    "country": 0,
    "password": 1,
    "user_email": 2,
    "user_first_name": 3,
    "user_last_name": 4,
    "account_name": 5,
    "user_phone": 6,
    "username": 7,
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
)
