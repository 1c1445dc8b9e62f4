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
            raise KeyError("activation_token")
        if values[1] is _MISSING:
            raise KeyError("password")
        if values[2] is _MISSING:
            raise KeyError("subaccount_id")
        verify_password_reset_body = cls(*values)

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "activation_token": 0,
    "password": 1,
    "subaccount_id": 2,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
)
