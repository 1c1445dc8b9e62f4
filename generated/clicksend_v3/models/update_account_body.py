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
        d = dict(src_dict)
        account_name = d.pop("account_name")

        country = d.pop("country")

        password = d.pop("password")

        timezone = d.pop("timezone")

        user_email = d.pop("user_email")

        user_first_name = d.pop("user_first_name")

        user_last_name = d.pop("user_last_name")

        user_phone = d.pop("user_phone")

        username = d.pop("username")

        private_uploads = d.pop("private_uploads", UNSET)

        setting_sms_hide_business_name = d.pop("setting_sms_hide_business_name", UNSET)

        setting_sms_hide_your_number = d.pop("setting_sms_hide_your_number", UNSET)

        update_account_body = cls(
            account_name,
            country,
            password,
            timezone,
            user_email,
            user_first_name,
            user_last_name,
            user_phone,
            username,
            private_uploads,
            setting_sms_hide_business_name,
            setting_sms_hide_your_number,
        )

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
