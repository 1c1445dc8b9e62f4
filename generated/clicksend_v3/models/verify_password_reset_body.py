# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifyPasswordResetBody")


@_attrs_define
class VerifyPasswordResetBody:
    """
    Attributes:
        activation_token (str):
        password (str):
        subaccount_id (float):
    """

    activation_token: str
    password: str
    subaccount_id: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_token = self.activation_token

        password = self.password

        subaccount_id = self.subaccount_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activation_token": activation_token,
                "password": password,
                "subaccount_id": subaccount_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_token = d.pop("activation_token")

        password = d.pop("password")

        subaccount_id = d.pop("subaccount_id")

        verify_password_reset_body = cls(
            activation_token,
            password,
            subaccount_id,
        )

        verify_password_reset_body.additional_properties = d
        return verify_password_reset_body

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
