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
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        password = d.pop("password", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        account_name = d.pop("account_name", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        username = d.pop("username", UNSET)

        create_reseller_account_request = cls(
            country,
            password,
            user_email,
            user_first_name,
            user_last_name,
            account_name,
            user_phone,
            username,
        )

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
