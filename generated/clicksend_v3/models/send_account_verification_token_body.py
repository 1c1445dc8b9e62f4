# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendAccountVerificationTokenBody")


@_attrs_define
class SendAccountVerificationTokenBody:
    """
    Attributes:
        country (str | Unset):
        type_ (str | Unset):
        user_phone (str | Unset):
    """

    country: str | Unset = UNSET
    type_: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        type_ = self.type_

        user_phone = self.user_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        type_ = d.pop("type", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        send_account_verification_token_body = cls(
            country,
            type_,
            user_phone,
        )

        send_account_verification_token_body.additional_properties = d
        return send_account_verification_token_body

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
