# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateReturnAddressRequest")


@_attrs_define
class UpdateReturnAddressRequest:
    """
    Attributes:
        address_country (str | Unset):
        address_state (None | str | Unset):
    """

    address_country: str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_country = self.address_country

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_state is not UNSET:
            field_dict["address_state"] = address_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_country = d.pop("address_country", UNSET)

        address_state: None | str | Unset = d.pop("address_state", UNSET)

        update_return_address_request = cls(
            address_country,
            address_state,
        )

        update_return_address_request.additional_properties = d
        return update_return_address_request

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
