# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateNewApiKeyRequest")


@_attrs_define
class GenerateNewApiKeyRequest:
    """
    Attributes:
        access_sms (int | Unset):
        email (str | Unset):
        notes (str | Unset):
    """

    access_sms: int | Unset = UNSET
    email: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_sms = self.access_sms

        email = self.email

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if email is not UNSET:
            field_dict["email"] = email
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_sms = d.pop("access_sms", UNSET)

        email = d.pop("email", UNSET)

        notes = d.pop("notes", UNSET)

        generate_new_api_key_request = cls(
            access_sms,
            email,
            notes,
        )

        generate_new_api_key_request.additional_properties = d
        return generate_new_api_key_request

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
