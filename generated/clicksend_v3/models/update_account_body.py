# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccountBody")


@_attrs_define
class UpdateAccountBody:
    """
    Attributes:
        account_name (str):
        country (str):
        password (str):
        timezone (str):
        user_email (str):
        user_first_name (str):
        user_last_name (str):
        user_phone (str):
        username (str):
        private_uploads (float | Unset):
        setting_sms_hide_business_name (float | Unset):
        setting_sms_hide_your_number (float | Unset):
    """

    account_name: str
    country: str
    password: str
    timezone: str
    user_email: str
    user_first_name: str
    user_last_name: str
    user_phone: str
    username: str
    private_uploads: float | Unset = UNSET
    setting_sms_hide_business_name: float | Unset = UNSET
    setting_sms_hide_your_number: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        country = self.country

        password = self.password

        timezone = self.timezone

        user_email = self.user_email

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        user_phone = self.user_phone

        username = self.username

        private_uploads = self.private_uploads

        setting_sms_hide_business_name = self.setting_sms_hide_business_name

        setting_sms_hide_your_number = self.setting_sms_hide_your_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_name": account_name,
                "country": country,
                "password": password,
                "timezone": timezone,
                "user_email": user_email,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "user_phone": user_phone,
                "username": username,
            }
        )
        if private_uploads is not UNSET:
            field_dict["private_uploads"] = private_uploads
        if setting_sms_hide_business_name is not UNSET:
            field_dict["setting_sms_hide_business_name"] = setting_sms_hide_business_name
        if setting_sms_hide_your_number is not UNSET:
            field_dict["setting_sms_hide_your_number"] = setting_sms_hide_your_number

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
        if values[0] is _MISSING:
            raise KeyError("account_name")
        if values[1] is _MISSING:
            raise KeyError("country")
        if values[2] is _MISSING:
            raise KeyError("password")
        if values[3] is _MISSING:
            raise KeyError("timezone")
        if values[4] is _MISSING:
            raise KeyError("user_email")
        if values[5] is _MISSING:
            raise KeyError("user_first_name")
        if values[6] is _MISSING:
            raise KeyError("user_last_name")
        if values[7] is _MISSING:
            raise KeyError("user_phone")
        if values[8] is _MISSING:
            raise KeyError("username")
        update_account_body = cls(*values)

        update_account_body.additional_properties = d
        return update_account_body

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "account_name": 0,
    "country": 1,
    "password": 2,
    "timezone": 3,
    "user_email": 4,
    "user_first_name": 5,
    "user_last_name": 6,
    "user_phone": 7,
    "username": 8,
    "private_uploads": 9,
    "setting_sms_hide_business_name": 10,
    "setting_sms_hide_your_number": 11,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    UNSET,
    UNSET,
    UNSET,
)
